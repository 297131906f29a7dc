// The planner alone, in its own process started with --expose-gc so memory can be read cleanly:
// a generated team as LiveState, the benchmark policy loaded from text, then plan() timed
// (the median of a few runs) and its memory measured.
//   node --expose-gc planner-child.mjs MEMBERS REPOS
// Sends a PlannerResult.

import { generateTeamState } from "../src/emulator/index.js";
import { plan } from "../src/plan/plan.js";
import { loadPolicyFiles } from "../src/policy/load.js";
import { collectGarbage } from "./lib/harness.js";
import type { PlannerResult } from "./lib/results.js";
import { benchPolicyFiles, liveFromState } from "./lib/team.js";

const RUNS = 5;
const [members = "100000", repos = "10000"] = process.argv.slice(2);
const mb = (bytes: number) => bytes / 1024 / 1024;

const state = generateTeamState({ members: Number(members), repos: Number(repos), seed: 1 });
const files = benchPolicyFiles(state);
const live = liveFromState(state);

const loadStarted = performance.now();
const loaded = loadPolicyFiles(files);
const loadMs = performance.now() - loadStarted;
if (!loaded.ok)
  throw new Error(`the benchmark policy does not load: ${loaded.problems[0]?.message}`);
const desired = loaded.desired;

// Memory: heap in use after a full collection before and after one plan (what the plan keeps),
// and the process's peak RSS (inputs and planner together: the strictest reading of "the planner
// needs under N MB", since the 100k-member inputs are counted too).
collectGarbage();
const before = process.memoryUsage();
const options = { allowDeletes: true };
let result = plan(desired, live, options);
collectGarbage();
const after = process.memoryUsage();

const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  collectGarbage();
  const started = performance.now();
  result = plan(desired, live, options);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);

const value: PlannerResult = {
  members: live.members.length,
  repos: live.blocklists.length,
  changes: result.changes.length,
  notes: result.notes.length,
  policyLoadMs: loadMs,
  planMedianMs: times[Math.floor(times.length / 2)] ?? 0,
  planMaxMs: times.at(-1) ?? 0,
  inputsHeapMb: mb(before.heapUsed),
  retainedMb: mb(after.heapUsed - before.heapUsed),
  rssBeforePlanMb: mb(before.rss),
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
process.send?.(value, () => process.exit(0));
