// POST /teams/user-spend-limits over HTTP: per-row results, the 1-100 cap and duplicates
// refused whole, the preview switch (403), the older API (404), and its own 20/min budget.
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12);
const PATH = "/teams/user-spend-limits";

interface Answer {
  requestedCount: number;
  updatedCount: number;
  unchangedCount: number;
  failedCount: number;
  results: Array<{ userEmail: string; status: string; error?: string }>;
}

describe("POST /teams/user-spend-limits", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const limitOf = (email: string) =>
    emulator()
      .getState()
      .members.find((m) => m.email === email)?.monthlyLimitDollars;

  it("answers a result per row: updated, unchanged, failed (only that row)", async () => {
    const result = await callApi(emulator(), "POST", PATH, {
      body: {
        updates: [
          { userEmail: "Alan.Turing@acme.example", spendLimitDollars: 250 },
          { userEmail: "barbara.liskov@acme.example", spendLimitDollars: 100 },
          { userEmail: "nobody@acme.example", spendLimitDollars: 10 },
          { userEmail: "former.employee@acme.example", spendLimitDollars: 10 },
          { userEmail: "not-an-email", spendLimitDollars: 10 },
          { userEmail: "ada.lovelace@acme.example", spendLimitDollars: 0 },
          { userEmail: "grace.hopper@acme.example", spendLimitDollars: null },
        ],
      },
    });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({
      requestedCount: 7,
      updatedCount: 3,
      unchangedCount: 1,
      failedCount: 3,
      results: [
        { userEmail: "Alan.Turing@acme.example", status: "updated" },
        { userEmail: "barbara.liskov@acme.example", status: "unchanged" },
        {
          userEmail: "nobody@acme.example",
          status: "failed",
          error: "User is not a member of this team",
        },
        {
          userEmail: "former.employee@acme.example",
          status: "failed",
          error: "User is not a member of this team",
        },
        { userEmail: "not-an-email", status: "failed", error: "Invalid email format" },
        { userEmail: "ada.lovelace@acme.example", status: "updated" },
        { userEmail: "grace.hopper@acme.example", status: "updated" },
      ],
    } satisfies Answer);
    expect(limitOf("alan.turing@acme.example")).toBe(250);
    expect(limitOf("ada.lovelace@acme.example")).toBe(0);
    expect(limitOf("grace.hopper@acme.example")).toBeNull();
    // One user_spend_limit event per updated row, none for unchanged or failed ones.
    const events = emulator().getState().auditLog;
    expect(events.map((e) => [e.event_type, e.event_data.target_email])).toEqual([
      ["user_spend_limit", "alan.turing@acme.example"],
      ["user_spend_limit", "ada.lovelace@acme.example"],
      ["user_spend_limit", "grace.hopper@acme.example"],
    ]);
  });

  it("repeating a change answers unchanged", async () => {
    const body = { updates: [{ userEmail: "alan.turing@acme.example", spendLimitDollars: 7 }] };
    await callApi(emulator(), "POST", PATH, { body });
    const again = await callApi(emulator(), "POST", PATH, { body });
    expect((again.json as Answer).results).toEqual([
      { userEmail: "alan.turing@acme.example", status: "unchanged" },
    ]);
    expect(emulator().getState().auditLog).toHaveLength(1);
  });

  it("takes exactly 100 updates", async () => {
    const members = emulator()
      .getState()
      .members.filter((m) => !m.isRemoved);
    const updates = Array.from({ length: 100 }, (_, i) => ({
      userEmail: i < members.length ? members[i]?.email : `stranger${i}@acme.example`,
      spendLimitDollars: 42,
    }));
    const result = await callApi(emulator(), "POST", PATH, { body: { updates } });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ requestedCount: 100, updatedCount: 33, failedCount: 67 });
  });

  it.each([
    [
      "more than 100 updates",
      {
        updates: new Array(101)
          .fill(null)
          .map((_, i) => ({ userEmail: `u${i}@acme.example`, spendLimitDollars: 1 })),
      },
      /1 to 100 entries, got 101; nothing was applied/,
    ],
    ["no updates", { updates: [] }, /1 to 100 entries, got 0/],
    ["no updates field", {}, /updates is required/],
    [
      "an email twice (case-insensitively)",
      {
        updates: [
          { userEmail: "alan.turing@acme.example", spendLimitDollars: 1 },
          { userEmail: "ken.thompson@acme.example", spendLimitDollars: 1 },
          { userEmail: " ALAN.turing@acme.example", spendLimitDollars: 2 },
        ],
      },
      /updates\[2\]\.userEmail repeats updates\[0\]\.userEmail .*nothing was applied/,
    ],
    [
      "fractional dollars",
      { updates: [{ userEmail: "alan.turing@acme.example", spendLimitDollars: 1.5 }] },
      /updates\[0\]\.spendLimitDollars must be a whole number of dollars >= 0 or null, got 1\.5/,
    ],
    [
      "a missing email",
      { updates: [{ spendLimitDollars: 5 }] },
      /updates\[0\]\.userEmail must be a string/,
    ],
  ])("refuses %s with 400 and applies nothing", async (_, body, message) => {
    const before = emulator().getState();
    const result = await callApi(emulator(), "POST", PATH, { body });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: "Bad Request", message });
    expect(emulator().getState()).toEqual(before);
  });

  it("answers 403 when the preview is off for the team, applying nothing", async () => {
    emulator().setState({ ...emulator().getState(), features: { bulkSpendLimits: false } });
    const result = await callApi(emulator(), "POST", PATH, {
      body: { updates: [{ userEmail: "alan.turing@acme.example", spendLimitDollars: 1 }] },
    });
    expect(result.status).toBe(403);
    expect(result.json).toMatchObject({ error: "Forbidden", message: /preview/ });
    expect(limitOf("alan.turing@acme.example")).toBe(100);
  });

  it("answers 404 on the older API", async () => {
    emulator().configure({ shape: "legacy" });
    const result = await callApi(emulator(), "POST", PATH, {
      body: { updates: [{ userEmail: "alan.turing@acme.example", spendLimitDollars: 1 }] },
    });
    expect(result.status).toBe(404);
  });
});

describe("bulk spend-limit rate limit", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW) });

  it("is 20/min, separate from the single route's 250/min", async () => {
    const body = { updates: [{ userEmail: "alan.turing@acme.example", spendLimitDollars: 3 }] };
    for (let i = 0; i < 20; i++) {
      expect((await callApi(emulator(), "POST", PATH, { body })).status).toBe(200);
    }
    expect((await callApi(emulator(), "POST", PATH, { body })).status).toBe(429);
    const single = await callApi(emulator(), "POST", "/teams/user-spend-limit", {
      body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 4 },
    });
    expect(single.status).toBe(200);
  });
});
