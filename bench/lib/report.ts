// Tables of the results, for the terminal and for docs/benchmarks.md. Only formatting: every
// number comes from a BenchResults a run produced.

import type {
  ApplyLimitsResult,
  BenchResults,
  PlanCallsResult,
  PlanWallRow,
  UpsertsResult,
} from "./results.js";

export interface Table {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Shown under the table. */
  readonly note?: string;
}

const SECOND = 1000;

export function count(n: number): string {
  return n.toLocaleString("en-US");
}

export function size(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

export function seconds(ms: number): string {
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / SECOND).toFixed(ms < 10 * SECOND ? 2 : 1)} s`;
}

function millis(ms: number): string {
  return ms >= 10 * SECOND ? seconds(ms) : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

function megabytes(mb: number): string {
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

function ratio(measured: number, bound: number): string {
  return bound > 0 ? (measured / bound).toFixed(3) : "–";
}

function mark(ok: boolean): string {
  return ok ? "yes" : "**NO**";
}

// ---- targets ----------------------------------------------------------------------------------

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

/** The targets, each judged on this run's numbers (a group the run skipped is left out). */
export function targets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const plans = results.planCalls;
  if (plans.length > 0) {
    checks.push({
      target: "plan API calls = members 1 + blocklists 1 + spend pages (never a call per user)",
      measured: plans
        .map((p) => `${size(p.members)}/${size(p.repos)}: ${p.calls} = ${p.minimum}`)
        .join("; "),
      met: plans.every((p) => p.calls === p.minimum),
    });
    const worst = Math.max(...plans.map((p) => (p.boundMs > 0 ? p.simulatedMs / p.boundMs : 0)));
    checks.push({
      target: "plan at the documented limits: simulated / bound ≤ 1.1, zero 429s",
      measured: `worst ratio ${worst.toFixed(3)}, ${plans.reduce((n, p) => n + p.rateLimited, 0)} × 429`,
      met: worst <= 1.1 && plans.every((p) => p.rateLimited === 0),
    });
  }
  const steady = results.applyLimits.filter(
    (a) => a.burst429 === 0 && a.clientLimit <= a.serverLimit,
  );
  if (steady.length > 0) {
    const worst = Math.max(...steady.map((a) => a.simulatedMs / a.boundMs));
    checks.push({
      target: "apply at a known limit: simulated / bound ≤ 1.1, zero 429s in steady state",
      measured: `worst ratio ${worst.toFixed(3)}, ${steady.reduce((n, a) => n + a.rateLimited, 0)} × 429 (${steady.length} runs)`,
      met: worst <= 1.1 && steady.every((a) => a.rateLimited === 0),
    });
  }
  const latency = results.planWall.find(
    (w) =>
      w.members === (results.quick ? 1000 : 10_000) &&
      w.latencyMs === 20 &&
      w.repos === (results.quick ? 200 : 2000),
  );
  if (latency) {
    checks.push({
      target: `plan ${size(latency.members)} members + ${size(latency.repos)} repos, limits off, 20 ms latency: < 3 s wall`,
      measured: seconds(latency.totalMs),
      met: latency.totalMs < 3 * SECOND,
    });
  }
  const planner = results.planner;
  if (planner) {
    checks.push({
      target: `planner alone, ${size(planner.members)} members + ${size(planner.repos)} repos: < 1 s and < 300 MB`,
      measured: `${millis(planner.planMedianMs)} (median), peak RSS ${megabytes(planner.peakRssMb)} with its inputs`,
      met: planner.planMedianMs < SECOND && planner.peakRssMb < 300,
    });
  }
  const upserts = results.upserts.filter((u) => u.rejected === 0);
  if (upserts.length > 0) {
    checks.push({
      target: "blocklist upserts: calls = ceil(repos / batch size)",
      measured: upserts.map((u) => `${count(u.repos)} repos: ${u.calls} = ${u.minimum}`).join("; "),
      met: upserts.every((u) => u.calls === u.minimum),
    });
  }
  if (results.applyLimits.length > 0) {
    checks.push({
      target: "every apply converges (re-plan empty, no failed change)",
      measured: results.applyLimits.map((a) => `${a.mismatches}/${a.failed}`).join(", "),
      met: results.applyLimits.every((a) => a.mismatches === 0 && a.failed === 0),
    });
  }
  return checks;
}

// ---- tables -----------------------------------------------------------------------------------

/** Every table that has rows in this run. */
export function tables(results: BenchResults): Table[] {
  const all: Table[] = [
    {
      title: "Targets",
      headers: ["target", "measured", "met"],
      rows: targets(results).map((t) => [t.target, t.measured, mark(t.met)]),
    },
    planCallsTable(results.planCalls),
    planWallTable(results.planWall),
    plannerTable(results.planner),
    applyLimitsTable(results.applyLimits),
    upsertsTable(results.upserts),
    {
      title: "Render",
      headers: ["format", "changes", "time (median of 5)", "characters", ""],
      rows: results.render.map((r) => [
        r.format,
        count(r.changes),
        millis(r.medianMs),
        count(r.chars),
        r.note,
      ]),
    },
  ];
  return all.filter((table) => table.rows.length > 0);
}

function plannerTable(planner: BenchResults["planner"]): Table {
  return {
    title: "Planner alone (pure function, no I/O)",
    headers: [
      "members",
      "repos",
      "changes",
      "notes",
      "plan (median of 5)",
      "slowest",
      "policy load",
      "inputs heap",
      "plan keeps",
      "RSS before",
      "peak RSS",
    ],
    rows: planner
      ? [
          [
            count(planner.members),
            count(planner.repos),
            count(planner.changes),
            count(planner.notes),
            millis(planner.planMedianMs),
            millis(planner.planMaxMs),
            millis(planner.policyLoadMs),
            megabytes(planner.inputsHeapMb),
            megabytes(planner.retainedMb),
            megabytes(planner.rssBeforePlanMb),
            megabytes(planner.peakRssMb),
          ],
        ]
      : [],
    note: 'Inputs are generated and the policy loaded (timed as "policy load") in one child process and handed over in a file to a second one, started with --expose-gc, which only plans. Heap figures are after a full collection; "peak RSS" is that process\'s high-water mark during the first plan: its inputs (live and desired state) plus the planner.',
  };
}

function planCallsTable(rows: readonly PlanCallsResult[]): Table {
  return {
    title: "Plan: API calls and time at the documented rate limits (simulated clock)",
    headers: [
      "members",
      "repos",
      "calls",
      "minimum",
      "per-user approach",
      "ratio",
      "simulated time",
      "bound (calls / limit)",
      "sim / bound",
      "429s",
      "per-user bound",
      "real processing",
    ],
    rows: rows.map((p) => [
      size(p.members),
      size(p.repos),
      String(p.calls),
      String(p.minimum),
      count(p.perUserCalls),
      `${(p.perUserCalls / p.calls).toFixed(0)}×`,
      seconds(p.simulatedMs),
      seconds(p.boundMs),
      ratio(p.simulatedMs, p.boundMs),
      String(p.rateLimited),
      seconds(p.perUserBoundMs),
      millis(p.realMs),
    ]),
    note: `The emulator enforces the documented limits (20/min for members, spend and blocklists) and honours at most ${rows[0]?.pageSize ?? 500} spend rows a page; the client asks for 1,000 and follows totalPages. "Simulated time" is the shared ManualClock: what the run would take against a server with those limits. "Real processing" is this machine's time for the same run, emulator included.`,
  };
}

