// Issue 9, item 6: control and bidi characters written by a pull request author (in a value or a
// file name) or sent by the API (in a member's name) are escaped the same way in every text
// output: validate (text and JSON), plan, and error messages. Through the real CLI.

import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoTeamState } from "../../src/emulator/index.js";
import { against, cli, demoEmulator, EXAMPLE_POLICIES } from "../e2e/support.js";
import { runCli } from "../helpers/cli.js";
import { checkout } from "./support.js";

/** OSC 52: asks the terminal to put "pwned" on the clipboard. */
const OSC52 = "\u001b]52;c;cHduZWQ=\u0007";
const BIDI = "\u202e";
/** A raw control or bidi character anywhere in an output. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

function expectEscaped(output: string): void {
  expect(output).not.toMatch(RAW);
}

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("hidden characters are escaped in every output", { timeout: 90_000 }, () => {
  it("validate escapes an OSC 52 sequence and a bidi override in values and in a file name", async (context) => {
    const badName = `limits${OSC52}.yaml`;
    const root = await checkout(context, {
      [`policies/${badName}`]: `version: 1
spendLimits:
  users:
    "ada${BIDI}@acme.example": 100
    "${OSC52}x": 5
blocklists:
  repos:
    https://github.com/acme/app${BIDI}:
      patterns: ["${OSC52}"]
      typo: 1
`,
    });
    for (const format of ["text", "json"]) {
      const result = await runCli(["validate", "--policies", "policies", "--format", format], {
        cwd: root,
      });
      expect(result.code).toBe(1);
      expectEscaped(result.stdout + result.stderr);
      if (format === "json") JSON.parse(result.stdout);
      else {
        expect(result.stdout).toContain("limits\\u001b]52;c;cHduZWQ=\\u0007.yaml:");
        expect(result.stdout).toContain("\\u202e");
      }
    }
  });

  it("plan escapes the same characters in member names from the API, in every format", async (context) => {
    const state = demoTeamState();
    const emulator = await demoEmulator(context, {
      state: {
        ...state,
        members: state.members.map((member) =>
          member.email === "margaret.hamilton@acme.example"
            ? { ...member, name: `Margaret${OSC52}${BIDI}Hamilton`, monthlyLimitDollars: 7 }
            : member,
        ),
      },
    });
    for (const format of ["text", "json", "markdown"]) {
      const result = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--format", format));
      expect(result.stderr).not.toContain("error");
      expect(result.stdout).toContain("Margaret");
      expectEscaped(result.stdout + result.stderr);
      if (format === "json") JSON.parse(result.stdout);
      else if (format === "text") {
        expect(result.stdout).toContain("\\u001b]52;c;cHduZWQ=\\u0007\\u202eHamilton");
      } else {
        // Markdown escapes the backslashes and brackets of the escaped text: it renders the same.
        expect(result.stdout).toContain("\\\\u001b\\]52;c;cHduZWQ=\\\\u0007\\\\u202eHamilton");
      }
    }
  });

  it("error messages escape a policy path holding an escape sequence", async (context) => {
    const root = await checkout(context, { "README.md": "\n" });
    const result = await runCli(["validate", "--policies", `nowhere${OSC52}`], { cwd: root });
    expect(result.code).toBe(1);
    expectEscaped(result.stdout + result.stderr);
    expect(result.stdout).toContain("nowhere\\u001b]52");
  });

  it("a file name with a newline cannot forge a second problem line", async (context) => {
    const root = await checkout(context, { "README.md": "\n" });
    await writeFile(
      path.join(root, "fake\nall good.yaml"),
      "version: 1\nspendLimits:\n  default: 0x10\n",
    );
    const result = await runCli(["validate", "--policies", "."], { cwd: root });
    expect(result.stdout).toContain("fake\\u000aall good.yaml:3:12");
    expect(result.stdout.split("\n").some((line) => line.startsWith("all good"))).toBe(false);
  });
});
