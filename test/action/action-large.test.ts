// A plan of thousands of changes through the bundled Action: the pull request comment stays
// within GitHub's 65,536 characters and the job summary within 1 MiB, and both say what was cut
// and where the whole plan is.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  DEMO_ADMIN_KEY,
  type Emulator,
  generateTeamState,
  startEmulator,
} from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { asPullRequest, workspace } from "./harness.js";
import { runInProcess } from "./in-process.js";

const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
const MERGE_SHA = "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";

let emulator: Emulator;
let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

it("keeps a plan of thousands of changes within the comment and summary limits, and says so", async () => {
  emulator = await startEmulator({
    rateLimits: "off",
    maxSpendPageSize: 10_000,
    // 2000 members (two pages of spend) and 2000 blocklists.
    state: generateTeamState({ members: 2000, repos: 2000, withLimits: 0.5 }),
  });
  const ws = workspace();
  // Everyone at $77, and every live blocklist removed: 4000 changes.
  ws.write(
    "policies/limits.yaml",
    "version: 1\nspendLimits:\n  default: 77\nownership:\n  prune: true\n",
  );
  const pr = github.addPullRequest({ title: "Everyone at $77", headSha: HEAD_SHA });

  const run = await runInProcess({
    workspace: ws,
    github,
    event: "pull_request",
    patch: asPullRequest(pr, HEAD_SHA),
    sha: MERGE_SHA,
    inputs: { command: "plan", "api-key": DEMO_ADMIN_KEY, "base-url": emulator.url },
  });
  expect(run.code).toBe(0);
  const changes = JSON.parse(readFileSync(run.outputs["plan-json"] ?? "", "utf8")).changes;
  expect(changes.length).toBe(4000);

  const [comment] = github.comments(pr);
  expect(comment?.body.length).toBeLessThanOrEqual(65_536);
  expect(comment?.body).toMatch(
    new RegExp(
      `…\\d+ more changes, \\d+ notes not shown; the full plan is in the job summary of the \\[workflow run\\]\\(https://github.com/acme/cursor-policies/pull/${pr}/checks\\)`,
    ),
  );
  // Summary and counts come first, so they survive the cut.
  expect(comment?.body).toContain("| Spend limits to set | 2000 |");
  expect(comment?.body).toContain("| Blocklists to delete | **2000** :warning: |");

  expect(Buffer.byteLength(run.summary, "utf8")).toBeLessThanOrEqual(1_048_576);
  expect(run.summary).toMatch(
    /…\d+ more changes, \d+ notes not shown; the whole plan is in the plan-json file/,
  );
  expect(run.outputs.summary).toBe("4000 changes: 2000 delete, 2000 set");
});
