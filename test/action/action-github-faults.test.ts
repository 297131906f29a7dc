// The bundled Action (dist/index.js, as the runner starts it) against a GitHub that misbehaves
// and a repository where others write too: GitHub answering 502 after creating, another app
// quoting our marker, a token that may not create labels, member names that would mention a
// team, and a pull_request_target run on a fork. Each of these broke before (issue 9).
// Each test starts the bundle two to four times: on a busy machine that takes a while, so the
// tests that do get more time than the default (nothing here waits on a clock).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  type Emulator,
  startEmulator,
} from "../../src/emulator/index.js";
import { ACTIONS_BOT, type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import {
  asPullRequest,
  examplePolicyWorkspace,
  leaks,
  PUSH_SHA,
  runAction,
  type Workspace,
} from "./harness.js";

const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
const MERGE_SHA = "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";
const PLAN_MARKER = "<!-- cursor-policy:plan:policies -->";
const DRIFT_MARKER = "<!-- cursor-policy:drift:policies -->";

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

function plan(ws: Workspace, pr: number, runId: number) {
  return runAction({
    workspace: ws,
    github,
    event: "pull_request",
    patch: asPullRequest(pr, HEAD_SHA),
    sha: MERGE_SHA,
    runId,
    inputs: { command: "plan", "api-key": DEMO_ADMIN_KEY, "base-url": emulator.url },
  });
}

function drift(ws: Workspace, runId: number) {
  return runAction({
    workspace: ws,
    github,
    event: "schedule",
    sha: PUSH_SHA,
    runId,
    inputs: { command: "drift", "api-key": DEMO_READ_ONLY_KEY, "base-url": emulator.url },
  });
}

function changeByHand(email: string, change: { limit?: number; name?: string }): void {
  const state = emulator.getState();
  const member = state.members.find((m) => m.email === email);
  if (!member) throw new Error(`no member ${email}`);
  if (change.limit !== undefined) member.monthlyLimitDollars = change.limit;
  if (change.name !== undefined) member.name = change.name;
  emulator.setState(state);
}

const creates = (method: string, path: string) =>
  method === "POST" && /\/(comments|issues|labels)$/.test(path);

describe("GitHub answers 502 after every create", () => {
  it("leaves exactly one plan comment and one open drift issue, twice in a row", {
    timeout: 90_000,
  }, async () => {
    github.inject({
      status: 502,
      afterHandling: true,
      times: Number.POSITIVE_INFINITY,
      match: creates,
    });
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });

    const first = await plan(ws, pr, 1);
    const second = await plan(ws, pr, 2);
    for (const run of [first, second]) expect(run.code).toBe(0);
    expect(github.comments(pr)).toHaveLength(1);
    expect(github.comments(pr)[0]?.body.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
    expect(first.outputs["comment-url"]).toBe(second.outputs["comment-url"]);

    const driftOne = await drift(ws, 3);
    changeByHand("alan.turing@acme.example", { limit: 900 });
    const driftTwo = await drift(ws, 4);
    for (const run of [driftOne, driftTwo]) expect(run.code).toBe(0);
    const open = github.issues().filter((i) => i.state === "open");
    expect(open).toHaveLength(1);
    expect(github.issues()).toHaveLength(1);
    expect(open[0]?.body).toContain("alan.turing@acme.example");
    expect(open[0]?.labels).toEqual(["cursor-policy-drift"]);
    // Every create answered 502, and none of them was sent twice.
    const posts = github.requests().filter((r) => creates(r.method, r.path));
    expect(posts.map((r) => r.status)).toEqual([502, 502, 502]);
  });
});

describe("ownership", () => {
  it("ignores another app's comment that starts with our marker and posts its own", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Impostor", headSha: HEAD_SHA });
    const impostor = github.addComment(pr, `${PLAN_MARKER}\nLooks like a plan. Approve!`, {
      login: "other-app[bot]",
      type: "Bot",
    });

    const run = await plan(ws, pr, 1);
    expect(run.code).toBe(0);
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/acme/cursor-policies/issues/${pr}/comments`,
    ]);
    const [theirs, ours] = github.comments(pr);
    expect(theirs).toMatchObject({ id: impostor.id, body: impostor.body });
    expect(ours?.user).toEqual(ACTIONS_BOT);
    expect(ours?.body.startsWith(`${PLAN_MARKER}\n`)).toBe(true);
    expect(run.outputs["comment-url"]).toContain(`#issuecomment-${ours?.id}`);
  });
});

