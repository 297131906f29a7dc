// Directory groups and bulk spend-limit writes end to end over HTTP against the emulator:
// import → plan empty; out-of-band group changes → drift naming them; apply restores exactly
// those; 1,000 limits through the bulk route (or the single route when the team lacks it); a
// member the bulk route refuses fails alone.

import { describe, expect, it } from "vitest";
import { readLiveState } from "../../src/api/live-state.js";
import { detectDrift, driftExitCode } from "../../src/core/drift.js";
import { importPolicy } from "../../src/core/import.js";
import { applyPolicy, planAgainstLive } from "../../src/core/reconcile.js";
import { demoTeamState, memberIdFor } from "../../src/emulator/index.js";
import type { DesiredState } from "../../src/model/desired.js";
import { loadPolicyFiles } from "../../src/policy/load.js";
import { renderPlan } from "../../src/render/index.js";
import { ExitCode } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { aDirectoryGroup, defaultLimit, desiredState } from "../plan/builders.js";
import { loaded, startReconcile, teamState, writeRequests } from "./support.js";

const DATA_SCIENCE = "team_group_datasci01";

function importedPolicy(files: ReadonlyArray<{ name: string; text: string }>): DesiredState {
  const result = loadPolicyFiles(files.map((file) => ({ path: file.name, text: file.text })));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.desired;
}

function applyOptions(
  setup: Awaited<ReturnType<typeof startReconcile>>,
  desired: DesiredState,
  confirm: () => Promise<boolean> = async () => true,
) {
  return {
    policy: loaded(desired),
    connection: setup.connection,
    allowDeletes: false,
    // Mass limit changes are what these tests are about (the bulk route): past the threshold.
    allowLargeChanges: true,
    confirm,
    clock: setup.clock,
    logger: silentLogger,
  };
}

