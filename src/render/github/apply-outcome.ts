// The shape of an apply's outcome as the GitHub renderers read it. Written here, structurally,
// so that render/ does not import core/ or apply/: core's ApplyOutcome fits it as it is.

import type { Change, Plan } from "../../model/plan.js";

export type ChangeResultStatus = "applied" | "failed" | "skipped";

export interface ChangeResult {
  readonly change: Change;
  readonly status: ChangeResultStatus;
  readonly reason?: string | undefined;
}

export interface ApplyReportInput {
  readonly status: "no-changes" | "declined" | "applied";
  readonly plan: Plan;
  readonly result?:
    | {
        readonly applied: number;
        readonly failed: number;
        readonly skipped: number;
        readonly outcomes: readonly ChangeResult[];
      }
    | undefined;
  /** The plan re-computed from the team read back after applying. */
  readonly verification?: Plan | undefined;
  /** What the read-back found besides the re-plan. */
  readonly readBack?:
    | {
        readonly effectiveMismatches: ReadonlyArray<{
          readonly email: string;
          readonly promised: number | null;
          readonly actual: number | null;
        }>;
      }
    | undefined;
}
