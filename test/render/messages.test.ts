import { describe, expect, it } from "vitest";
import type { Violation } from "../../src/model/plan.js";
import { describeNote, describeViolation } from "../../src/render/index.js";
import { at } from "../plan/builders.js";

describe("violation messages", () => {
  it.each<[Violation, string]>([
    [
      {
        kind: "too-many-deletes",
        resource: "blocklist",
        deletes: 3,
        total: 5,
        maxCount: 2,
        maxPercent: 25,
        overridable: true,
      },
      "3 deletions (60 %) exceed the limit of 2 (25 %): pass --allow-deletes to proceed",
    ],
    [
      {
        kind: "too-many-deletes",
        resource: "blocklist",
        deletes: 1,
        total: 3,
        maxPercent: 20,
        overridable: true,
      },
      "1 deletion (33.3 %) exceeds the limit of 20 %: pass --allow-deletes to proceed",
    ],
    [
      {
        kind: "too-many-deletes",
        resource: "directoryGroup",
        deletes: 2,
        total: 3,
        maxCount: 1,
        overridable: true,
      },
      "2 directory group deletions (66.7 %) exceed the limit of 1: pass --allow-deletes to proceed",
    ],
    [
      {
        kind: "ineffective-cap",
        email: "alex@acme.dev",
        limitDollars: 50,
        group: "data-science",
        groupLimitDollars: 400,
        rule: { rank: "user", name: "alex@acme.dev", source: at(4) },
        blockedBy: "guardrail",
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
        kind: "deletes-allowed",
        resource: "blocklist",
        deletes: 4,
        total: 4,
        maxCount: 1,
      }),
    ).toBe("4 deletions (100 %) exceed the limit of 1: allowed by --allow-deletes");
    expect(
      describeNote({
        kind: "ineffective-cap",
        email: "alex@acme.dev",
        limitDollars: 50,
        group: "data-science",
        groupLimitDollars: 400,
        rule: { rank: "user", name: "alex@acme.dev", source: at(4) },
      }),
    ).toBe(
      "cap $50 for alex@acme.dev does not take effect: directory group `data-science` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:4))",
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
