// Time, injected. Pacing, retry backoff, timeouts and the emulator's rate-limit windows all read
// time through a Clock, so tests can share one ManualClock between the client and the emulator:
// the client's "sleep" advances the emulator's minute instantly, and nothing really waits.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` milliseconds of this clock's time; rejects if `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The clock's date in UTC, YYYY-MM-DD: the planner's "today" (it reads no clock itself). */
export function utcDate(clock: Pick<Clock, "now">): string {
  return new Date(clock.now()).toISOString().slice(0, 10);
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const timer = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** A clock that only moves when slept on or advanced: sleeping returns at once. */
export class ManualClock implements Clock {
  #now: number;
  /** Every sleep requested, in order: lets tests assert on backoff and pacing. */
  readonly sleeps: number[] = [];

  constructor(start = Date.UTC(2026, 10, 1)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    this.#now += Math.max(0, ms);
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.advance(ms);
  }
}
