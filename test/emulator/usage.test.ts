import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12);
const TODAY = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;

describe("POST /teams/daily-usage-data", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const daily = (body: unknown) => callApi(emulator(), "POST", "/teams/daily-usage-data", { body });

  it("returns the rows in the range with the period", async () => {
    const startDate = TODAY - 3 * DAY;
    const result = await daily({ startDate, endDate: NOW });
    expect(result.status).toBe(200);
    const json = result.json as { data: Array<Record<string, unknown>>; period: unknown };
    expect(json.period).toEqual({ startDate, endDate: NOW });
    // 33 active members, one row per day, for the 3 whole days before today.
    expect(json.data).toHaveLength(99);
    expect(json.data.every((row) => Number(row.date) >= startDate && Number(row.date) <= NOW)).toBe(
      true,
    );
    expect(json.data[0]).toMatchObject({
      date: expect.any(Number),
      email: expect.stringContaining("@"),
      isActive: expect.any(Boolean),
      totalLinesAdded: expect.any(Number),
      mostUsedModel: expect.any(String),
    });
  });

  it("allows 30 days in the current shape and refuses more", async () => {
    expect((await daily({ startDate: NOW - 30 * DAY, endDate: NOW })).status).toBe(200);
    const tooLong = await daily({ startDate: NOW - 30 * DAY - 1, endDate: NOW });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json).toMatchObject({
      error: "Bad Request",
      message: expect.stringContaining("30 days"),
    });
  });

  it("allows 90 days in the legacy shape and refuses more", async () => {
    emulator().configure({ shape: "legacy" });
    expect((await daily({ startDate: NOW - 90 * DAY, endDate: NOW })).status).toBe(200);
    const tooLong = await daily({ startDate: NOW - 91 * DAY, endDate: NOW });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json).toMatchObject({ message: expect.stringContaining("90 days") });
  });

  it.each([
    [{ endDate: NOW }, /startDate is required/],
    [{ startDate: NOW }, /endDate is required/],
    [{ startDate: "yesterday", endDate: NOW }, /startDate must be epoch milliseconds/],
    [{ startDate: NOW, endDate: NOW - DAY }, /endDate must not be before startDate/],
  ])("answers 400 for %j", async (body, message) => {
    const result = await daily(body);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ message: expect.stringMatching(message) });
  });

  it("pages with page/pageSize in the current shape only", async () => {
    const body = { startDate: TODAY - 3 * DAY, endDate: NOW, page: 2, pageSize: 40 };
    const paged = (await daily(body)).json as { data: unknown[]; pagination: unknown };
    expect(paged.data).toHaveLength(40);
    expect(paged.pagination).toEqual({
      numPages: 3,
      currentPage: 2,
      pageSize: 40,
      hasNextPage: true,
      hasPreviousPage: true,
    });
    emulator().configure({ shape: "legacy" });
    const legacy = (await daily(body)).json as { data: unknown[] };
    expect(legacy.data).toHaveLength(99);
    expect(legacy).not.toHaveProperty("pagination");
  });
});

interface EventsPage {
  totalUsageEventsCount: number;
  pagination: {
    numPages: number;
    currentPage: number;
    pageSize: number;
    hasNextPage: boolean;
    hasPreviousPage: boolean;
  };
  usageEvents: Array<Record<string, unknown>>;
  period: { startDate: number; endDate: number };
}

describe("POST /teams/filtered-usage-events", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const events = async (body: unknown) => {
    const result = await callApi(emulator(), "POST", "/teams/filtered-usage-events", { body });
    return { status: result.status, page: result.json as EventsPage, json: result.json };
  };

  it("defaults to pages of 100 in the current shape, with string timestamps, newest first", async () => {
    const { status, page } = await events({});
    expect(status).toBe(200);
    const total = emulator().getState().usage.events.length;
    expect(page.totalUsageEventsCount).toBe(total);
    expect(page.usageEvents).toHaveLength(Math.min(100, total));
    expect(page.pagination).toEqual({
      numPages: Math.ceil(total / 100),
      currentPage: 1,
      pageSize: 100,
      hasNextPage: total > 100,
      hasPreviousPage: false,
    });
    const stamps = page.usageEvents.map((e) => e.timestamp);
    expect(stamps.every((t) => typeof t === "string" && /^\d+$/.test(t))).toBe(true);
    const numbers = stamps.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(page.period).toEqual({ startDate: NOW - 30 * DAY, endDate: NOW });
  });

  it("defaults to pages of 10 in the legacy shape", async () => {
    emulator().configure({ shape: "legacy" });
    const { page } = await events({});
    expect(page.usageEvents).toHaveLength(10);
    expect(page.pagination.pageSize).toBe(10);
  });

  it("walks every page without gaps or repeats", async () => {
    const seen: string[] = [];
    for (let p = 1; ; p++) {
      const { page } = await events({ page: p, pageSize: 37 });
      seen.push(...page.usageEvents.map((e) => `${e.timestamp}|${e.userEmail}`));
      if (!page.pagination.hasNextPage) break;
    }
    expect(seen).toHaveLength(emulator().getState().usage.events.length);
  });

  it("filters by email and by user id (and both together)", async () => {
    const state = emulator().getState();
    const alan = state.members.find((m) => m.email === "alan.turing@acme.example");
    const expected = state.usage.events.filter((e) => e.userEmail === alan?.email).length;
    const byEmail = await events({ email: "ALAN.TURING@acme.example", pageSize: 1000 });
    expect(byEmail.page.totalUsageEventsCount).toBe(expected);
    expect(byEmail.page.usageEvents.every((e) => e.userEmail === "alan.turing@acme.example")).toBe(
      true,
    );
    const byId = await events({ userId: alan?.id, pageSize: 1000 });
    expect(byId.page.totalUsageEventsCount).toBe(expected);
    const both = await events({ userId: alan?.id, email: "grace.hopper@acme.example" });
    expect(both.page.totalUsageEventsCount).toBe(0);
    const unknown = await events({ userId: "user_nobody" });
    expect(unknown.page.totalUsageEventsCount).toBe(0);
  });

  it("filters by date range", async () => {
    const startDate = NOW - 2 * DAY;
    const { page } = await events({ startDate, endDate: NOW, pageSize: 1000 });
    const expected = emulator()
      .getState()
      .usage.events.filter((e) => e.timestamp >= startDate && e.timestamp <= NOW).length;
    expect(page.totalUsageEventsCount).toBe(expected);
    expect(page.usageEvents.every((e) => Number(e.timestamp) >= startDate)).toBe(true);
  });

  it.each([
    [{ pageSize: 1001 }, /pageSize must be a whole number between 1 and 1000/],
    [{ pageSize: 0 }, /pageSize/],
    [{ page: -1 }, /page must be a whole number/],
    [{ startDate: "2026-01-01" }, /startDate must be epoch milliseconds/],
    [{ email: 3 }, /email must be a string/],
    [{ userId: true }, /userId must be a string or a number/],
  ])("answers 400 for %j", async (body, message) => {
    const { status, json } = await events(body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ message: expect.stringMatching(message) });
  });
});

