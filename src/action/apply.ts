// `command: apply` on push to the default branch (or by hand, or on a schedule): apply the policy
// through the same core as the CLI. With `plan-file` it applies exactly the plan a plan step saved
// and the environment's reviewer approved, and refuses (exit code 1) when the team or the policy
// changed since. On a push it also compares what was applied with the plan reviewed on the merged
// pull request (src/core/review.ts), and reports the outcome there and in the job summary.

import type { ApplyProgress } from "../apply/apply.js";
import { BlockedError, StalePlanError } from "../core/errors.js";
import type { LoadedPolicy } from "../core/policy.js";
import { type ApplyOutcome, applyPolicy } from "../core/reconcile.js";
import {
  readSavedPlan,
  type SavedPlan,
  type SavedPlanMismatch,
  SavedPlanOutdatedError,
} from "../core/saved-plan.js";
import {
  type ApplyReview,
  applyComment,
  blockedApplyComment,
} from "../render/github/apply-report.js";
import { applyJobSummary } from "../render/github/job-summary.js";
import { applySummaryLine } from "../render/github/summary-line.js";
import { withViolations } from "../render/violations.js";
import { ExitCode } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import type { ActionOutputs } from "./outputs.js";
import { mergedReview, warnIfDifferent } from "./review-check.js";
import type { ActionResult, ActionStep } from "./step.js";

export async function runApply(step: ActionStep, policy: LoadedPolicy): Promise<ActionResult> {
  const frame = step.frame("apply");
  const savedPlan = await readPlanFile(step);
  const merged = await mergedReview(step);
  const pr = merged.pullRequest;
  let outcome: ApplyOutcome;
  try {
    outcome = await applyPolicy({
      policy,
      connection: step.connect(),
      allowDeletes: step.inputs.allowDeletes,
      ...(savedPlan === undefined ? {} : { savedPlan }),
      // The workflow's environment (required reviewers) is the approval; the merge was the review.
      confirm: async () => true,
      onProgress: progressLogger(step.logger),
      clock: step.deps.clock,
      logger: step.logger,
      ...(step.deps.stop === undefined ? {} : { signal: step.deps.stop }),
    });
  } catch (error) {
    if (error instanceof BlockedError && pr && step.inputs.comment) {
      await step.sticky(
        pr.number,
        "apply",
        blockedApplyComment(step.scrub(withViolations(error.message, error.violations)), frame),
      );
    }
    if (error instanceof SavedPlanOutdatedError) {
      throw new StalePlanError(error.message, { hint: OUTDATED_HINTS[error.mismatch] });
    }
    throw error;
  }
  const planJson = await step.writePlanJson(outcome.plan);
  const outputs: ActionOutputs = {
    ...step.planOutputs(outcome.plan, planJson),
    summary: applySummaryLine(outcome),
    "exit-code": String(outcome.exitCode),
  };
  const pullRequestReview = merged.check(outcome.plan);
  if (outcome.status !== "no-changes") warnIfDifferent(step, pullRequestReview, "apply");
  const review: ApplyReview = {
    pullRequest: pullRequestReview,
    savedPlan: savedPlan !== undefined,
  };
  if (pr && step.inputs.comment) {
    const url = await step.sticky(pr.number, "apply", applyComment(outcome, frame, review));
    if (url) outputs["comment-url"] = url;
  } else if (!pr) {
    step.logger.info(
      `No merged pull request found for ${step.context.sha}: the outcome is only in the job summary.`,
    );
  }
  for (const failed of outcome.result?.outcomes.filter((o) => o.status === "failed") ?? []) {
    step.logger.error(
      `${failed.change.kind} ${failed.change.key} failed: ${failed.reason ?? "unknown reason"}`,
    );
  }
  step.logger.info(`Apply for ${step.dir}: ${applySummaryLine(outcome)}`);
  return step.result(
    outcome.exitCode,
    outputs,
    applyJobSummary(outcome, frame, review, step.extras(planJson)),
    outcome.exitCode === ExitCode.Ok
      ? undefined
      : `cursor-policy apply: ${applySummaryLine(outcome)}`,
  );
}

/** How to get an apply through after the saved plan was refused, in the example workflow. */
const OUTDATED_HINTS: Record<SavedPlanMismatch, string> = {
  "live-state":
    "someone changed the team after the plan was made and approved: re-run all jobs of this workflow run; its plan job plans against the team as it is now, and the apply waits for approval of that new plan",
  policy:
    "the policy checked out for the apply is not the one planned: check out the same commit in the plan and apply jobs (actions/checkout without `ref:`), then re-run all jobs",
  changes:
    "the plan was saved by another version of cursor-policy: pin the same version of the Action in the plan and apply steps, then re-run all jobs",
};

/** `plan-file`: the saved plan a plan step wrote with `plan-out`. */
async function readPlanFile(step: ActionStep): Promise<SavedPlan | undefined> {
  if (step.inputs.planFile === undefined) return undefined;
  const file = step.resolvePath(step.inputs.planFile);
  try {
    return await readSavedPlan(file);
  } catch (error) {
    if (!(error instanceof StalePlanError)) throw error;
    throw new StalePlanError(`${error.message} (plan-file)`, {
      hint: "give `plan-file` the file the plan job saved with `plan-out`, downloaded from its artifact (actions/download-artifact) by the same workflow run, from the same version of the Action",
    });
  }
}

/** Progress in the log every tenth of the way: enough to see a long apply move, not a flood. */
function progressLogger(logger: Logger): (progress: ApplyProgress) => void {
  let lastTenth = -1;
  return (progress) => {
    const tenth = Math.floor((progress.done * 10) / Math.max(1, progress.total));
    if (tenth === lastTenth && progress.done !== progress.total) return;
    lastTenth = tenth;
    const elapsed = Math.max(1, progress.now - progress.startedAt);
    const rate = (progress.done * 1000) / elapsed;
    // apply's own ETA counts the rate-limit windows still to wait for; the rate alone does not.
    const etaSeconds =
      progress.etaMs !== undefined
        ? Math.round(progress.etaMs / 1000)
        : rate > 0
          ? Math.round((progress.total - progress.done) / rate)
          : undefined;
    logger.info(
      `apply: ${progress.done}/${progress.total} (${Math.round((progress.done * 100) / Math.max(1, progress.total))} %, ${progress.phase}), ${progress.failed} failed, ${rate.toFixed(1)}/s${etaSeconds === undefined ? "" : `, about ${etaSeconds} s left`}`,
    );
  };
}
