// Makes the live state match a reviewed plan through the write API.
//
// Order (README.md, `apply`; CHANGE_ORDER in src/model/plan.ts): blocklist upserts first, so
// protection is added before anything is removed; then directory groups (created, renamed, their
// limits set) and their memberships, since members are added to a group by its id and the
// effective limits depend on them; then members' own limits; then deletes (groups, then
// blocklists). Upserts are batched into as few calls as the API allows; limits go through a
// LimitWriter (the bulk route, 100 a call, falling back to the single route for the rest of the
// run on a team without it) with several calls in flight, which the client paces to the
// endpoint's rate limit. Apply announces how many calls are coming, so pacing can use a window's
// full limit when that saves a window, and reports an ETA that counts the windows still to wait.
// Every change ends applied, failed or skipped; one failure never hides the others. The client
// retries transient failures itself, so a failure reported here is one retrying did not cure.
//
// Interruption (SIGINT/SIGTERM, through `signal`): no new change starts; a request already sent
// is left to finish (the client is given the same signal as `stopWaiting`, which cancels only
// waits), so its outcome is known; everything not done is reported skipped, "interrupted".
// Every write is idempotent, so running apply again finishes the job.

import type { AdminWriter, PacingControl } from "../api/client.js";
import type { EndpointId } from "../api/endpoints.js";
import {
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  ServerError,
  ValidationError,
} from "../api/errors.js";
import type { ApplyResult, ChangeOutcome } from "../model/outcome.js";
import type {
  BlocklistChange,
  BlocklistDelete,
  Change,
  DirectoryGroupChange,
  DirectoryGroupDelete,
  LimitChange,
  Plan,
} from "../model/plan.js";
import type { Clock } from "../shared/clock.js";
import { CursorPolicyError } from "../shared/errors.js";
import { bulkRouteLimitWriter, LimitRowUnconfirmedError } from "./bulk-limit-writer.js";
import { applyDirectoryGroupWrites, deleteDirectoryGroup } from "./directory-groups.js";
import type { LimitWriter } from "./limit-writer.js";

// The result types are model types, so that render can show them without importing apply.
export type { ApplyResult, ChangeOutcome } from "../model/outcome.js";

export type ApplyPhase = "blocklists" | "directoryGroups" | "limits" | "deletes";

export interface ApplyProgress {
  readonly phase: ApplyPhase;
  /** Changes finished (any status) over all phases. */
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  readonly startedAt: number;
  readonly now: number;
  /**
   * Time left, counting the rate-limit windows pacing still has to wait for and the answers'
   * latency as measured so far; absent before the first answer or without `pacing`.
   */
  readonly etaMs?: number;
}

export { type LimitWriter, singleRouteLimitWriter } from "./limit-writer.js";

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
   * How limits are written; default: the bulk route through `writer`, falling back to the single
   * route for the rest of the run when the team does not have it (bulk-limit-writer.ts).
   */
  readonly limitWriter?: LimitWriter;
  /** The client's pacing: told how many calls are coming, asked for the ETA. */
  readonly pacing?: PacingControl;
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
/** Matches the client's default in-flight limit per endpoint (DEFAULT_MAX_IN_FLIGHT). */
export const DEFAULT_LIMIT_CONCURRENCY = 32;

