// Every command, input and secret the Action's messages tell someone to use must exist: the
// messages of many runs (a broken policy, missing keys, a refused saved plan, a bad plan file,
// drift, a pull request without policy changes, Dependabot's) are collected, and
//   - each `cursor-policy ...` command in them is run with the CLI bundle in the same checkout:
//     it must be accepted as written (no "too many arguments", no unknown option) and do its job;
//   - each `name: value` or `name` input they name is one action.yml declares (or a workflow key);
//   - each `secrets.NAME` is a secret the example workflows read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INPUT_NAMES } from "../../src/action/inputs.js";
import { OUTPUT_NAMES } from "../../src/action/outputs.js";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { runCli } from "../helpers/cli.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { type ActionRunResult, asPullRequest, PUSH_SHA, type Workspace } from "./harness.js";
import { runInProcess } from "./in-process.js";

const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
const MERGE_SHA = "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";
const root = path.resolve(import.meta.dirname, "../..");
/** Keys of a workflow, a job or a step a message may name besides the Action's own. */
const WORKFLOW_KEYS = ["permissions", "environment", "ref", "name", "with", "policies"];

let emulator: Emulator;
let github: FakeGitHub;
let ws: Workspace;
/** Everything the runs below wrote for people to read. */
const texts: string[] = [];
/** What they told people to do: the log's errors, warnings and notices, and advice in bodies. */
const advice: string[] = [];
const ADVICE_LINE =
  /What to do|How to resolve|Saved plan|Plan JSON|not shown|Cut to fit|locally|No policy change/;

function collect(run: ActionRunResult): ActionRunResult {
  texts.push(run.summary, ...run.commands.map((c) => c.message));
  advice.push(...run.commands.map((c) => c.message));
  return run;
}

