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
