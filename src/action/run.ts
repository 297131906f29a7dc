// The Action's core: given the parsed inputs, the run context and injected dependencies (logger,
// GitHub API, clock, file writer), decide whether the run can go ahead, load the policy, hand
// over to the command's module (plan.ts, apply.ts, drift.ts, each over src/core), and frame a
// failure. Hands back what main.ts must write (outputs, job summary, annotations, exit code).
// Never imports @actions/core: main.ts is the only place that does.

import { BlockedError, PolicyInvalidError } from "../core/errors.js";
import { inActionWords } from "../render/github/action-wording.js";
import { failureMarkdown, messageJobSummary } from "../render/github/job-summary.js";
import {
  failureComment,
  noPolicyChangeComment,
  policyInvalidComment,
  validateCommand,
} from "../render/github/pull-request.js";
import { escapeMarkdown } from "../render/markdown-escape.js";
import { withViolations } from "../render/violations.js";
import { CursorPolicyError, ExitCode, UsageError } from "../shared/errors.js";
import { plural } from "../shared/plural.js";
import { redact } from "../shared/redact.js";
import { runApply } from "./apply.js";
import { policyChange } from "./changed-files.js";
import type { ActionContext } from "./context.js";
import { runDrift } from "./drift.js";
import type { ActionInputs } from "./inputs.js";
import { runPlan } from "./plan.js";
import { type ActionDeps, type ActionResult, ActionStep } from "./step.js";

export type { ActionResult } from "./step.js";

export async function runAction(
  inputs: ActionInputs,
  context: ActionContext,
  deps: ActionDeps,
): Promise<ActionResult> {
  const secrets = [inputs.apiKey?.reveal(), inputs.githubToken?.reveal()].filter(
    (value): value is string => value !== undefined,
  );
  // Every text that leaves the Action: no secret, and no CLI flag where the Action has an input.
  const scrub = (text: string) => inActionWords(redact(text, secrets));
  const step = new ActionStep(inputs, context, deps, scrub);
  const result = await execute(step);
  // The last line of defence: nothing that leaves the Action carries a secret, whatever went wrong.
  return {
    exitCode: result.exitCode,
    outputs: Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k, scrub(v)])),
    summary: scrub(result.summary),
    annotations: result.annotations.map((a) => ({ ...a, message: scrub(a.message) })),
    notice: result.notice === undefined ? undefined : scrub(result.notice),
    failure: result.failure === undefined ? undefined : scrub(result.failure),
  };
}

async function execute(step: ActionStep): Promise<ActionResult> {
  const unchanged = await policyUnchanged(step);
  if (unchanged) return unchanged;
  const skip = skipReason(step);
  if (skip) {
    step.logger.info(skip);
    return {
      exitCode: ExitCode.Ok,
      outputs: { "has-changes": "false", "exit-code": "0", summary: "skipped" },
      summary: messageJobSummary(
        step.inputs.command,
        step.frame(step.inputs.command),
        `:fast_forward: ${skip}`,
        step.extras(),
      ),
      annotations: [],
      notice: skip,
      failure: undefined,
    };
  }
  try {
    checkEvent(step);
    const policy = await step.loadPolicy();
    switch (step.inputs.command) {
      case "plan":
        return await runPlan(step, policy);
      case "apply":
        return await runApply(step, policy);
      case "drift":
        return await runDrift(step, policy);
    }
  } catch (error) {
    if (error instanceof CursorPolicyError) return failed(step, error);
    throw error;
  }
}

/**
 * `paths` on a pull request: when it changes none of those files there is nothing to plan, and
 * the check passes (a required check must never be left pending). A plan comment from an earlier
 * push that did change the policy is edited to say so.
 */
async function policyUnchanged(step: ActionStep): Promise<ActionResult | undefined> {
  const { inputs, context, logger } = step;
  const pr = context.pullRequest;
  if (inputs.command !== "plan" || !pr || inputs.paths.length === 0) return undefined;
  const change = await policyChange(step.deps.github, pr, inputs.paths);
  if (change.kind === "changed") {
    logger.info(`Pull request #${pr.number} changes ${change.matched.join(", ")}: planning.`);
    return undefined;
  }
  if (change.kind === "unknown") {
    logger.warn(
      `could not tell whether pull request #${pr.number} changes the policy (${change.reason}): planning it to be safe`,
    );
    return undefined;
  }
  const message = `No policy change: pull request #${pr.number} changes ${plural(change.files, "file")}, none matching \`paths\` (${inputs.paths.join(", ")}), so there is nothing to plan.`;
  logger.info(message);
  if (inputs.comment) {
    await step.replaceStickyIfPresent(
      pr.number,
      "plan",
      noPolicyChangeComment(inputs.paths, step.frame("plan")),
    );
  }
  return {
    exitCode: ExitCode.Ok,
    outputs: { "has-changes": "false", "exit-code": "0", summary: "no policy change" },
    summary: messageJobSummary(
      "plan",
      step.frame("plan"),
      `:white_check_mark: ${escapeMarkdown(message)}`,
      step.extras(),
    ),
    annotations: [],
    notice: undefined,
    failure: undefined,
  };
}

