// One parser per response body, accepting every shape the contract allows (docs/emulator.md
// describes them): string or number ids, role spellings, both generations of limit fields (and
// the `hardLimitOverrideUSDR` typo), fractional cents, string timestamps, optional fields.
// Anything else is a ShapeError naming the field path; extra fields are ignored. Strict where
// the contract is firm; tolerant where it says the shape is unknown (audit-log event data).

import { normalizeRole } from "../shared/normalize.js";
import { At, body, type Fields, ShapeError } from "./response-reader.js";
import type {
  ApiBlocklist,
  ApiDirectoryGroup,
  ApiDirectoryGroupMember,
  ApiMember,
  AuditEvent,
  AuditLogEntry,
  AuditLogPage,
  BulkRowStatus,
  DailyUsageRow,
  SpendLimitResult,
  SpendPage,
  SpendRow,
  TokenUsage,
  UsageEvent,
} from "./types.js";
import { DAILY_USAGE_COUNTERS } from "./types.js";

/** What a paged response says about the pages after it (spellings differ per endpoint). */
export interface PageInfo {
  readonly totalPages?: number;
  readonly currentPage?: number;
  readonly hasNextPage?: boolean;
}

function nonEmptyString(at: At, what: string): string {
  const text = at.string();
  if (text.trim() === "") at.fail(what);
  return text;
}

// ---- GET /teams/members ----------------------------------------------------------------

export function parseMembers(value: unknown): ApiMember[] {
  return body(value).object().array("teamMembers", member);
}

function member(at: At): ApiMember {
  const fields = at.object();
  return {
    name: fields.optionalString("name") ?? "",
    email: nonEmptyString(fields.at("email"), "a non-empty email"),
    role: normalizeRole(fields.string("role")),
    id: fields.optionalId("id"),
    isRemoved: fields.optionalBoolean("isRemoved") ?? false,
  };
}

// ---- POST /teams/spend -----------------------------------------------------------------

export function parseSpendPage(value: unknown): SpendPage {
  const fields = body(value).object();
  return {
    rows: fields.array("teamMemberSpend", spendRow),
    cycleStart: fields.has("subscriptionCycleStart")
      ? fields.at("subscriptionCycleStart").timestamp()
      : undefined,
    totalMembers: fields.optionalNumber("totalMembers"),
    totalPages: fields.optionalNumber("totalPages"),
  };
}

/** The legacy limit field, and the German docs' misspelling of it that real copies carry. */
const LEGACY_LIMIT_FIELDS = ["hardLimitOverrideDollars", "hardLimitOverrideUSDR"] as const;

function spendRow(at: At): SpendRow {
  const fields = at.object();
  const legacyField = fields.firstPresent(...LEGACY_LIMIT_FIELDS);
  return {
    name: fields.optionalString("name") ?? "",
    email: nonEmptyString(fields.at("email"), "a non-empty email"),
    role: normalizeRole(fields.optionalString("role") ?? ""),
    userId: fields.optionalId("userId"),
    spendCents: fields.number("spendCents"),
    overallSpendCents: fields.optionalNumber("overallSpendCents"),
    fastPremiumRequests: fields.optionalNumber("fastPremiumRequests"),
    monthlyLimitDollars: fields.nullableNumber("monthlyLimitDollars"),
    hardLimitOverrideDollars:
      legacyField === undefined ? undefined : fields.nullableNumber(legacyField),
    effectivePerUserLimitDollars: fields.nullableNumber("effectivePerUserLimitDollars"),
  };
}

// ---- Repo blocklists (list and upsert answer alike) -------------------------------------

export function parseBlocklists(value: unknown): ApiBlocklist[] {
  return body(value).object().array("repos", blocklist);
}

function blocklist(at: At): ApiBlocklist {
  const fields = at.object();
  return {
    id: fields.at("id").id(),
    url: nonEmptyString(fields.at("url"), "a non-empty repository URL"),
    patterns: fields.array("patterns", (pattern) => pattern.string()),
  };
}

// ---- POST /teams/user-spend-limit --------------------------------------------------------

