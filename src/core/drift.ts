// Drift: the plan read the other way round, as what changed in the team outside the policy.
// Shared by the CLI's `drift` command and the Action's `command: drift`, with the one rule for
// its exit code.

import type { AdminReader } from "../api/client.js";
import type { DesiredState } from "../model/desired.js";
import type { LiveState } from "../model/live.js";
import type { Plan } from "../model/plan.js";
import { ExitCode } from "../shared/errors.js";
import { type PlanSwitches, planForReview } from "./reconcile.js";

interface DriftOutcome {
  readonly plan: Plan;
  readonly live: LiveState;
  /** The live team differs from the policy: applying it would change something. */
  readonly drifted: boolean;
}

/**
 * Reads the team with read-only calls, compares it with the policy, and looks up in the audit
 * log who made each difference (src/core/attribution.ts: bounded, never fatal).
 */
export async function detectDrift(
  desired: DesiredState,
  reader: AdminReader,
  options: PlanSwitches,
): Promise<DriftOutcome> {
  // The same read and attribution as `plan` (drift is that plan, read from the live side).
  const { plan, live } = await planForReview(desired, reader, options);
  return { plan, live, drifted: plan.changes.length > 0 };
}

interface DriftExitRule {
  /** Drift is a failure of the run (the CLI always; the Action with `fail-on-drift`). */
  readonly failOnDrift: boolean;
  /**
   * The drift reached someone (printed, or an issue opened). False when it was found but could
   * not be reported anywhere: then the run fails, so that the drift is not silently lost.
   */
  readonly reported: boolean;
}

/**
 * 2 for drift when drift fails the run; 1 for drift nobody was told about; else 0. Drift applies
 * nothing, so a guardrail the plan breaks never turns it into 3 (blocked): the violations are in
 * the report.
 */
export function driftExitCode(
  outcome: Pick<DriftOutcome, "drifted">,
  rule: DriftExitRule,
): ExitCode {
  if (!outcome.drifted) return ExitCode.Ok;
  if (rule.failOnDrift) return ExitCode.ChangesPending;
  return rule.reported ? ExitCode.Ok : ExitCode.Error;
}
