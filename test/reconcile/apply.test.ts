// applyPlan and applyPolicy in-process, against a real emulator over loopback HTTP. The client
// and the emulator share a ManualClock, so pacing and retry backoff never really wait.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { type ApplyProgress, applyPlan } from "../../src/apply/apply.js";
import { BlockedError, StalePlanError } from "../../src/core/errors.js";
import { loadPolicy } from "../../src/core/policy.js";
import { applyPolicy, planAgainstLive } from "../../src/core/reconcile.js";
import { toSavedPlan } from "../../src/core/saved-plan.js";
import { demoTeamState, type EmulatorState } from "../../src/emulator/index.js";
import type { BlocklistCreate, Change, Plan } from "../../src/model/plan.js";
import { describeViolation } from "../../src/render/violations.js";
import { ExitCode } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { aBlocklist, defaultLimit, desiredState, roleLimit, userLimit } from "../plan/builders.js";
import {
  loaded,
  type ReconcileSetup,
  rejection,
  reposSent,
  snapshot,
  startReconcile,
  teamState,
  writeRequests,
} from "./support.js";

const approve = async () => true;

/** applyPolicy with the defaults every test here shares. */
function applyWith(
  setup: ReconcileSetup,
  desired: ReturnType<typeof desiredState>,
  extra: Partial<Parameters<typeof applyPolicy>[0]> = {},
) {
  return applyPolicy({
    policy: loaded(desired),
    connection: setup.connection,
    allowDeletes: false,
    confirm: approve,
    clock: setup.clock,
    logger: silentLogger,
    ...extra,
  });
}

function repoUrl(n: number): string {
  return `https://github.com/acme/repo-${String(n).padStart(2, "0")}`;
}

/** A team of three with two live blocklists: one to update, one the policy does not declare. */
function mixedTeam(): EmulatorState {
  return teamState(
    [
      { email: "ana@acme.dev", monthlyLimitDollars: 10 },
      { email: "bo@acme.dev", monthlyLimitDollars: null },
      { email: "cy@acme.dev", role: "owner", monthlyLimitDollars: 500 },
    ],
    [
      { id: "repo_keep", url: "https://github.com/acme/api", patterns: ["*.env"] },
      { id: "repo_gone", url: "https://github.com/acme/old", patterns: ["*"] },
    ],
  );
}

/** Creates a repo, updates one, sets two limits, clears one, deletes one. */
const mixedPolicy = desiredState({
  limits: {
    users: [userLimit("cy@acme.dev", null)],
    default: defaultLimit(50),
  },
  blocklists: [
    aBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env", "*.pem"] }),
    aBlocklist({ url: "https://github.com/acme/web", patterns: ["dist/**"] }),
  ],
  ownership: { prune: true },
});