export function parseSpendLimitResult(value: unknown): SpendLimitResult {
  const fields = body(value).object();
  const outcome = fields.string("outcome");
  // http.ts already turned any other outcome into an error; this guards the parser on its own.
  if (outcome !== "success") fields.at("outcome").fail('"success"');
  return { message: fields.optionalString("message") ?? "" };
}

// ---- POST /teams/daily-usage-data ---------------------------------------------------------

export function parseDailyUsage(value: unknown): { rows: DailyUsageRow[]; pages: PageInfo } {
  const fields = body(value).object();
  return { rows: fields.array("data", dailyUsageRow), pages: pageInfo(fields) };
}

function dailyUsageRow(at: At): DailyUsageRow {
  const fields = at.object();
  const counters: Partial<Record<(typeof DAILY_USAGE_COUNTERS)[number], number>> = {};
  for (const name of DAILY_USAGE_COUNTERS) {
    const count = fields.optionalNumber(name);
    if (count !== undefined) counters[name] = count;
  }
  return {
    date: fields.at("date").timestamp(),
    email: fields.optionalString("email"),
    isActive: fields.optionalBoolean("isActive"),
    mostUsedModel: fields.optionalString("mostUsedModel"),
    applyMostUsedExtension: fields.optionalString("applyMostUsedExtension"),
    tabMostUsedExtension: fields.optionalString("tabMostUsedExtension"),
    clientVersion: fields.optionalString("clientVersion"),
    counters,
  };
}

// ---- POST /teams/filtered-usage-events ---------------------------------------------------

export function parseUsageEvents(value: unknown): { events: UsageEvent[]; pages: PageInfo } {
  const fields = body(value).object();
  return { events: fields.array("usageEvents", usageEvent), pages: pageInfo(fields) };
}

function usageEvent(at: At): UsageEvent {
  const fields = at.object();
  const tokens = fields.optionalObject("tokenUsage");
  return {
    timestamp: fields.at("timestamp").timestamp(),
    userEmail: fields.optionalString("userEmail"),
    model: fields.optionalString("model"),
    kind: fields.optionalString("kind"),
    maxMode: fields.optionalBoolean("maxMode"),
    requestsCosts: fields.optionalNumber("requestsCosts"),
    isTokenBasedCall: fields.optionalBoolean("isTokenBasedCall"),
    isFreeBugbot: fields.optionalBoolean("isFreeBugbot"),
    tokenUsage: tokens === undefined ? undefined : tokenUsage(tokens),
  };
}

function tokenUsage(fields: Fields): TokenUsage {
  return {
    inputTokens: fields.optionalNumber("inputTokens"),
    outputTokens: fields.optionalNumber("outputTokens"),
    cacheWriteTokens: fields.optionalNumber("cacheWriteTokens"),
    cacheReadTokens: fields.optionalNumber("cacheReadTokens"),
    totalCents: fields.optionalNumber("totalCents"),
  };
}

// ---- GET /teams/audit-logs -----------------------------------------------------------------

/** The list's name is not settled by the docs: the first of these that is present is read. */
const AUDIT_LOG_LIST_FIELDS = ["events", "auditLogs", "auditLogEvents", "logs", "data"] as const;

export function parseAuditLogs(value: unknown): { entries: AuditLogEntry[]; pages: PageInfo } {
  const fields = body(value).object();
  const list = fields.firstPresent(...AUDIT_LOG_LIST_FIELDS);
  if (list === undefined) {
    throw new ShapeError("", `expected a list of events in one of: ${AUDIT_LOG_LIST_FIELDS}`);
  }
  return { entries: fields.array(list, auditLogEntry), pages: pageInfo(fields) };
}

/** Audit logs are snake_case in the docs; camelCase is accepted too. */
function auditLogEntry(at: At): AuditLogEntry {
  const fields = at.object();
  const read = (...keys: string[]) => fields.firstPresent(...keys) ?? keys[0] ?? "";
  const data = fields.firstPresent("event_data", "eventData", "details");
  return {
    id: fields.optionalId(read("event_id", "eventId", "id")),
    type: fields.string(read("event_type", "eventType", "type")),
    timestamp: fields.at(read("timestamp", "created_at", "createdAt")).timestamp(),
    userEmail: fields.optionalString(read("user_email", "userEmail")),
    ipAddress: fields.optionalString(read("ip_address", "ipAddress")),
    applicationType: fields.optionalString(read("application_type", "applicationType")),
    data: data === undefined ? undefined : fields.at(data).json(),
  };
}

