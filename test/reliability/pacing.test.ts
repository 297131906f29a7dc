// Pacing after 429s. A benchmark (docs/benchmarks.md) found that halving the budget on every 429
// of a burst, and never giving it back, left an apply of 1,000 spend limits at 7 writes a minute
// after five 429s: 2.4 hours instead of 4 minutes. A later one found the opposite mistake: calm
// windows doubled the budget back above the rate the server had refused, for a 429 a minute.
// These pin both fixes.

import { describe, expect, it } from "vitest";
import { budgetFor, EndpointLimiter, PACING_WINDOW_MS } from "../../src/api/limiter.js";
import { ManualClock } from "../../src/shared/clock.js";

const START = Date.UTC(2026, 10, 2, 9, 0, 37, 500);

/** One start on the endpoint, answered 429 (Retry-After as given). */
async function refused(limiter: EndpointLimiter, retryAfterMs?: number): Promise<void> {
  const permit = await limiter.acquire("userSpendLimit");
  permit.rateLimited(retryAfterMs, 1_000);
}

describe("pacing after 429s", () => {
  it("cuts the allowance once for a burst of 429s within one window", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, "on");
    for (let i = 0; i < 5; i++) await refused(limiter, 1_000);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(125));
  });

  it("cuts again when 429s keep coming in a later window", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, "on");
    await refused(limiter, 0);
    // A minute on, still within the window of calm that would give the cut back.
    clock.advance(60_000);
    await refused(limiter, 0);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(62));
  });

  it("doubles a cut allowance back for every window without a 429, up to the documented budget", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, "on");
    const full = budgetFor(250);
    for (let i = 0; i < 4; i++) {
      if (i > 0) clock.advance(60_000);
      await refused(limiter, 0);
    }
    // 250 halved four times: 15 a minute, of which 95 %.
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(15));

    clock.advance(PACING_WINDOW_MS - 1);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(15));
    clock.advance(1);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(30));
    clock.advance(PACING_WINDOW_MS);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(60));
    clock.advance(10 * PACING_WINDOW_MS);
    expect(limiter.budget("userSpendLimit")).toBe(full);
  });

  it("gives a cut back no higher than a rate that drew a 429 earlier in the run", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, { userSpendLimit: 250 }, { maxInFlight: 300 });
    limiter.expect("userSpendLimit", 1_000);
    // The server accepted 100 in this window and refused the 101st: 101 a minute drew a 429.
    for (let i = 0; i < 100; i++) (await limiter.acquire("userSpendLimit")).done(200);
    await refused(limiter);
    expect(limiter.ceiling("userSpendLimit")).toBe(100);
    // Later, someone else fills a window: the cut halves, then calm windows give it back, to 100.
    clock.advance(2 * PACING_WINDOW_MS);
    await refused(limiter);
    expect(limiter.budget("userSpendLimit")).toBeLessThan(60);
    clock.advance(20 * PACING_WINDOW_MS);
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(100));
  });

  it("a 429 on one endpoint leaves the others' budgets alone", async () => {
    const clock = new ManualClock(START);
    const limiter = new EndpointLimiter(clock, "on");
    (await limiter.acquire("spend")).rateLimited(undefined, 0);
    expect(limiter.budget("members")).toBe(budgetFor(20));
    expect(limiter.budget("userSpendLimit")).toBe(budgetFor(250));
  });
});
