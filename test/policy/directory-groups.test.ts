// Directory groups in the policy language: what they load to, and every mistake with its place.
import { describe, expect, it } from "vitest";
import { loadPolicyFiles } from "../../src/policy/load.js";

function load(...texts: string[]) {
  return loadPolicyFiles(texts.map((text, i) => ({ path: `policies/${i + 1}.yaml`, text })));
}

function problems(...texts: string[]): string[] {
  return load(...texts).problems.map(
    (p) => `${p.file}:${p.line}:${p.column} ${p.code}: ${p.message}`,
  );
}

describe("directoryGroups", () => {
  it("loads groups with limits, members, selectors, renames and their ownership", () => {
    const result = load(
      [
        "version: 1",
        "directoryGroups:",
        "  Data-Science:",
        "    limit: 400",
        "    members: [Hedy.Lamarr@acme.example, fei-fei.li@acme.example]",
        '  "Contractors (all)":',
        "    limit: none",
        "    members: []",
        '    emailPatterns: ["*@Contractors.acme.example"]',
        "    roles: [Owner]",
        "    renamedFrom: contractors",
        "ownership:",
        "  prune: true",
        "  directoryGroups:",
        "    prune: true",
        '    ignore: ["* (Okta)"]',
        "guardrails:",
        "  requireEffectiveCaps: true",
      ].join("\n"),
    );
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.desired.directoryGroups).toEqual({
      groups: [
        {
          name: "Contractors (all)",
          nameKey: "contractors (all)",
          limit: null,
          members: [],
          emailPatterns: ["*@contractors.acme.example"],
          roles: ["owner"],
          renamedFrom: "contractors",
          source: { file: "policies/1.yaml", line: 6, column: 3 },
        },
        {
          name: "Data-Science",
          nameKey: "data-science",
          limit: 400,
          members: ["fei-fei.li@acme.example", "hedy.lamarr@acme.example"],
          emailPatterns: [],
          roles: [],
          source: { file: "policies/1.yaml", line: 3, column: 3 },
        },
      ],
      ownership: { prune: true, ignore: ["* (Okta)"] },
    });
    // The blocklists' ownership is its own setting.
    expect(result.desired.ownership).toEqual({ prune: true, ignore: [] });
    expect(result.desired.guardrails.requireEffectiveCaps).toBe(true);
  });

  it("is absent when the policy says nothing about directory groups", () => {
    const result = load("version: 1\nspendLimits:\n  default: 10\n");
    expect(result.ok && result.desired.directoryGroups).toBeUndefined();
  });

  it("an empty section, or only ownership, still means the policy manages groups", () => {
    const empty = load("version: 1\ndirectoryGroups: {}\n");
    expect(empty.ok && empty.desired.directoryGroups).toEqual({
      groups: [],
      ownership: { prune: false, ignore: [] },
    });
    const onlyOwnership = load("version: 1\nownership:\n  directoryGroups:\n    prune: true\n");
    expect(onlyOwnership.ok && onlyOwnership.desired.directoryGroups).toEqual({
      groups: [],
      ownership: { prune: true, ignore: [] },
    });
  });

  it("reports each mistake at its place", () => {
    expect(
      problems(
        [
          "version: 1", //                                            1
          "directoryGroups:", //                                      2
          "  research:", //                                           3
          "    limit: 0x10", //                                       4 number-not-decimal
          "    members: [ana@acme.example, ANA@acme.example]", //     5 duplicate-member
          "  ops:", //                                                6 missing-key (members)
          "    limit: 50", //                                         7
          "  platform:", //                                           8
          '    limit: "$100"', //                                     9 invalid-limit
          "    members: [bo]", //                                     10 invalid-email
          "    roles: [ownr]", //                                     11 unknown-role
          '  " padded":', //                                        12 invalid-name
          "    limit: 1", //                                          13
          "    members: []", //                                       14
          "  misc:", //                                               15
          "    limit: 1", //                                          16
          "    member: []", //                                        17 unknown-key
          "ownership:", //                                            18
          "  directoryGroups:", //                                    19
          "    prune: yes", //                                        20 yaml-1.1-boolean
          '    ignore: ["[z-a]"]', //                                 21 invalid-glob
        ].join("\n"),
      ),
    ).toEqual([
      'policies/1.yaml:4:12 number-not-decimal: the limit of directory group "research" is 0x10, a hexadecimal number that YAML reads as 16; numbers in a policy are written in plain decimal digits',
      'policies/1.yaml:5:33 duplicate-member: "ANA@acme.example" is listed twice in directory group "research" (first at policies/1.yaml:5:15)',
      'policies/1.yaml:6:3 missing-key: directory group "ops" does not say who is in it',
      'policies/1.yaml:9:12 invalid-limit: the limit of directory group "platform" is the text "$100", not a dollar amount',
      'policies/1.yaml:10:15 invalid-email: "bo" is not a valid email address (member of directory group "platform")',
      'policies/1.yaml:11:13 unknown-role: role "ownr" is not a Cursor team role (owner, member, free-owner), so it may match nobody',
      'policies/1.yaml:12:3 invalid-name: " padded" is not a valid directory group name',
      'policies/1.yaml:17:5 unknown-key: unknown key "member" in directory group "misc"',
      'policies/1.yaml:20:12 yaml-1.1-boolean: ownership.directoryGroups.prune is "yes", which YAML 1.2 reads as text, not as a boolean',
      'policies/1.yaml:21:14 invalid-glob: "[z-a]" in ownership.directoryGroups.ignore is not a glob minimatch can use (it can never match)',
    ]);
  });

  it("finds a group declared twice across files, names compared case-insensitively", () => {
    expect(
      problems(
        "version: 1\ndirectoryGroups:\n  Data-Science:\n    limit: 1\n    members: []\n",
        "version: 1\ndirectoryGroups:\n  data-science:\n    limit: 2\n    members: []\n",
      ),
    ).toEqual([
      'policies/2.yaml:3:3 duplicate-directory-group: directory group "data-science" is declared twice: here and at policies/1.yaml:3:3 (written "Data-Science" there)',
    ]);
  });

  it("refuses a renamedFrom that cannot name one live group", () => {
    expect(
      problems(
        [
          "version: 1",
          "directoryGroups:",
          "  a:",
          "    limit: 1",
          "    members: []",
          "    renamedFrom: B",
          "  b:",
          "    limit: 1",
          "    members: []",
          "  c:",
          "    limit: 1",
          "    members: []",
          "    renamedFrom: old",
          "  d:",
          "    limit: 1",
          "    members: []",
          "    renamedFrom: OLD",
          "  e:",
          "    limit: 1",
          "    members: []",
          "    renamedFrom: E",
        ].join("\n"),
      ).map((line) => line.split(": ")[0]),
    ).toEqual([
      "policies/1.yaml:6:18 renamed-from-conflict",
      "policies/1.yaml:17:18 renamed-from-conflict",
      "policies/1.yaml:21:18 renamed-from-conflict",
    ]);
  });

  it("warns when a declared group also matches an ignore glob, and counts group limits against maxUserLimit", () => {
    expect(
      problems(
        [
          "version: 1",
          "directoryGroups:",
          "  Engineering (Okta):",
          "    limit: 1500",
          "    members: []",
          "ownership:",
          "  directoryGroups:",
          '    ignore: ["* (okta)"]',
          "guardrails:",
          "  maxUserLimit: 1000",
        ].join("\n"),
      ).map((line) => line.split(": ")[0]),
    ).toEqual([
      "policies/1.yaml:3:3 declared-directory-group-ignored",
      "policies/1.yaml:3:3 limit-above-maximum",
    ]);
  });

  it("refuses an invisible character in a group's name", () => {
    expect(
      problems(
        'version: 1\ndirectoryGroups:\n  "data\\u200bscience":\n    limit: 1\n    members: []\n',
      ),
    ).toEqual([
      'policies/1.yaml:3:3 invalid-name: the name of directory group "data\\u200bscience" contains U+200B ZERO WIDTH SPACE, an invisible character',
    ]);
  });
});
