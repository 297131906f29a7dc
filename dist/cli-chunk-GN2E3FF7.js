#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  DirectoryGroupNotFoundError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  RateLimitedError,
  ServerError,
  ValidationError
} from "./cli-chunk-JFXSESHN.js";
import {
  CursorPolicyError
} from "./cli-chunk-SMCOMD7A.js";

// src/apply/limit-writer.ts
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

// src/apply/bulk-limit-writer.ts
var BULK_LIMITS_PER_CALL = 100;
var LimitRowRefusedError = class extends CursorPolicyError {
  constructor(email, reason) {
    super(`the Admin API refused the limit for ${email}: ${reason ?? "no reason given"}`);
  }
};
var LimitRowUnconfirmedError = class extends CursorPolicyError {
  constructor(email) {
    super(
      `the Admin API's answer did not say what became of the limit for ${email}; the read-back after apply checks it`
    );
  }
};
function bulkRouteLimitWriter(writer) {
  const single = singleRouteLimitWriter(writer);
  let fellBack = false;
  return {
    get endpoint() {
      return !fellBack ? "userSpendLimitsBulk" : single.endpoint;
    },
    get perCall() {
      return !fellBack ? BULK_LIMITS_PER_CALL : single.perCall;
    },
    async send(changes) {
      if (fellBack) return single.send(changes);
      const updates = changes.map((change) => ({ email: change.email, dollars: change.after }));
      let outcome;
      try {
        outcome = await writer.setUserSpendLimits(updates);
      } catch (error) {
        return changes.map(() => ({ ok: false, error }));
      }
      const byEmail = rowsByEmail(outcome.rows);
      if (outcome.kind === "applied") return changes.map((change) => resultOf(change, byEmail));
      fellBack = true;
      const unsent = new Set(outcome.remaining.map((update) => update.email));
      return changes.map(
        (change) => unsent.has(change.email) ? REQUEUE : resultOf(change, byEmail)
      );
    }
  };
}
var REQUEUE = { ok: false, requeue: true };
function rowsByEmail(rows) {
  return new Map(rows.map((row) => [row.email, row]));
}
function resultOf(change, rows) {
  const row = rows.get(change.email);
  switch (row?.status) {
    case "updated":
    case "unchanged":
      return { ok: true };
    case "failed":
      return { ok: false, error: new LimitRowRefusedError(change.email, row.error) };
    case "unconfirmed":
      return { ok: false, error: new LimitRowUnconfirmedError(change.email) };
    case void 0:
      return { ok: false, error: new LimitRowUnconfirmedError(change.email) };
  }
}

// src/apply/directory-groups.ts
async function applyDirectoryGroupWrites(changes, options, record) {
  const created = /* @__PURE__ */ new Map();
  const notCreated = /* @__PURE__ */ new Set();
  for (const change of changes) {
    if (options.signal?.aborted) return;
    if (change.kind === "group-members" && change.id === void 0) {
      const id = created.get(change.key);
      if (id === void 0) {
        record({
          change,
          status: "skipped",
          reason: notCreated.has(change.key) ? `held back because creating directory group ${JSON.stringify(change.name)} failed` : `directory group ${JSON.stringify(change.name)} was not created in this run`
        });
        continue;
      }
      record(await attempt(change, options, () => writeMembers(options.writer, id, change)));
      continue;
    }
    const outcome = await attempt(change, options, async () => {
      switch (change.kind) {
        case "group-create": {
          const group = await options.writer.createDirectoryGroup(change.name);
          created.set(change.key, group.id);
          if (change.limit !== null) {
            await options.writer.setDirectoryGroupLimit(group.id, change.limit);
          }
          return;
        }
        case "group-update":
          if (change.renamedFrom !== void 0) {
            await options.writer.renameDirectoryGroup(change.id, change.name);
          }
          if (change.limit !== void 0) {
            if (change.limit.after === null) {
              await options.writer.clearDirectoryGroupLimit(change.id);
            } else {
              await options.writer.setDirectoryGroupLimit(change.id, change.limit.after);
            }
          }
          return;
        case "group-members":
          if (change.id !== void 0) await writeMembers(options.writer, change.id, change);
          return;
      }
    });
    if (change.kind === "group-create" && outcome.status !== "applied") notCreated.add(change.key);
    record(outcome);
  }
}
async function writeMembers(writer, id, change) {
  if (change.remove.length > 0) {
    await writer.removeDirectoryGroupMembers(
      id,
      change.remove.map((member) => member.userId)
    );
  }
  if (change.add.length > 0) {
    await writer.addDirectoryGroupMembers(
      id,
      change.add.map((member) => member.userId)
    );
  }
}
async function deleteDirectoryGroup(change, options) {
  try {
    const result = await options.timed(() => options.writer.deleteDirectoryGroup(change.id));
    return result === "deleted" ? { change, status: "applied" } : { change, status: "applied", reason: "already gone when a retry reached it" };
  } catch (error) {
    if (!(error instanceof DirectoryGroupNotFoundError)) return options.failed(change, error);
    return {
      change,
      status: "skipped",
      reason: `already gone: the API has no directory group ${change.id} any more (deleted since the plan was made, by another run, in the dashboard or by your identity provider)`
    };
  }
}
async function attempt(change, options, write) {
  try {
    await options.timed(write);
    return { change, status: "applied" };
  } catch (error) {
    return options.failed(change, error);
  }
}

