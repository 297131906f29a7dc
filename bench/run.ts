// `npm run bench`: runs every benchmark, prints the tables, and rewrites the results section of
// docs/benchmarks.md (between its bench:results markers). docs/benchmarks.md explains the method.
//
//   npm run bench                       full sizes (about ten minutes), updates docs/benchmarks.md
//   npm run bench -- --quick            small sizes (about a minute), prints only
//   npm run bench -- --json out.json    also writes the raw results
//   npm run bench -- --no-write         full sizes, prints only
//   npm run bench -- --only plan-wall,planner   some groups (prints only); see GROUPS
//   npm run bench -- --latency 300      simulated latency of every request, ms (default 300)
//
// Exit code 1 when a target is missed; with `--quick` (the CI smoke test) only targets judged on
// call counts and the simulated clock count, since wall-clock figures move with the machine's load.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Baseline, formatMarkdown, formatText, tables, targets } from "./lib/report.js";
import type {
  BenchResults,
  CliRunResult,
  ColdStartResult,
  PlannerResult,
  RenderResult,
} from "./lib/results.js";
import {
  type ApplyWholeSpec,
  applyWhole,
  type BulkApplySpec,
  bulkApply,
  type CliRunSpec,
  cliRun,
  coldStart,
  largePlan,
  planCalls,
  plannerAlone,
  planWall,
  render,
  type UpsertsSpec,
  upserts,
} from "./lib/scenarios.js";

type Team = readonly [members: number, repos: number];

interface Sizes {
  readonly planTeams: readonly Team[];
  readonly latencyTeams: readonly Team[];
  readonly planner: Team;
  readonly applies: readonly Omit<ApplyWholeSpec, "pageSize" | "latencyMs">[];
  /** Spend-limit changes applied through the bulk route and, on a team without it, the single one. */
  readonly bulk: readonly number[];
  readonly upserts: readonly UpsertsSpec[];
  readonly renderTeam: Team;
  readonly cli: CliRunSpec;
  readonly coldStartRuns: number;
}

/** Every rate-limited scenario runs at both: what public clients use, and a generous server. */
const PAGE_SIZES = [100, 500] as const;

const FULL: Sizes = {
  planTeams: [
    [1000, 500],
    [2000, 200],
    [10_000, 500],
    [10_000, 5000],
    [50_000, 5000],
  ],
  latencyTeams: [
    [1000, 500],
    [10_000, 2000],
    [10_000, 5000],
    [50_000, 5000],
  ],
  planner: [100_000, 10_000],
  applies: [
    {
      label: "1 change, 5,000 members",
      teamSize: 5000,
      changes: 1,
      serverLimit: 250,
      comparePlan: true,
    },
    { label: "300 changes at 250/min", teamSize: 2000, changes: 300, serverLimit: 250 },
    { label: "300 changes at an untold 60/min", teamSize: 2000, changes: 300, serverLimit: 60 },
    { label: "1,000 changes, documented limit", teamSize: 10_000, changes: 1000, serverLimit: 250 },
    { label: "5,000 changes, documented limit", teamSize: 10_000, changes: 5000, serverLimit: 250 },
    {
      label: "1,000 changes, older docs' limit, client told",
      teamSize: 10_000,
      changes: 1000,
      serverLimit: 60,
      clientLimit: 60,
    },
    {
      label: "1,000 changes at an untold 60/min",
      teamSize: 10_000,
      changes: 1000,
      serverLimit: 60,
    },
    { label: "burst of five 429s", teamSize: 10_000, changes: 1000, serverLimit: 250, burst429: 5 },
  ],
  bulk: [1000, 10_000],
  upserts: [
    { label: "500 repos", repos: 500 },
    { label: "5,000 repos", repos: 5000 },
    { label: "one repo refused in a batch", repos: 500, rejectOne: true },
  ],
  renderTeam: [11_000, 1000],
  cli: {
    members: 2000,
    repos: 200,
    changes: 300,
    writeLimit: 60,
    pageSize: 100,
    latencyMs: 50,
    startMidMinute: true,
  },
  coldStartRuns: 15,
};