/**
 * A page of the audit log for attribution, read tolerantly: the list must be there (else the
 * answer is not an audit log at all), but each event's fields are taken only when they have the
 * expected type, and an event that is not even an object is skipped. The per-type shape of
 * `event_data` is undocumented, so an unexpected event must never fail a plan.
 */
export function parseAuditLogPage(value: unknown): AuditLogPage {
  const fields = body(value).object();
  const list = fields.firstPresent(...AUDIT_LOG_LIST_FIELDS);
  if (list === undefined) {
    throw new ShapeError("", `expected a list of events in one of: ${AUDIT_LOG_LIST_FIELDS}`);
  }
  const raw = fields.at(list);
  const items = raw.value;
  if (!Array.isArray(items)) return raw.fail("an array of events");
  const events = items.flatMap((item: unknown, index) => {
    const event = tolerantAuditEvent(new At(item, `${list}[${index}]`));
    return event === undefined ? [] : [event];
  });
  const pages: PageInfo = tolerant(() => pageInfo(fields)) ?? {};
  return {
    events,
    hasNextPage: pages.hasNextPage,
    totalPages: pages.totalPages,
    totalCount: tolerant(() => fields.optionalObject("pagination")?.optionalNumber("totalCount")),
  };
}

/** The value `read` returns, or undefined when it does not have the expected shape. */
function tolerant<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof ShapeError) return undefined;
    throw error;
  }
}

function tolerantAuditEvent(at: At): AuditEvent | undefined {
  const fields = tolerant(() => at.object());
  if (fields === undefined) return undefined;
  const text = (...keys: string[]) => {
    const key = fields.firstPresent(...keys);
    return key === undefined ? undefined : tolerant(() => fields.optionalString(key));
  };
  const idKey = fields.firstPresent("event_id", "eventId", "id");
  const timeKey = fields.firstPresent("timestamp", "created_at", "createdAt");
  const dataKey = fields.firstPresent("event_data", "eventData", "details");
  const event: AuditEvent = {
    id: idKey === undefined ? undefined : tolerant(() => fields.optionalId(idKey)),
    type: text("event_type", "eventType", "type"),
    timestamp: timeKey === undefined ? undefined : tolerant(() => fields.at(timeKey).timestamp()),
    userEmail: text("user_email", "userEmail"),
    ipAddress: text("ip_address", "ipAddress"),
    applicationType: text("application_type", "applicationType"),
    data: dataKey === undefined ? undefined : tolerant(() => fields.at(dataKey).json()),
  };
  return event;
}

// ---- Directory groups ------------------------------------------------------------------------

export function parseDirectoryGroupsPage(value: unknown): {
  groups: ApiDirectoryGroup[];
  pages: PageInfo;
} {
  const fields = body(value).object();
  return {
    groups: fields.array("groups", (at) => directoryGroup(at.object())),
    pages: pageInfo(fields),
  };
}

/**
 * `{"group": {...}}` (the documented answer of get, create and update); a bare group object
 * (with an `id`) is accepted too, as some integrations show it.
 */
export function parseDirectoryGroup(value: unknown): ApiDirectoryGroup {
  const fields = body(value).object();
  return directoryGroup(fields.has("group") ? fields.object("group") : fields);
}

function directoryGroup(fields: Fields): ApiDirectoryGroup {
  return {
    id: fields.at("id").id(),
    name: nonEmptyString(fields.at("name"), "a non-empty group name"),
    memberCount: fields.optionalNumber("memberCount"),
    // A group answer without the field (a fresh group, say) has no limit.
    monthlySpendingLimitDollars: fields.has("monthlySpendingLimitDollars")
      ? wholeDollarsOrNull(fields.at("monthlySpendingLimitDollars"))
      : null,
  };
}

