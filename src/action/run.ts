// The Action's core: given the parsed inputs, the run context and injected dependencies (logger,
// GitHub API, clock, file writer), run plan, apply or drift through the same core functions the
// CLI uses, post to GitHub, and hand back what main.ts must write (outputs, job summary,
// annotations, exit code). Never imports @actions/core: main.ts is the only place that does.

import path from "node:path";
import { loadApiKey } from "../api/credentials.js";
import type { ApplyProgress } from "../apply/apply.js";
import { connect } from "../core/connect.js";
import { BlockedError, PolicyInvalidError } from "../core/errors.js";
import { type LoadedPolicy, loadPolicy } from "../core/policy.js";
import {
  type ApplyOutcome,
  applyPolicy,
  planAgainstLive,
  planExitCode,
} from "../core/reconcile.js";
import type { Plan } from "../model/plan.js";
import type { PolicyProblem } from "../policy/problems.js";
import { renderJson } from "../render/index.js";
import type { Clock } from "../shared/clock.js";
import { CursorPolicyError, ExitCode, UsageError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { redact } from "../shared/secrets.js";
import { type Annotation, problemAnnotations } from "./annotations.js";
import type { ActionContext } from "./context.js";
import { syncDriftIssue } from "./drift-issue.js";
import { GitHubApiError } from "./github.js";
import type { ActionInputs } from "./inputs.js";
import { type MarkerKind, marker, normalizePolicyDir } from "./markers.js";
import type { ActionOutputs } from "./outputs.js";
import type { PullRequestSummary, RepoApi } from "./repo-api.js";
import {
  applyComment,
  applyJobSummary,
  applySummaryLine,
  blockedApplyComment,
  type CommitRef,
  driftClosingComment,
  driftIssueBody,
  driftIssueTitle,
  failureComment,
  messageJobSummary,
  planComment,
  planJobSummary,
  planSummaryLine,
  policyInvalidComment,
  type ReportFrame,
  type ReviewCheck,
  type ReviewedPlan,
  readReviewedStamp,
  reviewedPlan,
  reviewSentence,
  type SummaryExtras,
} from "./report.js";
import { findStickyComment, upsertStickyComment } from "./sticky.js";

export interface ActionDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  /** The process environment, for the API connection's fallbacks (CURSOR_API_BASE_URL). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The step's working directory: policy paths are relative to it. */
  readonly cwd: string;
  /** The repository's GitHub API; undefined when there is no token. */
  readonly github: RepoApi | undefined;
  readonly writeFile: (file: string, text: string) => Promise<void>;
  /**
   * Aborts when the runner cancels the job (SIGINT, then SIGTERM): apply starts no new change,
   * lets the request in flight finish, and reports the rest as skipped.
   */
  readonly stop?: AbortSignal;
}

export interface ActionResult {
  readonly exitCode: ExitCode;
  readonly outputs: ActionOutputs;
  /** Markdown for the job summary, within GitHub's 1 MiB. */
  readonly summary: string;
  /** At most 10 per level: GitHub drops the rest. */
  readonly annotations: readonly Annotation[];
  /** Shown as a notice annotation: why the run did nothing, e.g. a fork pull request. */
  readonly notice: string | undefined;
  /** For setFailed when exitCode is not 0. */
  readonly failure: string | undefined;
}

/** The drift issue's label, created when the repository does not have it. */
const DRIFT_LABEL_COLOR = "d93f0b";

