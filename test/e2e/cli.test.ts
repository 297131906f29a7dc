// End to end: the real bundled CLI, spawned as users run it, against an emulator started in the
// test process with the demo team. The tests are independent (one emulator each) but run one
// after another: a CLI run spends its time on the CPU (starting Node, loading the bundle,
// compiling the policy schema), not waiting, so running them at once only made each test take as
// long as all of them together, and a busy machine pushed every one past its timeout.

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "vitest";
import { DEMO_ADMIN_KEY, demoTeamState } from "../../src/emulator/index.js";
import { runCli } from "../helpers/cli.js";
import { callApi } from "../helpers/emulator.js";
import {
  against,
  cli,
  demoEmulator,
  EXAMPLE_POLICIES,
  managedState,
  policyDir,
  setLimitOutOfBand,
  tempDir,
  writesIn,
} from "./support.js";

/** What the example policies make of the demo team (docs/ and the README show the same plan). */
const DEMO_LIMITS_AFTER_APPLY: Record<string, number | null> = {
  "ada.lovelace@acme.example": 1000,
  "grace.hopper@acme.example": 1000,
  "it-admin@acme.example": 0,
  "claude.shannon@acme.example": 400,
  "donald.knuth@acme.example": 100,
  "edsger.dijkstra@acme.example": 100,
  "kim.temp@contractors.acme.example": 0,
  "pat.consultant@contractors.acme.example": 50,
  "yann.lecun@acme.example": 400,
  "margaret.hamilton@acme.example": 200,
  "alan.turing@acme.example": 100,
};
const DEMO_BLOCKLISTS_AFTER_APPLY: Record<string, string[]> = {
  "git@github.com:acme/legacy-monolith.git": ["**/*.key", "**/*.pem", "*.env", "db/dumps/**"],
  "https://github.com/acme/data-platform": ["*.env", "secrets/**"],
  "https://github.com/acme/infra": ["**/*.key", "**/*.pem", "*.env", "terraform/*.tfvars"],
  "https://github.com/acme/payments": ["**/*.key", "**/*.pem", "*.env", "config/prod/*"],
};