function wholeDollarsOrNull(at: At): number | null {
  if (at.value === null) return null;
  const dollars = at.number();
  if (!Number.isSafeInteger(dollars) || dollars < 0) at.fail("whole dollars >= 0, or null");
  return dollars;
}

export function parseDirectoryGroupMembersPage(value: unknown): {
  members: ApiDirectoryGroupMember[];
  pages: PageInfo;
} {
  const fields = body(value).object();
  return { members: fields.array("members", directoryGroupMember), pages: pageInfo(fields) };
}

function directoryGroupMember(at: At): ApiDirectoryGroupMember {
  const fields = at.object();
  const email = fields.optionalString("email");
  const name = fields.optionalString("name");
  return {
    userId: fields.at(fields.firstPresent("userId", "id") ?? "userId").id(),
    ...(email === undefined || email.trim() === "" ? {} : { email }),
    ...(name === undefined ? {} : { name }),
  };
}

// ---- POST /teams/user-spend-limits (bulk) -----------------------------------------------------

const BULK_STATUSES: readonly BulkRowStatus[] = ["updated", "unchanged", "failed"];

interface BulkSpendLimitAnswer {
  /** Per row, in the API's order. A status the contract does not list reads as "unconfirmed". */
  readonly results: ReadonlyArray<{
    readonly email: string;
    readonly status: BulkRowStatus;
    readonly error?: string;
  }>;
}

export function parseBulkSpendLimitResult(value: unknown): BulkSpendLimitAnswer {
  const fields = body(value).object();
  return {
    results: fields.array("results", (at) => {
      const row = at.object();
      const raw = row.string("status");
      const status = BULK_STATUSES.find((known) => known === raw);
      const error = row.optionalString("error") ?? tolerant(() => row.optionalString("message"));
      return {
        email: nonEmptyString(row.at("userEmail"), "the member's email"),
        status: status ?? "unconfirmed",
        ...(status === undefined
          ? { error: `the API answered status ${JSON.stringify(raw)}, which is not documented` }
          : error === undefined
            ? {}
            : { error }),
      };
    }),
  };
}

// ---- Pagination ------------------------------------------------------------------------------

/**
 * Reads `pagination: {numPages|totalPages, currentPage|page, hasNextPage}` or a top-level
 * `totalPages`.
 */
function pageInfo(fields: Fields): PageInfo {
  const pagination = fields.optionalObject("pagination");
  const source = pagination ?? fields;
  const totalField = source.firstPresent("numPages", "totalPages");
  return {
    totalPages: totalField === undefined ? undefined : source.optionalNumber(totalField),
    currentPage: source.optionalNumber(source.firstPresent("currentPage", "page") ?? "currentPage"),
    hasNextPage: source.optionalBoolean("hasNextPage"),
  };
}

// ---- Error bodies --------------------------------------------------------------------------

interface ErrorBody {
  /** The API's explanation, from whichever shape it used; undefined when it gave none. */
  readonly message?: string;
  /** True for `{"outcome": <anything but "success">}`: a failure whatever the HTTP status. */
  readonly outcomeFailed: boolean;
}

/**
 * Reads the four error shapes without assuming one:
 * `{error, message}`, `{outcome: "error", message}`, `{error}` and `{code, message}`.
 * Never throws: an error body we cannot read leaves the message undefined.
 */
export function readErrorBody(value: unknown): ErrorBody {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { outcomeFailed: false };
  }
  const text = (key: string): string | undefined => {
    const field = Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;
    return typeof field === "string" && field.trim() !== "" ? field.trim() : undefined;
  };
  const outcome = Object.hasOwn(value, "outcome") ? Reflect.get(value, "outcome") : undefined;
  const message = text("message");
  const error = text("error");
  const code = text("code");
  // "code": "error" says nothing; a specific code (e.g. "not_found") is worth keeping.
  const label = error ?? (code !== undefined && code !== "error" ? code : undefined);
  const parts = [label, message].filter((part): part is string => part !== undefined);
  const unique = parts.length === 2 && parts[0] === parts[1] ? [parts[0]] : parts;
  return {
    message: unique.length === 0 ? undefined : unique.join(": "),
    outcomeFailed: outcome !== undefined && outcome !== "success",
  };
}
