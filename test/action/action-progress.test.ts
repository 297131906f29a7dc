// Reading a large team at the rate limit takes minutes: the Action's log says how far it is, as
// the CLI does in CI (src/core/progress.ts), instead of a silence until the plan appears.
import { afterEach, expect, it } from "vitest";
import {
  DEMO_ADMIN_KEY,
  type Emulator,
  generateTeamState,
  startEmulator,
} from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { workspace } from "./harness.js";
import { runInProcess } from "./in-process.js";

let emulator: Emulator;
let github: FakeGitHub;
afterEach(async () => {
  await emulator.close();
  await github.close();
});

it("logs the spend pages read and the waits for the rate limit while it plans", async () => {
  emulator = await startEmulator({
    // Five spend pages at 100 rows. The emulator counts real time and the Action's clock here is
    // a manual one, so the limit is the client's own: told two a minute, it waits two windows.
    rateLimits: "off",
    maxSpendPageSize: 100,
    state: generateTeamState({ members: 450, repos: 3, withLimits: 0.5 }),
  });
  github = await startFakeGitHub();
  const ws = workspace();
  ws.write("policies/limits.yaml", "version: 1\nspendLimits:\n  default: 77\n");

  const run = await runInProcess({
    workspace: ws,
    github,
    event: "schedule",
    sha: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432",
    inputs: {
      command: "plan",
      "api-key": DEMO_ADMIN_KEY,
      "base-url": emulator.url,
      "rate-limits": "spend=2",
      comment: "false",
      // Every member moves to the default: past the built-in share, and not what this is about.
      "allow-large-changes": "true",
    },
  });

  expect(run.code, run.stdout).toBe(0);
  const log = run.stdout.split("\n");
  expect(log).toContain("reading the live team");
  expect(log.some((line) => /^reading the live team: spend report [1-4]\/5 pages/.test(line))).toBe(
    true,
  );
  expect(
    log.some((line) => /waiting \d+ s for the rate limit of POST \/teams\/spend/.test(line)),
  ).toBe(true);
  // And it did wait (on the manual clock): a window for each two pages.
  expect(run.sleeps.filter((ms) => ms >= 30_000).length).toBeGreaterThanOrEqual(2);
});
