// How a plan made on the default branch compares with the plan reviewed on the pull request that
// was merged into it: found through the pushed commit, read from the review stamp in our plan
// comment there, and compared with src/core/review.ts (the comparison the CLI's saved plan uses).
// The plan job of the apply workflow tells the approver before approval; apply says it again.

import { compareReview, reviewDigest } from "../core/review.js";
import type { Plan } from "../model/plan.js";
import { type ReviewCheck, readReviewedStamp, reviewSentence } from "../render/github/review.js";
import { marker } from "./markers.js";
import type { PullRequestSummary } from "./repo-api.js";
import type { ActionStep } from "./step.js";
import { findStickyComment } from "./sticky.js";

interface MergedReview {
  /** The merged pull request; undefined when the run is not a push or none was found. */
  readonly pullRequest: PullRequestSummary | undefined;
  /** What its review stamp says about a plan; call with the plan made now. */
  readonly check: (plan: Plan) => ReviewCheck;
}

/**
 * Only a push merged a pull request: a run by hand or on a schedule plans the branch as it is,
 * and whatever pull request its head commit once merged has nothing to do with it.
 */
export async function mergedReview(step: ActionStep): Promise<MergedReview> {
  const pullRequest =
    step.context.eventName === "push" ? await step.mergedPullRequest() : undefined;
  if (!pullRequest) return { pullRequest, check: () => ({ kind: "no-pull-request" }) };
  const github = step.deps.github;
  const comment = github
    ? await step.post("read the pull request's plan comment", () =>
        findStickyComment(github, pullRequest.number, marker("plan", step.dir)),
      )
    : undefined;
  const reviewed = readReviewedStamp(comment?.body);
  return {
    pullRequest,
    check: (plan) => {
      if (!reviewed) return { kind: "no-plan-comment", pullRequest: pullRequest.number };
      const applied = reviewDigest(plan);
      return {
        kind: "compared",
        pullRequest: pullRequest.number,
        reviewed,
        applied,
        comparison: compareReview(reviewed, applied),
      };
    },
  };
}

/** A difference from the reviewed plan is worth a warning in the log, besides the comment. */
export function warnIfDifferent(
  step: ActionStep,
  check: ReviewCheck,
  subject: "apply" | "plan",
): void {
  if (check.kind !== "compared" || check.comparison === "same") return;
  const sentence = reviewSentence(check, subject) ?? "";
  step.logger.warn(
    sentence
      .replace(/^:[a-z_]+: /, "")
      .replace(/\*\*/g, "")
      .replace(/`/g, ""),
  );
}
