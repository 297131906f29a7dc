// serializePolicy: deterministic, readable, and loadPolicyFiles(serializePolicy(doc)) round-trips.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadPolicyFiles } from "../../src/policy/load.js";
import { policyValidator } from "../../src/policy/schema.js";
import { canonicalPolicyDocument, serializePolicy } from "../../src/policy/write.js";
import { validPolicyDocument } from "./arbitraries.js";

describe("serializePolicy", () => {
  it("writes the documented layout: $schema line, sections in order, names sorted, none for no limit", () => {
    const text = serializePolicy({
      version: 1,
      guardrails: { maxUserLimit: 1000, protectedRepos: ["https://github.com/acme/payments"] },
      blocklists: {
        repos: {
          "https://github.com/acme/payments": {
            patterns: ["config/prod/*", "*.env"],
            use: ["secrets"],
          },
        },
        patternSets: { secrets: ["**/*.pem", "*.env", "*.env"] },
      },
      spendLimits: {
        users: { "zed@acme.example": null, "ada@acme.example": 0 },
        emailPatterns: { "*@contractors.acme.example": 50 },
        default: 100,
      },
    });
    expect(text).toBe(
      [
        "# yaml-language-server: $schema=../schemas/policy.schema.json",
        "version: 1",
        "",
        "spendLimits:",
        "  default: 100",
        "  emailPatterns:",
        '    "*@contractors.acme.example": 50',
        "  users:",
        "    ada@acme.example: 0",
        "    zed@acme.example: none",
        "",
        "blocklists:",
        "  patternSets:",
        "    secrets:",
        '      - "**/*.pem"',
        '      - "*.env"',
        "  repos:",
        "    https://github.com/acme/payments:",
        "      use: [secrets]",
        "      patterns:",
        '        - "*.env"',
        '        - "config/prod/*"',
        "",
        "guardrails:",
        "  maxUserLimit: 1000",
        "  protectedRepos:",
        '    - "https://github.com/acme/payments"',
        "",
      ].join("\n"),
    );
  });

  it("round-trips: what it writes reads back as the canonical document, loads cleanly, and rewrites identically", () => {
    fc.assert(
      fc.property(validPolicyDocument, (doc) => {
        const text = serializePolicy(doc);
        expect(parse(text)).toEqual(canonicalPolicyDocument(doc));
        const loaded = loadPolicyFiles([{ path: "policies/imported.yaml", text }]);
        expect(loaded.ok).toBe(true);
        expect(loaded.problems.filter((p) => p.severity === "error")).toEqual([]);
        expect(serializePolicy(parse(text))).toBe(text);
        expect(policyValidator()(parse(text))).toBe(true);
      }),
    );
  });

  it("keeps every limit: what the loaded policy says equals the document", () => {
    fc.assert(
      fc.property(validPolicyDocument, (doc) => {
        const loaded = loadPolicyFiles([{ path: "p.yaml", text: serializePolicy(doc) }]);
        if (!loaded.ok) throw new Error("a valid document must load");
        const asLimit = (value: number | "none" | null) => (value === "none" ? null : value);
        expect(
          Object.fromEntries(loaded.desired.spendLimits.users.map((u) => [u.email, u.limit])),
        ).toEqual(
          Object.fromEntries(
            Object.entries(doc.spendLimits?.users ?? {}).map(([email, limit]) => [
              email,
              asLimit(limit),
            ]),
          ),
        );
        expect(loaded.desired.spendLimits.default?.limit).toEqual(
          doc.spendLimits?.default === undefined ? undefined : asLimit(doc.spendLimits.default),
        );
        expect(loaded.desired.blocklists.map((b) => b.url).sort()).toEqual(
          Object.keys(doc.blocklists?.repos ?? {}).sort(),
        );
      }),
    );
  });

  it("takes another $schema path", () => {
    expect(serializePolicy({ version: 1 }, { schemaPath: "./policy.schema.json" })).toBe(
      "# yaml-language-server: $schema=./policy.schema.json\nversion: 1\n",
    );
  });
});