/** Markdown's backslash escapes undone: `secrets.CURSOR\_API\_KEY` reads `secrets.CURSOR_API_KEY`. */
function unescaped(from: readonly string[] = texts): string[] {
  return from.map((text) => text.replace(/\\([\\`*_[\]~|])/g, "$1"));
}

function run(
  event: "pull_request" | "push" | "schedule",
  inputs: Record<string, string>,
  pr?: number,
) {
  return runInProcess({
    workspace: ws,
    github,
    event,
    sha: event === "pull_request" ? MERGE_SHA : PUSH_SHA,
    ...(pr === undefined ? {} : { patch: asPullRequest(pr, HEAD_SHA) }),
    inputs: { "base-url": emulator.url, ...inputs },
  }).then(collect);
}

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: "off" });
  github = await startFakeGitHub();
  ws = lastingWorkspace();
  const key = { "api-key": DEMO_ADMIN_KEY };

  // Drift: the issue's advice.
  await run("schedule", { command: "drift", ...key });
  // No key on a pull request of this repository, on apply; Dependabot's pull request.
  const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });
  await run("pull_request", { command: "plan" }, pr);
  await run("push", { command: "apply" });
  const bot = github.addPullRequest({
    title: "Bump",
    headSha: HEAD_SHA,
    author: { login: "dependabot[bot]", type: "Bot" },
  });
  await runInProcess({
    workspace: ws,
    github,
    event: "pull_request",
    sha: MERGE_SHA,
    patch: (payload) => {
      asPullRequest(bot, HEAD_SHA)(payload);
      (payload.pull_request as Record<string, unknown>).user = { login: "dependabot[bot]" };
    },
    inputs: { command: "plan", "base-url": emulator.url },
  }).then(collect);
  // A pull request that changes no policy file, after one that did.
  github.setPullRequestFiles(pr, ["policies/spend-limits.yaml"]);
  await run("pull_request", { command: "plan", ...key, paths: "policies/**" }, pr);
  github.setPullRequestFiles(pr, ["README.md"]);
  await run("pull_request", { command: "plan", ...key, paths: "policies/**" }, pr);
  // A saved plan refused because the team changed, and a plan file that is not one.
  const saved = path.join(ws.runnerTemp, "saved.json");
  await run("push", { command: "plan", ...key, "plan-out": saved });
  const state = emulator.getState();
  emulator.setState({
    ...state,
    members: state.members.map((m) =>
      m.email === "grace.hopper@acme.example" ? { ...m, monthlyLimitDollars: 700 } : m,
    ),
  });
  await run("push", { command: "apply", ...key, "plan-file": saved });
  await run("push", { command: "apply", ...key, "plan-file": path.join(ws.root, "README.md") });
  // A guardrail that blocks the plan: its message names the switch that lets it through.
  const guardrails = readFileSync(path.join(ws.root, "policies/guardrails.yaml"), "utf8");
  ws.write("policies/guardrails.yaml", guardrails.replace("count: 2", "count: 0"));
  const blocked = await run("pull_request", { command: "plan", ...key }, pr);
  expect(blocked.code).toBe(3);
  ws.write("policies/guardrails.yaml", guardrails);
  // A broken policy, last: the comment and the failure say how to check it locally.
  ws.write("policies/broken.yaml", "version: 1\nspendLimits:\n  usres: {}\n");
  await run("pull_request", { command: "plan", ...key }, pr);

  for (const issue of github.issues()) texts.push(issue.body);
  for (const number of [pr, bot]) {
    for (const comment of github.comments(number)) texts.push(comment.body);
  }
  advice.push(
    ...texts.flatMap((text) => text.split("\n").filter((line) => ADVICE_LINE.test(line))),
  );
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  await github?.close();
  rmSync(base, { recursive: true, force: true });
});

const base = mkdtempSync(path.join(tmpdir(), "cursor-policy-suggested-"));

/** harness.ts's workspace, kept for every test of this file (removed in afterAll). */
function lastingWorkspace(): Workspace {
  const workspaceRoot = path.join(base, "work", "repo");
  const runnerTemp = path.join(base, "_temp");
  mkdirSync(runnerTemp, { recursive: true });
  const examples = path.join(root, "policies");
  const result: Workspace = {
    root: workspaceRoot,
    runnerTemp,
    write(file, text) {
      mkdirSync(path.dirname(path.join(workspaceRoot, file)), { recursive: true });
      writeFileSync(path.join(workspaceRoot, file), text);
    },
    remove(file) {
      rmSync(path.join(workspaceRoot, file), { force: true });
    },
  };
  for (const name of ["spend-limits.yaml", "blocklists.yaml", "guardrails.yaml"]) {
    result.write(`policies/${name}`, readFileSync(path.join(examples, name), "utf8"));
  }
  return result;
}

/** `cursor-policy ...` in a code span, as a reader would copy it. */
function suggestedCommands(): string[] {
  const found = new Set<string>();
  for (const text of unescaped()) {
    for (const match of text.matchAll(/`(cursor-policy [^`]+)`/g)) found.add(match[1] ?? "");
  }
  return [...found].sort();
}

describe("what the Action's messages tell people to do", () => {
  it("suggests commands, and the runs above produced them", () => {
    expect(suggestedCommands()).toEqual([
      "cursor-policy apply --policies policies",
      "cursor-policy validate --policies policies",
    ]);
  });

  it("`cursor-policy validate --policies policies` runs as written and reports the problem", async () => {
    const result = await runCli(["validate", "--policies", "policies"], { cwd: ws.root });
    expect(result.stderr).not.toMatch(/error: (too many arguments|unknown option)/);
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain("usres");
  });

  it("`cursor-policy apply --policies policies` runs as written, up to asking for confirmation", async () => {
    ws.remove("policies/broken.yaml");
    emulator.clearRequests();
    const result = await runCli(["apply", "--policies", "policies"], {
      cwd: ws.root,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY, CURSOR_API_BASE_URL: emulator.url },
    });
    expect(result.stderr).not.toMatch(/error: (too many arguments|unknown option)/);
    // It planned against the team and asks before changing it (here: no terminal to ask on).
    expect(result.stdout).toContain("Changes to make live state match policy");
    expect(result.stderr).toContain("apply needs confirmation");
    const writes = ["userSpendLimit", "blocklistsUpsert", "blocklistDelete"];
    expect(emulator.requests().filter((r) => writes.includes(r.endpoint ?? ""))).toEqual([]);
    expect(emulator.requests().length).toBeGreaterThan(0);
  });

  it("names only inputs and outputs action.yml declares", () => {
    // A code span that is a bare name (`plan-file`) or starts with one and a colon (`ref:`,
    // `api-key: ...`): what a reader looks for in action.yml or types into a workflow.
    const named = new Set<string>();
    for (const text of unescaped(advice)) {
      for (const match of text.matchAll(/`([a-z]+(?:-[a-z]+)*)(?:: [^`]*|:)?`/g)) {
        named.add(match[1] ?? "");
      }
    }
    for (const name of ["api-key", "plan-file", "plan-json", "paths", "environment"]) {
      expect(named).toContain(name);
    }
    const known = new Set<string>([...INPUT_NAMES, ...OUTPUT_NAMES, ...WORKFLOW_KEYS]);
    expect([...named].filter((name) => !known.has(name))).toEqual([]);
  });

  it("names the Action's input, never a CLI flag, for what a step can switch", () => {
    const flags = unescaped(texts).flatMap((text) =>
      text
        .replace(/`cursor-policy [^`]+`/g, "")
        .split("\n")
        .filter((line) => /(^|[\s(])--[a-z]/.test(line)),
    );
    expect(flags).toEqual([]);
    expect(unescaped(texts).join("\n")).toContain(
      "set `allow-deletes: true` on the step to proceed",
    );
  });

  it("names only secrets the example workflows read", () => {
    const examples = ["plan", "apply", "drift"]
      .map((kind) =>
        readFileSync(path.join(root, `docs/examples/workflows/cursor-policy-${kind}.yml`), "utf8"),
      )
      .join("\n");
    const named = new Set(
      unescaped().flatMap((t) => [...t.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1])),
    );
    expect([...named].sort()).toEqual(["CURSOR_API_KEY", "CURSOR_READ_API_KEY"]);
    for (const name of named) expect(examples).toContain(`secrets.${name} }}`);
  });
});
