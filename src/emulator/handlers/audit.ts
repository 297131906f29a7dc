// GET /teams/audit-logs: every accepted write leaves an event (`user_spend_limit`, `team_repo`).
// Query parameters: startTime, endTime (epoch ms or an ISO date), eventTypes and users
// (comma-separated), search (substring of the event), page, pageSize (1-500).

import { AUDIT_LOG_MAX_RANGE_DAYS } from "../../api/endpoints.js";
import { normalizeEmail } from "../../shared/normalize.js";
import type { AuditEventState } from "../types.js";
import { badRequest, DAY_MS, type HandlerInput, type HandlerOutput, ok, pageOf } from "./common.js";

/** Window when a request names no startTime (undocumented): the 7 days before endTime. */
export const DEFAULT_AUDIT_WINDOW_DAYS = 7;
export const DEFAULT_AUDIT_PAGE_SIZE = 100;
export const MAX_AUDIT_PAGE_SIZE = 500;

function timeParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const text = raw.trim();
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isSafeInteger(value)) {
    throw badRequest(
      `${name} must be epoch milliseconds or an ISO date, got ${JSON.stringify(raw)}`,
    );
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
    event_data: structuredClone(event.event_data),
  };
}

/** The emails an event concerns: its actor, and the member a spend-limit change targeted. */
function emailsOf(event: AuditEventState): string[] {
  const target = event.event_data.target_email;
  return [event.user_email, ...(typeof target === "string" ? [target] : [])].map(normalizeEmail);
}

export function auditLogs({ state, now, query }: HandlerInput): HandlerOutput {
  const endTime = timeParam(query, "endTime") ?? now;
  const startTime = timeParam(query, "startTime") ?? endTime - DEFAULT_AUDIT_WINDOW_DAYS * DAY_MS;
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
    .filter((e) => users.length === 0 || emailsOf(e).some((email) => users.includes(email)))
    .filter((e) => search === "" || JSON.stringify(e).toLowerCase().includes(search))
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
