// What each benchmark measures, as plain data: the runner prints and documents these, and the
// child processes send theirs over IPC.

/** Plan against the emulator at its documented rate limits, on simulated time. */
export interface PlanCallsResult {
  readonly members: number;
  readonly repos: number;
  /** The largest page the emulator honours (it caps what is asked for). */
  readonly pageSize: number;
  /** Simulated latency of every request. */
  readonly latencyMs: number;
  /** Attempts made, retries included. */
  readonly calls: number;
  /** members 1 + blocklists 1 + spend pages at the page size the server honours. */
  readonly minimum: number;
  /** One spend search per member, plus members and blocklists: what a per-user client needs. */
  readonly perUserCalls: number;
  readonly changes: number;
  readonly simulatedMs: number;
  /** An ideal client's time for the same calls: the windows they force, and latencies (bound.ts). */
  readonly boundMs: number;
  /** The per-user approach's bound at the same limits. */
  readonly perUserBoundMs: number;
  readonly rateLimited: number;
  readonly realMs: number;
}

/** Plan on the real clock, rate limits off, a fixed latency; the client alone in its process. */
export interface PlanWallResult {
  readonly calls: number;
  readonly changes: number;
  readonly loadMs: number;
  readonly readAndPlanMs: number;
  readonly renderMs: number;
  readonly totalMs: number;
  readonly jsonChars: number;
  readonly baselineRssMb: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}

export interface PlanWallRow extends PlanWallResult {
  readonly members: number;
  readonly repos: number;
  readonly latencyMs: number;
  readonly pageSize: number;
}

export interface PlannerResult {
  readonly members: number;
  readonly repos: number;
  readonly changes: number;
  readonly notes: number;
  readonly policyLoadMs: number;
  readonly planMedianMs: number;
  readonly planMaxMs: number;
  /** Heap used by the inputs (live state, desired state) after a full collection. */
  readonly inputsHeapMb: number;
  /** Heap the plan result keeps, after a full collection. */
  readonly retainedMb: number;
  readonly rssBeforePlanMb: number;
  /** The measuring process's peak RSS: the inputs and the planner together. */
  readonly peakRssMb: number;
}

/** A whole apply (read, writes, read-back) of N spend-limit changes, on simulated time. */
export interface ApplyWholeResult {
  readonly label: string;
  readonly teamSize: number;
  readonly changes: number;
  readonly pageSize: number;
  readonly latencyMs: number;
  /** Spend-limit writes per minute the emulator enforces. */
  readonly serverLimit: number;
  /** What the client was told; undefined: not told (paces to the documented 250). */
  readonly clientLimit: number | undefined;
  readonly burst429: number;
  /** Requests the server saw, 429s included. */
  readonly calls: number;
  /** Reads before the first write (the plan apply makes). */
  readonly readCalls: number;
  /** Write attempts, 429s included. */
  readonly writeCalls: number;
  /** Reads after the last write (the read-back). */
  readonly readBackCalls: number;
  readonly rateLimited: number;
  /** The whole apply, first read to last answer. */
  readonly simulatedMs: number;
  /** A plan alone of the same team, when asked for. */
  readonly planMs: number | undefined;
  /** An ideal client's time for the same calls (bound.ts). */
  readonly boundMs: number;
  /** Accepted writes per minute over the minutes strictly inside the write phase. */
  readonly writesPerFullMinute: number | undefined;
  /** The client's usual budget per window for writes (95 % of what it paces to). */
  readonly budget: number;
  readonly realMs: number;
  readonly applied: number;
  readonly failed: number;
  readonly exitCode: number;
  /** Changes a full plan afterwards still lists (0 = converged), independent of the read-back. */
  readonly mismatches: number;
}

/** The bundled CLI against an emulator process with rate limits on, real clock. */
export interface CliRunResult {
  readonly members: number;
  readonly changes: number;
  /** Spend-limit writes per minute the emulator enforces; the CLI was not told. */
  readonly writeLimit: number;
  readonly pageSize: number;
  readonly latencyMs: number;
  readonly planWallMs: number;
  readonly planExit: number | null;
  readonly planCalls: number;
  readonly planRateLimited: number;
  readonly planBoundMs: number;
  readonly applyWallMs: number;
  readonly applyExit: number | null;
  readonly applyCalls: number;
  readonly applyRateLimited: number;
  /** Of those, on spend-limit writes. */
  readonly applyWriteRateLimited: number;
  readonly applyBoundMs: number;
  /** Members holding the limit the apply set, read from the emulator afterwards. */
  readonly limitsSet: number;
  readonly wrongUrlWallMs: number;
  readonly wrongUrlExit: number | null;
  readonly wrongUrlStderrLines: number;
}

/** Whole-process start-up of the bundled CLI against `node -e 0`. */
export interface ColdStartResult {
  readonly runs: number;
  readonly nodeMs: number;
  readonly validateMs: number;
  readonly helpMs: number;
  /** Median of the per-pair ratios. */
  readonly validateRatio: number;
  readonly helpRatio: number;
  readonly validateRatioRange: readonly [number, number];
  readonly helpRatioRange: readonly [number, number];
  /** The machine's 1-minute load average when measured. */
  readonly loadAverage: number;
}

/** A whole apply of spend limits through the bulk route, or the single route after its 403. */
export interface BulkApplyResult {
  readonly changes: number;
  readonly route: "bulk" | "single";
  readonly pageSize: number;
  readonly latencyMs: number;
  /** Spend-limit write calls, both routes, the 403s included. */
  readonly writeCalls: number;
  readonly bulkCalls: number;
  /** Bulk calls answered 403 (the route is not there). */
  readonly refused: number;
  readonly rateLimited: number;
  /** Simulated time from the first limit write's arrival to the last's. */
  readonly writePhaseMs: number;
  /** The whole apply: read, writes, read-back. */
  readonly simulatedMs: number;
  readonly realMs: number;
  readonly applied: number;
  readonly failed: number;
  readonly exitCode: number;
  /** Changes a full plan afterwards still finds. */
  readonly mismatches: number;
}

/** Blocklist upserts on simulated time. */
export interface UpsertsResult {
  readonly label: string;
  readonly repos: number;
  readonly batchSize: number;
  /** Repos the server refuses (an invalid entry in a batch). */
  readonly rejected: number;
  readonly calls: number;
  /** ceil(repos / batch size); with a rejected repo, that plus what isolating it must cost. */
  readonly minimum: number;
  readonly applied: number;
  readonly failed: number;
  readonly largestBodyKb: number;
  readonly simulatedMs: number;
  readonly realMs: number;
}

export interface RenderResult {
  readonly format: string;
  readonly changes: number;
  readonly medianMs: number;
  readonly chars: number;
  readonly note: string;
}

export interface BenchResults {
  readonly quick: boolean;
  readonly planCalls: PlanCallsResult[];
  readonly planWall: PlanWallRow[];
  /** Absent when the run skipped it (--only). */
  readonly planner?: PlannerResult;
  readonly applies: ApplyWholeResult[];
  /** Absent in results from before the bulk route (bench/baseline.json). */
  readonly bulk?: BulkApplyResult[];
  readonly upserts: UpsertsResult[];
  readonly render: RenderResult[];
  /** Absent when the run skipped it. */
  readonly cli?: CliRunResult;
  readonly coldStart?: ColdStartResult;
  /** The simulated latency of every request in the rate-limited benchmarks. */
  readonly latencyMs: number;
  readonly totalMs: number;
}