export async function applyPlan(plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  const { clock } = options;
  const startedAt = clock.now();
  const outcomes = new Map<Change, ChangeOutcome>();
  const total = plan.changes.length;
  let failedSoFar = 0;

  const upserts = plan.changes.filter(isUpsert);
  const groupWrites = plan.changes.filter(isGroupWrite);
  const limits = plan.changes.filter(isLimitChange);
  const groupDeletes = plan.changes.filter(isGroupDelete);
  const deletes = plan.changes.filter(isDelete);
  const limitWriter = options.limitWriter ?? bulkRouteLimitWriter(options.writer);
  const batchSize = Math.max(1, options.upsertBatchSize ?? DEFAULT_UPSERT_BATCH_SIZE);
  const perCall = Math.max(1, limitWriter.perCall);
  const limitConcurrency = Math.max(1, options.limitConcurrency ?? DEFAULT_LIMIT_CONCURRENCY);
  const eta = new EtaTracker(clock, options.pacing, [
    {
      phase: "blocklists",
      endpoint: "blocklistsUpsert",
      changes: upserts.length,
      perCall: batchSize,
      concurrency: 1,
    },
    {
      phase: "directoryGroups",
      endpoint: "directoryGroupUpdate",
      changes: groupWrites.length,
      perCall: 1,
      concurrency: 1,
    },
    {
      phase: "limits",
      endpoint: limitWriter.endpoint,
      changes: limits.length,
      perCall,
      concurrency: limitConcurrency,
    },
    {
      phase: "deletes",
      endpoint: "blocklistDelete",
      changes: groupDeletes.length + deletes.length,
      perCall: 1,
      concurrency: 1,
    },
  ]);

  const record = (phase: ApplyPhase, outcome: ChangeOutcome): void => {
    outcomes.set(outcome.change, outcome);
    if (outcome.status === "failed") failedSoFar += 1;
    eta.finished(phase);
    const etaMs = eta.remainingMs();
    options.onProgress?.({
      phase,
      done: outcomes.size,
      total,
      failed: failedSoFar,
      startedAt,
      now: clock.now(),
      ...(etaMs === undefined ? {} : { etaMs }),
    });
  };

  await applyUpserts(upserts, options, eta, (outcome) => record("blocklists", outcome));
  const groupOptions = {
    writer: options.writer,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    failed: (change: Change, error: unknown) => failedOrInterrupted(change, error, options.signal),
    timed: <T>(call: () => Promise<T>) => eta.timed(call),
  };
  await applyDirectoryGroupWrites(groupWrites, groupOptions, (outcome) =>
    record("directoryGroups", outcome),
  );
  await applyLimits(limits, options, limitWriter, limitConcurrency, eta, (outcome) =>
    record("limits", outcome),
  );

  // Deletes come last and are held back when the writes they depend on failed: a protection or a
  // limit is never removed while what replaces it is incomplete.
  const deleteUnlessHeldBack = async <T extends Change>(
    changes: readonly T[],
    heldBack: string | undefined,
    remove: (change: T) => Promise<ChangeOutcome>,
  ): Promise<void> => {
    for (const change of changes) {
      if (options.signal?.aborted) return;
      record(
        "deletes",
        heldBack === undefined
          ? await remove(change)
          : {
              change,
              status: "skipped",
              reason: `held back because ${heldBack}; fix the failure and apply again`,
            },
      );
    }
  };
  const failedAny = (changes: readonly Change[]) =>
    changes.some((change) => outcomes.get(change)?.status === "failed");

  // A group's members could be left in no group at all (and so without the limit the policy
  // meant) while the groups meant to take over from it are incomplete.
  await deleteUnlessHeldBack(
    groupDeletes,
    failedAny(groupWrites)
      ? "another directory-group change failed: no group is deleted while the groups replacing it are incomplete"
      : undefined,
    (change) => deleteDirectoryGroup(change, groupOptions),
  );
  const upsertFailed = failedAny(upserts);
  if (!upsertFailed) options.pacing?.expect("blocklistDelete", deletes.length);
  await deleteUnlessHeldBack(
    deletes,
    upsertFailed
      ? "a blocklist upsert failed: protection is never removed while the rest of the blocklist change is incomplete"
      : undefined,
    (change) => eta.timed(() => deleteOne(change, options)),
  );

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

interface PhaseWork {
  readonly phase: ApplyPhase;
  readonly endpoint: EndpointId;
  /** Changes not finished yet. */
  changes: number;
  readonly perCall: number;
  readonly concurrency: number;
}

/**
 * The ETA: for each phase still to run, the later of when pacing lets its last call start and
 * when its calls could be answered at the latency measured so far (spread over the calls in
 * flight), plus one answer. A rate-based ETA said "1 minute" for what took 10: it did not know
 * that the first window's burst is followed by waits for the next windows.
 */
class EtaTracker {
  readonly #clock: Clock;
  readonly #pacing: PacingControl | undefined;
  readonly #phases: PhaseWork[];
  #calls = 0;
  #callMs = 0;

  constructor(clock: Clock, pacing: PacingControl | undefined, phases: PhaseWork[]) {
    this.#clock = clock;
    this.#pacing = pacing;
    this.#phases = phases;
  }

  /** The phase's calls now go to `endpoint`, `perCall` changes each (a writer changed route). */
  rerouted(phase: ApplyPhase, endpoint: EndpointId, perCall: number): void {
    const index = this.#phases.findIndex((p) => p.phase === phase);
    const work = this.#phases[index];
    if (work !== undefined) this.#phases[index] = { ...work, endpoint, perCall };
  }

  finished(phase: ApplyPhase): void {
    const work = this.#phases.find((p) => p.phase === phase);
    if (work !== undefined) work.changes = Math.max(0, work.changes - 1);
  }

  /** Runs one call and adds its duration to the measured latency. */
  async timed<T>(call: () => Promise<T>): Promise<T> {
    const started = this.#clock.now();
    try {
      return await call();
    } finally {
      this.#calls += 1;
      this.#callMs += this.#clock.now() - started;
    }
  }

  remainingMs(): number | undefined {
    if (this.#pacing === undefined || this.#calls === 0) return undefined;
    const latency = this.#callMs / this.#calls;
    let total = 0;
    for (const work of this.#phases) {
      if (work.changes === 0) continue;
      const calls = Math.ceil(work.changes / work.perCall);
      const answering = (calls * latency) / work.concurrency;
      total += Math.max(this.#pacing.estimateMs(work.endpoint, calls), answering) + latency;
    }
    return Math.round(total);
  }
}

type BlocklistUpsert = Exclude<BlocklistChange, BlocklistDelete>;

async function applyUpserts(
  changes: readonly BlocklistUpsert[],
  options: ApplyOptions,
  eta: EtaTracker,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  const batchSize = Math.max(1, options.upsertBatchSize ?? DEFAULT_UPSERT_BATCH_SIZE);
  options.pacing?.expect("blocklistsUpsert", Math.ceil(changes.length / batchSize));
  for (let start = 0; start < changes.length; start += batchSize) {
    await upsertPart(changes.slice(start, start + batchSize), options, eta, record);
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
  eta: EtaTracker,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  if (options.signal?.aborted) return;
  try {
    await eta.timed(() => options.writer.upsertBlocklists(part.map(toUpsertBody)));
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
    for (const change of part) await upsertPart([change], options, eta, record);
    return;
  }
  const middle = Math.ceil(part.length / 2);
  await upsertPart(part.slice(0, middle), options, eta, record);
  await upsertPart(part.slice(middle), options, eta, record);
}

/**
 * Sends the limit changes in calls of `writer.perCall`, `concurrency` calls at a time; the
 * client's pacing admits them in order, within the rate limit and its in-flight limit. Writing
 * one at a time capped the rate at one answer's latency: at 300 ms, 196 writes a minute of a
 * 237 budget. Changes a writer gives back unsent (it changed route: the bulk writer falling back
 * to the single route) are sent again in a second round, in plan order, on the new route, whose
 * calls are announced to pacing then.
 */
async function applyLimits(
  changes: readonly LimitChange[],
  options: ApplyOptions,
  writer: LimitWriter,
  concurrency: number,
  eta: EtaTracker,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  const order = new Map(changes.map((change, index) => [change, index]));
  let pending = [...changes];
  let route: EndpointId | undefined;
  while (pending.length > 0 && !options.signal?.aborted) {
    if (route !== undefined && writer.endpoint === route) {
      // Given back without a change of route: nothing would be different a second time.
      for (const change of pending) {
        record(failedOutcome(change, new Error("the limit writer gave this change back unsent")));
      }
      return;
    }
    if (route !== undefined) eta.rerouted("limits", writer.endpoint, writer.perCall);
    route = writer.endpoint;
    const requeued = await limitRound(pending, options, writer, concurrency, eta, record);
    pending = requeued.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
}

/** One round of calls on the writer's current route; returns the changes it gave back unsent. */
async function limitRound(
  changes: readonly LimitChange[],
  options: ApplyOptions,
  writer: LimitWriter,
  concurrency: number,
  eta: EtaTracker,
  record: (outcome: ChangeOutcome) => void,
): Promise<LimitChange[]> {
  const perCall = Math.max(1, writer.perCall);
  const calls: LimitChange[][] = [];
  for (let start = 0; start < changes.length; start += perCall) {
    calls.push(changes.slice(start, start + perCall));
  }
  options.pacing?.expect(writer.endpoint, calls.length);
  const requeued: LimitChange[] = [];
  const next = () => (options.signal?.aborted ? undefined : calls.shift());
  const workers = Array.from({ length: Math.min(calls.length, concurrency) }, async () => {
    for (let call = next(); call; call = next()) {
      const sent = call;
      const results = await eta.timed(() => writer.send(sent));
      sent.forEach((change, index) => {
        const result = results[index];
        if (result?.ok) record({ change, status: "applied" });
        else if (result !== undefined && "requeue" in result) requeued.push(change);
        else
          record(
            failedOrInterrupted(
              change,
              result === undefined
                ? new Error("the writer gave no result for this change")
                : result.error,
              options.signal,
            ),
          );
      });
    }
  });
  await Promise.all(workers);
  return requeued;
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
    error instanceof LimitRowUnconfirmedError ||
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

function isGroupWrite(
  change: Change,
): change is Exclude<DirectoryGroupChange, DirectoryGroupDelete> {
  return (
    change.kind === "group-create" ||
    change.kind === "group-update" ||
    change.kind === "group-members"
  );
}

function isGroupDelete(change: Change): change is DirectoryGroupDelete {
  return change.kind === "group-delete";
}

function isDelete(change: Change): change is BlocklistDelete {
  return change.kind === "delete";
}