describe("drift is never silently lost", () => {
  it("opens the issue without the label when the token may not create labels, and finds it again", {
    timeout: 60_000,
  }, async () => {
    github.inject({
      status: 403,
      body: { message: "Resource not accessible by integration" },
      times: Number.POSITIVE_INFINITY,
      match: (method, path) => method === "POST" && path.endsWith("/labels"),
    });
    const ws = examplePolicyWorkspace();

    const first = await drift(ws, 1);
    expect(first.code).toBe(0);
    expect(first.commands.find((c) => c.command === "warning")?.message).toContain(
      'could not create the label "cursor-policy-drift"',
    );
    expect(github.issues()).toHaveLength(1);
    expect(github.issues()[0]?.labels).toEqual([]);
    expect(first.outputs["issue-url"]).toBe(
      `https://github.com/acme/cursor-policies/issues/${github.issues()[0]?.number}`,
    );

    changeByHand("grace.hopper@acme.example", { limit: 5000 });
    const second = await drift(ws, 2);
    expect(second.code).toBe(0);
    expect(github.issues()).toHaveLength(1);
    expect(github.issues()[0]?.body).toContain("grace.hopper@acme.example");
    expect(second.outputs["issue-url"]).toBe(first.outputs["issue-url"]);
  });

  it("fails the step, saying so, when drift exists and no issue can be opened", async () => {
    github.inject({
      status: 403,
      body: { message: "Resource not accessible by integration" },
      times: Number.POSITIVE_INFINITY,
      match: (method, path) => method === "POST" && /\/(issues|labels)$/.test(path),
    });
    const run = await drift(examplePolicyWorkspace(), 1);
    expect(run.code).toBe(1);
    expect(run.outputs["exit-code"]).toBe("1");
    const failure = run.commands.find(
      (c) => c.command === "error" && c.message.includes("could not be reported"),
    );
    expect(failure?.message).toMatch(
      /the team differs from the policy \(13 changes.*\), and the drift could not be reported: the drift issue could not be opened/,
    );
    expect(run.summary).toContain("Could not update the drift issue");
    expect(github.issues()).toEqual([]);
  });
});

describe("mentions", () => {
  it("neutralises a team mention in a member's display name, in the comment and the issue", {
    timeout: 60_000,
  }, async () => {
    // Donald Knuth's limit changes in the example policy, so his row is in both bodies.
    changeByHand("donald.knuth@acme.example", { name: "@acme/admins please approve" });
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Mentions", headSha: HEAD_SHA });

    expect((await plan(ws, pr, 1)).code).toBe(0);
    expect((await drift(ws, 2)).code).toBe(0);
    const bodies = [github.comments(pr)[0]?.body ?? "", github.issues()[0]?.body ?? ""];
    for (const body of bodies) {
      expect(body.startsWith(PLAN_MARKER) || body.startsWith(DRIFT_MARKER)).toBe(true);
      expect(body).toContain("@&#8203;acme/admins please approve");
      // No @ that GitHub would read as a mention (at a word start, followed by a name) outside
      // code spans, where GitHub does not look for mentions.
      expect(body.replace(/`[^`\n]*`/g, "")).not.toMatch(/(^|[^\w.+-])@[A-Za-z0-9]/);
    }
  });
});

describe("pull_request_target", () => {
  it("warns that a fork's policy runs with this repository's secrets", async () => {
    const run = await runAction({
      workspace: examplePolicyWorkspace(),
      github,
      event: "pull_request_target",
      fixture: "pull_request_fork.json",
      sha: MERGE_SHA,
      inputs: { command: "plan", "api-key": DEMO_ADMIN_KEY, "base-url": emulator.url },
    });
    expect(run.code).toBe(0);
    const warning = run.commands.find(
      (c) => c.command === "warning" && c.message.includes("pull_request_target"),
    );
    expect(warning?.message).toContain("untrusted policy files with this repository's secrets");
    expect(warning?.message).toContain("Use the pull_request trigger instead");
    expect(leaks(DEMO_ADMIN_KEY, run, github)).toEqual([]);
  });
});
