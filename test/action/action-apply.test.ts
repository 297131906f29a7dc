// The Action (its code in the test process, see in-process.ts) on push to the default branch (`command: apply`), run as the runner runs it,
// against the emulator and the loopback fake GitHub.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import {
  applyOnPush,
  asPullRequest,
  examplePolicyWorkspace,
  leaks,
  PUSH_SHA,
  type Workspace,
} from "./harness.js";
import { runInProcess } from "./in-process.js";

const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
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

function apply(ws: Workspace, runId = 1) {
  return applyOnPush(ws, github, emulator.url, { runId, run: runInProcess });
}

/** A pull request planned by the Action (its plan comment is the review), then merged. */
async function reviewedAndMerged(ws: Workspace, beforeMerge?: () => void): Promise<number> {
  const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });
  const planned = await runInProcess({
    workspace: ws,
    github,
    event: "pull_request",
    patch: asPullRequest(pr, HEAD_SHA),
    sha: "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b",
    runId: 100,
    inputs: { command: "plan", "api-key": DEMO_ADMIN_KEY, "base-url": emulator.url },
  });
  expect(planned.code).toBe(0);
  beforeMerge?.();
  github.mergePullRequest(pr, PUSH_SHA);
  github.clearRequests();
  return pr;
}

describe("apply on push to main", () => {
  it("applies, comments on the merged pull request, sets the outputs, and converges", async () => {
    const ws = examplePolicyWorkspace();
    const pr = await reviewedAndMerged(ws);

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
    const comment = github.comments(pr).find((c) => c.body.startsWith(MARKER));
    expect(github.comments(pr)).toHaveLength(2); // the plan, and now the apply
    expect(comment?.body).toContain(
      `:white_check_mark: These are exactly the changes reviewed in the plan on #${pr} (fingerprint \`${run.outputs.fingerprint?.slice(0, 12)}\`).`,
    );
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
    expect(github.comments(pr).find((c) => c.body.startsWith(MARKER))?.body).toContain(
      "**Nothing to apply:**",
    );

    for (const result of [run, again]) expect(leaks(DEMO_ADMIN_KEY, result, github)).toEqual([]);
  });

  it("warns when the team changed by hand between the review and the merge", async () => {
    const ws = examplePolicyWorkspace();
    const pr = await reviewedAndMerged(ws, () => {
      const state = emulator.getState();
      // One the plan changes anyway: the plan stays within the built-in size thresholds.
      const grace = state.members.find((m) => m.email === "grace.hopper@acme.example");
      if (grace) grace.monthlyLimitDollars = 900;
      emulator.setState(state);
    });

    const run = await apply(ws);
    expect(run.code).toBe(0);
    const warning = run.commands.find((c) => c.command === "warning");
    expect(warning?.message).toMatch(
      new RegExp(
        `This apply differs from the plan reviewed on #${pr}: the live team changed after the plan was reviewed`,
      ),
    );
    const body = github.comments(pr).find((c) => c.body.startsWith(MARKER))?.body ?? "";
    expect(body).toContain(`:warning: **This apply differs from the plan reviewed on #${pr}:**`);
    expect(body).toContain("spend limit of grace.hopper@acme.example: $900 → $1,000");
  });
});
