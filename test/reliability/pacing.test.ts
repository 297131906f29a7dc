// Pacing after 429s. Benchmarks (docs/benchmarks.md) found both ways to get this wrong: halving
// the budget on every 429 of a burst, and never giving it back, left an apply of 1,000 spend
// limits at 7 writes a minute after five 429s (2.4 hours instead of 4 minutes); doubling a cut
// budget back in calm windows took it above the rate the server had refused, for a 429 a minute.
// These pin the fix: the allowance is bounded by what a window accepted, and only that.

import { describe, expect, it } from "vitest";
import { budgetFor, EndpointLimiter, PACING_WINDOW_MS } from "../../src/api/limiter.js";
import { ManualClock } from "../../src/shared/clock.js";

const START = Date.UTC(2026, 10, 2, 9, 0, 37, 500);

describe("pacing after 429s", () => {
  it("a burst of 429s before any request is accepted leaves the allowance whole", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, "on");
    for (let i = 0; i < 5; i++) {
      (await limiter.acquire("userSpendLimit")).rateLimited(1_000, 1_000);
    }
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(250));
  });

  it("a 429 after 100 accepted sets the most a window may hold to 100, for the rest of the run", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, { userSpendLimit: 250 }, { maxInFlight: 300 });
    limiter.expect("userSpendLimit", 1_000);
    for (let i = 0; i < 100; i++) (await limiter.acquire("userSpendLimit")).done(200);
    (await limiter.acquire("userSpendLimit")).rateLimited(undefined, 1_000);
    expect(limiter.ceiling("userSpendLimit")).toBe(100);
    clock.advance(30 * PACING_WINDOW_MS);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(100));
  });

  it("a later 429 at a lower rate lowers it further; a higher one does not raise it", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, { userSpendLimit: 250 }, { maxInFlight: 300 });
    limiter.expect("userSpendLimit", 1_000);
    for (let i = 0; i < 100; i++) (await limiter.acquire("userSpendLimit")).done(200);
    (await limiter.acquire("userSpendLimit")).rateLimited(undefined, 1_000);
    // Two minutes on, someone else takes part of a minute, and the 41st of ours is refused.
    clock.advance(120_000);
    for (let i = 0; i < 40; i++) (await limiter.acquire("userSpendLimit")).done(200);
    (await limiter.acquire("userSpendLimit")).rateLimited(undefined, 1_000);
    expect(limiter.ceiling("userSpendLimit")).toBe(40);
    expect(limiter.mode("userSpendLimit")).toBe("fixed");
  });

  it("a 429 on one endpoint leaves the others' budgets alone", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, "on");
    (await limiter.acquire("spend")).done(200);
    (await limiter.acquire("spend")).rateLimited(undefined, 0);
    expect(limiter.ceiling("spend")).toBe(1);
    expect(limiter.budget("members")).toBe(budgetFor(20));
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(250));
  });
});
