// A cancelled workflow run sends the Action SIGINT/SIGTERM before killing it: the apply must
// stop starting changes, finish the request in flight, and report what it skipped.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { demoTeamState, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { applyOnPush, examplePolicyWorkspace } from "./harness.js";

let emulator: Emulator;
let github: FakeGitHub;

beforeEach(async () => {
  // A team without the bulk spend-limit route: one write per limit, so there is a moment
  // between writes to cancel in (the bulk route sends the demo's nine limits in one call).
  emulator = await startEmulator({
    rateLimits: "off",
    state: { ...demoTeamState(), features: { bulkSpendLimits: false } },
  });
  github = await startFakeGitHub();
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

const limitWrites = () => emulator.requests().filter((r) => r.endpoint === "userSpendLimit");

describe("apply cancelled by the runner", () => {
  it("stops on SIGTERM: no new change starts, the rest is reported skipped, the job fails", async () => {
    // Slow spend-limit answers leave time to cancel while the limits are being written, and a
    // limit of one write a minute keeps the other changes waiting for pacing (several writes
    // are in flight at once otherwise: all nine would have started before the cancel).
    emulator.configure({ faults: { userSpendLimit: { latencyMs: 300 } } });
    const result = await applyOnPush(examplePolicyWorkspace(), github, emulator.url, {
      inputs: { "rate-limits": "user-spend-limit=1" },
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (limitWrites().length > 0) {
            clearInterval(poll);
            child.kill("SIGTERM");
          }
        }, 20);
        child.on("close", () => clearInterval(poll));
      },
    });

    expect(result.code).toBe(1);
    expect(result.stdout).toContain("received SIGTERM");
    // The demo plan has 9 limit changes; the cancel came after the first write.
    expect(limitWrites().length).toBeLessThan(9);
    expect(result.summary).toMatch(/skipped/);
    expect(result.outputs["exit-code"]).toBe("1");
  });
});
