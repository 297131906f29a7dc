// The bundled Action on push to the default branch (`command: apply`), run as the runner runs it,
// against the emulator and the loopback fake GitHub.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { leaks, runAction, type Workspace, workspace } from "./harness.js";

const examplePolicies = path.resolve(import.meta.dirname, "../../policies");
const PUSH_SHA = "e5bd3914e2e596debea16f433f57875b5b90bcd6";
const MARKER = "<!-- cursor-policy:apply:policies -->";

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

function examplePolicyWorkspace(): Workspace {
  const ws = workspace();
  for (const name of ["spend-limits.yaml", "blocklists.yaml", "guardrails.yaml"]) {
    ws.write(`policies/${name}`, readFileSync(path.join(examplePolicies, name), "utf8"));
  }
  return ws;
}

function apply(ws: Workspace, runId = 1) {
  return runAction({
    workspace: ws,
    github,
    event: "push",
    sha: PUSH_SHA,
    runId,
    inputs: { command: "apply", "api-key": DEMO_ADMIN_KEY, "base-url": emulator.url },
  });
}

function mergedPullRequest(): number {
  return github.addPullRequest({
    title: "Tighten limits",
    headSha: "3b18e512dba79e4c8300dd08aeb37f8e728b8dad",
    mergeCommitSha: PUSH_SHA,
    merged: true,
  });
}

describe("apply on push to main", () => {
  it("applies, comments on the merged pull request, sets the outputs, and converges", async () => {
    const ws = examplePolicyWorkspace();
    const pr = mergedPullRequest();

    const run = await apply(ws);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      "has-changes": "true",
      "exit-code": "0",
      summary: "applied 13 of 13 changes",
    });
    expect(run.outputs["plan-json"]).toMatch(/cursor-policy-apply-policies\.json$/);
    expect(JSON.parse(readFileSync(run.outputs["plan-json"] ?? "", "utf8")).changes).toHaveLength(
      13,
    );

    // The team changed: the example policy's limits and blocklists are live now.
    const members = emulator.getState().members;
    expect(members.find((m) => m.email === "grace.hopper@acme.example")?.monthlyLimitDollars).toBe(
      1000,
    );
    expect(emulator.getState().blocklists.map((b) => b.url)).not.toContain(
      "https://github.com/acme/marketing-site",
    );

    // The merged pull request, found through the commit, gets the outcome.
    expect(github.requests().map((r) => `${r.method} ${r.path}`)).toContain(
      `GET /repos/acme/cursor-policies/commits/${PUSH_SHA}/pulls`,
    );
    const [comment] = github.comments(pr);
    expect(comment?.body.split("\n")[0]).toBe(MARKER);
    expect(comment?.body).toContain(
      ":white_check_mark: **Applied 13 changes.** The team was read back and now matches the policy.",
    );
    expect(comment?.body).toContain("| 13 | 0 | 0 |");
    expect(comment?.body).toContain(
      `[\`e5bd391\`](https://github.com/acme/cursor-policies/commit/${PUSH_SHA})`,
    );
    expect(run.outputs["comment-url"]).toBe(
      `https://github.com/acme/cursor-policies/issues/${pr}#issuecomment-${comment?.id}`,
    );

    // The job summary lists every change with its result.
    const applied = run.summary
      .split("\n")
      .filter((line) => line.includes(":white_check_mark: applied"));
    expect(applied).toHaveLength(13);
    expect(run.summary).toContain("spend limit of grace.hopper@acme.example: $500 → $1,000");
    expect(run.summary).toContain("delete blocklist `https://github.com/acme/marketing-site`");
    expect(run.stdout).toMatch(/apply: 13\/13 \(100 %, deletes\), 0 failed/);

    // Running again finds nothing to do.
    const again = await apply(ws, 2);
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({ "has-changes": "false", summary: "no changes" });
    expect(github.comments(pr)[0]?.body).toContain("**Nothing to apply:**");

    for (const result of [run, again]) expect(leaks(DEMO_ADMIN_KEY, result, github)).toEqual([]);
  });
});
