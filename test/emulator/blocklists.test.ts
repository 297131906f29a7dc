import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

interface Repo {
  id: string;
  url: string;
  patterns: string[];
}

function reposOf(json: unknown): Repo[] {
  const repos = (json as { repos?: Repo[] }).repos;
  if (!Array.isArray(repos)) throw new Error(`no repos in ${JSON.stringify(json)}`);
  return repos;
}

const UPSERT = "/settings/repo-blocklists/repos/upsert";

describe("repo blocklists", () => {
  const emulator = useEmulator({ clock: new ManualClock(), rateLimits: "off" });

  it("lists the demo team's blocklists", async () => {
    const result = await callApi(emulator(), "GET", "/settings/repo-blocklists/repos");
    expect(result.status).toBe(200);
    expect(reposOf(result.json)).toEqual([
      {
        id: "repo_payments01",
        url: "https://github.com/acme/payments",
        patterns: ["*.env", "config/prod/*"],
      },
      {
        id: "repo_infra00002",
        url: "https://github.com/acme/infra",
        patterns: ["*.env", "**/*.pem", "terraform/*.tfvars"],
      },
      { id: "repo_marketing3", url: "https://github.com/acme/marketing-site", patterns: ["*.env"] },
      {
        id: "repo_dataplat04",
        url: "https://github.com/acme/data-platform",
        patterns: ["*.env", "secrets/**"],
      },
    ]);
  });

  it("replaces an existing repo's patterns and keeps its id; others untouched", async () => {
    const result = await callApi(emulator(), "POST", UPSERT, {
      body: { repos: [{ url: "https://github.com/acme/payments", patterns: ["*"] }] },
    });
    expect(result.status).toBe(200);
    expect(reposOf(result.json)).toEqual([
      { id: "repo_payments01", url: "https://github.com/acme/payments", patterns: ["*"] },
    ]);
    const listed = reposOf(
      (await callApi(emulator(), "GET", "/settings/repo-blocklists/repos")).json,
    );
    expect(listed).toHaveLength(4);
    expect(listed.find((r) => r.id === "repo_infra00002")?.patterns).toEqual([
      "*.env",
      "**/*.pem",
      "terraform/*.tfvars",
    ]);
  });

  it("creates new repos with stable ids that survive a later upsert of the same URL", async () => {
    const url = "git@github.com:acme/legacy-monolith.git";
    const first = reposOf(
      (
        await callApi(emulator(), "POST", UPSERT, {
          body: { repos: [{ url, patterns: ["*.env"] }] },
        })
      ).json,
    );
    expect(first[0]?.id).toMatch(/^repo_/);
    const second = reposOf(
      (
        await callApi(emulator(), "POST", UPSERT, {
          body: { repos: [{ url, patterns: ["*.env", "db/dumps/**"] }] },
        })
      ).json,
    );
    expect(second).toEqual([{ id: first[0]?.id, url, patterns: ["*.env", "db/dumps/**"] }]);
  });

  it("matches URLs by exact string: another spelling of a repo is another entry", async () => {
    const result = await callApi(emulator(), "POST", UPSERT, {
      body: { repos: [{ url: "https://github.com/acme/payments.git", patterns: ["x"] }] },
    });
    expect(reposOf(result.json)[0]?.id).not.toBe("repo_payments01");
    expect(emulator().getState().blocklists).toHaveLength(5);
  });

  it("takes many repos in one call, returning one entry per distinct URL (last patterns win)", async () => {
    const repos = Array.from({ length: 120 }, (_, i) => ({
      url: `https://github.com/acme/service-${i}`,
      patterns: ["*.env", `svc-${i}/**`],
    }));
    repos.push({ url: "https://github.com/acme/service-0", patterns: ["last"] });
    const result = await callApi(emulator(), "POST", UPSERT, { body: { repos } });
    const returned = reposOf(result.json);
    expect(returned).toHaveLength(120);
    expect(returned[0]).toMatchObject({
      url: "https://github.com/acme/service-0",
      patterns: ["last"],
    });
    expect(new Set(returned.map((r) => r.id)).size).toBe(120);
    expect(emulator().getState().blocklists).toHaveLength(124);
    expect(emulator().requests()).toHaveLength(1);
  });

  it("stores an empty pattern list as given", async () => {
    const result = await callApi(emulator(), "POST", UPSERT, {
      body: { repos: [{ url: "https://github.com/acme/infra", patterns: [] }] },
    });
    expect(reposOf(result.json)).toEqual([
      { id: "repo_infra00002", url: "https://github.com/acme/infra", patterns: [] },
    ]);
  });

  it("can return every repo instead of only the upserted ones", async () => {
    emulator().configure({ upsertResponse: "all" });
    const result = await callApi(emulator(), "POST", UPSERT, {
      body: { repos: [{ url: "https://github.com/acme/new", patterns: ["*"] }] },
    });
    expect(reposOf(result.json)).toHaveLength(5);
  });

  it.each([
    [{}, /repos is required/],
    [{ repos: "x" }, /repos is required/],
    [{ repos: [5] }, /repos\[0\] must be an object/],
    [{ repos: [{ patterns: ["*"] }] }, /repos\[0\]\.url must be a non-empty string/],
    [{ repos: [{ url: "  ", patterns: ["*"] }] }, /repos\[0\]\.url must be a non-empty string/],
    [{ repos: [{ url: "https://github.com/a/b" }] }, /repos\[0\]\.patterns must be an array/],
    [
      { repos: [{ url: "https://github.com/a/b", patterns: ["*", 3] }] },
      /repos\[0\]\.patterns\[1\] must be a non-empty string/,
    ],
    [
      {
        repos: [
          { url: "https://github.com/a/b", patterns: ["*"] },
          { url: 1, patterns: [] },
        ],
      },
      /repos\[1\]\.url/,
    ],
  ])("answers 400 for %j and changes nothing", async (body, message) => {
    const result = await callApi(emulator(), "POST", UPSERT, { body });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      error: "Bad Request",
      message: expect.stringMatching(message),
    });
    expect(emulator().getState().blocklists).toHaveLength(4);
    expect(emulator().getState().auditLog).toEqual([]);
  });

  it("deletes by id with 204 and an empty body; an unknown id is 404", async () => {
    const deleted = await callApi(
      emulator(),
      "DELETE",
      "/settings/repo-blocklists/repos/repo_marketing3",
    );
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect(
      emulator()
        .getState()
        .blocklists.map((b) => b.id),
    ).not.toContain("repo_marketing3");
    const again = await callApi(
      emulator(),
      "DELETE",
      "/settings/repo-blocklists/repos/repo_marketing3",
    );
    expect(again.status).toBe(404);
    expect(again.json).toMatchObject({
      error: "Not Found",
      message: expect.stringContaining("repo_marketing3"),
    });
  });

  it("records creates, updates and deletes as team_repo audit events", async () => {
    await callApi(emulator(), "POST", UPSERT, {
      body: {
        repos: [
          { url: "https://github.com/acme/payments", patterns: ["*.env"] },
          { url: "https://github.com/acme/brand-new", patterns: ["*"] },
        ],
      },
    });
    await callApi(emulator(), "DELETE", "/settings/repo-blocklists/repos/repo_dataplat04");
    const events = emulator().getState().auditLog;
    expect(events.map((e) => [e.event_type, e.event_data.action, e.event_data.repo_url])).toEqual([
      ["team_repo", "update", "https://github.com/acme/payments"],
      ["team_repo", "create", "https://github.com/acme/brand-new"],
      ["team_repo", "delete", "https://github.com/acme/data-platform"],
    ]);
    expect(events[0]?.event_data).toMatchObject({
      patterns: ["*.env"],
      previous_patterns: ["*.env", "config/prod/*"],
    });
  });
});
