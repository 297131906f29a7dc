// No silent mistakes (issue 12), each through the bundled CLI over HTTP against the emulator: the
// mistakes that used to pass every check now stop with an error, a warning or a block, and drift
// says who changed what and when. One test per mistake, run one after another (see cli.test.ts).

import path from "node:path";
import { describe, it } from "vitest";
import { generateTeamState } from "../../src/emulator/index.js";
import {
  against,
  cli,
  demoEmulator,
  policyDir,
  setLimitOutOfBand,
  tempDir,
  writesIn,
} from "./support.js";

const MINUTE = 60_000;

/** "2026-11-30 14:02 UTC" for a time, as the outputs write it. */
function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const yaml = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("mistakes that used to pass silently (bundled CLI)", () => {
  it("a glob under users is an error pointing to emailPatterns, in validate and in plan", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const policies = await policyDir(
      { onTestFinished },
      { "limits.yaml": yaml("version: 1", "spendLimits:", "  users:", '    "*@acme.example": 20') },
    );
    const validate = await cli(["validate", "--policies", policies]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      'error invalid-email: "*@acme.example" (under spendLimits.users) is a glob, not an email address: it names nobody',
    );
    expect(validate.stdout).toContain("move it under spendLimits.emailPatterns");

    const plan = await cli(against(emulator, policies, "plan"));
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain("is a glob, not an email address");
    // Refused before any call: nothing was read from the team.
    expect(emulator.requests()).toEqual([]);
  });

  it("a typo in a group warns with 'did you mean'; --strict blocks; pendingMembers is the way to name someone early", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const group = [
      "version: 1",
      "spendLimits:",
      "  default: 100",
      "  groups:",
      "    data-science:",
      "      limit: 400",
      "      members:",
      "        - hedy.lamarr@acme.example",
      "        - claude.shanon@acme.example",
      "        - fei-fei.li@acme.example",
      "        - yann.lecun@acme.example",
      // The default moves a third of the team: not what this test is about.
      "guardrails:",
      "  maxLimitChanges: { percent: 100 }",
    ];
    const typo = await policyDir({ onTestFinished }, { "limits.yaml": yaml(...group) });

    const plan = await cli(against(emulator, typo, "plan"));
    expect(plan.code, plan.stderr).toBe(0);
    // Two warnings, one mistake: the typo, and the default it leaves the real member on, which
    // their directory group's $400 overrides.
    expect(plan.stdout).toContain("Warnings (2):");
    expect(plan.stdout).toContain(
      `claude.shanon@acme.example is named by group \`data-science\` (${typo}/limits.yaml:5) but is not on the team: did you mean claude.shannon@acme.example?`,
    );
    expect(plan.stdout).toContain(
      "cap $100 for claude.shannon@acme.example does not take effect: directory group `data-science` allows $400",
    );
    // The member the typo meant falls to the default: the plan shows it, next to the warning.
    expect(plan.stdout).toContain("limit claude.shannon@acme.example (Claude Shannon, member)");

    const strict = await cli(against(emulator, typo, "plan", "--strict"));
    expect(strict.code).toBe(3);
    expect(strict.stdout).toContain("did you mean claude.shannon@acme.example?");
    expect(strict.stdout).toContain("blocked by --strict");
    const apply = await cli(against(emulator, typo, "apply", "--strict", "--auto-approve"));
    expect(apply.code).toBe(3);
    expect(writesIn(emulator.requests())).toEqual([]);

    // Someone who joins next month, named on purpose: a note, even with --strict.
    const early = await policyDir(
      { onTestFinished },
      {
        "limits.yaml": yaml(
          ...group.slice(0, -2).map((line) => line.replace("claude.shanon", "claude.shannon")),
          "  users:",
          "    new.hire@acme.example: 150",
          ...group.slice(-2),
          "pendingMembers:",
          "  - new.hire@acme.example",
        ),
      },
    );
    const pending = await cli(against(emulator, early, "plan", "--strict"));
    expect(pending.code, pending.stdout).toBe(0);
    expect(pending.stdout).not.toContain("Warnings");
    expect(pending.stdout).toContain("new.hire@acme.example is named by user rule");
    expect(pending.stdout).toContain("is not on the team yet");
  });

  it("prune with nothing declared is blocked by the built-in delete threshold, exit 3, naming it", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const policies = await policyDir(
      { onTestFinished },
      { "ownership.yaml": yaml("version: 1", "ownership: {prune: true}") },
    );
    const plan = await cli(against(emulator, policies, "plan"));
    expect(plan.code).toBe(3);
    expect(plan.stdout).toContain(
      "4 blocklist deletions would remove every one of the 4 live blocklists, which the built-in threshold never allows: pass --allow-deletes to proceed, or set guardrails.maxDeletes to change the threshold",
    );
    const apply = await cli(against(emulator, policies, "apply", "--auto-approve"));
    expect(apply.code).toBe(3);
    expect(apply.stderr).toContain("the built-in threshold never allows");
    expect(writesIn(emulator.requests())).toEqual([]);

    const allowed = await cli(against(emulator, policies, "plan", "--allow-deletes"));
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(allowed.stdout).toContain("allowed by --allow-deletes");
  });

  it("2,601 limit changes on a 3,000-member team are blocked; --allow-large-changes lets them through", async ({
    expect,
    onTestFinished,
  }) => {
    const state = generateTeamState({ members: 3_000, repos: 0, seed: 12 });
    const members = state.members.map((member, index) => ({
      ...member,
      monthlyLimitDollars: index < 2_601 ? 100 : 50,
    }));
    const emulator = await demoEmulator({ onTestFinished }, { state: { ...state, members } });
    const policies = await policyDir(
      { onTestFinished },
      { "limits.yaml": yaml("version: 1", "spendLimits:", "  default: 50") },
    );
    const plan = await cli(against(emulator, policies, "plan"));
    expect(plan.code).toBe(3);
    expect(plan.stdout).toContain(
      "2601 limit changes (86.7 % of 3000 members) exceed the built-in threshold (at most 30 %): pass --allow-large-changes to proceed, or set guardrails.maxLimitChanges to change the threshold",
    );
    expect(plan.stdout).toContain("Budget: $280,050 → $150,000 a month in limits (-$130,050)");

    const allowed = await cli(against(emulator, policies, "plan", "--allow-large-changes"));
    expect(allowed.code, allowed.stdout).toBe(0);
    expect(allowed.stdout).toContain(": allowed by --allow-large-changes");
  });

  it("a limit raised out of band is drift read from the live side, risky, with who and when", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const policies = await policyDir(
      { onTestFinished },
      { "limits.yaml": yaml("version: 1", "spendLimits:", "  default: 100") },
    );
    // Everyone to $100 first, so that the team matches the policy.
    const apply = await cli(
      against(emulator, policies, "apply", "--auto-approve", "--allow-large-changes"),
    );
    expect(apply.code, apply.stderr).toBe(0);

    const when = Date.now() - 90 * MINUTE;
    emulator.act({
      actor: "ana@acme.example",
      at: when,
      request: {
        method: "POST",
        path: "/teams/user-spend-limit",
        body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 999 },
      },
    });
    emulator.clearRequests();
    const drift = await cli(against(emulator, policies, "drift"));
    expect(drift.code, drift.stderr).toBe(2);
    expect(drift.stdout).toContain(
      "! limit alan.turing@acme.example (Alan Turing, member): raised outside policy: $100 → $999 (policy says $100)",
    );
    expect(drift.stdout).toContain(
      `changed by ana@acme.example at ${utcMinute(when)} via dashboard`,
    );
    expect(drift.stdout).toContain("Risky: 1 limit raised outside policy.");
    expect(writesIn(emulator.requests())).toEqual([]);

    const markdown = await cli(against(emulator, policies, "drift", "--format", "markdown"));
    expect(markdown.stdout).toContain("| Limits raised outside policy | **1** :warning: |");
    expect(markdown.stdout).toContain(`changed by ana@acme.example at ${utcMinute(when)}`);

    const json = await cli(against(emulator, policies, "drift", "--format", "json"));
    const report = JSON.parse(json.stdout);
    expect(report.formatVersion).toBe(2);
    expect(report.drift).toEqual([
      {
        change: 0,
        resource: "spendLimit",
        key: "alan.turing@acme.example",
        kind: "limit-raised",
        risky: true,
        changedBy: {
          status: "found",
          actor: "ana@acme.example",
          at: new Date(when).toISOString(),
          eventType: "user_spend_limit",
          applicationType: "dashboard",
        },
      },
    ]);
  });

  it("after import, a blocklist made by hand is drift: exists live, not in policy, and who made it", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const out = path.join(await tempDir({ onTestFinished }, "import"), "policies");
    const imported = await cli(["import", "--out", out, "--base-url", emulator.url]);
    expect(imported.code, imported.stderr).toBe(0);
    const clean = await cli(against(emulator, out, "drift"));
    expect(clean.code, clean.stdout).toBe(0);

    const when = Date.now() - 10 * MINUTE;
    emulator.act({
      actor: "sec-team@acme.example",
      at: when,
      request: {
        method: "POST",
        path: "/settings/repo-blocklists/repos/upsert",
        body: { repos: [{ url: "https://github.com/acme/handmade", patterns: ["*.key"] }] },
      },
    });
    const drift = await cli(against(emulator, out, "drift"));
    expect(drift.code, drift.stdout).toBe(2);
    expect(drift.stdout).toMatch(
      /~ blocklist https:\/\/github\.com\/acme\/handmade \(repo_[^)]+\): exists live, not in policy/,
    );
    expect(drift.stdout).toContain(
      `changed by sec-team@acme.example at ${utcMinute(when)} via dashboard`,
    );
  });

  it("a 403 on the audit log still gives the drift, with who: unknown", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const policies = await policyDir(
      { onTestFinished },
      {
        "limits.yaml": yaml(
          "version: 1",
          "spendLimits:",
          "  users:",
          "    alan.turing@acme.example: 100",
        ),
      },
    );
    setLimitOutOfBand(emulator, "alan.turing@acme.example", 999);
    emulator.setState({ ...emulator.getState(), features: { auditLog: false } });
    const drift = await cli(against(emulator, policies, "drift"));
    expect(drift.code, drift.stderr).toBe(2);
    expect(drift.stdout).toContain("raised outside policy: $100 → $999 (policy says $100)");
    expect(drift.stdout).toContain("who: unknown (the audit log could not be read)");
    expect(drift.stdout).toContain(
      "Who: unknown for every change, the audit log could not be read: the API key may not read the audit log (403",
    );
  });

  it("a temporary exception that has ended: the plan says so and falls back to the other rules", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const policies = await policyDir(
      { onTestFinished },
      {
        "limits.yaml": yaml(
          "version: 1",
          "spendLimits:",
          "  users:",
          "    alan.turing@acme.example: 100",
          "    margaret.hamilton@acme.example: { limit: 200, until: 2020-01-31 }",
          "    donald.knuth@acme.example: { limit: 150, until: 2999-12-31 }",
          "  emailPatterns:",
          '    "*@acme.example": 100',
          "guardrails:",
          "  maxLimitChanges: { percent: 100 }",
        ),
      },
    );
    const plan = await cli(against(emulator, policies, "plan"));
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toContain(
      `the temporary limit of $200 for margaret.hamilton@acme.example (${policies}/limits.yaml:5) held through 2020-01-31 and has ended: they fall back to their other rules`,
    );
    expect(plan.stdout).toContain(
      "limit margaret.hamilton@acme.example (Margaret Hamilton, member): $200 → $100",
    );
    // Still in force: no change for Donald, whose live $150 is the exception's.
    expect(plan.stdout).not.toContain("limit donald.knuth@acme.example");
  });
});
