import { describe, expect, it } from "vitest";
import { type ApplyResult, type ChangeOutcome, confirmByReadBack } from "../../src/apply/apply.js";
import { plan } from "../../src/plan/index.js";
import { aMember, desiredState, liveState, noOptions, userLimit } from "../plan/builders.js";

const ana = "ana@acme.dev";
const bo = "bo@acme.dev";

// The plan: set both limits to 50. Each test decides what the read-back shows.
const planned = plan(
  desiredState({ limits: { users: [userLimit(ana, 50), userLimit(bo, 50)] } }),
  liveState({ members: [aMember({ email: ana, limit: 10 }), aMember({ email: bo, limit: 10 })] }),
  noOptions,
);

function resultOf(outcomes: ChangeOutcome[]): ApplyResult {
  return { outcomes, applied: 0, failed: outcomes.length, skipped: 0, durationMs: 0 };
}

function readBack(anaLimit: number, boLimit: number) {
  return plan(
    desiredState({ limits: { users: [userLimit(ana, 50), userLimit(bo, 50)] } }),
    liveState({
      members: [aMember({ email: ana, limit: anaLimit }), aMember({ email: bo, limit: boLimit })],
    }),
    noOptions,
  );
}

describe("confirmByReadBack", () => {
  const [anaChange, boChange] = planned.changes;

  it("reports a write whose answer was lost as applied when the read-back shows it took", () => {
    const result = resultOf([
      { change: anaChange!, status: "failed", reason: "no answer", answerLost: true },
      { change: boChange!, status: "failed", reason: "no answer", answerLost: true },
    ]);
    const settled = confirmByReadBack(result, readBack(50, 10));
    expect(settled.outcomes.map((o) => o.status)).toEqual(["applied", "failed"]);
    expect(settled.outcomes[0]?.reason).toContain("confirmed by the read-back");
    expect(settled).toMatchObject({ applied: 1, failed: 1, skipped: 0 });
  });

  it("keeps a rejected write failed even when the read-back matches", () => {
    const result = resultOf([
      { change: anaChange!, status: "failed", reason: "User is not a member of this team" },
    ]);
    const settled = confirmByReadBack(result, readBack(50, 50));
    expect(settled.outcomes[0]?.status).toBe("failed");
    expect(settled.failed).toBe(1);
  });
});
