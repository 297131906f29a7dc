#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  ServerError,
  ValidationError
} from "./cli-chunk-RESZX5EK.js";
import {
  CursorPolicyError
} from "./cli-chunk-EKOBLVTJ.js";

// src/apply/apply.ts
function singleRouteLimitWriter(writer) {
  return {
    endpoint: "userSpendLimit",
    perCall: 1,
    async send(changes) {
      const results = [];
      for (const change of changes) {
        try {
          await writer.setUserSpendLimit(change.email, change.after);
          results.push({ ok: true });
        } catch (error) {
          results.push({ ok: false, error });
        }
      }
      return results;
    }
  };
}
var InterruptedError = class extends CursorPolicyError {
  /** What stopped it, e.g. "received SIGTERM". */
  constructor(why) {
    super(`interrupted (${why})`, {
      hint: "run apply again to finish: it sends only what is still different"
    });
    this.why = why;
  }
};
var DEFAULT_UPSERT_BATCH_SIZE = 500;
var DEFAULT_LIMIT_CONCURRENCY = 32;
async function applyPlan(plan, options) {
  const { clock } = options;
  const startedAt = clock.now();
  const outcomes = /* @__PURE__ */ new Map();
  const total = plan.changes.length;
  let failedSoFar = 0;
  const upserts = plan.changes.filter(isUpsert);
  const limits = plan.changes.filter(isLimitChange);
  const deletes = plan.changes.filter(isDelete);
  const limitWriter = options.limitWriter ?? singleRouteLimitWriter(options.writer);
  const batchSize = Math.max(1, options.upsertBatchSize ?? DEFAULT_UPSERT_BATCH_SIZE);
  const perCall = Math.max(1, limitWriter.perCall);
  const limitConcurrency = Math.max(1, options.limitConcurrency ?? DEFAULT_LIMIT_CONCURRENCY);
  const eta = new EtaTracker(clock, options.pacing, [
    {
      phase: "blocklists",
      endpoint: "blocklistsUpsert",
      changes: upserts.length,
      perCall: batchSize,
      concurrency: 1
    },
    {
      phase: "limits",
      endpoint: limitWriter.endpoint,
      changes: limits.length,
      perCall,
      concurrency: limitConcurrency
    },
    {
      phase: "deletes",
      endpoint: "blocklistDelete",
      changes: deletes.length,
      perCall: 1,
      concurrency: 1
    }
  ]);
  const record = (phase, outcome) => {
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
      ...etaMs === void 0 ? {} : { etaMs }
    });
  };
  await applyUpserts(upserts, options, eta, (outcome) => record("blocklists", outcome));
  await applyLimits(
    limits,
    options,
    limitWriter,
    limitConcurrency,
    eta,
    (outcome) => record("limits", outcome)
  );
  const upsertFailed = upserts.some((change) => outcomes.get(change)?.status === "failed");
  if (!upsertFailed) options.pacing?.expect("blocklistDelete", deletes.length);
  for (const change of deletes) {
    if (options.signal?.aborted) break;
    if (upsertFailed) {
      record("deletes", {
        change,
        status: "skipped",
        reason: "held back because a blocklist upsert failed: protection is never removed while the rest of the blocklist change is incomplete; fix the failure and apply again"
      });
      continue;
    }
    record("deletes", await eta.timed(() => deleteOne(change, options)));
  }
  const notStarted = options.signal?.aborted ? `${interruptedBy(options.signal)} before it started; run apply again to finish` : "not attempted";
  const ordered = plan.changes.map(
    (change) => outcomes.get(change) ?? { change, status: "skipped", reason: notStarted }
  );
  const stoppedEarly = options.signal?.aborted === true && ordered.some((o) => o.status === "skipped" && o.reason?.startsWith("interrupted"));
  return {
    outcomes: ordered,
    ...tally(ordered),
    durationMs: clock.now() - startedAt,
    ...stoppedEarly ? { interrupted: true } : {}
  };
}
var EtaTracker = class {
  #clock;
  #pacing;
  #phases;
  #calls = 0;
  #callMs = 0;
  constructor(clock, pacing, phases) {
    this.#clock = clock;
    this.#pacing = pacing;
    this.#phases = phases;
  }
  finished(phase) {
    const work = this.#phases.find((p) => p.phase === phase);
    if (work !== void 0) work.changes = Math.max(0, work.changes - 1);
  }
  /** Runs one call and adds its duration to the measured latency. */
  async timed(call) {
    const started = this.#clock.now();
    try {
      return await call();
    } finally {
      this.#calls += 1;
      this.#callMs += this.#clock.now() - started;
    }
  }
  remainingMs() {
    if (this.#pacing === void 0 || this.#calls === 0) return void 0;
    const latency = this.#callMs / this.#calls;
    let total = 0;
    for (const work of this.#phases) {
      if (work.changes === 0) continue;
      const calls = Math.ceil(work.changes / work.perCall);
      const answering = calls * latency / work.concurrency;
      total += Math.max(this.#pacing.estimateMs(work.endpoint, calls), answering) + latency;
    }
    return Math.round(total);
  }
};
async function applyUpserts(changes, options, eta, record) {
  const batchSize = Math.max(1, options.upsertBatchSize ?? DEFAULT_UPSERT_BATCH_SIZE);
  options.pacing?.expect("blocklistsUpsert", Math.ceil(changes.length / batchSize));
  for (let start = 0; start < changes.length; start += batchSize) {
    await upsertPart(changes.slice(start, start + batchSize), options, eta, record);
  }
}
var REPO_BY_REPO_AT = 8;
async function upsertPart(part, options, eta, record) {
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
async function applyLimits(changes, options, writer, concurrency, eta, record) {
  const perCall = Math.max(1, writer.perCall);
  const calls = [];
  for (let start = 0; start < changes.length; start += perCall) {
    calls.push(changes.slice(start, start + perCall));
  }
  options.pacing?.expect(writer.endpoint, calls.length);
  const next = () => options.signal?.aborted ? void 0 : calls.shift();
  const workers = Array.from({ length: Math.min(calls.length, concurrency) }, async () => {
    for (let call = next(); call; call = next()) {
      const sent = call;
      const results = await eta.timed(() => writer.send(sent));
      sent.forEach((change, index) => {
        const result = results[index];
        if (result?.ok) record({ change, status: "applied" });
        else
          record(
            failedOrInterrupted(
              change,
              result === void 0 ? new Error("the writer gave no result for this change") : result.error,
              options.signal
            )
          );
      });
    }
  });
  await Promise.all(workers);
}
async function deleteOne(change, options) {
  try {
    await options.writer.deleteBlocklist(change.id);
    return { change, status: "applied" };
  } catch (error) {
    if (!(error instanceof NotFoundError))
      return failedOrInterrupted(change, error, options.signal);
    return {
      change,
      status: "skipped",
      reason: `already gone: the API has no blocklist ${change.id} any more (deleted since the plan was made, by another run or by hand)`
    };
  }
}
function failedOrInterrupted(change, error, signal) {
  const cancelled = cancelledWait(error, signal);
  if (cancelled) return { change, status: "skipped", reason: cancelled };
  return failedOutcome(change, error);
}
function failedOutcome(change, error) {
  return {
    change,
    status: "failed",
    reason: describe(error),
    ...mayHaveTaken(error) ? { answerLost: true } : {}
  };
}
function mayHaveTaken(error) {
  return error instanceof NetworkError || error instanceof ServerError || error instanceof ProtocolError || error instanceof RateLimitedError;
}
function confirmByReadBack(result, readBack) {
  const stillPending = new Set(
    readBack.changes.map((change) => `${change.resource}\0${change.key}`)
  );
  const outcomes = result.outcomes.map((outcome) => {
    const { change } = outcome;
    if (outcome.status !== "failed" || !outcome.answerLost) return outcome;
    if (stillPending.has(`${change.resource}\0${change.key}`)) return outcome;
    return {
      change,
      status: "applied",
      reason: `confirmed by the read-back after apply (the answer was lost: ${outcome.reason ?? "no answer"})`
    };
  });
  return { ...result, ...tally(outcomes), outcomes };
}
function tally(outcomes) {
  return {
    applied: outcomes.filter((o) => o.status === "applied").length,
    failed: outcomes.filter((o) => o.status === "failed").length,
    skipped: outcomes.filter((o) => o.status === "skipped").length
  };
}
function interruptedBy(signal) {
  const reason = signal.reason;
  return reason instanceof InterruptedError ? reason.message : `interrupted (${describe(reason)})`;
}
function cancelledWait(error, signal) {
  if (!signal?.aborted || error !== signal.reason) return void 0;
  return `${interruptedBy(signal)} while waiting to be sent or retried (an earlier attempt may have taken); run apply again to finish`;
}
function toUpsertBody(change) {
  return { url: change.url, patterns: change.after };
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
function isUpsert(change) {
  return change.kind === "create" || change.kind === "update";
}
function isLimitChange(change) {
  return change.kind === "set" || change.kind === "clear";
}
function isDelete(change) {
  return change.kind === "delete";
}

export {
  InterruptedError,
  applyPlan,
  confirmByReadBack
};
