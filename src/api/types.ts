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
  /** `event_data`, passed through. */
  readonly data?: JsonValue;
}

/** The answer to a spend-limit write. */
export interface SpendLimitResult {
  readonly message: string;
}
