// `command: drift` on a schedule: compare the live team with the policy (read-only), keep the
// one tracking issue in step with what is found, and apply core's drift exit rule. Drift is
// never silently lost: when there is drift and no issue could be opened or updated (no token, a
// missing permission, an outage), the step fails and says so.

import { detectDrift, driftExitCode } from "../core/drift.js";
import type { LoadedPolicy } from "../core/policy.js";
import {
  driftClosingComment,
  driftDuplicateComment,
  driftIssueBody,
  driftIssueTitle,
} from "../render/github/drift-issue.js";
import { planJobSummary } from "../render/github/job-summary.js";
import { planSummaryLine } from "../render/github/summary-line.js";
import { ExitCode } from "../shared/errors.js";
import { type DriftIssueResult, syncDriftIssue } from "./drift-issue.js";
import type { ActionResult, ActionStep } from "./step.js";

/** The drift issue's label, created when the repository does not have it. */
const DRIFT_LABEL_COLOR = "d93f0b";

export async function runDrift(step: ActionStep, policy: LoadedPolicy): Promise<ActionResult> {
  const { plan, drifted } = await detectDrift(policy.desired, step.connect().reader, {
    ...step.planSwitches(),
  });
  const frame = step.frame("drift");
  const planJson = await step.writePlanJson(plan);
  const outputs = step.planOutputs(plan, planJson);
  const issue = step.inputs.driftIssue ? await updateIssue(step, drifted, plan) : undefined;
  if (issue?.url) {
    outputs["issue-url"] = issue.url;
    step.notePosted(`Drift issue ${issue.action}: ${issue.url}`);
    if (issue.duplicatesClosed > 0) {
      step.notePosted(`Duplicate drift issues of ours closed: ${issue.duplicatesClosed}`);
    }
  }
  // With `drift-issue: false` the workflow chose the job's result (fail-on-drift) and the summary
  // as its report; otherwise the issue is the report, and drift without one is lost.
  const reported = !step.inputs.driftIssue || issue !== undefined;
  const exitCode = driftExitCode({ drifted }, { failOnDrift: step.inputs.failOnDrift, reported });
  outputs["exit-code"] = String(exitCode);
  step.logger.info(`Drift check for ${step.dir}: ${drifted ? planSummaryLine(plan) : "no drift"}`);
  const failure = !drifted
    ? undefined
    : [
        exitCode === ExitCode.ChangesPending
          ? `cursor-policy drift: the team differs from the policy (${planSummaryLine(plan)})`
          : undefined,
        reported
          ? undefined
          : `cursor-policy drift: the team differs from the policy (${planSummaryLine(plan)}), and the drift could not be reported: ${step.deps.github ? "the drift issue could not be opened or updated (see the warnings above)" : "there is no github-token to open the drift issue with"}. The job summary has the drift; fix the cause so the next run can open the issue.`,
      ]
        .filter((line) => line !== undefined)
        .join("\n") || undefined;
  return step.result(
    exitCode,
    outputs,
    planJobSummary(plan, "drift", frame, step.extras(planJson)),
    failure,
  );
}

/** Opens, updates, closes or reopens the issue; undefined when GitHub could not be written to. */
async function updateIssue(
  step: ActionStep,
  drifted: boolean,
  plan: Parameters<typeof driftIssueBody>[0],
): Promise<DriftIssueResult | undefined> {
  const github = step.deps.github;
  if (!github) {
    step.logger.warn("no github-token: the drift issue cannot be opened or updated");
    return undefined;
  }
  const frame = step.frame("drift");
  const label = {
    name: step.inputs.driftLabel,
    color: DRIFT_LABEL_COLOR,
    description: "The Cursor team differs from the policy (cursor-policy drift)",
  };
  const deps = { clock: step.deps.clock, logger: step.logger };
  const result = await step.post("update the drift issue", () =>
    syncDriftIssue(
      github,
      drifted
        ? {
            drift: true,
            marker: frame.marker,
            label,
            title: driftIssueTitle(step.dir),
            body: step.scrub(driftIssueBody(plan, frame)),
            duplicateComment: (keptUrl) => step.scrub(driftDuplicateComment(keptUrl)),
          }
        : {
            drift: false,
            marker: frame.marker,
            label,
            closingComment: step.scrub(driftClosingComment(frame)),
          },
      deps,
    ),
  );
  if (result && !result.labelled) {
    step.notePosted(
      `The drift issue has no label "${label.name}": the label could not be created or set.`,
    );
  }
  return result;
}