describe("directory groups over HTTP", () => {
  it("after import, a directory group made by hand is drift: exists live, not in policy, with who made it; apply deletes it", async () => {
    const setup = await startReconcile({ state: demoTeamState({ now: Date.UTC(2026, 10, 15) }) });
    const imported = importPolicy(
      await readLiveState(setup.connection.reader, { directoryGroups: true }),
    );
    const desired = importedPolicy(imported.files);
    expect(desired.directoryGroups?.ownership.prune).toBe(true);
    const made = setup.emulator.act({
      actor: "ana@acme.example",
      request: { method: "POST", path: "/teams/directory-groups", body: { name: "side-project" } },
    });
    expect(made.status).toBeLessThan(300);

    const drift = await detectDrift(desired, setup.connection.reader, {
      allowDeletes: false,
      clock: setup.clock,
    });
    expect(drift.plan.changes).toEqual([
      expect.objectContaining({ kind: "group-delete", name: "side-project" }),
    ]);
    expect(drift.plan.attribution?.changes[0]?.changedBy).toMatchObject({
      status: "found",
      actor: "ana@acme.example",
    });
    const text = renderPlan(drift.plan, "text", { mode: "drift" });
    expect(text).toContain("directory group side-project");
    expect(text).toContain("directory group exists live, not in policy");
    expect(text).toContain("changed by ana@acme.example");

    setup.emulator.clearRequests();
    const outcome = await applyPolicy(applyOptions(setup, desired));
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(writeRequests(setup.emulator).map((entry) => entry.endpoint)).toEqual([
      "directoryGroupDelete",
    ]);
    const again = await planAgainstLive(desired, setup.connection.reader, { allowDeletes: false });
    expect(again.plan.changes).toEqual([]);
  });

  it("import → plan empty; out-of-band limit and membership changes → drift naming both; apply restores exactly those", async () => {
    const setup = await startReconcile({ state: demoTeamState({ now: Date.UTC(2026, 10, 15) }) });
    const imported = importPolicy(
      await readLiveState(setup.connection.reader, { directoryGroups: true }),
    );
    expect(imported.files.map((file) => file.name)).toContain("directory-groups.yaml");
    const groupsFile = imported.files.find((file) => file.name === "directory-groups.yaml");
    expect(groupsFile?.text).toContain("Engineering (Okta):");
    const desired = importedPolicy(imported.files);
    expect(desired.directoryGroups?.groups.map((group) => group.name)).toEqual([
      "data-science",
      "Engineering (Okta)",
      "platform",
    ]);
    const first = await planAgainstLive(desired, setup.connection.reader, { allowDeletes: false });
    expect(first.plan.changes).toEqual([]);

    // Someone raises the group's limit in the dashboard and takes Hedy out of the group.
    const hedy = "hedy.lamarr@acme.example";
    for (const request of [
      {
        method: "PATCH" as const,
        path: `/teams/directory-groups/${DATA_SCIENCE}`,
        body: { monthlySpendingLimitDollars: 900 },
      },
      {
        method: "POST" as const,
        path: `/teams/directory-groups/${DATA_SCIENCE}/members/bulk-remove`,
        body: { userIds: [memberIdFor(hedy)] },
      },
    ]) {
      expect(setup.emulator.act({ actor: "ana@acme.example", request }).status).toBeLessThan(300);
    }

    const drift = await detectDrift(desired, setup.connection.reader, { allowDeletes: false });
    expect(drift.drifted).toBe(true);
    expect(driftExitCode(drift, { failOnDrift: true, reported: true })).toBe(
      ExitCode.ChangesPending,
    );
    expect(drift.plan.changes).toEqual([
      expect.objectContaining({
        kind: "group-update",
        name: "data-science",
        id: DATA_SCIENCE,
        limit: { before: 900, after: 400 },
      }),
      expect.objectContaining({
        kind: "group-members",
        name: "data-science",
        add: [{ email: hedy, userId: memberIdFor(hedy) }],
        remove: [],
      }),
    ]);
    const text = renderPlan(drift.plan, "text", { mode: "drift" });
    // Read from the live side: the limit someone raised, and the member the live group lacks.
    expect(text).toContain(
      "directory group data-science (team_group_datasci01): group limit raised outside policy: limit $900 live (policy says $400)",
    );
    expect(text).toContain(`- ${hedy}`);

    setup.emulator.clearRequests();
    const outcome = await applyPolicy(applyOptions(setup, desired));
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.result).toMatchObject({ applied: 2, failed: 0, skipped: 0 });
    expect(outcome.verification?.changes).toEqual([]);
    expect(outcome.readBack?.effectiveMismatches).toEqual([]);
    expect(writeRequests(setup.emulator).map((entry) => [entry.endpoint, entry.body])).toEqual([
      ["directoryGroupUpdate", { monthlySpendingLimitDollars: 400 }],
      ["directoryGroupBulkAdd", { userIds: [memberIdFor(hedy)] }],
    ]);
    const group = setup.emulator.getState().directoryGroups?.find((g) => g.id === DATA_SCIENCE);
    expect(group?.monthlySpendingLimitDollars).toBe(400);
    expect(group?.memberIds).toContain(memberIdFor(hedy));

    const again = await planAgainstLive(desired, setup.connection.reader, { allowDeletes: false });
    expect(again.plan.changes).toEqual([]);
  });

  it("creates a group with its limit and members, reports a SCIM group's refusal, and deletes with prune", async () => {
    const setup = await startReconcile({ state: demoTeamState({ now: Date.UTC(2026, 10, 15) }) });
    const desired = desiredState({
      directoryGroups: [
        aDirectoryGroup({
          name: "research",
          limit: 250,
          members: ["alan.turing@acme.example", "leslie.lamport@acme.example"],
        }),
        // The identity provider's group: the API refuses to change it.
        aDirectoryGroup({
          name: "Engineering (Okta)",
          limit: 150,
          members: ["alan.turing@acme.example"],
        }),
        aDirectoryGroup({
          name: "data-science",
          limit: 400,
          members: [
            "hedy.lamarr@acme.example",
            "claude.shannon@acme.example",
            "fei-fei.li@acme.example",
            "yann.lecun@acme.example",
          ],
        }),
      ],
      groupOwnership: { prune: true },
    });
    const outcome = await applyPolicy(applyOptions(setup, desired));
    expect(outcome.exitCode).toBe(ExitCode.Error);
    const byKind = (kind: string) =>
      outcome.result?.outcomes.filter((o) => o.change.kind === kind) ?? [];
    expect(byKind("group-create").map((o) => o.status)).toEqual(["applied"]);
    expect(byKind("group-members").map((o) => [o.change.key, o.status])).toEqual([
      ["engineering (okta)", "failed"],
      ["research", "applied"],
    ]);
    expect(byKind("group-members")[0]?.reason).toContain("managed by your identity provider");
    const refused = byKind("group-update")[0];
    expect(refused?.status).toBe("failed");
    expect(refused?.reason).toContain("managed by your identity provider");
    // A group write failed: the platform group is not deleted in the same run.
    expect(byKind("group-delete").map((o) => [o.status, o.reason])).toEqual([
      [
        "skipped",
        expect.stringContaining("held back because another directory-group change failed"),
      ],
    ]);
    const research = setup.emulator
      .getState()
      .directoryGroups?.find((group) => group.name === "research");
    expect(research?.monthlySpendingLimitDollars).toBe(250);
    expect(research?.memberIds.sort()).toEqual(
      ["alan.turing@acme.example", "leslie.lamport@acme.example"].map(memberIdFor).sort(),
    );

    // Leaving the identity provider's group to it, the next run deletes the undeclared group.
    const leaveOkta = desiredState({
      directoryGroups: desired.directoryGroups?.groups.filter(
        (g) => g.name !== "Engineering (Okta)",
      ),
      groupOwnership: { prune: true, ignore: ["* (okta)"] },
    });
    const second = await applyPolicy(applyOptions(setup, leaveOkta));
    expect(second.exitCode).toBe(ExitCode.Ok);
    expect(second.result?.outcomes.map((o) => [o.change.kind, o.change.key, o.status])).toEqual([
      ["group-delete", "platform", "applied"],
    ]);
    expect(
      setup.emulator
        .getState()
        .directoryGroups?.map((g) => g.name)
        .sort(),
    ).toEqual(["Engineering (Okta)", "data-science", "research"]);
  });

  it("a policy that declares groups fails clearly on a team without them; one that does not keeps working", async () => {
    const state = {
      ...teamState([{ email: "ana@acme.dev" }]),
      features: { directoryGroups: false },
    };
    const setup = await startReconcile({ state });
    const withGroups = desiredState({
      limits: { default: defaultLimit(10) },
      directoryGroups: [aDirectoryGroup({ name: "research", members: ["ana@acme.dev"] })],
    });
    await expect(
      planAgainstLive(withGroups, setup.connection.reader, { allowDeletes: false }),
    ).rejects.toThrow(
      /declares a directory group, but this team or this version of the Cursor Admin API has no directory groups/,
    );
    const without = desiredState({ limits: { default: defaultLimit(10) } });
    const outcome = await applyPolicy(applyOptions(setup, without));
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.result?.applied).toBe(1);
  });
});

