// `npm run bench`: runs every benchmark, prints the tables, and rewrites the results section of
// docs/benchmarks.md (between its bench:results markers). docs/benchmarks.md explains the method.
//
//   npm run bench                       full sizes (a few minutes), updates docs/benchmarks.md
//   npm run bench -- --quick            small sizes (well under a minute), prints only
//   npm run bench -- --json out.json    also writes the raw results
//   npm run bench -- --no-write         full sizes, prints only
//   npm run bench -- --only plan-wall,planner   some groups (prints only); see GROUPS
//
// Exit code 1 when a target is missed, so a CI step can run `--quick` as a smoke test.

import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { formatMarkdown, formatText, tables, targets } from "./lib/report.js";
import type { BenchResults, PlannerResult, RenderResult } from "./lib/results.js";
import {
  type ApplyLimitsSpec,
  applyLimits,
  largePlan,
  planCalls,
  plannerAlone,
  planWall,
  render,
  type UpsertsSpec,
  upserts,
} from "./lib/scenarios.js";

interface Sizes {
  readonly planTeams: readonly (readonly [members: number, repos: number])[];
  readonly latencyTeams: readonly (readonly [members: number, repos: number])[];
  readonly planner: readonly [members: number, repos: number];
  readonly applies: readonly ApplyLimitsSpec[];
  readonly upserts: readonly UpsertsSpec[];
  readonly renderTeam: readonly [members: number, repos: number];
}

function applies(team: number, n: number, large: number): ApplyLimitsSpec[] {
  return [
    { label: "documented limit (newer docs)", teamSize: team, changes: n, serverLimit: 250 },
    { label: "documented limit, large", teamSize: team, changes: large, serverLimit: 250 },
    {
      label: "older docs' limit, client told",
      teamSize: team,
      changes: n,
      serverLimit: 60,
      clientLimit: 60,
    },
    {
      label: "older docs' limit, client assumes newer",
      teamSize: team,
      changes: n,
      serverLimit: 60,
    },
    { label: "burst of five 429s", teamSize: team, changes: n, serverLimit: 250, burst429: 5 },
  ];
}

const FULL: Sizes = {
  planTeams: [
    [1000, 500],
    [1000, 5000],
    [10_000, 500],
    [10_000, 5000],
    [50_000, 500],
    [50_000, 5000],
  ],
  latencyTeams: [
    [1000, 500],
    [10_000, 2000],
    [10_000, 5000],
    [50_000, 5000],
  ],
  planner: [100_000, 10_000],
  applies: applies(10_000, 1000, 5000),
  upserts: [
    { label: "500 repos", repos: 500 },
    { label: "5,000 repos", repos: 5000 },
    { label: "one repo refused in a batch", repos: 500, rejectOne: true },
  ],
  renderTeam: [11_000, 1000],
};

const QUICK: Sizes = {
  planTeams: [
    [1000, 500],
    [2000, 200],
  ],
  latencyTeams: [[1000, 200]],
  planner: [10_000, 1000],
  applies: applies(1000, 100, 300),
  upserts: [
    { label: "500 repos", repos: 500 },
    { label: "one repo refused in a batch", repos: 500, rejectOne: true },
  ],
  renderTeam: [1100, 100],
};

const BEGIN = "<!-- bench:results:begin -->";
const END = "<!-- bench:results:end -->";

const GROUPS = ["plan-calls", "plan-wall", "planner", "apply", "upserts", "render"] as const;

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

  const planCallsResults = [];
  for (const [members, repos] of runs("plan-calls") ? sizes.planTeams : []) {
    progress(`plan calls, ${members} members, ${repos} repos`);
    planCallsResults.push(await planCalls(members, repos));
  }
  const planWallResults = [];
  for (const [members, repos] of runs("plan-wall") ? sizes.latencyTeams : []) {
    progress(`plan wall time, ${members} members, ${repos} repos, 20 ms latency`);
    planWallResults.push(await planWall(members, repos, 20));
  }
  let planner: PlannerResult | undefined;
  if (runs("planner")) {
    progress(`planner alone, ${sizes.planner[0]} members, ${sizes.planner[1]} repos`);
    planner = await plannerAlone(...sizes.planner);
  }
  const applyResults = [];
  for (const spec of runs("apply") ? sizes.applies : []) {
    progress(`apply, ${spec.label}: ${spec.changes} limits`);
    applyResults.push(await applyLimits(spec));
  }
  const upsertResults = [];
  for (const spec of runs("upserts") ? sizes.upserts : []) {
    progress(`upserts, ${spec.label}`);
    upsertResults.push(await upserts(spec));
  }
  let renderResults: RenderResult[] = [];
  if (runs("render")) {
    progress("render");
    renderResults = render(largePlan(...sizes.renderTeam));
  }

  const results: BenchResults = {
    quick,
    planCalls: planCallsResults,
    planWall: planWallResults,
    planner,
    applyLimits: applyResults,
    upserts: upsertResults,
    render: renderResults,
    totalMs: performance.now() - started,
  };

  const all = tables(results);
  process.stdout.write(`${all.map(formatText).join("\n\n")}\n`);
  process.stdout.write(`\n${environment(results)}\n`);
  if (jsonFile) await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  if (write) {
    await updateDoc(path.resolve("docs/benchmarks.md"), results);
    progress("updated docs/benchmarks.md");
  }
  const missed = targets(results).filter((t) => !t.met);
  for (const miss of missed) progress(`target missed: ${miss.target} (${miss.measured})`);
  return missed.length === 0 ? 0 : 1;
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

async function updateDoc(file: string, results: BenchResults): Promise<void> {
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
    tables(results).map(formatMarkdown).join("\n\n"),
    "",
  ].join("\n");
  await writeFile(file, `${doc.slice(0, begin)}${generated}${doc.slice(end)}`);
}

process.exitCode = await main(process.argv.slice(2));
