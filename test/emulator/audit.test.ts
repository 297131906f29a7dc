// GET /teams/audit-logs: every documented time format, the 30-day window, page sizes, the
// filters (users = who acted, eventTypes, search = the event's data), and out-of-band changes
// made "as" a named admin through the control surface, which attribution tests rely on.
import { describe, expect, it } from "vitest";
import { memberIdFor } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12); // Friday 20 Nov 2026, 12:00 UTC
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

interface AuditPage {
  events: Array<Record<string, unknown>>;
  pagination: Record<string, unknown>;
  params: { startTime: string; endTime: string };
}

describe("audit-log time formats", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const window = async (query: string) => {
    const result = await callApi(emulator(), "GET", `/teams/audit-logs?${query}`);
    expect(result.status, result.text).toBe(200);
    return (result.json as AuditPage).params;
  };

  it.each([
    ["now", NOW],
    ["NOW", NOW],
    ["today", Date.UTC(2026, 10, 20)],
    ["yesterday", Date.UTC(2026, 10, 19)],
    ["7d", NOW - 7 * DAY],
    ["5h", NOW - 5 * HOUR],
    ["300s", NOW - 300_000],
    ["2026-11-18T08:30:00Z", Date.UTC(2026, 10, 18, 8, 30)],
    ["2026-11-18T08:30:00.250Z", Date.UTC(2026, 10, 18, 8, 30, 0, 250)],
    ["2026-11-18T08:30:00+02:00", Date.UTC(2026, 10, 18, 6, 30)],
    ["2026-11-18T08:30:00", Date.UTC(2026, 10, 18, 8, 30)],
    ["2026-11-18", Date.UTC(2026, 10, 18)],
    [String(Date.UTC(2026, 10, 18) / 1000), Date.UTC(2026, 10, 18)],
    [String(Date.UTC(2026, 10, 18, 1)), Date.UTC(2026, 10, 18, 1)],
  ])("startTime=%s", async (value, expected) => {
    const params = await window(`startTime=${encodeURIComponent(value)}&endTime=now`);
    expect(params.startTime).toBe(iso(expected));
    expect(params.endTime).toBe(iso(NOW));
  });

  it("endTime takes the same formats; the default window is the 7 days before it", async () => {
    expect(await window("endTime=yesterday")).toEqual({
      startTime: iso(Date.UTC(2026, 10, 12)),
      endTime: iso(Date.UTC(2026, 10, 19)),
      page: 1,
      pageSize: 100,
    });
    expect((await window("")).startTime).toBe(iso(NOW - 7 * DAY));
  });

  it.each([
    ["startTime=soon", /startTime must be one of: now, today, yesterday/],
    ["startTime=3w", /startTime must be one of/],
    ["startTime=2026-13-01", /startTime must be one of/],
    ["endTime=2026-11-18T25:00:00Z", /endTime must be one of/],
    ["startTime=31d", /Date range cannot exceed 30 days/],
    [`startTime=${NOW - 30 * DAY - 1}&endTime=${NOW}`, /cannot exceed 30 days/],
    ["startTime=now&endTime=yesterday", /endTime must not be before startTime/],
    ["pageSize=0", /pageSize must be a whole number between 1 and 500/],
    ["pageSize=501", /pageSize must be a whole number between 1 and 500/],
  ])("answers 400 for ?%s", async (query, message) => {
    const result = await callApi(emulator(), "GET", `/teams/audit-logs?${query}`);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: "Bad Request", message });
  });

  it("takes a window of exactly 30 days and pageSize 1 and 500", async () => {
    expect((await window("startTime=30d&endTime=now")).startTime).toBe(iso(NOW - 30 * DAY));
    expect(await window("pageSize=1")).toMatchObject({ pageSize: 1 });
    expect(await window("pageSize=500")).toMatchObject({ pageSize: 500 });
  });

  it("answers 403 on a team whose plan has no audit log", async () => {
    emulator().setState({ ...emulator().getState(), features: { auditLog: false } });
    const result = await callApi(emulator(), "GET", "/teams/audit-logs");
    expect(result.status).toBe(403);
    expect(result.json).toMatchObject({ error: "Forbidden" });
  });
});

