// Runs the bundled Action (dist/index.js built from the current source) as a child process with
// the environment a GitHub-hosted runner gives it: the event payload file, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, RUNNER_TEMP, a workspace, and the inputs as INPUT_<NAME> variables
// (upper-cased, hyphens kept: INPUT_API-KEY). Nothing from the test process's environment leaks
// in, so a stray CURSOR_API_KEY cannot make a test pass.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import { DEMO_ADMIN_KEY } from "../../src/emulator/index.js";
import { actionPath } from "../helpers/cli.js";
import type { FakeGitHub } from "../helpers/fake-github.js";

const fixtures = path.join(import.meta.dirname, "../fixtures/github");

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface ActionRunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly commands: readonly WorkflowCommand[];
  /** The whole environment the process got, to check what it was (not) given. */
  readonly env: Readonly<Record<string, string>>;
}

export interface Workspace {
  readonly root: string;
  readonly runnerTemp: string;
  /** Writes (or replaces) a file under the workspace, e.g. `policies/limits.yaml`. */
  write(file: string, text: string): void;
  remove(file: string): void;
}

/** A checked-out repository and a runner temp folder, removed when the test finishes. */
/** The commit a push to the default branch carries in these tests. */
export const PUSH_SHA = "e5bd3914e2e596debea16f433f57875b5b90bcd6";

/** The Action run by a push to the default branch: `apply` with the demo key against `baseUrl`. */
export function applyOnPush(
  ws: Workspace,
  github: FakeGitHub,
  baseUrl: string,
  options: {
    runId?: number;
    onSpawn?: RunOptions["onSpawn"];
    run?: ActionRunner;
    inputs?: Readonly<Record<string, string>>;
  } = {},
): Promise<ActionRunResult> {
  return (options.run ?? runAction)({
    workspace: ws,
    github,
    event: "push",
    sha: PUSH_SHA,
    runId: options.runId ?? 1,
    inputs: { command: "apply", "api-key": DEMO_ADMIN_KEY, "base-url": baseUrl, ...options.inputs },
    ...(options.onSpawn === undefined ? {} : { onSpawn: options.onSpawn }),
  });
}

/** The repository's example policies (the demo team's), copied into a fresh workspace. */
export function examplePolicyWorkspace(): Workspace {
  const ws = workspace();
  const examples = path.resolve(import.meta.dirname, "../../policies");
  for (const name of ["spend-limits.yaml", "blocklists.yaml", "guardrails.yaml"]) {
    ws.write(`policies/${name}`, readFileSync(path.join(examples, name), "utf8"));
  }
  return ws;
}

