// The benchmarks. Each builds its team, runs the product's own code against the emulator over
// loopback HTTP (or the planner and renderers directly, or the bundled CLI as a process), and
// returns what it measured.
//
// Only long-standing exports of src/ are used, so the same benchmarks can be run on an older
// commit for the "before" figures (docs/benchmarks.md, "Before and after").

import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { ENDPOINT_IDS, ENDPOINTS, type EndpointId } from "../../src/api/endpoints.js";
import { budgetFor, type Pacing } from "../../src/api/limiter.js";
import { applyPlan, DEFAULT_UPSERT_BATCH_SIZE } from "../../src/apply/apply.js";
import { digestDesiredState } from "../../src/core/policy.js";
import { applyPolicy, planAgainstLive } from "../../src/core/reconcile.js";
import {
  type EmulatorState,
  generateTeamState,
  type RequestLogEntry,
} from "../../src/emulator/index.js";
import type { DesiredState } from "../../src/model/desired.js";
import type { Plan } from "../../src/model/plan.js";
import { plan as computePlan, verifiableChanges } from "../../src/plan/plan.js";
import { loadPolicyFiles } from "../../src/policy/load.js";
import { type PlanFormat, renderPlan } from "../../src/render/index.js";
import { silentLogger } from "../../src/shared/logger.js";
import { aBlocklist, desiredState, userLimit } from "../../test/plan/builders.js";
import { boundMs, type Stage } from "./bound.js";
import {
  realSince,
  runChild,
  SIMULATION_START,
  type SimulatedSetup,
  simulated,
  startChild,
} from "./harness.js";
import type {
  ApplyWholeResult,
  BulkApplyResult,
  CliRunResult,
  ColdStartResult,
  PlanCallsResult,
  PlannerResult,
  PlanWallResult,
  PlanWallRow,
  RenderResult,
  UpsertsResult,
} from "./results.js";
import { benchPolicyFiles, liveFromState, memberEmail, repoUrl } from "./team.js";

const MINUTE_MS = 60_000;

function loadBenchPolicy(state: EmulatorState): DesiredState {
  const loaded = loadPolicyFiles(benchPolicyFiles(state));
  if (!loaded.ok) {
    throw new Error(`the benchmark policy does not load: ${loaded.problems[0]?.message ?? "?"}`);
  }
  return loaded.desired;
}

/** The documented limits, with some endpoints' limits replaced. */
function serverLimits(
  overrides: Partial<Record<EndpointId, number>> = {},
): (id: EndpointId) => number {
  return (id) => overrides[id] ?? ENDPOINTS[id].ratePerMinute;
}

/** Calls per endpoint the server counted (answered, not 429), from its request log. */
function counted(entries: readonly RequestLogEntry[]): Partial<Record<EndpointId, number>> {
  const counts: Partial<Record<EndpointId, number>> = {};
  for (const entry of entries) {
    if (entry.endpoint === null || entry.status === 429 || entry.status >= 500) continue;
    if (entry.status === 0) continue;
    counts[entry.endpoint] = (counts[entry.endpoint] ?? 0) + 1;
  }
  return counts;
}

/** The stages of a live-state read: page 1 of the spend report with the other lists, then the rest. */
function readStages(calls: Partial<Record<EndpointId, number>>): Stage[] {
  const spend = calls.spend ?? 0;
  const first: Stage = { spend: Math.min(1, spend) };
  for (const id of ENDPOINT_IDS) {
    if (id !== "spend" && calls[id]) first[id] = calls[id];
  }
  return spend > 1 ? [first, { spend: spend - 1 }] : [first];
}

// ---- plan: calls and simulated time at the documented limits --------------------------------