describe("audit-log events and filters", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });

  /** Changes by three parties at known times, and one too old for the 30-day window. */
  function makeHistory(): void {
    const emu = emulator();
    emu.act({
      actor: "ana@acme.example",
      at: NOW - 40 * DAY,
      request: {
        method: "POST",
        path: "/teams/user-spend-limit",
        body: { userEmail: "ken.thompson@acme.example", spendLimitDollars: 10 },
      },
    });
    emu.act({
      actor: "ana@acme.example",
      applicationType: "dashboard",
      ipAddress: "203.0.113.7",
      at: iso(NOW - 2 * DAY),
      request: {
        method: "POST",
        path: "/teams/user-spend-limit",
        body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 999 },
      },
    });
    emu.act({
      actor: "okta-scim@acme.example",
      applicationType: "scim",
      at: NOW - DAY,
      request: {
        method: "POST",
        path: "/teams/directory-groups/team_group_oktaeng03/members/bulk-remove",
        body: { userIds: [memberIdFor("alan.turing@acme.example")] },
      },
    });
  }

  const audit = async (query: string) => {
    const result = await callApi(emulator(), "GET", `/teams/audit-logs?${query}`);
    expect(result.status, result.text).toBe(200);
    return result.json as AuditPage;
  };

  it("records out-of-band changes under the named actor, time, address and application", async () => {
    makeHistory();
    await callApi(emulator(), "PATCH", "/teams/directory-groups/team_group_datasci01", {
      body: { monthlySpendingLimitDollars: 450 },
    });
    const page = await audit("startTime=30d");
    expect(page.events).toEqual([
      {
        event_id: expect.stringMatching(/^audit_/),
        timestamp: iso(NOW),
        ip_address: expect.any(String),
        user_email: "api-key:demo admin key",
        event_type: "team_directory_group",
        application_type: "api",
        event_data: {
          action: "update",
          group_id: "team_group_datasci01",
          group_name: "data-science",
          previous_limit_dollars: 400,
          new_limit_dollars: 450,
        },
      },
      {
        event_id: expect.stringMatching(/^audit_/),
        timestamp: iso(NOW - DAY),
        ip_address: null,
        user_email: "okta-scim@acme.example",
        event_type: "team_directory_group",
        application_type: "scim",
        event_data: expect.objectContaining({
          action: "remove_members",
          group_name: "Engineering (Okta)",
          user_emails: ["alan.turing@acme.example"],
        }),
      },
      {
        event_id: expect.stringMatching(/^audit_/),
        timestamp: iso(NOW - 2 * DAY),
        ip_address: "203.0.113.7",
        user_email: "ana@acme.example",
        event_type: "user_spend_limit",
        application_type: "dashboard",
        event_data: {
          target_email: "alan.turing@acme.example",
          target_user_id: memberIdFor("alan.turing@acme.example"),
          previous_limit_dollars: 100,
          new_limit_dollars: 999,
        },
      },
    ]);
    expect(page.pagination).toEqual({
      page: 1,
      pageSize: 100,
      totalCount: 3,
      totalPages: 1,
      hasNextPage: false,
      hasPreviousPage: false,
    });
  });

  it("filters by who acted, by event type, and by text in the event's data", async () => {
    makeHistory();
    const actors = async (query: string) =>
      (await audit(query)).events.map((e) => `${e.user_email}:${e.event_type}`);
    expect(await actors("startTime=30d&users=ANA@acme.example")).toEqual([
      "ana@acme.example:user_spend_limit",
    ]);
    // Her older change is outside the last 30 days, but shows in a window that covers it.
    expect(
      await actors(`startTime=${NOW - 41 * DAY}&endTime=${NOW - 39 * DAY}&users=ana@acme.example`),
    ).toHaveLength(1);
    expect(
      await actors("startTime=30d&users=ana@acme.example,okta-scim@acme.example"),
    ).toHaveLength(2);
    expect(await actors("startTime=30d&eventTypes=team_directory_group")).toEqual([
      "okta-scim@acme.example:team_directory_group",
    ]);
    // `search` matches the data (the member concerned), never the actor.
    expect(await actors("startTime=30d&search=Alan.Turing")).toEqual([
      "okta-scim@acme.example:team_directory_group",
      "ana@acme.example:user_spend_limit",
    ]);
    expect(await actors("startTime=30d&search=ana@acme.example")).toEqual([]);
  });

  it("pages newest first", async () => {
    makeHistory();
    const first = await audit("startTime=30d&pageSize=1");
    const second = await audit("startTime=30d&pageSize=1&page=2");
    expect(first.events[0]?.user_email).toBe("okta-scim@acme.example");
    expect(second.events[0]?.user_email).toBe("ana@acme.example");
    expect(second.pagination).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      totalPages: 2,
    });
  });
});

