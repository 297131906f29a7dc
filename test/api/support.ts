// Helpers for the API tests: catch what a call throws, and start an emulator with a client on it.

import { type ClientOptions, createAdminClient, type RequestEvent } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import type { Emulator, EmulatorOptions } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { collectingLogger } from "../../src/shared/logger.js";
import { DEMO_ADMIN_KEY, withEmulator } from "../helpers/emulator.js";

/** The error a promise rejects with; fails the test when it resolves or rejects with a non-Error. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** The error a function throws; fails the test when it returns. */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error("expected the call to throw, but it returned");
}

/** A random source that always answers `value` (0 = no jitter). */
export function fixedRandom(value: number): () => number {
  return () => value;
}

interface ApiSetup {
  readonly emulator: Emulator;
  /** Shared by the emulator and the client: pacing, backoff and rate windows take no real time. */
  readonly clock: ManualClock;
  readonly client: ReturnType<typeof createAdminClient>;
  /** Every attempt the client reported. */
  readonly events: RequestEvent[];
  readonly logger: ReturnType<typeof collectingLogger>;
}

/**
 * An emulator for this test and a client talking to it over loopback HTTP, sharing one
 * ManualClock. Jitter is off (random = 0) so backoff schedules are exact.
 */
export async function startApi(
  options: {
    emulator?: Omit<EmulatorOptions, "clock">;
    client?: Partial<Omit<ClientOptions, "baseUrl" | "apiKey" | "clock">>;
    key?: string;
  } = {},
): Promise<ApiSetup> {
  const clock = new ManualClock();
  const emulator = await withEmulator({ ...options.emulator, clock });
  const events: RequestEvent[] = [];
  const logger = collectingLogger();
  const client = createAdminClient({
    baseUrl: emulator.url,
    apiKey: new ApiKey(options.key ?? DEMO_ADMIN_KEY),
    clock,
    random: fixedRandom(0),
    logger,
    ...options.client,
    onRequest: (event) => {
      events.push(event);
      options.client?.onRequest?.(event);
    },
  });
  return { emulator, clock, client, events, logger };
}

/** How many requests the emulator saw per endpoint, and how many of them it answered 429. */
export function requestCounts(emulator: Emulator): {
  byEndpoint: Record<string, number>;
  tooMany: number;
} {
  const byEndpoint: Record<string, number> = {};
  let tooMany = 0;
  for (const entry of emulator.requests()) {
    const name = entry.endpoint ?? "unknown";
    byEndpoint[name] = (byEndpoint[name] ?? 0) + 1;
    if (entry.status === 429) tooMany++;
  }
  return { byEndpoint, tooMany };
}
