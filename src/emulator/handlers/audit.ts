// GET /teams/audit-logs: every accepted write leaves an event (`user_spend_limit`, `team_repo`,
// `team_directory_group`, `team_settings`). Query parameters: startTime, endTime (every
// documented format, see parseAuditTime), eventTypes and users (comma-separated; `users` is who
// acted), search (a substring of the event's data), page, pageSize (1-500).

import { AUDIT_LOG_MAX_RANGE_DAYS } from "../../api/endpoints.js";
import { normalizeEmail } from "../../shared/normalize.js";
import type { AuditEventState } from "../types.js";
import {
  badRequest,
  DAY_MS,
  type HandlerInput,
  type HandlerOutput,
  ok,
  pageOf,
  RequestError,
} from "./common.js";

/** Window when a request names no startTime (undocumented): the 7 days before endTime. */
const DEFAULT_AUDIT_WINDOW_DAYS = 7;
const DEFAULT_AUDIT_PAGE_SIZE = 100;
const MAX_AUDIT_PAGE_SIZE = 500;

const UNIT_MS: Readonly<Record<string, number>> = { d: DAY_MS, h: 3_600_000, s: 1_000 };
/**
 * A number of digits below this is unix seconds, from it on milliseconds: 1e11 seconds is the
 * year 5138, 1e11 ms is March 1973, so no date either side cares about is ambiguous.
 */
const SECONDS_BELOW = 1e11;

const FORMATS =
  "now, today, yesterday, a relative time such as 7d, 5h or 300s, an ISO 8601 date-time, YYYY-MM-DD, or unix seconds or milliseconds";

/**
 * One `startTime` / `endTime` value as the docs list them, to epoch ms (UTC):
 * `now`; `today` / `yesterday` (midnight UTC starting that day); `<n>d`, `<n>h`, `<n>s` (that long
 * before now); an ISO 8601 date-time (`2026-11-30T14:02:00Z`, an offset, or none = UTC);
 * `YYYY-MM-DD` (midnight UTC); a whole number: unix seconds below 1e11, else milliseconds.
 * Undefined for anything else.
 */
function parseAuditTime(text: string, now: number): number | undefined {
  const value = text.trim().toLowerCase();
  if (value === "now") return now;
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  if (value === "today") return today;
  if (value === "yesterday") return today - DAY_MS;
  const relative = /^(\d+)([dhs])$/.exec(value);
  if (relative?.[1] !== undefined && relative[2] !== undefined) {
    return now - Number(relative[1]) * (UNIT_MS[relative[2]] ?? 0);
  }
  if (/^\d+$/.test(value)) {
    const number = Number(value);
    if (!Number.isSafeInteger(number)) return undefined;
    return number < SECONDS_BELOW ? number * 1000 : number;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const at = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    // Date.UTC rolls 2026-02-31 over into March: a date that does not exist is refused.
    return new Date(at).toISOString().startsWith(value) ? at : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}/.test(value)) {
    const iso = /(z|[+-]\d{2}:?\d{2})$/.test(value) ? text.trim() : `${text.trim()}Z`;
    const at = Date.parse(iso);
    return Number.isFinite(at) ? at : undefined;
  }
  return undefined;
}

function timeParam(query: URLSearchParams, name: string, now: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const value = parseAuditTime(raw, now);
  if (value === undefined) {
    throw badRequest(`${name} must be one of: ${FORMATS}; got ${JSON.stringify(raw)}`);
  }
  return value;
}

function integerParam(
  query: URLSearchParams,
  name: string,
  range: { min: number; max: number },
): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw badRequest(
      `${name} must be a whole number between ${range.min} and ${range.max}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function servedEvent(event: AuditEventState): Record<string, unknown> {
  return {
    event_id: event.event_id,
    timestamp: new Date(event.timestamp).toISOString(),
    ip_address: event.ip_address ?? null,
    user_email: event.user_email,
    event_type: event.event_type,
    application_type: event.application_type ?? null,
    event_data: structuredClone(event.event_data),
  };
}

export function auditLogs({ state, now, query }: HandlerInput): HandlerOutput {
  if (state.features?.auditLog === false) {
    throw new RequestError(403, {
      error: "Forbidden",
      message: "Audit logs are not available on this team's plan (Enterprise access required)",
    });
  }
  const endTime = timeParam(query, "endTime", now) ?? now;
  const startTime =
    timeParam(query, "startTime", now) ?? endTime - DEFAULT_AUDIT_WINDOW_DAYS * DAY_MS;
  if (endTime < startTime) throw badRequest("endTime must not be before startTime");
  if (endTime - startTime > AUDIT_LOG_MAX_RANGE_DAYS * DAY_MS) {
    throw badRequest(`Date range cannot exceed ${AUDIT_LOG_MAX_RANGE_DAYS} days`);
  }
  const eventTypes = listParam(query, "eventTypes");
  const users = listParam(query, "users").map(normalizeEmail);
  const search = query.get("search")?.trim().toLowerCase() ?? "";
  const page = integerParam(query, "page", { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
  const pageSize =
    integerParam(query, "pageSize", { min: 1, max: MAX_AUDIT_PAGE_SIZE }) ??
    DEFAULT_AUDIT_PAGE_SIZE;

  const matching = state.auditLog
    .filter((e) => e.timestamp >= startTime && e.timestamp <= endTime)
    .filter((e) => eventTypes.length === 0 || eventTypes.includes(e.event_type))
    // `users` selects by who acted, not by whom the change was about (use `search` for that).
    .filter((e) => users.length === 0 || users.includes(normalizeEmail(e.user_email)))
    .filter((e) => search === "" || JSON.stringify(e.event_data).toLowerCase().includes(search))
    .sort((a, b) => b.timestamp - a.timestamp || b.event_id.localeCompare(a.event_id));
  const info = pageOf(matching.length, page, pageSize);
  return ok({
    events: matching.slice(info.start, info.start + pageSize).map(servedEvent),
    pagination: {
      page,
      pageSize,
      totalCount: matching.length,
      totalPages: info.totalPages,
      hasNextPage: page < info.totalPages,
      hasPreviousPage: page > 1,
    },
    params: {
      startTime: new Date(startTime).toISOString(),
      endTime: new Date(endTime).toISOString(),
      ...(eventTypes.length > 0 ? { eventTypes } : {}),
      ...(users.length > 0 ? { users } : {}),
      ...(search !== "" ? { search } : {}),
      page,
      pageSize,
    },
  });
}
