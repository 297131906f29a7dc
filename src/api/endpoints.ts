// The Admin API endpoints this project knows, in one table shared by the client (pacing,
// error messages) and the emulator (routing, rate limits). Rate limits are per team and reset
// every minute; the documented numbers changed over time (see cursor-admin-api.md).
// Whether the budget is per endpoint or shared per team is unknown: both sides treat it as
// per endpoint, and this table is the one place that choice lives.

export type EndpointId =
  | "members"
  | "spend"
  | "userSpendLimit"
  | "blocklists"
  | "blocklistsUpsert"
  | "blocklistDelete"
  | "dailyUsage"
  | "usageEvents"
  | "auditLogs";

export interface Endpoint {
  readonly id: EndpointId;
  readonly method: "GET" | "POST" | "DELETE";
  /** Path template; `:repoId` is the only parameter. */
  readonly path: string;
  /** Changes team state: needs an admin key, never called by plan/validate/drift. */
  readonly write: boolean;
  /** Requests per minute per team, newer docs (what the emulator enforces by default). */
  readonly ratePerMinute: number;
  /** Requests per minute per team, older docs (the seeds). */
  readonly legacyRatePerMinute: number;
}

export const ENDPOINTS: Readonly<Record<EndpointId, Endpoint>> = {
  members: {
    id: "members",
    method: "GET",
    path: "/teams/members",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  spend: {
    id: "spend",
    method: "POST",
    path: "/teams/spend",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  userSpendLimit: {
    id: "userSpendLimit",
    method: "POST",
    path: "/teams/user-spend-limit",
    write: true,
    ratePerMinute: 250,
    legacyRatePerMinute: 60,
  },
  blocklists: {
    id: "blocklists",
    method: "GET",
    path: "/settings/repo-blocklists/repos",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  blocklistsUpsert: {
    id: "blocklistsUpsert",
    method: "POST",
    path: "/settings/repo-blocklists/repos/upsert",
    write: true,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  blocklistDelete: {
    id: "blocklistDelete",
    method: "DELETE",
    path: "/settings/repo-blocklists/repos/:repoId",
    write: true,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  dailyUsage: {
    id: "dailyUsage",
    method: "POST",
    path: "/teams/daily-usage-data",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  usageEvents: {
    id: "usageEvents",
    method: "POST",
    path: "/teams/filtered-usage-events",
    write: false,
    ratePerMinute: 60,
    legacyRatePerMinute: 20,
  },
  auditLogs: {
    id: "auditLogs",
    method: "GET",
    path: "/teams/audit-logs",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
};

export const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

/** Longest date range one daily-usage request may cover (newer docs: 30 days; seeds: 90). */
export const DAILY_USAGE_MAX_RANGE_DAYS = { current: 30, legacy: 90 } as const;
/** Longest range one audit-log request may cover. */
export const AUDIT_LOG_MAX_RANGE_DAYS = 30;

/** The default base URL of the real API. */
export const DEFAULT_BASE_URL = "https://api.cursor.com";
