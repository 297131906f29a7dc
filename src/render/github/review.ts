// The review stamp: what was reviewed, hidden in the plan comment as one machine-readable line,
// and the sentences apply writes about what it applied: exactly the saved plan the environment's
// reviewer approved, and how that compares with the plan reviewed on the merged pull request.
// The digest and the comparison are src/core/review.ts's (the same the CLI's saved plan uses);
// this file only writes, reads and words them.

import { codeSpan } from "../markdown-escape.js";

/** The fingerprint of the live state and a digest of what applying the changes sends, as hex. */
export interface ReviewedPlan {
  readonly fingerprint: string;
  readonly changes: string;
}

/** src/core/review.ts's ReviewComparison, restated so that render/ does not import core/. */
export type ReviewComparisonResult = "same" | "live-state-changed" | "changes-differ";

export function reviewedStampLine(reviewed: ReviewedPlan): string {
  return `<!-- cursor-policy:reviewed fingerprint=${reviewed.fingerprint} changes=${reviewed.changes} -->`;
}

export function readReviewedStamp(body: string | null | undefined): ReviewedPlan | undefined {
  const match =
    /<!-- cursor-policy:reviewed fingerprint=([0-9a-f]{64}) changes=([0-9a-f]{64}) -->/.exec(
      body ?? "",
    );
  return match?.[1] && match[2] ? { fingerprint: match[1], changes: match[2] } : undefined;
}

/** How the applied plan compares with the one reviewed on the merged pull request. */
export type ReviewCheck =
  | { readonly kind: "no-pull-request" }
  | { readonly kind: "no-plan-comment"; readonly pullRequest: number }
  | {
      readonly kind: "compared";
      readonly pullRequest: number;
      readonly reviewed: ReviewedPlan;
      readonly applied: ReviewedPlan;
      readonly comparison: ReviewComparisonResult;
    };

/**
 * The sentence about `check`: for what was applied, or (`"plan"`) for the plan of the merge
 * commit that waits for approval, whose reader still has the plan to check before approving.
 */
export function reviewSentence(
  check: ReviewCheck,
  subject: "apply" | "plan" = "apply",
): string | undefined {
  if (check.kind === "no-pull-request") return undefined;
  if (check.kind === "no-plan-comment") {
    return `:grey_question: No plan comment was found on #${check.pullRequest}, so this ${subject} cannot be compared with a reviewed plan.`;
  }
  const { reviewed, applied, comparison } = check;
  if (comparison === "same") {
    return `:white_check_mark: These are exactly the changes reviewed in the plan on #${check.pullRequest} (fingerprint ${codeSpan(applied.fingerprint.slice(0, 12))}).`;
  }
  const why =
    comparison === "live-state-changed"
      ? `the live team changed after the plan was reviewed (fingerprint ${codeSpan(reviewed.fingerprint.slice(0, 12))} reviewed, ${codeSpan(applied.fingerprint.slice(0, 12))} ${subject === "apply" ? "applied" : "now"})`
      : "the policy on the default branch differs from the reviewed branch (another change was merged in between)";
  return subject === "apply"
    ? `:warning: **This apply differs from the plan reviewed on #${check.pullRequest}:** ${why}. Check the changes below.`
    : `:warning: **This plan differs from the one reviewed on #${check.pullRequest}:** ${why}. Read it in the job summary before approving.`;
}

/** Apply was given the plan saved by the run's plan job: it applied exactly that, or refused. */
export function savedPlanSentence(fingerprint: string): string {
  return `:lock: Applied exactly the plan saved by this run's plan job, the one approved for this environment (fingerprint ${codeSpan(fingerprint.slice(0, 12))}).`;
}
