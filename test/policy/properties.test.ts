// Property-based tests: loading is deterministic, independent of file order and of how a policy
// is split across files, and never throws on any input — it returns problems instead.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { DesiredState } from "../../src/model/desired.js";
import { loadPolicyFiles, type PolicyFile, type PolicyLoadResult } from "../../src/policy/load.js";
import { PROBLEM_CODES } from "../../src/policy/problems.js";
import { serializePolicy } from "../../src/policy/write.js";
import { splitDocument, validPolicyDocument } from "./arbitraries.js";

const ROOT = path.join(import.meta.dirname, "../..");
const EXAMPLES: PolicyFile[] = readdirSync(path.join(ROOT, "policies"))
  .sort()
  .map((name) => ({
    path: `policies/${name}`,
    text: readFileSync(path.join(ROOT, "policies", name), "utf8"),
  }));
const BROKEN_DIR = path.join(ROOT, "test/fixtures/policy/broken");
const BROKEN: PolicyFile[] = readdirSync(BROKEN_DIR)
  .filter((name) => statSync(path.join(BROKEN_DIR, name)).isFile())
  .sort()
  .map((name) => ({ path: `broken/${name}`, text: readFileSync(path.join(BROKEN_DIR, name)) }));

const SEVERITY_OF = new Map<string, string>(Object.entries(PROBLEM_CODES));

/** What the policy means: the desired state without source locations and file names. */
function meaning(desired: DesiredState): unknown {
  return JSON.parse(
    JSON.stringify(desired, (key, value: unknown) =>
      key === "source" || key === "files" ? undefined : value,
    ),
  );
}

function expectWellFormed(result: PolicyLoadResult, files: readonly PolicyFile[]): void {
  expect(typeof result.ok).toBe("boolean");
  const lineCounts = new Map(
    files.map((file) => [
      file.path,
      (typeof file.text === "string" ? file.text : Buffer.from(file.text).toString("utf8")).split(
        "\n",
      ).length,
    ]),
  );
  for (const problem of result.problems) {
    expect(SEVERITY_OF.has(problem.code), problem.code).toBe(true);
    expect(problem.severity).toBe(SEVERITY_OF.get(problem.code));
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(problem.column).toBeGreaterThanOrEqual(0);
    const lines = lineCounts.get(problem.file);
    if (lines !== undefined) expect(problem.line).toBeLessThanOrEqual(lines);
  }
  if (!result.ok) expect(result.problems.some((p) => p.severity === "error")).toBe(true);
}

describe("loading is deterministic and order-independent", () => {
  it("gives equal results for the same files, in any order", () => {
    const pool = [...EXAMPLES, ...BROKEN];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), {
          minLength: 1,
          maxLength: 6,
          selector: (f) => f.path,
        }),
        fc.infiniteStream(fc.nat()),
        (files, randoms) => {
          const shuffled = [...files].sort(() => (randoms.next().value % 3) - 1);
          const first = loadPolicyFiles(files);
          expect(loadPolicyFiles(files)).toEqual(first);
          expect(loadPolicyFiles(shuffled)).toEqual(first);
          expect(loadPolicyFiles([...files].reverse())).toEqual(first);
        },
      ),
    );
  });

  it("means the same however a policy is split across files", () => {
    fc.assert(
      fc.property(
        validPolicyDocument,
        fc.integer({ min: 2, max: 4 }),
        fc.infiniteStream(fc.nat()),
        (doc, count, randoms) => {
          const whole = loadPolicyFiles([
            { path: "policies/all.yaml", text: serializePolicy(doc) },
          ]);
          if (!whole.ok) expect(whole.problems).toEqual([]);
          expect(whole.ok).toBe(true);
          const pieces = splitDocument(doc, count, () => randoms.next().value);
          const split = loadPolicyFiles(
            pieces.map((piece, index) => ({
              path: `policies/part-${index}.yaml`,
              text: serializePolicy(piece),
            })),
          );
          expect(split.ok).toBe(true);
          if (whole.ok && split.ok) expect(meaning(split.desired)).toEqual(meaning(whole.desired));
        },
      ),
    );
  });
});

describe("no input makes the loader throw", () => {
  it("arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const files = [{ path: "p.yaml", text }];
        expectWellFormed(loadPolicyFiles(files), files);
      }),
    );
  });

  it("arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const files = [{ path: "p.yaml", text: bytes }];
        expectWellFormed(loadPolicyFiles(files), files);
      }),
    );
  });

  it("arbitrary YAML and JSON values, including ones shaped like a policy", () => {
    const keys = fc.constantFrom(
      "version",
      "spendLimits",
      "default",
      "roles",
      "users",
      "groups",
      "limit",
      "members",
      "emailPatterns",
      "blocklists",
      "patternSets",
      "repos",
      "use",
      "patterns",
      "ownership",
      "prune",
      "ignore",
      "guardrails",
      "maxUserLimit",
      "maxDeletes",
      "count",
      "percent",
      "protectedRepos",
      "requireLimitForEveryMember",
      "__proto__",
      "constructor",
      "https://github.com/acme/x",
      "a@acme.example",
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 1 }),
        fc.constantFrom("none", "yes", "off", "*.env", "../x", "/abs", "", "[z-a]", 1e6, -1, 0.5),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(keys, tie("node"), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(keys, value, { maxKeys: 6 }), fc.boolean(), (data, asJson) => {
        const withVersion = { version: 1, ...data };
        const text = asJson ? JSON.stringify(withVersion) : stringify(withVersion);
        const files = [{ path: "p.yaml", text }];
        expectWellFormed(loadPolicyFiles(files), files);
      }),
    );
  });

  it("arbitrary repository URLs and URL globs", () => {
    const url = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.webUrl().map((u) => `${u}%`),
      fc.constantFrom(
        "%",
        "https://github.com/a/%zz",
        "git@:x",
        "ssh://",
        "*",
        "**",
        "https://*/x",
      ),
    );
    fc.assert(
      fc.property(
        fc.array(url, { maxLength: 4 }),
        fc.array(url, { maxLength: 3 }),
        (repos, globs) => {
          const text = stringify({
            version: 1,
            blocklists: {
              repos: Object.fromEntries(repos.map((r) => [r, { patterns: ["*.env"] }])),
            },
            ownership: { prune: true, ignore: globs },
            guardrails: { protectedRepos: [...globs, ...repos] },
          });
          const files = [{ path: "p.yaml", text }];
          expectWellFormed(loadPolicyFiles(files), files);
        },
      ),
    );
  });

  it("random edits of the example policies", () => {
    const alphabet = fc.constantFrom(..." :-[]{}*&!|>'\"#\t\n,?%@`~0aZé".split(""));
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.nat({ max: 8 }),
            insert: fc.string({ unit: alphabet, maxLength: 6 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (example, edits) => {
          let text = typeof example.text === "string" ? example.text : "";
          for (const edit of edits) {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          }
          const files = [{ path: example.path, text }];
          expectWellFormed(loadPolicyFiles(files), files);
        },
      ),
      { numRuns: 300 },
    );
  });
});
