import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, withEmulator } from "../helpers/emulator.js";

const TOO_MANY = {
  error: "Too Many Requests",
  message: "Rate limit exceeded. Please try again later.",
};
// 10 s into a minute, so the window has 50 s left.
const START = Date.UTC(2026, 10, 20, 9, 30, 10);

/** The statuses of `count` calls made one after another. */
async function statuses(count: number, call: () => Promise<{ status: number }>): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push((await call()).status);
  return result;
}

describe("rate limits", () => {
  it("allows the documented 20/min on members, then 429 until the clock's minute turns", async () => {
    const clock = new ManualClock(START);
    const emu = await withEmulator({ clock });
    const members = () => callApi(emu, "GET", "/teams/members");
    const seen = await statuses(21, members);
    expect(seen.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(seen[20]).toBe(429);
    const limited = await members();
    expect(limited.json).toEqual(TOO_MANY);
    expect(limited.headers["retry-after"]).toBeUndefined();

    clock.advance(49_999);
    expect((await members()).status).toBe(429);
    clock.advance(1);
    expect((await members()).status).toBe(200);
  });

  it("sends Retry-After with the seconds left in the window when asked", async () => {
    const clock = new ManualClock(START);
    const emu = await withEmulator({ clock, retryAfterHeader: true, rateLimits: { members: 1 } });
    await callApi(emu, "GET", "/teams/members");
    const limited = await callApi(emu, "GET", "/teams/members");
    expect(limited.status).toBe(429);
    expect(limited.headers["retry-after"]).toBe("50");
    clock.advance(49_500);
    expect((await callApi(emu, "GET", "/teams/members")).headers["retry-after"]).toBe("1");
    emu.configure({ retryAfterHeader: false });
    expect((await callApi(emu, "GET", "/teams/members")).headers["retry-after"]).toBeUndefined();
  });

  it("keeps one budget per endpoint", async () => {
    const emu = await withEmulator({ clock: new ManualClock(START), rateLimits: { members: 2 } });
    await callApi(emu, "GET", "/teams/members");
    await callApi(emu, "GET", "/teams/members");
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(429);
    expect((await callApi(emu, "POST", "/teams/spend", { body: {} })).status).toBe(200);
  });

  it("uses 250/min for spend-limit writes in the current shape and 60/min in the legacy shape", async () => {
    const emu = await withEmulator({ clock: new ManualClock(START) });
    const write = () =>
      callApi(emu, "POST", "/teams/user-spend-limit", {
        body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 100 },
      });
    const current = await statuses(251, write);
    expect(current.filter((s) => s === 200)).toHaveLength(250);
    expect(current.at(-1)).toBe(429);

    const legacy = await withEmulator({ clock: new ManualClock(START), shape: "legacy" });
    const legacyWrite = () =>
      callApi(legacy, "POST", "/teams/user-spend-limit", {
        body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 100 },
      });
    const old = await statuses(61, legacyWrite);
    expect(old.filter((s) => s === 200)).toHaveLength(60);
    expect(old.at(-1)).toBe(429);
  });

  it("does not spend the budget on requests without a valid key", async () => {
    const emu = await withEmulator({ clock: new ManualClock(START), rateLimits: { members: 1 } });
    await callApi(emu, "GET", "/teams/members", { key: null });
    await callApi(emu, "GET", "/teams/members", { key: "crsr_wrong" });
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(200);
  });

  it("can be switched off entirely, per endpoint, or changed while running", async () => {
    const emu = await withEmulator({
      clock: new ManualClock(START),
      rateLimits: { members: null, spend: 1 },
    });
    const members = await statuses(30, () => callApi(emu, "GET", "/teams/members"));
    expect(members.every((s) => s === 200)).toBe(true);
    await callApi(emu, "POST", "/teams/spend", { body: {} });
    expect((await callApi(emu, "POST", "/teams/spend", { body: {} })).status).toBe(429);
    emu.configure({ rateLimits: "off" });
    expect((await callApi(emu, "POST", "/teams/spend", { body: {} })).status).toBe(200);
  });
});

describe("the 2026 rate-limit answer", () => {
  it("answers {code, message} with Retry-After: 60 wherever the window is, when set", async () => {
    const clock = new ManualClock(START);
    const emu = await withEmulator({ clock, tooManyRequests: "2026", rateLimits: { members: 1 } });
    await callApi(emu, "GET", "/teams/members");
    const limited = await callApi(emu, "GET", "/teams/members");
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ code: "error", message: "Rate limit exceeded" });
    expect(limited.headers["retry-after"]).toBe("60");
    clock.advance(49_000);
    expect((await callApi(emu, "GET", "/teams/members")).headers["retry-after"]).toBe("60");
  });

  it("shapes burst429 faults the same way, and the older answer stays available", async () => {
    const emu = await withEmulator({
      clock: new ManualClock(START),
      tooManyRequests: "2026",
      faults: { spend: { burst429: 2 } },
    });
    const burst = await callApi(emu, "POST", "/teams/spend", { body: {} });
    expect(burst.json).toEqual({ code: "error", message: "Rate limit exceeded" });
    expect(burst.headers["retry-after"]).toBe("60");
    emu.configure({ tooManyRequests: "older" });
    const older = await callApi(emu, "POST", "/teams/spend", { body: {} });
    expect(older.json).toEqual(TOO_MANY);
    expect(older.headers["retry-after"]).toBeUndefined();
  });
});
