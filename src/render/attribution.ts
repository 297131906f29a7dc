// "changed by ana@acme.example at 2026-11-30 14:02 UTC via dashboard": who changed a live value,
// from the attribution src/core read from the audit log. The actor is the server's text, so it
// is a data fragment: every output escapes it (Markdown mentions included).
// Nothing here names the search window's times: the drift issue's body must stay the same from
// run to run while the drift does (src/action/sticky.ts compares it).

import type { AttributedChange, Attribution, Change, ChangedBy } from "../model/plan.js";
import { data, type Message } from "./fragments.js";

/** The attribution of `change` in `attribution`, when there is one. */
export function changedByOf(
  attribution: Attribution | undefined,
  change: Change,
): ChangedBy | undefined {
  if (attribution === undefined) return undefined;
  const id = "id" in change ? change.id : undefined;
  return attribution.changes.find((entry) => sameTarget(entry, change, id))?.changedBy;
}

function sameTarget(entry: AttributedChange, change: Change, id: string | undefined): boolean {
  return entry.resource === change.resource && entry.key === change.key && entry.id === id;
}

export function changedByMessage(changedBy: ChangedBy): Message {
  if (changedBy.status === "unknown") {
    return [
      changedBy.reason === "audit-log-unavailable"
        ? "who: unknown (the audit log could not be read)"
        : "who: unknown (no audit-log event of the last 30 days names it)",
    ];
  }
  const parts: Message[] = [
    changedBy.actor === undefined
      ? ["changed by someone the audit log does not name"]
      : ["changed by ", data(changedBy.actor)],
  ];
  if (changedBy.at !== undefined) parts.push([" at ", data(utcMinute(changedBy.at))]);
  if (changedBy.applicationType !== undefined) {
    parts.push([" via ", data(changedBy.applicationType)]);
  }
  return parts.flat();
}

/** "2026-11-30 14:02 UTC" from an ISO date-time; the text as it is when it is not one. */
function utcMinute(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