export function workspace(): Workspace {
  const base = mkdtempSync(path.join(tmpdir(), "cursor-policy-action-"));
  const root = path.join(base, "work", "cursor-policies", "cursor-policies");
  const runnerTemp = path.join(base, "_temp");
  mkdirSync(root, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  onTestFinished(() => rmSync(base, { recursive: true, force: true }));
  return {
    root,
    runnerTemp,
    write(file, text) {
      const target = path.join(root, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    },
    remove(file) {
      rmSync(path.join(root, file), { force: true });
    },
  };
}

/** The bundled Action in a process (runAction) or its code in this one (in-process.ts). */
type ActionRunner = (options: RunOptions) => Promise<ActionRunResult>;

export interface RunOptions {
  readonly workspace: Workspace;
  readonly github: FakeGitHub;
  readonly event:
    | "pull_request"
    | "pull_request_target"
    | "push"
    | "schedule"
    | "workflow_dispatch";
  /** A fixture in test/fixtures/github (default `${event}.json`), changed by `patch`. */
  readonly fixture?: string;
  readonly patch?: (payload: Record<string, unknown>) => void;
  readonly sha: string;
  readonly ref?: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly runId?: number;
  /** Called with the Action's process once it is started (to signal it, as a cancelled run does). */
  readonly onSpawn?: (child: ChildProcess) => void;
}

/** The files and environment the runner prepares for one step. */
interface PreparedRun {
  readonly env: Record<string, string>;
  readonly outputFile: string;
  readonly summaryFile: string;
}

export function prepareRun(options: RunOptions): PreparedRun {
  const { workspace: ws } = options;
  const runId = options.runId ?? 1;
  const stepDir = path.join(ws.runnerTemp, `_runner_file_commands_${runId}`);
  mkdirSync(stepDir, { recursive: true });
  const outputFile = path.join(stepDir, "set_output");
  const summaryFile = path.join(stepDir, "step_summary");
  const eventFile = path.join(ws.runnerTemp, `event_${runId}.json`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");

  const payload = JSON.parse(
    readFileSync(path.join(fixtures, options.fixture ?? `${options.event}.json`), "utf8"),
  ) as Record<string, unknown>;
  options.patch?.(payload);
  writeFileSync(eventFile, JSON.stringify(payload, null, 2));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? ws.runnerTemp,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: "__cursor-policy_cursor-policy",
    GITHUB_ACTOR: "alice",
    GITHUB_API_URL: options.github.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_GRAPHQL_URL: `${options.github.url}/graphql`,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_JOB: options.inputs.command ?? "job",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REF:
      options.ref ??
      (options.event.startsWith("pull_request") ? "refs/pull/42/merge" : "refs/heads/main"),
    GITHUB_REPOSITORY: options.github.repository,
    GITHUB_REPOSITORY_OWNER: options.github.repository.split("/")[0] ?? "",
    GITHUB_RUN_ID: String(9_000_000 + runId),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: options.sha,
    GITHUB_WORKFLOW: "Cursor policy",
    GITHUB_WORKFLOW_REF: `${options.github.repository}/.github/workflows/cursor-policy-${options.inputs.command ?? "plan"}.yml@refs/heads/main`,
    GITHUB_WORKSPACE: ws.root,
    RUNNER_OS: "Linux",
    RUNNER_TEMP: ws.runnerTemp,
    // What action.yml's defaults give when the workflow does not set an input.
    "INPUT_GITHUB-TOKEN": options.github.token,
    INPUT_POLICIES: "policies",
    INPUT_COMMENT: "true",
    "INPUT_ALLOW-DELETES": "false",
    "INPUT_FAIL-ON-DRIFT": "false",
    "INPUT_DRIFT-ISSUE": "true",
    "INPUT_DRIFT-LABEL": "cursor-policy-drift",
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  return { env, outputFile, summaryFile };
}

/** The bundled Action (dist/index.js of the source under test) as a child process. */
export async function runAction(options: RunOptions): Promise<ActionRunResult> {
  const { env, outputFile, summaryFile } = prepareRun(options);
  const { code, stdout, stderr } = await spawnNode(
    actionPath(),
    options.workspace.root,
    env,
    options.onSpawn,
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, "utf8") : "",
    commands: parseCommands(stdout),
    env,
  };
}

function spawnNode(
  script: string,
  cwd: string,
  env: Record<string, string>,
  onSpawn?: (child: ChildProcess) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    onSpawn?.(child);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER\n` blocks (@actions/core's format). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (match?.[1] && match[2]) {
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== match[2]; i += 1) value.push(lines[i] ?? "");
      outputs[match[1]] = value.join("\n");
    } else {
      const simple = /^([^=]+)=(.*)$/.exec(lines[i] ?? "");
      if (simple?.[1]) outputs[simple[1]] = simple[2] ?? "";
    }
  }
  return outputs;
}

/** `::error file=a.yaml,line=3,title=x::message` lines, unescaped as the runner reads them. */
function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split("\n")) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
      const at = pair.indexOf("=");
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1], properties, message: unescapeData(match[3] ?? "") });
  }
  return commands;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");
}

/** Points a pull_request fixture at pull request `number` with head commit `headSha`. */
export function asPullRequest(number: number, headSha: string) {
  return (payload: Record<string, unknown>): void => {
    payload.number = number;
    const pr = payload.pull_request;
    if (pr && typeof pr === "object") {
      const record = pr as Record<string, unknown>;
      record.number = number;
      record.html_url = `https://github.com/acme/cursor-policies/pull/${number}`;
      const head = record.head;
      if (head && typeof head === "object") (head as Record<string, unknown>).sha = headSha;
    }
  };
}

/**
 * Every place a secret could leak to: stdout/stderr (except the runner's own ::add-mask::
 * command, which the runner consumes and never shows), outputs, the job summary, and every body
 * sent to GitHub. Returns where `secret` was found.
 */
export function leaks(secret: string, run: ActionRunResult, github: FakeGitHub): string[] {
  const found: string[] = [];
  const stdout = run.stdout
    .split("\n")
    .filter((line) => line !== `::add-mask::${secret}`)
    .join("\n");
  if (stdout.includes(secret)) found.push("stdout");
  if (run.stderr.includes(secret)) found.push("stderr");
  if (JSON.stringify(run.outputs).includes(secret)) found.push("outputs");
  if (run.summary.includes(secret)) found.push("summary");
  for (const request of github.requests()) {
    if (JSON.stringify(request.body ?? "").includes(secret)) {
      found.push(`${request.method} ${request.path}`);
    }
  }
  for (const file of Object.values(run.outputs).filter((v) => v.startsWith("/"))) {
    if (existsSync(file) && readFileSync(file, "utf8").includes(secret)) found.push(file);
  }
  return found;
}
