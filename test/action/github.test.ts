// The GitHub client (Octokit with the retry and throttling plugins) over real HTTP against the
// loopback fake: pagination, retries, rate limits, errors that never carry the token. A
// ManualClock makes every wait instant and visible: the plugins' own timers wait 0 ms.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApiError, GitHubClient, nextLink } from "../../src/action/github.js";
import { createRepoApi } from "../../src/action/repo-api.js";
import { ManualClock } from "../../src/shared/clock.js";
import { collectingLogger } from "../../src/shared/logger.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";

let github: FakeGitHub;
let clock: ManualClock;

beforeEach(async () => {
  github = await startFakeGitHub();
  clock = new ManualClock();
});
afterEach(async () => {
  await github.close();
});

function client(token = github.token, logger = collectingLogger()) {
  return new GitHubClient({ apiUrl: github.url, token, clock, logger });
}

describe("pagination", () => {
  it("follows Link rel=next across every page", async () => {
    const pr = github.addPullRequest({ title: "Policy", headSha: "a".repeat(40) });
    for (let i = 0; i < 250; i += 1) {
      github.addComment(pr, `comment ${i}`, { login: "octocat", type: "User" });
    }
    const api = createRepoApi(client(), { owner: "acme", repo: "cursor-policies" });
    const comments = await api.listIssueComments(pr);
    expect(comments).toHaveLength(250);
    expect(comments.at(-1)?.body).toBe("comment 249");
    const gets = github.requests().filter((r) => r.path.endsWith("/comments"));
    expect(gets.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(gets[0]?.query.per_page).toBe("100");
  });

  it("parses GitHub's Link header", () => {
    expect(
      nextLink(
        '<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last"',
      ),
    ).toBe("https://api.github.com/x?page=3");
    expect(nextLink('<https://api.github.com/x?page=1>; rel="first"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });

  it("refuses to follow a next link to another host, so the token goes nowhere else", async () => {
    github.inject({
      status: 200,
      body: [],
      headers: { link: '<https://evil.example.com/steal?page=2>; rel="next"' },
    });
    await expect(client().paginate("/repos/acme/cursor-policies/issues")).rejects.toThrow(
      /refusing to follow a pagination link to https:\/\/evil\.example\.com/,
    );
  });
});

describe("retries", () => {
  it("retries 5xx with backoff and then succeeds", async () => {
    github.inject({ status: 502, times: 2 });
    const response = await client()
      .request<{ login: string }>({
        method: "GET",
        path: "/repos/acme/cursor-policies/labels/x",
      })
      .catch((error: unknown) => error);
    // The label does not exist: after two 502s the real answer (404) comes through.
    expect(response).toBeInstanceOf(GitHubApiError);
    expect((response as GitHubApiError).status).toBe(404);
    expect(github.requests().map((r) => r.status)).toEqual([502, 502, 404]);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it("gives up after the retry budget and says which call failed", async () => {
    github.inject({ status: 503, times: 10 });
    await expect(
      client().request({ method: "GET", path: "/repos/acme/cursor-policies/issues" }),
    ).rejects.toThrow("GET /repos/acme/cursor-policies/issues failed with HTTP 503");
    expect(github.requests()).toHaveLength(4);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it("never retries a POST: a 5xx may come after GitHub created it, so it is ambiguous", async () => {
    github.inject({ status: 502, times: 10 });
    const error = await client()
      .request({ method: "POST", path: "/repos/acme/cursor-policies/issues", body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).ambiguous).toBe(true);
    expect(github.requests()).toHaveLength(1);
  });

  it("retries a PATCH, which means the same thing twice", async () => {
    const pr = github.addPullRequest({ title: "Policy", headSha: "d".repeat(40) });
    const comment = github.addComment(pr, "old", { login: "octocat", type: "User" });
    github.inject({ status: 500 });
    const api = createRepoApi(client(), { owner: "acme", repo: "cursor-policies" });
    await api.updateIssueComment(comment.id, "new");
    expect(github.comments(pr)[0]?.body).toBe("new");
    expect(github.requests().map((r) => r.status)).toEqual([500, 200]);
  });

  it("waits as long as retry-after says on a secondary rate limit (403)", async () => {
    github.inject({
      status: 403,
      headers: { "retry-after": "7" },
      body: { message: "You have exceeded a secondary rate limit." },
    });
    const pr = github.addPullRequest({ title: "Policy", headSha: "b".repeat(40) });
    const api = createRepoApi(client(), { owner: "acme", repo: "cursor-policies" });
    const created = await api.createIssueComment(pr, "hello");
    expect(created.body).toBe("hello");
    expect(clock.sleeps).toEqual([7000]);
  });

  it("waits until x-ratelimit-reset when the primary limit is used up (429)", async () => {
    // Octokit's throttling plugin reads the reset against the real time.
    const reset = Math.floor(Date.now() / 1000) + 30;
    github.inject({
      status: 429,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
      body: { message: "API rate limit exceeded" },
    });
    const pr = github.addPullRequest({ title: "Policy", headSha: "c".repeat(40) });
    await createRepoApi(client(), { owner: "acme", repo: "cursor-policies" }).listIssueComments(pr);
    expect(clock.sleeps).toHaveLength(1);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(30_000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(32_000);
  });

  it("waits a minute on a secondary rate limit without hints", async () => {
    github.inject({
      status: 403,
      body: { message: "You have exceeded a secondary rate limit. Please wait a few minutes." },
    });
    await client().request({ method: "GET", path: "/repos/acme/cursor-policies/issues" });
    expect(clock.sleeps).toEqual([60_000]);
  });

  it("does not retry a permission error and explains the fix", async () => {
    github.inject({ status: 403, body: { message: "Resource not accessible by integration" } });
    const error = await client()
      .request({ method: "POST", path: "/repos/acme/cursor-policies/issues/1/comments", body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).hint).toMatch(/permissions: \{ pull-requests: write \}/);
    expect(github.requests()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });
});

describe("secrecy", () => {
  it("sends the token only in the Authorization header and never in errors", async () => {
    const token = "ghp_ThisIsAVerySecretPersonalToken1234567890";
    const error = await client(token)
      .request({ method: "GET", path: `/repos/acme/cursor-policies/issues` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    const text = `${String(error)} ${(error as GitHubApiError).hint ?? ""} ${JSON.stringify(error)}`;
    expect(text).toContain("HTTP 401");
    expect(text).not.toContain(token);
    const [sent] = github.requests();
    expect(sent?.headers.authorization).toBe(`token ${token}`);
    expect(JSON.stringify(sent?.query)).not.toContain(token);
  });

  it("says that a refused network connection is a network problem", async () => {
    const url = github.url;
    await github.close();
    const offline = new GitHubClient({
      apiUrl: url,
      token: "t0ken-value-that-is-secret",
      clock,
      logger: collectingLogger(),
    });
    await expect(offline.request({ method: "GET", path: "/user" })).rejects.toThrow(
      /GET \/user failed: .*ECONNREFUSED/,
    );
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    github = await startFakeGitHub();
  });
});

describe("identity", () => {
  it("asks GraphQL's viewer for an installation token (GET /user refused)", async () => {
    const api = createRepoApi(client(), { owner: "acme", repo: "cursor-policies" });
    expect(await api.identity()).toEqual({ login: "github-actions[bot]", source: "graphql" });
  });

  it("knows a personal token's login", async () => {
    await github.close();
    github = await startFakeGitHub({ author: { login: "policy-bot-user", type: "User" } });
    const api = createRepoApi(client(), { owner: "acme", repo: "cursor-policies" });
    expect(await api.identity()).toEqual({ login: "policy-bot-user", source: "rest" });
  });
});
