// Issue 9, item 10: text we quote in Markdown (a plan posted as a PR comment, a drift issue)
// must not mention anyone: a member's display name comes from the API and can read
// `@acme/admins` or `cc @octocat`. The shared Markdown escaping neutralises mentions for every
// Markdown renderer; an email address (an `@` inside a word) is left as it is.

import { describe, expect, it } from "vitest";
import { demoTeamState } from "../../src/emulator/index.js";
import { escapeMarkdown, neutraliseMentions } from "../../src/render/markdown-escape.js";
import { against, cli, demoEmulator, EXAMPLE_POLICIES } from "../e2e/support.js";

/** A mention GitHub would link: `@` not preceded by a word character, then a name. */
const LIVE_MENTION = /(?:^|[^\w&#;])@[A-Za-z0-9]/m;

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("mentions are neutralised in Markdown", { timeout: 90_000 }, () => {
  it.each([
    ["@octocat", "@&#8203;octocat"],
    ["cc @acme/admins please", "cc @&#8203;acme/admins please"],
    ["(@team)", "(@&#8203;team)"],
    ["`@ops`", "\\`@&#8203;ops\\`"],
    ["ada@acme.example", "ada@acme.example"],
    ["@", "@"],
  ])("escapeMarkdown(%j) is %j", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it("is idempotent on text it already neutralised", () => {
    const once = neutraliseMentions("@octocat");
    expect(neutraliseMentions(once)).toBe(once);
  });

  it("a display name from the API mentions nobody in plan --format markdown", async (context) => {
    const state = demoTeamState();
    const emulator = await demoEmulator(context, {
      state: {
        ...state,
        members: state.members.map((member) =>
          member.email === "margaret.hamilton@acme.example"
            ? { ...member, name: "@acme/admins cc @octocat", monthlyLimitDollars: 7 }
            : member,
        ),
      },
    });
    const result = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--format", "markdown"));
    expect(result.stdout).toContain("@&#8203;acme/admins cc @&#8203;octocat");
    // Code (fenced blocks and spans, where GitHub looks for no mention) aside.
    const prose = result.stdout.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
    expect(prose.match(LIVE_MENTION)).toBeNull();
  });
});
