// The Action (its code in the test process, see in-process.ts) on pull requests (`command: plan`), run as the runner runs it, against the
// emulator and the loopback fake GitHub.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { expectDocumented } from "./documented.js";
import {
  asPullRequest,
  examplePolicyWorkspace,
  leaks,
  type Workspace,
  workspace,
} from "./harness.js";
import { runInProcess } from "./in-process.js";

const examplePolicies = path.resolve(import.meta.dirname, "../../policies");
const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
const MERGE_SHA = "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";
const MARKER = "<!-- cursor-policy:plan:policies -->";
const WRITE_ENDPOINTS = ["userSpendLimit", "blocklistsUpsert", "blocklistDelete"];

let emulator: Emulator;
let github: FakeGitHub;

beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: "off" });
  github = await startFakeGitHub();
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

function plan(
  ws: Workspace,
  pr: number,
  extra: { runId?: number; inputs?: Record<string, string> } = {},
) {
  return runInProcess({
    workspace: ws,
    github,
    event: "pull_request",
    patch: asPullRequest(pr, HEAD_SHA),
    sha: MERGE_SHA,
    runId: extra.runId ?? 1,
    inputs: {
      command: "plan",
      "api-key": DEMO_ADMIN_KEY,
      "base-url": emulator.url,
      ...extra.inputs,
    },
  });
}

