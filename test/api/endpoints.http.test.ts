// Every endpoint through the client, over real HTTP against the emulator, in each response shape.
import { Agent, type Dispatcher } from "undici";
import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../../src/api/errors.js";
import type { EmulatorOptions, EmulatorState } from "../../src/emulator/index.js";
import { normalizeRole } from "../../src/shared/normalize.js";
import { DEMO_ADMIN_KEY } from "../helpers/emulator.js";
import { rejectionOf, startApi } from "./support.js";

const DAY_MS = 86_400_000;

const SHAPES: ReadonlyArray<{ name: string; emulator: Omit<EmulatorOptions, "clock"> }> = [
  { name: "current", emulator: { shape: "current" } },
  { name: "legacy", emulator: { shape: "legacy" } },
  {
    name: "legacy, hardLimitOverrideUSDR",
    emulator: { shape: "legacy", legacyLimitField: "hardLimitOverrideUSDR" },
  },
];

function activeMembers(state: EmulatorState) {
  return state.members.filter((m) => !m.isRemoved);
}

describe.each(SHAPES)("every endpoint, $name shape", ({ emulator: emulatorOptions }) => {
  const legacy = emulatorOptions.shape === "legacy";

  it("lists members (removed ones flagged in the current shape, omitted in the legacy one)", async () => {
    const { emulator, client } = await startApi({ emulator: emulatorOptions });
    const state = emulator.getState();
    const members = await client.reader.listMembers();
    const expected = legacy ? activeMembers(state) : state.members;
    expect(members.map((m) => [m.email, m.role, m.isRemoved])).toEqual(
      expected.map((m) => [m.email, normalizeRole(m.role), m.isRemoved === true]),
    );
    expect(members.some((m) => m.isRemoved)).toBe(!legacy);
    expect(members.every((m) => (legacy ? m.id === undefined : m.id?.startsWith("user_")))).toBe(
      true,
    );
  });

  it("reads one spend page, and the whole report in as few pages as the server allows", async () => {
    const { emulator, client } = await startApi({ emulator: emulatorOptions });
    const active = activeMembers(emulator.getState());

    const page = await client.reader.listSpend({ page: 2, pageSize: 10, sortBy: "user" });
    expect(page.rows).toHaveLength(10);
    expect(page.totalPages).toBe(Math.ceil(active.length / 10));
    expect(page.totalMembers).toBe(active.length);

    emulator.clearRequests();
    const report = await client.reader.listAllSpend();
    expect(report.pages).toBe(1);
    expect(emulator.requests()).toHaveLength(1);
    expect(emulator.requests()[0]?.body).toMatchObject({ page: 1, sortBy: "user" });
    expect(report.rows).toHaveLength(active.length);
    const ada = report.rows.find((r) => r.email === "ada.lovelace@acme.example");
    const alan = report.rows.find((r) => r.email === "alan.turing@acme.example");
    expect(alan?.spendCents).toBe(4525.125487);
    if (legacy) {
      // The seeds' only limit field, where 0 means "no override", under either spelling.
      expect([ada?.monthlyLimitDollars, ada?.hardLimitOverrideDollars]).toEqual([undefined, 0]);
      expect([alan?.monthlyLimitDollars, alan?.hardLimitOverrideDollars]).toEqual([undefined, 100]);
    } else {
      expect(ada?.monthlyLimitDollars).toBeNull();
      expect(alan?.monthlyLimitDollars).toBe(100);
      expect(alan?.effectivePerUserLimitDollars).toBe(100);
    }
  });

  it("lists, upserts and deletes repo blocklists", async () => {
    const { emulator, client } = await startApi({ emulator: emulatorOptions });
    const before = await client.reader.listBlocklists();
    expect(before).toEqual(emulator.getState().blocklists);

    const upserted = await client.writer.upsertBlocklists([
      { url: "https://github.com/acme/payments", patterns: ["*.env", "**/*.pem"] },
      { url: "https://github.com/acme/new-repo", patterns: ["*"] },
    ]);
    expect(upserted.map((r) => [r.url, r.patterns])).toEqual([
      ["https://github.com/acme/payments", ["*.env", "**/*.pem"]],
      ["https://github.com/acme/new-repo", ["*"]],
    ]);
    const created = upserted[1];
    if (created === undefined) throw new Error("the upsert returned no new repo");
    expect(emulator.getState().blocklists).toHaveLength(before.length + 1);

    expect(await client.writer.deleteBlocklist(created.id)).toBe("deleted");
    expect(emulator.getState().blocklists.map((b) => b.id)).not.toContain(created.id);

    // A 404 on the first attempt is not "already gone": the plan that named this id is stale.
    const stale = await rejectionOf(client.writer.deleteBlocklist(created.id));
    expect(stale).toBeInstanceOf(NotFoundError);
    expect(stale.message).toContain(`DELETE /settings/repo-blocklists/repos/${created.id}`);
    expect(stale.message).toContain("run plan again");
  });

  it("sets spend limits: whole dollars, $0, and (current shape only) null to remove", async () => {
    const { emulator, client } = await startApi({ emulator: emulatorOptions });
    const limitOf = (email: string) =>
      emulator.getState().members.find((m) => m.email === email)?.monthlyLimitDollars;

    const result = await client.writer.setUserSpendLimit("Alan.Turing@acme.example", 250);
    expect(result.message).toContain("$250");
    expect(limitOf("alan.turing@acme.example")).toBe(250);
    await client.writer.setUserSpendLimit("alan.turing@acme.example", 0);
    expect(limitOf("alan.turing@acme.example")).toBe(0);

    if (legacy) {
      // The seeds' version of the endpoint had no null: the API's refusal comes back classified.
      const error = await rejectionOf(
        client.writer.setUserSpendLimit("alan.turing@acme.example", null),
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toContain("spendLimitDollars");
      expect(limitOf("alan.turing@acme.example")).toBe(0);
    } else {
      await client.writer.setUserSpendLimit("alan.turing@acme.example", null);
      expect(limitOf("alan.turing@acme.example")).toBeNull();
    }
  });

  it("reads daily usage, splitting a range longer than 30 days", async () => {
    const { emulator, client, clock } = await startApi({ emulator: emulatorOptions });
    const state = emulator.getState();
    const range = { startDate: clock.now() - 45 * DAY_MS, endDate: clock.now() };
    const rows = await client.reader.dailyUsage(range);
    const calls = emulator.requests().filter((r) => r.endpoint === "dailyUsage");
    expect(calls).toHaveLength(2);
    expect(calls.every((c) => c.status === 200)).toBe(true);
    expect(rows).toHaveLength(state.usage.daily.length);
    expect(rows.length).toBeGreaterThan(0);
    const first = state.usage.daily.find(
      (r) => r.email === rows[0]?.email && r.date === rows[0]?.date,
    );
    expect(rows[0]?.counters.totalLinesAdded).toBe(first?.totalLinesAdded);
  });

  it("reads every page of usage events, string timestamps as numbers", async () => {
    const { emulator, client, clock } = await startApi({ emulator: emulatorOptions });
    const expected = emulator.getState().usage.events;
    const events = await client.reader.usageEvents({
      startDate: clock.now() - 10 * DAY_MS,
      endDate: clock.now(),
      pageSize: 25,
    });
    expect(events).toHaveLength(expected.length);
    expect(events.map((e) => e.timestamp)).toEqual(expected.map((e) => e.timestamp));
    expect(emulator.requests().filter((r) => r.endpoint === "usageEvents")).toHaveLength(
      Math.ceil(expected.length / 25),
    );
  });

  it("reads the audit log of the changes it made", async () => {
    const { client, clock } = await startApi({ emulator: emulatorOptions });
    await client.writer.setUserSpendLimit("grace.hopper@acme.example", 600);
    await client.writer.upsertBlocklists([{ url: "https://github.com/acme/x", patterns: ["*"] }]);
    const entries = await client.reader.auditLogs({
      startTime: clock.now() - DAY_MS,
      endTime: clock.now() + DAY_MS,
    });
    expect(entries.map((e) => e.type).sort()).toEqual(["team_repo", "user_spend_limit"]);
    expect(entries.every((e) => e.timestamp === clock.now())).toBe(true);
    const filtered = await client.reader.auditLogs({
      startTime: clock.now() - DAY_MS,
      endTime: clock.now() + DAY_MS,
      eventTypes: ["user_spend_limit"],
    });
    expect(filtered.map((e) => e.type)).toEqual(["user_spend_limit"]);
  });
});

describe("answers that differ between API versions", () => {
  it("accepts an upsert that returns every repo, not only the ones sent", async () => {
    const { emulator, client } = await startApi({ emulator: { upsertResponse: "all" } });
    const returned = await client.writer.upsertBlocklists([
      { url: "https://github.com/acme/infra", patterns: ["*"] },
    ]);
    expect(returned).toEqual(emulator.getState().blocklists);
    expect(returned.length).toBeGreaterThan(1);
  });

  it("follows totalPages when the server caps the page size", async () => {
    const { emulator, client } = await startApi({ emulator: { maxSpendPageSize: 7 } });
    const report = await client.reader.listAllSpend();
    const active = activeMembers(emulator.getState());
    expect(report.rows).toHaveLength(active.length);
    expect(report.pages).toBe(Math.ceil(active.length / 7));
    expect(new Set(report.rows.map((r) => r.email)).size).toBe(active.length);
  });

  it("reads audit logs over more than 30 days in several calls, and several pages", async () => {
    const { emulator, client, clock } = await startApi();
    for (let i = 0; i < 7; i++) {
      await client.writer.setUserSpendLimit("grace.hopper@acme.example", 500 + i);
    }
    emulator.clearRequests();
    const entries = await client.reader.auditLogs({
      startTime: clock.now() - 40 * DAY_MS,
      endTime: clock.now() + DAY_MS,
      pageSize: 3,
    });
    expect(entries).toHaveLength(7);
    const calls = emulator.requests().filter((r) => r.endpoint === "auditLogs");
    // The first 30-day window is empty (one call); the second holds 7 events in pages of 3.
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200, 200]);
  });
});