describe("applyPlan against the emulator", () => {
  it("sends upserts first, then limits, then deletes", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const { plan } = await planAgainstLive(mixedPolicy, setup.connection.reader, {
      allowDeletes: false,
    });
    expect(plan.summary).toMatchObject({ create: 1, update: 1, set: 2, clear: 1, delete: 1 });
    setup.emulator.clearRequests();

    const result = await applyPlan(plan, { writer: setup.connection.writer, clock: setup.clock });

    expect(result).toMatchObject({ applied: 6, failed: 0, skipped: 0 });
    const order = writeRequests(setup.emulator).map((entry) => entry.endpoint);
    // The three limits go in one call of the bulk route.
    expect(order).toEqual(["blocklistsUpsert", "userSpendLimitsBulk", "blocklistDelete"]);
    expect(snapshot(setup.emulator.getState())).toEqual({
      limits: { "ana@acme.dev": 50, "bo@acme.dev": 50, "cy@acme.dev": null },
      blocklists: {
        "https://github.com/acme/api": ["*.env", "*.pem"],
        "https://github.com/acme/web": ["dist/**"],
      },
    });
  });

  it("sends many repos in one upsert call, and splits them only at the batch size", async () => {
    const desired = desiredState({
      blocklists: Array.from({ length: 30 }, (_, i) =>
        aBlocklist({ url: repoUrl(i), patterns: ["*.env"] }),
      ),
    });
    const setup = await startReconcile({ state: teamState([]) });
    const { plan } = await planAgainstLive(desired, setup.connection.reader, {
      allowDeletes: false,
    });
    expect(plan.summary.create).toBe(30);

    setup.emulator.clearRequests();
    const one = await applyPlan(plan, { writer: setup.connection.writer, clock: setup.clock });
    const calls = writeRequests(setup.emulator);
    expect(calls).toHaveLength(1);
    expect(calls.map(reposSent)).toEqual([30]);
    expect(one.applied).toBe(30);
    expect(Object.keys(snapshot(setup.emulator.getState()).blocklists)).toHaveLength(30);

    setup.emulator.setState(teamState([]));
    setup.emulator.clearRequests();
    await applyPlan(plan, {
      writer: setup.connection.writer,
      clock: setup.clock,
      upsertBatchSize: 12,
    });
    expect(writeRequests(setup.emulator).map(reposSent)).toEqual([12, 12, 6]);
  });

  it("retries a rejected batch repo by repo: the bad repo fails, the others apply", async () => {
    const setup = await startReconcile({ state: teamState([{ email: "ana@acme.dev" }]) });
    const desired = desiredState({
      limits: { default: defaultLimit(25) },
      blocklists: [1, 2, 3].map((n) => aBlocklist({ url: repoUrl(n), patterns: ["*.env"] })),
    });
    const { plan } = await planAgainstLive(desired, setup.connection.reader, {
      allowDeletes: false,
    });
    // The planner never produces a blank pattern; the server rejects one, which is what we need:
    // a repo the server objects to in the middle of a batch.
    const bad: BlocklistCreate = {
      kind: "create",
      resource: "blocklist",
      key: "https://github.com/acme/bad",
      url: "https://github.com/acme/bad",
      after: ["   "],
    };
    const withBad: Plan = { ...plan, changes: [bad, ...plan.changes] };
    setup.emulator.clearRequests();

    const result = await applyPlan(withBad, {
      writer: setup.connection.writer,
      clock: setup.clock,
    });

    const status = Object.fromEntries(result.outcomes.map((o) => [o.change.key, o.status]));
    expect(status).toEqual({
      "https://github.com/acme/bad": "failed",
      [repoUrl(1)]: "applied",
      [repoUrl(2)]: "applied",
      [repoUrl(3)]: "applied",
      "ana@acme.dev": "applied",
    });
    const failure = result.outcomes.find((o) => o.status === "failed");
    expect(failure?.reason).toContain("patterns[0]");
    expect(failure?.reason).toContain("https://github.com/acme/bad");
    // One batch call (rejected), then one call per repo.
    const upserts = writeRequests(setup.emulator).filter((e) => e.endpoint === "blocklistsUpsert");
    expect(upserts.map((e) => [reposSent(e), e.status])).toEqual([
      [4, 400],
      [1, 400],
      [1, 200],
      [1, 200],
      [1, 200],
    ]);
    expect(Object.keys(snapshot(setup.emulator.getState()).blocklists).sort()).toEqual([
      repoUrl(1),
      repoUrl(2),
      repoUrl(3),
    ]);
  });

  it("holds deletes back, without sending them, when an upsert failed; limits still apply", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const { plan } = await planAgainstLive(mixedPolicy, setup.connection.reader, {
      allowDeletes: false,
    });
    // Every upsert attempt fails (5xx); the client retries, then gives up.
    setup.emulator.configure({ faults: { blocklistsUpsert: { errorRate: 1 } } });
    setup.emulator.clearRequests();
    const progress: ApplyProgress[] = [];

    const result = await applyPlan(plan, {
      writer: setup.connection.writer,
      clock: setup.clock,
      onProgress: (p) => progress.push(p),
    });

    const byKind = (kind: Change["kind"]) =>
      result.outcomes.filter((o) => o.change.kind === kind).map((o) => o.status);
    expect(byKind("create")).toEqual(["failed"]);
    expect(byKind("update")).toEqual(["failed"]);
    expect(byKind("set")).toEqual(["applied", "applied"]);
    expect(byKind("clear")).toEqual(["applied"]);
    expect(byKind("delete")).toEqual(["skipped"]);
    expect(result.outcomes.find((o) => o.status === "skipped")?.reason).toMatch(/upsert failed/);
    expect(result).toMatchObject({ applied: 3, failed: 2, skipped: 1 });
    expect(writeRequests(setup.emulator).some((e) => e.endpoint === "blocklistDelete")).toBe(false);
    expect(setup.emulator.getState().blocklists.map((b) => b.id)).toContain("repo_gone");
    // Progress counts every change once, failures included, ending at the total.
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.at(-1)).toMatchObject({ total: 6, failed: 2, phase: "deletes" });
  });

  it("reports a limit for a user removed since the plan as failed, and applies the rest", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const { plan } = await planAgainstLive(mixedPolicy, setup.connection.reader, {
      allowDeletes: false,
    });
    const state = setup.emulator.getState();
    setup.emulator.setState({
      ...state,
      members: state.members.map((m) =>
        m.email === "bo@acme.dev" ? { ...m, isRemoved: true } : m,
      ),
    });

    const result = await applyPlan(plan, { writer: setup.connection.writer, clock: setup.clock });

    const failed = result.outcomes.filter((o) => o.status === "failed");
    expect(failed.map((o) => o.change.key)).toEqual(["bo@acme.dev"]);
    expect(failed[0]?.reason).toContain("bo@acme.dev");
    expect(result).toMatchObject({ applied: 5, failed: 1, skipped: 0 });
    // A failed limit is not an upsert failure: the delete still goes.
    expect(snapshot(setup.emulator.getState())).toEqual({
      limits: { "ana@acme.dev": 50, "cy@acme.dev": null },
      blocklists: {
        "https://github.com/acme/api": ["*.env", "*.pem"],
        "https://github.com/acme/web": ["dist/**"],
      },
    });
  });
});

