// Shared set-up for the reconciler tests: a real emulator on loopback and a Connection to it made
// by the same connect() the CLI uses, both on one ManualClock, so the client's pacing and retry
// backoff advance the emulator's rate windows instantly and no test waits on real time.

import { ENDPOINTS } from "../../src/api/endpoints.js";
import { type Connection, connect } from "../../src/core/connect.js";
import { digestDesiredState, type LoadedPolicy } from "../../src/core/policy.js";
import {
  DEMO_ADMIN_KEY,
  type Emulator,
  type EmulatorOptions,
  type EmulatorState,
  type MemberState,
  type RequestLogEntry,
} from "../../src/emulator/index.js";
import type { DesiredState } from "../../src/model/desired.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { withEmulator } from "../helpers/emulator.js";

export interface ReconcileSetup {
  readonly emulator: Emulator;
  readonly clock: ManualClock;
  readonly connection: Connection;
}

/** An emulator for this test and a connection to it over HTTP, sharing one ManualClock. */
export async function startReconcile(
  options: Omit<EmulatorOptions, "clock"> = {},
): Promise<ReconcileSetup> {
  const clock = new ManualClock();
  const emulator = await withEmulator({ ...options, clock });
  const connection = connect({
    baseUrl: emulator.url,
    env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
    logger: silentLogger,
    clock,
  });
  return { emulator, clock, connection };
}

/** A desired state as the loader would hand it to applyPolicy. */
export function loaded(desired: DesiredState): LoadedPolicy {
  return { desired, warnings: [], digest: digestDesiredState(desired) };
}

/** The requests that reached a write endpoint (whatever their answer). */
export function writeRequests(emulator: Emulator): RequestLogEntry[] {
  return emulator.requests().filter((entry) => isWrite(entry));
}

function isWrite(entry: RequestLogEntry): boolean {
  return entry.endpoint !== null && ENDPOINTS[entry.endpoint].write;
}

/** A small team state: members as given, the demo keys, nothing else. */
export function teamState(
  members: ReadonlyArray<Partial<MemberState> & { email: string }>,
  blocklists: EmulatorState["blocklists"] = [],
): EmulatorState {
  return {
    version: 1,
    team: { name: "Test" },
    members: members.map((member, index) => ({
      id: `user_${String(index).padStart(28, "0")}`,
      name: member.email.split("@")[0] ?? member.email,
      role: "member",
      spendCents: 0,
      monthlyLimitDollars: null,
      ...member,
    })),
    blocklists: blocklists.map((entry) => ({ ...entry, patterns: [...entry.patterns] })),
    apiKeys: [{ key: DEMO_ADMIN_KEY, scope: "admin", name: "test admin key" }],
    usage: { daily: [], events: [] },
    auditLog: [],
    subscriptionCycleStart: Date.UTC(2026, 9, 1),
  };
}

/** Limits by lower-cased email, and blocklists by URL (patterns sorted), from the emulator. */
export function snapshot(state: EmulatorState): {
  limits: Record<string, number | null>;
  blocklists: Record<string, string[]>;
} {
  const limits: Record<string, number | null> = {};
  for (const member of state.members) {
    if (!member.isRemoved) limits[member.email.toLowerCase()] = member.monthlyLimitDollars;
  }
  const blocklists: Record<string, string[]> = {};
  for (const entry of state.blocklists) blocklists[entry.url] = [...entry.patterns].sort();
  return { limits, blocklists };
}

/** How many repos an upsert request carried (0 when the body has no repos array). */
export function reposSent(entry: RequestLogEntry): number {
  const body = entry.body;
  if (typeof body !== "object" || body === null || !("repos" in body)) return 0;
  return Array.isArray(body.repos) ? body.repos.length : 0;
}

/** The error `promise` rejects with, checked to be an instance of `type`; fails when it resolves. */
export async function rejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected a ${type.name}, got ${String(error)}`);
  }
  throw new Error(`expected a ${type.name}, but the call succeeded`);
}
