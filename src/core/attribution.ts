// Who changed what: for each change of a plan (each drifted member limit, repo blocklist and
// directory group), the audit log's newest event about that object within the API's 30-day
// window, as data on the plan for the renderers ("changed by ana@acme.example at 2026-11-30
// 14:02 UTC"). This is I/O, so it lives here and not in the pure planner.
//
// Bounded and never fatal: one trail is read for the whole plan (src/api/audit-trail.ts: at most
// DEFAULT_AUDIT_MAX_CALLS pages, paced like every call), and a 403, an unreadable answer or an
// event of an unknown shape degrades to "who: unknown" — the plan or drift is reported anyway.

import {
  type Attribution as AuditAttribution,
  type AuditTarget,
  attributeChange,
  readAuditTrail,
} from "../api/audit-trail.js";
import type { AdminReader } from "../api/client.js";
import { AUDIT_LOG_MAX_RANGE_DAYS } from "../api/endpoints.js";
import type { LiveState } from "../model/live.js";
import type { Attribution, Change, ChangedBy, Plan } from "../model/plan.js";
import type { Clock } from "../shared/clock.js";

const DAY_MS = 86_400_000;

interface AttributionOptions {
  readonly clock: Pick<Clock, "now">;
  /** Most audit-log pages to read (default: the client's bound, 10 pages of 500 events). */
  readonly maxCalls?: number;
}

/**
 * The plan with `attribution` for each of its changes; the plan as it is when it has none (then
 * no call is made). The live state supplies member ids, which events may name instead of emails.
 */
export async function attributePlan(
  plan: Plan,
  live: LiveState,
  reader: Pick<AdminReader, "auditLogPage">,
  options: AttributionOptions,
): Promise<Plan> {
  if (plan.changes.length === 0) return plan;
  const endTime = options.clock.now();
  const trail = await readAuditTrail(reader, {
    startTime: endTime - AUDIT_LOG_MAX_RANGE_DAYS * DAY_MS,
    endTime,
    ...(options.maxCalls === undefined ? {} : { maxCalls: options.maxCalls }),
  });
  const ids = new Map(live.members.map((member) => [member.emailKey, member.id]));
  const attribution: Attribution = {
    status: trail.status,
    windowStart: new Date(trail.startTime).toISOString(),
    windowEnd: new Date(trail.endTime).toISOString(),
    calls: trail.calls,
    ...(trail.reason === undefined ? {} : { reason: trail.reason }),
    changes: plan.changes.map((change) => ({
      resource: change.resource,
      key: change.key,
      ...("id" in change ? { id: change.id } : {}),
      changedBy: changedBy(attributeChange(trail, auditTarget(change, ids))),
    })),
  };
  return { ...plan, attribution };
}

/** What the audit log calls the object a change is about. */
function auditTarget(change: Change, ids: ReadonlyMap<string, string | undefined>): AuditTarget {
  switch (change.resource) {
    case "spendLimit": {
      const userId = ids.get(change.key);
      return { kind: "member-limit", email: change.email, ...(userId ? { userId } : {}) };
    }
    case "blocklist":
      return { kind: "repo", url: change.url, ...("id" in change ? { id: change.id } : {}) };
    case "directoryGroup": {
      // The live name: a rename is judged by the group as someone left it. A membership change
      // is the group's own event (it names the group, and the members it moved).
      const liveName =
        change.kind === "group-update" ? (change.renamedFrom ?? change.name) : change.name;
      const id = "id" in change ? change.id : undefined;
      return { kind: "group", name: liveName, ...(id === undefined ? {} : { id }) };
    }
  }
}

function changedBy(found: AuditAttribution): ChangedBy {
  if (found.status === "unknown") {
    return { status: "unknown", reason: found.reason, detail: found.detail };
  }
  return {
    status: "found",
    ...(found.actor === undefined ? {} : { actor: found.actor }),
    ...(found.at === undefined || !isDateTime(found.at)
      ? {}
      : { at: new Date(found.at).toISOString() }),
    ...(found.eventType === undefined ? {} : { eventType: found.eventType }),
    ...(found.applicationType === undefined ? {} : { applicationType: found.applicationType }),
  };
}

/** A time a Date can hold (±8.64e15 ms): a hostile timestamp must not make toISOString throw. */
function isDateTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}
