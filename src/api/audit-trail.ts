// Who changed what, and when: reads the audit log for attribution and finds the event behind a
// drifted member limit, directory group or repo blocklist (docs/emulator.md, "Audit logs").
//
// The reader is bounded (at most `maxCalls` pages, inside the API's 30-day window) and never
// throws an API failure: a 403, an unreadable answer or a network failure makes the trail
// "unavailable" (or "partial" once some pages were read), so a plan never fails because of the
// audit log. The per-type shape of `event_data` is undocumented, so events are matched to their
// target by looking for the member's email, the group's id or name, or the repo's URL among
// the string values of `event_data`, however deep (within reason).

import { normalizeEmail, normalizeRepoUrl } from "../shared/normalize.js";
import type { AdminReader } from "./client.js";
import { AUDIT_LOG_MAX_RANGE_DAYS } from "./endpoints.js";
import { ApiError } from "./errors.js";
import type { AuditEvent, JsonValue } from "./types.js";

const DAY_MS = 86_400_000;
/** Default bound on calls: 10 pages of 500 is the 5,000 newest events of the window. */
const DEFAULT_AUDIT_MAX_CALLS = 10;
const AUDIT_TRAIL_PAGE_SIZE = 500;

interface AuditTrailOptions {
  /** Epoch ms. A window longer than the API's 30 days keeps its last 30 days. */
  readonly startTime: number;
  /** Epoch ms. */
  readonly endTime: number;
  /** Most pages to read; default DEFAULT_AUDIT_MAX_CALLS. */
  readonly maxCalls?: number;
  /** 1-500; default 500. */
  readonly pageSize?: number;
}

/**
 * The events read, and how complete they are:
 * - `complete`: every event of the window;
 * - `partial`: the first pages only (the call bound was reached, or a later page failed):
 *   an item with no matching event may still have one;
 * - `unavailable`: nothing could be read (`reason` says why: a 403, an unreadable answer...).
 */
interface AuditTrail {
  readonly status: "complete" | "partial" | "unavailable";
  readonly events: readonly AuditEvent[];
  /** Pages requested (retries of one page count once). */
  readonly calls: number;
  /** The window actually read, epoch ms. */
  readonly startTime: number;
  readonly endTime: number;
  /** Why the trail is partial or unavailable. */
  readonly reason?: string;
}

export async function readAuditTrail(
  reader: Pick<AdminReader, "auditLogPage">,
  options: AuditTrailOptions,
): Promise<AuditTrail> {
  const endTime = options.endTime;
  const startTime = Math.max(options.startTime, endTime - AUDIT_LOG_MAX_RANGE_DAYS * DAY_MS);
  const maxCalls = Math.max(1, Math.floor(options.maxCalls ?? DEFAULT_AUDIT_MAX_CALLS));
  const pageSize = Math.min(
    500,
    Math.max(1, Math.floor(options.pageSize ?? AUDIT_TRAIL_PAGE_SIZE)),
  );
  const window = { startTime, endTime };
  if (startTime > endTime) return { status: "complete", events: [], calls: 0, ...window };

  const events: AuditEvent[] = [];
  for (let page = 1; page <= maxCalls; page++) {
    let answer: Awaited<ReturnType<AdminReader["auditLogPage"]>>;
    try {
      answer = await reader.auditLogPage({ startTime, endTime, page, pageSize });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const reason = unavailableReason(error);
      return page === 1
        ? { status: "unavailable", events: [], calls: page, ...window, reason }
        : { status: "partial", events, calls: page, ...window, reason };
    }
    // A page longer than asked for is cut: the trail holds at most maxCalls x pageSize events.
    events.push(...answer.events.slice(0, pageSize));
    const more =
      answer.hasNextPage ??
      (answer.totalPages !== undefined
        ? page < answer.totalPages
        : answer.events.length >= pageSize);
    if (!more || answer.events.length === 0) {
      return { status: "complete", events, calls: page, ...window };
    }
  }
  return {
    status: "partial",
    events,
    calls: maxCalls,
    ...window,
    reason: `read the first ${maxCalls} pages of ${pageSize} events only`,
  };
}