describe("applyPolicy against the emulator", () => {
  it("applies the example policies to the demo team and verifies with an empty re-plan", async () => {
    const setup = await startReconcile({ state: demoTeamState() });
    const policy = await loadPolicy("policies");
    const outcome = await applyPolicy({
      policy,
      connection: setup.connection,
      allowDeletes: false,
      confirm: approve,
      clock: setup.clock,
      logger: silentLogger,
    });

    expect(outcome.status).toBe("applied");
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.result).toMatchObject({ failed: 0, skipped: 0 });
    expect(outcome.result?.applied).toBe(outcome.plan.changes.length);
    expect(outcome.verification?.changes).toEqual([]);
    // The upserts went in one call.
    expect(
      writeRequests(setup.emulator).filter((e) => e.endpoint === "blocklistsUpsert"),
    ).toHaveLength(1);

    const again = await applyPolicy({
      policy,
      connection: setup.connection,
      allowDeletes: false,
      confirm: async () => {
        throw new Error("nothing to confirm when nothing changes");
      },
      clock: setup.clock,
      logger: silentLogger,
    });
    expect(again).toMatchObject({ status: "no-changes", exitCode: ExitCode.Ok });
  });

  it("exits 1 when one change fails, still attempting and reporting the others", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    // The user leaves the team after the plan was shown and before it is applied.
    const outcome = await applyWith(setup, mixedPolicy, {
      confirm: async () => {
        const state = setup.emulator.getState();
        setup.emulator.setState({
          ...state,
          members: state.members.map((m) =>
            m.email === "ana@acme.dev" ? { ...m, isRemoved: true } : m,
          ),
        });
        return true;
      },
    });

    expect(outcome.exitCode).toBe(ExitCode.Error);
    expect(outcome.result).toMatchObject({ applied: 5, failed: 1, skipped: 0 });
    expect(outcome.result?.outcomes.find((o) => o.status === "failed")?.change.key).toBe(
      "ana@acme.dev",
    );
    // The member is gone, so there is nothing left to do for them: the re-plan is empty.
    expect(outcome.verification?.changes).toEqual([]);
  });

  it("exits 1 and lists exactly what did not take when the re-plan is not empty", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const outcome = await applyWith(setup, mixedPolicy, {
      confirm: async () => {
        setup.emulator.configure({ faults: { blocklistsUpsert: { errorRate: 1 } } });
        return true;
      },
    });

    expect(outcome.exitCode).toBe(ExitCode.Error);
    expect(outcome.verification?.changes.map((c) => `${c.kind} ${c.key}`)).toEqual([
      "create https://github.com/acme/web",
      "update https://github.com/acme/api",
      "delete https://github.com/acme/old",
    ]);
  });

  it("exits 1 when a change reported as applied is undone before the read-back", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    // Someone sets ana's limit by hand in the dashboard while the apply runs.
    const outcome = await applyWith(setup, mixedPolicy, {
      onProgress: (p) => {
        if (p.phase !== "deletes") return;
        const state = setup.emulator.getState();
        setup.emulator.setState({
          ...state,
          members: state.members.map((m) =>
            m.email === "ana@acme.dev" ? { ...m, monthlyLimitDollars: 999 } : m,
          ),
        });
      },
    });

    expect(outcome.result).toMatchObject({ applied: 6, failed: 0 });
    expect(outcome.exitCode).toBe(ExitCode.Error);
    expect(outcome.verification?.changes).toEqual([
      expect.objectContaining({ kind: "set", key: "ana@acme.dev", before: 999, after: 50 }),
    ]);
  });

  it("declined: nothing is written and the exit code is 1", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const outcome = await applyWith(setup, mixedPolicy, { confirm: async () => false });
    expect(outcome).toMatchObject({ status: "declined", exitCode: ExitCode.Error });
    expect(writeRequests(setup.emulator)).toEqual([]);
  });

  it("blocks a plan that breaks a guardrail with exit code 3 and writes nothing", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const desired = desiredState({
      limits: { roles: [roleLimit("owner", 5000)], default: defaultLimit(50) },
      blocklists: [],
      ownership: { prune: true },
      guardrails: { maxUserLimitDollars: 1000, maxDeletes: { count: 1 } },
    });

    const error = await rejection(applyWith(setup, desired), BlockedError);

    expect(error.exitCode).toBe(ExitCode.Blocked);
    expect(error.message).toMatch(/^the plan breaks \d+ guardrails; nothing was applied$/);
    // The violations travel as data; the entry points describe them.
    const described = error.violations.map(describeViolation).join("\n");
    expect(described).toContain("cy@acme.dev");
    expect(described).toMatch(/2 blocklist deletions .* exceed guardrails\.maxDeletes/);
    expect(writeRequests(setup.emulator)).toEqual([]);

    // --allow-deletes lifts the delete threshold but not the limit maximum.
    const still = await rejection(applyWith(setup, desired, { allowDeletes: true }), BlockedError);
    expect(still.violations.map((v) => v.kind)).not.toContain("threshold-exceeded");
    expect(still.violations.map((v) => v.kind)).toContain("limit-above-maximum");
  });
});

