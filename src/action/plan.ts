// `command: plan`: plan against the live team with read-only calls. On a pull request, post the
// plan as the pull request's one plan comment; with `plan-out`, also save the plan (the CLI's
// `plan --out` format) for an apply step to apply exactly it after approval, and on a push tell
// the merged pull request where to read it. Fail the check when a guardrail would block the
// apply (exit 3), as the CLI's plan does.

import type { LoadedPolicy } from "../core/policy.js";
import { planExitCode, planForReview } from "../core/reconcile.js";
import { reviewDigest } from "../core/review.js";
import { savedPlanText, toSavedPlan } from "../core/saved-plan.js";
import type { Plan } from "../model/plan.js";
import { awaitingApprovalComment, blockedApplyComment } from "../render/github/apply-report.js";
import { planJobSummary } from "../render/github/job-summary.js";
import { planComment } from "../render/github/pull-request.js";
import type { ReviewCheck } from "../render/github/review.js";
import { planSummaryLine } from "../render/github/summary-line.js";
import { describeViolation } from "../render/violations.js";
import { UsageError } from "../shared/errors.js";
import { plural } from "../shared/plural.js";
import type { ActionOutputs } from "./outputs.js";
import { mergedReview, warnIfDifferent } from "./review-check.js";
import type { ActionResult, ActionStep } from "./step.js";

export async function runPlan(step: ActionStep, policy: LoadedPolicy): Promise<ActionResult> {
  const { plan } = await planForReview(policy.desired, step.connect().reader, step.planSwitches());
  const frame = step.frame("plan");
  const planJson = await step.writePlanJson(plan);
  const savedPlan = await writeSavedPlan(step, plan, policy.digest);
  const pr = step.context.pullRequest;
  const outputs: ActionOutputs = step.planOutputs(plan, planJson);
  if (pr && step.inputs.comment) {
    const url = await step.sticky(pr.number, "plan", planComment(plan, reviewDigest(plan), frame));
    if (url) outputs["comment-url"] = url;
  }
  const review = savedPlan ? await announceToMergedPullRequest(step, plan) : undefined;
  const exitCode = planExitCode(plan, false);
  outputs["exit-code"] = String(exitCode);
  step.logger.info(`Plan for ${step.dir}: ${planSummaryLine(plan)}`);
  return step.result(
    exitCode,
    outputs,
    planJobSummary(plan, "plan", frame, {
      ...step.extras(planJson),
      savedPlanPath: savedPlan,
      review,
    }),
    blockedFailure(plan),
  );
}

/** `plan-out`: the plan with the policy's digest, for `plan-file` of an apply step. */
async function writeSavedPlan(
  step: ActionStep,
  plan: Plan,
  policyDigest: string,
): Promise<string | undefined> {
  if (step.inputs.planOut === undefined) return undefined;
  const file = step.resolvePath(step.inputs.planOut);
  try {
    await step.deps.writeFile(file, savedPlanText(toSavedPlan(plan, policyDigest)));
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write the saved plan to ${file} (plan-out): ${code}`, {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      hint: "give `plan-out` a path the job can write to, e.g. `${{ runner.temp }}/cursor-policy-saved-plan.json`",
    });
  }
  step.logger.info(
    `Saved the plan to ${file}: an apply step given it as plan-file applies exactly this plan`,
  );
  return file;
}

/**
 * The plan job of the apply workflow, on a push: tell the merged pull request what the merge
 * commit's plan is, where to read it before approving, and whether it is what was reviewed there
 * (the apply job edits the same comment with the outcome); or, when a guardrail blocks it, that
 * nothing will be applied (this job fails, and the apply job never starts).
 */
async function announceToMergedPullRequest(
  step: ActionStep,
  plan: Plan,
): Promise<ReviewCheck | undefined> {
  const merged = await mergedReview(step);
  if (!merged.pullRequest) return undefined;
  const review = merged.check(plan);
  if (plan.changes.length > 0) warnIfDifferent(step, review, "plan");
  if (step.inputs.comment) {
    const frame = step.frame("apply");
    const body =
      plan.violations.length > 0
        ? blockedApplyComment(
            step.scrub(plan.violations.map((v) => `- ${describeViolation(v)}`).join("\n")),
            frame,
          )
        : awaitingApprovalComment(plan, frame, review);
    await step.sticky(merged.pullRequest.number, "apply", body);
  }
  return review;
}

function blockedFailure(plan: Plan): string | undefined {
  return plan.violations.length > 0
    ? `the plan breaks ${plural(plan.violations.length, "guardrail")}: apply would refuse it (see the job summary)`
    : undefined;
}