describe("a legacy-shape API (no groups, no bulk route, members without ids)", () => {
  it("refuses a policy with directory groups clearly, and applies one without them on the single route", async () => {
    const setup = await startReconcile({
      state: teamState([{ email: "ana@acme.dev", monthlyLimitDollars: 100 }]),
      shape: "legacy",
    });
    const withGroups = desiredState({
      limits: { default: defaultLimit(10) },
      directoryGroups: [aDirectoryGroup({ name: "research", members: ["ana@acme.dev"] })],
    });
    await expect(
      planAgainstLive(withGroups, setup.connection.reader, { allowDeletes: false }),
    ).rejects.toThrow(/has no directory groups/);
    setup.emulator.clearRequests();
    const outcome = await applyPolicy(
      applyOptions(setup, desiredState({ limits: { default: defaultLimit(10) } })),
    );
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(writeRequests(setup.emulator).map((entry) => [entry.endpoint, entry.status])).toEqual([
      ["userSpendLimitsBulk", 404],
      ["userSpendLimit", 200],
    ]);
  });
});

describe("effective limits read back", () => {
  it("reports members whose effective limit is not what the plan promised, without failing the apply", async () => {
    const state = teamState([{ email: "ana@acme.dev", monthlyLimitDollars: 100 }]);
    // A team-wide limit the API does not show, and another combination rule than assumed.
    const setup = await startReconcile({
      state: {
        ...state,
        team: { ...state.team, perUserLimitDollars: 300 },
      },
    });
    const outcome = await applyPolicy(
      applyOptions(setup, desiredState({ limits: { default: defaultLimit(50) } })),
    );
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.verification?.changes).toEqual([]);
    expect(outcome.readBack?.effectiveMismatches).toEqual([
      { email: "ana@acme.dev", promised: 50, actual: 300 },
    ]);
  });

  it("compares them under the emulator's other rule too", async () => {
    const state = {
      ...teamState([{ email: "ana@acme.dev", monthlyLimitDollars: 100 }]),
      directoryGroups: [
        {
          id: "team_group_1",
          name: "ds",
          monthlySpendingLimitDollars: 400,
          memberIds: ["user_0000000000000000000000000000"],
        },
      ],
    };
    const setup = await startReconcile({ state, effectiveLimitRule: "most-specific" });
    const outcome = await applyPolicy(
      applyOptions(setup, desiredState({ limits: { default: defaultLimit(50) } })),
    );
    expect(outcome.plan.warnings).toContainEqual(
      expect.objectContaining({ kind: "ineffective-cap" }),
    );
    expect(outcome.readBack?.effectiveMismatches).toEqual([
      { email: "ana@acme.dev", promised: 400, actual: 50 },
    ]);
  });
});

