import { describe, expect, it } from "vitest";
import type { LiveBlocklist, LiveMember } from "../../src/model/live.js";
import { plan } from "../../src/plan/index.js";
import {
  DEFAULT_MARKDOWN_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
} from "../../src/render/index.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  defaultLimit,
  desiredState,
  liveState,
  noOptions,
} from "../plan/builders.js";
import { samplePlan } from "./sample.js";

/** Every structure opened is closed: details tags, code fences, table rows. */
function expectWellFormed(markdown: string): void {
  const count = (re: RegExp) => markdown.match(re)?.length ?? 0;
  expect(count(/<details>/g)).toBe(count(/<\/details>/g));
  expect(count(/^```/gm) % 2).toBe(0);
  for (const line of markdown.split("\n")) {
    if (line.startsWith("| ")) expect(line.endsWith(" |")).toBe(true);
  }
}

function bigPlan(changes: number) {
  const members: LiveMember[] = [];
  const blocklists: LiveBlocklist[] = [];
  for (let i = 0; i < changes / 2; i++) {
    members.push(aMember({ email: `user${i}@acme.dev`, limit: 10, spend: i }));
    blocklists.push(aLiveBlocklist({ url: `https://github.com/acme/repo-${i}`, patterns: ["a"] }));
  }
  const desired = desiredState({
    limits: { default: defaultLimit(20, 2) },
    blocklists: blocklists.map((b) => aBlocklist({ url: b.url, patterns: ["a", "b/**"] })),
  });
  // Every member's limit changes: past the built-in share, let through as the tests are not about it.
  return plan(desired, liveState({ members, blocklists }), {
    ...noOptions,
    allowLargeChanges: true,
  });
}

describe("renderMarkdown", () => {
  it("renders summary first, violations prominent, details folded", () => {
    expect(
      renderMarkdown(samplePlan(), { title: "policies/", commit: "0123456789abcdef0123" }),
    ).toMatchInlineSnapshot(`
      "### policies/

      Commit \`0123456789ab\` · live state fingerprint \`8c1754fa0ccd77fd605339426b01b654c5ec1d0a40c5f7fe767862fda6ae364f\`

      **Changes to make live state match policy:**

      | Change | Count |
      | --- | ---: |
      | Blocklists to create | 1 |
      | Blocklists to update | 1 |
      | Blocklists to delete | **1** :warning: |
      | Spend limits to set | 4 |
      | … of which raised | **1** :warning: |
      | Spend limits to clear (no limit) | **1** :warning: |

      Plan: 1 to create, 1 to update, 1 to delete, 4 limits to set, 1 to clear.

      :warning: **Risky changes:** 1 deletion, 1 raised limit, 1 cleared limit.

      Budget: $160 → $470 a month in limits (+$310); members without a limit: 1; members whose limit is unknown: 1 → 0

      > [!CAUTION]
      > **Blocked: 5 guardrail violations; apply will not proceed until they are resolved.**
      >
      > - 1 blocklist deletion (33.3 % of 3 live blocklists) exceeds guardrails.maxDeletes (at most 0 and at most 25 %): pass --allow-deletes to proceed
      > - dee@acme.dev: $20 → $200 raises the limit 10×, more than the built-in factor of 5×: pass --allow-large-changes to proceed, or set guardrails.maxLimitRaise
      > - bo\\_smith@acme.dev would get no limit from user rule (policies/team.yaml:4), above the maximum of $150 (guardrails.maxUserLimit)
      > - dee@acme.dev would get $200 from default (policies/team.yaml:17), above the maximum of $150 (guardrails.maxUserLimit)
      > - fay@acme.dev would get $200 from default (policies/team.yaml:17), above the maximum of $150 (guardrails.maxUserLimit)

      > [!WARNING]
      > **1 warning: probably not what the policy means**
      >
      > - fey@acme.dev is named by group \`data-science\` (policies/team.yaml:9) but is not on the team: did you mean fay@acme.dev? If they join later, list them under pendingMembers

      <details><summary>Blocklist changes (3)</summary>

      **create** \`https://github.com/acme/payments\`

      \`\`\`diff
      + **/*.pem
      + .env
      + secrets/**
      \`\`\`

      **update** \`https://github.com/acme/api\` · \`repo_acme_api\`

      \`\`\`diff
      + **/*.pem
      - config/*
        (2 unchanged patterns)
      \`\`\`

      **delete** \`https://github.com/acme/old-site\` · \`repo_acme_old_site\`

      \`\`\`diff
      - *
      \`\`\`

      </details>

      <details><summary>Spend limit changes (5)</summary>

      | | Member | Role | Limit | Rule | Spent this cycle |
      | --- | --- | --- | --- | --- | ---: |
      | ~ | ana@acme.dev<br>Ana Lima | owner | $100 → $50 | group \`data-science\`<br>\`policies/team.yaml:9\` | $123.45 |
      | ~ | cy@contractors.acme.dev<br>Cy | member | no limit → $20 | email pattern \`*@contractors.acme.dev\`<br>\`policies/team.yaml:14\` | $0.00 |
      | ~ | dee@acme.dev<br>Dee | member | $20 → **$200** (raised) | default<br>\`policies/team.yaml:17\` | $20.00 |
      | ~ | fay@acme.dev<br>Fay | member | unknown → $200 (cannot be confirmed afterwards) | default<br>\`policies/team.yaml:17\` | $0.00 |
      | - | bo\\_smith@acme.dev<br>Bo \\*Smith\\* | member | $40 → **no limit** (cleared) | user rule<br>\`policies/team.yaml:4\` | $3.00 |

      </details>

      <details><summary>Notes (4)</summary>

      - new.hire@acme.dev is named by user rule (policies/team.yaml:5) but is not on the team yet: the limit is applied once they join
      - fay@acme.dev has no row in the spend report, so the current limit is unknown: the policy's limit is sent anyway
      - ana@acme.dev: the new limit $50 is below the $123.45 already spent this cycle, so it blocks them at once
      - \`https://github.com/platform/infra\` is matched by ownership.ignore \`https://github.com/platform/*\`: managed elsewhere, never touched

      </details>
      "
    `);
  });

  it("escapes Markdown in user data", () => {
    const live = liveState({
      members: [
        aMember({
          email: "a_b*c@acme.dev",
          name: "Eve </details><script>x</script> | [link](http://x) ~~gone~~",
          limit: 1,
        }),
      ],
      blocklists: [
        aLiveBlocklist({
          url: "https://github.com/acme/api",
          patterns: ["**/*.pem", "`x`", "a|b"],
        }),
      ],
    });
    const markdown = renderMarkdown(
      plan(
        desiredState({ limits: { default: defaultLimit(2) }, ownership: { prune: true } }),
        live,
        noOptions,
      ),
    );
    expectWellFormed(markdown);
    expect(markdown).toContain("a\\_b\\*c@acme.dev");
    expect(markdown).toContain(
      "| ~ | a\\_b\\*c@acme.dev<br>Eve &lt;/details&gt;&lt;script&gt;x&lt;/script&gt; \\| \\[link\\](http://x) \\~\\~gone\\~\\~ | member |",
    );
    expect(markdown).not.toContain("<script>");
    // Patterns sit in a fenced diff block, where nothing is interpreted.
    expect(markdown).toContain("```diff\n- **/*.pem\n- `x`\n- a|b\n```");
  });

  it("fits the default budget untouched when small", () => {
    const markdown = renderMarkdown(samplePlan());
    expect(markdown.length).toBeLessThan(DEFAULT_MARKDOWN_MAX_LENGTH);
    expect(markdown).not.toContain("not shown");
  });

  it("truncates a 5,000-change plan cleanly within the comment limit", () => {
    const big = bigPlan(5_000);
    expect(big.changes).toHaveLength(5_000);
    const markdown = renderMarkdown(big, { title: "policies/" });
    expect(markdown.length).toBeLessThanOrEqual(DEFAULT_MARKDOWN_MAX_LENGTH);
    expect(DEFAULT_MARKDOWN_MAX_LENGTH).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expectWellFormed(markdown);
    // The summary is complete whatever is cut.
    expect(markdown).toContain("| Blocklists to update | 2500 |");
    expect(markdown).toContain("| Spend limits to set | 2500 |");
    const shown =
      (markdown.match(/^\*\*update\*\* /gm)?.length ?? 0) +
      (markdown.match(/^\| ~ \|/gm)?.length ?? 0);
    expect(shown).toBeGreaterThan(100);
    expect(markdown).toMatch(/^\*\*update\*\* /m);
    expect(markdown).toMatch(/^\| ~ \|/m);
    expect(markdown).toMatch(
      new RegExp(
        `…${5_000 - shown} more changes, \\d+ notes not shown; full plan in the job summary\\.\\n$`,
      ),
    );
  });

  it("keeps every budget, however small, and says what was left out", () => {
    const big = bigPlan(200);
    for (const maxLength of [20_000, 5_000, 2_000, 1_200, 300, 40]) {
      const markdown = renderMarkdown(big, { maxLength, fullPlanHint: "see the job log" });
      expect(markdown.length).toBeLessThanOrEqual(maxLength);
      if (maxLength >= 1_200) {
        expectWellFormed(markdown);
        expect(markdown).toMatch(/more changes(, \d+ notes?)? not shown; see the job log\.\n$/);
      }
    }
  });

  it("shows an empty plan in a line, with the commit and fingerprint", () => {
    const quiet = plan(desiredState(), liveState(), noOptions);
    expect(renderMarkdown(quiet, { commit: "abc1234", mode: "drift" })).toMatchInlineSnapshot(`
      "### cursor-policy drift

      Commit \`abc1234\` · live state fingerprint \`9b2946471d504a4fbc6b688743dd09e8d46ec441cfe430013e64c445571e5f97\`

      **No drift. Live state matches policy.**

      "
    `);
  });
});
