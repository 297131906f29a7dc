// The operations both entry points share: plan, apply, drift. Each gathers its inputs (policy,
// then live state through read-only calls), calls the pure planner, and returns data; the CLI and
// the Action only parse arguments and render what comes back.
import type { AdminReader } from "../api/client.js";
import { readLiveState } from "../api/live-state.js";
import {
  type ApplyProgress,
  type ApplyResult,
  applyPlan,
  confirmByReadBack,
  type LimitWriter,
} from "../apply/apply.js";
import type { DesiredState } from "../model/desired.js";
import type { LiveState } from "../model/live.js";
import type { ReadBackSummary } from "../model/outcome.js";
import type { Plan, PlanOptions } from "../model/plan.js";
import { plan as computePlan, verifiableChanges } from "../plan/plan.js";
import { type Clock, systemClock, utcDate } from "../shared/clock.js";
import { ExitCode } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { attributePlan } from "./attribution.js";
import type { Connection } from "./connect.js";
import { BlockedError } from "./errors.js";
import type { LoadedPolicy } from "./policy.js";
import { capturingReader, readBack } from "./read-back.js";
import { checkSavedPlanStillHolds, type SavedPlan } from "./saved-plan.js";

interface PlanOutcome {
  readonly plan: Plan;
  readonly live: LiveState;
}

/** The switches of plan, apply and drift (flags on the CLI, inputs of the Action). */
export interface PlanSwitches {
  /** --allow-deletes: a delete threshold does not block. */
  readonly allowDeletes: boolean;
  /** --allow-large-changes: the other size thresholds (limit changes, raises) do not block. */
  readonly allowLargeChanges?: boolean;
  /**
   * --strict: warnings block the plan (an email the policy names that is not on the team, a
   * member cap a directory-group limit overrides).
   */
  readonly strict?: boolean;
  /** Where "today" comes from (temporary exceptions end by it); the system clock by default. */
  readonly clock?: Pick<Clock, "now">;
}

/**
 * Reads live state with read-only calls and plans. `reader` has no write method, by type and at
 * run time. The directory groups are always read (a team or API without them answers 404, which
 * reads as none): their limits decide every member's effective limit, whether or not the policy
 * manages them.
 */
export async function planAgainstLive(
  desired: DesiredState,
  reader: AdminReader,
  options: PlanSwitches,
): Promise<PlanOutcome> {
  const live = await readLiveState(reader, { directoryGroups: true });
  return { plan: computePlan(desired, live, plannerOptions(options)), live };
}

/**
 * `plan`: the plan, with who last changed each live value it would change (the audit log; see
 * src/core/attribution.ts). Apply plans without it: its writes need no attribution.
 */
export async function planForReview(
  desired: DesiredState,
  reader: AdminReader,
  options: PlanSwitches,
): Promise<PlanOutcome> {
  const planned = await planAgainstLive(desired, reader, options);
  const plan = await attributePlan(planned.plan, planned.live, reader, {
    clock: options.clock ?? systemClock,
  });
  return { plan, live: planned.live };
}

function plannerOptions(switches: PlanSwitches): PlanOptions {
  return {
    allowDeletes: switches.allowDeletes,
    allowLargeChanges: switches.allowLargeChanges ?? false,
    strict: switches.strict ?? false,
    today: utcDate(switches.clock ?? systemClock),
  };
}

/** Exit code for plan and drift: 3 when blocked, 2 for pending changes when asked, else 0. */
export function planExitCode(plan: Plan, detailedExitCode: boolean): ExitCode {
  if (plan.violations.length > 0) return ExitCode.Blocked;
  if (detailedExitCode && plan.changes.length > 0) return ExitCode.ChangesPending;
  return ExitCode.Ok;
}

export type ApplyStatus = "no-changes" | "declined" | "applied";

export interface ApplyOutcome {
  readonly status: ApplyStatus;
  readonly plan: Plan;
  readonly result?: ApplyResult;
  /** The plan re-computed from live state read after applying: empty when everything took. */
  readonly verification?: Plan;
  /** What the read-back re-read, and what it could not see again. */
  readonly readBack?: ReadBackSummary;
  readonly exitCode: ExitCode;
}

