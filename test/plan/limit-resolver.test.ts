// The precedence table of docs/policy-language.md, end to end: policy text -> loaded rules ->
// which limit applies to a member, and which rule gave it.
import { describe, expect, it } from "vitest";
import type { SpendLimitRules } from "../../src/model/desired.js";
import { compileLimitResolver, namedEmails, resolveLimit } from "../../src/plan/limit-resolver.js";
import { loadPolicyFiles } from "../../src/policy/load.js";

function rules(text: string): SpendLimitRules {
  const result = loadPolicyFiles([{ path: "policies/limits.yaml", text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.desired.spendLimits;
}

const POLICY = `version: 1
spendLimits:
  default: 100
  roles:
    owner: 1000
    free-owner: 0
  emailPatterns:
    "*@contractors.acme.example": 50
  groups:
    data-science:
      limit: 400
      members: [hedy.lamarr@acme.example, pat.consultant@contractors.acme.example, grace.hopper@acme.example]
  users:
    kim.temp@contractors.acme.example: 0
    hedy.lamarr@acme.example: 450
    ada.lovelace@acme.example: none
`;

describe("precedence: user > group > emailPattern > role > default", () => {
  const resolve = compileLimitResolver(rules(POLICY));

  it.each([
    // email, role, limit, rank, rule name, line of the rule
    ["hedy.lamarr@acme.example", "member", 450, "user", "hedy.lamarr@acme.example", 15],
    [
      "kim.temp@contractors.acme.example",
      "member",
      0,
      "user",
      "kim.temp@contractors.acme.example",
      14,
    ],
    ["ada.lovelace@acme.example", "owner", null, "user", "ada.lovelace@acme.example", 16],
    ["grace.hopper@acme.example", "owner", 400, "group", "data-science", 10],
    ["pat.consultant@contractors.acme.example", "member", 400, "group", "data-science", 10],
    [
      "sam.contractor@contractors.acme.example",
      "owner",
      50,
      "emailPattern",
      "*@contractors.acme.example",
      8,
    ],
    ["it-admin@acme.example", "free-owner", 0, "role", "free-owner", 6],
    ["someone@acme.example", "owner", 1000, "role", "owner", 5],
    ["alan.turing@acme.example", "member", 100, "default", "default", 3],
  ] as const)("%s (%s) gets %s from %s %s", (email, role, limit, rank, name, line) => {
    expect(resolve(email, role)).toEqual({
      kind: "limit",
      limit,
      rule: {
        rank,
        name,
        source: { file: "policies/limits.yaml", line, column: rank === "default" ? 3 : 5 },
      },
    });
  });

  it("compares emails and roles case-insensitively", () => {
    expect(resolve("  HEDY.Lamarr@ACME.example ", "Member")).toMatchObject({ limit: 450 });
    expect(resolve("someone@acme.example", "OWNER")).toMatchObject({
      limit: 1000,
      rule: { rank: "role", name: "owner" },
    });
    expect(resolve("Sam@Contractors.Acme.Example", "member")).toMatchObject({
      rule: { rank: "emailPattern" },
    });
  });

  it("leaves a member no rule covers uncovered when there is no default", () => {
    const noDefault = rules("version: 1\nspendLimits:\n  roles:\n    owner: 5\n");
    expect(resolveLimit(noDefault, "a@acme.example", "member")).toEqual({ kind: "uncovered" });
  });
});

describe("two rules of the same rank", () => {
  it("agreeing groups are fine", () => {
    const resolve = compileLimitResolver(
      rules(
        "version: 1\nspendLimits:\n  groups:\n    a: { limit: 5, members: [x@acme.example] }\n    b: { limit: 5, members: [X@acme.example] }\n",
      ),
    );
    expect(resolve("x@acme.example", "member")).toMatchObject({ kind: "limit", limit: 5 });
  });

  it("disagreeing groups are an error when loading, unless a users entry settles it", () => {
    const text =
      "version: 1\nspendLimits:\n  groups:\n    a: { limit: 5, members: [x@acme.example] }\n    b: { limit: 6, members: [x@acme.example] }\n";
    expect(loadPolicyFiles([{ path: "p.yaml", text }]).problems.map((p) => p.code)).toEqual([
      "conflicting-group-limits",
    ]);
    const settled = rules(`${text}  users:\n    x@acme.example: 7\n`);
    expect(resolveLimit(settled, "x@acme.example", "member")).toMatchObject({ limit: 7 });
  });

  it("overlapping email patterns that disagree are a conflict the plan reports", () => {
    const resolve = compileLimitResolver(
      rules(
        'version: 1\nspendLimits:\n  emailPatterns:\n    "*@acme.example": 10\n    "a*@acme.example": 20\n',
      ),
    );
    expect(resolve("ann@acme.example", "member")).toEqual({
      kind: "conflict",
      rules: [
        {
          rank: "emailPattern",
          name: "*@acme.example",
          source: { file: "policies/limits.yaml", line: 4, column: 5 },
        },
        {
          rank: "emailPattern",
          name: "a*@acme.example",
          source: { file: "policies/limits.yaml", line: 5, column: 5 },
        },
      ],
    });
    expect(resolve("bob@acme.example", "member")).toMatchObject({ kind: "limit", limit: 10 });
  });
});

describe("namedEmails", () => {
  it("lists users and group members, a users entry taking precedence", () => {
    const named = namedEmails(rules(POLICY));
    expect([...named.keys()].sort()).toEqual([
      "ada.lovelace@acme.example",
      "grace.hopper@acme.example",
      "hedy.lamarr@acme.example",
      "kim.temp@contractors.acme.example",
      "pat.consultant@contractors.acme.example",
    ]);
    expect(named.get("hedy.lamarr@acme.example")?.rank).toBe("user");
    expect(named.get("grace.hopper@acme.example")).toMatchObject({
      rank: "group",
      name: "data-science",
    });
  });
});
