// The Admin API's data as the client hands it out: checked, with the API's several spellings
// folded into one (string ids, normalised roles, the legacy limit field's alias), but not yet
// interpreted. live-state.ts turns these into the LiveState the planner reads.

/** A JSON value, for fields we pass through without looking inside (audit-log event data). */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

export interface ApiMember {
  readonly name: string;
  /** As the API returned it. */
  readonly email: string;
  /** normalizeRole()'d. */
  readonly role: string;
  /** Coerced to a string (an older revision sent numbers). */
  readonly id?: string;
  /** False when the API does not send the field. */
  readonly isRemoved: boolean;
}

/**
 * The limit fields of one spend row, exactly as present: `undefined` means the field was absent,
 * `null` that it was sent as null. Which one to believe is live-state.ts's job.
 */
export interface SpendLimitFields {
  readonly monthlyLimitDollars?: number | null;
  /** `hardLimitOverrideDollars`, or its misspelt alias `hardLimitOverrideUSDR`. */
  readonly hardLimitOverrideDollars?: number | null;
  readonly effectivePerUserLimitDollars?: number | null;
}

export interface SpendRow extends SpendLimitFields {
  readonly name: string;
  readonly email: string;
  /** normalizeRole()'d. */
  readonly role: string;
  readonly userId?: string;
  /** May be fractional. */
  readonly spendCents: number;
  readonly overallSpendCents?: number;
  readonly fastPremiumRequests?: number;
}

export type SpendSortBy = "amount" | "date" | "user";

export interface SpendQuery {
  readonly searchTerm?: string;
  readonly sortBy?: SpendSortBy;
  readonly sortDirection?: "asc" | "desc";
  /** 1-based. */
  readonly page?: number;
  readonly pageSize?: number;
}

export interface SpendPage {
  readonly rows: readonly SpendRow[];
  /** `subscriptionCycleStart`, epoch ms. */
  readonly cycleStart?: number;
  readonly totalMembers?: number;
  readonly totalPages?: number;
}

export interface SpendReport {
  /** Every row of every page, each email once. */
  readonly rows: readonly SpendRow[];
  readonly cycleStart?: number;
  readonly totalMembers?: number;
  /** How many pages were read (= calls made, not counting retries). */
  readonly pages: number;
  /** The page size that was asked for. */
  readonly pageSize: number;
  /**
   * The page (1-based, in the stable order by user) each row was read from, by normalised
   * email: a read-back re-reads just the pages that hold what changed.
   */
  readonly pageOf?: ReadonlyMap<string, number>;
}

export interface ApiBlocklist {
  /** Coerced to a string. */
  readonly id: string;
  readonly url: string;
  readonly patterns: readonly string[];
}

export interface BlocklistUpsert {
  readonly url: string;
  readonly patterns: readonly string[];
}

/** The per-day counters of daily-usage rows (all optional: the set grew over time). */
export const DAILY_USAGE_COUNTERS = [
  "totalLinesAdded",
  "totalLinesDeleted",
  "acceptedLinesAdded",
  "acceptedLinesDeleted",
  "totalApplies",
  "totalAccepts",
  "totalRejects",
  "totalTabsShown",
  "totalTabsAccepted",
  "composerRequests",
  "chatRequests",
  "agentRequests",
  "cmdkUsages",
  "subscriptionIncludedReqs",
  "apiKeyReqs",
  "usageBasedReqs",
  "bugbotUsages",
] as const;
export type DailyUsageCounter = (typeof DAILY_USAGE_COUNTERS)[number];

export interface DailyUsageRow {
  /** Epoch ms of the day. */
  readonly date: number;
  readonly email?: string;
  readonly isActive?: boolean;
  readonly mostUsedModel?: string;
  readonly applyMostUsedExtension?: string;
  readonly tabMostUsedExtension?: string;
  readonly clientVersion?: string;
  readonly counters: Readonly<Partial<Record<DailyUsageCounter, number>>>;
}

export interface DateRange {
  /** Epoch ms. */
  readonly startDate: number;
  /** Epoch ms. */
  readonly endDate: number;
}

export interface UsageEventsQuery {
  readonly startDate?: number;
  readonly endDate?: number;
  readonly email?: string;
  readonly userId?: string | number;
  /** Rows per call; default (and the documented maximum) 1000. */
  readonly pageSize?: number;
}

export interface TokenUsage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly cacheWriteTokens?: number;
  readonly cacheReadTokens?: number;
  readonly totalCents?: number;
}