// src/apply/apply.ts
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
      concurrency: 1
    },
    {
      phase: "directoryGroups",
      endpoint: "directoryGroupUpdate",
      changes: groupWrites.length,
      perCall: 1,
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
      changes: groupDeletes.length + deletes.length,
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
  const groupOptions = {
    writer: options.writer,
    ...options.signal === void 0 ? {} : { signal: options.signal },
    failed: (change, error) => failedOrInterrupted(change, error, options.signal),
    timed: (call) => eta.timed(call)
  };
  await applyDirectoryGroupWrites(
    groupWrites,
    groupOptions,
    (outcome) => record("directoryGroups", outcome)
  );
  await applyLimits(
    limits,
    options,
    limitWriter,
    limitConcurrency,
    eta,
    (outcome) => record("limits", outcome)
  );
  const deleteUnlessHeldBack = async (changes, heldBack, remove) => {
    for (const change of changes) {
      if (options.signal?.aborted) return;
      record(
        "deletes",
        heldBack === void 0 ? await remove(change) : {
          change,
          status: "skipped",
          reason: `held back because ${heldBack}; fix the failure and apply again`
        }
      );
    }
  };
  const failedAny = (changes) => changes.some((change) => outcomes.get(change)?.status === "failed");
  await deleteUnlessHeldBack(
    groupDeletes,
    failedAny(groupWrites) ? "another directory-group change failed: no group is deleted while the groups replacing it are incomplete" : void 0,
    (change) => deleteDirectoryGroup(change, groupOptions)
  );
  const upsertFailed = failedAny(upserts);
  if (!upsertFailed) options.pacing?.expect("blocklistDelete", deletes.length);
  await deleteUnlessHeldBack(
    deletes,
    upsertFailed ? "a blocklist upsert failed: protection is never removed while the rest of the blocklist change is incomplete" : void 0,
    (change) => eta.timed(() => deleteOne(change, options))
  );
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
  /** The phase's calls now go to `endpoint`, `perCall` changes each (a writer changed route). */
  rerouted(phase, endpoint, perCall) {
    const index = this.#phases.findIndex((p) => p.phase === phase);
    const work = this.#phases[index];
    if (work !== void 0) this.#phases[index] = { ...work, endpoint, perCall };
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
  const order = new Map(changes.map((change, index) => [change, index]));
  let pending = [...changes];
  let route;
  while (pending.length > 0 && !options.signal?.aborted) {
    if (route !== void 0 && writer.endpoint === route) {
      for (const change of pending) {
        record(failedOutcome(change, new Error("the limit writer gave this change back unsent")));
      }
      return;
    }
    if (route !== void 0) eta.rerouted("limits", writer.endpoint, writer.perCall);
    route = writer.endpoint;
    const requeued = await limitRound(pending, options, writer, concurrency, eta, record);
    pending = requeued.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
}
async function limitRound(changes, options, writer, concurrency, eta, record) {
  const perCall = Math.max(1, writer.perCall);
  const calls = [];
  for (let start = 0; start < changes.length; start += perCall) {
    calls.push(changes.slice(start, start + perCall));
  }
  options.pacing?.expect(writer.endpoint, calls.length);
  const requeued = [];
  const next = () => options.signal?.aborted ? void 0 : calls.shift();
  const workers = Array.from({ length: Math.min(calls.length, concurrency) }, async () => {
    for (let call = next(); call; call = next()) {
      const sent = call;
      const results = await eta.timed(() => writer.send(sent));
      sent.forEach((change, index) => {
        const result = results[index];
        if (result?.ok) record({ change, status: "applied" });
        else if (result !== void 0 && "requeue" in result) requeued.push(change);
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
  return requeued;
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
  return error instanceof LimitRowUnconfirmedError || error instanceof NetworkError || error instanceof ServerError || error instanceof ProtocolError || error instanceof RateLimitedError;
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
function isGroupWrite(change) {
  return change.kind === "group-create" || change.kind === "group-update" || change.kind === "group-members";
}
function isGroupDelete(change) {
  return change.kind === "group-delete";
}
function isDelete(change) {
  return change.kind === "delete";
}

export {
  InterruptedError,
  applyPlan,
  confirmByReadBack
};