export async function runAction(
  inputs: ActionInputs,
  context: ActionContext,
  deps: ActionDeps,
): Promise<ActionResult> {
  const secrets = [inputs.apiKey?.reveal(), inputs.githubToken?.reveal()].filter(
    (value): value is string => value !== undefined,
  );
  const scrub = (text: string) => redact(text, secrets);
  const run = new ActionRun(inputs, context, deps, scrub);
  const result = await run.execute();
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

class ActionRun {
  readonly #dir: string;
  readonly #posted: string[] = [];
  #annotations: Annotation[] = [];
  #problems: readonly PolicyProblem[] = [];
  #unannotated = 0;

  constructor(
    private readonly inputs: ActionInputs,
    private readonly context: ActionContext,
    private readonly deps: ActionDeps,
    private readonly scrub: (text: string) => string,
  ) {
    this.#dir = normalizePolicyDir(inputs.policies);
  }

  async execute(): Promise<ActionResult> {
    const skip = this.#skipReason();
    if (skip) {
      this.deps.logger.info(skip);
      return {
        exitCode: ExitCode.Ok,
        outputs: { "has-changes": "false", "exit-code": "0", summary: "skipped" },
        summary: messageJobSummary(
          this.inputs.command,
          this.#frame(this.inputs.command),
          `:fast_forward: ${skip}`,
          this.#extras(),
        ),
        annotations: [],
        notice: skip,
        failure: undefined,
      };
    }
    try {
      this.#checkEvent();
      const policy = await this.#loadPolicy();
      switch (this.inputs.command) {
        case "plan":
          return await this.#plan(policy);
        case "apply":
          return await this.#apply(policy);
        case "drift":
          return await this.#drift(policy);
      }
    } catch (error) {
      if (error instanceof CursorPolicyError) return this.#failed(error);
      throw error;
    }
  }

  // ─── the commands ─────────────────────────────────────────────────────────────────────────

  async #plan(policy: LoadedPolicy): Promise<ActionResult> {
    const plan = await this.#planAgainstLive(policy);
    const frame = this.#frame("plan");
    const planJson = await this.#writePlanJson(plan);
    const pr = this.context.pullRequest;
    const outputs: ActionOutputs = this.#planOutputs(plan, planJson);
    if (pr && this.inputs.comment) {
      const url = await this.#sticky(pr.number, frame, planComment(plan, frame));
      if (url) outputs["comment-url"] = url;
    }
    const exitCode = planExitCode(plan, false);
    outputs["exit-code"] = String(exitCode);
    this.deps.logger.info(`Plan for ${this.#dir}: ${planSummaryLine(plan)}`);
    return this.#result(
      exitCode,
      outputs,
      planJobSummary(plan, "plan", frame, this.#extras(planJson)),
      blockedFailure(plan),
    );
  }

  async #apply(policy: LoadedPolicy): Promise<ActionResult> {
    const frame = this.#frame("apply");
    const pr = await this.#mergedPullRequest();
    const reviewed = pr ? await this.#reviewedPlan(pr.number) : undefined;
    let outcome: ApplyOutcome;
    try {
      outcome = await applyPolicy({
        policy,
        connection: this.#connect(),
        allowDeletes: this.inputs.allowDeletes,
        // The workflow's environment (required reviewers) is the approval; the merge was the review.
        confirm: async () => true,
        onProgress: progressLogger(this.deps.logger),
        clock: this.deps.clock,
        logger: this.deps.logger,
        ...(this.deps.stop === undefined ? {} : { signal: this.deps.stop }),
      });
    } catch (error) {
      if (error instanceof BlockedError && pr && this.inputs.comment) {
        await this.#sticky(pr.number, frame, blockedApplyComment(this.scrub(error.message), frame));
      }
      throw error;
    }
    const planJson = await this.#writePlanJson(outcome.plan);
    const outputs: ActionOutputs = {
      ...this.#planOutputs(outcome.plan, planJson),
      summary: applySummaryLine(outcome),
      "exit-code": String(outcome.exitCode),
    };
    const review: ReviewCheck = !pr
      ? { kind: "no-pull-request" }
      : reviewed
        ? {
            kind: "compared",
            pullRequest: pr.number,
            reviewed,
            applied: reviewedPlan(outcome.plan),
          }
        : { kind: "no-plan-comment", pullRequest: pr.number };
    if (review.kind === "compared" && outcome.status !== "no-changes") {
      const sentence = reviewSentence(review) ?? "";
      if (sentence.startsWith(":warning:")) this.deps.logger.warn(stripMarkdown(sentence));
    }
    if (pr && this.inputs.comment) {
      const url = await this.#sticky(pr.number, frame, applyComment(outcome, frame, review));
      if (url) outputs["comment-url"] = url;
    } else if (!pr) {
      this.deps.logger.info(
        `No merged pull request found for ${this.context.sha}: the outcome is only in the job summary.`,
      );
    }
    for (const failed of outcome.result?.outcomes.filter((o) => o.status === "failed") ?? []) {
      this.deps.logger.error(
        `${failed.change.kind} ${failed.change.key} failed: ${failed.reason ?? "unknown reason"}`,
      );
    }
    this.deps.logger.info(`Apply for ${this.#dir}: ${applySummaryLine(outcome)}`);
    return this.#result(
      outcome.exitCode,
      outputs,
      applyJobSummary(outcome, frame, review, this.#extras(planJson)),
      outcome.exitCode === ExitCode.Ok
        ? undefined
        : `cursor-policy apply: ${applySummaryLine(outcome)}`,
    );
  }

  async #drift(policy: LoadedPolicy): Promise<ActionResult> {
    const plan = await this.#planAgainstLive(policy);
    const frame = this.#frame("drift");
    const planJson = await this.#writePlanJson(plan);
    const outputs = this.#planOutputs(plan, planJson);
    const drift = plan.changes.length > 0;
    if (this.inputs.driftIssue && this.deps.github) {
      const label = {
        name: this.inputs.driftLabel,
        color: DRIFT_LABEL_COLOR,
        description: "The Cursor team differs from the policy (cursor-policy drift)",
      };
      const github = this.deps.github;
      const issue = await this.#post("update the drift issue", () =>
        syncDriftIssue(
          github,
          drift
            ? {
                drift,
                marker: frame.marker,
                label,
                title: driftIssueTitle(this.#dir),
                body: this.scrub(driftIssueBody(plan, frame)),
              }
            : {
                drift,
                marker: frame.marker,
                label,
                closingComment: this.scrub(driftClosingComment(frame)),
              },
        ),
      );
      if (issue?.url) {
        outputs["issue-url"] = issue.url;
        this.#posted.push(`Drift issue ${issue.action}: ${issue.url}`);
      }
    }
    // Drift reports; it applies nothing, so guardrail violations are shown in the issue and the
    // summary without turning the result into "blocked" (the CLI's drift does the same).
    const exitCode = drift && this.inputs.failOnDrift ? ExitCode.ChangesPending : ExitCode.Ok;
    outputs["exit-code"] = String(exitCode);
    this.deps.logger.info(
      `Drift check for ${this.#dir}: ${drift ? planSummaryLine(plan) : "no drift"}`,
    );
    const failure =
      exitCode === ExitCode.ChangesPending
        ? `cursor-policy drift: the team differs from the policy (${planSummaryLine(plan)})`
        : undefined;
    return this.#result(
      exitCode,
      outputs,
      planJobSummary(plan, "drift", frame, this.#extras(planJson)),
      failure,
    );
  }

  // ─── steps ────────────────────────────────────────────────────────────────────────────────

  /** A pull request from a fork gets no secrets: nothing can be planned, and that is not a failure. */
  #skipReason(): string | undefined {
    const pr = this.context.pullRequest;
    if (pr?.fromFork && this.inputs.apiKey === undefined) {
      return `Skipped: pull request #${pr.number} comes from a fork (${pr.headRepo ?? "deleted repository"}), and GitHub does not pass secrets such as the Cursor API key to workflows run for forks. A maintainer can review the policy change and re-open it from a branch of this repository to get a plan.`;
    }
    return undefined;
  }

  #checkEvent(): void {
    if (this.inputs.command === "apply" && this.context.pullRequest) {
      throw new UsageError(
        `command "apply" does not run on ${this.context.eventName}: a pull request's policy has not been reviewed and merged yet`,
        {
          hint: "use `command: plan` on pull requests and `command: apply` on push to the default branch",
        },
      );
    }
    if (
      this.inputs.command === "apply" &&
      this.context.eventName === "push" &&
      this.context.defaultBranch !== undefined &&
      this.context.ref !== `refs/heads/${this.context.defaultBranch}`
    ) {
      this.deps.logger.warn(
        `applying from ${this.context.ref ?? "an unknown ref"}, which is not the default branch ${this.context.defaultBranch}`,
      );
    }
  }

  async #loadPolicy(): Promise<LoadedPolicy> {
    try {
      const policy = await loadPolicy(path.resolve(this.deps.cwd, this.inputs.policies));
      this.#setProblems(policy.warnings.map((p) => this.#relativeProblem(p)));
      return policy;
    } catch (error) {
      if (error instanceof PolicyInvalidError) {
        this.#setProblems(error.problems.map((p) => this.#relativeProblem(p)));
      }
      throw error;
    }
  }

  /** The loader was given an absolute directory; show paths as the user writes them. */
  #relativeProblem(problem: PolicyProblem): PolicyProblem {
    if (!path.isAbsolute(problem.file)) return problem;
    const relative = path.relative(this.deps.cwd, problem.file);
    return relative.startsWith("..")
      ? problem
      : { ...problem, file: relative.split(path.sep).join("/") };
  }

  #setProblems(problems: readonly PolicyProblem[]): void {
    const { annotations, overflow } = problemAnnotations(problems, {
      cwd: this.deps.cwd,
      workspace: this.context.workspace,
    });
    this.#problems = problems;
    this.#annotations = [...annotations];
    this.#unannotated = overflow.length;
  }

  #connect() {
    if (this.inputs.apiKey === undefined) {
      throw new UsageError("the `api-key` input is empty", {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
        hint: "pass `api-key: ${{ secrets.CURSOR_API_KEY }}` and store the Cursor Admin API key as that secret (for apply, in the job's environment)",
      });
    }
    const loaded = loadApiKey({ env: { CURSOR_API_KEY: this.inputs.apiKey.reveal() } });
    for (const warning of loaded.warnings) this.deps.logger.warn(warning);
    return connect({
      apiKey: loaded.key,
      ...(this.inputs.baseUrl === undefined ? {} : { baseUrl: this.inputs.baseUrl }),
      ...(this.inputs.rateLimits === undefined ? {} : { pacing: this.inputs.rateLimits }),
      env: this.deps.env,
      logger: this.deps.logger,
      clock: this.deps.clock,
      ...(this.deps.stop === undefined ? {} : { stopWaiting: this.deps.stop }),
    });
  }

  async #planAgainstLive(policy: LoadedPolicy): Promise<Plan> {
    const { plan } = await planAgainstLive(policy.desired, this.#connect().reader, {
      allowDeletes: this.inputs.allowDeletes,
    });
    return plan;
  }

  async #writePlanJson(plan: Plan): Promise<string> {
    const slug = this.#dir.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "root";
    const file = path.join(
      this.context.runnerTemp,
      `cursor-policy-${this.inputs.command}-${slug}.json`,
    );
    await this.deps.writeFile(file, renderJson(plan));
    return file;
  }

  #planOutputs(plan: Plan, planJson: string): ActionOutputs {
    return {
      "has-changes": String(plan.changes.length > 0),
      "plan-json": planJson,
      summary: planSummaryLine(plan),
      fingerprint: plan.fingerprint,
    };
  }

  /** What was reviewed: the stamp in our plan comment on the merged pull request. */
  async #reviewedPlan(pullRequest: number): Promise<ReviewedPlan | undefined> {
    const github = this.deps.github;
    if (!github) return undefined;
    const comment = await this.#post("read the pull request's plan comment", () =>
      findStickyComment(github, pullRequest, marker("plan", this.#dir)),
    );
    return readReviewedStamp(comment?.body);
  }

  /** The pull request the pushed commit merged, found through the commit. */
  async #mergedPullRequest(): Promise<PullRequestSummary | undefined> {
    const github = this.deps.github;
    if (!github) return undefined;
    const pulls = await this.#post("find the merged pull request", () =>
      github.pullRequestsForCommit(this.context.sha),
    );
    if (!pulls) return undefined;
    return (
      pulls.find((pr) => pr.merge_commit_sha === this.context.sha) ??
      pulls.find((pr) => pr.merged_at !== null) ??
      pulls[0]
    );
  }

  async #sticky(
    issueNumber: number,
    frame: ReportFrame,
    body: string,
  ): Promise<string | undefined> {
    const github = this.deps.github;
    if (!github) {
      this.deps.logger.warn(
        "no github-token: the comment was not posted (the job summary has everything)",
      );
      return undefined;
    }
    const result = await this.#post("post the pull request comment", () =>
      upsertStickyComment(github, issueNumber, frame.marker, this.scrub(body)),
    );
    if (!result) return undefined;
    this.#posted.push(`Comment ${result.action}: ${result.url}`);
    this.deps.logger.info(`Pull request comment ${result.action}: ${result.url}`);
    return result.url;
  }

  /**
   * GitHub writes are reporting, not the job's purpose: when one fails (a missing permission, an
   * outage) the run says so as a warning and carries on; the job summary still has everything.
   */
  async #post<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      this.deps.logger.warn(
        `could not ${what}: ${error.message}${error.hint ? ` (${error.hint})` : ""}`,
      );
      this.#posted.push(`Could not ${what}: ${error.message}`);
      return undefined;
    }
  }

  // ─── results ──────────────────────────────────────────────────────────────────────────────

  async #failed(error: CursorPolicyError): Promise<ActionResult> {
    const kind = this.inputs.command;
    const frame = this.#frame(kind);
    const message = this.scrub(error.message);
    const hint = error.hint === undefined ? undefined : this.scrub(error.hint);
    const pr = this.context.pullRequest;
    if (kind === "plan" && pr && this.inputs.comment && this.deps.github) {
      // Replace the old plan: a stale plan under a failing check would mislead reviewers.
      const body =
        error instanceof PolicyInvalidError
          ? policyInvalidComment(kind, this.#problems, frame)
          : failureComment(kind, { message, hint }, frame);
      await this.#sticky(pr.number, frame, body);
    } else if (kind === "apply" && !(error instanceof BlockedError) && this.inputs.comment) {
      const merged = await this.#mergedPullRequest().catch(() => undefined);
      if (merged)
        await this.#sticky(merged.number, frame, failureComment(kind, { message, hint }, frame));
    }
    const markdown =
      error instanceof BlockedError
        ? `> [!CAUTION]\n> **Nothing was applied: the plan breaks a guardrail.**\n\n\`\`\`\n${message}\n\`\`\``
        : `:x: **${message}**${hint ? `\n\n**What to do:** ${hint}` : ""}`;
    return this.#result(
      error.exitCode,
      { "exit-code": String(error.exitCode) },
      messageJobSummary(kind, frame, markdown, this.#extras()),
      hint ? `${message}\n${hint}` : message,
    );
  }

  #result(
    exitCode: ExitCode,
    outputs: ActionOutputs,
    summary: string,
    failure: string | undefined,
  ): ActionResult {
    return {
      exitCode,
      outputs,
      summary,
      annotations: this.#annotations,
      notice: undefined,
      failure: exitCode === ExitCode.Ok ? undefined : failure,
    };
  }

  #extras(planJsonPath?: string): SummaryExtras {
    return {
      problems: this.#problems,
      unannotated: this.#unannotated,
      planJsonPath,
      posted: this.#posted,
    };
  }

  #frame(kind: MarkerKind): ReportFrame {
    const { context } = this;
    const repoUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`;
    const pr = context.pullRequest;
    const commit: CommitRef = pr
      ? { sha: pr.headSha, url: `${repoUrl}/pull/${pr.number}/commits/${pr.headSha}` }
      : { sha: context.sha, url: `${repoUrl}/commit/${context.sha}` };
    return {
      dir: this.#dir,
      marker: marker(kind, this.#dir),
      commit,
      runUrl: context.runUrl,
      fullPlanUrl: pr
        ? `${repoUrl}/pull/${pr.number}/checks`
        : (context.workflowUrl ?? context.runUrl),
      blobUrl: (file, line) => {
        const relative = path.relative(context.workspace, path.resolve(this.deps.cwd, file));
        if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
        const posix = relative.split(path.sep).map(encodeURIComponent).join("/");
        return `${repoUrl}/blob/${commit.sha}/${posix}${line > 0 ? `#L${line}` : ""}`;
      },
    };
  }
}

/** A log line from a Markdown sentence: no emoji codes, bold or code spans. */
function stripMarkdown(text: string): string {
  return text
    .replace(/^:[a-z_]+: /, "")
    .replace(/\*\*/g, "")
    .replace(/`/g, "");
}

function blockedFailure(plan: Plan): string | undefined {
  return plan.violations.length > 0
    ? `the plan breaks ${plan.violations.length} guardrail${plan.violations.length === 1 ? "" : "s"}: apply would refuse it (see the job summary)`
    : undefined;
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