function unavailableReason(error: ApiError): string {
  if (error.status === 401 || error.status === 403) {
    return `the API key may not read the audit log (${error.status}${error.apiMessage ? `: ${error.apiMessage}` : ""})`;
  }
  if (error.status === 404) return "this API has no audit log (404)";
  return error.message;
}

/** What changed, to find the event that changed it. */
export type AuditTarget =
  /** A member's per-user limit. `userId` helps when an event names the member by id only. */
  | { readonly kind: "member-limit"; readonly email: string; readonly userId?: string }
  /** A directory group itself (its limit, its name, its existence). */
  | { readonly kind: "group"; readonly id?: string; readonly name?: string }
  /** A member joining or leaving a group: the event must name both. */
  | {
      readonly kind: "group-member";
      readonly group: { readonly id?: string; readonly name?: string };
      readonly email: string;
      readonly userId?: string;
    }
  /** A repo blocklist, by URL (compared normalised) or id. */
  | { readonly kind: "repo"; readonly url: string; readonly id?: string }
  /** A team-wide setting (the team limit): events of type `team_settings`. */
  | { readonly kind: "team-settings" };

/**
 * Who made the change and when, or why that is unknown. `found` may still lack the actor or the
 * time when the event did not carry them.
 */
export type Attribution =
  | {
      readonly status: "found";
      /** `user_email`: who acted (an admin's email, or e.g. `api-key:<name>`). */
      readonly actor?: string;
      /** Epoch ms. */
      readonly at?: number;
      readonly eventType?: string;
      readonly applicationType?: string;
      readonly eventId?: string;
    }
  | {
      readonly status: "unknown";
      /**
       * `audit-log-unavailable`: nothing could be read; `not-found`: no event of the window
       * names the target (if the trail was partial, an older one may).
       */
      readonly reason: "audit-log-unavailable" | "not-found";
      readonly detail: string;
    };

/** Event types that fit a target best: when several events name it, these win (newest first). */
const PREFERRED_TYPES: Readonly<Record<AuditTarget["kind"], RegExp>> = {
  "member-limit": /^user_spend_limit$/,
  group: /group/,
  "group-member": /group/,
  repo: /^team_repo$/,
  "team-settings": /^team_settings$/,
};

/**
 * Event types known to be about something else: never the cause, even when they name the
 * target (a group event names its members, but does not change their own limits). Events of
 * types not listed anywhere (the list of types is not complete) still count.
 */
const OTHER_TYPES: Readonly<Record<AuditTarget["kind"], RegExp>> = {
  "member-limit": /group|^team_repo$|^team_settings$/,
  group: /^user_spend_limit$|^team_repo$|^team_settings$/,
  "group-member": /^user_spend_limit$|^team_repo$|^team_settings$/,
  repo: /^user_spend_limit$|group|^team_settings$/,
  "team-settings": /(?!)/,
};

/**
 * The newest event of `trail` about `target`: among the events that name it and are not of a
 * type known to be about something else, those of the type that fits the target best win.
 */
export function attributeChange(trail: AuditTrail, target: AuditTarget): Attribution {
  if (trail.status === "unavailable") {
    return {
      status: "unknown",
      reason: "audit-log-unavailable",
      detail: trail.reason ?? "the audit log could not be read",
    };
  }
  const matches = preparedEvents(trail).filter(
    (event) => !OTHER_TYPES[target.kind].test(event.type) && mentions(event, target),
  );
  const preferred = matches.filter((event) => PREFERRED_TYPES[target.kind].test(event.type));
  const best = newest(preferred.length > 0 ? preferred : matches);
  if (best === undefined) {
    const partial =
      trail.status === "partial" ? ` (${trail.reason ?? "the audit log was read in part"})` : "";
    return {
      status: "unknown",
      reason: "not-found",
      detail: `no audit-log event between ${new Date(trail.startTime).toISOString()} and ${new Date(trail.endTime).toISOString()} names it${partial}`,
    };
  }
  const { event } = best;
  return {
    status: "found",
    ...(event.userEmail === undefined ? {} : { actor: event.userEmail }),
    ...(event.timestamp === undefined ? {} : { at: event.timestamp }),
    ...(event.type === undefined ? {} : { eventType: event.type }),
    ...(event.applicationType === undefined ? {} : { applicationType: event.applicationType }),
    ...(event.id === undefined ? {} : { eventId: event.id }),
  };
}

