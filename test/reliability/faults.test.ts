// About 500 changes applied while the emulator answers 20 % of all requests with a 5xx, drops 5 %
// of connections, and throws bursts of 429s at the spend-limit writes: apply (re-run while it
// reports failures) converges, every final value is exactly the policy's, nothing the policy
// does not cover moved, and a fresh plan is empty.
//
// The client and the emulator share a ManualClock: back-off and pacing cost no real time, while
// every request crosses real HTTP on loopback.

import { describe, expect, it } from "vitest";
import { connect } from "../../src/core/connect.js";
import { BlockedError } from "../../src/core/errors.js";
import { digestDesiredState } from "../../src/core/policy.js";
import { applyPolicy, planAgainstLive } from "../../src/core/reconcile.js";
import { DEMO_ADMIN_KEY, type FaultConfig } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { ExitCode } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { withEmulator } from "../helpers/emulator.js";
import { aBlocklist, desiredState, userLimit } from "../plan/builders.js";
import { bulkTeam, email, recordFigures, repo, team } from "./support.js";

/** Covered members: user00001-00480; every 10th loses its limit, the others get 7 + n dollars. */
const COVERED = 480;
const wanted = (n: number) => (n % 10 === 0 ? null : 7 + n);
const BURST = 12;
const BURST_EVERY = 150;

