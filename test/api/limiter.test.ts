// The pacer alone, on a ManualClock: its sleeps move the clock at once, so windows of a minute
// cost no real time and every wait can be asserted exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import {
  budgetFor,
  EndpointLimiter,
  endpointFlagName,
  PACING_WINDOW_MS,
  type Permit,
  pacedRate,
  parseRateLimits,
  SKEW_MS,
  type WaitEvent,
} from "../../src/api/limiter.js";
import { type Clock, ManualClock } from "../../src/shared/clock.js";
import { UsageError } from "../../src/shared/errors.js";
import { errorOf } from "./support.js";

const MINUTE = 60_000;
/** 09:00:37.5: runs start mid-minute, 22.5 s before the clock's minute turns. */
const MID_MINUTE = Date.UTC(2026, 10, 2, 9, 0, 37, 500);
const NEXT_MINUTE = Date.UTC(2026, 10, 2, 9, 1, 0);

/** Acquires `n` permits one after another, answering each at once with `status`. */
async function startAndAnswer(
  limiter: EndpointLimiter,
  endpoint: Parameters<EndpointLimiter["acquire"]>[0],
  n: number,
  status = 200,
): Promise<number[]> {
  const waits: number[] = [];
  for (let i = 0; i < n; i++) {
    const permit = await limiter.acquire(endpoint);
    waits.push(permit.waitedMs);
    permit.done(status);
  }
  return waits;
}

/** Acquires `n` permits without answering them (all in flight). */
async function startInFlight(
  limiter: EndpointLimiter,
  endpoint: Parameters<EndpointLimiter["acquire"]>[0],
  n: number,
): Promise<Permit[]> {
  const permits: Permit[] = [];
  for (let i = 0; i < n; i++) permits.push(await limiter.acquire(endpoint));
  return permits;
}

