// A graceful stop of apply (what SIGINT/SIGTERM trigger in the CLI), in-process: once the signal
// aborts, no new change starts, the requests in flight finish, and everything else is
// reported skipped, "interrupted". The spawned-CLI version (real signals) is in kill.test.ts.

import { describe, expect, it } from "vitest";
import { applyPlan, DEFAULT_LIMIT_CONCURRENCY, InterruptedError } from "../../src/apply/apply.js";
import { connect } from "../../src/core/connect.js";
import { planAgainstLive } from "../../src/core/reconcile.js";
import {
  DEMO_ADMIN_KEY,
  type EmulatorState,
  type RequestLogEntry,
} from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { withEmulator } from "../helpers/emulator.js";
import { desiredState, userLimit } from "../plan/builders.js";
import { email, team } from "./support.js";

async function setup(state: EmulatorState) {
  const clock = new ManualClock();
  const emulator = await withEmulator({ state, clock });
  const interrupt = new AbortController();
  const connection = connect({
    baseUrl: emulator.url,
    env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
    logger: silentLogger,
    clock,
    stopWaiting: interrupt.signal,
  });
  return { clock, emulator, interrupt, connection };
}

const writesIn = (log: RequestLogEntry[]) =>
  log.filter((entry) => entry.endpoint === "userSpendLimit");

describe("interrupting an apply", () => {
  it("starts no new change, lets the request in flight finish, and reports the rest skipped", async () => {
    const { clock, emulator, interrupt, connection } = await setup(team(300, 0, 5));
    const desired = desiredState({
      limits: { users: Array.from({ length: 300 }, (_, i) => userLimit(email(i + 1), 9_001)) },
    });
    const { plan } = await planAgainstLive(desired, connection.reader, { allowDeletes: false });
    expect(plan.changes).toHaveLength(300);
    emulator.clearRequests();

    const result = await applyPlan(plan, {
      writer: connection.writer,
      clock,
      signal: interrupt.signal,
      onProgress: (progress) => {
        if (progress.done === 40 && !interrupt.signal.aborted) {
          interrupt.abort(new InterruptedError("received SIGTERM"));
        }
      },
    });

    const writes = writesIn(emulator.requests());
    // 40 were answered at the stop; besides them, only the requests already in flight went out.
    expect(writes.length).toBeGreaterThanOrEqual(40);
    expect(writes.length).toBeLessThanOrEqual(40 + DEFAULT_LIMIT_CONCURRENCY);
    // None was cut off: every write that went out got its answer.
    expect(writes.every((entry) => entry.status === 200)).toBe(true);
    expect(result.interrupted).toBe(true);
    expect(result.applied).toBe(writes.length);
    expect(result.failed).toBe(0);
    expect(result.skipped).toBe(300 - writes.length);
    const skipped = result.outcomes.filter((o) => o.status === "skipped");
    expect(skipped.every((o) => o.reason?.startsWith("interrupted (received SIGTERM)"))).toBe(true);
    // What was reported applied really is applied; nothing else changed.
    const limits = new Map(
      emulator.getState().members.map((m) => [m.email, m.monthlyLimitDollars]),
    );
    for (const outcome of result.outcomes) {
      const applied = outcome.status === "applied";
      expect(limits.get(outcome.change.key) === 9_001).toBe(applied);
    }
  });

  it("a stop before apply starts sends nothing", async () => {
    const { clock, emulator, interrupt, connection } = await setup(team(20, 0, 6));
    const desired = desiredState({ limits: { users: [userLimit(email(1), 9_001)] } });
    const { plan } = await planAgainstLive(desired, connection.reader, { allowDeletes: false });
    interrupt.abort(new InterruptedError("received SIGINT"));
    emulator.clearRequests();

    const result = await applyPlan(plan, {
      writer: connection.writer,
      clock,
      signal: interrupt.signal,
    });

    expect(emulator.requests()).toEqual([]);
    expect(result.interrupted).toBe(true);
    expect(result.outcomes.map((o) => o.status)).toEqual(["skipped"]);
    expect(result.outcomes[0]?.reason).toMatch(
      /^interrupted \(received SIGINT\) before it started/,
    );
  });
});
