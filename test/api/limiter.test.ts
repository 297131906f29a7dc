import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import { EndpointLimiter, pacedRate } from "../../src/api/limiter.js";
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
  it("spaces an endpoint's requests 60 000 / limit ms apart, with a small margin", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 6 });
    expect(limiter.intervalMs("spend")).toBe(10_200);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const permit = await limiter.acquire("spend");
      waits.push(permit.waitedMs);
      permit.release();
    }
    expect(waits).toEqual([0, 10_200, 10_200, 10_200]);
    expect(clock.now()).toBe(30_600);
  });

  it("keeps at most `limit` request starts in any minute", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 5 });
    const starts: number[] = [];
    for (let i = 0; i < 30; i++) {
      const permit = await limiter.acquire("spend");
      starts.push(clock.now());
      permit.release();
    }
    for (const start of starts) {
      expect(starts.filter((t) => t >= start && t < start + 60_000).length).toBeLessThanOrEqual(5);
    }
  });

  it("does not wait when the requests themselves take longer than the spacing", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 60 });
    const first = await limiter.acquire("spend");
    clock.advance(5_000);
    first.release();
    const second = await limiter.acquire("spend");
    expect(second.waitedMs).toBe(0);
    second.release();
  });

  it("lets one request per endpoint in flight, in the order they asked", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 60_000 });
    const order: string[] = [];
    const first = await limiter.acquire("spend");
    const second = limiter.acquire("spend").then((permit) => {
      order.push("second");
      return permit;
    });
    const third = limiter.acquire("spend").then((permit) => {
      order.push("third");
      permit.release();
    });
    // Another endpoint is not held up by this queue.
    const members = await limiter.acquire("members");
    members.release();
    await Promise.resolve();
    expect(order).toEqual([]);
    first.release();
    (await second).release();
    await third;
    expect(order).toEqual(["second", "third"]);
  });

  it("after a 429 holds that endpoint (only) for the wait and halves its pace", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    const before = limiter.intervalMs("spend");
    (await limiter.acquire("spend")).release();
    limiter.rateLimited("spend", 30_000);
    expect(limiter.intervalMs("spend")).toBe(before * 2);

    const other = await limiter.acquire("members");
    expect(other.waitedMs).toBe(0);
    other.release();
    const held = await limiter.acquire("spend");
    expect(held.waitedMs).toBe(30_000);
    held.release();
    // The slower pace holds from now on, but never slower than one request per minute.
    for (let i = 0; i < 5; i++) limiter.rateLimited("spend", 0);
    expect(limiter.intervalMs("spend")).toBe(60_000);
  });

  it('with pacing "off" never waits, yet still honours a 429 back-off', async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, "off");
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) waits.push((await limiter.acquire("spend")).waitedMs);
    expect(waits).toEqual([0, 0, 0]);
    limiter.rateLimited("spend", 4_000);
    expect((await limiter.acquire("spend")).waitedMs).toBe(4_000);
    expect(limiter.intervalMs("spend")).toBe(0);
  });

  it("gives the turn to the next request when a wait is cancelled", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, { spend: 1 });
    (await limiter.acquire("spend")).release();
    const cancelled = limiter.acquire("spend", AbortSignal.abort(new Error("stop")));
    await expect(cancelled).rejects.toThrow("stop");
    const next = await limiter.acquire("spend");
    expect(next.waitedMs).toBeGreaterThan(0);
    next.release();
  });
});
