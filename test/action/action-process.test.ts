// The bundled Action as the runner starts it, for what only a process shows: @actions/core
// writing outputs to GITHUB_OUTPUT and the summary to GITHUB_STEP_SUMMARY, workflow commands on
// stdout, the exit code. Behaviour is tested in process (in-process.ts); these few runs check
// that the bundle wires it up.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { applyOnPush, examplePolicyWorkspace, leaks, PUSH_SHA, workspace } from "./harness.js";

// Each run starts the bundle (a few seconds on a loaded 2-core machine): room for that, not a wait.
vi.setConfig({ testTimeout: 60_000 });

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

it("applies on push: outputs, job summary, comment on the merged pull request, exit code 0", async () => {
  const pr = github.addPullRequest({
    title: "Tighten limits",
    headSha: "3b18e512dba79e4c8300dd08aeb37f8e728b8dad",
    mergeCommitSha: PUSH_SHA,
    merged: true,
  });
  const run = await applyOnPush(examplePolicyWorkspace(), github, emulator.url);
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({
    "has-changes": "true",
    "exit-code": "0",
    summary: "applied 13 of 13 changes",
  });
  expect(run.summary).toContain("### Cursor policy apply: policies");
  expect(github.comments(pr)[0]?.body.split("\n")[0]).toBe("<!-- cursor-policy:apply:policies -->");
  expect(run.outputs["comment-url"]).toContain(`/issues/${pr}#issuecomment-`);
  expect(leaks(DEMO_ADMIN_KEY, run, github)).toEqual([]);
  expect(leaks(github.token, run, github)).toEqual([]);
});

it("exits 3 with an error annotation when a guardrail blocks the apply", async () => {
  const ws = workspace();
  ws.write(
    "policies/limits.yaml",
    "version: 1\nownership:\n  prune: true\nguardrails:\n  maxDeletes:\n    count: 1\n",
  );
  const run = await applyOnPush(ws, github, emulator.url);
  expect(run.code).toBe(3);
  expect(run.outputs["exit-code"]).toBe("3");
  expect(run.commands.some((c) => c.command === "error" && /guardrail/.test(c.message))).toBe(true);
});
