// The sticky pull request comment and the drift tracking issue, against the loopback fake GitHub:
// found by the marker as first line and our own author, created once however the network
// behaves, converging on one of each.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncDriftIssue } from "../../src/action/drift-issue.js";
import { GitHubClient } from "../../src/action/github.js";
import { marker, normalizePolicyDir, startsWithMarker } from "../../src/action/markers.js";
import { createRepoApi, type RepoApi } from "../../src/action/repo-api.js";
import { upsertStickyComment as upsert } from "../../src/action/sticky.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { ACTIONS_BOT, type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";

let github: FakeGitHub;
let api: RepoApi;
const deps = { clock: new ManualClock(), logger: silentLogger };

async function start(
  options: Parameters<typeof startFakeGitHub>[0] = {},
  expectedAuthor: string | undefined = undefined,
) {
  github = await startFakeGitHub(options);
  api = createRepoApi(
    new GitHubClient({
      apiUrl: github.url,
      token: github.token,
      clock: deps.clock,
      logger: silentLogger,
    }),
    { owner: "acme", repo: "cursor-policies" },
    { expectedAuthor },
  );
}

const upsertStickyComment = (r: RepoApi, pr: number, m: string, body: string) =>
  upsert(r, pr, m, body, deps);

beforeEach(() => start());
afterEach(() => github.close());

const HUMAN = { login: "alice", type: "User" } as const;
const PLAN = marker("plan", "policies");

describe("markers", () => {
  it("names the kind and the normalised directory", () => {
    expect(marker("plan", "policies")).toBe("<!-- cursor-policy:plan:policies -->");
    expect(marker("plan", "./policies/")).toBe(marker("plan", "policies"));
    expect(marker("drift", "teams\\eu")).toBe("<!-- cursor-policy:drift:teams/eu -->");
    expect(normalizePolicyDir("./")).toBe(".");
  });

  it("cannot be closed early by a directory name", () => {
    const text = marker("plan", "a-->b c");
    expect(text).toBe("<!-- cursor-policy:plan:a%2D-%3Eb%20c -->");
    expect(text.slice(4, -3)).not.toContain("--");
  });

  it("counts only as the first line, and only for this directory", () => {
    const plan = marker("plan", "policies");
    expect(startsWithMarker(marker("plan", "policies/eu"), plan)).toBe(false);
    expect(startsWithMarker(`${plan}\nbody`, plan)).toBe(true);
    expect(startsWithMarker(`${plan}\r\nbody`, plan)).toBe(true);
    expect(startsWithMarker(`x\n${plan}\ny`, plan)).toBe(false);
    expect(startsWithMarker(`${plan} and more\n`, plan)).toBe(false);
    expect(startsWithMarker(null, plan)).toBe(false);
  });
});

describe("upsertStickyComment", () => {
  it("creates, then edits in place, then leaves an unchanged body alone", async () => {
    const pr = github.addPullRequest({ title: "Raise limits", headSha: "1".repeat(40) });
    const first = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan one`);
    expect(first.action).toBe("created");

    const second = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan two`);
    expect(second).toMatchObject({ action: "updated", commentId: first.commentId });
    expect(github.comments(pr).map((c) => c.body)).toEqual([`${PLAN}\nplan two`]);

    github.clearRequests();
    const third = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan two\n`);
    expect(third.action).toBe("unchanged");
    expect(github.writes()).toEqual([]);
  });

  it("finds its comment on a later page", async () => {
    const pr = github.addPullRequest({ title: "Busy", headSha: "2".repeat(40) });
    for (let i = 0; i < 120; i += 1) github.addComment(pr, `review ${i}`, HUMAN);
    const ours = github.addComment(pr, `${PLAN}\nold plan`, ACTIONS_BOT);
    for (let i = 0; i < 130; i += 1) github.addComment(pr, `more ${i}`, HUMAN);

    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nnew plan`);
    expect(result).toMatchObject({ action: "updated", commentId: ours.id });
    expect(github.comments(pr)).toHaveLength(251);
  });

  it("never edits a person's comment that quotes the marker", async () => {
    const pr = github.addPullRequest({ title: "Quote", headSha: "3".repeat(40) });
    const quoted = github.addComment(pr, `> ${PLAN}\n> the bot said this`, HUMAN);
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan`);
    expect(result.action).toBe("created");
    expect(github.comments(pr).find((c) => c.id === quoted.id)?.body).toContain("the bot said");
  });

  it("keeps one comment per policy directory", async () => {
    const pr = github.addPullRequest({ title: "Two dirs", headSha: "4".repeat(40) });
    const eu = marker("plan", "policies/eu");
    await upsertStickyComment(api, pr, PLAN, `${PLAN}\nall`);
    await upsertStickyComment(api, pr, eu, `${eu}\neu`);
    expect(github.comments(pr).map((c) => c.body)).toEqual([`${PLAN}\nall`, `${eu}\neu`]);
  });

  it("with a personal token, matches that user's login only", async () => {
    await github.close();
    await start({ author: { login: "policy-bot", type: "User" } });
    const pr = github.addPullRequest({ title: "PAT", headSha: "5".repeat(40) });
    github.addComment(pr, `${PLAN}\nfrom the default token`, ACTIONS_BOT);
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nfrom the PAT`);
    expect(result.action).toBe("created");
    expect(github.comments(pr).at(-1)?.user.login).toBe("policy-bot");
  });
});

