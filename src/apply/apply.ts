// Makes the live state match a reviewed plan through the write API.
//
// Order (README.md, `apply`): blocklist upserts first, so protection is added before anything is
// removed; then spend limits; then deletes. Upserts are batched into as few calls as the API
// allows; limits are one call per user and the client paces them to the endpoint's rate limit.
// Every change ends applied, failed or skipped; one failure never hides the others. The client
// retries transient failures itself, so a failure reported here is one retrying did not cure.
//
// Interruption (SIGINT/SIGTERM, through `signal`): no new change starts; a request already sent
// is left to finish (the client is given the same signal as `stopWaiting`, which cancels only
// waits), so its outcome is known; everything not done is reported skipped, "interrupted".
// Every write is idempotent, so running apply again finishes the job.

import type { AdminWriter } from "../api/client.js";
import {
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  ServerError,
  ValidationError,
} from "../api/errors.js";
import type { ApplyResult, ChangeOutcome } from "../model/outcome.js";
import type { BlocklistChange, BlocklistDelete, Change, LimitChange, Plan } from "../model/plan.js";
import type { Clock } from "../shared/clock.js";
import { CursorPolicyError } from "../shared/errors.js";

// The result types are model types, so that render can show them without importing apply.
export type { ApplyResult, ChangeOutcome } from "../model/outcome.js";

export type ApplyPhase = "blocklists" | "limits" | "deletes";

export interface ApplyProgress {
  readonly phase: ApplyPhase;
  /** Changes finished (any status) over all phases. */
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  readonly startedAt: number;
  readonly now: number;
}

interface ApplyOptions {
  readonly writer: AdminWriter;
  readonly clock: Clock;
  /** Called after each change finishes; the CLI and Action draw progress from it. */
  readonly onProgress?: (progress: ApplyProgress) => void;
  /**
   * Most repos sent in one upsert call. The API documents no limit; a large default keeps the call
   * count near the minimum, and a batch the server rejects for its content is split (in halves,
   * then repo by repo) so that one bad entry cannot fail the rest.
   */
  readonly upsertBatchSize?: number;
  /** Spend-limit calls in flight at once. The client's pacer still spaces their starts to the rate limit. */
  readonly limitConcurrency?: number;
  /**
   * Stops the apply between changes: pass the same signal to the client as `stopWaiting`. Once
   * it aborts, no change starts and what is left is reported skipped, "interrupted".
   */
  readonly signal?: AbortSignal;
}

/** The reason an interrupted apply stopped (the CLI aborts with it on SIGINT/SIGTERM). */
export class InterruptedError extends CursorPolicyError {
  /** What stopped it, e.g. "received SIGTERM". */
  constructor(readonly why: string) {
    super(`interrupted (${why})`, {
      hint: "run apply again to finish: it sends only what is still different",
    });
  }
}

export const DEFAULT_UPSERT_BATCH_SIZE = 500;
export const DEFAULT_LIMIT_CONCURRENCY = 4;

export async function applyPlan(plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  const { clock } = options;
  const startedAt = clock.now();
  const outcomes = new Map<Change, ChangeOutcome>();
  const total = plan.changes.length;
  let failedSoFar = 0;

  const record = (phase: ApplyPhase, outcome: ChangeOutcome): void => {
    outcomes.set(outcome.change, outcome);
    if (outcome.status === "failed") failedSoFar += 1;
    options.onProgress?.({
      phase,
      done: outcomes.size,
      total,
      failed: failedSoFar,
      startedAt,
      now: clock.now(),
    });
  };

  const upserts = plan.changes.filter(isUpsert);
  const limits = plan.changes.filter(isLimitChange);
  const deletes = plan.changes.filter(isDelete);

  await applyUpserts(upserts, options, (outcome) => record("blocklists", outcome));
  await applyLimits(limits, options, (outcome) => record("limits", outcome));

  const upsertFailed = upserts.some((change) => outcomes.get(change)?.status === "failed");
  for (const change of deletes) {
    if (options.signal?.aborted) break;
    if (upsertFailed) {
      record("deletes", {
        change,
        status: "skipped",
        reason:
          "held back because a blocklist upsert failed: protection is never removed while the rest of the blocklist change is incomplete; fix the failure and apply again",
      });
      continue;
    }
    record("deletes", await deleteOne(change, options));
  }

  const notStarted = options.signal?.aborted
    ? `${interruptedBy(options.signal)} before it started; run apply again to finish`
    : "not attempted";
  const ordered = plan.changes.map(
    (change) => outcomes.get(change) ?? { change, status: "skipped" as const, reason: notStarted },
  );
  const stoppedEarly =
    options.signal?.aborted === true &&
    ordered.some((o) => o.status === "skipped" && o.reason?.startsWith("interrupted"));
  return {
    outcomes: ordered,
    ...tally(ordered),
    durationMs: clock.now() - startedAt,
    ...(stoppedEarly ? { interrupted: true } : {}),
  };
}

