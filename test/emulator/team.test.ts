import { describe, expect, it } from "vitest";
import { type EmulatorState, generateTeamState } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

interface Row {
  email: string;
  [field: string]: unknown;
}

function rowsOf(json: unknown): Row[] {
  const rows = (json as { teamMemberSpend?: Row[] }).teamMemberSpend;
  if (!Array.isArray(rows)) throw new Error(`no teamMemberSpend in ${JSON.stringify(json)}`);
  return rows;
}

function spendRowFor(json: unknown, email: string): Row | undefined {
  return rowsOf(json).find((row) => row.email === email);
}

describe("GET /teams/members", () => {
  const emulator = useEmulator({ clock: new ManualClock(), rateLimits: "off" });

  it("current shape: ids, lowercase roles, removed members flagged", async () => {
    const result = await callApi(emulator(), "GET", "/teams/members");
    expect(result.status).toBe(200);
    const members = (result.json as { teamMembers: Array<Record<string, unknown>> }).teamMembers;
    expect(members).toHaveLength(34);
    expect(members[0]).toEqual({
      name: "Ada Lovelace",
      email: "ada.lovelace@acme.example",
      role: "owner",
      id: expect.stringMatching(/^user_[A-Za-z0-9]{28}$/),
      isRemoved: false,
    });
    expect(members.find((m) => m.email === "it-admin@acme.example")?.role).toBe("free-owner");
    expect(members.find((m) => m.email === "former.employee@acme.example")).toMatchObject({
      isRemoved: true,
    });
    expect(new Set(members.map((m) => m.id)).size).toBe(34);
  });

  it("legacy shape: no id or isRemoved, removed members omitted, capitalised roles", async () => {
    emulator().configure({ shape: "legacy" });
    const result = await callApi(emulator(), "GET", "/teams/members");
    const members = (result.json as { teamMembers: Array<Record<string, unknown>> }).teamMembers;
    expect(members).toHaveLength(33);
    expect(members[0]).toEqual({
      name: "Ada Lovelace",
      email: "ada.lovelace@acme.example",
      role: "Owner",
    });
    expect(members.map((m) => m.role)).toEqual(
      expect.arrayContaining(["Owner", "Member", "Free-owner"]),
    );
    expect(members.some((m) => m.email === "former.employee@acme.example")).toBe(false);
  });
});