function planWallTable(rows: readonly PlanWallRow[]): Table {
  return {
    title: "Plan: wall time and memory, real clock, rate limits off (client in its own process)",
    headers: [
      "members",
      "repos",
      "latency",
      "calls",
      "changes",
      "policy load",
      "read + plan",
      "render JSON",
      "total",
      "peak heap",
      "peak RSS",
    ],
    rows: rows.map((w) => [
      size(w.members),
      size(w.repos),
      `${w.latencyMs} ms`,
      String(w.calls),
      count(w.changes),
      millis(w.loadMs),
      millis(w.readAndPlanMs),
      millis(w.renderMs),
      millis(w.totalMs),
      megabytes(w.peakHeapMb),
      megabytes(w.peakRssMb),
    ]),
    note: "The emulator runs in another process with rate limits off and a fixed latency on every request; the client does not pace. Total = policy load + reads + plan + JSON render (process start not included).",
  };
}

function applyLimitsTable(rows: readonly ApplyLimitsResult[]): Table {
  return {
    title: "Apply: spend-limit changes at a known rate limit (simulated clock)",
    headers: [
      "case",
      "changes",
      "server limit",
      "client paces to",
      "burst of 429s",
      "calls",
      "429s",
      "simulated time",
      "bound (N / limit)",
      "sim / bound",
      "real processing",
      "failed",
      "re-plan",
    ],
    rows: rows.map((a) => [
      a.label,
      count(a.changes),
      `${a.serverLimit}/min`,
      `${a.clientLimit}/min`,
      String(a.burst429),
      count(a.calls),
      String(a.rateLimited),
      seconds(a.simulatedMs),
      seconds(a.boundMs),
      ratio(a.simulatedMs, a.boundMs),
      millis(a.realMs),
      String(a.failed),
      a.mismatches === 0 ? "empty" : `${a.mismatches} left`,
    ]),
    note: "Team of members without limits; the policy sets a limit for N of them. Only the write phase is timed (the plan's reads are in the table above).",
  };
}

function upsertsTable(rows: readonly UpsertsResult[]): Table {
  return {
    title: "Apply: blocklist upserts (simulated clock)",
    headers: [
      "case",
      "repos",
      "batch size",
      "upsert calls",
      "ceil(repos / batch)",
      "largest body",
      "applied",
      "failed",
      "simulated time",
      "real processing",
    ],
    rows: rows.map((u) => [
      u.label,
      count(u.repos),
      String(u.batchSize),
      String(u.calls),
      String(u.minimum),
      `${u.largestBodyKb.toFixed(0)} KB`,
      count(u.applied),
      String(u.failed),
      seconds(u.simulatedMs),
      millis(u.realMs),
    ]),
  };
}

// ---- output -----------------------------------------------------------------------------------

export function formatText(table: Table): string {
  const widths = table.headers.map((header, column) =>
    Math.max(header.length, ...table.rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [
    table.title,
    line(table.headers),
    line(widths.map((w) => "-".repeat(w))),
    ...table.rows.map(line),
  ].join("\n");
}

export function formatMarkdown(table: Table): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const row = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [
    `### ${table.title}`,
    "",
    row(table.headers),
    row(table.headers.map(() => "---")),
    ...table.rows.map(row),
    ...(table.note ? ["", table.note] : []),
  ].join("\n");
}
