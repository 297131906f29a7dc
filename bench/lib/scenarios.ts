// The benchmarks. Each builds its team, runs the product's own code against the emulator over
// loopback HTTP (or the planner and renderers directly), and returns what it measured.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ENDPOINT_IDS, ENDPOINTS } from "../../src/api/endpoints.js";
import type { Pacing } from "../../src/api/limiter.js";
import { applyPlan, DEFAULT_UPSERT_BATCH_SIZE } from "../../src/apply/apply.js";
import { planAgainstLive } from "../../src/core/reconcile.js";
import {
  DEFAULT_SETTINGS,
  type EmulatorState,
  generateTeamState,
} from "../../src/emulator/index.js";
import type { DesiredState } from "../../src/model/desired.js";
import type { Plan } from "../../src/model/plan.js";
import { plan as computePlan, verifiableChanges } from "../../src/plan/plan.js";
import { loadPolicyFiles } from "../../src/policy/load.js";
import { type PlanFormat, renderPlan } from "../../src/render/index.js";
import { aBlocklist, desiredState, userLimit } from "../../test/plan/builders.js";
import {
  type CallStats,
  realSince,
  runChild,
  type SimulatedSetup,
  simulated,
  startChild,
} from "./harness.js";
import type {
  ApplyLimitsResult,
  PlanCallsResult,
  PlannerResult,
  PlanWallResult,
  PlanWallRow,
  RenderResult,
  UpsertsResult,
} from "./results.js";
import { benchPolicyFiles, liveFromState, repoUrl } from "./team.js";

const MINUTE_MS = 60_000;

function loadBenchPolicy(state: EmulatorState): DesiredState {
  const loaded = loadPolicyFiles(benchPolicyFiles(state));
  if (!loaded.ok) {
    throw new Error(`the benchmark policy does not load: ${loaded.problems[0]?.message ?? "?"}`);
  }
  return loaded.desired;
}

/** The time the documented limits imply for these calls: the busiest endpoint's calls / limit. */
function rateBoundMs(stats: CallStats, limits: (id: (typeof ENDPOINT_IDS)[number]) => number) {
  let bound = 0;
  for (const id of ENDPOINT_IDS) {
    const calls = stats.byEndpoint[id] ?? 0;
    if (calls > 0) bound = Math.max(bound, (calls / limits(id)) * MINUTE_MS);
  }
  return bound;
}

// ---- plan: calls and simulated time at the documented limits --------------------------------

export async function planCalls(members: number, repos: number): Promise<PlanCallsResult> {
  const state = generateTeamState({ members, repos, seed: 1 });
  const desired = loadBenchPolicy(state);
  const setup = await simulated({ state });
  try {
    const start = setup.reset();
    const { plan } = await planAgainstLive(desired, setup.client.reader, { allowDeletes: true });
    const simulatedMs = setup.clock.now() - start.simulated;
    const realMs = realSince(start.real);
    const pageSize = DEFAULT_SETTINGS.maxSpendPageSize;
    const spendRate = ENDPOINTS.spend.ratePerMinute;
    return {
      members,
      repos,
      calls: setup.stats.attempts,
      minimum: 2 + Math.ceil(members / pageSize),
      pageSize,
      perUserCalls: members + 2,
      changes: plan.changes.length,
      simulatedMs,
      boundMs: rateBoundMs(setup.stats, (id) => ENDPOINTS[id].ratePerMinute),
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
): Promise<PlanWallRow> {
  const state = generateTeamState({ members, repos, seed: 1 });
  const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-bench-policy-"));
  try {
    for (const file of benchPolicyFiles(state)) {
      await writeFile(path.join(dir, path.basename(file.path)), file.text);
    }
    const emulator = await startChild<{ url: string }>("emulator-child", [
      String(members),
      String(repos),
      String(latencyMs),
    ]);
    try {
      const result = await runChild<PlanWallResult>("plan-child", [emulator.value.url, dir]);
      return { ...result, members, repos, latencyMs };
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

// ---- apply: spend limits at a known rate limit ------------------------------------------------

export interface ApplyLimitsSpec {
  readonly label: string;
  readonly teamSize: number;
  readonly changes: number;
  /** Per minute, enforced by the emulator. */
  readonly serverLimit: number;
  /** Per minute, what the client paces to; default: the documented limit (pacing "on"). */
  readonly clientLimit?: number;
  readonly burst429?: number;
}

export async function applyLimits(spec: ApplyLimitsSpec): Promise<ApplyLimitsResult> {
  const state = generateTeamState({ members: spec.teamSize, repos: 0, seed: 2, withLimits: 0 });
  const desired = desiredState({
    limits: { users: state.members.slice(0, spec.changes).map((m) => userLimit(m.email, 77)) },
  });
  const pacing: Pacing =
    spec.clientLimit === undefined ? "on" : { userSpendLimit: spec.clientLimit };
  const setup = await simulated({
    state,
    rateLimits: { userSpendLimit: spec.serverLimit },
    faults: spec.burst429 ? { userSpendLimit: { burst429: spec.burst429 } } : {},
    pacing,
  });
  try {
    const { plan } = await planAgainstLive(desired, setup.client.reader, { allowDeletes: false });
    const start = setup.reset();
    const result = await applyPlan(plan, { writer: setup.client.writer, clock: setup.clock });
    const simulatedMs = setup.clock.now() - start.simulated;
    const realMs = realSince(start.real);
    const stats = setup.stats;
    return {
      label: spec.label,
      teamSize: spec.teamSize,
      changes: plan.changes.length,
      serverLimit: spec.serverLimit,
      clientLimit: spec.clientLimit ?? ENDPOINTS.userSpendLimit.ratePerMinute,
      burst429: spec.burst429 ?? 0,
      applied: result.applied,
      failed: result.failed,
      calls: stats.attempts,
      rateLimited: stats.rateLimited,
      simulatedMs,
      boundMs: (plan.changes.length / spec.serverLimit) * MINUTE_MS,
      realMs,
      mismatches: await mismatches(setup, desired),
    };
  } finally {
    await setup.close();
  }
}

/** Changes a fresh plan still lists that the API can confirm: 0 when the apply converged. */
async function mismatches(setup: SimulatedSetup, desired: DesiredState): Promise<number> {
  const { plan } = await planAgainstLive(desired, setup.client.reader, { allowDeletes: true });
  return verifiableChanges(plan).length;
}

// ---- apply: blocklist upserts -------------------------------------------------------------------

export interface UpsertsSpec {
  readonly label: string;
  readonly repos: number;
  /** Put one repo the server refuses (an empty pattern) in the middle of the first batch. */
  readonly rejectOne?: boolean;
}

export async function upserts(spec: UpsertsSpec): Promise<UpsertsResult> {
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
  const setup = await simulated({ state });
  try {
    const { plan } = await planAgainstLive(desired, setup.client.reader, { allowDeletes: false });
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
  return computePlan(loadBenchPolicy(state), liveFromState(state), { allowDeletes: true });
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
