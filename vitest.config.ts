import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests start real servers on loopback; two cores do not gain from more workers.
    maxWorkers: 2,
  },
});
