// The emulator's data: the JSON state file format (EmulatorState) and its runtime settings.
// The state is plain JSON on purpose: it is what `--state FILE` reads and writes, what the
// control surface serves, and what tests build. docs/emulator.md documents every field.

import type { EndpointId } from "../api/endpoints.js";

/** The version of the state file format; bumped only with a migration. */
export const STATE_FORMAT_VERSION = 1;

export interface MemberState {
  /** `user_...`; served as `id` / `userId` in the current shape. */
  id: string;
  email: string;
  name: string;
  /** Lowercase: `owner`, `member`, `free-owner`; other values are served as they are. */
  role: string;
  /** Listed with `isRemoved: true` in the current shape, omitted in the legacy shape and from spend. */
  isRemoved?: boolean;
  /** Spend this cycle in cents; may be fractional. */
  spendCents: number;
  /** Defaults to spendCents. */
  overallSpendCents?: number;
  fastPremiumRequests?: number;
  /** Whole dollars, or null for no per-user limit. */
  monthlyLimitDollars: number | null;
  /**
   * A group-level limit on this member that is not tied to a directory group (whole dollars,
   * null/absent = none): the stand-in for group limits from before directory groups were
   * modelled. It counts as one more group limit in the effective-limit rule.
   */
  groupLimitDollars?: number | null;
}

export interface BlocklistState {
  /** `repo_...`; stable for the life of the entry (an upsert of the same URL keeps it). */
  id: string;
  /** Exactly as first upserted: the emulator matches URLs by exact string. */
  url: string;
  patterns: string[];
}

export type KeyScope = "admin" | "read-only";

export interface ApiKeyState {
  key: string;
  scope: KeyScope;
  revoked?: boolean;
  /** For people and for the audit log's actor; the key itself is never logged. */
  name?: string;
}

/** One user's counters for one day, as POST /teams/daily-usage-data serves them. */
export interface DailyUsageRow {
  /** Start of the day, epoch ms. */
  date: number;
  email: string;
  isActive: boolean;
  totalLinesAdded: number;
  totalLinesDeleted: number;
  acceptedLinesAdded: number;
  acceptedLinesDeleted: number;
  totalApplies: number;
  totalAccepts: number;
  totalRejects: number;
  totalTabsShown: number;
  totalTabsAccepted: number;
  composerRequests: number;
  chatRequests: number;
  agentRequests: number;
  cmdkUsages: number;
  subscriptionIncludedReqs: number;
  apiKeyReqs: number;
  usageBasedReqs: number;
  bugbotUsages: number;
  mostUsedModel: string;
  applyMostUsedExtension?: string;
  tabMostUsedExtension?: string;
  clientVersion?: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheWriteTokens: number;
  cacheReadTokens: number;
  totalCents: number;
}

/** One usage event. Stored with a numeric timestamp; served as a string of epoch ms. */
export interface UsageEventState {
  timestamp: number;
  userEmail: string;
  model: string;
  kind: string;
  maxMode: boolean;
  requestsCosts: number;
  isTokenBasedCall: boolean;
  tokenUsage?: TokenUsage;
  isFreeBugbot: boolean;
}

/** One audit-log event, snake_case as the API serves it; `timestamp` is epoch ms here, ISO when served. */
export interface AuditEventState {
  event_id: string;
  timestamp: number;
  event_type: string;
  /**
   * Who made the change: for API writes, `api-key:<key name>` (never the key); for changes made
   * through the control surface's `act`, the email it names (e.g. `ana@acme.example`).
   */
  user_email: string;
  ip_address?: string;
  /** Where the change came from: `api` for API writes, `dashboard`, `scim`, ... (served as null when absent). */
  application_type?: string;
  event_data: Record<string, unknown>;
}

/**
 * A team directory group (docs/emulator.md, "Directory groups"): members with their own monthly
 * spending limit.
 */
export interface DirectoryGroupState {
  /** `team_group_...`; unique. */
  id: string;
  /** Unique, compared case-insensitively after trimming. */
  name: string;
  /** Whole dollars, or null for no group limit. */
  monthlySpendingLimitDollars: number | null;
  /** Member ids (`MemberState.id`); removed members may stay listed but are not served. */
  memberIds: string[];
  /**
   * Synced from an identity provider by SCIM: API writes to it are refused. Never served: the
   * API has no field that marks such a group in advance.
   */
  scimSynced?: boolean;
}

