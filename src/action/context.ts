// What the runner tells the Action about the run: environment variables and the event payload
// (GITHUB_EVENT_PATH). Read once, in one place, into plain data.

import { UsageError } from "../shared/errors.js";
import type { RepoRef } from "./repo-api.js";

export interface PullRequestContext {
  readonly number: number;
  /** The commit the author pushed (GITHUB_SHA is the test merge commit on pull_request). */
  readonly headSha: string;
  /** owner/name of the head repository; undefined when the fork was deleted. */
  readonly headRepo: string | undefined;
  readonly baseRepo: string;
  readonly fromFork: boolean;
  readonly htmlUrl: string | undefined;
  /** Who opened it: `dependabot[bot]` for Dependabot's pull requests. */
  readonly author: string | undefined;
  /** How many files it changes, as the event says (the files API lists at most 3,000). */
  readonly changedFiles: number | undefined;
}

export interface ActionContext {
  readonly eventName: string;
  /** Who started the run (GITHUB_ACTOR): `dependabot[bot]` for Dependabot's runs. */
  readonly actor: string | undefined;
  readonly repo: RepoRef;
  readonly sha: string;
  readonly ref: string | undefined;
  readonly defaultBranch: string | undefined;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly runUrl: string | undefined;
  /** Where plan-json is written: the runner's temp folder, emptied after each job. */
  readonly runnerTemp: string;
  readonly workspace: string;
  readonly pullRequest: PullRequestContext | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The Action was started outside a runner, or the runner did not say something it always says. */
export class ActionContextError extends UsageError {}

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

export function readContext(
  env: Env,
  readFile: (path: string) => string,
  cwd: string,
): ActionContext {
  const repository = required(env, "GITHUB_REPOSITORY");
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new ActionContextError(`GITHUB_REPOSITORY is "${repository}", expected OWNER/REPO`);
  }
  const eventName = required(env, "GITHUB_EVENT_NAME");
  const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runId = env.GITHUB_RUN_ID;
  return {
    eventName,
    actor: env.GITHUB_ACTOR?.trim() || undefined,
    repo: { owner, repo },
    sha: required(env, "GITHUB_SHA"),
    ref: env.GITHUB_REF || undefined,
    defaultBranch: stringAt(payload, ["repository", "default_branch"]),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    runnerTemp: env.RUNNER_TEMP || env.TMPDIR || "/tmp",
    workspace: env.GITHUB_WORKSPACE || cwd,
    pullRequest: PULL_REQUEST_EVENTS.has(eventName)
      ? pullRequestFrom(payload, `${owner}/${repo}`)
      : undefined,
  };
}

function pullRequestFrom(payload: unknown, repository: string): PullRequestContext {
  const number = numberAt(payload, ["pull_request", "number"]) ?? numberAt(payload, ["number"]);
  const headSha = stringAt(payload, ["pull_request", "head", "sha"]);
  if (number === undefined || headSha === undefined) {
    throw new ActionContextError(
      "the pull_request event payload has no pull_request.number or pull_request.head.sha",
      { hint: "GITHUB_EVENT_PATH must point at the event payload the runner wrote" },
    );
  }
  const headRepo = stringAt(payload, ["pull_request", "head", "repo", "full_name"]);
  const baseRepo = stringAt(payload, ["pull_request", "base", "repo", "full_name"]) ?? repository;
  return {
    number,
    headSha,
    headRepo,
    baseRepo,
    // A deleted fork has no head repo; it was a fork all the same.
    fromFork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    htmlUrl: stringAt(payload, ["pull_request", "html_url"]),
    author: stringAt(payload, ["pull_request", "user", "login"]),
    changedFiles: numberAt(payload, ["pull_request", "changed_files"]),
  };
}

function readPayload(path: string | undefined, readFile: (path: string) => string): unknown {
  if (!path) return {};
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    throw new ActionContextError(
      `cannot read the event payload GITHUB_EVENT_PATH=${path} (${code})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ActionContextError(`the event payload ${path} is not JSON`);
  }
}

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) {
    throw new ActionContextError(`${name} is not set`, {
      hint: "this entry runs inside GitHub Actions, which sets it; outside Actions use the cursor-policy CLI",
    });
  }
  return value;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !(key in current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stringAt(data: unknown, path: readonly string[]): string | undefined {
  const value = valueAt(data, path);
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberAt(data: unknown, path: readonly string[]): number | undefined {
  const value = valueAt(data, path);
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}
