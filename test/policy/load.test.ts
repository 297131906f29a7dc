// Loading as a whole: every problem at once, the desired state the example policies produce,
// YAML hazards, secrets, and reading a directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblems } from "../../src/policy/format.js";
import { loadPolicyDir, loadPolicyFiles } from "../../src/policy/load.js";

const ROOT = path.join(import.meta.dirname, "../..");

function load(text: string, file = "policies/p.yaml") {
  return loadPolicyFiles([{ path: file, text }]);
}

function codes(text: string): string[] {
  return load(text).problems.map((p) => `${p.line}:${p.column} ${p.code}`);
}

describe("every problem at once", () => {
  it("reports five mistakes in one file as five problems, in file order", () => {
    const text = [
      "version: 1", //                                          1
      "spendLimits:", //                                        2
      "  default: $100", //                                     3 invalid-limit
      "  users:", //                                            4
      "    ada.lovelace@acme.example: 200", //                  5
      "    Ada.Lovelace@acme.example: 250", //                  6 duplicate-user
      "blocklists:", //                                         7
      "  repos:", //                                            8
      "    https://github.com/acme/payments:", //               9
      '      patern: ["config/prod/*"]', //                     10 unknown-key
      "    https://github.com/acme/infra:", //                  11
      '      patterns: ["/etc/*.pem"]', //                      12 absolute-pattern
      "ownership:", //                                          13
      "  prune: on", //                                         14 yaml-1.1-boolean
    ].join("\n");
    expect(codes(text)).toEqual([
      "3:12 invalid-limit",
      "6:5 duplicate-user",
      "10:7 unknown-key",
      "12:18 absolute-pattern",
      "14:10 yaml-1.1-boolean",
    ]);
  });

  it("reports problems in several files together, sorted by file", () => {
    const result = loadPolicyFiles([
      { path: "policies/b.yaml", text: "version: 1\nguardrails:\n  maxUserLimit: -1\n" },
      { path: "policies/a.yaml", text: "version: 1\nspendLimits:\n  default: 12.5\n" },
      { path: "policies/c.yaml", text: "version: 1\n\tspendLimits: {}\n" },
    ]);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([
      "policies/a.yaml:3:12 limit-not-whole-dollars",
      "policies/b.yaml:3:17 limit-negative",
      "policies/c.yaml:2:1 yaml-tab",
    ]);
  });
});

describe("the example policies", () => {
  it("load into the demo team's desired state", async () => {
    const result = await loadPolicyDir(path.join(ROOT, "policies"), { displayRoot: ROOT });
    if (!result.ok) throw new Error(formatProblems(result.problems, "text"));
    const { spendLimits, blocklists, ownership, guardrails } = result.desired;
    expect(spendLimits.default).toEqual({
      limit: 100,
      source: { file: "policies/spend-limits.yaml", line: 10, column: 3 },
    });
    expect(spendLimits.roles.map((r) => [r.role, r.limit])).toEqual([
      ["free-owner", 0],
      ["owner", 1000],
    ]);
    expect(spendLimits.emailPatterns.map((r) => [r.pattern, r.limit])).toEqual([
      ["*@contractors.acme.example", 50],
    ]);
    expect(spendLimits.groups.map((g) => [g.name, g.limit, g.members])).toEqual([
      [
        "data-science",
        400,
        [
          "claude.shannon@acme.example",
          "fei-fei.li@acme.example",
          "hedy.lamarr@acme.example",
          "yann.lecun@acme.example",
        ],
      ],
    ]);
    expect(spendLimits.users.map((u) => [u.email, u.limit])).toEqual([
      ["kim.temp@contractors.acme.example", 0],
      ["margaret.hamilton@acme.example", 200],
      ["new.hire@acme.example", 150],
    ]);
    expect(blocklists.map((b) => [b.url, b.urlKey, b.patterns])).toEqual([
      [
        "https://github.com/acme/infra",
        "https://github.com/acme/infra",
        ["**/*.key", "**/*.pem", "*.env", "terraform/*.tfvars"],
      ],
      [
        "git@github.com:acme/legacy-monolith.git",
        "https://github.com/acme/legacy-monolith",
        ["**/*.key", "**/*.pem", "*.env", "db/dumps/**"],
      ],
      [
        "https://github.com/acme/payments",
        "https://github.com/acme/payments",
        ["**/*.key", "**/*.pem", "*.env", "config/prod/*"],
      ],
    ]);
    expect(ownership).toEqual({ prune: true, ignore: ["https://github.com/acme/data-*"] });
    expect(guardrails).toEqual({
      maxUserLimitDollars: 1000,
      requireLimitForEveryMember: true,
      maxDeletes: { count: 2, percent: 50 },
      protectedRepos: ["https://github.com/acme/payments"],
    });
  });
});

