// The planner alone, in two child processes so that each figure is its own:
//   planner-child.mjs prepare MEMBERS REPOS FILE   generates the team, loads the benchmark policy
//       through the policy loader (timed), and writes both inputs (LiveState, DesiredState) to
//       FILE with v8.serialize. Sends { policyLoadMs }.
//   node --expose-gc planner-child.mjs measure FILE   reads the inputs, then measures plan():
//       the median of a few runs, the heap the inputs and the plan result keep, and the process's
//       peak RSS during the first plan — inputs plus planner, without the generator's and the
//       loader's own peaks.
// Run by hand (no IPC channel), it prints the result instead of sending it.

import { readFile, writeFile } from "node:fs/promises";
import v8 from "node:v8";
import { generateTeamState } from "../src/emulator/index.js";
import type { DesiredState } from "../src/model/desired.js";
import type { LiveState } from "../src/model/live.js";
import { plan } from "../src/plan/plan.js";
import { loadPolicyFiles } from "../src/policy/load.js";
import { collectGarbage } from "./lib/harness.js";
import type { PlannerResult } from "./lib/results.js";
import { benchPolicyFiles, liveFromState } from "./lib/team.js";

const RUNS = 5;
const mb = (bytes: number) => bytes / 1024 / 1024;

interface Inputs {
  readonly desired: DesiredState;
  readonly live: LiveState;
}

async function prepare(members: number, repos: number, file: string) {
  const state = generateTeamState({ members, repos, seed: 1 });
  const files = benchPolicyFiles(state);
  const started = performance.now();
  const loaded = loadPolicyFiles(files);
  const policyLoadMs = performance.now() - started;
  if (!loaded.ok) {
    throw new Error(`the benchmark policy does not load: ${loaded.problems[0]?.message ?? "?"}`);
  }
  const inputs: Inputs = { desired: loaded.desired, live: liveFromState(state) };
  await writeFile(file, v8.serialize(inputs));
  return { policyLoadMs };
}

async function measure(file: string): Promise<Omit<PlannerResult, "policyLoadMs">> {
  // The file is ours, written by `prepare` from these very types.
  const { desired, live } = v8.deserialize(await readFile(file)) as Inputs;
  const options = { allowDeletes: true, allowLargeChanges: true, today: "2026-11-15" };

  collectGarbage();
  const before = process.memoryUsage();
  let result = plan(desired, live, options);
  // The peak of one plan, as the CLI makes it; the timing runs below would only add the heap's
  // growth over repeated runs.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
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
  return {
    members: live.members.length,
    repos: live.blocklists.length,
    changes: result.changes.length,
    notes: result.notes.length,
    planMedianMs: times[Math.floor(times.length / 2)] ?? 0,
    planMaxMs: times.at(-1) ?? 0,
    inputsHeapMb: mb(before.heapUsed),
    retainedMb: mb(after.heapUsed - before.heapUsed),
    rssBeforePlanMb: mb(before.rss),
    peakRssMb,
  };
}

const [mode, ...args] = process.argv.slice(2);
const value =
  mode === "prepare"
    ? await prepare(Number(args[0]), Number(args[1]), args[2] ?? "")
    : await measure(args[0] ?? "");
if (process.send) process.send(value, () => process.exit(0));
else process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
