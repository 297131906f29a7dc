// What each benchmark measures, as plain data: the runner prints and documents these, and the
// child processes send theirs over IPC.

/** Plan against the emulator at its documented rate limits, on simulated time. */
export interface PlanCallsResult {
  readonly members: number;
  readonly repos: number;
  /** Attempts made, retries included. */
  readonly calls: number;
  /** members 1 + blocklists 1 + spend pages at the page size the server honours. */
  readonly minimum: number;
  /** The page size the emulator honoured (it caps what is asked for). */
  readonly pageSize: number;
  /** One spend search per member, plus members and blocklists: what a per-user client needs. */
  readonly perUserCalls: number;
  readonly changes: number;
  readonly simulatedMs: number;
  /** What the rate limits imply: the busiest endpoint's calls / its limit per minute. */
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

/** Apply of N spend-limit changes on simulated time. */
export interface ApplyLimitsResult {
  readonly label: string;
  readonly teamSize: number;
  readonly changes: number;
  /** What the emulator enforces. */
  readonly serverLimit: number;
  /** What the client paces to. */
  readonly clientLimit: number;
  readonly burst429: number;
  readonly applied: number;
  readonly failed: number;
  readonly calls: number;
  readonly rateLimited: number;
  readonly simulatedMs: number;
  /** N / limit per minute. */
  readonly boundMs: number;
  readonly realMs: number;
  /** Changes a re-plan still lists (0 = converged). */
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
  readonly applyLimits: ApplyLimitsResult[];
  readonly upserts: UpsertsResult[];
  readonly render: RenderResult[];
  readonly totalMs: number;
}
