// The README quick start: `npm run demo` (`node dist/cli.js demo`) runs the real flow (emulator
// with the demo team, validate, plan, apply, verified re-plan) in one go, with no key and no
// network.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_ADMIN_KEY } from "../../src/emulator/index.js";
import { runCli } from "../helpers/cli.js";

describe("README quick start (bundled CLI)", () => {
  it("`node dist/cli.js demo` exits 0 and prints the verified apply", async () => {
    // From the repository root, as on a fresh clone: no key and no base URL in the environment.
    const result = await runCli(["demo"], {
      cwd: path.resolve("."),
      env: {
        CURSOR_API_KEY: undefined,
        CURSOR_API_KEY_FILE: undefined,
        CURSOR_API_BASE_URL: undefined,
      },
    });

    expect(result.code, result.stderr).toBe(0);
    const steps = [
      "==> cursor-policy validate",
      "==> cursor-policy plan",
      "==> cursor-policy apply --auto-approve",
      "verified: live state matches policy",
      "No changes. Live state matches policy.",
    ];
    const positions = steps.map((step) => result.stdout.indexOf(step));
    expect(
      positions.every((at) => at >= 0),
      result.stdout,
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(result.stdout).toContain("Plan: 1 to create, 2 to update, 1 to delete, 9 limits to set");
    // The demo key is public, but the demo still only shows its prefix.
    expect(result.stdout + result.stderr).not.toContain(DEMO_ADMIN_KEY);
  });
});
