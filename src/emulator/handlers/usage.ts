// The report endpoints: POST /teams/daily-usage-data and POST /teams/filtered-usage-events.

import { DAILY_USAGE_MAX_RANGE_DAYS } from "../../api/endpoints.js";
import { normalizeEmail } from "../../shared/normalize.js";
import { describeValue } from "../state-format.js";
import type { UsageEventState } from "../types.js";
import {
  badRequest,
  bodyObject,
  DAY_MS,
  type HandlerInput,
  type HandlerOutput,
  ok,
  optionalEpochMs,
  optionalInteger,
  optionalString,
  pageOf,
  requiredEpochMs,
} from "./common.js";

/** Page size of daily usage when a current-shape request sends `page` without `pageSize`. */
const DEFAULT_DAILY_PAGE_SIZE = 500;

export function dailyUsage({ state, settings, body: rawBody }: HandlerInput): HandlerOutput {
  const body = bodyObject(rawBody);
  const startDate = requiredEpochMs(body, "startDate");
  const endDate = requiredEpochMs(body, "endDate");
  if (endDate < startDate) throw badRequest("endDate must not be before startDate");
  const maxDays = DAILY_USAGE_MAX_RANGE_DAYS[settings.shape];
  if (endDate - startDate > maxDays * DAY_MS) {
    throw badRequest(
      `Date range cannot exceed ${maxDays} days; split longer ranges into several requests`,
    );
  }
  const rows = state.usage.daily
    .filter((row) => row.date >= startDate && row.date <= endDate)
    .sort((a, b) => a.date - b.date || a.email.localeCompare(b.email, "en"));
  const period = { startDate, endDate };
  // Only the newer docs know page/pageSize here; the seeds' version ignores them.
  const page = settings.shape === "current" ? optionalInteger(body, "page", { min: 1 }) : undefined;
  const pageSize =
    settings.shape === "current"
      ? optionalInteger(body, "pageSize", { min: 1, max: 1000 })
      : undefined;
  if (page === undefined && pageSize === undefined) return ok({ data: rows, period });

  const info = pageOf(rows.length, page ?? 1, pageSize ?? DEFAULT_DAILY_PAGE_SIZE);
  return ok({
    data: rows.slice(info.start, info.start + info.pageSize),
    period,
    pagination: paginationOf(info.page, info.pageSize, info.totalPages),
  });
}

function paginationOf(page: number, pageSize: number, numPages: number) {
  return {
    numPages,
    currentPage: page,
    pageSize,
    hasNextPage: page < numPages,
    hasPreviousPage: page > 1,
  };
}

/** Default page sizes of filtered-usage-events: the seeds say 10, newer docs 100. */
const DEFAULT_EVENTS_PAGE_SIZE = { current: 100, legacy: 10 } as const;
const MAX_EVENTS_PAGE_SIZE = 1000;
/** Window when a request names no startDate (undocumented): the last 30 days. */
const DEFAULT_EVENTS_WINDOW_DAYS = 30;

function servedEvent(event: UsageEventState): Record<string, unknown> {
  return {
    // A string of epoch ms, as the docs show: clients must not expect a number.
    timestamp: String(event.timestamp),
    model: event.model,
    kind: event.kind,
    maxMode: event.maxMode,
    requestsCosts: event.requestsCosts,
    isTokenBasedCall: event.isTokenBasedCall,
    ...(event.tokenUsage ? { tokenUsage: { ...event.tokenUsage } } : {}),
    isFreeBugbot: event.isFreeBugbot,
    userEmail: event.userEmail,
  };
}

function readUserId(body: Record<string, unknown>): string | undefined {
  const value = body.userId;
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) {
    return String(value);
  }
  throw badRequest(`userId must be a string or a number, got ${describeValue(value)}`);
}

export function usageEvents({ state, settings, now, body: rawBody }: HandlerInput): HandlerOutput {
  const body = bodyObject(rawBody);
  const endDate = optionalEpochMs(body, "endDate") ?? now;
  const startDate =
    optionalEpochMs(body, "startDate") ??
    Math.max(0, endDate - DEFAULT_EVENTS_WINDOW_DAYS * DAY_MS);
  if (endDate < startDate) throw badRequest("endDate must not be before startDate");
  const email = optionalString(body, "email");
  const userId = readUserId(body);
  const page = optionalInteger(body, "page", { min: 1 }) ?? 1;
  const pageSize =
    optionalInteger(body, "pageSize", { min: 1, max: MAX_EVENTS_PAGE_SIZE }) ??
    DEFAULT_EVENTS_PAGE_SIZE[settings.shape];

  const emailKey = email === undefined ? undefined : normalizeEmail(email);
  // An unknown userId matches no one, rather than being ignored.
  const idOwner = userId === undefined ? undefined : state.members.find((m) => m.id === userId);
  const idEmailKey =
    userId === undefined ? undefined : idOwner ? normalizeEmail(idOwner.email) : null;
  const matching = state.usage.events
    .filter((e) => e.timestamp >= startDate && e.timestamp <= endDate)
    .filter((e) => {
      const key = normalizeEmail(e.userEmail);
      return (
        (emailKey === undefined || key === emailKey) &&
        (idEmailKey === undefined || key === idEmailKey)
      );
    })
    .sort((a, b) => b.timestamp - a.timestamp);
  const info = pageOf(matching.length, page, pageSize);
  return ok({
    totalUsageEventsCount: matching.length,
    pagination: paginationOf(page, pageSize, info.totalPages),
    usageEvents: matching.slice(info.start, info.start + pageSize).map(servedEvent),
    period: { startDate, endDate },
  });
}