describe("the request itself", () => {
  it("goes through the injected dispatcher with Basic auth, JSON and a user agent", async () => {
    const seen: Array<{ method: string; path: string; headers: Record<string, string> }> = [];
    const recorder: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (options, handler) => {
      const headers: Record<string, string> = {};
      const raw = options.headers;
      if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
        for (const [name, value] of Object.entries(raw)) {
          if (typeof value === "string") headers[name.toLowerCase()] = value;
        }
      }
      seen.push({ method: options.method, path: options.path, headers });
      return dispatch(options, handler);
    };
    const agent = new Agent();
    try {
      const { client, emulator } = await startApi({
        client: { dispatcher: agent.compose(recorder), userAgent: "cursor-policy-test/1" },
      });
      await client.reader.listMembers();
      await client.writer.setUserSpendLimit("alan.turing@acme.example", 42);
      expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
        "GET /teams/members",
        "POST /teams/user-spend-limit",
      ]);
      const expectedAuth = `Basic ${Buffer.from(`${DEMO_ADMIN_KEY}:`).toString("base64")}`;
      expect(seen.every((r) => r.headers.authorization === expectedAuth)).toBe(true);
      expect(seen.every((r) => r.headers["user-agent"] === "cursor-policy-test/1")).toBe(true);
      expect(seen[0]?.headers["content-type"]).toBeUndefined();
      expect(seen[1]?.headers["content-type"]).toBe("application/json");
      expect(emulator.requests()[1]?.body).toEqual({
        userEmail: "alan.turing@acme.example",
        spendLimitDollars: 42,
      });
    } finally {
      await agent.close();
    }
  });
});
