// One review comparison (src/core/review.ts) for both hand-offs from review to apply: the CLI's
// saved plan (checkSavedPlanStillHolds) and the Action's review stamp (reviewDigest in the plan
// comment). Only what apply sends counts: spend, names and rule line numbers may move.
import { describe, expect, it } from "vitest";
import { compareReview, reviewDigest } from "../../src/core/review.js";
import {
  checkSavedPlanStillHolds,
  SavedPlanOutdatedError,
  toSavedPlan,
} from "../../src/core/saved-plan.js";
import { plan as computePlan } from "../../src/plan/plan.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  defaultLimit,
  desiredState,
  liveState,
  noOptions,
} from "../plan/builders.js";

const POLICY_DIGEST = "d".repeat(64);

function planWith(options: { spend?: number; name?: string; line?: number; limit?: number }) {
  return computePlan(
    desiredState({
      limits: { default: defaultLimit(options.limit ?? 100, options.line ?? 3) },
      blocklists: [aBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env"] })],
    }),
    liveState({
      members: [
        aMember({
          email: "ada@acme.example",
          name: options.name ?? "Ada",
          limit: 50,
          spend: options.spend ?? 10,
        }),
      ],
      blocklists: [aLiveBlocklist({ url: "https://github.com/acme/api", patterns: ["*.pem"] })],
    }),
    noOptions,
  );
}

/** The verdicts of both users of the comparison, for a reviewed and an applied plan. */
function verdicts(reviewed: ReturnType<typeof planWith>, applied: ReturnType<typeof planWith>) {
  const stamp = compareReview(reviewDigest(reviewed), reviewDigest(applied));
  let saved: string;
  try {
    checkSavedPlanStillHolds(toSavedPlan(reviewed, POLICY_DIGEST), applied, POLICY_DIGEST);
    saved = "same";
  } catch (error) {
    saved = error instanceof SavedPlanOutdatedError ? error.mismatch : String(error);
  }
  return { stamp, saved };
}

describe("the review comparison", () => {
  it("sees no difference when only spend, a name or a rule's line moved", () => {
    const reviewed = planWith({});
    for (const applied of [
      planWith({ spend: 99.5 }),
      planWith({ name: "Ada L." }),
      planWith({ line: 9 }),
    ]) {
      // The plans do differ as data (what a digest of everything would flag)...
      expect(JSON.stringify(applied.changes)).not.toBe(JSON.stringify(reviewed.changes));
      // ...but not in what apply sends, so neither the CLI nor the Action objects.
      expect(verdicts(reviewed, applied)).toEqual({ stamp: "same", saved: "same" });
    }
  });

  it("sees a different target value, and a changed team, the same way in both places", () => {
    const reviewed = planWith({});
    expect(verdicts(reviewed, planWith({ limit: 120 }))).toEqual({
      stamp: "changes-differ",
      saved: "changes",
    });
    const otherTeam = computePlan(
      desiredState({ limits: { default: defaultLimit(100) } }),
      liveState({ members: [aMember({ email: "ada@acme.example", limit: 70 })] }),
      noOptions,
    );
    expect(verdicts(reviewed, otherTeam)).toEqual({
      stamp: "live-state-changed",
      saved: "live-state",
    });
  });
});