describe("applyPolicy with a saved plan", () => {
  async function savedFor(setup: ReconcileSetup, desired = mixedPolicy) {
    const { plan } = await planAgainstLive(desired, setup.connection.reader, {
      allowDeletes: false,
    });
    return toSavedPlan(plan, loaded(desired).digest);
  }

  it("applies a saved plan while the live state and policy are unchanged", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const savedPlan = await savedFor(setup);
    const outcome = await applyWith(setup, mixedPolicy, { savedPlan });
    expect(outcome).toMatchObject({ status: "applied", exitCode: ExitCode.Ok });
  });

  it("applies a saved plan when only spend moved since: people keep working between review and apply", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const savedPlan = await savedFor(setup);
    const state = setup.emulator.getState();
    setup.emulator.setState({
      ...state,
      members: state.members.map((m) => ({ ...m, spendCents: m.spendCents + 1234.5 })),
    });

    const outcome = await applyWith(setup, mixedPolicy, { savedPlan });

    expect(outcome).toMatchObject({ status: "applied", exitCode: ExitCode.Ok });
    expect(outcome.verification?.changes).toEqual([]);
  });

  it("applies a saved plan when an edit only moved rules to other lines (a comment added)", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-saved-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, "team.yaml");
    const text = "version: 1\nspendLimits:\n  default: 50\n  users:\n    cy@acme.dev: none\n";
    await writeFile(file, text);
    const before = await loadPolicy(dir);
    const { plan } = await planAgainstLive(before.desired, setup.connection.reader, {
      allowDeletes: false,
    });
    await writeFile(file, `# Reviewed in PR #42: limits for the Q4 budget.\n${text}`);
    const after = await loadPolicy(dir);
    expect(after.digest).toBe(before.digest);

    const outcome = await applyPolicy({
      policy: after,
      connection: setup.connection,
      allowDeletes: false,
      savedPlan: toSavedPlan(plan, before.digest),
      confirm: approve,
      clock: setup.clock,
      logger: silentLogger,
    });

    expect(outcome).toMatchObject({ status: "applied", exitCode: ExitCode.Ok });
  });

  it("refuses when the live state changed since, naming both fingerprints, and writes nothing", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const savedPlan = await savedFor(setup);
    const state = setup.emulator.getState();
    setup.emulator.setState({
      ...state,
      members: state.members.map((m) =>
        m.email === "bo@acme.dev" ? { ...m, monthlyLimitDollars: 7 } : m,
      ),
    });
    setup.emulator.clearRequests();

    const error = await rejection(applyWith(setup, mixedPolicy, { savedPlan }), StalePlanError);

    expect(error.message).toContain(savedPlan.plan.fingerprint.slice(0, 12));
    expect(error.message).toContain("nothing was applied");
    expect(writeRequests(setup.emulator)).toEqual([]);
  });

  it("refuses when the policy changed since", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const savedPlan = await savedFor(setup);
    const edited = {
      ...mixedPolicy,
      spendLimits: { ...mixedPolicy.spendLimits, default: defaultLimit(60) },
    };

    const error = await rejection(applyWith(setup, edited, { savedPlan }), StalePlanError);

    expect(error.message).toMatch(/policy has changed/);
    expect(writeRequests(setup.emulator)).toEqual([]);
  });

  it("refuses a saved plan whose changes differ from a fresh plan of the same inputs", async () => {
    const setup = await startReconcile({ state: mixedTeam() });
    const saved = await savedFor(setup);
    const tampered = { ...saved, plan: { ...saved.plan, changes: saved.plan.changes.slice(1) } };

    const error = await rejection(
      applyWith(setup, mixedPolicy, { savedPlan: tampered }),
      StalePlanError,
    );

    expect(error.message).toMatch(/changes differ from a fresh plan/);
    expect(writeRequests(setup.emulator)).toEqual([]);
  });
});
