// Two applies started at once against the same team (two CLI processes, one emulator). Every
// write names its target and an absolute value, so two runs of the same policy can interleave in
// any order and still leave exactly the policy; a run that finds its delete already done by the
// other reports it skipped, "already gone", and neither run reports a false failure. What two runs of DIFFERENT
// policies do — and what the GitHub concurrency group adds — is in docs/reliability.md, and the
// second test shows why the group matters.

import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import { applyPlan } from "../../src/apply/apply.js";
import { connect } from "../../src/core/connect.js";
import { planAgainstLive } from "../../src/core/reconcile.js";
import { DEMO_ADMIN_KEY, startEmulator } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { withEmulator } from "../helpers/emulator.js";
import { desiredState } from "../plan/builders.js";
import {
  expectedAfterApply,
  killPolicy,
  managed,
  policyDir,
  recordFigures,
  startCli,
  team,
  untouchedByKillPolicy,
} from "./support.js";

describe("two applies at once", () => {
  it("a delete the other run made first is skipped, already gone, not failed", async () => {
    const clock = new ManualClock();
    const initial = team(5, 3, 14);
    const emulator = await withEmulator({ state: initial, clock });
    const connection = connect({
      baseUrl: emulator.url,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
      logger: silentLogger,
      clock,
    });
    const desired = desiredState({ ownership: { prune: true } });
    const { plan } = await planAgainstLive(desired, connection.reader, {
      allowDeletes: true,
      allowLargeChanges: true,
    });
    expect(plan.changes.map((c) => c.kind)).toEqual(["delete", "delete", "delete"]);
    // The other run deletes the second one in the meantime.
    const [, gone] = initial.blocklists;
    emulator.setState({
      ...initial,
      blocklists: initial.blocklists.filter((b) => b.id !== gone?.id),
    });

    const result = await applyPlan(plan, { writer: connection.writer, clock });

    expect(result.outcomes.map((o) => o.status)).toEqual(["applied", "skipped", "applied"]);
    expect(result.outcomes[1]?.reason).toMatch(/^already gone: the API has no blocklist/);
    expect(result.failed).toBe(0);
    expect(emulator.getState().blocklists).toEqual([]);
  });

  it("of the same policy: the outcome is exactly the policy", async ({ onTestFinished }) => {
    const initial = team(200, 40, 12);
    const dir = await policyDir({ onTestFinished }, killPolicy());
    const expected = await expectedAfterApply(initial, dir);
    const emulator = await startEmulator({
      state: initial,
      rateLimits: "off",
      faults: { "*": { latencyMs: 2 } },
    });
    onTestFinished(() => emulator.close());
    // Mass changes on purpose: past the built-in size thresholds.
    const args = [
      "apply",
      "--auto-approve",
      "--allow-deletes",
      "--allow-large-changes",
      "--policies",
      dir,
      "--base-url",
      emulator.url,
    ];

    const [first, second] = await Promise.all([startCli(args).done, startCli(args).done]);

    // Both succeed. Whichever run came second to a delete reports it skipped, "already gone",
    // rather than failing a run whose end state is exactly right. On a busy machine one run can
    // finish before the other reads the team: that one then has nothing to do, which is right too.
    for (const run of [first, second]) {
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(
        /verified: live state matches policy|No changes\. Live state matches policy\./,
      );
    }
    expect(first.stdout + second.stdout).toContain("verified: live state matches policy");
    const alreadyGone = (first.stdout + second.stdout).match(/already gone/g)?.length ?? 0;
    expect(managed(emulator.getState())).toEqual(expected);
    const untouched = untouchedByKillPolicy(initial);
    for (const [who, limit] of untouched.members) {
      expect(managed(emulator.getState()).limits[who]).toBe(limit);
    }
    const writes = emulator
      .requests()
      .filter((e) => e.endpoint !== null && ENDPOINTS[e.endpoint].write);
    await recordFigures("concurrent", {
      exitCodes: [first.code, second.code],
      deletesFoundAlreadyGone: alreadyGone,
      writeRequests: writes.length,
      finalMismatches: 0,
    });
  });

  it("of two different policies: each value ends as one of them — why applies must not overlap", async ({
    onTestFinished,
  }) => {
    const initial = team(200, 40, 13);
    const policyA = killPolicy();
    const policyB = structuredClone(policyA);
    const limitsB = policyB.spendLimits;
    if (typeof limitsB !== "object" || limitsB === null) throw new Error("no spendLimits");
    Reflect.set(limitsB, "emailPatterns", { "user000*@bench.example": 80 });
    const dirA = await policyDir({ onTestFinished }, policyA);
    const dirB = await policyDir({ onTestFinished }, policyB);
    const afterA = await expectedAfterApply(initial, dirA);
    const afterB = await expectedAfterApply(initial, dirB);
    const emulator = await startEmulator({
      state: initial,
      rateLimits: "off",
      faults: { "*": { latencyMs: 2 } },
    });
    onTestFinished(() => emulator.close());
    const argsFor = (dir: string) => [
      "apply",
      "--auto-approve",
      "--allow-deletes",
      "--allow-large-changes",
      "--policies",
      dir,
      "--base-url",
      emulator.url,
    ];

    await Promise.all([startCli(argsFor(dirA)).done, startCli(argsFor(dirB)).done]);

    // Every value is one of the two policies' (last writer wins per value); nothing else moved.
    const mixed = managed(emulator.getState());
    for (const [who, limit] of Object.entries(mixed.limits)) {
      expect([afterA.limits[who], afterB.limits[who]]).toContain(limit);
    }
    // Applying the newer policy again (what the queued run of a concurrency group does) settles it.
    const again = await startCli(argsFor(dirB)).done;
    expect(again.code, again.stderr).toBe(0);
    expect(managed(emulator.getState())).toEqual(afterB);
    const fromA = Object.keys(mixed.limits).filter(
      (who) => mixed.limits[who] !== afterB.limits[who],
    ).length;
    await recordFigures("concurrent-different", { valuesLeftFromTheOtherPolicy: fromA });
  });
});
