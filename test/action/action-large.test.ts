// The plan the issue was found with, through the Action: 8,000 members and 504 blocklists, 8,504
// changes. The pull request comment stays within GitHub's 65,536 characters and the job summary
// within its 1 MiB, using most of it; both say what was cut and link the plan JSON artifact; what
// is cut is the harmless part, since risky changes are listed first.
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
const RUN_URL = "https://github.com/acme/cursor-policies/actions/runs/9000001";

let emulator: Emulator;
let github: FakeGitHub;

beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

/** The spend-limit rows of a Markdown plan, in the order shown: "raised" or "other". */
function limitRows(markdown: string): Array<"raised" | "other"> {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("| ~ | user"))
    .map((line) => (line.includes("(raised)") ? "raised" : "other"));
}

it("cuts a plan of 8,504 changes to GitHub's limits, risky changes first, and links the whole plan", async () => {
  emulator = await startEmulator({
    rateLimits: "off",
    maxSpendPageSize: 10_000,
    state: generateTeamState({ members: 8000, repos: 504, withLimits: 0.5 }),
  });
  const ws = workspace();
  // Everyone at $77 (raised for those below it), and every live blocklist removed.
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
    inputs: {
      command: "plan",
      "api-key": DEMO_ADMIN_KEY,
      "base-url": emulator.url,
      "plan-artifact": "cursor-policy-plan",
      // Past every built-in size threshold on purpose: this test is about the size of the post.
      "allow-deletes": "true",
      "allow-large-changes": "true",
    },
  });
  expect(run.code).toBe(0);
  const planned = JSON.parse(readFileSync(run.outputs["plan-json"] ?? "", "utf8"));
  expect(planned.changes.length).toBe(8504);
  expect(run.outputs.summary).toBe("8504 changes: 504 delete, 8000 set");
  const raisedTotal = planned.changes.filter(
    (c: { kind: string; before: unknown; after: unknown }) =>
      c.kind === "set" && typeof c.before === "number" && (c.after as number) > c.before,
  ).length;
  expect(raisedTotal).toBeGreaterThan(100);

  const artifactNote = `the whole plan is the [\`cursor-policy-plan\` artifact](${RUN_URL}#artifacts) (JSON)`;
  const [comment] = github.comments(pr);
  const body = comment?.body ?? "";
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body).toMatch(/…\d+ more changes, \d+ notes not shown; /);
  expect(body).toContain(artifactNote);
  expect(body).toContain(`([workflow run](${RUN_URL}))`);
  // Summary and counts come first, so they survive the cut.
  expect(body).toContain("| Spend limits to set | 8000 |");
  expect(body).toContain("| Blocklists to delete | **504** :warning: |");
  // Only raised limits are shown before the cut: they come first.
  const inComment = limitRows(body);
  expect(inComment.length).toBeGreaterThan(10);
  expect(inComment.length).toBeLessThan(raisedTotal);
  expect(new Set(inComment)).toEqual(new Set(["raised"]));

  // The summary uses GitHub's whole 1 MiB (it used to stop at half), and is cut with a link.
  const bytes = Buffer.byteLength(run.summary, "utf8");
  expect(bytes).toBeLessThanOrEqual(1_048_576);
  expect(bytes).toBeGreaterThan(1_000_000);
  expect(run.summary).toMatch(/…\d+ more changes(, \d+ notes)? not shown; /);
  expect(run.summary).toContain(artifactNote);
  // Every raised limit is in the summary, all of them before the first harmless one.
  const inSummary = limitRows(run.summary);
  expect(inSummary.slice(0, raisedTotal)).toEqual(Array(raisedTotal).fill("raised"));
  expect(inSummary.slice(raisedTotal)).not.toContain("raised");
  expect(inSummary.length).toBeLessThan(8000);
});