export interface UsageEvent {
  /** Epoch ms (the API sends a string). */
  readonly timestamp: number;
  readonly userEmail?: string;
  readonly model?: string;
  /** A display string the docs even localise: do not branch on it. */
  readonly kind?: string;
  readonly maxMode?: boolean;
  readonly requestsCosts?: number;
  readonly isTokenBasedCall?: boolean;
  readonly isFreeBugbot?: boolean;
  readonly tokenUsage?: TokenUsage;
}

export interface AuditLogQuery {
  /** Epoch ms. */
  readonly startTime: number;
  /** Epoch ms. */
  readonly endTime: number;
  readonly eventTypes?: readonly string[];
  readonly search?: string;
  readonly users?: readonly string[];
  /** Rows per call, 1-500; default 500. */
  readonly pageSize?: number;
}

export interface AuditLogEntry {
  readonly id?: string;
  /** `event_type`, e.g. `user_spend_limit`, `team_repo`. */
  readonly type: string;
  /** Epoch ms. */
  readonly timestamp: number;
  readonly userEmail?: string;
  readonly ipAddress?: string;
  /** `application_type`, e.g. `api`, `dashboard` (values undocumented). */
  readonly applicationType?: string;
  /** `event_data`, passed through. */
  readonly data?: JsonValue;
}

/**
 * An audit-log event read tolerantly (audit-trail.ts): the per-type shape of `event_data` is
 * undocumented, so every field is optional and a field of an unexpected type reads as absent
 * instead of failing the page.
 */
export interface AuditEvent {
  readonly id?: string;
  readonly type?: string;
  /** Epoch ms. */
  readonly timestamp?: number;
  /** Who acted. */
  readonly userEmail?: string;
  readonly ipAddress?: string;
  readonly applicationType?: string;
  readonly data?: JsonValue;
}

/** One page of the audit log, read tolerantly. */
export interface AuditLogPage {
  readonly events: readonly AuditEvent[];
  /** From `pagination`; undefined when the answer has none. */
  readonly hasNextPage?: boolean;
  readonly totalPages?: number;
  readonly totalCount?: number;
}

export interface AuditLogPageQuery {
  /** Epoch ms; sent as ISO 8601, which the API cannot misread as seconds. */
  readonly startTime: number;
  /** Epoch ms. */
  readonly endTime: number;
  /** 1-based. */
  readonly page: number;
  /** 1-500. */
  readonly pageSize: number;
  readonly eventTypes?: readonly string[];
  readonly search?: string;
  /** Who acted. */
  readonly users?: readonly string[];
}

// ---- Directory groups (docs/emulator.md, "Directory groups") ---------------------------------

export interface ApiDirectoryGroup {
  /** `team_group_...`. */
  readonly id: string;
  readonly name: string;
  /** Undefined when the API leaves it out. */
  readonly memberCount?: number;
  /** Whole dollars; null = the group has no limit. */
  readonly monthlySpendingLimitDollars: number | null;
}

export interface ApiDirectoryGroupMember {
  /** The member's `id` in GET /teams/members. */
  readonly userId: string;
  readonly email?: string;
  readonly name?: string;
}

/** What a group-member bulk write did. */
export interface GroupMembersChange {
  /** Calls made (one per chunk of at most 100 ids). */
  readonly calls: number;
}

// ---- Bulk spend limits -------------------------------------------------------------------------

export interface SpendLimitUpdate {
  readonly email: string;
  /** Whole dollars, 0 for a $0 limit, null to remove the limit. */
  readonly dollars: number | null;
}

/**
 * A row's outcome: the API's `updated`, `unchanged` or `failed`, or `unconfirmed` when the
 * answer did not mention the member (the read-back will tell).
 */
export type BulkRowStatus = "updated" | "unchanged" | "failed" | "unconfirmed";

export interface BulkSpendLimitRow extends SpendLimitUpdate {
  readonly status: BulkRowStatus;
  /** The API's reason for `failed`, or ours for `unconfirmed`. */
  readonly error?: string;
}

/**
 * The result of setting limits through the bulk route:
 * - `applied`: every update was sent; each row says what happened to it.
 * - `route-unavailable`: the route answered 403 (the preview is off) or 404 (an older API);
 *   `rows` holds the updates of earlier chunks that did go through, `remaining` the rest, to be
 *   sent through the single route (POST /teams/user-spend-limit) for the rest of the run.
 */
export type BulkSpendLimitOutcome =
  | {
      readonly kind: "applied";
      readonly rows: readonly BulkSpendLimitRow[];
      readonly calls: number;
    }
  | {
      readonly kind: "route-unavailable";
      readonly status: 403 | 404;
      readonly apiMessage?: string;
      readonly rows: readonly BulkSpendLimitRow[];
      readonly remaining: readonly SpendLimitUpdate[];
      readonly calls: number;
    };

/** The answer to a spend-limit write. */
export interface SpendLimitResult {
  readonly message: string;
}