describe("POST /teams/spend", () => {
  const emulator = useEmulator({
    clock: new ManualClock(Date.UTC(2026, 10, 20)),
    rateLimits: "off",
  });

  it("current shape rows carry every limit field, fractional cents intact", async () => {
    const result = await callApi(emulator(), "POST", "/teams/spend", { body: {} });
    expect(result.status).toBe(200);
    const json = result.json as Record<string, unknown>;
    expect(json.subscriptionCycleStart).toBe(Date.UTC(2026, 10, 1));
    expect(json.totalMembers).toBe(33);
    expect(json.totalPages).toBe(1);
    expect(spendRowFor(json, "alan.turing@acme.example")).toEqual({
      name: "Alan Turing",
      email: "alan.turing@acme.example",
      role: "member",
      userId: expect.stringMatching(/^user_/),
      spendCents: 4525.125487,
      overallSpendCents: 4525.125487,
      fastPremiumRequests: expect.any(Number),
      monthlyLimitDollars: 100,
      effectivePerUserLimitDollars: 100,
      hardLimitOverrideDollars: 100,
    });
    expect(spendRowFor(json, "ada.lovelace@acme.example")).toMatchObject({
      monthlyLimitDollars: null,
      effectivePerUserLimitDollars: null,
      hardLimitOverrideDollars: 0,
    });
    expect(spendRowFor(json, "former.employee@acme.example")).toBeUndefined();
  });

  it("legacy shape rows carry only hardLimitOverrideDollars, 0 meaning none", async () => {
    emulator().configure({ shape: "legacy" });
    const json = (await callApi(emulator(), "POST", "/teams/spend", { body: {} })).json;
    expect(spendRowFor(json, "alan.turing@acme.example")).toEqual({
      name: "Alan Turing",
      email: "alan.turing@acme.example",
      role: "member",
      spendCents: 4525.125487,
      fastPremiumRequests: expect.any(Number),
      hardLimitOverrideDollars: 100,
    });
    expect(spendRowFor(json, "edsger.dijkstra@acme.example")?.hardLimitOverrideDollars).toBe(0);
  });

  it("legacy shape can use the German docs' hardLimitOverrideUSDR spelling", async () => {
    emulator().configure({ shape: "legacy", legacyLimitField: "hardLimitOverrideUSDR" });
    const json = (await callApi(emulator(), "POST", "/teams/spend", { body: {} })).json;
    const row = spendRowFor(json, "grace.hopper@acme.example");
    expect(row?.hardLimitOverrideUSDR).toBe(500);
    expect(row).not.toHaveProperty("hardLimitOverrideDollars");
  });

  it("models a group limit above the member's own as the effective limit", async () => {
    const state = emulator().getState();
    for (const member of state.members) {
      if (member.email === "alan.turing@acme.example") member.groupLimitDollars = 400;
      if (member.email === "edsger.dijkstra@acme.example") member.groupLimitDollars = 250;
      if (member.email === "hedy.lamarr@acme.example") member.groupLimitDollars = 100;
    }
    emulator().setState(state);
    const json = (await callApi(emulator(), "POST", "/teams/spend", { body: {} })).json;
    expect(spendRowFor(json, "alan.turing@acme.example")).toMatchObject({
      monthlyLimitDollars: 100,
      effectivePerUserLimitDollars: 400,
    });
    expect(spendRowFor(json, "edsger.dijkstra@acme.example")).toMatchObject({
      monthlyLimitDollars: null,
      effectivePerUserLimitDollars: 250,
    });
    expect(spendRowFor(json, "hedy.lamarr@acme.example")).toMatchObject({
      monthlyLimitDollars: 400,
      effectivePerUserLimitDollars: 400,
    });
  });

  it("pages 1-based with totalPages, and an empty page past the end", async () => {
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) =>
        callApi(emulator(), "POST", "/teams/spend", { body: { page, pageSize: 10 } }),
      ),
    );
    const rows = pages.map((p) => rowsOf(p.json));
    expect(rows.map((r) => r.length)).toEqual([10, 10, 10, 3]);
    expect(pages.map((p) => (p.json as { totalPages: number }).totalPages)).toEqual([4, 4, 4, 4]);
    const emails = rows.flat().map((r) => r.email);
    expect(new Set(emails).size).toBe(33);
    const past = await callApi(emulator(), "POST", "/teams/spend", {
      body: { page: 5, pageSize: 10 },
    });
    expect(rowsOf(past.json)).toEqual([]);
  });

  it("sorts by amount, user and date in both directions", async () => {
    const sorted = async (body: Record<string, unknown>) =>
      rowsOf((await callApi(emulator(), "POST", "/teams/spend", { body })).json);
    const byAmountDesc = await sorted({ sortBy: "amount", sortDirection: "desc" });
    expect(byAmountDesc[0]?.email).toBe("ada.lovelace@acme.example");
    const amounts = byAmountDesc.map((r) => Number(r.spendCents));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const byAmountAsc = await sorted({ sortBy: "amount", sortDirection: "asc" });
    expect(byAmountAsc.map((r) => r.email)).toEqual(
      [...byAmountDesc].reverse().map((r) => r.email),
    );
    const byUser = await sorted({ sortBy: "user", sortDirection: "asc" });
    expect(byUser[0]?.name).toBe("Ada Lovelace");
    expect(byUser.at(-1)?.name).toBe("Yann LeCun");
    // `date` is join order; the default is date, descending (newest first).
    const byDefault = await sorted({});
    expect(byDefault[0]?.email).toBe("kim.temp@contractors.acme.example");
    const byDateAsc = await sorted({ sortBy: "date", sortDirection: "asc" });
    expect(byDateAsc[0]?.email).toBe("ada.lovelace@acme.example");
  });

  it("searches name and email case-insensitively, and counts only matches", async () => {
    const byDomain = await callApi(emulator(), "POST", "/teams/spend", {
      body: { searchTerm: "CONTRACTORS.acme" },
    });
    expect(rowsOf(byDomain.json)).toHaveLength(4);
    expect((byDomain.json as { totalMembers: number }).totalMembers).toBe(4);
    const byName = await callApi(emulator(), "POST", "/teams/spend", {
      body: { searchTerm: "grace" },
    });
    expect(rowsOf(byName.json).map((r) => r.email)).toEqual(["grace.hopper@acme.example"]);
  });

  it("cuts pageSize to maxSpendPageSize, so clients must follow totalPages", async () => {
    emulator().setState(generateTeamState({ members: 1200, repos: 0 }));
    const first = await callApi(emulator(), "POST", "/teams/spend", {
      body: { pageSize: 1000 },
    });
    expect(rowsOf(first.json)).toHaveLength(500);
    expect(first.json).toMatchObject({ totalMembers: 1200, totalPages: 3 });
    emulator().configure({ maxSpendPageSize: 50 });
    const small = await callApi(emulator(), "POST", "/teams/spend", { body: { pageSize: 100 } });
    expect(rowsOf(small.json)).toHaveLength(50);
    expect(small.json).toMatchObject({ totalPages: 24 });
  });

  it.each([
    [{ searchTerm: 5 }, /searchTerm must be a string/],
    [{ sortBy: "spend" }, /sortBy must be one of amount, date, user/],
    [{ sortDirection: "up" }, /sortDirection must be one of asc, desc/],
    [{ page: 0 }, /page must be a whole number >= 1/],
    [{ page: 1.5 }, /page must be a whole number/],
    [{ pageSize: "10" }, /pageSize must be a whole number/],
    [[1, 2], /Request body must be a JSON object/],
  ])("answers 400 for %j", async (body, message) => {
    const result = await callApi(emulator(), "POST", "/teams/spend", { body });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      error: "Bad Request",
      message: expect.stringMatching(message),
    });
  });

  it("accepts a request with no body at all", async () => {
    const result = await callApi(emulator(), "POST", "/teams/spend");
    expect(result.status).toBe(200);
    expect(rowsOf(result.json)).toHaveLength(33);
  });
});

