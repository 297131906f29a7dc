import { describe, expect, it } from "vitest";
import type { Violation } from "../../src/model/plan.js";
import { plainText } from "../../src/render/fragments.js";
import { describeNote, describeViolation } from "../../src/render/index.js";
import { warningMessage } from "../../src/render/warnings.js";
import { at } from "../plan/builders.js";

describe("violation messages", () => {
  it.each<[Violation, string]>([
    [
      {
        kind: "threshold-exceeded",
        threshold: "blocklist-deletes",
        changes: 3,
        total: 5,
        maxCount: 2,
        maxPercent: 25,
        origin: "policy",
        override: "allow-deletes",
      },
      "3 blocklist deletions (60 % of 5 live blocklists) exceed guardrails.maxDeletes (at most 2 and at most 25 %): pass --allow-deletes to proceed",
    ],
    [
      {
        kind: "threshold-exceeded",
        threshold: "blocklist-deletes",
        changes: 3,
        total: 3,
        maxPercent: 10,
        everyOne: true,
        origin: "default",
        override: "allow-deletes",
      },
      "3 blocklist deletions would remove every one of the 3 live blocklists, which the built-in threshold never allows: pass --allow-deletes to proceed, or set guardrails.maxDeletes to change the threshold",
    ],
    [
      {
        kind: "threshold-exceeded",
        threshold: "limit-changes",
        changes: 2601,
        total: 3000,
        maxPercent: 30,
        origin: "default",
        override: "allow-large-changes",
      },
      "2601 limit changes (86.7 % of 3000 members) exceed the built-in threshold (at most 30 %): pass --allow-large-changes to proceed, or set guardrails.maxLimitChanges to change the threshold",
    ],
    [
      {
        kind: "limit-raise-exceeded",
        email: "ana@acme.dev",
        before: 200,
        after: 2000,
        maxFactor: 5,
        origin: "default",
        override: "allow-large-changes",
      },
      "ana@acme.dev: $200 → $2,000 raises the limit 10×, more than the built-in factor of 5×: pass --allow-large-changes to proceed, or set guardrails.maxLimitRaise",
    ],
    [
      { kind: "total-limit-above-maximum", totalDollars: 12_500, maximum: 10_000, withoutLimit: 3 },
      "the members' limits add up to $12,500 a month after this plan, above the maximum of $10,000 (guardrails.maxTotalLimit) (3 members without a limit not counted): lower some limits or raise guardrails.maxTotalLimit",
    ],
    [
      {
        kind: "member-not-on-team",
        email: "memebr3@company.com",
        rule: { rank: "group", name: "engineering", source: at(4) },
        suggestions: ["member3@company.com"],
        because: "strict",
      },
      "memebr3@company.com is named by group `engineering` (policies/team.yaml:4) but is not on the team: did you mean member3@company.com? If they join later, list them under pendingMembers; blocked by --strict",
    ],
    [
      {
        kind: "group-member-not-on-team",
        email: "memebr3@company.com",
        group: "data-science",
        source: at(9),
        suggestions: ["member3@company.com"],
        because: "guardrail",
      },
      "memebr3@company.com is a member of directory group `data-science` (policies/team.yaml:9) but is not on the team: did you mean member3@company.com? If they join later, list them under pendingMembers; blocked by guardrails.requireNamedMembersOnTeam",
    ],
    [
      {
        kind: "threshold-exceeded",
        threshold: "directory-group-deletes",
        changes: 2,
        total: 3,
        maxCount: 1,
        origin: "policy",
        override: "allow-deletes",
      },
      "2 directory group deletions (66.7 % of 3 live directory groups) exceed guardrails.maxDeletes (at most 1): pass --allow-deletes to proceed",
    ],
    [
      {
        kind: "ineffective-cap",
        email: "alex@acme.dev",
        limitDollars: 50,
        group: "data-science",
        groupLimitDollars: 400,
        rule: { rank: "user", name: "alex@acme.dev", source: at(4) },
        because: "guardrail",
      },
      "cap $50 for alex@acme.dev does not take effect: directory group `data-science` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:4)): blocked by guardrails.requireEffectiveCaps; raise the cap, take the member out of the group, or lower the group's limit",
    ],
    [
      {
        kind: "limit-above-maximum",
        email: "ana@acme.dev",
        limit: 1000,
        maximum: 500,
        rule: { rank: "emailPattern", name: "*@acme.dev", source: at(7) },
      },
      "ana@acme.dev would get $1,000 from email pattern `*@acme.dev` (policies/team.yaml:7), above the maximum of $500 (guardrails.maxUserLimit)",
    ],
    [
      { kind: "member-without-limit", email: "bo@acme.dev" },
      "bo@acme.dev is covered by no rule, but every member must have a limit: add a rule or a default",
    ],
    [
      {
        kind: "limit-conflict",
        email: "cy@acme.dev",
        rules: [
          { rank: "group", name: "a", source: at(2) },
          { rank: "group", name: "b", source: at(9) },
        ],
      },
      "cy@acme.dev gets different limits from rules of the same rank: group `a` (policies/team.yaml:2) and group `b` (policies/team.yaml:9): make them agree or give the member a more specific rule",
    ],
    [
      {
        kind: "protected-repo-delete",
        url: "https://github.com/acme/vault",
        pattern: "https://github.com/acme/*",
      },
      "the blocklist of `https://github.com/acme/vault` would be deleted, but `https://github.com/acme/*` in guardrails.protectedRepos protects it: declare the repo in the policy or stop protecting it",
    ],
  ])("%#: %j", (violation, message) => {
    expect(describeViolation(violation)).toBe(message);
  });
});