describe("bulk spend-limit writes over HTTP", () => {
  const MEMBERS = 1_000;
  const team = () =>
    teamState(
      Array.from({ length: MEMBERS }, (_, i) => ({
        email: `m${String(i).padStart(4, "0")}@acme.dev`,
        monthlyLimitDollars: 100,
      })),
    );
  const tenDollars = desiredState({ limits: { default: defaultLimit(10) } });

  it("1,000 limit changes take 10 write calls through the bulk route", async () => {
    const setup = await startReconcile({ state: team() });
    const outcome = await applyPolicy(applyOptions(setup, tenDollars));
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.result).toMatchObject({ applied: MEMBERS, failed: 0 });
    const writes = writeRequests(setup.emulator);
    expect(writes.length).toBeLessThanOrEqual(10);
    expect(writes.map((entry) => entry.endpoint)).toEqual(
      Array.from({ length: 10 }, () => "userSpendLimitsBulk"),
    );
    expect(setup.emulator.getState().members.every((m) => m.monthlyLimitDollars === 10)).toBe(true);
    expect(outcome.verification?.changes).toEqual([]);
  });

  it("falls back to the single route when the bulk route answers 403, with the same result", async () => {
    const setup = await startReconcile({
      state: { ...team(), features: { bulkSpendLimits: false } },
    });
    const outcome = await applyPolicy(applyOptions(setup, tenDollars));
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.result).toMatchObject({ applied: MEMBERS, failed: 0 });
    const writes = writeRequests(setup.emulator);
    const bulk = writes.filter((entry) => entry.endpoint === "userSpendLimitsBulk");
    const single = writes.filter((entry) => entry.endpoint === "userSpendLimit");
    // The calls already in flight when the first 403 came back are answered 403 too; no bulk
    // call starts after that.
    expect(bulk.length).toBeGreaterThanOrEqual(1);
    expect(bulk.length).toBeLessThanOrEqual(10);
    expect(bulk.every((entry) => entry.status === 403)).toBe(true);
    expect(single).toHaveLength(MEMBERS);
    expect(single.every((entry) => entry.status === 200)).toBe(true);
    expect(setup.emulator.getState().members.every((m) => m.monthlyLimitDollars === 10)).toBe(true);
  });

  it("a chunk with one member the API refuses: that member fails, the other 99 apply, exit 1 naming them", async () => {
    const hundred = teamState(
      Array.from({ length: 100 }, (_, i) => ({
        email: `m${String(i).padStart(3, "0")}@acme.dev`,
        monthlyLimitDollars: 100,
      })),
    );
    const setup = await startReconcile({ state: hundred });
    const leaver = "m042@acme.dev";
    // The member leaves the team between the plan and the write.
    const outcome = await applyPolicy(
      applyOptions(setup, tenDollars, async () => {
        const state = setup.emulator.getState();
        setup.emulator.setState({
          ...state,
          members: state.members.map((m) => (m.email === leaver ? { ...m, isRemoved: true } : m)),
        });
        return true;
      }),
    );
    expect(outcome.exitCode).toBe(ExitCode.Error);
    expect(outcome.result).toMatchObject({ applied: 99, failed: 1, skipped: 0 });
    const failed = outcome.result?.outcomes.find((o) => o.status === "failed");
    expect(failed?.change.key).toBe(leaver);
    expect(failed?.reason).toBe(
      `the Admin API refused the limit for ${leaver}: User is not a member of this team`,
    );
    expect(writeRequests(setup.emulator).map((entry) => entry.endpoint)).toEqual([
      "userSpendLimitsBulk",
    ]);
    const limits = setup.emulator
      .getState()
      .members.filter((m) => m.email !== leaver)
      .map((m) => m.monthlyLimitDollars);
    expect(limits).toEqual(Array.from({ length: 99 }, () => 10));
  });
});
