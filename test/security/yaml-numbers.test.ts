// Issue 9, item 11: YAML 1.2 reads `0x10` as 16, `0o17` as 15, `!!int "50"` as 50, `+7` as 7 and
// `1.0` as 1. A reviewer reading a diff sees none of those dollar amounts, so a limit must be
// written in plain decimal digits (or `none`); anything else is an error with file:line:col.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli } from "../helpers/cli.js";
import { checkout } from "./support.js";

const CASES = [
  { written: "0x10", reads: "16", hint: "write 16" },
  { written: "0o17", reads: "15", hint: "write 15" },
  { written: '!!int "50"', reads: "50", hint: "remove the tag and the quotes: write 50" },
  { written: "!!float 5", reads: "5", hint: "remove the tag: write 5" },
  { written: "+7", reads: "7", hint: "write 7" },
  { written: "1.0", reads: "1", hint: "write 1" },
  { written: "1e3", reads: "1000", hint: "write 1000" },
  { written: "007", reads: "7", hint: "write 7" },
] as const;

/** One user per case, each on its own line (line 4 onwards), keys of equal length. */
const CASES_FILE = `version: 1\nspendLimits:\n  users:\n${CASES.map(
  (example, index) => `    ad${index}@acme.example: ${example.written}\n`,
).join("")}`;

// Each test runs the bundled CLI: on a busy two-core machine one run can take several seconds,
// so these get more than the default 20 s (they wait on exits).
describe("limits accept only plain decimal integers", { timeout: 90_000 }, () => {
  // validate reports every problem of a run, so one run over a file holding all the cases is
  // checked case by case (one process instead of one per case).
  let cases: CliResult;
  const cleanups: Array<() => unknown> = [];
  beforeAll(async () => {
    const root = await checkout(
      { onTestFinished: (cleanup) => cleanups.push(cleanup) },
      { "policies/limits.yaml": CASES_FILE },
    );
    cases = await runCli(["validate", "--policies", "policies"], { cwd: root });
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it("one message per value, not a second one from the schema", () => {
    expect(cases.code).toBe(1);
    expect(cases.stdout).toContain(`${CASES.length} errors, 0 warnings`);
  });

  it.for(CASES.map((example, index) => ({ ...example, index })))(
    "$written is an error with file:line:col",
    (example) => {
      const lines = cases.stdout.split("\n");
      // The value's column: after the tag, where there is one.
      const column = 23 + (example.written.startsWith("!!") ? example.written.indexOf(" ") + 1 : 0);
      const at = lines.findIndex((line) =>
        line.startsWith(
          `policies/limits.yaml:${4 + example.index}:${column} error number-not-decimal: the limit of user "ad${example.index}@acme.example" is ${example.written}`,
        ),
      );
      expect(at, cases.stdout).toBeGreaterThanOrEqual(0);
      expect(lines[at]).toContain(`that YAML reads as ${example.reads};`);
      expect(lines[at + 1]).toBe(`  hint: ${example.hint}`);
    },
  );

  it("covers every dollar amount and the guardrail counts", async (context) => {
    const root = await checkout(context, {
      "policies/limits.yaml": `version: 0x1
spendLimits:
  default: 0x64
  roles:
    owner: +1000
  groups:
    ops:
      limit: 0o10
      members: [ada@acme.example]
guardrails:
  maxUserLimit: 1e4
  maxDeletes:
    count: 0x2
    percent: 12.5
`,
    });
    const result = await runCli(["validate", "--policies", "policies", "--format", "json"], {
      cwd: root,
    });
    const problems = (
      JSON.parse(result.stdout) as { problems: Array<{ code: string; line: number }> }
    ).problems;
    expect(problems.filter((p) => p.code === "number-not-decimal").map((p) => p.line)).toEqual([
      1, 3, 5, 8, 11, 13,
    ]);
  });

  it("plain decimals, none and a decimal percentage stay valid", async (context) => {
    const root = await checkout(context, {
      "policies/limits.yaml": `version: 1
spendLimits:
  default: 100
  users:
    ada@acme.example: none
    bob@acme.example: 0
guardrails:
  maxDeletes:
    percent: 12.5
`,
    });
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.stdout).toContain("valid.");
    expect(result.code).toBe(0);
  });
});
