// End to end under trouble: the real CLI applies while the emulator answers a share of write
// calls with 5xx, drops connections, and loses answers to writes that landed. The client retries
// what it can; whatever still failed, running apply again converges, and the team ends exactly as
// the policy says.

import { describe, expect, it } from "vitest";
import { connect } from "../../src/core/connect.js";
import { loadPolicy } from "../../src/core/policy.js";
import { applyPolicy } from "../../src/core/reconcile.js";
import {
  DEMO_ADMIN_KEY,
  demoTeamState,
  type Emulator,
  type RequestLogEntry,
  startEmulator,
} from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { onRequestArrival } from "../helpers/emulator.js";
import { against, cli, demoEmulator, EXAMPLE_POLICIES, managedState } from "./support.js";

/** The demo team after a fault-free apply of the example policies, computed in-process. */
async function expectedAfterApply() {
  const clock = new ManualClock();
  const emulator = await startEmulator({ state: demoTeamState(), clock });
  try {
    const outcome = await applyPolicy({
      policy: await loadPolicy(EXAMPLE_POLICIES),
      connection: connect({
        baseUrl: emulator.url,
        env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
        logger: silentLogger,
        clock,
      }),
      allowDeletes: false,
      confirm: async () => true,
      clock,
      logger: silentLogger,
    });
    expect(outcome.exitCode).toBe(0);
    return managedState(emulator.getState());
  } finally {
    await emulator.close();
  }
}

/**
 * Keeps retry chains short. The CLI backs off with the real clock (about 1, 2, 4, 8, 16 s), and
 * its spend-limit writes run several at a time, so which request draws which fault depends on
 * arrival order: now and then one request would draw four or five faults in a row and the test
 * would wait half a minute. So as each request arrives, before the emulator handles it: if any
 * one request has been faulted twice, faults are switched off, and no request waits longer than
 * the first two back-offs. Returns a function that stops watching.
 */
function switchOffAfterTwoFaultsOnOneRequest(emulator: Emulator): () => void {
  return onRequestArrival(emulator, () => {
    const hits = new Map<string, number>();
    for (const entry of emulator.requests()) {
      if (entry.fault === undefined) continue;
      const request = `${entry.method} ${entry.path} ${JSON.stringify(entry.body)}`;
      hits.set(request, (hits.get(request) ?? 0) + 1);
    }
    if ([...hits.values()].some((count) => count >= 2)) emulator.configure({ faults: {} });
  });
}

describe("apply with faults injected (bundled CLI)", () => {
  it("with 20 % 5xx and dropped connections during apply, a re-run converges to exactly the policy", async ({
    onTestFinished,
  }) => {
    const expected = await expectedAfterApply();
    const emulator = await demoEmulator({ onTestFinished });
    // On the write endpoints, which only apply calls: 20 % answered 5xx, 10 % dropped, 5 % landed
    // but answered with a broken body (the answer is lost, not the change). Reads stay clean.
    const rates = { errorRate: 0.2, dropRate: 0.1, malformedRate: 0.05 };
    const faults = { userSpendLimit: rates, blocklistsUpsert: rates, blocklistDelete: rates };

    // A run of the demo apply makes about a dozen writes, so it almost always meets a fault; in
    // the rare case it met none, start again from the demo team, so the test always proves something.
    let faulted: RequestLogEntry[] = [];
    const codes: number[] = [];
    for (let round = 0; round < 3 && faulted.length === 0; round++) {
      emulator.setState(demoTeamState());
      emulator.clearRequests();
      emulator.configure({ faults });
      const stopWatching = switchOffAfterTwoFaultsOnOneRequest(emulator);
      codes.length = 0;
      for (let run = 0; run < 4 && codes.at(-1) !== 0; run++) {
        const result = await cli(against(emulator, EXAMPLE_POLICIES, "apply", "--auto-approve"));
        codes.push(result.code ?? -1);
        // Whatever happened, the outcome is reported as a result or an error, never a crash.
        expect(result.stderr).not.toContain("internal error");
      }
      stopWatching();
      emulator.configure({ faults: {} });
      faulted = emulator.requests().filter((entry) => entry.fault !== undefined);
    }

    expect(faulted.length).toBeGreaterThan(0);
    // Each run ends in a verified apply (0) or reports what failed (1); the last one converged.
    expect(
      codes.every((code) => code === 0 || code === 1),
      String(codes),
    ).toBe(true);
    expect(codes.at(-1)).toBe(0);
    expect(managedState(emulator.getState())).toEqual(expected);

    const plan = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--detailed-exitcode"));
    expect(plan.code, plan.stderr).toBe(0);
  });

  it("answers lost after the writes landed: the read-back confirms what took, a re-run finishes", async ({
    onTestFinished,
  }) => {
    const expected = await expectedAfterApply();
    const emulator = await demoEmulator({ onTestFinished });
    // Every write is carried out, but its answer arrives broken, so the CLI cannot know it worked.
    const lost = { malformedRate: 1 };
    emulator.configure({
      faults: { userSpendLimit: lost, blocklistsUpsert: lost, blocklistDelete: lost },
    });

    const first = await cli(against(emulator, EXAMPLE_POLICIES, "apply", "--auto-approve"));
    expect(first.code, first.stderr).toBe(1);
    // Upserts and limits got no usable answer, so the delete was held back; the read-back then
    // confirmed that every one of them took.
    expect(first.stdout).toContain("12 applied, 0 failed, 1 skipped");
    expect(first.stdout).toContain("confirmed by the read-back after apply");
    expect(first.stdout).toMatch(
      /○ skipped\s+- blocklist https:\/\/github.com\/acme\/marketing-site/,
    );
    // The read-back tells the truth: only the held-back delete did not take.
    expect(first.stdout).toMatch(/NOT verified: .*1 change did not take/);
    expect(
      emulator
        .getState()
        .blocklists.some((b) => b.url === "https://github.com/acme/marketing-site"),
    ).toBe(true);

    emulator.configure({ faults: {} });
    const second = await cli(against(emulator, EXAMPLE_POLICIES, "apply", "--auto-approve"));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("1 applied, 0 failed, 0 skipped");
    expect(second.stdout).toContain("verified: live state matches policy");
    expect(managedState(emulator.getState())).toEqual(expected);
  });
});
