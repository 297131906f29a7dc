// The bundled CLI's connection flags and failures: a wrong base URL is reported at once in one
// message, `--rate-limit` is checked before anything is sent, and progress shows in CI logs only.

import { createServer } from "node:net";
import { describe, it } from "vitest";
import { DEMO_ADMIN_KEY } from "../../src/emulator/index.js";
import { runCli } from "../helpers/cli.js";
import { against, cli, demoEmulator, EXAMPLE_POLICIES } from "./support.js";

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe.concurrent("connection flags (bundled CLI)", () => {
  it("a base URL where nothing listens: one error naming the URL, no retry chatter", async ({
    expect,
  }) => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await cli(["plan", "--policies", EXAMPLE_POLICIES, "--base-url", url]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toContain(`could not reach ${url} after 3 attempts`);
    expect(lines[0]).toContain("connection refused");
    expect(result.stderr).not.toContain("retrying");
    expect(lines.filter((line) => line.startsWith("error:"))).toHaveLength(1);
  });

  it("refuses a --rate-limit it cannot read, naming it and the endpoints", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const result = await cli([
      ...against(emulator, EXAMPLE_POLICIES, "plan"),
      "--rate-limit",
      "user-spend-limit=60",
      "--rate-limit",
      "spend-limit=10",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--rate-limit "spend-limit=10" does not name an endpoint');
    expect(result.stderr).toContain("user-spend-limit");
    expect(emulator.requests()).toEqual([]);
  });

  it("paces to a --rate-limit and shows progress in CI, nothing when piped", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished }, { maxSpendPageSize: 2 });
    const args = [...against(emulator, EXAMPLE_POLICIES, "plan"), "--rate-limit", "spend=600"];
    const inCi = await runCli(args, {
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY, CI: "true" },
    });
    const piped = await runCli(args, {
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY, CI: undefined, GITHUB_ACTIONS: undefined },
    });
    expect(inCi.stdout).toEqual(piped.stdout);
    expect(inCi.stderr).toContain("reading the live team");
    expect(inCi.stderr).toMatch(/spend report (\d+)\/\1 pages/);
    expect(piped.stderr).not.toContain("reading the live team");

    // An apply in CI: the writes' line reaches the total, then the read-back's.
    const apply = await runCli(
      [
        ...against(emulator, EXAMPLE_POLICIES, "apply", "--auto-approve"),
        "--rate-limit",
        "spend=600",
      ],
      { env: { CURSOR_API_KEY: DEMO_ADMIN_KEY, CI: "true" } },
    );
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stderr).toMatch(/writing: 13\/13 changes \(deletes, ETA/);
    expect(apply.stderr).toContain("verifying: reading back what changed");
  });
});