describe("apply under injected faults", () => {
  it("500 changes with 20 % 5xx, 5 % dropped connections and bursts of 429s converge to exactly the policy", async () => {
    const initial = team(530, 40, 21);
    const desired = desiredState({
      limits: {
        users: Array.from({ length: COVERED }, (_, i) => userLimit(email(i + 1), wanted(i + 1))),
      },
      blocklists: [
        ...Array.from({ length: 20 }, (_, i) =>
          aBlocklist({ url: repo(i + 1), patterns: ["*.env", `gen/${i}/**`] }),
        ),
        ...Array.from({ length: 10 }, (_, i) =>
          aBlocklist({ url: `https://github.com/bench/new-${i}`, patterns: ["*.pem"] }),
        ),
      ],
      ownership: { prune: true, ignore: ["https://github.com/bench/repo-0004*"] },
    });
    const clock = new ManualClock();
    const faults = (burst: number): FaultConfig => ({
      "*": { errorRate: 0.2, dropRate: 0.05 },
      userSpendLimit: { burst429: burst },
    });
    const emulator = await withEmulator({ state: initial, clock, seed: 5, faults: faults(BURST) });

    const stats = { attempts: 0, retries: 0, status429: 0, status5xx: 0, noAnswer: 0 };
    let writesSinceBurst = 0;
    const connection = connect({
      baseUrl: emulator.url,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
      logger: silentLogger,
      clock,
      onRequest: (event) => {
        stats.attempts += 1;
        if (event.retryInMs !== undefined) stats.retries += 1;
        if (event.status === 429) stats.status429 += 1;
        if (event.status !== undefined && event.status >= 500) stats.status5xx += 1;
        if (event.status === undefined) stats.noAnswer += 1;
        // A fresh burst of 429s every so many spend-limit writes.
        if (event.endpoint === "userSpendLimit" && ++writesSinceBurst >= BURST_EVERY) {
          writesSinceBurst = 0;
          emulator.configure({ faults: faults(BURST) });
        }
      },
    });
    const policy = { desired, warnings: [], digest: digestDesiredState(desired) };
    const started = clock.now();

    const runs: { applied: number; failed: number; skipped: number }[] = [];
    let attempted = 0;
    let exitCode: number | undefined;
    for (let run = 0; run < 5 && exitCode !== ExitCode.Ok; run++) {
      const outcome = await applyPolicy({
        policy,
        connection,
        allowDeletes: true,
        allowLargeChanges: true,
        confirm: async () => true,
        clock,
        logger: silentLogger,
      }).catch(() => undefined); // a read that outlasted every retry: the next run starts over
      if (run === 0) attempted = outcome?.plan.changes.length ?? 0;
      if (outcome?.result) {
        const { applied, failed, skipped } = outcome.result;
        runs.push({ applied, failed, skipped });
      }
      exitCode = outcome?.exitCode;
    }
    const log = emulator.requests();
    const injected = {
      error5xx: log.filter((e) => e.fault === "error").length,
      dropped: log.filter((e) => e.fault === "drop").length,
      burst429: log.filter((e) => e.fault === "burst429").length,
    };
    emulator.configure({ faults: {} });

    expect(exitCode).toBe(ExitCode.Ok);
    expect(attempted).toBeGreaterThanOrEqual(500);
    expect(injected.error5xx).toBeGreaterThan(50);
    expect(injected.dropped).toBeGreaterThan(10);
    expect(injected.burst429).toBeGreaterThanOrEqual(2 * BURST);

    // Every value exactly the policy's; nothing outside it moved.
    const final = emulator.getState();
    let mismatches = 0;
    final.members.forEach((member, index) => {
      const n = index + 1;
      const target = n <= COVERED ? wanted(n) : initial.members[index]?.monthlyLimitDollars;
      if (member.monthlyLimitDollars !== target) mismatches++;
    });
    const byUrl = new Map(final.blocklists.map((b) => [b.url, b]));
    for (const wantedList of desired.blocklists) {
      if (
        JSON.stringify(byUrl.get(wantedList.url)?.patterns) !== JSON.stringify(wantedList.patterns)
      )
        mismatches++;
    }
    const ignored = initial.blocklists.filter((b) => /repo-0004\d$/.test(b.url));
    expect(ignored.length).toBeGreaterThan(0);
    for (const entry of ignored)
      if (JSON.stringify(byUrl.get(entry.url)) !== JSON.stringify(entry)) mismatches++;
    const pruned = initial.blocklists.filter((b, i) => i >= 20 && !ignored.includes(b));
    for (const entry of pruned) if (byUrl.has(entry.url)) mismatches++;
    expect(final.blocklists).toHaveLength(desired.blocklists.length + ignored.length);
    expect(mismatches).toBe(0);

    const { plan } = await planAgainstLive(desired, connection.reader, {
      allowDeletes: true,
      allowLargeChanges: true,
    });
    expect(plan.changes).toEqual([]);

    await recordFigures("faults", {
      changesAttempted: attempted,
      applyRuns: runs.length,
      runs,
      requestsSent: stats.attempts,
      faultsInjected: injected,
      retries: stats.retries,
      answered429: stats.status429,
      answered5xx: stats.status5xx,
      noAnswer: stats.noAnswer,
      simulatedMinutes: Math.round((clock.now() - started) / 600) / 100,
      finalMismatches: mismatches,
      replanChanges: plan.changes.length,
    });
  });

  it("1,000 limits through the bulk route, 40 % of its calls answered 5xx and 20 % dropped, converge to exactly the policy", async () => {
    const members = 1_000;
    const initial = bulkTeam(members, 0, 22);
    const want = (n: number) => (n % 10 === 0 ? null : 11 + (n % 7));
    const desired = desiredState({
      limits: {
        users: Array.from({ length: members }, (_, i) => userLimit(email(i + 1), want(i + 1))),
      },
    });
    const clock = new ManualClock();
    const emulator = await withEmulator({
      state: initial,
      clock,
      seed: 9,
      // Reads fail now and then; the ten bulk calls (and their retries) often.
      faults: {
        "*": { errorRate: 0.2, dropRate: 0.05 },
        userSpendLimitsBulk: { errorRate: 0.4, dropRate: 0.2 },
      },
    });
    const connection = connect({
      baseUrl: emulator.url,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
      logger: silentLogger,
      clock,
    });
    const policy = { desired, warnings: [], digest: digestDesiredState(desired) };
    let exitCode: number | undefined;
    for (let run = 0; run < 5 && exitCode !== ExitCode.Ok; run++) {
      const outcome = await applyPolicy({
        policy,
        connection,
        allowDeletes: false,
        // Every member's limit changes on purpose: past the built-in limit-change threshold.
        allowLargeChanges: true,
        confirm: async () => true,
        clock,
        logger: silentLogger,
      }).catch((error: unknown) => {
        // A read that outlasted every retry: the next run starts over. A blocked plan is a
        // mistake in the test, not a fault: fail on it.
        if (error instanceof BlockedError) throw error;
        return undefined;
      });
      exitCode = outcome?.exitCode;
    }
    const log = emulator.requests();
    emulator.configure({ faults: {} });
    expect(exitCode).toBe(ExitCode.Ok);
    const bulk = log.filter((entry) => entry.endpoint === "userSpendLimitsBulk");
    expect(bulk.filter((entry) => entry.fault === "error").length).toBeGreaterThan(0);
    expect(bulk.filter((entry) => entry.fault === "drop").length).toBeGreaterThan(0);
    expect(log.some((entry) => entry.endpoint === "userSpendLimit")).toBe(false);
    const final = emulator.getState();
    expect(final.members.map((member) => member.monthlyLimitDollars)).toEqual(
      Array.from({ length: members }, (_, i) => want(i + 1)),
    );
    const { plan } = await planAgainstLive(desired, connection.reader, { allowDeletes: false });
    expect(plan.changes).toEqual([]);
  });
});
