// Simulated time for the rate-limited benchmarks: a clock that jumps to the next sleep's end only
// when nothing else can happen first, and a dispatcher that adds a per-request latency on it.
//
// The older ManualClock moved forward the moment anyone slept, so two requests waiting at once
// added their waits up, and a request cost no time at all: a client that sent one request at a
// time looked as fast as one that overlapped them. Here:
// - `sleep` registers a timer; time moves to the earliest timer only once no request is on the
//   wire (real loopback HTTP, tracked by the dispatcher) and the event loop has gone quiet, so
//   concurrent waits overlap as they would in real time;
// - every request waits `latencyMs` of simulated time before it is sent, so a request costs its
//   latency, and the server sees it that much after the client counted it (the pacer's skew
//   allowance has to cover that, as against a real server).

import { Agent, type Dispatcher } from "undici";
import type { Clock } from "../../src/shared/clock.js";

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly resolve: () => void;
}

/** Event-loop turns without news before time may move: what a continuation needs to react. */
const QUIET_TURNS = 4;

export class SimulatedClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  #seq = 0;
  /** Requests on the wire (real time): time stands still while any is. */
  #busy = 0;
  /** Bumped on every sleep and every request sent or answered. */
  #version = 0;
  #scheduled = false;

  constructor(start: number) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!(ms > 0)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = {
        at: this.#now + ms,
        seq: this.#seq++,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#timers = this.#timers.filter((t) => t !== timer);
        this.#version += 1;
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#timers.push(timer);
      this.#version += 1;
      this.#schedule();
    });
  }

  /** One request is on the wire until the returned function is called. */
  busy(): () => void {
    this.#busy += 1;
    this.#version += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#busy -= 1;
      this.#version += 1;
      this.#schedule();
    };
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#settle(this.#version, 0);
  }

  /** Waits for QUIET_TURNS event-loop turns without news, then moves to the next timer. */
  #settle(version: number, quiet: number): void {
    setImmediate(() => {
      if (this.#busy > 0) {
        // The answer's arrival schedules again.
        this.#scheduled = false;
        return;
      }
      if (this.#version !== version) {
        this.#settle(this.#version, 0);
        return;
      }
      if (quiet + 1 < QUIET_TURNS) {
        this.#settle(version, quiet + 1);
        return;
      }
      this.#scheduled = false;
      this.#fire();
    });
  }

  #fire(): void {
    if (this.#timers.length === 0) return;
    let first = this.#timers[0]!;
    for (const timer of this.#timers) {
      if (timer.at < first.at || (timer.at === first.at && timer.seq < first.seq)) first = timer;
    }
    const at = first.at;
    const due = this.#timers.filter((t) => t.at === at).sort((a, b) => a.seq - b.seq);
    this.#timers = this.#timers.filter((t) => t.at !== at);
    this.#now = Math.max(this.#now, at);
    this.#version += 1;
    for (const timer of due) timer.resolve();
    this.#schedule();
  }
}

/**
 * An undici dispatcher whose requests wait `latencyMs` of simulated time before they are sent,
 * and which tells the clock while each is on the wire.
 */
export function simulatedDispatcher(clock: SimulatedClock, latencyMs: number): Dispatcher {
  const agent = new Agent({ connections: 64 });
  return agent.compose((dispatch) => (options, handler) => {
    const send = () => {
      const done = clock.busy();
      const tracked = new Proxy(handler, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== "function") return value;
          const ends =
            property === "onResponseEnd" ||
            property === "onComplete" ||
            property === "onResponseError" ||
            property === "onError";
          if (!ends) return value.bind(target);
          return (...args: unknown[]) => {
            done();
            return Reflect.apply(value, target, args);
          };
        },
      });
      return dispatch(options, tracked);
    };
    if (latencyMs <= 0) return send();
    void clock.sleep(latencyMs).then(send);
    return true;
  });
}