const QUICK: Sizes = {
  planTeams: [
    [1000, 200],
    [2000, 200],
  ],
  latencyTeams: [[1000, 200]],
  planner: [10_000, 1000],
  applies: [
    {
      label: "1 change, 2,000 members",
      teamSize: 2000,
      changes: 1,
      serverLimit: 250,
      comparePlan: true,
    },
    { label: "300 changes at 250/min", teamSize: 1000, changes: 300, serverLimit: 250 },
    { label: "300 changes at an untold 60/min", teamSize: 1000, changes: 300, serverLimit: 60 },
    { label: "1,000 changes, documented limit", teamSize: 1000, changes: 1000, serverLimit: 250 },
  ],
  bulk: [1000],
  upserts: [
    { label: "500 repos", repos: 500 },
    { label: "one repo refused in a batch", repos: 500, rejectOne: true },
  ],
  renderTeam: [1100, 100],
  cli: { members: 500, repos: 50, changes: 30, writeLimit: 60, pageSize: 100, latencyMs: 20 },
  coldStartRuns: 7,
};

const BEGIN = "<!-- bench:results:begin -->";
const END = "<!-- bench:results:end -->";

const GROUPS = [
  "plan-calls",
  "plan-wall",
  "planner",
  "apply",
  "bulk",
  "upserts",
  "render",
  "cli",
  "cold-start",
] as const;

/** The simulated latency of every request, unless --latency says otherwise. */
const DEFAULT_LATENCY_MS = 300;