describe("plan on a pull request", () => {
  it("creates the comment, edits the same one for another plan, and leaves it alone for the same plan", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });

    const first = await plan(ws, pr, { runId: 1 });
    expect(first.code).toBe(0);
    const created = github.writes();
    expect(created.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/acme/cursor-policies/issues/${pr}/comments`,
    ]);
    const comment = structuredClone(github.comments(pr)[0]);
    expect(comment?.body.split("\n")[0]).toBe(MARKER);
    expect(comment?.body).toContain("### Cursor policy plan: policies");
    expect(comment?.body).toContain(
      `[\`3b18e51\`](https://github.com/acme/cursor-policies/pull/${pr}/commits/${HEAD_SHA})`,
    );
    expect(comment?.body).toContain(first.outputs.fingerprint);
    expect(comment?.body).toContain(":warning: **Risky changes:** 1 deletion, 2 raised limits.");
    expect(comment?.body).toMatch(/<details><summary>Spend limit changes \(9\)<\/summary>/);
    expectDocumented("plan-comment", comment?.body ?? "");
    expect(first.outputs).toMatchObject({
      "has-changes": "true",
      "exit-code": "0",
      summary: "13 changes: 1 create, 2 update, 1 delete, 9 set",
      "comment-url": `https://github.com/acme/cursor-policies/issues/${pr}#issuecomment-${comment?.id}`,
    });
    const planJson = JSON.parse(readFileSync(first.outputs["plan-json"] ?? "", "utf8"));
    expect(planJson).toMatchObject({ formatVersion: 2, fingerprint: first.outputs.fingerprint });
    expect(planJson.changes).toHaveLength(13);
    expect(first.outputs["plan-json"]?.startsWith(ws.runnerTemp)).toBe(true);
    expect(first.summary).toContain("### Cursor policy plan: policies");
    expect(first.summary).toContain(`Comment created: ${first.outputs["comment-url"]}`);

    // Another push raises the default: a different plan edits the same comment.
    ws.write(
      "policies/spend-limits.yaml",
      readFileSync(path.join(examplePolicies, "spend-limits.yaml"), "utf8").replace(
        "default: 100",
        "default: 120",
      ),
    );
    github.clearRequests();
    const second = await plan(ws, pr, { runId: 2 });
    expect(second.code).toBe(0);
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/cursor-policies/issues/comments/${comment?.id}`,
    ]);
    expect(github.comments(pr)).toHaveLength(1);
    expect(github.comments(pr)[0]?.body).not.toBe(comment?.body);
    expect(second.outputs.summary).not.toBe(first.outputs.summary);
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);

    // A re-run with the same policy and the same team: nothing is written.
    github.clearRequests();
    const third = await plan(ws, pr, { runId: 3 });
    expect(third.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(github.requests().length).toBeGreaterThan(0);
    expect(third.summary).toContain("Comment unchanged:");

    // Planning is read-only on the Cursor side, every time.
    expect(emulator.requests().filter((r) => WRITE_ENDPOINTS.includes(r.endpoint ?? ""))).toEqual(
      [],
    );
    for (const run of [first, second, third]) {
      expect(leaks(DEMO_ADMIN_KEY, run, github)).toEqual([]);
      expect(leaks(github.token, run, github)).toEqual([]);
    }
  });

  it("turns a broken policy into annotations on the file and line, and says so on the pull request", async () => {
    const ws = workspace();
    const users = Array.from({ length: 12 }, (_, i) => `    user${i}@acme.example: -${i + 1}`);
    ws.write(
      "policies/limits.yaml",
      [
        "version: 1",
        "spendLimits:",
        "  default: 100",
        "  usres:",
        "    a@acme.example: 5",
        "  users:",
        ...users,
        "",
      ].join("\n"),
    );
    const pr = github.addPullRequest({ title: "Broken", headSha: HEAD_SHA });

    const run = await plan(ws, pr);
    expect(run.code).toBe(1);
    const errors = run.commands.filter((c) => c.command === "error" && c.properties.file);
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatchObject({
      properties: { file: "policies/limits.yaml", line: "4", col: "3" },
    });
    expect(errors[0]?.properties.title).toMatch(/^cursor-policy: /);
    expect(errors[0]?.message).toContain("usres");
    // The negative limits, each on its own line (users start on line 7).
    expect(errors.slice(1).map((e) => e.properties.line)).toEqual([
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
    ]);
    // The job fails with a message, and nothing was asked of the API.
    expect(
      run.commands.some(
        (c) =>
          c.command === "error" &&
          !c.properties.file &&
          c.message.includes("the policy has 13 errors"),
      ),
    ).toBe(true);
    expect(emulator.requests()).toEqual([]);
    // All 13 are in the summary, with a word on why only 10 are annotations.
    expect(run.summary).toContain("#### Policy problems: 13 errors, 0 warnings");
    expect(run.summary).toContain("3 problems are listed only here");
    expect(run.summary).toContain("policies/limits.yaml:18");
    // The pull request comment shows the problems instead of a stale plan.
    const body = github.comments(pr)[0]?.body ?? "";
    expect(body.split("\n")[0]).toBe(MARKER);
    expect(body).toContain(":x: **The policy has 13 errors**");
    expectDocumented("policy-error-comment", body);
    expect(body).toContain(
      `(https://github.com/acme/cursor-policies/blob/${HEAD_SHA}/policies/limits.yaml#L4)`,
    );
    expect(run.outputs["exit-code"]).toBe("1");
  });

  it("skips a pull request from a fork, which gets no secrets, with a notice and no failure", async () => {
    const ws = examplePolicyWorkspace();
    const run = await runInProcess({
      workspace: ws,
      github,
      event: "pull_request",
      fixture: "pull_request_fork.json",
      sha: MERGE_SHA,
      inputs: { command: "plan", "api-key": "", "base-url": emulator.url },
    });
    expect(run.code).toBe(0);
    const notice = run.commands.find((c) => c.command === "notice");
    expect(notice?.message).toMatch(
      /pull request #43 comes from a fork \(mallory\/cursor-policies\)/,
    );
    expect(run.commands.filter((c) => c.command === "error")).toEqual([]);
    expect(run.outputs).toMatchObject({
      "exit-code": "0",
      "has-changes": "false",
      summary: "skipped",
    });
    expect(run.summary).toContain("comes from a fork");
    expect(github.writes()).toEqual([]);
    expect(emulator.requests()).toEqual([]);
  });

  it("fails clearly when the key is missing on a pull request from this repository", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "No secret", headSha: HEAD_SHA });
    const run = await plan(ws, pr, { inputs: { "api-key": "" } });
    expect(run.code).toBe(1);
    const failure = run.commands.find((c) => c.command === "error" && !c.properties.file);
    expect(failure?.message).toContain("the `api-key` input is empty");
    // The secret the example plan workflow reads (workflows.test.ts checks the two agree).
    expect(failure?.message).toContain("secrets.CURSOR_READ_API_KEY");
    expect(failure?.message).not.toContain("secrets.CURSOR_API_KEY");
    expect(github.comments(pr)[0]?.body).toContain(
      ":x: **The plan could not be made:** the \\`api-key\\` input is empty",
    );
  });

  it("warns, and still succeeds, when the token may not comment", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Read-only token", headSha: HEAD_SHA });
    github.inject({
      status: 403,
      body: { message: "Resource not accessible by integration" },
      match: (method, path) => method === "POST" && path.endsWith("/comments"),
    });
    const run = await plan(ws, pr);
    expect(run.code).toBe(0);
    const warning = run.commands.find((c) => c.command === "warning");
    expect(warning?.message).toContain("could not post the pull request comment");
    expect(warning?.message).toContain("permissions: { pull-requests: write }");
    expect(run.summary).toContain("Could not post the pull request comment");
    expect(run.summary).toContain("### Cursor policy plan: policies");
    expect(github.comments(pr)).toEqual([]);
  });
});