describe("syncDriftIssue", () => {
  const DRIFT = marker("drift", "policies");
  const label = { name: "cursor-policy-drift", color: "d93f0b", description: "drift" };
  const drift = (body: string) =>
    ({
      drift: true,
      marker: DRIFT,
      label,
      title: "Cursor team drift",
      body: `${DRIFT}\n${body}`,
      duplicateComment: (url: string) => `duplicate of ${url}`,
    }) as const;
  const clean = { drift: false, marker: DRIFT, label, closingComment: "matches again" } as const;

  it("opens, updates, leaves alone, closes, reopens", async () => {
    expect((await syncDriftIssue(api, clean, deps)).action).toBe("none");

    const opened = await syncDriftIssue(api, drift("one change"), deps);
    expect(opened.action).toBe("opened");
    expect(github.labels()).toContain("cursor-policy-drift");
    expect(github.issues()).toHaveLength(1);

    expect((await syncDriftIssue(api, drift("two changes"), deps)).action).toBe("updated");
    github.clearRequests();
    expect((await syncDriftIssue(api, drift("two changes"), deps)).action).toBe("unchanged");
    expect(github.writes()).toEqual([]);

    const closed = await syncDriftIssue(api, clean, deps);
    expect(closed).toMatchObject({ action: "closed", issueNumber: opened.issueNumber });
    const [issue] = github.issues();
    expect(issue?.state).toBe("closed");
    expect(github.comments(issue?.number ?? 0).map((c) => c.body)).toEqual(["matches again"]);
    expect((await syncDriftIssue(api, clean, deps)).action).toBe("none");

    const reopened = await syncDriftIssue(api, drift("back again"), deps);
    expect(reopened).toMatchObject({ action: "reopened", issueNumber: opened.issueNumber });
    expect(github.issues()).toHaveLength(1);
    expect(github.issues()[0]).toMatchObject({ state: "open", body: `${DRIFT}\nback again` });
  });

  it("ignores issues with the label that are not ours", async () => {
    github.addIssue({
      title: "Question",
      body: `${DRIFT}\ncopied`,
      labels: [label.name],
      user: HUMAN,
    });
    const result = await syncDriftIssue(api, drift("real"), deps);
    expect(result.action).toBe("opened");
    expect(github.issues()).toHaveLength(2);
  });
});