type BlocklistUpsert = Exclude<BlocklistChange, BlocklistDelete>;

async function applyUpserts(
  changes: readonly BlocklistUpsert[],
  options: ApplyOptions,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  const batchSize = Math.max(1, options.upsertBatchSize ?? DEFAULT_UPSERT_BATCH_SIZE);
  for (let start = 0; start < changes.length; start += batchSize) {
    await upsertPart(changes.slice(start, start + batchSize), options, record);
  }
}

/** A rejected part this small is retried repo by repo: at most this many calls, each with its own error. */
const REPO_BY_REPO_AT = 8;

/**
 * Sends one part of the upserts. When the server refuses it as a whole for its content (a 400),
 * some repo in it is one the server objects to: larger parts are split in halves and each half
 * sent again, small ones repo by repo, so one bad repo among 500 costs about 20 calls instead of
 * 500 (a benchmark measured 501 calls, 26 minutes at 20 calls a minute, before this). Any other
 * failure (auth, network, server errors that outlasted the retries) would fail every part alike,
 * so the whole part is reported failed with that reason and no further call is made.
 */
async function upsertPart(
  part: readonly BlocklistUpsert[],
  options: ApplyOptions,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  if (options.signal?.aborted) return;
  try {
    await options.writer.upsertBlocklists(part.map(toUpsertBody));
    for (const change of part) record({ change, status: "applied" });
    return;
  } catch (error) {
    const cancelled = cancelledWait(error, options.signal);
    if (cancelled) {
      for (const change of part) record({ change, status: "skipped", reason: cancelled });
      return;
    }
    if (part.length === 1 || !(error instanceof ValidationError)) {
      for (const change of part) record(failedOutcome(change, error));
      return;
    }
  }
  if (part.length <= REPO_BY_REPO_AT) {
    for (const change of part) await upsertPart([change], options, record);
    return;
  }
  const middle = Math.ceil(part.length / 2);
  await upsertPart(part.slice(0, middle), options, record);
  await upsertPart(part.slice(middle), options, record);
}

async function applyLimits(
  changes: readonly LimitChange[],
  options: ApplyOptions,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  const queue = [...changes];
  const next = () => (options.signal?.aborted ? undefined : queue.shift());
  const workers = Array.from(
    {
      length: Math.min(
        queue.length,
        Math.max(1, options.limitConcurrency ?? DEFAULT_LIMIT_CONCURRENCY),
      ),
    },
    async () => {
      for (let change = next(); change; change = next()) {
        const target = change;
        record(
          await attempt(target, options.signal, async () => {
            await options.writer.setUserSpendLimit(target.email, target.after);
          }),
        );
      }
    },
  );
  await Promise.all(workers);
}

/**
 * A delete that finds the blocklist already gone (404) is skipped, not failed: the end state it
 * was for — no such blocklist — holds. Two applies started at once showed why: the slower one
 * found the other's deletes done and failed the run although the team matched the policy. A
 * stale plan or wrong entry still shows: the read-back after apply plans again and reports any
 * blocklist that should be gone and is not.
 */