interface AuditPage {
  events: Array<Record<string, unknown>>;
  pagination: { page: number; pageSize: number; totalCount: number; totalPages: number };
}

describe("GET /teams/audit-logs", () => {
  const clock = new ManualClock(NOW);
  const emulator = useEmulator({ clock, rateLimits: "off" });

  /** Three writes a minute apart; returns the time of the first (the clock runs on across tests). */
  async function makeWrites(): Promise<number> {
    const start = clock.now();
    await callApi(emulator(), "POST", "/teams/user-spend-limit", {
      body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 120 },
    });
    clock.advance(60_000);
    await callApi(emulator(), "POST", "/settings/repo-blocklists/repos/upsert", {
      body: { repos: [{ url: "https://github.com/acme/new", patterns: ["*"] }] },
    });
    clock.advance(60_000);
    await callApi(emulator(), "DELETE", "/settings/repo-blocklists/repos/repo_marketing3");
    return start;
  }

  const audit = async (query = "") => {
    const result = await callApi(emulator(), "GET", `/teams/audit-logs${query}`);
    return { status: result.status, page: result.json as AuditPage, json: result.json };
  };

  it("lists every accepted write, snake_case, newest first", async () => {
    const start = await makeWrites();
    const { status, page } = await audit();
    expect(status).toBe(200);
    expect(page.events.map((e) => e.event_type)).toEqual([
      "team_repo",
      "team_repo",
      "user_spend_limit",
    ]);
    expect(page.events[2]).toEqual({
      event_id: expect.stringMatching(/^audit_/),
      timestamp: new Date(start).toISOString(),
      ip_address: expect.any(String),
      user_email: "api-key:demo admin key",
      event_type: "user_spend_limit",
      application_type: "api",
      event_data: expect.objectContaining({
        target_email: "alan.turing@acme.example",
        previous_limit_dollars: 100,
        new_limit_dollars: 120,
      }),
    });
    expect(page.pagination).toMatchObject({ page: 1, totalCount: 3, totalPages: 1 });
  });

  it("filters by event type, user, search text and time, and pages", async () => {
    const start = await makeWrites();
    expect((await audit("?eventTypes=user_spend_limit")).page.events).toHaveLength(1);
    expect((await audit("?eventTypes=team_repo,user_spend_limit")).page.events).toHaveLength(3);
    // `users` is who acted; the member a change was about is found with `search`.
    expect((await audit("?users=Alan.Turing@acme.example")).page.events).toHaveLength(0);
    expect((await audit("?users=API-KEY:demo admin key")).page.events).toHaveLength(3);
    expect((await audit("?search=alan.turing@acme.example")).page.events).toHaveLength(1);
    expect((await audit("?search=marketing-site")).page.events).toHaveLength(1);
    expect((await audit(`?startTime=${start + 30_000}`)).page.events).toHaveLength(2);
    const isoEnd = new Date(start + 30_000).toISOString();
    expect((await audit(`?endTime=${isoEnd}`)).page.events).toHaveLength(1);
    const paged = await audit("?pageSize=2&page=2");
    expect(paged.page.events).toHaveLength(1);
    expect(paged.page.pagination).toMatchObject({ page: 2, pageSize: 2, totalPages: 2 });
  });

  it.each([
    [`?startTime=${NOW - 31 * DAY}&endTime=${NOW}`, /cannot exceed 30 days/],
    ["?pageSize=501", /pageSize must be a whole number between 1 and 500/],
    ["?page=0", /page must be/],
    ["?startTime=soon", /startTime must be one of: now, today, yesterday, .* got "soon"/],
    ["?startTime=7w", /startTime must be one of/],
    ["?startTime=2026-02-31", /startTime must be one of/],
    [`?startTime=${NOW}&endTime=${NOW - 1}`, /endTime must not be before startTime/],
  ])("answers 400 for %s", async (query, message) => {
    const { status, json } = await audit(query);
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: "Bad Request", message: expect.stringMatching(message) });
  });
});