describe("cursor-policy against the emulator (bundled CLI)", () => {
  it("validate, plan, apply, plan: the second plan is empty", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });

    const validate = await cli(["validate", "--policies", EXAMPLE_POLICIES]);
    expect(validate.code, validate.stderr).toBe(0);

    const plan = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--detailed-exitcode"));
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain(
      "Plan: 1 to create, 2 to update, 1 to delete, 9 limits to set, 0 to clear.",
    );
    expect(writesIn(emulator.requests())).toEqual([]);

    const apply = await cli(against(emulator, EXAMPLE_POLICIES, "apply", "--auto-approve"));
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain("13 applied, 0 failed, 0 skipped");
    expect(apply.stdout).toContain("verified: live state matches policy");
    // Piped and not in CI, progress stays quiet (connect.test.ts checks the lines CI gets).
    expect(apply.stderr).not.toContain("writing:");

    const after = managedState(emulator.getState());
    expect(after.limits).toMatchObject(DEMO_LIMITS_AFTER_APPLY);
    expect(after.blocklists).toEqual(DEMO_BLOCKLISTS_AFTER_APPLY);

    emulator.clearRequests();
    const again = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--detailed-exitcode"));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes. Live state matches policy.");
    expect(writesIn(emulator.requests())).toEqual([]);
  });

  it("plan --format json is the documented JSON with formatVersion", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const result = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--format", "json"));
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(plan.formatVersion).toBe(2);
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.summary).toMatchObject({ create: 1, update: 2, delete: 1, set: 9, clear: 0 });
    expect(plan.changes).toHaveLength(13);
  });

  it("import, then plan is empty; drift exits 0, then 2 naming a change made by hand", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const out = path.join(await tempDir({ onTestFinished }, "import"), "policies");

    const imported = await cli(["import", "--out", out, "--base-url", emulator.url]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(
      "verified: a plan of these files against the live team is empty",
    );
    const validate = await cli(["validate", "--policies", out]);
    expect(validate.code, validate.stdout).toBe(0);

    const plan = await cli(against(emulator, out, "plan", "--detailed-exitcode"));
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes.");
    const clean = await cli(against(emulator, out, "drift"));
    expect(clean.code, clean.stderr).toBe(0);

    // Someone changes a limit in the dashboard (through the API, as the dashboard does).
    const call = await callApi(emulator, "POST", "/teams/user-spend-limit", {
      body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 777 },
    });
    expect(call.status).toBe(200);
    emulator.clearRequests();

    const drift = await cli(against(emulator, out, "drift"));
    expect(drift.code, drift.stderr).toBe(2);
    expect(drift.stdout).toContain("alan.turing@acme.example");
    expect(drift.stdout).toContain("raised outside policy: $100 → $777 (policy says $100)");
    expect(drift.stdout).toMatch(/drift/i);
    expect(writesIn(emulator.requests())).toEqual([]);
  });

  it("import with directory groups, then drift exits 2 naming a group's limit and a member taken out of it; apply restores exactly those", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const out = path.join(await tempDir({ onTestFinished }, "import-groups"), "policies");
    const imported = await cli(["import", "--out", out, "--base-url", emulator.url]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("directory-groups.yaml");
    expect(imported.stdout).toContain("3 directory groups");
    const plan = await cli(against(emulator, out, "plan", "--detailed-exitcode"));
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes.");

    // In the dashboard: the data-science group's limit goes up, and Hedy leaves the group.
    const group = "/teams/directory-groups/team_group_datasci01";
    const hedy = demoTeamState().members.find((m) => m.email === "hedy.lamarr@acme.example");
    for (const [route, body] of [
      [group, { monthlySpendingLimitDollars: 900 }],
      [`${group}/members/bulk-remove`, { userIds: [hedy?.id] }],
    ] as const) {
      const call = await callApi(emulator, route === group ? "PATCH" : "POST", route, { body });
      expect(call.status, call.text).toBeLessThan(300);
    }
    emulator.clearRequests();

    const drift = await cli(against(emulator, out, "drift"));
    expect(drift.code, drift.stderr).toBe(2);
    // Read from the live side: a group limit raised outside policy (risky), and the member the
    // live group lacks.
    expect(drift.stdout).toContain(
      "! directory group data-science (team_group_datasci01): group limit raised outside policy: limit $900 live (policy says $400)",
    );
    expect(drift.stdout).toContain("- hedy.lamarr@acme.example");
    expect(drift.stdout).toContain("Risky: 1 group limit raised outside policy.");
    expect(writesIn(emulator.requests())).toEqual([]);

    const apply = await cli(against(emulator, out, "apply", "--auto-approve"));
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain("2 applied, 0 failed, 0 skipped");
    expect(apply.stdout).toContain("verified: live state matches policy");
    expect(writesIn(emulator.requests()).map((entry) => entry.endpoint)).toEqual([
      "directoryGroupUpdate",
      "directoryGroupBulkAdd",
    ]);

    const again = await cli(against(emulator, out, "plan", "--detailed-exitcode"));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes.");
  });

  it("refuses a stale saved plan without writing, and applies a fresh one", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const file = path.join(await tempDir({ onTestFinished }, "saved"), "plan.json");

    const saved = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--out", file));
    expect(saved.code, saved.stderr).toBe(0);
    const text = await readFile(file, "utf8");
    expect(text).not.toContain(DEMO_ADMIN_KEY);
    expect(JSON.parse(text)).toMatchObject({ kind: "cursor-policy/saved-plan", formatVersion: 2 });

    // A member the plan changes anyway: the plan stays within the built-in size thresholds.
    setLimitOutOfBand(emulator, "grace.hopper@acme.example", 400);
    emulator.clearRequests();
    const stale = await cli(
      against(emulator, EXAMPLE_POLICIES, "apply", "--plan", file, "--auto-approve"),
    );
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/live state has changed since the saved plan was made/);
    expect(stale.stderr).toMatch(/fingerprint [0-9a-f]{12} is now [0-9a-f]{12}/);
    expect(stale.stderr).toContain("plan --out");
    expect(writesIn(emulator.requests())).toEqual([]);

    const fresh = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--out", file));
    expect(fresh.code, fresh.stderr).toBe(0);
    // Spend moving on its own (people keep working) does not make the reviewed plan stale.
    const state = emulator.getState();
    emulator.setState({
      ...state,
      members: state.members.map((m) => ({ ...m, spendCents: m.spendCents + 250 })),
    });
    const apply = await cli(
      against(emulator, EXAMPLE_POLICIES, "apply", "--plan", file, "--auto-approve"),
    );
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain("verified: live state matches policy");
    expect(managedState(emulator.getState()).limits["grace.hopper@acme.example"]).toBe(1000);
  });

  it("blocks a plan over the deletion threshold with exit 3; --allow-deletes lets it through", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const policies = await policyDir(
      { onTestFinished },
      {
        "team.yaml": [
          "version: 1",
          "blocklists:",
          "  repos:",
          "    https://github.com/acme/payments:",
          '      patterns: ["*.env", "config/prod/*"]',
          "ownership:",
          "  prune: true",
          "guardrails:",
          "  maxDeletes:",
          "    count: 1",
          "",
        ].join("\n"),
      },
    );

    const plan = await cli(against(emulator, policies, "plan", "--detailed-exitcode"));
    expect(plan.code, plan.stderr).toBe(3);
    expect(plan.stdout).toContain("3 blocklist deletions");

    const blocked = await cli(against(emulator, policies, "apply", "--auto-approve"));
    expect(blocked.code).toBe(3);
    expect(blocked.stderr).toContain(
      "3 blocklist deletions (75 % of 4 live blocklists) exceed guardrails.maxDeletes (at most 1)",
    );
    expect(blocked.stderr).toContain("--allow-deletes");
    expect(blocked.stderr).toContain("nothing was applied");
    expect(writesIn(emulator.requests())).toEqual([]);

    // drift only reports: the threshold is shown, and the exit code still says "drift" (2).
    const drift = await cli(against(emulator, policies, "drift"));
    expect(drift.code, drift.stderr).toBe(2);
    expect(drift.stdout).toContain(
      "3 blocklist deletions (75 % of 4 live blocklists) exceed guardrails.maxDeletes (at most 1)",
    );

    const allowed = await cli(
      against(emulator, policies, "apply", "--auto-approve", "--allow-deletes"),
    );
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain("verified: live state matches policy");
    expect(managedState(emulator.getState()).blocklists).toEqual({
      "https://github.com/acme/payments": ["*.env", "config/prod/*"],
    });
  });

  it("apply without a terminal and without --auto-approve refuses and writes nothing", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const result = await cli(against(emulator, EXAMPLE_POLICIES, "apply"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no terminal to ask on; nothing was changed");
    expect(result.stderr).toContain("--auto-approve");
    // The plan it would have applied is shown, for review.
    expect(result.stdout).toContain("Plan: 1 to create");
    expect(writesIn(emulator.requests())).toEqual([]);
    expect(emulator.getState()).toEqual(
      expect.objectContaining({ blocklists: demoTeamState().blocklists }),
    );
  });

  it("a wrong key: exit 1, says the key is invalid or revoked and what to do, never shows it", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const wrongKey = `crsr_${"0123456789abcdef".repeat(4)}`;
    const importDir = await tempDir({ onTestFinished }, "wrong-key");
    const commands = [
      against(emulator, EXAMPLE_POLICIES, "plan"),
      against(emulator, EXAMPLE_POLICIES, "apply", "--auto-approve"),
      ["import", "--out", importDir, "--base-url", emulator.url],
    ];
    for (const command of commands) {
      const result = await cli(command, { key: wrongKey });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/invalid or has been revoked/);
      expect(result.stderr).toMatch(/Create a new Admin API key .* CURSOR_API_KEY/);
    }
    expect(emulator.requests().every((entry) => entry.status === 401)).toBe(true);
    expect(writesIn(emulator.requests())).toEqual([]);

    // The real key, revoked in the dashboard since: the same answer.
    const state = emulator.getState();
    emulator.setState({
      ...state,
      apiKeys: state.apiKeys.map((k) => (k.key === DEMO_ADMIN_KEY ? { ...k, revoked: true } : k)),
    });
    const revoked = await cli(against(emulator, EXAMPLE_POLICIES, "plan"));
    expect(revoked.code, revoked.stderr).toBe(1);
    expect(revoked.stderr).toMatch(/invalid or has been revoked/);
  });

  it("--api-key-file: the key is read from the file; a wrong one is refused and never shown", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const dir = await tempDir({ onTestFinished }, "key-file");
    const noEnvKey = { env: { CURSOR_API_KEY: undefined, CURSOR_API_BASE_URL: undefined } };

    const goodFile = path.join(dir, "good.key");
    await writeFile(goodFile, `${DEMO_ADMIN_KEY}\n`, { mode: 0o600 });
    const plan = await runCli(
      [...against(emulator, EXAMPLE_POLICIES, "plan"), "--api-key-file", goodFile],
      noEnvKey,
    );
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("Plan: 1 to create");

    // A key of no known format: the redaction patterns would not catch it, only the key itself.
    const wrongKey = `team-secret-${"q".repeat(24)}`;
    const wrongFile = path.join(dir, "wrong.key");
    await writeFile(wrongFile, wrongKey, { mode: 0o600 });
    const refused = await runCli(
      [...against(emulator, EXAMPLE_POLICIES, "plan"), "--api-key-file", wrongFile],
      noEnvKey,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/invalid or has been revoked/);
    expect(refused.stderr).toContain("does not look like a Cursor Admin API key");
    expect(`${refused.stdout}${refused.stderr}`).not.toContain(wrongKey);
  });

  it("an output path that cannot be written: a clear error naming it, not an internal error", async ({
    expect,
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const dir = await tempDir({ onTestFinished }, "out");
    const missing = path.join(dir, "no-such-dir", "plan.json");

    const plan = await cli(against(emulator, EXAMPLE_POLICIES, "plan", "--out", missing));
    expect(plan.code).toBe(1);
    expect(plan.stderr).not.toContain("internal error");
    expect(plan.stderr).toContain(missing);
    expect(plan.stderr).toMatch(/does not exist/);

    // A file where the output directory should be.
    const file = path.join(dir, "a-file");
    await writeFile(file, "");
    const imported = await cli([
      "import",
      "--out",
      path.join(file, "policies"),
      "--base-url",
      emulator.url,
    ]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).not.toContain("internal error");
    expect(imported.stderr).toContain(path.join(file, "policies"));
    expect(imported.stderr).toMatch(/not a directory/);
    const onFile = await cli(["import", "--out", file, "--base-url", emulator.url]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).not.toContain("internal error");
    expect(onFile.stderr).toContain(`cannot write ${file}`);
  });
});