describe("POST /teams/user-spend-limit", () => {
  const emulator = useEmulator({
    clock: new ManualClock(Date.UTC(2026, 10, 20)),
    rateLimits: "off",
  });

  const setLimit = (body: unknown) =>
    callApi(emulator(), "POST", "/teams/user-spend-limit", { body });
  const limitOf = (state: EmulatorState, email: string) =>
    state.members.find((m) => m.email === email)?.monthlyLimitDollars;

  it("sets a limit, matching the email case-insensitively after trimming", async () => {
    const result = await setLimit({
      userEmail: "  Alan.Turing@ACME.example ",
      spendLimitDollars: 250,
    });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      outcome: "success",
      message: "Spend limit set to $250 for user alan.turing@acme.example",
    });
    expect(limitOf(emulator().getState(), "alan.turing@acme.example")).toBe(250);
    const spend = await callApi(emulator(), "POST", "/teams/spend", {
      body: { searchTerm: "alan.turing" },
    });
    expect(rowsOf(spend.json)[0]).toMatchObject({
      monthlyLimitDollars: 250,
      effectivePerUserLimitDollars: 250,
    });
  });

  it("sets a $0 limit, told apart from none in the current shape only", async () => {
    expect(
      (await setLimit({ userEmail: "kim.temp@contractors.acme.example", spendLimitDollars: 0 }))
        .json,
    ).toEqual({
      outcome: "success",
      message: "Spend limit set to $0 for user kim.temp@contractors.acme.example",
    });
    const current = await callApi(emulator(), "POST", "/teams/spend", {
      body: { searchTerm: "kim" },
    });
    expect(rowsOf(current.json)[0]).toMatchObject({
      monthlyLimitDollars: 0,
      hardLimitOverrideDollars: 0,
    });
    emulator().configure({ shape: "legacy" });
    const legacy = await callApi(emulator(), "POST", "/teams/spend", {
      body: { searchTerm: "kim" },
    });
    expect(rowsOf(legacy.json)[0]?.hardLimitOverrideDollars).toBe(0);
  });

  it("clears a limit with null in the current shape", async () => {
    const result = await setLimit({
      userEmail: "alan.turing@acme.example",
      spendLimitDollars: null,
    });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      outcome: "success",
      message: "Spend limit removed for user alan.turing@acme.example",
    });
    expect(limitOf(emulator().getState(), "alan.turing@acme.example")).toBeNull();
  });

  it("rejects null in the legacy shape, as the old docs had no null", async () => {
    emulator().configure({ shape: "legacy" });
    const result = await setLimit({
      userEmail: "alan.turing@acme.example",
      spendLimitDollars: null,
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({
      outcome: "error",
      message: expect.stringMatching(/whole number of dollars/),
    });
    expect(limitOf(emulator().getState(), "alan.turing@acme.example")).toBe(100);
  });

  it.each([
    [{ userEmail: "alan.turing@acme.example", spendLimitDollars: 12.5 }, /whole number of dollars/],
    [
      { userEmail: "alan.turing@acme.example", spendLimitDollars: -1 },
      /whole number of dollars >= 0/,
    ],
    [
      { userEmail: "alan.turing@acme.example", spendLimitDollars: "100" },
      /whole number of dollars/,
    ],
    [{ userEmail: "alan.turing@acme.example" }, /spendLimitDollars is required/],
    [{ spendLimitDollars: 100 }, /userEmail is required/],
    [{ userEmail: 42, spendLimitDollars: 100 }, /userEmail must be a string/],
    [{ userEmail: "not-an-email", spendLimitDollars: 100 }, /^Invalid email format$/],
    [{ userEmail: "two words@acme.example", spendLimitDollars: 100 }, /^Invalid email format$/],
    [JSON.stringify("just a string"), /Request body must be a JSON object/],
  ])("answers {outcome: error} for %j", async (body, message) => {
    const before = emulator().getState();
    const result = await setLimit(body);
    expect(result.status).toBe(400);
    expect(result.json).toEqual({ outcome: "error", message: expect.stringMatching(message) });
    expect(emulator().getState().members).toEqual(before.members);
    expect(emulator().getState().auditLog).toEqual([]);
  });

  it("can send the outcome error with HTTP 200, as the docs leave the status open", async () => {
    emulator().configure({ outcomeErrorStatus: 200 });
    const result = await setLimit({ userEmail: "bad", spendLimitDollars: 1 });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ outcome: "error", message: "Invalid email format" });
  });

  it("answers {error: User is not a member} for strangers and removed members", async () => {
    for (const userEmail of ["new.hire@acme.example", "former.employee@acme.example"]) {
      const result = await setLimit({ userEmail, spendLimitDollars: 100 });
      expect(result.status).toBe(400);
      expect(result.json).toEqual({ error: "User is not a member of this team" });
    }
    expect(emulator().getState().auditLog).toEqual([]);
  });

  it("records each accepted write as a user_spend_limit audit event", async () => {
    await setLimit({ userEmail: "alan.turing@acme.example", spendLimitDollars: 300 });
    await setLimit({ userEmail: "alan.turing@acme.example", spendLimitDollars: null });
    const events = emulator().getState().auditLog;
    expect(
      events.map((e) => [
        e.event_type,
        e.event_data.previous_limit_dollars,
        e.event_data.new_limit_dollars,
      ]),
    ).toEqual([
      ["user_spend_limit", 100, 300],
      ["user_spend_limit", 300, null],
    ]);
    expect(events[0]).toMatchObject({
      timestamp: Date.UTC(2026, 10, 20),
      user_email: "api-key:demo admin key",
      event_data: { target_email: "alan.turing@acme.example" },
    });
  });
});
