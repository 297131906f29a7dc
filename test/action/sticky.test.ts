// The sticky pull request comment and the drift tracking issue, against the loopback fake GitHub.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncDriftIssue } from "../../src/action/drift-issue.js";
import { GitHubClient } from "../../src/action/github.js";
import { hasMarker, marker, normalizePolicyDir } from "../../src/action/markers.js";
import { createRepoApi, type RepoApi } from "../../src/action/repo-api.js";
import { upsertStickyComment } from "../../src/action/sticky.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { ACTIONS_BOT, type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";

let github: FakeGitHub;
let api: RepoApi;

async function start(options: Parameters<typeof startFakeGitHub>[0] = {}) {
  github = await startFakeGitHub(options);
  api = createRepoApi(
    new GitHubClient({
      apiUrl: github.url,
      token: github.token,
      clock: new ManualClock(),
      logger: silentLogger,
    }),
    { owner: "acme", repo: "cursor-policies" },
  );
}

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

  it("does not match another directory's marker", () => {
    expect(hasMarker(marker("plan", "policies/eu"), marker("plan", "policies"))).toBe(false);
    expect(hasMarker(`x\n${marker("plan", "policies")}\ny`, marker("plan", "policies"))).toBe(true);
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
    }) as const;
  const clean = { drift: false, marker: DRIFT, label, closingComment: "matches again" } as const;

  it("opens, updates, leaves alone, closes, reopens", async () => {
    expect((await syncDriftIssue(api, clean)).action).toBe("none");

    const opened = await syncDriftIssue(api, drift("one change"));
    expect(opened.action).toBe("opened");
    expect(github.labels()).toContain("cursor-policy-drift");
    expect(github.issues()).toHaveLength(1);

    expect((await syncDriftIssue(api, drift("two changes"))).action).toBe("updated");
    github.clearRequests();
    expect((await syncDriftIssue(api, drift("two changes"))).action).toBe("unchanged");
    expect(github.writes()).toEqual([]);

    const closed = await syncDriftIssue(api, clean);
    expect(closed).toMatchObject({ action: "closed", issueNumber: opened.issueNumber });
    const [issue] = github.issues();
    expect(issue?.state).toBe("closed");
    expect(github.comments(issue?.number ?? 0).map((c) => c.body)).toEqual(["matches again"]);
    expect((await syncDriftIssue(api, clean)).action).toBe("none");

    const reopened = await syncDriftIssue(api, drift("back again"));
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
    const result = await syncDriftIssue(api, drift("real"));
    expect(result.action).toBe("opened");
    expect(github.issues()).toHaveLength(2);
  });
});
