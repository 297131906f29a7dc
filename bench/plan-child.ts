// The client side of a real-clock plan, alone in its process so its wall time and memory are its
// own: load the policy directory, read the live state (no pacing: the emulator's limits are off),
// plan, render JSON. What `cursor-policy plan --format json` does, minus printing.
//   plan-child.ts BASE_URL POLICY_DIR
// Sends a PlanWallResult.

import { createAdminClient } from "../src/api/client.js";
import { ApiKey } from "../src/api/credentials.js";
import { loadPolicy } from "../src/core/policy.js";
import { planAgainstLive } from "../src/core/reconcile.js";
import { DEMO_ADMIN_KEY } from "../src/emulator/index.js";
import { renderPlan } from "../src/render/index.js";
import { silentLogger } from "../src/shared/logger.js";
import type { PlanWallResult } from "./lib/results.js";

const [baseUrl = "", policyDir = ""] = process.argv.slice(2);
const mb = (bytes: number) => bytes / 1024 / 1024;

const baselineRss = process.memoryUsage().rss;
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const usage = process.memoryUsage();
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakRss = Math.max(peakRss, usage.rss);
};
const sampler = setInterval(sample, 10);

let calls = 0;
const started = performance.now();
const policy = await loadPolicy(policyDir);
const loaded = performance.now();
const client = createAdminClient({
  baseUrl,
  apiKey: new ApiKey(DEMO_ADMIN_KEY),
  logger: silentLogger,
  pacing: "off",
  onRequest: () => {
    calls += 1;
  },
});
const { plan } = await planAgainstLive(policy.desired, client.reader, {
  allowDeletes: true,
  allowLargeChanges: true,
});
const planned = performance.now();
const json = renderPlan(plan, "json");
const rendered = performance.now();
sample();
clearInterval(sampler);

const result: PlanWallResult = {
  calls,
  changes: plan.changes.length,
  loadMs: loaded - started,
  readAndPlanMs: planned - loaded,
  renderMs: rendered - planned,
  totalMs: rendered - started,
  jsonChars: json.length,
  baselineRssMb: mb(baselineRss),
  peakRssMb: Math.max(mb(peakRss), process.resourceUsage().maxRSS / 1024),
  peakHeapMb: mb(peakHeap),
};
// Forked by the runner: send the result; run by hand: print it.
if (process.send) process.send(result, () => process.exit(0));
else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