async function main(argv: readonly string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const option = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const only = option("--only")?.split(",");
  const unknown = only?.filter((group) => !GROUPS.some((known) => known === group)) ?? [];
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown group ${unknown.join(", ")}; groups: ${GROUPS.join(", ")}\n`,
    );
    return 2;
  }
  const runs = (group: (typeof GROUPS)[number]) => only === undefined || only.includes(group);
  const write = !quick && only === undefined && !argv.includes("--no-write");
  const jsonFile = option("--json");
  const sizes = quick ? QUICK : FULL;
  const started = performance.now();
  const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

  const latencyOption = option("--latency");
  const latencyMs = latencyOption === undefined ? DEFAULT_LATENCY_MS : Number(latencyOption);
  if (!(latencyMs >= 0)) {
    process.stderr.write(`bench: --latency takes milliseconds, 0 or more; got ${latencyOption}\n`);
    return 2;
  }

  const planCallsResults = [];
  for (const [members, repos] of runs("plan-calls") ? sizes.planTeams : []) {
    for (const pageSize of PAGE_SIZES) {
      progress(`plan calls, ${members} members, ${repos} repos, page ${pageSize}`);
      planCallsResults.push(await planCalls(members, repos, pageSize, latencyMs));
    }
  }
  const planWallResults = [];
  for (const [members, repos] of runs("plan-wall") ? sizes.latencyTeams : []) {
    for (const pageSize of PAGE_SIZES) {
      progress(
        `plan wall time, ${members} members, ${repos} repos, page ${pageSize}, 20 ms latency`,
      );
      planWallResults.push(await planWall(members, repos, 20, pageSize));
    }
  }
  let planner: PlannerResult | undefined;
  if (runs("planner")) {
    progress(`planner alone, ${sizes.planner[0]} members, ${sizes.planner[1]} repos`);
    planner = await plannerAlone(...sizes.planner);
  }
  const applyResults = [];
  for (const spec of runs("apply") ? sizes.applies : []) {
    for (const pageSize of PAGE_SIZES) {
      progress(`apply, ${spec.label}, page ${pageSize}`);
      applyResults.push(await applyWhole({ ...spec, pageSize, latencyMs }));
    }
  }
  const bulkResults = [];
  for (const changes of runs("bulk") ? sizes.bulk : []) {
    for (const route of ["bulk", "single"] as const) {
      progress(`apply, ${changes} limit changes, ${route} route`);
      const spec: BulkApplySpec = { changes, route, pageSize: 500, latencyMs };
      bulkResults.push(await bulkApply(spec));
    }
  }
  const upsertResults = [];
  for (const spec of runs("upserts") ? sizes.upserts : []) {
    progress(`upserts, ${spec.label}`);
    upsertResults.push(await upserts(spec, latencyMs));
  }
  let renderResults: RenderResult[] = [];
  if (runs("render")) {
    progress("render");
    renderResults = render(largePlan(...sizes.renderTeam));
  }
  let cli: CliRunResult | undefined;
  let cold: ColdStartResult | undefined;
  if (runs("cli") || runs("cold-start")) {
    const distDir = mkdtempSync(path.join(os.tmpdir(), "cursor-policy-bench-dist-"));
    try {
      progress("building the CLI bundle");
      execFileSync(process.execPath, ["scripts/build.mjs", distDir], { stdio: "inherit" });
      if (runs("cold-start")) {
        progress(`cold start, ${sizes.coldStartRuns} rounds`);
        cold = coldStart(distDir, sizes.coldStartRuns);
      }
      if (runs("cli")) {
        const spec = sizes.cli;
        progress(
          `CLI process, real clock: plan of ${spec.members} members, apply of ${spec.changes} at an untold ${spec.writeLimit}/min (minutes)`,
        );
        cli = await cliRun(distDir, spec);
      }
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
  }

  const results: BenchResults = {
    quick,
    planCalls: planCallsResults,
    planWall: planWallResults,
    planner,
    applies: applyResults,
    bulk: bulkResults,
    upserts: upsertResults,
    render: renderResults,
    ...(cli === undefined ? {} : { cli }),
    ...(cold === undefined ? {} : { coldStart: cold }),
    latencyMs,
    totalMs: performance.now() - started,
  };
  const baseline = await readBaseline();

  const all = tables(results, baseline);
  process.stdout.write(`${all.map(formatText).join("\n\n")}\n`);
  process.stdout.write(`\n${environment(results)}\n`);
  if (jsonFile) await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  if (write) {
    await updateDoc(path.resolve("docs/benchmarks.md"), results, baseline);
    progress("updated docs/benchmarks.md");
  }
  const missed = targets(results).filter((t) => !t.met);
  for (const miss of missed) {
    const note = miss.wallClock ? " [wall clock: moves with the machine's load]" : "";
    progress(`target missed: ${miss.target} (${miss.measured})${note}`);
  }
  // A quick run is CI's smoke test on a shared machine, where wall-clock figures move with the
  // load beside it: only the targets judged on call counts and the simulated clock fail it.
  // A full run (the figures docs/benchmarks.md publishes) fails on any miss.
  const failing = quick ? missed.filter((t) => !t.wallClock) : missed;
  return failing.length === 0 ? 0 : 1;
}

function environment(results: BenchResults): string {
  const cpu = os.cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // Not a git checkout: leave it unknown.
  }
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, commit ${commit},`,
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"},`,
    `${Math.round(os.totalmem() / 1024 ** 3)} GB RAM; ${results.quick ? "quick" : "full"} run in ${(results.totalMs / 1000).toFixed(0)} s.`,
  ].join(" ");
}

/** bench/baseline.json: these benchmarks run on an older commit, for the "before" column. */
async function readBaseline(): Promise<Baseline | undefined> {
  const file = path.resolve("bench/baseline.json");
  if (!existsSync(file)) return undefined;
  // Written by this runner (--json) on the older commit, with its commit added.
  return JSON.parse(await readFile(file, "utf8")) as Baseline;
}

async function updateDoc(file: string, results: BenchResults, baseline?: Baseline): Promise<void> {
  const doc = await readFile(file, "utf8");
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) {
    throw new Error(`${file} has no ${BEGIN} ... ${END} section for the results`);
  }
  const generated = [
    BEGIN,
    "<!-- Generated by `npm run bench`; do not edit by hand. -->",
    "",
    environment(results),
    "",
    tables(results, baseline).map(formatMarkdown).join("\n\n"),
    "",
  ].join("\n");
  await writeFile(file, `${doc.slice(0, begin)}${generated}${doc.slice(end)}`);
}

process.exitCode = await main(process.argv.slice(2));