async function deleteOne(change: BlocklistDelete, options: ApplyOptions): Promise<ChangeOutcome> {
  try {
    await options.writer.deleteBlocklist(change.id);
    return { change, status: "applied" };
  } catch (error) {
    if (!(error instanceof NotFoundError))
      return failedOrInterrupted(change, error, options.signal);
    return {
      change,
      status: "skipped",
      reason: `already gone: the API has no blocklist ${change.id} any more (deleted since the plan was made, by another run or by hand)`,
    };
  }
}

async function attempt(
  change: Change,
  signal: AbortSignal | undefined,
  action: () => Promise<void>,
): Promise<ChangeOutcome> {
  try {
    await action();
    return { change, status: "applied" };
  } catch (error) {
    return failedOrInterrupted(change, error, signal);
  }
}

function failedOrInterrupted(
  change: Change,
  error: unknown,
  signal: AbortSignal | undefined,
): ChangeOutcome {
  const cancelled = cancelledWait(error, signal);
  if (cancelled) return { change, status: "skipped", reason: cancelled };
  return failedOutcome(change, error);
}

function failedOutcome(change: Change, error: unknown): ChangeOutcome {
  return {
    change,
    status: "failed",
    reason: describe(error),
    ...(mayHaveTaken(error) ? { answerLost: true } : {}),
  };
}

function mayHaveTaken(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    error instanceof ServerError ||
    error instanceof ProtocolError ||
    error instanceof RateLimitedError
  );
}

/**
 * Settles failures whose answer was lost with the state read back after applying: when the
 * re-plan no longer lists a change for the same resource and key, it took, and it is reported as
 * applied. Any other failure stands: a rejected write did not take, whatever the read-back shows.
 */
export function confirmByReadBack(result: ApplyResult, readBack: Plan): ApplyResult {
  const stillPending = new Set(
    readBack.changes.map((change) => `${change.resource}\u0000${change.key}`),
  );
  const outcomes = result.outcomes.map((outcome): ChangeOutcome => {
    const { change } = outcome;
    if (outcome.status !== "failed" || !outcome.answerLost) return outcome;
    if (stillPending.has(`${change.resource}\u0000${change.key}`)) return outcome;
    return {
      change,
      status: "applied",
      reason: `confirmed by the read-back after apply (the answer was lost: ${outcome.reason ?? "no answer"})`,
    };
  });
  return { ...result, ...tally(outcomes), outcomes };
}

function tally(outcomes: readonly ChangeOutcome[]): {
  applied: number;
  failed: number;
  skipped: number;
} {
  return {
    applied: outcomes.filter((o) => o.status === "applied").length,
    failed: outcomes.filter((o) => o.status === "failed").length,
    skipped: outcomes.filter((o) => o.status === "skipped").length,
  };
}

/** "interrupted (received SIGTERM)": the words every interrupted outcome starts with. */
function interruptedBy(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof InterruptedError ? reason.message : `interrupted (${describe(reason)})`;
}

/**
 * The skip reason when `error` is the client giving up a wait (pacing or a retry's back-off)
 * because `signal` aborted; undefined for any other error. Such a call may have been sent before
 * (a retry was pending), so the reason does not claim it had no effect.
 */
function cancelledWait(error: unknown, signal: AbortSignal | undefined): string | undefined {
  if (!signal?.aborted || error !== signal.reason) return undefined;
  return `${interruptedBy(signal)} while waiting to be sent or retried (an earlier attempt may have taken); run apply again to finish`;
}

function toUpsertBody(change: BlocklistUpsert): { url: string; patterns: readonly string[] } {
  return { url: change.url, patterns: change.after };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isUpsert(change: Change): change is BlocklistUpsert {
  return change.kind === "create" || change.kind === "update";
}

function isLimitChange(change: Change): change is LimitChange {
  return change.kind === "set" || change.kind === "clear";
}

function isDelete(change: Change): change is BlocklistDelete {
  return change.kind === "delete";
}
