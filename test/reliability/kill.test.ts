// The apply process killed at random points — SIGTERM (graceful: the CI runner cancelling a job)
// and SIGKILL (the machine going away) — then run again: it converges to exactly the policy, and
// at no point is anything outside the policy touched (members no rule covers, ignored blocklists).
// The real bundled CLI runs as a child process against an emulator in this process.

import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import { type Emulator, type FaultSpec, startEmulator } from "../../src/emulator/index.js";
import { seededRandom } from "../../src/emulator/prng.js";
import { onRequestArrival } from "../helpers/emulator.js";
import {
  type CliRun,
  differences,
  expectedAfterApply,
  killPolicy,
  type Managed,
  managed,
  policyDir,
  recordFigures,
  startCli,
  team,
  untouchedByKillPolicy,
} from "./support.js";

const SEED = Number(process.env.FC_SEED ?? 20_261_122);
const KILLS: readonly NodeJS.Signals[] = [
  "SIGTERM",
  "SIGKILL",
  "SIGTERM",
  "SIGKILL",
  "SIGKILL",
  "SIGTERM",
];

/**
 * Write requests a run still has to make to get from `now` to `expected`: one per limit and per
 * delete, and one for all the blocklist upserts (they fit in one batch here).
 */
function writesStillNeeded(now: Managed, expected: Managed): number {
  let writes = 0;
  let upserts = false;
  for (const who of Object.keys(expected.limits)) {
    if (now.limits[who] !== expected.limits[who]) writes++;
  }
  for (const url of new Set([
    ...Object.keys(now.blocklists),
    ...Object.keys(expected.blocklists),
  ])) {
    if (JSON.stringify(now.blocklists[url]) === JSON.stringify(expected.blocklists[url])) continue;
    if (expected.blocklists[url] === undefined) writes++;
    else upserts = true;
  }
  return writes + (upserts ? 1 : 0);
}

/**
 * Sends `signal` to the run as the `count`-th write request of it reaches `emulator` (heard as an
 * event, not polled); resolves once the run has ended, with whether it was killed.
 */
/**
 * Runs the CLI with an admin key of its own and kills it with `signal` as its `count`th write
 * reaches the emulator. Only requests made with that key count: a run killed just before can
 * leave writes on connections the server reads only later, and counting one of those would kill
 * this run while it is still starting, before it listens for signals.
 */
async function killAtWrite(
  emulator: Emulator,
  args: readonly string[],
  count: number,
  signal: NodeJS.Signals,
): Promise<{ reached: boolean; result: Awaited<CliRun["done"]> }> {
  const key = `crsr_${randomBytes(32).toString("hex")}`;
  const state = emulator.getState();
  emulator.setState({ ...state, apiKeys: [...state.apiKeys, { key, scope: "admin" }] });
  const authorization = `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
  let seen = 0;
  let run: CliRun | undefined;
  const stopListening = onRequestArrival(emulator, (endpoint, request) => {
    if (endpoint === null || !ENDPOINTS[endpoint].write) return;
    if (request.headers.authorization !== authorization) return;
    seen += 1;
    if (seen === count) run?.child.kill(signal);
  });
  try {
    run = startCli(args, key);
    const result = await run.done;
    return { reached: seen >= count, result };
  } finally {
    stopListening();
  }
}

describe("apply killed at random points, then run again", () => {
  it("converges to exactly the policy and never touches what the policy does not cover", async ({
    onTestFinished,
  }) => {
    const initial = team(200, 40, 11);
    const dir = await policyDir({ onTestFinished }, killPolicy());
    const expected = await expectedAfterApply(initial, dir);
    const untouched = untouchedByKillPolicy(initial);
    // A few milliseconds per write, so that a kill lands between writes rather than after all.
    const slow: FaultSpec = { latencyMs: 4 };
    const emulator = await startEmulator({
      state: initial,
      rateLimits: "off",
      faults: { userSpendLimit: slow, blocklistsUpsert: slow, blocklistDelete: slow },
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
    const random = seededRandom(SEED);

    /** Nothing outside the policy changed, and every managed value is its old or its new value. */
    const checkNothingElseTouched = (now: Managed) => {
      const state = emulator.getState();
      for (const [who, limit] of untouched.members) expect(now.limits[who]).toBe(limit);
      for (const entry of untouched.blocklists) {
        expect(state.blocklists.find((b) => b.id === entry.id)).toEqual(entry);
      }
      const before = managed(initial);
      for (const [who, limit] of Object.entries(now.limits)) {
        expect([before.limits[who], expected.limits[who]]).toContain(limit);
      }
      for (const [url, patterns] of Object.entries(now.blocklists)) {
        expect([before.blocklists[url], expected.blocklists[url]]).toContainEqual(patterns);
      }
    };

    const figures = {
      changesPlanned: differences(managed(initial), expected),
      kills: [] as { signal: string; afterWrites: number; exit: string; stillToDo: number }[],
      killedMidRun: 0,
    };
    for (const signal of KILLS) {
      const remaining = writesStillNeeded(managed(emulator.getState()), expected);
      if (remaining < 3) break;
      const logged = emulator.requests().length;
      // Strictly inside the run: after at least one write, before the last.
      const afterWrites = 1 + Math.floor(random() * Math.min(40, remaining - 2));
      const { reached, result } = await killAtWrite(emulator, args, afterWrites, signal);
      if (reached) figures.killedMidRun += 1;

      if (reached && signal === "SIGKILL") expect(result.signal).toBe("SIGKILL");
      if (reached && signal === "SIGTERM") {
        // Graceful: says so, lets the write in flight finish, reports the rest, exits 1.
        expect(result.stderr).toContain("received SIGTERM");
        expect(result.code).toBe(1);
        expect(result.stdout + result.stderr).toMatch(/interrupted \(received SIGTERM\)/);
        expect(
          emulator
            .requests()
            .slice(logged)
            .filter((e) => e.status === 0),
        ).toEqual([]);
      }
      expect(result.stderr).not.toContain("internal error");
      const now = managed(emulator.getState());
      checkNothingElseTouched(now);
      figures.kills.push({
        signal,
        afterWrites,
        exit: result.signal ?? String(result.code),
        stillToDo: differences(now, expected),
      });
    }
    expect(figures.killedMidRun).toBeGreaterThanOrEqual(4);

    const last = await startCli(args).done;
    expect(last.code, last.stderr).toBe(0);
    // The writes in flight when the last SIGTERM came may have finished the work already.
    expect(last.stdout).toMatch(/verified: live state matches policy|No changes/);
    expect(managed(emulator.getState())).toEqual(expected);
    checkNothingElseTouched(managed(emulator.getState()));

    const plan = await startCli(["plan", "--detailed-exitcode", ...args.slice(2)]).done;
    expect(plan.code, plan.stdout).toBe(0);
    await recordFigures("kill", { ...figures, finalMismatches: 0 });
  });
});
