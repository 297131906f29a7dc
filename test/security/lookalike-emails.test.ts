// Issue 9, item 8: an email with an invisible character, a compatibility form, or letters from
// two scripts reads exactly like a real member's address in a plan or a review, but names
// nobody. validate must refuse it, name the code point, and point at its file:line:col.

import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { checkout } from "./support.js";

interface Problem {
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

async function problemsOf(context: Parameters<typeof checkout>[0], policy: string) {
  const root = await checkout(context, { "policies/limits.yaml": policy });
  const result = await runCli(["validate", "--policies", "policies", "--format", "json"], {
    cwd: root,
  });
  expect(result.code).toBe(1);
  return (JSON.parse(result.stdout) as { problems: Problem[] }).problems;
}

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("look-alike emails are errors naming the character and its place", {
  timeout: 90_000,
}, () => {
  it("a Cyrillic letter among Latin ones, in a user key and in a group member", async (context) => {
    const problems = await problemsOf(
      context,
      `version: 1
spendLimits:
  users:
    gr\u0435ce@acme.example: 100
  groups:
    ops:
      limit: 5
      members:
        - "\u0430da@acme.example"
`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "email-mixed-scripts",
        file: "policies/limits.yaml",
        line: 4,
        column: 7,
        message: expect.stringContaining(
          "U+0435 CYRILLIC SMALL LETTER IE at column 7 among Latin letters",
        ),
      }),
    );
    // Quoted: the column counts the opening quote.
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "email-mixed-scripts",
        line: 9,
        column: 12,
        message: expect.stringContaining("U+0430 CYRILLIC SMALL LETTER A at column 12"),
      }),
    );
  });

  it("a zero-width space and a bidi override are invisible characters", async (context) => {
    const problems = await problemsOf(
      context,
      `version: 1
spendLimits:
  users:
    "kim\u200b@acme.example": 100
    "ada@acme\u202e.example": 5
`,
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "email-invisible-character",
        line: 4,
        column: 9,
        message: expect.stringContaining("U+200B ZERO WIDTH SPACE at column 9"),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "email-invisible-character",
        line: 5,
        message: expect.stringContaining("U+202E RIGHT-TO-LEFT OVERRIDE"),
      }),
    );
    // The message shows where the character is, escaped.
    expect(JSON.stringify(problems)).toContain("kim\\\\u200b@acme.example");
  });

  it("a fullwidth letter is a look-alike of its ASCII letter", async (context) => {
    const problems = await problemsOf(
      context,
      "version: 1\nspendLimits:\n  users:\n    \uff41da@acme.example: 100\n",
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "email-lookalike-character",
        line: 4,
        column: 5,
        message: expect.stringContaining(
          'U+FF41 FULLWIDTH LATIN SMALL LETTER A at column 5, a look-alike of "a"',
        ),
      }),
    );
  });

  it("a Cyrillic letter in the domain is named too", async (context) => {
    const problems = await problemsOf(
      context,
      "version: 1\nspendLimits:\n  users:\n    ada@\u0430cme.example: 100\n",
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: "email-mixed-scripts",
        column: 9,
        message: expect.stringContaining("U+0430 CYRILLIC SMALL LETTER A at column 9"),
      }),
    );
  });

  it("addresses written in one script stay valid", async (context) => {
    const root = await checkout(context, {
      "policies/limits.yaml":
        "version: 1\nspendLimits:\n  users:\n    \u0438\u0432\u0430\u043d@acme.example: 100\n    jos\u00e9@acme.example: 5\n",
    });
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.stdout).toContain("valid. 1 file; spend limits: 2 users");
    expect(result.code).toBe(0);
  });
});
