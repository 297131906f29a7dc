// Spend limits through the bulk route (POST /teams/user-spend-limits, docs/admin-api.md): up to
// 100 members a call, a result per member. A team without the route (403 while it is a preview,
// 404 on an older API) falls back to the single route for the rest of this run: the call that
// found out gives its changes back unsent (`requeue`), and from then on the writer is the single
// route, so apply sends them again one per call, paced, interruptible and counted like any other
// single write. Nothing is remembered across runs: the next run asks the bulk route again, so a
// team that gains it uses it at once, and a fallback cannot go stale.

import type { AdminWriter } from "../api/client.js";
import type { EndpointId } from "../api/endpoints.js";
import type { BulkSpendLimitOutcome, BulkSpendLimitRow } from "../api/types.js";
import type { LimitChange } from "../model/plan.js";
import { CursorPolicyError } from "../shared/errors.js";
import { type LimitWriteResult, type LimitWriter, singleRouteLimitWriter } from "./limit-writer.js";

/** The bulk route's documented maximum of updates per call. */
const BULK_LIMITS_PER_CALL = 100;

/** A member's row the bulk route answered `failed`: that member only; the rest of the call applied. */
class LimitRowRefusedError extends CursorPolicyError {
  constructor(email: string, reason: string | undefined) {
    super(`the Admin API refused the limit for ${email}: ${reason ?? "no reason given"}`);
  }
}

/**
 * The bulk route's answer did not mention this member: the write may or may not have landed, so
 * the read-back after apply settles it (like a lost answer).
 */
export class LimitRowUnconfirmedError extends CursorPolicyError {
  constructor(email: string) {
    super(
      `the Admin API's answer did not say what became of the limit for ${email}; the read-back after apply checks it`,
    );
  }
}

export function bulkRouteLimitWriter(writer: AdminWriter): LimitWriter {
  const single = singleRouteLimitWriter(writer);
  /** The bulk route answered 403 or 404 in this run: the single route from then on. */
  let fellBack = false;
  return {
    get endpoint(): EndpointId {
      return !fellBack ? "userSpendLimitsBulk" : single.endpoint;
    },
    get perCall(): number {
      return !fellBack ? BULK_LIMITS_PER_CALL : single.perCall;
    },
    async send(changes) {
      if (fellBack) return single.send(changes);
      const updates = changes.map((change) => ({ email: change.email, dollars: change.after }));
      let outcome: BulkSpendLimitOutcome;
      try {
        outcome = await writer.setUserSpendLimits(updates);
      } catch (error) {
        return changes.map(() => ({ ok: false, error }));
      }
      const byEmail = rowsByEmail(outcome.rows);
      if (outcome.kind === "applied") return changes.map((change) => resultOf(change, byEmail));
      fellBack = true;
      const unsent = new Set(outcome.remaining.map((update) => update.email));
      return changes.map((change) =>
        unsent.has(change.email) ? REQUEUE : resultOf(change, byEmail),
      );
    },
  };
}

const REQUEUE = { ok: false, requeue: true } as const;

function rowsByEmail(rows: readonly BulkSpendLimitRow[]): Map<string, BulkSpendLimitRow> {
  return new Map(rows.map((row) => [row.email, row]));
}

function resultOf(
  change: LimitChange,
  rows: ReadonlyMap<string, BulkSpendLimitRow>,
): LimitWriteResult {
  const row = rows.get(change.email);
  switch (row?.status) {
    case "updated":
    case "unchanged":
      return { ok: true };
    case "failed":
      return { ok: false, error: new LimitRowRefusedError(change.email, row.error) };
    case "unconfirmed":
      return { ok: false, error: new LimitRowUnconfirmedError(change.email) };
    case undefined:
      return { ok: false, error: new LimitRowUnconfirmedError(change.email) };
  }
}