describe("YAML hazards", () => {
  it("reads none and null as no limit, but an empty value as an error", () => {
    const result = load(
      "version: 1\nspendLimits:\n  users:\n    a@acme.example: none\n    b@acme.example: null\n    c@acme.example: ~\n",
    );
    expect(result.ok && result.desired.spendLimits.users.map((u) => u.limit)).toEqual([
      null,
      null,
      null,
    ]);
    expect(codes("version: 1\nspendLimits:\n  users:\n    a@acme.example:\n")).toEqual([
      "4:5 empty-value",
    ]);
  });

  it("supports several documents in one file, merged like separate files", () => {
    const result = load(
      "version: 1\nspendLimits:\n  default: 100\n---\nversion: 1\nspendLimits:\n  users:\n    a@acme.example: 5\n",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.desired.spendLimits.default?.limit).toBe(100);
    expect(result.desired.spendLimits.users[0]?.source).toEqual({
      file: "policies/p.yaml",
      line: 8,
      column: 5,
    });
  });

  it("allows anchors and aliases of whole values", () => {
    const result = load(
      "version: 1\nspendLimits:\n  groups:\n    a:\n      limit: 5\n      members: &m [x@acme.example]\n    b:\n      limit: 5\n      members: *m\n",
    );
    expect(result.ok && result.desired.spendLimits.groups.map((g) => g.members)).toEqual([
      ["x@acme.example"],
      ["x@acme.example"],
    ]);
  });

  it("stops an alias bomb with a problem instead of expanding it", () => {
    const lines = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i += 1) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
    }
    const problems = load(lines.join("\n")).problems.map((p) => p.code);
    expect(problems).toContain("yaml-alias");
  });

  it("keeps keys such as __proto__ ordinary keys", () => {
    const result = load("version: 1\nspendLimits:\n  users:\n    __proto__: 5\n");
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      ["invalid-email", '"__proto__" is not a valid email address (under spendLimits.users)'],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("accepts UTF-8 bytes with a byte-order mark", () => {
    const bytes = new TextEncoder().encode("\uFEFFversion: 1\nspendLimits:\n  default: 7\n");
    const result = loadPolicyFiles([{ path: "p.yaml", text: bytes }]);
    expect(result.ok && result.desired.spendLimits.default?.source).toEqual({
      file: "p.yaml",
      line: 3,
      column: 3,
    });
  });

  it("reports a UTF-16 file as such", () => {
    const result = loadPolicyFiles([
      { path: "p.yaml", text: new Uint8Array([0xff, 0xfe, 0x76, 0]) },
    ]);
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      ["invalid-encoding", "the file is encoded as UTF-16; policy files must be UTF-8"],
    ]);
  });
});