/** The phases of an apply run, for progress displays. */
type ApplyRunPhase = "reading" | "writing" | "verifying";

interface ApplyRunOptions extends Omit<PlanSwitches, "clock"> {
  readonly policy: LoadedPolicy;
  readonly connection: Connection;
  /** Apply exactly this reviewed plan; refused when live state or policy changed since. */
  readonly savedPlan?: SavedPlan;
  /** Asked once the plan is known and not empty; false stops before any write. */
  readonly confirm: (plan: Plan) => Promise<boolean>;
  readonly onProgress?: (progress: ApplyProgress) => void;
  /** Told as each phase begins. */
  readonly onPhase?: (phase: ApplyRunPhase) => void;
  /** How limits are written; default: one call per user through `connection.writer`. */
  readonly limitWriter?: LimitWriter;
  readonly clock: Clock;
  readonly logger: Logger;
  /**
   * A graceful stop (SIGINT/SIGTERM): before the first write it stops the run with the signal's
   * reason; during the apply no new change starts (see applyPlan), and the read-back is skipped.
   * Give the connection the same signal as `stopWaiting`.
   */
  readonly signal?: AbortSignal;
}

export async function applyPolicy(options: ApplyRunOptions): Promise<ApplyOutcome> {
  const { policy, connection, logger } = options;
  options.onPhase?.("reading");
  // One "today" for the plan and its verification, even across midnight.
  const planOptions = plannerOptions({
    allowDeletes: options.allowDeletes,
    allowLargeChanges: options.allowLargeChanges ?? false,
    strict: options.strict ?? false,
    clock: options.clock,
  });
  // The spend report's page index is kept for the read-back, which re-reads just those pages.
  const reading = capturingReader(connection.reader);
  const live = await readLiveState(reading.reader, { directoryGroups: true });
  const plan = computePlan(policy.desired, live, planOptions);
  if (options.savedPlan) checkSavedPlanStillHolds(options.savedPlan, plan, policy.digest);

  if (plan.violations.length > 0) throw new BlockedError(plan.violations);
  if (plan.changes.length === 0) return { status: "no-changes", plan, exitCode: ExitCode.Ok };
  if (!(await options.confirm(plan))) return { status: "declined", plan, exitCode: ExitCode.Error };
  options.signal?.throwIfAborted();

  options.onPhase?.("writing");
  const result = await applyPlan(plan, {
    writer: connection.writer,
    clock: options.clock,
    ...(connection.pacing === undefined ? {} : { pacing: connection.pacing }),
    ...(options.limitWriter === undefined ? {} : { limitWriter: options.limitWriter }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  logger.debug(
    `applied ${result.applied}, failed ${result.failed}, skipped ${result.skipped} in ${result.durationMs} ms`,
  );
  // Stopped on request: report what was done and what was not; reading back would only delay
  // the exit the user (or the CI runner, which kills a few seconds later) asked for.
  if (result.interrupted) return { status: "applied", plan, result, exitCode: ExitCode.Error };

  // Read back what was touched and plan again: the proof that it took, or exactly what did not.
  options.onPhase?.("verifying");
  const { verification, summary } = await readBack({
    desired: policy.desired,
    reader: connection.reader,
    planOptions,
    plan,
    live,
    spend: reading.spend(),
  });
  // Changes the API cannot confirm (a legacy-shape $0, a member without a spend row) stay in any
  // re-plan whatever we write; they are reported, but they do not fail the verification.
  const converged = verifiableChanges(verification).length === 0;
  // A write whose answer was lost may still have landed: the read-back decides.
  const settled = confirmByReadBack(result, verification);
  return {
    status: "applied",
    plan,
    result: settled,
    verification,
    readBack: summary,
    exitCode: settled.failed > 0 || !converged ? ExitCode.Error : ExitCode.Ok,
  };
}