/** Settles pending promise callbacks (the pump runs on microtasks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

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

describe("parseRateLimits", () => {
  it("reads ENDPOINT=PER_MINUTE from repeated flags, lines and commas", () => {
    expect(
      parseRateLimits(["user-spend-limit=60", "spend = 10, members=5\n"], "--rate-limit"),
    ).toEqual({ userSpendLimit: 60, spend: 10, members: 5 });
    expect(endpointFlagName("blocklistsUpsert")).toBe("blocklists-upsert");
    // The emulator's flags name endpoints by id: the same words work here.
    expect(parseRateLimits(["userSpendLimit=60"], "--rate-limit")).toEqual({ userSpendLimit: 60 });
  });

  it("names the entry, what is wrong and the endpoints it knows", () => {
    const unknown = errorOf(() => parseRateLimits(["user-spend=60"], "--rate-limit"));
    expect(unknown).toBeInstanceOf(UsageError);
    expect(unknown.message).toContain('--rate-limit "user-spend=60" does not name an endpoint');
    expect(unknown instanceof UsageError && unknown.hint).toContain("user-spend-limit");
    const zero = errorOf(() => parseRateLimits(["spend=0"], "rate-limits"));
    expect(zero.message).toContain('rate-limits "spend=0": the limit must be a whole number');
    expect(errorOf(() => parseRateLimits(["spend=2.5"], "x")).message).toContain("whole number");
  });
});

describe("EndpointLimiter: windows", () => {
  it("uses 95 % of the limit when the calls to come need as many windows either way", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    expect(limiter.budget("spend")).toBe(budgetFor(20));
    expect(budgetFor(20)).toBe(19);
    expect(budgetFor(250)).toBe(237);
    limiter.expect("spend", 45);
    const waits = await startAndAnswer(limiter, "spend", 20);
    expect(waits.slice(0, 19).every((w) => w === 0)).toBe(true);
    // The 20th waits for the clock's minute to turn, plus the second a start counts on either side.
    expect(waits[19]).toBe(NEXT_MINUTE + SKEW_MS - MID_MINUTE);
  });

  it("uses the full limit when that saves a window", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    limiter.expect("spend", 20);
    const waits = await startAndAnswer(limiter, "spend", 20);
    expect(waits.every((w) => w === 0)).toBe(true);
    expect(clock.now()).toBe(MID_MINUTE);
  });

  it("sends the next window's requests when the clock's minute turns, not a minute after the first", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    limiter.expect("spend", 21);
    await startAndAnswer(limiter, "spend", 21);
    // 21 pages used to take 61 s; the next minute began 22.5 s after the first.
    expect(clock.now() - MID_MINUTE).toBe(23_500);
  });

  it("never lets a minute, widened by a second on either side, hold more starts than the limit", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 30 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 12 }),
        async (steps, limit) => {
          const clock = new ManualClock(MID_MINUTE);
          const limiter = new EndpointLimiter(clock, { spend: limit });
          const starts: number[] = [];
          for (const [advance, announce] of steps) {
            clock.advance(advance);
            limiter.expect("spend", announce);
            const permit = await limiter.acquire("spend");
            starts.push(clock.now());
            permit.done(200);
          }
          const first = Math.floor(starts[0]! / MINUTE) - 1;
          const last = Math.floor(starts.at(-1)! / MINUTE) + 1;
          for (let k = first; k <= last; k++) {
            const inMinute = starts.filter(
              (t) => t >= k * MINUTE - SKEW_MS && t < (k + 1) * MINUTE + SKEW_MS,
            );
            expect(inMinute.length).toBeLessThanOrEqual(limit);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("paces each endpoint on its own", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 1 });
    await startAndAnswer(limiter, "spend", 1);
    const members = await limiter.acquire("members");
    expect(members.waitedMs).toBe(0);
  });

  it("estimates when the calls still to come could all have started", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { userSpendLimit: 60 });
    expect(limiter.estimateMs("userSpendLimit", 50)).toBe(0);
    // 60 now, then 60 in each of the next four minutes.
    expect(limiter.estimateMs("userSpendLimit", 300)).toBe(
      NEXT_MINUTE + SKEW_MS + 3 * MINUTE - MID_MINUTE,
    );
  });
});

describe("EndpointLimiter: in flight", () => {
  it("lets several requests in flight, up to maxInFlight, admitted in the order they asked", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 1_000 }, { maxInFlight: 2 });
    const order: number[] = [];
    const permits = new Map<number, Permit>();
    const pending = [1, 2, 3, 4].map((n) =>
      limiter.acquire("spend").then((permit) => {
        order.push(n);
        permits.set(n, permit);
      }),
    );
    await settle();
    expect(order).toEqual([1, 2]);
    permits.get(2)?.done(200);
    await settle();
    expect(order).toEqual([1, 2, 3]);
    permits.get(1)?.done(200);
    await Promise.all(pending);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("waits for the answers in flight before sleeping towards the next window", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 2 });
    limiter.expect("spend", 2);
    const inFlight = await startInFlight(limiter, "spend", 2);
    let third: Permit | undefined;
    const waiting = limiter.acquire("spend").then((permit) => {
      third = permit;
    });
    await settle();
    // Sleeping now would let the two answers land in the next minute on a shared clock.
    expect(clock.now()).toBe(MID_MINUTE);
    expect(third).toBeUndefined();
    for (const permit of inFlight) permit.done(200);
    await waiting;
    expect(clock.now()).toBe(NEXT_MINUTE + SKEW_MS);
  });

  it("without being told the limit, goes one at a time beyond the older documented limit until one is answered", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, "on", { maxInFlight: 100 });
    expect(ENDPOINTS.userSpendLimit.legacyRatePerMinute).toBe(60);
    limiter.expect("userSpendLimit", 300);
    const first = await startInFlight(limiter, "userSpendLimit", 60);
    let probe: Permit | undefined;
    const probing = limiter.acquire("userSpendLimit").then((permit) => {
      probe = permit;
    });
    await settle();
    expect(probe).toBeUndefined();
    for (const permit of first) permit.done(200);
    await probing;
    // The 61st is alone in flight: the 62nd waits for its answer.
    let next: Permit | undefined;
    const after = limiter.acquire("userSpendLimit").then((permit) => {
      next = permit;
    });
    await settle();
    expect(next).toBeUndefined();
    probe?.done(200);
    await after;
    // Answered: the newer limit is in force, and the rest go together again.
    next?.done(200);
    const together = await startInFlight(limiter, "userSpendLimit", 20);
    expect(together).toHaveLength(20);
    expect(clock.now()).toBe(MID_MINUTE);
  });

  it("told a limit, does not probe", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { userSpendLimit: 250 }, { maxInFlight: 100 });
    limiter.expect("userSpendLimit", 80);
    const permits = await startInFlight(limiter, "userSpendLimit", 80);
    expect(permits.every((p) => p.waitedMs === 0)).toBe(true);
  });
});

describe("EndpointLimiter: 429s", () => {
  it("holds the whole endpoint until its window turns, once for a burst, and only that endpoint", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    const [a, b] = await startInFlight(limiter, "spend", 2);
    const first = a!.rateLimited(undefined, 1_000);
    const second = b!.rateLimited(undefined, 1_000);
    expect(first).toEqual({ holdMs: NEXT_MINUTE + SKEW_MS - MID_MINUTE, fresh: true });
    expect(second.fresh).toBe(false);
    expect((await limiter.acquire("members")).waitedMs).toBe(0);
    const held = await limiter.acquire("spend");
    expect(held.waitedMs).toBe(NEXT_MINUTE + SKEW_MS - MID_MINUTE);
  });

  it("honours Retry-After when the server sends it", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    const [permit] = await startInFlight(limiter, "spend", 1);
    expect(permit!.rateLimited(60_000, 1_000).holdMs).toBe(60_000);
    expect((await limiter.acquire("spend")).waitedMs).toBe(60_000);
  });

  it("never goes back above a rate that drew a 429", async () => {
    // The server enforces the older 60 a minute; the client was not told.
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, "on");
    limiter.expect("userSpendLimit", 600);
    await startAndAnswer(limiter, "userSpendLimit", 60);
    const probe = await limiter.acquire("userSpendLimit");
    probe.rateLimited(undefined, 1_000);
    expect(limiter.ceiling("userSpendLimit")).toBe(60);
    const starts: number[] = [];
    for (let i = 0; i < 400; i++) {
      const permit = await limiter.acquire("userSpendLimit");
      starts.push(clock.now());
      permit.done(200);
    }
    const perMinute = new Map<number, number>();
    for (const t of starts) {
      const minute = Math.floor(t / MINUTE);
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    }
    // Ten calm minutes later, still at most the 60 the server accepted: never 61 again.
    expect(Math.max(...perMinute.values())).toBe(60);
    expect(perMinute.size).toBeGreaterThanOrEqual(7);
    expect(limiter.budget("userSpendLimit")).toBeLessThanOrEqual(60);
  });

  it("holds, but keeps the allowance, for 429s that none of its accepted requests explain", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, "on", { maxInFlight: 100 });
    // A burst of five, all in flight, answered out of order: none of ours had been accepted.
    const burst = await startInFlight(limiter, "userSpendLimit", 5);
    for (const permit of burst.reverse()) permit.rateLimited(undefined, 1_000);
    expect(limiter.ceiling("userSpendLimit")).toBe(Number.POSITIVE_INFINITY);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(250));
    const next = await limiter.acquire("userSpendLimit");
    expect(next.waitedMs).toBe(NEXT_MINUTE + SKEW_MS - MID_MINUTE);
  });

  it("counts any 61 s from when the minute before explains a 429 (the server's minutes begin elsewhere)", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 20 });
    limiter.expect("spend", 19);
    await startAndAnswer(limiter, "spend", 19);
    clock.advance(NEXT_MINUTE + SKEW_MS - clock.now());
    const [permit] = await startInFlight(limiter, "spend", 1);
    permit!.rateLimited(undefined, 1_000);
    expect(limiter.mode("spend")).toBe("sliding");
    expect(limiter.ceiling("spend")).toBe(19);
    // The next start waits until the first of the 19 is 61 s old.
    const next = await limiter.acquire("spend");
    expect(clock.now()).toBe(MID_MINUTE + PACING_WINDOW_MS);
    expect(next.waitedMs).toBeGreaterThan(0);
  });

  it('with pacing "off" never waits, yet honours a 429 back-off', async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, "off");
    const waits = await startAndAnswer(limiter, "spend", 300);
    expect(waits.every((w) => w === 0)).toBe(true);
    const [permit] = await startInFlight(limiter, "spend", 1);
    expect(permit!.rateLimited(undefined, 4_000).holdMs).toBe(4_000);
    expect((await limiter.acquire("spend")).waitedMs).toBe(4_000);
    expect(limiter.budget("spend")).toBe(0);
  });

  it("tells onWait about waits of a second or more, with the reason", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const events: WaitEvent[] = [];
    const limiter = new EndpointLimiter(
      clock,
      { spend: 1, members: 100 },
      { onWait: (event) => events.push(event) },
    );
    await startAndAnswer(limiter, "spend", 2);
    const [permit] = await startInFlight(limiter, "members", 1);
    permit!.rateLimited(30_000, 1_000);
    await startAndAnswer(limiter, "members", 1);
    expect(events).toEqual([
      { endpoint: "spend", waitMs: NEXT_MINUTE + SKEW_MS - MID_MINUTE, reason: "pacing" },
      { endpoint: "members", waitMs: 30_000, reason: "rate-limited" },
    ]);
  });
});

describe("EndpointLimiter: cancelling", () => {
  it("gives the turn to the next request when a wait is cancelled", async () => {
    const clock = new ManualClock(MID_MINUTE);
    const limiter = new EndpointLimiter(clock, { spend: 1 });
    await startAndAnswer(limiter, "spend", 1);
    const cancelled = limiter.acquire("spend", AbortSignal.abort(new Error("stop")));
    await expect(cancelled).rejects.toThrow("stop");
    const next = await limiter.acquire("spend");
    expect(next.waitedMs).toBeGreaterThan(0);
  });

  it("ends its own sleep when the last waiter is cancelled, so nothing keeps the process alive", async () => {
    const sleeping: AbortSignal[] = [];
    const clock: Clock = {
      now: () => MID_MINUTE,
      // A sleep that only ends when aborted: whatever the limiter leaves behind would hang here.
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          if (signal) sleeping.push(signal);
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
    };
    const limiter = new EndpointLimiter(clock, { spend: 1 });
    await startAndAnswer(limiter, "spend", 1);
    const stop = new AbortController();
    const waiting = limiter.acquire("spend", stop.signal);
    await settle();
    expect(sleeping).toHaveLength(1);
    expect(sleeping[0]?.aborted).toBe(false);
    stop.abort(new Error("interrupted"));
    await expect(waiting).rejects.toThrow("interrupted");
    expect(sleeping[0]?.aborted).toBe(true);
  });
});
