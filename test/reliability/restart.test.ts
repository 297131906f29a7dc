// The emulator restarted in the middle of an apply, its state persisted in a file and served
// again on the same port: requests in flight lose their connection, the next ones are refused
// until it is back, the client's pooled connections are dead; the client retries, reconnects and
// the apply finishes and verifies in the same run.
//
// Time: a ManualClock shared with the emulator, whose sleeps first wait for a restart under way
// (a real server comes back while the client backs off; here the back-off costs no real time, so
// it waits for the restart instead of racing through its attempts).

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "../../src/core/connect.js";
import { digestDesiredState } from "../../src/core/policy.js";
import { applyPolicy, planAgainstLive } from "../../src/core/reconcile.js";
import {
  DEMO_ADMIN_KEY,
  type Emulator,
  type EmulatorState,
  startEmulator,
} from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { ExitCode } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { aBlocklist, desiredState, userLimit } from "../plan/builders.js";
import { email, recordFigures, repo, team } from "./support.js";

class RestartAwareClock extends ManualClock {
  pending: Promise<void> = Promise.resolve();

  override async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    await this.pending;
    return super.sleep(ms, signal);
  }
}

describe("the emulator restarted mid-run", () => {
  it("with its state file: the client reconnects and the apply finishes and verifies", async ({
    onTestFinished,
  }) => {
    const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-restart-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const stateFile = path.join(dir, "team.json");
    const clock = new RestartAwareClock();
    const initial = team(300, 20, 31);
    // A few ms per write, so the restart catches requests in flight.
    const options = { stateFile, clock, faults: { userSpendLimit: { latencyMs: 2 } } };
    let emulator: Emulator = await startEmulator({ ...options, state: initial });
    const port = Number(new URL(emulator.url).port);
    onTestFinished(() => emulator.close());

    const desired = desiredState({
      limits: { users: Array.from({ length: 250 }, (_, i) => userLimit(email(i + 1), 33 + i)) },
      blocklists: Array.from({ length: 10 }, (_, i) =>
        aBlocklist({ url: repo(i + 1), patterns: ["*.env", "restart/**"] }),
      ),
    });
    let writes = 0;
    let restarts = 0;
    const errors: string[] = [];
    const connection = connect({
      baseUrl: emulator.url,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
      logger: silentLogger,
      clock,
      onRequest: (event) => {
        if (event.error !== undefined) errors.push(event.error);
        if (event.endpoint !== "userSpendLimit" || restarts === 2 || ++writes % 100 !== 50) return;
        // After the 50th and the 150th write attempts: stop the server (cutting what is in flight) and start a new
        // one from the state file on the same port.
        restarts += 1;
        clock.pending = (async () => {
          await emulator.close();
          emulator = await startEmulator({ ...options, port });
        })();
      },
    });

    const outcome = await applyPolicy({
      policy: { desired, warnings: [], digest: digestDesiredState(desired) },
      connection,
      allowDeletes: false,
      allowLargeChanges: true,
      confirm: async () => true,
      clock,
      logger: silentLogger,
    });
    await clock.pending;

    expect(restarts).toBe(2);
    // The restarts were felt: connections refused or reset, then retried.
    expect(errors.length).toBeGreaterThan(0);
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.result?.failed).toBe(0);
    expect(outcome.verification?.changes).toEqual([]);
    // The state file, which the last emulator started from and saved to, holds the policy.
    const saved: EmulatorState = JSON.parse(await readFile(stateFile, "utf8"));
    const limits = new Map(saved.members.map((m) => [m.email, m.monthlyLimitDollars]));
    for (let n = 1; n <= 250; n++) expect(limits.get(email(n))).toBe(33 + n - 1);
    const { plan } = await planAgainstLive(desired, connection.reader, {
      allowDeletes: false,
      allowLargeChanges: true,
    });
    expect(plan.changes).toEqual([]);

    await recordFigures("restart", {
      changesAttempted: outcome.plan.changes.length,
      restarts,
      connectionErrorsRetried: errors.length,
      errorCodes: [...new Set(errors)].sort(),
      finalMismatches: plan.changes.length,
    });
  });
});
