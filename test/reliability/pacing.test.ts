// Pacing after 429s. A benchmark (docs/benchmarks.md) found that halving the budget on every 429
// of a burst, and never giving it back, left an apply of 1,000 spend limits at 7 writes a minute
// after five 429s: 2.4 hours instead of 4 minutes. These pin the fix: a burst cuts the budget
// once per window, and calm windows double it back to the documented budget.

import { describe, expect, it } from "vitest";
import { budgetFor, EndpointLimiter, PACING_WINDOW_MS } from "../../src/api/limiter.js";
import { ManualClock } from "../../src/shared/clock.js";

describe("pacing after 429s", () => {
  it("cuts the budget once for a burst of 429s within one window", () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, "on");
    const full = budgetFor(250);
    for (let i = 0; i < 5; i++) {
      limiter.rateLimited("userSpendLimit", 1_000);
      clock.advance(2_000);
    }
    expect(limiter.budget("userSpendLimit")).toBe(Math.floor(full / 2));
  });

  it("cuts again when 429s keep coming in a later window", () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, "on");
    limiter.rateLimited("userSpendLimit", 0);
    clock.advance(PACING_WINDOW_MS);
    limiter.rateLimited("userSpendLimit", 0);
    expect(limiter.budget("userSpendLimit")).toBe(Math.floor(Math.floor(budgetFor(250) / 2) / 2));
  });

  it("doubles a cut budget back for every window without a 429, up to the documented budget", async () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, "on");
    const full = budgetFor(250);
    for (let i = 0; i < 4; i++) {
      if (i > 0) clock.advance(PACING_WINDOW_MS);
      limiter.rateLimited("userSpendLimit", 0);
    }
    const cut = limiter.budget("userSpendLimit");
    expect(cut).toBeLessThan(full / 8);

    // Less than a window after the last 429: still cut.
    clock.advance(PACING_WINDOW_MS - 1);
    (await limiter.acquire("userSpendLimit")).release();
    expect(limiter.budget("userSpendLimit")).toBe(cut);

    clock.advance(1);
    (await limiter.acquire("userSpendLimit")).release();
    expect(limiter.budget("userSpendLimit")).toBe(cut * 2);

    clock.advance(PACING_WINDOW_MS);
    (await limiter.acquire("userSpendLimit")).release();
    expect(limiter.budget("userSpendLimit")).toBe(cut * 4);

    clock.advance(10 * PACING_WINDOW_MS);
    (await limiter.acquire("userSpendLimit")).release();
    expect(limiter.budget("userSpendLimit")).toBe(full);
  });

  it("a 429 on one endpoint leaves the others' budgets alone", () => {
    const clock = new ManualClock(0);
    const limiter = new EndpointLimiter(clock, "on");
    limiter.rateLimited("spend", 0);
    expect(limiter.budget("members")).toBe(budgetFor(20));
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(250));
  });
});
