import { describe, expect, it } from "vitest";
import { ManualClock, systemClock } from "../../src/shared/clock.js";

describe("ManualClock", () => {
  it("advances on sleep without waiting and records each sleep", async () => {
    const clock = new ManualClock(1_000);
    await clock.sleep(250);
    await clock.sleep(750);
    expect(clock.now()).toBe(2_000);
    expect(clock.sleeps).toEqual([250, 750]);
  });

  it("rejects a sleep whose signal is already aborted", async () => {
    const clock = new ManualClock();
    await expect(clock.sleep(10, AbortSignal.abort(new Error("stop")))).rejects.toThrow("stop");
  });
});

describe("systemClock", () => {
  it("rejects when the signal aborts during the sleep", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(sleeping).rejects.toThrow("cancelled");
  });
});