/** The account Dependabot's pull requests and runs belong to. */
const DEPENDABOT = "dependabot[bot]";

/**
 * GitHub gives no Actions secrets to a pull request from a fork, nor to a run of Dependabot's
 * (which gets Dependabot secrets instead): without a key nothing can be planned, and that is not
 * the pull request's fault. The check passes with a notice; anywhere else an empty key is an
 * error (a missing or misspelled secret).
 */
function skipReason(step: ActionStep): string | undefined {
  const pr = step.context.pullRequest;
  if (!pr || step.inputs.apiKey !== undefined) return undefined;
  if (pr.fromFork) {
    return `Skipped: pull request #${pr.number} comes from a fork (${pr.headRepo ?? "deleted repository"}), and GitHub does not pass secrets such as the Cursor API key to workflows run for forks. A maintainer can review the policy change and re-open it from a branch of this repository to get a plan.`;
  }
  if (pr.author === DEPENDABOT || step.context.actor === DEPENDABOT) {
    return `Skipped: pull request #${pr.number} is Dependabot's, and GitHub gives workflows run for Dependabot only Dependabot secrets, not the Actions secret that holds the Cursor API key. To plan Dependabot's pull requests too, add the read key as a Dependabot secret of the same name (Settings → Secrets and variables → Dependabot).`;
  }
  return undefined;
}

function checkEvent(step: ActionStep): void {
  const { context, inputs, logger } = step;
  if (inputs.command === "apply" && context.pullRequest) {
    throw new UsageError(
      `command "apply" does not run on ${context.eventName}: a pull request's policy has not been reviewed and merged yet`,
      {
        hint: "use `command: plan` on pull requests and `command: apply` on push to the default branch",
      },
    );
  }
  if (context.eventName === "pull_request_target" && context.pullRequest?.fromFork) {
    logger.warn(
      `this workflow runs on pull_request_target for pull request #${context.pullRequest.number} from a fork (${context.pullRequest.headRepo ?? "deleted repository"}): if it checked out the pull request's head, it is running a stranger's untrusted policy files with this repository's secrets (the Cursor API key, a write token). Use the pull_request trigger instead; see docs/github-action.md.`,
    );
  }
  if (
    inputs.command === "apply" &&
    context.eventName === "push" &&
    context.defaultBranch !== undefined &&
    context.ref !== `refs/heads/${context.defaultBranch}`
  ) {
    logger.warn(
      `applying from ${context.ref ?? "an unknown ref"}, which is not the default branch ${context.defaultBranch}`,
    );
  }
}

async function failed(step: ActionStep, error: CursorPolicyError): Promise<ActionResult> {
  const kind = step.inputs.command;
  const frame = step.frame(kind);
  const message = step.scrub(
    error instanceof BlockedError ? withViolations(error.message, error.violations) : error.message,
  );
  // Core's hint names the CLI's default directory; here the policy directory is known.
  const rawHint =
    error instanceof PolicyInvalidError
      ? `fix the problems listed above (run \`${validateCommand(step.dir)}\` to check them offline), then push again`
      : error.hint;
  const hint = rawHint === undefined ? undefined : step.scrub(rawHint);
  const pr = step.context.pullRequest;
  if (kind === "plan" && pr && step.inputs.comment && step.deps.github) {
    // Replace the old plan: a stale plan under a failing check would mislead reviewers.
    const body =
      error instanceof PolicyInvalidError
        ? policyInvalidComment(kind, step.problems, frame)
        : failureComment(kind, { message, hint }, frame);
    await step.sticky(pr.number, kind, body);
  } else if (kind === "apply" && !(error instanceof BlockedError) && step.inputs.comment) {
    const merged = await step.mergedPullRequest().catch(() => undefined);
    if (merged)
      await step.sticky(merged.number, kind, failureComment(kind, { message, hint }, frame));
  }
  return step.result(
    error.exitCode,
    { "exit-code": String(error.exitCode) },
    messageJobSummary(
      kind,
      frame,
      failureMarkdown({ message, hint }, error instanceof BlockedError),
      step.extras(),
    ),
    hint ? `${message}\n${hint}` : message,
  );
}