describe("secrets", () => {
  const secret = `crsr_${"a1B2".repeat(8)}`;

  it("are reported with the kind and the place, and never printed, even where a key is expected", () => {
    const text = `version: 1\n# ${secret}\nspendLimits:\n  users:\n    ${secret}: 5\n`;
    const result = load(text);
    expect(result.ok).toBe(false);
    expect(
      result.problems
        .filter((p) => p.code === "secret-in-policy")
        .map((p) => `${p.line}:${p.column} ${p.message}`),
    ).toEqual([
      "2:3 this looks like a Cursor API key (crsr_...); secrets must never be written in policy files (comments included)",
      "5:5 this looks like a Cursor API key (crsr_...); secrets must never be written in policy files (comments included)",
    ]);
    expect(formatProblems(result.problems, "text")).not.toContain(secret);
    expect(formatProblems(result.problems, "json")).not.toContain(secret);
    expect(formatProblems(result.problems, "text")).toContain("[REDACTED]");
  });

  it("are found in files that are not valid UTF-8 too", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`# ${secret}\n`), 0xe9]);
    const result = loadPolicyFiles([{ path: "p.yaml", text: bytes }]);
    expect(result.problems.map((p) => p.code).sort()).toEqual([
      "invalid-encoding",
      "secret-in-policy",
    ]);
  });
});

describe("loadPolicyDir", () => {
  let dir = "";
  afterEach(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
    dir = "";
  });

  function tree(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), "cursor-policy-load-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it("reads *.yaml and *.yml recursively, sorted, skipping hidden entries and other files", async () => {
    const root = tree({
      "policies/b.yml": "version: 1\nspendLimits:\n  default: 1\n",
      "policies/a/users.YAML": "version: 1\nspendLimits:\n  users:\n    a@acme.example: 2\n",
      "policies/.hidden.yaml": "not: valid: yaml: [",
      "policies/.git/x.yaml": "not: valid: yaml: [",
      "policies/README.md": "# notes",
    });
    const result = await loadPolicyDir(path.join(root, "policies"), { displayRoot: root });
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.desired.files).toEqual(["a/users.YAML", "b.yml"]);
    expect(result.desired.spendLimits.users[0]?.source.file).toBe("policies/a/users.YAML");
  });

  it("names files relative to the display root", async () => {
    const root = tree({ "repo/policies/p.yaml": "version: 1\nsurprise: 1\n" });
    const result = await loadPolicyDir(path.join(root, "repo/policies"), {
      displayRoot: path.join(root, "repo"),
    });
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      "policies/p.yaml:2:1",
    ]);
  });

  it("names files outside the display root by their absolute path, not ../../", async () => {
    const root = tree({ "elsewhere/p.yaml": "version: 1\nsurprise: 1\n", "repo/.keep": "" });
    const result = await loadPolicyDir(path.join(root, "elsewhere"), {
      displayRoot: path.join(root, "repo"),
    });
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      `${path.join(root, "elsewhere", "p.yaml").split(path.sep).join("/")}:2:1`,
    ]);
  });

  it("loads a single file when given one", async () => {
    const root = tree({ "one.yaml": "version: 1\nspendLimits:\n  default: 3\n" });
    const result = await loadPolicyDir(path.join(root, "one.yaml"), { displayRoot: root });
    expect(result.ok && result.desired.files).toEqual(["one.yaml"]);
  });

  it("reports a missing directory and a directory without policy files", async () => {
    const root = tree({ "empty/README.md": "nothing here" });
    const missing = await loadPolicyDir(path.join(root, "nope"), { displayRoot: root });
    expect(missing.problems.map((p) => [p.file, p.line, p.code, p.message])).toEqual([
      ["nope", 0, "policy-dir-not-found", "the policy directory nope does not exist"],
    ]);
    const empty = await loadPolicyDir(path.join(root, "empty"), { displayRoot: root });
    expect(empty.problems.map((p) => [p.file, p.line, p.code, p.message])).toEqual([
      ["empty", 0, "no-policy-files", "no policy files (*.yaml, *.yml) in empty"],
    ]);
  });

  it("treats an empty list of files as an error", () => {
    expect(loadPolicyFiles([]).problems.map((p) => p.code)).toEqual(["no-policy-files"]);
  });
});