/** Team-wide settings that are not per member. */
export interface TeamState {
  name: string;
  /** A team-wide per-user monthly limit in whole dollars; null/absent = none. */
  perUserLimitDollars?: number | null;
}

/** Which parts of the 2026 surface this team has. Absent fields mean "yes". */
export interface TeamFeatures {
  /** false: the directory-group routes answer 404 (a plan without the feature). */
  directoryGroups?: boolean;
  /** false: POST /teams/user-spend-limits answers 403 (the preview is not enabled). */
  bulkSpendLimits?: boolean;
  /** false: GET /teams/audit-logs answers 403 (a plan without audit logs). */
  auditLog?: boolean;
}

export interface EmulatorState {
  version: typeof STATE_FORMAT_VERSION;
  team: TeamState;
  members: MemberState[];
  blocklists: BlocklistState[];
  /** Directory groups; absent = none (state files from before groups existed). */
  directoryGroups?: DirectoryGroupState[];
  /** Absent = every feature on. */
  features?: TeamFeatures;
  apiKeys: ApiKeyState[];
  usage: { daily: DailyUsageRow[]; events: UsageEventState[] };
  auditLog: AuditEventState[];
  /** Start of the current billing cycle, epoch ms. */
  subscriptionCycleStart: number;
  /** Next number used to mint ids (repo_..., audit events); kept so ids never repeat across restarts. */
  nextId?: number;
}

/** Response shapes: the newest documented ("current") or the seeds' older ones ("legacy"). */
export type ShapeName = "current" | "legacy";
export type LegacyLimitField = "hardLimitOverrideDollars" | "hardLimitOverrideUSDR";

/**
 * Faults for one endpoint. Rates are shares (0..1) of requests; one draw per request decides
 * which fault (if any) happens, so the rates of error, drop, malformed and hang must sum to <= 1.
 */
export interface FaultSpec {
  /** Wall-clock delay before answering (real timers: it exists to exercise client timeouts). */
  latencyMs?: number;
  /** Share answered 500, 502 or 503 (picked at random), without processing the request. */
  errorRate?: number;
  /** Share whose socket is destroyed without an answer, without processing the request. */
  dropRate?: number;
  /** Share processed normally but answered 200 with a truncated or non-JSON body. */
  malformedRate?: number;
  /** Share never answered (the socket stays open until the client gives up or the emulator closes). */
  hangRate?: number;
  /** The next N requests get 429, whatever the rate limit says. */
  burst429?: number;
}

/** Faults per endpoint; "*" applies to every endpoint, and an endpoint's own spec overrides it field by field. */
export type FaultConfig = Partial<Record<EndpointId | "*", FaultSpec>>;

/** Per-minute limits per endpoint (null = unlimited), or "off" for no rate limiting at all. */
export type RateLimitConfig = Partial<Record<EndpointId, number | null>> | "off";

/** Which blocklists the upsert endpoint returns (unknown in the docs). */
export type UpsertResponse = "upserted" | "all";

/**
 * How `effectivePerUserLimitDollars` combines the member's own limit, their directory groups'
 * limits and the team limit (the sources disagree; docs/emulator.md, "Effective limits").
 */
export type EffectiveLimitRule = "highest-applicable" | "most-specific";

/**
 * The 429 answer: "older" is `{"error": "Too Many Requests", ...}` (Retry-After only with
 * `retryAfterHeader`); "2026" is `{"code": "error", "message": "Rate limit exceeded"}` with
 * `Retry-After: 60` always.
 */
export type TooManyRequestsStyle = "older" | "2026";

/** The settings that can change while the emulator runs (configure(), PATCH /__emulator/config). */
export interface EmulatorSettings {
  shape: ShapeName;
  legacyLimitField: LegacyLimitField;
  rateLimits: RateLimitConfig;
  retryAfterHeader: boolean;
  faults: FaultConfig;
  maxSpendPageSize: number;
  /** HTTP status sent with `{"outcome":"error"}` bodies (unknown in the docs; clients must handle both). */
  outcomeErrorStatus: 200 | 400;
  upsertResponse: UpsertResponse;
  effectiveLimitRule: EffectiveLimitRule;
  tooManyRequests: TooManyRequestsStyle;
  /** Status of the refusal of an API write to a SCIM-synced group (the docs say 400 or 403). */
  scimRefusalStatus: 400 | 403;
  /** Status of creating or renaming a group to a name in use (the docs say 400 or 409). */
  duplicateGroupNameStatus: 400 | 409;
}
