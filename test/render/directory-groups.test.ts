// Directory groups in every output: their changes, each member's effective limit (pinned for
// members in zero, one and two groups), and the ineffective-cap warning in text, Markdown and JSON.

import { describe, expect, it } from "vitest";
import type { Plan, PlanOptions } from "../../src/model/plan.js";
import { plan } from "../../src/plan/index.js";
import { renderJson, renderMarkdown, renderText } from "../../src/render/index.js";
import {
  aDirectoryGroup,
  aLiveGroup,
  aMember,
  desiredState,
  liveState,
  memberId,
  noOptions,
  userLimit,
} from "../plan/builders.js";

const zero = "zero@acme.dev";
const one = "alex@acme.dev";
const two = "two@acme.dev";
const bo = "bo@acme.dev";

function groupsPlan(options: PlanOptions = noOptions): Plan {
  const member = (email: string, limit: number | null) =>
    aMember({ email, limit, id: memberId(email) });
  const live = liveState({
    members: [member(zero, 100), member(one, 100), member(two, 100), member(bo, null)],
    directoryGroups: [
      aLiveGroup({ id: "team_group_ds", name: "data-science", limit: 300, members: [one, two] }),
      aLiveGroup({ id: "team_group_ops", name: "ops", limit: 150, members: [two] }),
      aLiveGroup({ id: "team_group_old", name: "old-team", limit: 20, members: [bo] }),
    ],
  });
  const desired = desiredState({
    limits: { users: [userLimit(zero, 200, 3), userLimit(one, 50, 4), userLimit(two, 200, 5)] },
    directoryGroups: [
      aDirectoryGroup({ name: "data-science", limit: 400, members: [one, two, bo], line: 10 }),
      aDirectoryGroup({ name: "ops", limit: 150, members: [two], line: 14 }),
      aDirectoryGroup({ name: "new-team", limit: 75, members: [], line: 17 }),
    ],
    groupOwnership: { prune: true },
  });
  return plan(desired, live, options);
}

