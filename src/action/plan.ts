// `command: plan` on a pull request: plan against the live team with read-only calls, post the
// plan as the pull request's one plan comment, and fail the check when a guardrail would block
// the apply (exit 3), as the CLI's plan does.

import type { LoadedPolicy } from "../core/policy.js";
import { planAgainstLive, planExitCode } from "../core/reconcile.js";
import { reviewDigest } from "../core/review.js";
import type { Plan } from "../model/plan.js";
import { planJobSummary } from "../render/github/job-summary.js";
import { planComment } from "../render/github/pull-request.js";
import { planSummaryLine } from "../render/github/summary-line.js";
import { plural } from "../shared/plural.js";
import type { ActionOutputs } from "./outputs.js";
import type { ActionResult, ActionStep } from "./step.js";

export async function runPlan(step: ActionStep, policy: LoadedPolicy): Promise<ActionResult> {
  const { plan } = await planAgainstLive(policy.desired, step.connect().reader, {
    allowDeletes: step.inputs.allowDeletes,
  });
  const frame = step.frame("plan");
  const planJson = await step.writePlanJson(plan);
  const pr = step.context.pullRequest;
  const outputs: ActionOutputs = step.planOutputs(plan, planJson);
  if (pr && step.inputs.comment) {
    const url = await step.sticky(pr.number, "plan", planComment(plan, reviewDigest(plan), frame));
    if (url) outputs["comment-url"] = url;
  }
  const exitCode = planExitCode(plan, false);
  outputs["exit-code"] = String(exitCode);
  step.logger.info(`Plan for ${step.dir}: ${planSummaryLine(plan)}`);
  return step.result(
    exitCode,
    outputs,
    planJobSummary(plan, "plan", frame, step.extras(planJson)),
    blockedFailure(plan),
  );
}

function blockedFailure(plan: Plan): string | undefined {
  return plan.violations.length > 0
    ? `the plan breaks ${plural(plan.violations.length, "guardrail")}: apply would refuse it (see the job summary)`
    : undefined;
}
