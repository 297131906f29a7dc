// Issue 9, item 5: the loader must neither crash nor run out of memory on big or deep input.
// 200k users in one file validate (that crashed with "Maximum call stack size exceeded" from a
// spread into push); a file over the cap is refused without being read; deep nesting is an
// error, not a stack overflow inside the YAML library. Through the real CLI.

import { open } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { checkout } from "./support.js";

const USERS = 200_000;

/** A file of `mebibytes` NUL bytes that takes no disk space. */
async function sparseFile(file: string, mebibytes: number): Promise<void> {
  const handle = await open(file, "w");
  await handle.truncate(mebibytes * 1024 * 1024);
  await handle.close();
}

function manyUsers(count: number): string {
  const lines = ["version: 1", "spendLimits:", "  default: 100", "  users:"];
  for (let i = 0; i < count; i++) {
    lines.push(`    user${String(i).padStart(6, "0")}@bench.example: ${i % 500}`);
  }
  return `${lines.join("\n")}\n`;
}

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("size caps and input-sized recursion", { timeout: 90_000 }, () => {
  it("validates 200k users in one file", async (context) => {
    const root = await checkout(context, { "policies/limits.yaml": manyUsers(USERS) });
    const result = await runCli(["validate", "--policies", "policies"], {
      cwd: root,
      timeoutMs: 300_000,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`valid. 1 file; spend limits: ${USERS} users`);
    expect(result.code).toBe(0);
  }, 300_000);

  it("refuses a file over the per-file cap without reading it", async (context) => {
    const root = await checkout(context, { "policies/limits.yaml": "version: 1\n" });
    // A sparse 50 MB file: reading it would take 50 MB and parsing it gigabytes.
    await sparseFile(path.join(root, "policies", "huge.yaml"), 50);
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "policies/huge.yaml error file-too-large: policies/huge.yaml is 50.0 MiB; a policy file may be at most 10.0 MiB, so it was not read",
    );
    expect(result.stdout).not.toContain("binary-file");
  });

  it("refuses a policy whose files add up to more than the total cap", async (context) => {
    const root = await checkout(context, {});
    // Three files under the per-file cap, together over the total: the third is not read.
    for (const name of ["a", "b", "c"]) await sparseFile(path.join(root, `${name}.yaml`), 9);
    const result = await runCli(["validate", "--policies", "."], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("c.yaml error policy-too-large");
    expect(result.stdout).toContain("at most 20.0 MiB in total");
  });

  it.for<[string, string]>([
    ["flow", `version: 1\nx: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`],
    [
      "block",
      `version: 1\nx:\n${Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}x\n`,
    ],
    [
      "aliases",
      `version: 1\na0: &a0 [x]\n${Array.from({ length: 100 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`).join("\n")}\n`,
    ],
  ])("refuses %s nesting deeper than the limit without crashing", async ([, text], context) => {
    const root = await checkout(context, { "policies/deep.yaml": text });
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.stdout + result.stderr).not.toContain("internal error");
    expect(result.stdout).toContain("error nesting-too-deep");
    expect(result.code).toBe(1);
  });
});