describe("note messages", () => {
  it("say what happens and use people's units", () => {
    expect(
      describeNote({
        kind: "limit-below-spend",
        email: "ana@acme.dev",
        limitDollars: 1200,
        spendCents: 124_550.4,
      }),
    ).toBe(
      "ana@acme.dev: the new limit $1,200 is below the $1,245.50 already spent this cycle, so it blocks them at once",
    );
    expect(
      describeNote({
        kind: "limit-not-effective",
        email: "ana@acme.dev",
        limitDollars: 50,
        effectiveDollars: null,
      }),
    ).toBe(
      "ana@acme.dev: the limit $50 is set, but the API enforces no limit (a higher group or team limit wins)",
    );
    expect(
      describeNote({
        kind: "threshold-overridden",
        threshold: "blocklist-deletes",
        changes: 4,
        total: 4,
        maxCount: 1,
        origin: "policy",
        override: "allow-deletes",
      }),
    ).toBe(
      "4 blocklist deletions (100 % of 4 live blocklists) exceed guardrails.maxDeletes (at most 1): allowed by --allow-deletes",
    );
    expect(
      describeNote({
        kind: "exception-expired",
        email: "ana@acme.dev",
        limitDollars: 900,
        until: "2027-01-31",
        rule: { rank: "user", name: "ana@acme.dev", source: at(5), until: "2027-01-31" },
      }),
    ).toBe(
      "the temporary limit of $900 for ana@acme.dev (policies/team.yaml:5) held through 2027-01-31 and has ended: they fall back to their other rules; remove the entry once that is applied",
    );
    expect(
      describeNote({
        kind: "pending-group-member",
        email: "new@acme.dev",
        group: "data-science",
        source: at(9),
      }),
    ).toBe(
      "new@acme.dev is named as a member of directory group `data-science` (policies/team.yaml:9) but is not on the team yet: added once they join",
    );
  });
});

describe("warning messages", () => {
  it("says which directory group names a stranger, with the nearest member", () => {
    expect(
      plainText(
        warningMessage({
          kind: "group-member-not-on-team",
          email: "memebr3@company.com",
          group: "data-science",
          source: at(9),
          suggestions: ["member3@company.com"],
        }),
      ),
    ).toBe(
      "memebr3@company.com is a member of directory group `data-science` (policies/team.yaml:9) but is not on the team: did you mean member3@company.com? If they join later, list them under pendingMembers",
    );
  });

  it("says a member cap does not take effect, and how to fix it", () => {
    expect(
      plainText(
        warningMessage({
          kind: "ineffective-cap",
          email: "alex@acme.dev",
          limitDollars: 50,
          group: "data-science",
          groupLimitDollars: 400,
          rule: { rank: "user", name: "alex@acme.dev", source: at(4) },
        }),
      ),
    ).toBe(
      "cap $50 for alex@acme.dev does not take effect: directory group `data-science` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:4)): raise the cap, take the member out of the group, or lower the group's limit",
    );
  });
});