interface PreparedEvent {
  readonly event: AuditEvent;
  readonly type: string;
  /** Every string value of event_data, trimmed and lower-cased. */
  readonly values: ReadonlySet<string>;
  /** The same values read as repo URLs, normalised. */
  readonly repoUrls: ReadonlySet<string>;
}

const prepared = new WeakMap<AuditTrail, readonly PreparedEvent[]>();

/** Each event's string values, computed once per trail (many targets are looked up in one). */
function preparedEvents(trail: AuditTrail): readonly PreparedEvent[] {
  let events = prepared.get(trail);
  if (events === undefined) {
    events = trail.events.map((event) => {
      const strings = stringValues(event.data);
      const repoUrls = new Set<string>();
      for (const value of strings) {
        const url = normalizeRepoUrl(value);
        if (url !== undefined) repoUrls.add(url);
      }
      return {
        event,
        type: event.type ?? "",
        values: new Set(strings.map((value) => value.trim().toLowerCase())),
        repoUrls,
      };
    });
    prepared.set(trail, events);
  }
  return events;
}

/** Deepest nesting and most strings looked at per event: bounds on a hostile answer. */
const MAX_DEPTH = 8;
const MAX_STRINGS = 500;

function stringValues(data: JsonValue | undefined): string[] {
  const found: string[] = [];
  const walk = (value: JsonValue | undefined, depth: number): void => {
    if (found.length >= MAX_STRINGS || depth > MAX_DEPTH || value === undefined || value === null) {
      return;
    }
    if (typeof value === "string") found.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (typeof value === "object")
      for (const item of Object.values(value)) walk(item, depth + 1);
  };
  walk(data, 0);
  return found;
}

function mentionsMember(event: PreparedEvent, email: string, userId?: string): boolean {
  return (
    event.values.has(normalizeEmail(email)) ||
    (userId !== undefined && event.values.has(userId.trim().toLowerCase()))
  );
}

function mentionsGroup(event: PreparedEvent, group: { id?: string; name?: string }): boolean {
  return (
    (group.id !== undefined && event.values.has(group.id.trim().toLowerCase())) ||
    (group.name !== undefined && event.values.has(group.name.trim().toLowerCase()))
  );
}

function mentions(event: PreparedEvent, target: AuditTarget): boolean {
  switch (target.kind) {
    case "member-limit":
      return mentionsMember(event, target.email, target.userId);
    case "group":
      return mentionsGroup(event, target);
    case "group-member":
      return (
        mentionsGroup(event, target.group) && mentionsMember(event, target.email, target.userId)
      );
    case "repo": {
      const url = normalizeRepoUrl(target.url);
      return (
        (url !== undefined && event.repoUrls.has(url)) ||
        event.values.has(target.url.trim().toLowerCase()) ||
        (target.id !== undefined && event.values.has(target.id.trim().toLowerCase()))
      );
    }
    case "team-settings":
      return event.type === "team_settings";
  }
}

/** The event with the latest timestamp; events without one count as oldest. */
function newest(events: readonly PreparedEvent[]): PreparedEvent | undefined {
  let best: PreparedEvent | undefined;
  for (const event of events) {
    if (best === undefined || (event.event.timestamp ?? -1) > (best.event.timestamp ?? -1)) {
      best = event;
    }
  }
  return best;
}
