// One run of the Action, as the command modules (plan.ts, apply.ts, drift.ts) see it: the
// inputs and the run context, the injected dependencies, and the few steps every command shares
// (loading the policy, connecting, writing the plan JSON, posting to GitHub, framing the
// result). Never imports @actions/core: main.ts is the only place that does.

import path from "node:path";
import { loadApiKey } from "../api/credentials.js";
import { type Connection, connect } from "../core/connect.js";
import { PolicyInvalidError } from "../core/errors.js";
import { type LoadedPolicy, loadPolicy } from "../core/policy.js";
import type { Plan } from "../model/plan.js";
import type { PolicyProblem } from "../policy/problems.js";
import type { CommitRef, ReportFrame, ReportKind } from "../render/github/frame.js";
import type { SummaryExtras } from "../render/github/job-summary.js";
import { planSummaryLine } from "../render/github/summary-line.js";
import { renderJson } from "../render/index.js";
import type { Clock } from "../shared/clock.js";
import { type ExitCode, UsageError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { type Annotation, problemAnnotations } from "./annotations.js";
import type { ActionContext } from "./context.js";
import { GitHubApiError } from "./github.js";
import type { ActionInputs } from "./inputs.js";
import { marker, normalizePolicyDir } from "./markers.js";
import type { ActionOutputs } from "./outputs.js";
import type { PullRequestSummary, RepoApi } from "./repo-api.js";
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

export class ActionStep {
  readonly dir: string;
  readonly #posted: string[] = [];
  #annotations: Annotation[] = [];
  #problems: readonly PolicyProblem[] = [];
  #unannotated = 0;

  constructor(
    readonly inputs: ActionInputs,
    readonly context: ActionContext,
    readonly deps: ActionDeps,
    /**
     * Removes the API key and the token from any text, and puts the CLI's flags in the Action's
     * words (src/render/github/action-wording.ts): everything we post goes through it.
     */
    readonly scrub: (text: string) => string,
  ) {
    this.dir = normalizePolicyDir(inputs.policies);
  }

  get logger(): Logger {
    return this.deps.logger;
  }

  get problems(): readonly PolicyProblem[] {
    return this.#problems;
  }

  async loadPolicy(): Promise<LoadedPolicy> {
    try {
      // Files are named relative to the step's directory, whatever the process's own cwd is.
      const policy = await loadPolicy(path.resolve(this.deps.cwd, this.inputs.policies), {
        displayRoot: this.deps.cwd,
      });
      this.#setProblems(policy.warnings.map((p) => this.#relativeProblem(p)));
      return policy;
    } catch (error) {
      if (error instanceof PolicyInvalidError) {
        this.#setProblems(error.problems.map((p) => this.#relativeProblem(p)));
      }
      throw error;
    }
  }

  connect(): Connection {
    if (this.inputs.apiKey === undefined) {
      throw new UsageError("the `api-key` input is empty", { hint: missingKeyHint(this.inputs) });
    }
    const loaded = loadApiKey({ env: { CURSOR_API_KEY: this.inputs.apiKey.reveal() } });
    for (const warning of loaded.warnings) this.logger.warn(warning);
    return connect({
      apiKey: loaded.key,
      ...(this.inputs.baseUrl === undefined ? {} : { baseUrl: this.inputs.baseUrl }),
      ...(this.inputs.rateLimits === undefined ? {} : { pacing: this.inputs.rateLimits }),
      env: this.deps.env,
      logger: this.logger,
      clock: this.deps.clock,
      ...(this.deps.stop === undefined ? {} : { stopWaiting: this.deps.stop }),
    });
  }

  /** The plan as JSON in RUNNER_TEMP (the `plan-json` output); returns its path. */
  async writePlanJson(plan: Plan): Promise<string> {
    const slug = this.dir.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "root";
    const file = path.join(
      this.context.runnerTemp,
      `cursor-policy-${this.inputs.command}-${slug}.json`,
    );
    await this.deps.writeFile(file, renderJson(plan));
    return file;
  }

  planOutputs(plan: Plan, planJson: string): ActionOutputs {
    return {
      "has-changes": String(plan.changes.length > 0),
      "plan-json": planJson,
      summary: planSummaryLine(plan),
      fingerprint: plan.fingerprint,
    };
  }

  /** Posts or edits our one comment of this kind on the pull request; its URL, or undefined. */
  async sticky(issueNumber: number, kind: ReportKind, body: string): Promise<string | undefined> {
    const github = this.deps.github;
    if (!github) {
      this.logger.warn(
        "no github-token: the comment was not posted (the job summary has everything)",
      );
      return undefined;
    }
    const result = await this.post("post the pull request comment", () =>
      upsertStickyComment(github, issueNumber, marker(kind, this.dir), this.scrub(body), {
        clock: this.deps.clock,
        logger: this.logger,
      }),
    );
    if (!result) return undefined;
    this.#posted.push(`Comment ${result.action}: ${result.url}`);
    if (result.duplicatesRemoved > 0) {
      this.#posted.push(`Duplicate comments of ours removed: ${result.duplicatesRemoved}`);
    }
    this.logger.info(`Pull request comment ${result.action}: ${result.url}`);
    return result.url;
  }

  /**
   * Edits our comment of this kind when the pull request has one, and posts nothing otherwise:
   * for news that only matters to whoever read an earlier comment.
   */
  async replaceStickyIfPresent(
    issueNumber: number,
    kind: ReportKind,
    body: string,
  ): Promise<string | undefined> {
    const github = this.deps.github;
    if (!github) return undefined;
    const existing = await this.post("read the pull request's comments", () =>
      findStickyComment(github, issueNumber, marker(kind, this.dir)),
    );
    return existing ? this.sticky(issueNumber, kind, body) : undefined;
  }

  /** A path from an input, relative to the step's working directory as the user wrote it. */
  resolvePath(file: string): string {
    return path.resolve(this.deps.cwd, file);
  }

  /** A line for the job summary's list of what was posted. */
  notePosted(line: string): void {
    this.#posted.push(line);
  }

  /**
   * GitHub writes are reporting, not the job's purpose: when one fails (a missing permission, an
   * outage) the run says so as a warning and carries on; the job summary still has everything.
   * Whoever needs the report to have reached someone (drift) checks for undefined.
   */
  async post<T>(what: string, action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      const message = this.scrub(error.message);
      this.logger.warn(`could not ${what}: ${message}${error.hint ? ` (${error.hint})` : ""}`);
      this.#posted.push(`Could not ${what}: ${message}`);
      return undefined;
    }
  }

  /** The pull request the pushed commit merged, found through the commit. */
  async mergedPullRequest(): Promise<PullRequestSummary | undefined> {
    const github = this.deps.github;
    if (!github) return undefined;
    const pulls = await this.post("find the merged pull request", () =>
      github.pullRequestsForCommit(this.context.sha),
    );
    if (!pulls) return undefined;
    return (
      pulls.find((pr) => pr.merge_commit_sha === this.context.sha) ??
      pulls.find((pr) => pr.merged_at !== null) ??
      pulls[0]
    );
  }

  result(
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
      failure: exitCode === 0 ? undefined : failure,
    };
  }

  extras(planJsonPath?: string): SummaryExtras {
    return {
      problems: this.#problems,
      unannotated: this.#unannotated,
      planJsonPath,
      posted: this.#posted,
    };
  }

  frame(kind: ReportKind): ReportFrame {
    const { context } = this;
    const repoUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`;
    const pr = context.pullRequest;
    const commit: CommitRef = pr
      ? { sha: pr.headSha, url: `${repoUrl}/pull/${pr.number}/commits/${pr.headSha}` }
      : { sha: context.sha, url: `${repoUrl}/commit/${context.sha}` };
    return {
      dir: this.dir,
      marker: marker(kind, this.dir),
      commit,
      runUrl: context.runUrl,
      planArtifact: this.inputs.planArtifact,
      blobUrl: (file, line) => {
        const relative = path.relative(context.workspace, path.resolve(this.deps.cwd, file));
        if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
        const posix = relative.split(path.sep).map(encodeURIComponent).join("/");
        return `${repoUrl}/blob/${commit.sha}/${posix}${line > 0 ? `#L${line}` : ""}`;
      },
    };
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
}

/**
 * What to do about an empty `api-key`, naming the secret the example workflow for this command
 * reads (docs/examples/workflows): the read key for plan and drift, the environment's admin key
 * for apply.
 */
export function missingKeyHint(inputs: Pick<ActionInputs, "command">): string {
  return inputs.command === "apply"
    ? // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      "pass `api-key: ${{ secrets.CURSOR_API_KEY }}`, store the admin key as the secret CURSOR_API_KEY of the environment the job names (`environment: cursor-admin`), and check the job names it (docs/github-action.md, step 3)"
    : // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      "pass `api-key: ${{ secrets.CURSOR_READ_API_KEY }}` and store the read key as the repository secret CURSOR_READ_API_KEY (docs/github-action.md, step 3)";
}