export async function planCalls(
  members: number,
  repos: number,
  pageSize: number,
  latencyMs: number,
): Promise<PlanCallsResult> {
  const state = generateTeamState({ members, repos, seed: 1 });
  const desired = loadBenchPolicy(state);
  const setup = await simulated({ state, maxSpendPageSize: pageSize, latencyMs });
  try {
    const start = setup.reset();
    const { plan } = await planAgainstLive(desired, setup.client.reader, {
      allowDeletes: true,
      allowLargeChanges: true,
    });
    const simulatedMs = setup.clock.now() - start.simulated;
    const realMs = realSince(start.real);
    const spendRate = ENDPOINTS.spend.ratePerMinute;
    return {
      members,
      repos,
      pageSize,
      latencyMs,
      calls: setup.stats.attempts,
      // Members, blocklists and the directory groups (one list call: these teams have none).
      minimum: 3 + Math.ceil(members / pageSize),
      perUserCalls: members + 2,
      changes: plan.changes.length,
      simulatedMs,
      boundMs: boundMs({
        stages: readStages(counted(setup.emulator.requests())),
        limits: serverLimits(),
        start: start.simulated,
        latencyMs,
      }),
      perUserBoundMs: (members / spendRate) * MINUTE_MS,
      rateLimited: setup.stats.rateLimited,
      realMs,
    };
  } finally {
    await setup.close();
  }
}

// ---- plan: wall time and memory on the real clock, the client alone in its process -----------

