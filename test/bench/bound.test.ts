// The benchmarks' yardsticks: the ideal client's bound (bench/lib/bound.ts) and the simulated
// clock (bench/lib/sim-clock.ts), on cases worked out by hand.
import { describe, expect, it } from "vitest";
import { boundMs } from "../../bench/lib/bound.js";
import { SimulatedClock } from "../../bench/lib/sim-clock.js";

/** 09:00:37.5, as the benchmarks start: 22.5 s before the minute turns. */
const START = Date.UTC(2026, 10, 2, 9, 0, 37, 500);
const limits = (perMinute: number) => () => perMinute;

describe("boundMs", () => {
  it("a run whose calls fit the window it starts in costs only its latencies", () => {
    expect(
      boundMs({
        stages: [{ spend: 1 }, { spend: 19 }],
        limits: limits(20),
        start: START,
        latencyMs: 300,
      }),
    ).toBe(600);
  });

  it("counts a window only when the calls force a wait for it", () => {
    // 300 writes at 250 a minute: 250 now, 50 when the minute turns 22.5 s later.
    expect(
      boundMs({
        stages: [{ userSpendLimit: 300 }],
        limits: limits(250),
        start: START,
        latencyMs: 300,
      }),
    ).toBe(22_500);
    // 300 at 60 a minute: four more minutes after this one.
    expect(
      boundMs({
        stages: [{ userSpendLimit: 300 }],
        limits: limits(60),
        start: START,
        latencyMs: 300,
      }),
    ).toBe(22_500 + 3 * 60_000);
  });

  it("runs stages one after another and shares each endpoint's windows between them", () => {
    // 20 pages fill the first window; the read-back's page waits for the next one.
    expect(
      boundMs({
        stages: [{ spend: 1 }, { spend: 19 }, { userSpendLimit: 1 }, { spend: 1 }],
        limits: limits(20),
        start: START,
        latencyMs: 300,
      }),
    ).toBe(22_500);
  });

  it("counts what earlier runs used of the windows", () => {
    const used = new Map([["spend" as const, new Map([[Math.floor(START / 60_000), 20]])]]);
    expect(
      boundMs({ stages: [{ spend: 1 }], limits: limits(20), start: START, latencyMs: 0, used }),
    ).toBe(22_500);
  });
});

describe("SimulatedClock", () => {
  it("overlaps waits that run at the same time instead of adding them up", async () => {
    const clock = new SimulatedClock(START);
    await Promise.all([clock.sleep(30_000), clock.sleep(20_000), clock.sleep(30_000)]);
    expect(clock.now()).toBe(START + 30_000);
  });

  it("stands still while a request is on the wire", async () => {
    const clock = new SimulatedClock(START);
    const done = clock.busy();
    let woke = false;
    const sleeping = clock.sleep(5_000).then(() => {
      woke = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(woke).toBe(false);
    expect(clock.now()).toBe(START);
    done();
    await sleeping;
    expect(clock.now()).toBe(START + 5_000);
  });

  it("forgets a cancelled sleep", async () => {
    const clock = new SimulatedClock(START);
    const stop = new AbortController();
    const cancelled = clock.sleep(60_000, stop.signal);
    stop.abort(new Error("stop"));
    await expect(cancelled).rejects.toThrow("stop");
    await clock.sleep(1_000);
    expect(clock.now()).toBe(START + 1_000);
  });
});