describe("directory groups in the outputs", () => {
  it("text: group changes, effective limits and the ineffective-cap warning", () => {
    expect(renderText(groupsPlan(), { color: false })).toMatchInlineSnapshot(`
      "Changes to make live state match policy:

        + directory group new-team: limit $75
        ~ directory group data-science (team_group_ds): limit $300 → $400 [limit loosened]
        ~ members of directory group data-science (team_group_ds): 1 to add
            + bo@acme.dev
        ~ limit alex@acme.dev (Alex, member): $100 → $50
            set by user rule at policies/team.yaml:4; spent $0.00 this cycle
            effective limit $300 → $400 (directory group \`data-science\` $400)
        ~ limit two@acme.dev (Two, member): $100 → $200 [raised]
            set by user rule at policies/team.yaml:5; spent $0.00 this cycle
            effective limit $300 → $400 (directory groups \`data-science\` $400, \`ops\` $150)
        ~ limit zero@acme.dev (Zero, member): $100 → $200 [raised]
            set by user rule at policies/team.yaml:3; spent $0.00 this cycle
            effective limit $100 → $200 (no directory group)
        - directory group old-team (team_group_old): limit $20, 1 member [deleted]
            - bo@acme.dev

      Effective limits changed by directory groups (1):
        ~ bo@acme.dev: $20 → $400 (directory group \`data-science\` $400)

      Warnings (2):
        ⚠ cap $50 for alex@acme.dev does not take effect: directory group \`data-science\` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:4)): raise the cap, take the member out of the group, or lower the group's limit
        ⚠ cap $200 for two@acme.dev does not take effect: directory group \`data-science\` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:5)): raise the cap, take the member out of the group, or lower the group's limit

      Notes (1):
        ! bo@acme.dev (\`member\`) is covered by no rule: left alone

      Plan: 0 to create, 0 to update, 0 to delete, 3 limits to set, 0 to clear. Directory groups: 1 to create, 1 to update, 1 membership change, 1 to delete.
      Risky: 2 raised limits, 1 directory group deletion, 1 directory group limit raised or cleared.
      Budget: $300 → $450 a month in limits (+$150); members without a limit: 1
      Effective limits assume the highest applicable limit wins (a member's own limit or a directory group's).
      Live state fingerprint: b1c1ddf7f8a94bac8ade7ff9fe10b92ea1748212242fbe112e0d94e80bf6528b
      "
    `);
  });

  it("markdown: the same, with an effective-limit column", () => {
    expect(renderMarkdown(groupsPlan())).toMatchInlineSnapshot(`
      "### cursor-policy plan

      live state fingerprint \`b1c1ddf7f8a94bac8ade7ff9fe10b92ea1748212242fbe112e0d94e80bf6528b\` · effective limits assume the highest applicable limit wins (a member's own limit or a directory group's)

      **Changes to make live state match policy:**

      | Change | Count |
      | --- | ---: |
      | Blocklists to create | 0 |
      | Blocklists to update | 0 |
      | Blocklists to delete | 0 |
      | Directory groups to create | 1 |
      | Directory groups to update | 1 |
      | … of which a limit raised or cleared | **1** :warning: |
      | Directory group memberships to change | 1 |
      | Directory groups to delete | **1** :warning: |
      | Spend limits to set | 3 |
      | … of which raised | **2** :warning: |
      | Spend limits to clear (no limit) | 0 |

      Plan: 0 to create, 0 to update, 0 to delete, 3 limits to set, 0 to clear. Directory groups: 1 to create, 1 to update, 1 membership change, 1 to delete.

      :warning: **Risky changes:** 2 raised limits, 1 directory group deletion, 1 directory group limit raised or cleared.

      Budget: $300 → $450 a month in limits (+$150); members without a limit: 1

      > [!WARNING]
      > **2 warnings: probably not what the policy means**
      >
      > - cap $50 for alex@acme.dev does not take effect: directory group \`data-science\` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:4)): raise the cap, take the member out of the group, or lower the group's limit
      > - cap $200 for two@acme.dev does not take effect: directory group \`data-science\` allows $400, and the highest applicable limit wins (the cap comes from user rule (policies/team.yaml:5)): raise the cap, take the member out of the group, or lower the group's limit

      <details><summary>Directory group changes (4)</summary>

      **create** directory group \`new-team\`: limit $75

      **update** directory group \`data-science\` · \`team_group_ds\`: limit $300 → $400 :warning: limit loosened

      **change members of** directory group \`data-science\` · \`team_group_ds\`: 1 to add

      \`\`\`diff
      + bo@acme.dev
      \`\`\`

      **delete** directory group \`old-team\` · \`team_group_old\`: limit $20, 1 member :warning: deleted

      \`\`\`diff
      - bo@acme.dev
      \`\`\`

      </details>

      <details><summary>Spend limit changes (3)</summary>

      | | Member | Role | Limit | Effective limit | Rule | Spent this cycle |
      | --- | --- | --- | --- | --- | --- | ---: |
      | ~ | alex@acme.dev<br>Alex | member | $100 → $50 | $300 → $400<br>directory group \`data-science\` $400 | user rule<br>\`policies/team.yaml:4\` | $0.00 |
      | ~ | two@acme.dev<br>Two | member | $100 → **$200** (raised) | $300 → $400<br>directory groups \`data-science\` $400, \`ops\` $150 | user rule<br>\`policies/team.yaml:5\` | $0.00 |
      | ~ | zero@acme.dev<br>Zero | member | $100 → **$200** (raised) | $100 → $200<br>no directory group | user rule<br>\`policies/team.yaml:3\` | $0.00 |

      </details>

      <details><summary>Effective limits changed by directory groups (1)</summary>

      | Member | Effective limit | Directory groups |
      | --- | --- | --- |
      | bo@acme.dev | $20 → $400 | directory group \`data-science\` $400 |

      </details>

      <details><summary>Notes (1)</summary>

      - bo@acme.dev (\`member\`) is covered by no rule: left alone

      </details>
      "
    `);
  });

  it("JSON: the warning and each member's effective limit are data", () => {
    const json = JSON.parse(renderJson(groupsPlan()));
    expect(json.effectiveLimitRule).toBe("highest-applicable");
    expect(json.warnings).toContainEqual({
      kind: "ineffective-cap",
      email: one,
      limitDollars: 50,
      group: "data-science",
      groupLimitDollars: 400,
      rule: { rank: "user", name: one, source: { file: "policies/team.yaml", line: 4, column: 3 } },
    });
    const effective = (email: string) =>
      json.changes.find((change: { email?: string }) => change.email === email)?.effective;
    expect(effective(zero)).toEqual({ before: 100, after: 200, groups: [] });
    expect(effective(one)).toEqual({
      before: 300,
      after: 400,
      groups: [{ name: "data-science", limit: 400 }],
    });
    expect(effective(two)).toEqual({
      before: 300,
      after: 400,
      groups: [
        { name: "data-science", limit: 400 },
        { name: "ops", limit: 150 },
      ],
    });
    expect(json.effectiveLimitChanges).toEqual([
      {
        key: bo,
        email: bo,
        before: 20,
        after: 400,
        groups: [{ name: "data-science", limit: 400 }],
      },
    ]);
  });

  it("with --strict the warning is a violation that blocks, in every output", () => {
    const blocked = groupsPlan({ ...noOptions, allowDeletes: false, strict: true });
    expect(renderText(blocked, { color: false })).toContain(
      "x cap $50 for alex@acme.dev does not take effect: directory group `data-science` allows $400",
    );
    expect(renderMarkdown(blocked)).toContain(
      "cap $50 for alex@acme.dev does not take effect: directory group `data-science` allows $400",
    );
    expect(JSON.parse(renderJson(blocked)).violations).toContainEqual(
      expect.objectContaining({ kind: "ineffective-cap", email: one, because: "strict" }),
    );
  });

  it("a plan without directory groups shows no effective-limit column or line", () => {
    const plain = plan(
      desiredState({ limits: { users: [userLimit(zero, 200)] } }),
      liveState({ members: [aMember({ email: zero, limit: 100 })], directoryGroups: [] }),
      noOptions,
    );
    expect(renderText(plain, { color: false })).not.toContain("effective limit");
    expect(renderMarkdown(plain)).not.toContain("Effective limit");
  });
});