describe("out-of-band changes (act)", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const act = (body: unknown) =>
    callApi(emulator(), "POST", "/__emulator/act", { key: null, body });

  it("makes an API write as someone else over the control surface, answering what the API would", async () => {
    const result = await act({
      actor: "ana@acme.example",
      at: "2026-11-19T14:02:00Z",
      request: {
        method: "PATCH",
        path: "/teams/directory-groups/team_group_datasci01",
        body: { monthlySpendingLimitDollars: 999 },
      },
    });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      status: 200,
      body: { group: expect.objectContaining({ monthlySpendingLimitDollars: 999 }) },
    });
    expect(emulator().getState().auditLog).toEqual([
      expect.objectContaining({
        user_email: "ana@acme.example",
        application_type: "dashboard",
        timestamp: Date.UTC(2026, 10, 19, 14, 2),
      }),
    ]);
    // Not an API request: the request log does not show it.
    expect(emulator().requests()).toEqual([]);
  });

  it("changes the team limit (which the API cannot), recorded as team_settings", async () => {
    const result = await act({ actor: "ana@acme.example", teamLimitDollars: 600 });
    expect(result.json).toEqual({ status: 200, body: { teamLimitDollars: 600 } });
    expect(emulator().getState().team.perUserLimitDollars).toBe(600);
    expect(emulator().getState().auditLog[0]).toMatchObject({
      event_type: "team_settings",
      event_data: {
        setting: "per_user_spend_limit",
        previous_limit_dollars: null,
        new_limit_dollars: 600,
      },
    });
    const spend = await callApi(emulator(), "POST", "/teams/spend", {
      body: { searchTerm: "alan" },
    });
    expect(spend.json).toMatchObject({ teamMemberSpend: [{ effectivePerUserLimitDollars: 600 }] });
  });

  it("answers the API's refusal as the result, and 400 for a malformed change", async () => {
    const refused = await act({
      actor: "ana@acme.example",
      request: { method: "POST", path: "/teams/directory-groups", body: { name: "platform" } },
    });
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({ status: 409 });
    const unknownRoute = await act({
      actor: "ana@acme.example",
      request: { method: "POST", path: "/teams/nothing" },
    });
    expect(unknownRoute.json).toMatchObject({ status: 404 });

    const bad = await act({ at: "yesterday", request: { method: "GET", path: "teams" }, x: 1 });
    expect(bad.status).toBe(400);
    const message = (bad.json as { message: string }).message;
    expect(message).toContain("x: unknown field");
    expect(message).toContain("actor: expected a non-empty string, got nothing");
    expect(message).toContain("at: expected epoch milliseconds or an ISO date-time");
    expect(message).toContain('request.method: expected "POST", "PATCH" or "DELETE", got "GET"');
    expect(message).toContain("request.path: expected an API path");
    const both = await act({
      actor: "a@b.c",
      teamLimitDollars: 5,
      request: { method: "POST", path: "/x" },
    });
    expect((both.json as { message: string }).message).toContain(
      "exactly one of request and teamLimitDollars",
    );
    expect(emulator().getState().auditLog).toEqual([]);
  });

  it("refuses SCIM-synced groups only for the api application type", () => {
    const path = "/teams/directory-groups/team_group_oktaeng03";
    const asApi = emulator().act({
      actor: "someone@acme.example",
      applicationType: "api",
      request: { method: "DELETE", path },
    });
    expect(asApi.status).toBe(403);
    const asDashboard = emulator().act({
      actor: "it@acme.example",
      request: { method: "DELETE", path },
    });
    expect(asDashboard.status).toBe(204);
  });
});