export async function planWall(
  members: number,
  repos: number,
  latencyMs: number,
  pageSize: number,
): Promise<PlanWallRow> {
  const state = generateTeamState({ members, repos, seed: 1 });
  const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-bench-policy-"));
  try {
    for (const file of benchPolicyFiles(state)) {
      await writeFile(path.join(dir, path.basename(file.path)), file.text);
    }
    const emulator = await startChild<{ url: string }>("emulator-child", [
      JSON.stringify({ members, repos, latencyMs, maxSpendPageSize: pageSize, rateLimits: "off" }),
    ]);
    try {
      const result = await runChild<PlanWallResult>("plan-child", [emulator.value.url, dir]);
      return { ...result, members, repos, latencyMs, pageSize };
    } finally {
      await emulator.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- the planner alone ------------------------------------------------------------------------

export async function plannerAlone(members: number, repos: number): Promise<PlannerResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-bench-planner-"));
  const file = path.join(dir, "inputs.v8");
  try {
    const { policyLoadMs } = await runChild<{ policyLoadMs: number }>("planner-child", [
      "prepare",
      String(members),
      String(repos),
      file,
    ]);
    const measured = await runChild<Omit<PlannerResult, "policyLoadMs">>(
      "planner-child",
      ["measure", file],
      ["--expose-gc"],
    );
    return { ...measured, policyLoadMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- apply, whole: read, writes, read-back ------------------------------------------------------

export interface ApplyWholeSpec {
  readonly label: string;
  readonly teamSize: number;
  readonly changes: number;
  /** Spend-limit writes per minute the emulator enforces (other endpoints: documented). */
  readonly serverLimit: number;
  /** Per minute, what the client is told; undefined: not told (the documented default). */
  readonly clientLimit?: number;
  readonly pageSize: number;
  readonly latencyMs: number;
  readonly burst429?: number;
  /** Also time a plan alone of the same team (the 1-change target compares with it). */
  readonly comparePlan?: boolean;
}

function limitsPolicy(state: EmulatorState, changes: number): DesiredState {
  return desiredState({
    limits: { users: state.members.slice(0, changes).map((m) => userLimit(m.email, 77)) },
  });
}

export async function applyWhole(spec: ApplyWholeSpec): Promise<ApplyWholeResult> {
  // The single route (a team without the bulk preview): these runs measure how close apply gets
  // to 250 writes a minute. The bulk route has its own benchmark, bulkApply below.
  const state: EmulatorState = {
    ...generateTeamState({ members: spec.teamSize, repos: 0, seed: 2, withLimits: 0 }),
    features: { bulkSpendLimits: false },
  };
  const desired = limitsPolicy(state, spec.changes);
  const pacing: Pacing =
    spec.clientLimit === undefined ? "on" : { userSpendLimit: spec.clientLimit };
  const options = {
    state,
    rateLimits: { userSpendLimit: spec.serverLimit },
    maxSpendPageSize: spec.pageSize,
    faults: spec.burst429 ? { userSpendLimit: { burst429: spec.burst429 } } : {},
    pacing,
    latencyMs: spec.latencyMs,
  };
  let planMs: number | undefined;
  if (spec.comparePlan) {
    const alone = await simulated(options);
    try {
      const start = alone.reset();
      await planAgainstLive(desired, alone.client.reader, {
        allowDeletes: false,
        allowLargeChanges: true,
      });
      planMs = alone.clock.now() - start.simulated;
    } finally {
      await alone.close();
    }
  }

  const setup = await simulated(options);
  try {
    const start = setup.reset();
    const outcome = await applyPolicy({
      policy: { desired, warnings: [], digest: digestDesiredState(desired) },
      connection: {
        baseUrl: setup.emulator.url,
        reader: setup.client.reader,
        writer: setup.client.writer,
        ...("pacing" in setup.client ? { pacing: setup.client.pacing } : {}),
      },
      allowDeletes: false,
      allowLargeChanges: true,
      confirm: async () => true,
      clock: setup.clock,
      logger: silentLogger,
    });
    const simulatedMs = setup.clock.now() - start.simulated;
    const realMs = realSince(start.real);
    const log = setup.emulator.requests();
    const writes = log.filter((entry) => entry.endpoint === "userSpendLimit");
    // The bulk route's 403 (this team has no bulk route): the single writes wait for its answer.
    const probes = log.filter((entry) => entry.endpoint === "userSpendLimitsBulk");
    const firstWrite = Math.min(
      writes[0]?.seq ?? Number.POSITIVE_INFINITY,
      probes[0]?.seq ?? Number.POSITIVE_INFINITY,
    );
    const lastWrite = writes.at(-1)?.seq ?? Number.NEGATIVE_INFINITY;
    const reads = counted(log.filter((entry) => entry.seq < firstWrite));
    const written = counted(writes);
    const readBack = counted(log.filter((entry) => entry.seq > lastWrite));
    // An ideal client learns from one 403 that the team has no bulk route: the bound counts one
    // probe, not the several this client has in flight when the first 403 comes back (counting
    // them all put up to 32 calls at 20 a minute into the bound, a wait no run makes: ratios
    // below 1 that flattered the run).
    const stages = [...readStages(reads), counted(probes.slice(0, 1)), written, readBack].filter(
      (stage) => Object.keys(stage).length > 0,
    );
    const bound = boundMs({
      stages,
      limits: serverLimits({ userSpendLimit: spec.serverLimit }),
      start: start.simulated,
      latencyMs: spec.latencyMs,
    });
    const result = outcome.result;
    // Independent of the read-back: a full plan afterwards (not timed) must find nothing to do.
    const { plan: after } = await planAgainstLive(desired, setup.client.reader, {
      allowDeletes: false,
      allowLargeChanges: true,
    });
    return {
      label: spec.label,
      teamSize: spec.teamSize,
      changes: spec.changes,
      pageSize: spec.pageSize,
      latencyMs: spec.latencyMs,
      serverLimit: spec.serverLimit,
      clientLimit: spec.clientLimit,
      burst429: spec.burst429 ?? 0,
      calls: log.length,
      readCalls: sum(reads),
      writeCalls: writes.length,
      readBackCalls: sum(readBack),
      rateLimited: log.filter((entry) => entry.status === 429).length,
      simulatedMs,
      planMs,
      boundMs: bound,
      writesPerFullMinute: perFullMinute(writes),
      budget: budgetFor(spec.clientLimit ?? ENDPOINTS.userSpendLimit.ratePerMinute),
      realMs,
      applied: result?.applied ?? 0,
      failed: result?.failed ?? 0,
      exitCode: outcome.exitCode,
      mismatches: verifiableChanges(after).length,
    };
  } finally {
    await setup.close();
  }
}

function sum(counts: Partial<Record<EndpointId, number>>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}

/** Accepted writes per minute, over the minutes strictly between the first and the last. */
function perFullMinute(writes: readonly RequestLogEntry[]): number | undefined {
  const accepted = writes.filter((entry) => entry.status === 200);
  const minutes = accepted.map((entry) => Math.floor(entry.time / MINUTE_MS));
  const first = Math.min(...minutes);
  const last = Math.max(...minutes);
  if (!(last - first >= 2)) return undefined;
  const inside = minutes.filter((m) => m > first && m < last).length;
  return inside / (last - first - 1);
}

// ---- apply: the bulk spend-limit route against the single route ---------------------------------

export interface BulkApplySpec {
  readonly changes: number;
  /** "bulk": the team has POST /teams/user-spend-limits; "single": it answers 403 (preview off). */
  readonly route: "bulk" | "single";
  readonly pageSize: number;
  readonly latencyMs: number;
}

const LIMIT_WRITES: readonly EndpointId[] = ["userSpendLimit", "userSpendLimitsBulk"];

/**
 * A team of `changes` members without limits and a policy that gives each one: the whole apply
 * (read, writes, read-back) at the documented limits, through the bulk route (100 members a
 * call, 20 calls a minute) or, on a team without it, the single route (250 a minute) after the
 * bulk route's 403.
 */
export async function bulkApply(spec: BulkApplySpec): Promise<BulkApplyResult> {
  const generated = generateTeamState({ members: spec.changes, repos: 0, seed: 4, withLimits: 0 });
  const state: EmulatorState =
    spec.route === "bulk" ? generated : { ...generated, features: { bulkSpendLimits: false } };
  const desired = limitsPolicy(state, spec.changes);
  const setup = await simulated({
    state,
    maxSpendPageSize: spec.pageSize,
    latencyMs: spec.latencyMs,
  });
  try {
    const start = setup.reset();
    const outcome = await applyPolicy({
      policy: { desired, warnings: [], digest: digestDesiredState(desired) },
      connection: {
        baseUrl: setup.emulator.url,
        reader: setup.client.reader,
        writer: setup.client.writer,
        ...("pacing" in setup.client ? { pacing: setup.client.pacing } : {}),
      },
      allowDeletes: false,
      // A first rollout gives every member a limit: past the built-in limit-change threshold.
      allowLargeChanges: true,
      confirm: async () => true,
      clock: setup.clock,
      logger: silentLogger,
    });
    const simulatedMs = setup.clock.now() - start.simulated;
    const realMs = realSince(start.real);
    const log = setup.emulator.requests();
    const writes = log.filter(
      (entry) => entry.endpoint !== null && LIMIT_WRITES.includes(entry.endpoint),
    );
    const { plan: after } = await planAgainstLive(desired, setup.client.reader, {
      allowDeletes: false,
    });
    return {
      changes: spec.changes,
      route: spec.route,
      pageSize: spec.pageSize,
      latencyMs: spec.latencyMs,
      writeCalls: writes.length,
      bulkCalls: writes.filter((entry) => entry.endpoint === "userSpendLimitsBulk").length,
      refused: writes.filter((entry) => entry.status === 403).length,
      rateLimited: log.filter((entry) => entry.status === 429).length,
      writePhaseMs: (writes.at(-1)?.time ?? start.simulated) - (writes[0]?.time ?? start.simulated),
      simulatedMs,
      realMs,
      applied: outcome.result?.applied ?? 0,
      failed: outcome.result?.failed ?? 0,
      exitCode: outcome.exitCode,
      mismatches: verifiableChanges(after).length,
    };
  } finally {
    await setup.close();
  }
}

// ---- apply: blocklist upserts -------------------------------------------------------------------

export interface UpsertsSpec {
  readonly label: string;
  readonly repos: number;
  /** Put one repo the server refuses (an empty pattern) in the middle of the first batch. */
  readonly rejectOne?: boolean;
}

export async function upserts(spec: UpsertsSpec, latencyMs: number): Promise<UpsertsResult> {
  const state = generateTeamState({ members: 10, repos: 0, seed: 3 });
  const bad = spec.rejectOne ? Math.floor(Math.min(spec.repos, DEFAULT_UPSERT_BATCH_SIZE) / 2) : -1;
  const blocklists = Array.from({ length: spec.repos }, (_, i) =>
    aBlocklist({
      url: repoUrl(i + 1),
      // The policy loader refuses an empty pattern; the emulator refuses it too. Built directly,
      // it stands for whatever one entry the real server might refuse.
      patterns: i === bad ? ["*.env", ""] : ["*.env", "**/*.pem", `generated/${i % 7}/**`],
    }),
  );
  const desired = desiredState({ blocklists });
  const setup: SimulatedSetup = await simulated({ state, latencyMs });
  try {
    const { plan } = await planAgainstLive(desired, setup.client.reader, {
      allowDeletes: false,
      allowLargeChanges: true,
    });
    const start = setup.reset();
    const result = await applyPlan(plan, { writer: setup.client.writer, clock: setup.clock });
    const simulatedMs = setup.clock.now() - start.simulated;
    const realMs = realSince(start.real);
    const bodies = setup.emulator
      .requests()
      .filter((entry) => entry.endpoint === "blocklistsUpsert")
      .map((entry) => JSON.stringify(entry.body ?? "").length);
    const batches = Math.ceil(spec.repos / DEFAULT_UPSERT_BATCH_SIZE);
    return {
      label: spec.label,
      repos: spec.repos,
      batchSize: DEFAULT_UPSERT_BATCH_SIZE,
      rejected: spec.rejectOne ? 1 : 0,
      calls: setup.stats.byEndpoint.blocklistsUpsert ?? 0,
      minimum: batches,
      applied: result.applied,
      failed: result.failed,
      largestBodyKb: Math.max(0, ...bodies) / 1024,
      simulatedMs,
      realMs,
    };
  } finally {
    await setup.close();
  }
}

// ---- render ---------------------------------------------------------------------------------------

const RENDER_RUNS = 5;

/** A plan of about `members` limit changes and some hundreds of blocklist changes. */
export function largePlan(members: number, repos: number): Plan {
  const state = generateTeamState({ members, repos, seed: 4, withLimits: 0.5 });
  return computePlan(loadBenchPolicy(state), liveFromState(state), {
    allowDeletes: true,
    allowLargeChanges: true,
    today: "2026-11-15",
  });
}

export function render(plan: Plan): RenderResult[] {
  const cases: { format: PlanFormat; label: string; note: string; maxLength?: number }[] = [
    {
      format: "markdown",
      label: "markdown (PR comment)",
      note: "default budget: GitHub's 65,536-character comment limit; the rest is summarised",
    },
    {
      format: "markdown",
      label: "markdown (whole plan)",
      note: "no length budget (a job summary or a file)",
      maxLength: Number.MAX_SAFE_INTEGER,
    },
    { format: "json", label: "json", note: "the documented plan format" },
    { format: "text", label: "text", note: "the terminal form" },
  ];
  return cases.map(({ format, label, note, maxLength }) => {
    const options = maxLength === undefined ? {} : { maxLength };
    const times: number[] = [];
    let chars = 0;
    for (let run = 0; run < RENDER_RUNS; run++) {
      const started = performance.now();
      chars = renderPlan(plan, format, options).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return {
      format: label,
      changes: plan.changes.length,
      medianMs: times[Math.floor(times.length / 2)] ?? 0,
      chars,
      note,
    };
  });
}

// ---- the CLI as a process, real clock, rate limits on --------------------------------------------

export interface CliRunSpec {
  readonly members: number;
  readonly repos: number;
  /** Spend-limit changes the apply makes. */
  readonly changes: number;
  /** Spend-limit writes per minute the emulator enforces; the CLI is not told. */
  readonly writeLimit: number;
  readonly pageSize: number;
  /** Real latency the emulator adds to every request. */
  readonly latencyMs: number;
  /**
   * Start the plan 37.5 s into a minute, as the simulated runs start: the same run every time
   * (otherwise where the minute turns during the plan decides how much of the apply's first
   * reading window is left).
   */
  readonly startMidMinute?: boolean;
}

interface EmulatorLog {
  readonly entries: { endpoint: EndpointId | null; status: number; time: number }[];
}

/**
 * The bundled CLI (built into `distDir`) run as users run it, against an emulator in its own
 * process with the documented rate limits on, on the real clock: a plan of the whole team, then
 * an apply of `changes` limits at a write limit the CLI was not told. Also a wrong base URL.
 */
export async function cliRun(distDir: string, spec: CliRunSpec): Promise<CliRunResult> {
  const state = generateTeamState({
    members: spec.members,
    repos: spec.repos,
    seed: 5,
    withLimits: 0,
  });
  const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-bench-cli-"));
  const planDir = path.join(dir, "plan");
  const applyDir = path.join(dir, "apply");
  try {
    const { mkdir } = await import("node:fs/promises");
    await mkdir(planDir);
    await mkdir(applyDir);
    for (const file of benchPolicyFiles(state)) {
      await writeFile(path.join(planDir, path.basename(file.path)), file.text);
    }
    const users: Record<string, number> = {};
    for (let i = 1; i <= spec.changes; i++) users[memberEmail(i)] = 77;
    await writeFile(
      path.join(applyDir, "limits.yaml"),
      `${JSON.stringify({ version: 1, spendLimits: { users } }, null, 2)}\n`,
    );
    const emulator = await startChild<{ url: string; key: string }>("emulator-child", [
      JSON.stringify({
        members: spec.members,
        repos: spec.repos,
        seed: 5,
        withLimits: 0,
        latencyMs: spec.latencyMs,
        maxSpendPageSize: spec.pageSize,
        rateLimits: { userSpendLimit: spec.writeLimit },
      }),
    ]);
    try {
      const cli = path.join(distDir, "cli.js");
      const env = { ...process.env, CURSOR_API_KEY: emulator.value.key, NO_COLOR: "1", CI: "" };
      const timed = async (args: string[]) => {
        const started = Date.now();
        const run = await runProcess(process.execPath, [cli, ...args], env);
        return { ...run, started, wallMs: Date.now() - started };
      };
      const logOf = () => emulator.ask<EmulatorLog>({ type: "log" });

      if (spec.startMidMinute) {
        const offset = Date.now() % MINUTE_MS;
        const target = SIMULATION_START % MINUTE_MS;
        await new Promise((resolve) =>
          setTimeout(resolve, (target - offset + MINUTE_MS) % MINUTE_MS),
        );
      }
      // The bench policy gives every member a limit: past the built-in size thresholds on purpose.
      const plan = await timed([
        "plan",
        "--allow-deletes",
        "--allow-large-changes",
        "--policies",
        planDir,
        "--base-url",
        emulator.value.url,
      ]);
      const afterPlan = (await logOf()).entries;
      const apply = await timed([
        "apply",
        "--auto-approve",
        "--policies",
        applyDir,
        "--base-url",
        emulator.value.url,
      ]);
      const all = (await logOf()).entries;
      const applyLog = all.slice(afterPlan.length);
      const used = new Map<EndpointId, Map<number, number>>();
      for (const entry of afterPlan) {
        if (entry.endpoint === null || entry.status === 429) continue;
        const windows = used.get(entry.endpoint) ?? new Map<number, number>();
        const minute = Math.floor(entry.time / MINUTE_MS);
        windows.set(minute, (windows.get(minute) ?? 0) + 1);
        used.set(entry.endpoint, windows);
      }
      const writes = applyLog.filter((e) => e.endpoint === "userSpendLimit");
      const firstWrite = applyLog.findIndex((e) => e.endpoint === "userSpendLimit");
      const lastWrite = applyLog.findLastIndex((e) => e.endpoint === "userSpendLimit");
      const countOf = (entries: typeof applyLog) => {
        const counts: Partial<Record<EndpointId, number>> = {};
        for (const e of entries) {
          if (e.endpoint === null || e.status === 429 || e.status === 0) continue;
          counts[e.endpoint] = (counts[e.endpoint] ?? 0) + 1;
        }
        return counts;
      };
      const stages = [
        ...readStages(countOf(applyLog.slice(0, Math.max(0, firstWrite)))),
        countOf(writes),
        countOf(applyLog.slice(lastWrite + 1)),
      ].filter((stage) => Object.keys(stage).length > 0);
      const applyBound = boundMs({
        stages,
        limits: serverLimits({ userSpendLimit: spec.writeLimit }),
        start: apply.started,
        latencyMs: spec.latencyMs,
        used,
      });
      const planBound = boundMs({
        stages: readStages(countOf(afterPlan)),
        limits: serverLimits(),
        start: plan.started,
        latencyMs: spec.latencyMs,
      });
      const limits = await emulator.ask<{ count: number }>({ type: "limits", dollars: 77 });

      // A wrong base URL: nothing listens on this port. (The apply's policy: it loads without
      // warnings, so every line on stderr is about the connection.)
      const wrong = await timed([
        "plan",
        "--policies",
        applyDir,
        "--base-url",
        `http://127.0.0.1:${await closedPort()}`,
      ]);
      return {
        members: spec.members,
        changes: spec.changes,
        writeLimit: spec.writeLimit,
        pageSize: spec.pageSize,
        latencyMs: spec.latencyMs,
        planWallMs: plan.wallMs,
        planExit: plan.code,
        planCalls: afterPlan.length,
        planRateLimited: afterPlan.filter((e) => e.status === 429).length,
        planBoundMs: planBound,
        applyWallMs: apply.wallMs,
        applyExit: apply.code,
        applyCalls: applyLog.length,
        applyRateLimited: applyLog.filter((e) => e.status === 429).length,
        applyWriteRateLimited: writes.filter((e) => e.status === 429).length,
        applyBoundMs: applyBound,
        limitsSet: limits.count,
        wrongUrlWallMs: wrong.wallMs,
        wrongUrlExit: wrong.code,
        wrongUrlStderrLines: wrong.stderr
          .trim()
          .split("\n")
          .filter((l) => l.trim() !== "").length,
      };
    } finally {
      await emulator.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runProcess(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function closedPort(): Promise<number> {
  const { createServer } = await import("node:net");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

// ---- cold start: the bundled CLI against `node -e 0`, side by side ----------------------------------

/**
 * Whole-process wall time of `validate` (on the example policies) and `--help`, each paired with
 * `node -e 0` run just before it, over `runs` rounds after a warm-up: the ratio of each pair,
 * so a machine whose speed drifts during the run still compares like with like.
 */
export function coldStart(distDir: string, runs: number): ColdStartResult {
  const cli = path.join(distDir, "cli.js");
  const time = (args: readonly string[]) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [...args], {
      stdio: "ignore",
      env: { ...process.env, NO_COLOR: "1" },
    });
    if (result.status === null) throw new Error(`${args.join(" ")} did not exit`);
    return performance.now() - started;
  };
  const commands = {
    node: ["-e", "0"],
    validate: [cli, "validate", "--policies", "policies"],
    help: [cli, "--help"],
  } as const;
  for (const args of Object.values(commands)) time(args);
  const samples = { node: [] as number[], validate: [] as number[], help: [] as number[] };
  const ratios = { validate: [] as number[], help: [] as number[] };
  for (let round = 0; round < runs; round++) {
    for (const which of ["validate", "help"] as const) {
      const base = time(commands.node);
      const measured = time(commands[which]);
      samples.node.push(base);
      samples[which].push(measured);
      ratios[which].push(measured / base);
    }
  }
  return {
    runs,
    nodeMs: median(samples.node),
    validateMs: median(samples.validate),
    helpMs: median(samples.help),
    validateRatio: median(ratios.validate),
    helpRatio: median(ratios.help),
    validateRatioRange: [Math.min(...ratios.validate), Math.max(...ratios.validate)],
    helpRatioRange: [Math.min(...ratios.help), Math.max(...ratios.help)],
    loadAverage: os.loadavg()[0] ?? 0,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
