// The Admin API endpoints this project knows, in one table shared by the client (pacing,
// error messages) and the emulator (routing, rate limits). Rate limits are per team and reset
// every minute; the documented numbers changed over time (docs/emulator.md, "Rate limits").
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
  | "auditLogs"
  | "userSpendLimitsBulk"
  | "directoryGroups"
  | "directoryGroup"
  | "directoryGroupMembers"
  | "directoryGroupCreate"
  | "directoryGroupUpdate"
  | "directoryGroupDelete"
  | "directoryGroupBulkAdd"
  | "directoryGroupBulkRemove";

export interface Endpoint {
  readonly id: EndpointId;
  readonly method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path template; its parameters are `:repoId` (blocklists) and `:groupId` (directory groups). */
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
  // The 2026 surface (docs/emulator.md, "The 2026 surface"). The older API has none of these
  // routes: their "legacy" rates only matter to an emulator serving the older shapes, which
  // answers 404 on them.
  userSpendLimitsBulk: {
    id: "userSpendLimitsBulk",
    method: "POST",
    path: "/teams/user-spend-limits",
    write: true,
    ratePerMinute: 20,
    legacyRatePerMinute: 20,
  },
  directoryGroups: groupRoute("directoryGroups", "GET", "/teams/directory-groups", false),
  directoryGroup: groupRoute("directoryGroup", "GET", "/teams/directory-groups/:groupId", false),
  directoryGroupMembers: groupRoute(
    "directoryGroupMembers",
    "GET",
    "/teams/directory-groups/:groupId/members",
    false,
  ),
  directoryGroupCreate: groupRoute("directoryGroupCreate", "POST", "/teams/directory-groups", true),
  directoryGroupUpdate: groupRoute(
    "directoryGroupUpdate",
    "PATCH",
    "/teams/directory-groups/:groupId",
    true,
  ),
  directoryGroupDelete: groupRoute(
    "directoryGroupDelete",
    "DELETE",
    "/teams/directory-groups/:groupId",
    true,
  ),
  directoryGroupBulkAdd: groupRoute(
    "directoryGroupBulkAdd",
    "POST",
    "/teams/directory-groups/:groupId/members/bulk-add",
    true,
  ),
  directoryGroupBulkRemove: groupRoute(
    "directoryGroupBulkRemove",
    "POST",
    "/teams/directory-groups/:groupId/members/bulk-remove",
    true,
  ),
};

/** A directory-group route: the default 20/min per endpoint (inferred, not documented). */
function groupRoute(
  id: EndpointId,
  method: Endpoint["method"],
  path: string,
  write: boolean,
): Endpoint {
  return { id, method, path, write, ratePerMinute: 20, legacyRatePerMinute: 20 };
}

/** The directory-group routes: a 404 on any of them can mean "this team/API has no groups". */
export const DIRECTORY_GROUP_ENDPOINTS: readonly EndpointId[] = [
  "directoryGroups",
  "directoryGroup",
  "directoryGroupMembers",
  "directoryGroupCreate",
  "directoryGroupUpdate",
  "directoryGroupDelete",
  "directoryGroupBulkAdd",
  "directoryGroupBulkRemove",
];

/** The path of `endpoint` with its parameters filled in (each URI-encoded). */
export function endpointPath(
  endpoint: EndpointId,
  params: Readonly<{ repoId?: string; groupId?: string }> = {},
): string {
  return ENDPOINTS[endpoint].path.replace(/:(repoId|groupId)/g, (_, name: "repoId" | "groupId") =>
    encodeURIComponent(params[name] ?? ""),
  );
}

export const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

/** Longest date range one daily-usage request may cover (newer docs: 30 days; seeds: 90). */
export const DAILY_USAGE_MAX_RANGE_DAYS = { current: 30, legacy: 90 } as const;
/** Longest range one audit-log request may cover. */
export const AUDIT_LOG_MAX_RANGE_DAYS = 30;
/** Most updates one bulk spend-limit call may carry. */
export const BULK_SPEND_LIMIT_MAX_UPDATES = 100;
/** Most user ids one directory-group bulk-add or bulk-remove call may carry. */
export const GROUP_MEMBERS_MAX_PER_CALL = 100;

/** The default base URL of the real API. */
export const DEFAULT_BASE_URL = "https://api.cursor.com";
