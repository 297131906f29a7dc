// What every benchmark shares: an emulator and a client over real loopback HTTP, counting every
// attempt the client makes (calls, statuses, retries, waits), and two kinds of time.
//
// Simulated time: the rate-limited benchmarks share one SimulatedClock (sim-clock.ts) between the
// client and the emulator. The emulator's rate windows and the client's pacing and back-off run
// on it, and every request costs a configurable latency on it, so a wait of a minute costs
// nothing real while every request still really crosses HTTP and is really processed.
// `clock.now()` before and after is the time the run would take against a server enforcing
// those limits at that latency. Real time (performance.now) is the processing cost here.

import { fork } from "node:child_process";
import { once } from "node:events";
import type { Dispatcher } from "undici";
import { type AdminClient, createAdminClient, type RequestEvent } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import type { EndpointId } from "../../src/api/endpoints.js";
import type { Pacing } from "../../src/api/limiter.js";
import {
  DEMO_ADMIN_KEY,
  type Emulator,
  type EmulatorOptions,
  startEmulator,
} from "../../src/emulator/index.js";
import { silentLogger } from "../../src/shared/logger.js";
import { SimulatedClock, simulatedDispatcher } from "./sim-clock.js";

/** A minute boundary plus 37.5 s: runs start mid-window, so pacing is not flattered by alignment. */
export const SIMULATION_START = Date.UTC(2026, 10, 2, 9, 0, 37, 500);

export interface CallStats {
  /** Attempts sent, retries included. */
  attempts: number;
  /** Attempts per endpoint. */
  byEndpoint: Partial<Record<EndpointId, number>>;
  /** Attempts the server counted against its window: answered, and not with a 429. */
  counted: Partial<Record<EndpointId, number>>;
  /** Attempts answered 429. */
  rateLimited: number;
  /** Attempts answered 5xx or with no answer (drops, timeouts). */
  transientFailures: number;
  /** Attempts the client retried. */
  retries: number;
  /** Pacing and back-off waits, summed (clock time). */
  waitedMs: number;
}

function emptyStats(): CallStats {
  return {
    attempts: 0,
    byEndpoint: {},
    counted: {},
    rateLimited: 0,
    transientFailures: 0,
    retries: 0,
    waitedMs: 0,
  };
}

/** Counts what `onRequest` reports into `stats`. */
function countInto(stats: CallStats): (event: RequestEvent) => void {
  return (event) => {
    stats.attempts += 1;
    stats.byEndpoint[event.endpoint] = (stats.byEndpoint[event.endpoint] ?? 0) + 1;
    if (event.status !== undefined && event.status !== 429 && event.status < 500) {
      stats.counted[event.endpoint] = (stats.counted[event.endpoint] ?? 0) + 1;
    }
    if (event.status === 429) stats.rateLimited += 1;
    if (event.status === undefined || event.status >= 500) stats.transientFailures += 1;
    if (event.retryInMs !== undefined) stats.retries += 1;
    stats.waitedMs += event.waitedMs;
  };
}

export interface SimulatedSetup {
  readonly clock: SimulatedClock;
  readonly emulator: Emulator;
  readonly client: AdminClient;
  /** Reset between phases with `reset()`. */
  stats: CallStats;
  /** Starts a new phase: fresh counters; returns the simulated and real start. */
  reset(): { simulated: number; real: number };
  close(): Promise<void>;
}

interface SimulatedOptions extends Omit<EmulatorOptions, "clock"> {
  readonly pacing?: Pacing;
  /** Simulated latency of every request, ms. */
  readonly latencyMs: number;
}

/** An emulator and a client sharing a SimulatedClock; the emulator's other options as given. */
export async function simulated(options: SimulatedOptions): Promise<SimulatedSetup> {
  const { pacing, latencyMs, ...emulatorOptions } = options;
  const clock = new SimulatedClock(SIMULATION_START);
  const emulator = await startEmulator({ ...emulatorOptions, clock });
  const dispatcher: Dispatcher = simulatedDispatcher(clock, latencyMs);
  const setup: SimulatedSetup = {
    clock,
    emulator,
    stats: emptyStats(),
    client: createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      dispatcher,
      logger: silentLogger,
      pacing: pacing ?? "on",
      // Deterministic jitter: the same run gives the same schedule.
      random: () => 0.5,
      onRequest: (event) => countInto(setup.stats)(event),
    }),
    reset() {
      setup.stats = emptyStats();
      emulator.clearRequests();
      return { simulated: clock.now(), real: performance.now() };
    },
    close: async () => {
      await emulator.close();
      await dispatcher.close();
    },
  };
  return setup;
}

/** Milliseconds of real time since `start` (from performance.now()). */
export function realSince(start: number): number {
  return performance.now() - start;
}

/** Calls global.gc when the process runs with --expose-gc. */
export function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, "gc");
  if (typeof gc === "function") gc();
}

/**
 * Runs a sibling bundle (`bench/<name>.ts`, bundled next to this one by scripts/run-ts.mjs) in a
 * child process with `execArgv`, and resolves with the one message it sends. The children are
 * ours and send exactly the result type the caller names, so the IPC message is taken as `T`.
 */
export async function runChild<T>(
  name: string,
  args: readonly string[],
  execArgv: readonly string[] = [],
): Promise<T> {
  const script = new URL(`./${name}.mjs`, import.meta.url);
  const child = fork(script, [...args], {
    execArgv: ["--enable-source-maps", ...execArgv],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let message: T | undefined;
  child.on("message", (value) => {
    message = value as T;
  });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0 || message === undefined) {
    throw new Error(`bench child ${name} ${args.join(" ")} failed (exit code ${code})`);
  }
  return message;
}

/** A long-lived child (the emulator): resolves with its first message; `ask` sends it more. */
export async function startChild<T>(
  name: string,
  args: readonly string[],
): Promise<{ value: T; ask<A>(message: unknown): Promise<A>; stop(): Promise<void> }> {
  const script = new URL(`./${name}.mjs`, import.meta.url);
  const child = fork(script, [...args], {
    execArgv: ["--enable-source-maps"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const [value] = (await Promise.race([
    once(child, "message"),
    once(child, "exit").then(([code]) => {
      throw new Error(`bench child ${name} exited early (exit code ${code})`);
    }),
  ])) as [T];
  return {
    value,
    async ask<A>(message: unknown): Promise<A> {
      const answer = once(child, "message");
      child.send(message as Parameters<typeof child.send>[0]);
      const [reply] = (await answer) as [A];
      return reply;
    },
    async stop() {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