describe("creating exactly once", () => {
  const OTHER_APP = { login: "other-app[bot]", type: "Bot" } as const;

  it("does not post a second comment when GitHub answers 502 after creating the first", async () => {
    const pr = github.addPullRequest({ title: "Flaky", headSha: "6".repeat(40) });
    github.inject({
      status: 502,
      afterHandling: true,
      match: (method, path) => method === "POST" && path.endsWith("/comments"),
    });
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan`);
    expect(result.action).toBe("created");
    expect(github.comments(pr).map((c) => c.body)).toEqual([`${PLAN}\nplan`]);
    expect(github.writes().filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("does not post a second comment when the connection drops after the create", async () => {
    const pr = github.addPullRequest({ title: "Reset", headSha: "7".repeat(40) });
    github.inject({
      status: 0,
      reset: true,
      afterHandling: true,
      match: (method, path) => method === "POST" && path.endsWith("/comments"),
    });
    await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan`);
    expect(github.comments(pr)).toHaveLength(1);
  });

  it("creates again when the 502 came before anything was created, without waiting for real", async () => {
    const pr = github.addPullRequest({ title: "Down", headSha: "8".repeat(40) });
    github.inject({ status: 502, match: (m, p) => m === "POST" && p.endsWith("/comments") });
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nplan`);
    expect(result.action).toBe("created");
    expect(github.comments(pr)).toHaveLength(1);
    // It looked three times (at once, after 1 s and after 3 s of the ManualClock) first.
    expect(deps.clock.sleeps.slice(-2)).toEqual([1000, 3000]);
  });

  it("deletes duplicates of ours and keeps the oldest, but leaves other authors' alone", async () => {
    const pr = github.addPullRequest({ title: "Dupes", headSha: "9".repeat(40) });
    const first = github.addComment(pr, `${PLAN}\nold`, ACTIONS_BOT);
    github.addComment(pr, `${PLAN}\nduplicate`, ACTIONS_BOT);
    const other = github.addComment(pr, `${PLAN}\nanother app's`, OTHER_APP);
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nnew`);
    expect(result).toMatchObject({ action: "updated", commentId: first.id, duplicatesRemoved: 1 });
    expect(github.comments(pr).map((c) => [c.id, c.body])).toEqual([
      [first.id, `${PLAN}\nnew`],
      [other.id, `${PLAN}\nanother app's`],
    ]);
  });

  it("ignores another bot's comment that starts with our marker and posts its own", async () => {
    const pr = github.addPullRequest({ title: "Impostor", headSha: "a".repeat(40) });
    const other = github.addComment(pr, `${PLAN}\nnot ours`, OTHER_APP);
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nours`);
    expect(result.action).toBe("created");
    expect(github.comments(pr).find((c) => c.id === other.id)?.body).toBe(`${PLAN}\nnot ours`);
    expect(github.comments(pr).at(-1)?.user).toEqual(ACTIONS_BOT);
  });

  it("ignores our own account's comment when the marker is only quoted further down", async () => {
    const pr = github.addPullRequest({ title: "Quoted", headSha: "b".repeat(40) });
    github.addComment(pr, `Re: the plan\n${PLAN}`, ACTIONS_BOT);
    expect((await upsertStickyComment(api, pr, PLAN, `${PLAN}\nours`)).action).toBe("created");
  });
});

describe("whose comments are ours", () => {
  it("asks GraphQL's viewer when GET /user is refused", async () => {
    expect(await api.identity()).toEqual({ login: "github-actions[bot]", source: "graphql" });
    expect(github.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "GET /user 403",
      "POST /graphql 200",
    ]);
  });

  it("falls back to github-actions[bot] when GitHub answers neither", async () => {
    await github.close();
    await start({ graphqlViewer: false });
    expect(await api.identity()).toEqual({
      login: "github-actions[bot]",
      source: "workflow-token",
    });
  });

  it("takes the github-author input without asking, and only that account's comments", async () => {
    await github.close();
    const app = { login: "policy-app[bot]", type: "Bot" } as const;
    await start({ author: app, graphqlViewer: false }, "policy-app[bot]");
    expect(await api.identity()).toEqual({ login: "policy-app[bot]", source: "input" });
    const pr = github.addPullRequest({ title: "App", headSha: "c".repeat(40) });
    github.addComment(pr, `${PLAN}\nby the workflow token`, ACTIONS_BOT);
    const ours = github.addComment(pr, `${PLAN}\nby the app`, app);
    const result = await upsertStickyComment(api, pr, PLAN, `${PLAN}\nnew`);
    expect(result).toMatchObject({ action: "updated", commentId: ours.id });
    expect(github.requests().some((r) => r.path === "/user" || r.path === "/graphql")).toBe(false);
  });
});

describe("the drift issue converges", () => {
  const DRIFT = marker("drift", "policies");
  const label = { name: "cursor-policy-drift", color: "d93f0b", description: "drift" };
  const input = {
    drift: true,
    marker: DRIFT,
    label,
    title: "Cursor team drift",
    body: `${DRIFT}\nsame`,
    duplicateComment: (url: string) => `duplicate of ${url}`,
  } as const;

  it("opens one issue when GitHub answers 502 after creating it", async () => {
    github.inject({
      status: 502,
      afterHandling: true,
      match: (method, path) => method === "POST" && path.endsWith("/issues"),
    });
    expect((await syncDriftIssue(api, input, deps)).action).toBe("opened");
    expect(github.issues()).toHaveLength(1);
  });

  it("closes a duplicate of ours, pointing at the one kept", async () => {
    const kept = github.addIssue({
      title: "t",
      body: input.body,
      labels: [label.name],
      user: ACTIONS_BOT,
    });
    const dup = github.addIssue({
      title: "t",
      body: input.body,
      labels: [label.name],
      user: ACTIONS_BOT,
    });
    const result = await syncDriftIssue(api, input, deps);
    expect(result).toMatchObject({
      action: "updated",
      issueNumber: kept.number,
      duplicatesClosed: 1,
    });
    expect(github.issues().map((i) => [i.number, i.state])).toEqual([
      [kept.number, "open"],
      [dup.number, "closed"],
    ]);
    expect(github.comments(dup.number)[0]?.body).toBe(
      `duplicate of https://github.com/acme/cursor-policies/issues/${kept.number}`,
    );
  });

  it("opens the issue without the label when the label cannot be created, and finds it next time", async () => {
    github.inject({
      status: 403,
      body: { message: "Resource not accessible by integration" },
      times: Number.POSITIVE_INFINITY,
      match: (method, path) => method === "POST" && path.endsWith("/labels"),
    });
    const opened = await syncDriftIssue(api, input, deps);
    expect(opened).toMatchObject({ action: "opened", labelled: false });
    expect(github.issues()[0]?.labels).toEqual([]);
    const again = await syncDriftIssue(api, { ...input, body: `${DRIFT}\nchanged` }, deps);
    expect(again).toMatchObject({ action: "updated", issueNumber: opened.issueNumber });
    expect(github.issues()).toHaveLength(1);
  });
});
