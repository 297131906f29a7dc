import { configDefaults, defineConfig } from "vitest/config";

// Timeouts only guard against a hang: speed is measured by bench/, never by a test. On a busy
// two-core machine a test takes as long as the machine makes it (five times its idle time is
// ordinary), so the limits are far above what any test needs when idle.
//
// Files whose tests run the bundled CLI or Action as child processes. Each such test spends
// seconds starting Node and loading a bundle per process, so its tests run one after another
// (never `describe.concurrent`: nine tests sharing two cores each take as long as all nine did)
// and get a longer guard.
const SPAWNING = [
  "test/e2e/**/*.test.ts",
  "test/reliability/kill.test.ts",
  "test/reliability/concurrent.test.ts",
  "test/action/action-*.test.ts",
  "test/emulator/cli-process.test.ts",
  "test/architecture/layers.test.ts",
  "test/security/**/*.test.ts",
  "test/package/**/*.test.ts",
  "test/action/suggested-commands.test.ts",
  "test/policy/validate.test.ts",
];

const HOOK_TIMEOUT_MS = 30_000;

export default defineConfig({
  test: {
    // Runs once for both projects: builds the bundles the spawning tests run.
    globalSetup: ["test/helpers/global-setup.ts"],
    // Two files at a time in all (tests start real servers on loopback and spawn processes;
    // two cores gain nothing from more workers).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          // Files of a worker share loaded modules instead of importing everything afresh for
          // each file (a quarter of the suite's CPU time). Safe while tests keep no state in
          // modules and mock none: they pass everything in (clock, dispatcher, logger).
          isolate: false,
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SPAWNING],
          testTimeout: 60_000,
          hookTimeout: HOOK_TIMEOUT_MS,
        },
      },
      {
        test: {
          name: "processes",
          // Shared modules too (see above): these files spend their time in the processes they
          // start, and importing the source afresh for each of them added a sixth to the run.
          isolate: false,
          include: SPAWNING,
          testTimeout: 120_000,
          hookTimeout: HOOK_TIMEOUT_MS,
        },
      },
    ],
  },
});
