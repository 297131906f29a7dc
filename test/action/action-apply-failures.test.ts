// The Action (its code in the test process, see in-process.ts)'s apply when it cannot or must not apply everything: a failed change, a
// guardrail, the wrong event. Run as the runner runs it, against the emulator and the fake GitHub.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import {
  applyOnPush,
  examplePolicyWorkspace,
  leaks,
  PUSH_SHA,
  type Workspace,
  workspace,
} from "./harness.js";
import { runInProcess } from "./in-process.js";

const MARKER = "<!-- cursor-policy:apply:policies -->";

let emulator: Emulator;
let github: FakeGitHub;

let startState: ReturnType<Emulator["getState"]>;

beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: "off" });
  startState = emulator.getState();
  github = await startFakeGitHub();
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

function apply(ws: Workspace, runId = 1) {
  return applyOnPush(ws, github, emulator.url, { runId, run: runInProcess });
}

function mergedPullRequest(): number {
  return github.addPullRequest({
    title: "Tighten limits",
    headSha: "3b18e512dba79e4c8300dd08aeb37f8e728b8dad",
    mergeCommitSha: PUSH_SHA,
    merged: true,
  });
}

describe("apply that does not go through", () => {
  it("fails the job when a change fails, and says which on the pull request", async () => {
    await emulator.close();
    // The older API cannot remove a limit (no null): clearing one is refused with 400.
    emulator = await startEmulator({ rateLimits: "off", shape: "legacy" });
    const ws = workspace();
    ws.write(
      "policies/limits.yaml",
      [
        "version: 1",
        "spendLimits:",
        "  users:",
        "    alan.turing@acme.example: none",
        "    radia.perlman@acme.example: 120",
        "",
      ].join("\n"),
    );
    const pr = mergedPullRequest();

    const run = await apply(ws);
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("1");
    expect(run.outputs.summary).toMatch(/^applied 1 of 2 changes, 1 failed/);
    const failure = run.commands.find(
      (c) => c.command === "error" && c.message.startsWith("cursor-policy apply:"),
    );
    expect(failure).toBeDefined();
    expect(
      run.commands.some(
        (c) => c.command === "error" && c.message.includes("alan.turing@acme.example"),
      ),
    ).toBe(true);
    const body = github.comments(pr)[0]?.body ?? "";
    expect(body).toContain(":x: **1 of 2 changes failed.** Applied 1 of 2 changes, 1 failed");
    expect(body).toMatch(/\*\*Not applied:\*\*[\s\S]*alan\.turing@acme\.example[\s\S]*:x: failed/);
    expect(
      emulator.getState().members.find((m) => m.email === "radia.perlman@acme.example")
        ?.monthlyLimitDollars,
    ).toBe(120);
    expect(leaks(DEMO_ADMIN_KEY, run, github)).toEqual([]);
  });

  it("is blocked by a guardrail: nothing changes, exit code 3, and the pull request says why", async () => {
    const ws = workspace();
    ws.write(
      "policies/limits.yaml",
      // Prune every live blocklist, but allow at most one deletion per apply.
      "version: 1\nownership:\n  prune: true\nguardrails:\n  maxDeletes:\n    count: 1\n",
    );
    const pr = mergedPullRequest();
    const before = emulator.getState();

    const run = await apply(ws);
    expect(run.code).toBe(3);
    expect(run.outputs["exit-code"]).toBe("3");
    expect(emulator.getState()).toEqual(before);
    const body = github.comments(pr)[0]?.body ?? "";
    expect(body.split("\n")[0]).toBe(MARKER);
    expect(body).toContain("**Nothing was applied:** the plan breaks a guardrail.");
    expect(run.summary).toContain("Nothing was applied: the plan breaks a guardrail.");
    // Which guardrail, and how to proceed, in the comment and the summary alike.
    for (const text of [body, run.summary]) {
      expect(text).toMatch(
        /blocklist deletions \(\d+ % of \d+ live blocklists\) exceed guardrails\.maxDeletes \(at most 1\)/,
      );
      expect(text).toContain("allow-deletes: true");
    }
  });

  it("refuses to apply on a pull request", async () => {
    const ws = examplePolicyWorkspace();
    const run = await runInProcess({
      workspace: ws,
      github,
      event: "pull_request",
      sha: PUSH_SHA,
      inputs: { command: "apply", "api-key": DEMO_ADMIN_KEY, "base-url": emulator.url },
    });
    expect(run.code).toBe(1);
    expect(run.commands.find((c) => c.command === "error")?.message).toContain(
      'command "apply" does not run on pull_request',
    );
    expect(emulator.requests()).toEqual([]);
  });

  it("reports a rejected key on the merged pull request without ever showing it", async () => {
    const wrongKey = `crsr_${"Wr0ngKey".repeat(8)}`;
    const ws = examplePolicyWorkspace();
    const pr = mergedPullRequest();
    const run = await runInProcess({
      workspace: ws,
      github,
      event: "push",
      sha: PUSH_SHA,
      inputs: { command: "apply", "api-key": wrongKey, "base-url": emulator.url },
    });
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("1");
    const body = github.comments(pr)[0]?.body ?? "";
    expect(body).toContain(":x: **The apply failed:**");
    expect(body).toMatch(/401/);
    expect(body).toContain("Create a new Admin API key in the Cursor dashboard");
    expect(leaks(wrongKey, run, github)).toEqual([]);
    expect(emulator.getState().members).toEqual(startState.members);
  });
});
