import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import { budgetFor, EndpointLimiter, PACING_WINDOW_MS, pacedRate } from "../../src/api/limiter.js";
import { ManualClock } from "../../src/shared/clock.js";

describe("pacedRate", () => {
  it('"on" paces every endpoint to its documented limit, "off" to none', () => {
    expect(pacedRate("on", "spend")).toBe(ENDPOINTS.spend.ratePerMinute);
    expect(pacedRate("on", "userSpendLimit")).toBe(250);
    expect(pacedRate("off", "spend")).toBeUndefined();
  });

  it("takes per-endpoint overrides and keeps the documented limit for the rest", () => {
    const pacing = { spend: 5, members: 0, blocklists: Number.POSITIVE_INFINITY };
    expect(pacedRate(pacing, "spend")).toBe(5);
    expect(pacedRate(pacing, "members")).toBeUndefined();
    expect(pacedRate(pacing, "blocklists")).toBeUndefined();
    expect(pacedRate(pacing, "usageEvents")).toBe(60);
  });
});

describe("EndpointLimiter", () => {
  it("lets a burst up to the budget (95 % of the limit) start at once", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    expect(limiter.budget("spend")).toBe(budgetFor(20));
    expect(budgetFor(20)).toBe(19);
    expect(budgetFor(250)).toBe(237);
    expect(budgetFor(1)).toBe(1);
    const waits: number[] = [];
    for (let i = 0; i < 19; i++) {
      const permit = await limiter.acquire("spend");
      waits.push(permit.waitedMs);
      permit.release();
    }
    expect(waits.every((w) => w === 0)).toBe(true);
    expect(clock.now()).toBe(0);
  });

  it("holds the request past the budget until the oldest start leaves the window", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 3 });
    expect(limiter.budget("spend")).toBe(2);
    (await limiter.acquire("spend")).release();
    clock.advance(10_000);
    (await limiter.acquire("spend")).release();
    const third = await limiter.acquire("spend");
    expect(third.waitedMs).toBe(PACING_WINDOW_MS - 10_000);
    expect(clock.now()).toBe(PACING_WINDOW_MS);
  });

  it("keeps at most `limit` request starts in any minute, wherever the minute begins", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 5 });
    const starts: number[] = [];
    for (let i = 0; i < 30; i++) {
      (await limiter.acquire("spend")).release();
      starts.push(clock.now());
      clock.advance(i % 3 === 0 ? 7_000 : 100);
    }
    for (const start of starts) {
      expect(starts.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(5);
    }
  });

  it("lets one request per endpoint in flight, in the order they asked", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 1_000 });
    const order: number[] = [];
    const first = await limiter.acquire("spend");
    const rest = [2, 3].map((n) =>
      limiter.acquire("spend").then((permit) => {
        order.push(n);
        permit.release();
      }),
    );
    await Promise.resolve();
    expect(order).toEqual([]);
    first.release();
    await Promise.all(rest);
    expect(order).toEqual([2, 3]);
  });

  it("paces each endpoint on its own", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 1 });
    (await limiter.acquire("spend")).release();
    const members = await limiter.acquire("members");
    expect(members.waitedMs).toBe(0);
  });

  it("after a 429 holds that endpoint (only) for the wait and halves its budget", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    (await limiter.acquire("spend")).release();
    limiter.rateLimited("spend", 30_000);
    expect(limiter.budget("spend")).toBe(9);

    const other = await limiter.acquire("members");
    expect(other.waitedMs).toBe(0);
    const held = await limiter.acquire("spend");
    expect(held.waitedMs).toBe(30_000);
    held.release();
    // Never below one request per window (one cut per window: the 429s of a burst are one signal).
    for (let i = 0; i < 8; i++) {
      clock.advance(PACING_WINDOW_MS);
      limiter.rateLimited("spend", 0);
    }
    expect(limiter.budget("spend")).toBe(1);
  });

  it('with pacing "off" never waits, yet still honours a 429 back-off', async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, "off");
    const waits: number[] = [];
    for (let i = 0; i < 300; i++) {
      const permit = await limiter.acquire("spend");
      waits.push(permit.waitedMs);
      permit.release();
    }
    expect(waits.every((w) => w === 0)).toBe(true);
    limiter.rateLimited("spend", 4_000);
    expect((await limiter.acquire("spend")).waitedMs).toBe(4_000);
    expect(limiter.budget("spend")).toBe(0);
  });

  it("gives the turn to the next request when a wait is cancelled", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 1 });
    (await limiter.acquire("spend")).release();
    const cancelled = limiter.acquire("spend", AbortSignal.abort(new Error("stop")));
    await expect(cancelled).rejects.toThrow("stop");
    const next = await limiter.acquire("spend");
    expect(next.waitedMs).toBeGreaterThan(0);
  });
});
