// `cursor-policy validate`: the core (runValidate) directly, and the bundled CLI once end to end.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblems } from "../../src/policy/format.js";
import type { PolicyProblem } from "../../src/policy/problems.js";
import { runValidate } from "../../src/policy/validate-command.js";
import { runCli } from "../helpers/cli.js";

const ROOT = path.join(import.meta.dirname, "../..");
let work = "";

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "cursor-policy-validate-"));
  cpSync(path.join(ROOT, "policies"), path.join(work, "valid"), { recursive: true });
  cpSync(path.join(ROOT, "policies"), path.join(work, "warned"), { recursive: true });
  writeFileSync(
    path.join(work, "warned/extra.yaml"),
    "version: 1\nspendLimits:\n  roles:\n    ownr: 5\n",
  );
  cpSync(
    path.join(ROOT, "test/fixtures/policy/broken/unknown-key-typo.yaml"),
    path.join(work, "invalid/blocklists.yaml"),
  );
  cpSync(
    path.join(ROOT, "test/fixtures/policy/broken/conflicting-groups.yaml"),
    path.join(work, "invalid/spend-limits.yaml"),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function options(dir: string, extra: { format?: "text" | "json"; strict?: boolean } = {}) {
  return {
    policiesDir: dir,
    displayRoot: work,
    format: extra.format ?? "text",
    strict: extra.strict ?? false,
  };
}

describe("runValidate", () => {
  it("exits 0 on the example policies and says what it understood", async () => {
    const outcome = await runValidate(options(path.join(work, "valid")));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output).toBe(
      `${path.join(work, "valid")}: valid. 4 files; spend limits: 3 users, 1 group, 1 email pattern, 2 roles, a default; 3 repo blocklists (prune on); 2 directory groups (prune on).`,
    );
  });

  it("exits 1 and lists every problem with file:line:col, hint and related place", async () => {
    const outcome = await runValidate(options(path.join(work, "invalid")));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.output).toBe(
      [
        'invalid/blocklists.yaml:5:7 error unknown-key: unknown key "patern" in repo "https://github.com/acme/payments"',
        '  hint: did you mean "patterns"?',
        'invalid/spend-limits.yaml:9:17 error conflicting-group-limits: "fei-fei.li@acme.example" is in group "research" ($300) and in group "data-science" ($400, at invalid/spend-limits.yaml:6:43): two groups give different limits',
        "  hint: remove the member from one group, or give them their own limit under spendLimits.users (users beat groups)",
        '  see: invalid/spend-limits.yaml:6:43 also a member of group "data-science" here',
        "2 errors, 0 warnings",
        "",
        `${path.join(work, "invalid")}: invalid. Fix the problems above; each names the file, line and column.`,
      ].join("\n"),
    );
  });

  it("lets warnings pass, unless --strict", async () => {
    const relaxed = await runValidate(options(path.join(work, "warned")));
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.output).toContain('warned/extra.yaml:4:5 warning unknown-role: role "ownr"');
    const strict = await runValidate(options(path.join(work, "warned"), { strict: true }));
    expect(strict.exitCode).toBe(1);
    expect(strict.output).toContain("invalid under --strict");
  });

  it("prints JSON with a format version, the verdict and the problems", async () => {
    const outcome = await runValidate(options(path.join(work, "invalid"), { format: "json" }));
    const json = JSON.parse(outcome.output) as {
      formatVersion: number;
      valid: boolean;
      problems: PolicyProblem[];
      summary: unknown;
    };
    expect(json.formatVersion).toBe(1);
    expect(json.valid).toBe(false);
    expect(json.summary).toEqual({ errors: 2, warnings: 0 });
    expect(json.problems[0]).toEqual({
      severity: "error",
      code: "unknown-key",
      message: 'unknown key "patern" in repo "https://github.com/acme/payments"',
      hint: 'did you mean "patterns"?',
      file: "invalid/blocklists.yaml",
      line: 5,
      column: 7,
      endLine: 5,
      endColumn: 13,
    });
  });
});

describe("formatProblems", () => {
  it("names a directory-level problem without a line, and counts", () => {
    const problem: PolicyProblem = {
      severity: "error",
      code: "policy-dir-not-found",
      message: "the policy directory nope does not exist",
      file: "nope",
      line: 0,
      column: 0,
    };
    expect(formatProblems([problem], "text")).toBe(
      "nope error policy-dir-not-found: the policy directory nope does not exist\n1 error, 0 warnings",
    );
    expect(formatProblems([], "text")).toBe("no problems");
    expect(JSON.parse(formatProblems([problem], "json"))).toEqual({
      formatVersion: 1,
      problems: [problem],
      summary: { errors: 1, warnings: 0 },
    });
  });
});

describe("cursor-policy validate (bundled CLI)", () => {
  it("validates the example policies offline, and fails with problems on stdout for a broken one", async () => {
    const valid = await runCli(["validate"], { cwd: ROOT, env: { CURSOR_API_KEY: undefined } });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain("policies: valid. 4 files;");
    const invalid = await runCli(["validate", "--policies", "invalid", "--format", "json"], {
      cwd: work,
    });
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ valid: false, summary: { errors: 2 } });
  });
});
