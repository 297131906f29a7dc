// What applying a plan did: every change's outcome, and the totals. Written by src/apply,
// settled by the read-back in src/core, shown by src/render and the Action.

import type { Change } from "./plan.js";

export type ChangeStatus = "applied" | "failed" | "skipped";

export interface ChangeOutcome {
  readonly change: Change;
  readonly status: ChangeStatus;
  /** Why it failed or was skipped, for people. Never contains the API key (errors are scrubbed at the client). */
  readonly reason?: string;
  /**
   * A failure after which the change may still have reached the server: no answer, a 5xx, a
   * garbled body, 429s until the retries ran out. The read-back after apply settles these.
   */
  readonly answerLost?: boolean;
}

export interface ApplyResult {
  /** In plan order. */
  readonly outcomes: readonly ChangeOutcome[];
  readonly applied: number;
  readonly failed: number;
  readonly skipped: number;
  readonly durationMs: number;
  /** True when `signal` stopped the apply before every change was done. */
  readonly interrupted?: boolean;
}

/** What the read-back after an apply re-read (src/core/read-back.ts), for the apply report. */
export interface NotReverified {
  /** The normalised email (or key) of what could not be read back. */
  readonly key: string;
  readonly reason: string;
}

export interface ReadBackSummary {
  /** "targeted": only what the plan touched was re-read; "full": everything. */
  readonly scope: "targeted" | "full";
  /** Spend-report pages re-read. */
  readonly spendPages: number;
  /** Per-member spend-report searches made. */
  readonly spendSearches: number;
  /** Whether the blocklists were re-read. */
  readonly blocklists: boolean;
  /** Whether the directory groups were re-read. */
  readonly directoryGroups: boolean;
  /** Touched entries that could not be seen again; not counted as failures. */
  readonly notReverified: readonly NotReverified[];
  /**
   * Members whose effective limit, as the API reports it after the apply, is not what the plan
   * promised under its stated rule: the rule Cursor applies may be another, or a team limit is
   * at work. Reported; not counted as failures (the writes themselves took).
   */
  readonly effectiveMismatches: readonly EffectiveMismatch[];
}

export interface EffectiveMismatch {
  /** As listed by the API. */
  readonly email: string;
  readonly promised: number | null;
  readonly actual: number | null;
}
