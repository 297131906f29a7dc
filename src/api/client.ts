// The Admin API client: a reader (only read endpoints) and a writer, as two separate objects
// over one request path (http.ts). Plan, validate and drift are handed the reader alone, which
// has no mutating method at runtime either, so they cannot write even by mistake.

import type { Dispatcher } from "undici";
import { appendAll } from "../shared/arrays.js";
import { type Clock, systemClock } from "../shared/clock.js";
import { UsageError } from "../shared/errors.js";
import { type Logger, silentLogger } from "../shared/logger.js";
import { normalizeEmail } from "../shared/normalize.js";
import { redact } from "../shared/redact.js";
import { VERSION } from "../shared/version.js";
import { DEFAULT_RETRY, type RetryPolicy } from "./backoff.js";
import type { ApiKey } from "./credentials.js";
import {
  AUDIT_LOG_MAX_RANGE_DAYS,
  BULK_SPEND_LIMIT_MAX_UPDATES,
  DAILY_USAGE_MAX_RANGE_DAYS,
  ENDPOINTS,
  type EndpointId,
  GROUP_MEMBERS_MAX_PER_CALL,
} from "./endpoints.js";
import {
  type ApiCallContext,
  type ApiError,
  BulkRouteUnavailableError,
  DirectoryGroupNameTakenError,
  DirectoryGroupNotFoundError,
  DirectoryGroupsUnavailableError,
  ManagedByIdentityProviderError,
  ValidationError,
} from "./errors.js";
import { AdminHttp, type RequestEvent } from "./http.js";
import { EndpointLimiter, type Pacing, type WaitEvent } from "./limiter.js";
import {
  type PageInfo,
  parseAuditLogPage,
  parseAuditLogs,
  parseBlocklists,
  parseBulkSpendLimitResult,
  parseDailyUsage,
  parseDirectoryGroup,
  parseDirectoryGroupMembersPage,
  parseDirectoryGroupsPage,
  parseMembers,
  parseSpendLimitResult,
  parseSpendPage,
  parseUsageEvents,
} from "./parse.js";
import type {
  ApiBlocklist,
  ApiDirectoryGroup,
  ApiDirectoryGroupMember,
  ApiMember,
  AuditLogEntry,
  AuditLogPage,
  AuditLogPageQuery,
  AuditLogQuery,
  BlocklistUpsert,
  BulkSpendLimitOutcome,
  BulkSpendLimitRow,
  DailyUsageRow,
  DateRange,
  GroupMembersChange,
  SpendLimitResult,
  SpendLimitUpdate,
  SpendPage,
  SpendQuery,
  SpendReport,
  SpendRow,
  UsageEvent,
  UsageEventsQuery,
} from "./types.js";

export type { RequestEvent } from "./http.js";
export type { Pacing, WaitEvent } from "./limiter.js";

export interface ClientOptions {
  /** e.g. https://api.cursor.com, or the emulator's URL. A path prefix is kept. */
  readonly baseUrl: string;
  readonly apiKey: ApiKey;
  /** undici dispatcher (an Agent, a proxy); undici's global one when absent. */
  readonly dispatcher?: Dispatcher;
  /** Time for pacing and backoff; share a ManualClock with the emulator in tests. */
  readonly clock?: Clock;
  /** For backoff jitter; Math.random when absent. */
  readonly random?: () => number;
  readonly logger?: Logger;
  /** Defaults: 6 attempts, 1 s doubling (1, 2, 4, 8, 16 s) plus jitter, no wait over 60 s. */
  readonly retry?: Partial<RetryPolicy>;
  /** Requests per minute per endpoint. Default "on": each endpoint's documented limit. */
  readonly pacing?: Pacing;
  /** Per attempt, for the headers and the whole body. Default 30 s. */
  readonly timeoutMs?: number;
  readonly userAgent?: string;
  /** Called after every attempt: progress display, and benchmarks counting calls and 429s. */
  readonly onRequest?: (event: RequestEvent) => void;
  /** Called when a request starts to wait a second or more for pacing or a 429 hold. */
  readonly onWait?: (event: WaitEvent) => void;
  /** Called as the pages of a multi-page read come in (the spend report): progress displays. */
  readonly onPages?: (event: PagesEvent) => void;
  /** Requests per endpoint in flight at once (pacing still spaces their starts). Default 32. */
  readonly maxInFlight?: number;
  /** Cancels waits and requests under way (e.g. on Ctrl-C). */
  readonly signal?: AbortSignal;
  /**
   * Cancels waits only (pacing, retry back-off): a request already sent is left to finish, so
   * its outcome is known. A graceful stop (SIGTERM during apply) uses this; a call cancelled in
   * a wait rejects with the signal's reason.
   */
  readonly stopWaiting?: AbortSignal;
}

export interface AdminReader {
  /** Every member the API lists, removed ones (isRemoved) included. */
  listMembers(): Promise<ApiMember[]>;
  /** One page of the spend report. */
  listSpend(params?: SpendQuery): Promise<SpendPage>;
  /** The whole spend report in as few pages as the server allows; never a call per user. */
  listAllSpend(): Promise<SpendReport>;
  listBlocklists(): Promise<ApiBlocklist[]>;
  /** Splits ranges longer than the API allows into several calls. */
  dailyUsage(range: DateRange): Promise<DailyUsageRow[]>;
  /** Every page. */
  usageEvents(query?: UsageEventsQuery): Promise<UsageEvent[]>;
  /** Every page; ranges longer than 30 days are split. */
  auditLogs(query: AuditLogQuery): Promise<AuditLogEntry[]>;
  /**
   * One page of the audit log, each event read tolerantly (unknown shapes never fail it). For
   * attribution use readAuditTrail() in audit-trail.ts: bounded, and it never throws.
   */
  auditLogPage(query: AuditLogPageQuery): Promise<AuditLogPage>;
  /**
   * Every directory group (all pages). A 404 is a DirectoryGroupsUnavailableError: this team or
   * API has no directory groups.
   */
  listDirectoryGroups(): Promise<ApiDirectoryGroup[]>;
  /** One group; a 404 is a DirectoryGroupNotFoundError. */
  getDirectoryGroup(groupId: string): Promise<ApiDirectoryGroup>;
  /** Every member of a group (all pages); a 404 is a DirectoryGroupNotFoundError. */
  listDirectoryGroupMembers(groupId: string): Promise<ApiDirectoryGroupMember[]>;
}

export interface AdminWriter {
  /** Replaces the patterns of each repo sent (creating new ones); returns what the API returns. */
  upsertBlocklists(repos: ReadonlyArray<BlocklistUpsert>): Promise<ApiBlocklist[]>;
  /**
   * "deleted", or "already-gone" when a retry finds nothing because an earlier attempt whose
   * answer was lost had already deleted it. A 404 on the first attempt (or after attempts that
   * certainly did nothing, such as 429s) is a NotFoundError: the id the plan was made from no
   * longer exists, so the plan is stale, or the base URL is wrong. Apply can decide to report
   * it as skipped; silently calling it success would hide a wrong base URL.
   */
  deleteBlocklist(id: string): Promise<"deleted" | "already-gone">;
  /** Whole dollars, 0 for a $0 limit, null to remove the limit. */
  setUserSpendLimit(email: string, dollars: number | null): Promise<SpendLimitResult>;
  /**
   * Many limits through the bulk route, 100 per call, with a result per member (a member who
   * is not on the team fails only its own row). A 403 (preview off) or 404 (older API) is the
   * `route-unavailable` outcome, not an error: send `remaining` through setUserSpendLimit for
   * the rest of the run. Throws ValidationError, before any call, for fractional or negative
   * dollars or an email given twice (the API would refuse the whole call).
   */
  setUserSpendLimits(updates: ReadonlyArray<SpendLimitUpdate>): Promise<BulkSpendLimitOutcome>;
  /**
   * A new, empty group without a limit. Safe to retry: if an attempt whose answer was lost had
   * created it, the retry's "name taken" is answered by looking the group up by name.
   * Throws DirectoryGroupNameTakenError when another group has the name.
   */
  createDirectoryGroup(name: string): Promise<ApiDirectoryGroup>;
  /** Throws DirectoryGroupNameTakenError, ManagedByIdentityProviderError, DirectoryGroupNotFoundError. */
  renameDirectoryGroup(groupId: string, name: string): Promise<ApiDirectoryGroup>;
  /** Whole dollars >= 0. Throws ManagedByIdentityProviderError, DirectoryGroupNotFoundError. */
  setDirectoryGroupLimit(groupId: string, dollars: number): Promise<ApiDirectoryGroup>;
  /** Removes the group's limit. Throws as setDirectoryGroupLimit. */
  clearDirectoryGroupLimit(groupId: string): Promise<ApiDirectoryGroup>;
  /** "already-gone" as for deleteBlocklist. Throws ManagedByIdentityProviderError, DirectoryGroupNotFoundError. */
  deleteDirectoryGroup(groupId: string): Promise<"deleted" | "already-gone">;
  /**
   * Adds members by id (GET /teams/members' `id`; see group-members.ts for emails), 100 per
   * call. Adding a member twice changes nothing, so it is safe to retry.
   */
  addDirectoryGroupMembers(
    groupId: string,
    userIds: ReadonlyArray<string>,
  ): Promise<GroupMembersChange>;
  /** Removes members by id, 100 per call; removing a non-member changes nothing. */
  removeDirectoryGroupMembers(
    groupId: string,
    userIds: ReadonlyArray<string>,
  ): Promise<GroupMembersChange>;
}

export interface AdminClient {
  readonly reader: AdminReader;
  readonly writer: AdminWriter;
  readonly pacing: PacingControl;
}

/** Pages of one multi-page read done so far, out of the total the first page announced. */
export interface PagesEvent {
  readonly endpoint: EndpointId;
  readonly done: number;
  readonly total: number;
}

/** What callers may tell pacing, and ask of it (apply announces its writes; progress asks for ETAs). */
export interface PacingControl {
  /** About `calls` more calls on `endpoint` are coming: pacing may use a window's full limit when that saves a window. */
  expect(endpoint: EndpointId, calls: number): void;
  /** How long until `calls` more calls on `endpoint` could all have started, as pacing stands now. */
  estimateMs(endpoint: EndpointId, calls: number): number;
}

/** Asked for first; a server with a smaller maximum answers fewer rows and more totalPages. */
const SPEND_PAGE_SIZE = 1000;
/** What public clients use: tried when the server rejects SPEND_PAGE_SIZE outright. */
const FALLBACK_SPEND_PAGE_SIZE = 100;
/** The documented maximum of filtered-usage-events. */
const USAGE_EVENTS_PAGE_SIZE = 1000;
/** The documented maximum of audit-logs. */
const AUDIT_LOG_PAGE_SIZE = 500;
/** Page size asked of the directory-group lists (undocumented; the emulator's maximum). */
const DIRECTORY_GROUP_PAGE_SIZE = 100;
/** A bound on any page loop, against a server whose page counts never end. */
const MAX_PAGES = 10_000;
const DAY_MS = 86_400_000;

/** Sorting the spend report by user keeps pages stable while spend changes between calls. */
export const STABLE_SPEND_ORDER = { sortBy: "user", sortDirection: "asc" } as const;

export function createAdminClient(options: ClientOptions): AdminClient {
  const clock = options.clock ?? systemClock;
  const limiter = new EndpointLimiter(clock, options.pacing ?? "on", {
    ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }),
    ...(options.onWait === undefined ? {} : { onWait: options.onWait }),
  });
  const http = new AdminHttp({
    baseUrl: parseBaseUrl(options.baseUrl, options.apiKey),
    apiKey: options.apiKey,
    dispatcher: options.dispatcher,
    clock,
    random: options.random ?? Math.random,
    logger: options.logger ?? silentLogger,
    retry: retryPolicy(options.retry),
    limiter,
    timeoutMs: positive(options.timeoutMs ?? 30_000, "timeoutMs"),
    userAgent: options.userAgent ?? `cursor-policy/${VERSION}`,
    onRequest: options.onRequest,
    signal: options.signal,
    stopWaiting: options.stopWaiting,
  });

  const listSpend = (params: SpendQuery = {}): Promise<SpendPage> =>
    http.call({ endpoint: "spend", body: params, parse: parseSpendPage });

  const reader: AdminReader = {
    listMembers: () => http.call({ endpoint: "members", parse: parseMembers }),

    listSpend,

    listAllSpend: () =>
      readAllSpend(listSpend, (pages) => limiter.expect("spend", pages), options.onPages),

    listBlocklists: () => http.call({ endpoint: "blocklists", parse: parseBlocklists }),

    async dailyUsage(range) {
      const rows: DailyUsageRow[] = [];
      for (const chunk of splitRange(range, DAILY_USAGE_MAX_RANGE_DAYS.current, "dailyUsage")) {
        const pages = await readPages((page) =>
          http.call({
            endpoint: "dailyUsage",
            body: { ...chunk, ...(page === 1 ? {} : { page }) },
            parse: (body) => {
              const parsed = parseDailyUsage(body);
              return { items: parsed.rows, pages: parsed.pages };
            },
          }),
        );
        appendAll(rows, pages);
      }
      return rows;
    },

    usageEvents(query = {}) {
      const { pageSize = USAGE_EVENTS_PAGE_SIZE, ...filters } = query;
      return readPages((page) =>
        http.call({
          endpoint: "usageEvents",
          body: { ...filters, page, pageSize },
          parse: (body) => {
            const parsed = parseUsageEvents(body);
            return { items: parsed.events, pages: parsed.pages, pageSize };
          },
        }),
      );
    },

    async auditLogs(query) {
      const { startTime, endTime, eventTypes, users, search } = query;
      const pageSize = query.pageSize ?? AUDIT_LOG_PAGE_SIZE;
      const entries: AuditLogEntry[] = [];
      const range = { startDate: startTime, endDate: endTime };
      for (const chunk of splitRange(range, AUDIT_LOG_MAX_RANGE_DAYS, "auditLogs")) {
        const pages = await readPages((page) =>
          http.call({
            endpoint: "auditLogs",
            query: {
              startTime: isoTime(chunk.startDate),
              endTime: isoTime(chunk.endDate),
              eventTypes: eventTypes?.join(","),
              users: users?.join(","),
              search,
              page,
              pageSize,
            },
            parse: (body) => {
              const parsed = parseAuditLogs(body);
              return { items: parsed.entries, pages: parsed.pages, pageSize };
            },
          }),
        );
        appendAll(entries, pages);
      }
      return entries;
    },

    auditLogPage(query) {
      return http.call({
        endpoint: "auditLogs",
        query: {
          startTime: isoTime(query.startTime),
          endTime: isoTime(query.endTime),
          eventTypes: query.eventTypes?.join(","),
          users: query.users?.join(","),
          search: query.search,
          page: query.page,
          pageSize: query.pageSize,
        },
        parse: parseAuditLogPage,
      });
    },

    listDirectoryGroups: () =>
      readGroupPages("directoryGroups", undefined, (body) => {
        const parsed = parseDirectoryGroupsPage(body);
        return { items: parsed.groups, pages: parsed.pages };
      }),

    getDirectoryGroup: (groupId) =>
      http.call({
        endpoint: "directoryGroup",
        groupId: requireId(groupId, "getDirectoryGroup"),
        classify: groupFailure({ groupId }),
        parse: parseDirectoryGroup,
      }),

    listDirectoryGroupMembers: (groupId) =>
      readGroupPages(
        "directoryGroupMembers",
        requireId(groupId, "listDirectoryGroupMembers"),
        (body) => {
          const parsed = parseDirectoryGroupMembersPage(body);
          return { items: parsed.members, pages: parsed.pages };
        },
      ),
  };

  /**
   * Every page of a group list. The largest page size is undocumented: DIRECTORY_GROUP_PAGE_SIZE
   * is asked for, and a server that refuses it outright (400) is asked again with its default.
   */
  async function readGroupPages<T>(
    endpoint: "directoryGroups" | "directoryGroupMembers",
    groupId: string | undefined,
    parse: (body: unknown) => { items: T[]; pages: PageInfo },
  ): Promise<T[]> {
    const read = (pageSize: number | undefined) =>
      readPages((page) =>
        http.call({
          endpoint,
          ...(groupId === undefined ? {} : { groupId }),
          query: { page, pageSize },
          classify: groupFailure(groupId === undefined ? {} : { groupId }),
          parse: (body) => ({ ...parse(body), ...(pageSize === undefined ? {} : { pageSize }) }),
        }),
      );
    try {
      return await read(DIRECTORY_GROUP_PAGE_SIZE);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return read(undefined);
    }
  }

  const writer: AdminWriter = {
    // Safe to retry: an upsert replaces each sent repo's patterns with the sent list, so the
    // same body leaves the same end state whether it lands once or twice.
    async upsertBlocklists(repos) {
      if (repos.length === 0) return [];
      return http.call({
        endpoint: "blocklistsUpsert",
        body: { repos: repos.map((repo) => ({ url: repo.url, patterns: [...repo.patterns] })) },
        describe: `repos ${repos.map((repo) => JSON.stringify(repo.url)).join(", ")}`,
        parse: parseBlocklists,
      });
    },

    // Safe to retry: deleting is idempotent in effect. If an attempt's answer is lost (timeout,
    // reset, 5xx) the delete may have happened, so a 404 on the retry means "already gone".
    deleteBlocklist(id) {
      if (id.trim() === "") {
        throw new UsageError("deleteBlocklist needs the blocklist's id; it was empty.");
      }
      return http.call<"deleted" | "already-gone">({
        endpoint: "blocklistDelete",
        repoId: id,
        describe: `id ${JSON.stringify(id)}`,
        parse: () => "deleted",
        goneAfterRetry: "already-gone",
        notFoundAdvice:
          "The blocklist may have been deleted since the plan was made (by hand, or by another " +
          "run): run plan again.",
      });
    },

    // Safe to retry: the body names the user and the absolute limit, so setting it again
    // leaves the same end state (no increments, no toggles).
    async setUserSpendLimit(email, dollars) {
      const describe = `userEmail ${JSON.stringify(email)}, spendLimitDollars ${dollars}`;
      if (dollars !== null && !(Number.isSafeInteger(dollars) && dollars >= 0)) {
        const endpoint = ENDPOINTS.userSpendLimit;
        throw new ValidationError({
          endpoint: endpoint.id,
          method: endpoint.method,
          path: endpoint.path,
          attempts: 0,
          apiMessage: `spendLimitDollars must be a whole number of dollars, 0 or more, or null for no limit; got ${dollars}`,
          request: describe,
        });
      }
      return http.call({
        endpoint: "userSpendLimit",
        body: { userEmail: email, spendLimitDollars: dollars },
        describe,
        email,
        parse: parseSpendLimitResult,
      });
    },

    // Safe to retry: each update names the member and the absolute limit, so a chunk that lands
    // twice leaves the same end state (the second answers "unchanged").
    async setUserSpendLimits(updates) {
      checkBulkUpdates(updates);
      const rows: BulkSpendLimitRow[] = [];
      let calls = 0;
      for (let start = 0; start < updates.length; start += BULK_SPEND_LIMIT_MAX_UPDATES) {
        const chunk = updates.slice(start, start + BULK_SPEND_LIMIT_MAX_UPDATES);
        calls++;
        let answer: ReturnType<typeof parseBulkSpendLimitResult>;
        try {
          answer = await http.call({
            endpoint: "userSpendLimitsBulk",
            body: {
              updates: chunk.map((u) => ({ userEmail: u.email, spendLimitDollars: u.dollars })),
            },
            describe: describeUpdates(chunk),
            classify: bulkRouteFailure,
            parse: parseBulkSpendLimitResult,
          });
        } catch (error) {
          if (!(error instanceof BulkRouteUnavailableError)) throw error;
          return {
            kind: "route-unavailable",
            status: error.status === 404 ? 404 : 403,
            ...(error.apiMessage === undefined ? {} : { apiMessage: error.apiMessage }),
            rows,
            remaining: updates.slice(start),
            calls,
          };
        }
        rows.push(...bulkRows(chunk, answer));
      }
      return { kind: "applied", rows, calls };
    },

    async createDirectoryGroup(name) {
      const wanted = requireName(name, "createDirectoryGroup");
      try {
        return await http.call({
          endpoint: "directoryGroupCreate",
          body: { name: wanted },
          describe: `name ${JSON.stringify(wanted)}`,
          classify: groupFailure({ name: wanted }),
          parse: parseDirectoryGroup,
        });
      } catch (error) {
        // A retry after a lost answer finds the name taken by the group that attempt created.
        if (!(error instanceof DirectoryGroupNameTakenError) || error.attempts < 2) throw error;
        const key = groupNameKey(wanted);
        const groups = await reader.listDirectoryGroups();
        const created = groups.find((group) => groupNameKey(group.name) === key);
        if (created === undefined) throw error;
        return created;
      }
    },

    renameDirectoryGroup(groupId, name) {
      const wanted = requireName(name, "renameDirectoryGroup");
      return updateGroup(groupId, { name: wanted }, `name ${JSON.stringify(wanted)}`, wanted);
    },

    setDirectoryGroupLimit(groupId, dollars) {
      if (!(Number.isSafeInteger(dollars) && dollars >= 0)) {
        const endpoint = ENDPOINTS.directoryGroupUpdate;
        throw new ValidationError({
          endpoint: endpoint.id,
          method: endpoint.method,
          path: endpoint.path,
          attempts: 0,
          apiMessage: `monthlySpendingLimitDollars must be a whole number of dollars, 0 or more; got ${dollars}`,
          request: `group ${JSON.stringify(groupId)}`,
        });
      }
      return updateGroup(
        groupId,
        { monthlySpendingLimitDollars: dollars },
        `monthlySpendingLimitDollars ${dollars}`,
      );
    },

    clearDirectoryGroupLimit(groupId) {
      return updateGroup(
        groupId,
        { clearMonthlySpendingLimitDollars: true },
        "clearMonthlySpendingLimitDollars true",
      );
    },

    // Safe to retry, like deleteBlocklist: a 404 after an attempt that may have landed is "already gone".
    deleteDirectoryGroup(groupId) {
      return http.call<"deleted" | "already-gone">({
        endpoint: "directoryGroupDelete",
        groupId: requireId(groupId, "deleteDirectoryGroup"),
        describe: `group ${JSON.stringify(groupId)}`,
        classify: groupFailure({ groupId }),
        parse: () => "deleted",
        goneAfterRetry: "already-gone",
      });
    },

    addDirectoryGroupMembers: (groupId, userIds) =>
      changeGroupMembers("directoryGroupBulkAdd", groupId, userIds),

    removeDirectoryGroupMembers: (groupId, userIds) =>
      changeGroupMembers("directoryGroupBulkRemove", groupId, userIds),
  };

  // Safe to retry: a PATCH names the absolute name or limit, so it lands the same twice.
  function updateGroup(
    groupId: string,
    body: Record<string, unknown>,
    describe: string,
    name?: string,
  ): Promise<ApiDirectoryGroup> {
    return http.call({
      endpoint: "directoryGroupUpdate",
      groupId: requireId(groupId, "updateDirectoryGroup"),
      body,
      describe: `group ${JSON.stringify(groupId)}, ${describe}`,
      classify: groupFailure({ groupId, ...(name === undefined ? {} : { name }) }),
      parse: parseDirectoryGroup,
    });
  }

  // Safe to retry: membership is a set, so adding (or removing) the same ids twice ends the same.
  async function changeGroupMembers(
    endpoint: "directoryGroupBulkAdd" | "directoryGroupBulkRemove",
    groupId: string,
    userIds: ReadonlyArray<string>,
  ): Promise<GroupMembersChange> {
    requireId(groupId, endpoint);
    const ids = [...new Set(userIds)];
    for (const id of ids) requireId(id, `${endpoint} (a user id)`);
    let calls = 0;
    for (let start = 0; start < ids.length; start += GROUP_MEMBERS_MAX_PER_CALL) {
      const chunk = ids.slice(start, start + GROUP_MEMBERS_MAX_PER_CALL);
      calls++;
      await http.call({
        endpoint,
        groupId,
        body: { userIds: chunk },
        describe: `group ${JSON.stringify(groupId)}, ${chunk.length} user ids`,
        classify: groupFailure({ groupId }),
        // The answer's shape is undocumented: nothing in it is needed.
        parse: () => undefined,
      });
    }
    return { calls };
  }

  const pacing: PacingControl = {
    expect: (endpoint, calls) => limiter.expect(endpoint, calls),
    estimateMs: (endpoint, calls) => limiter.estimateMs(endpoint, calls),
  };
  return {
    reader: Object.freeze(reader),
    writer: Object.freeze(writer),
    pacing: Object.freeze(pacing),
  };
}

/**
 * The whole spend report: the largest page size the server honours, following totalPages,
 * sorted by user so rows do not move between pages while spend changes. A server that caps the
 * page size answers fewer rows per page and a larger totalPages, which is followed as is. A
 * server that rejects the size outright (400) is asked again with the size public clients use.
 * Once page 1 tells the total, the other pages are asked for at once: pacing admits them as the
 * rate limit allows, several in flight, and is told how many are coming.
 */
async function readAllSpend(
  listSpend: (query: SpendQuery) => Promise<SpendPage>,
  announce: (pages: number) => void,
  onPages: ((event: PagesEvent) => void) | undefined,
): Promise<SpendReport> {
  let pageSize = SPEND_PAGE_SIZE;
  let first: SpendPage;
  try {
    first = await listSpend({ ...STABLE_SPEND_ORDER, page: 1, pageSize });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    pageSize = FALLBACK_SPEND_PAGE_SIZE;
    first = await listSpend({ ...STABLE_SPEND_ORDER, page: 1, pageSize });
  }
  const pages = [first];
  if (first.totalPages !== undefined) {
    const total = Math.min(first.totalPages, MAX_PAGES);
    let done = 1;
    const progress = () => {
      try {
        onPages?.({ endpoint: "spend", done, total: Math.max(total, 1) });
      } catch {
        // A progress display's bug must not fail the read.
      }
    };
    progress();
    announce(total - 1);
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, total - 1) }, async (_, index) => {
        const page = await listSpend({ ...STABLE_SPEND_ORDER, page: index + 2, pageSize });
        done += 1;
        progress();
        return page;
      }),
    );
    pages.push(...rest);
    return spendReport(pages, pageSize);
  }
  // No totalPages: keep going while rows come and totalMembers says some are missing.
  let seen = first.rows.length;
  for (let page = 2; page <= MAX_PAGES; page++) {
    const more =
      first.totalMembers !== undefined &&
      seen < first.totalMembers &&
      pages.at(-1)?.rows.length !== 0;
    if (!more) break;
    const next = await listSpend({ ...STABLE_SPEND_ORDER, page, pageSize });
    pages.push(next);
    seen += next.rows.length;
  }
  return spendReport(pages, pageSize);
}

function spendReport(pages: readonly SpendPage[], pageSize: number): SpendReport {
  const byEmail = new Map<string, SpendRow>();
  const pageOf = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const row of page.rows) {
      const key = normalizeEmail(row.email);
      if (byEmail.has(key)) continue;
      byEmail.set(key, row);
      pageOf.set(key, index + 1);
    }
  });
  return {
    rows: [...byEmail.values()],
    cycleStart: pages[0]?.cycleStart,
    totalMembers: pages[0]?.totalMembers,
    pages: pages.length,
    pageSize,
    pageOf,
  };
}

interface PageOf<T> {
  readonly items: readonly T[];
  readonly pages: PageInfo;
  /** The page size asked for, when the endpoint takes one. */
  readonly pageSize?: number;
}

/**
 * Reads page 1, 2, ... until the answer says there are no more: `hasNextPage` when sent, else
 * `totalPages`, else (when we asked for a page size) a short page.
 */
async function readPages<T>(fetchPage: (page: number) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await fetchPage(page);
    items.push(...result.items);
    const { hasNextPage, totalPages } = result.pages;
    const more =
      hasNextPage ??
      (totalPages !== undefined
        ? page < totalPages
        : result.pageSize !== undefined && result.items.length >= result.pageSize);
    if (!more || result.items.length === 0) break;
  }
  return items;
}

/** The API's name comparison for groups, as far as we can tell: trimmed, case-insensitive. */
function groupNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Epoch ms as ISO 8601: unlike a bare number, the API cannot misread it as seconds. */
function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

function requireId(id: string, what: string): string {
  if (id.trim() === "") throw new UsageError(`${what} needs an id; it was empty.`);
  return id;
}

function requireName(name: string, what: string): string {
  const trimmed = name.trim();
  if (trimmed === "") throw new UsageError(`${what} needs a group name; it was empty.`);
  return trimmed;
}

/**
 * How a SCIM-synced group's refusal reads. The wording is undocumented: these are the words a
 * refusal of that kind plausibly uses (the emulator's says "synced from your identity provider
 * (SCIM)").
 */
const MANAGED_ELSEWHERE =
  /\bscim\b|identity provider|\bidp\b|directory sync|\bsynced\b|managed (?:by|in|through) (?:your |an |the )?(?:identity|idp|okta|azure|entra|google)/i;
const NAME_TAKEN = /already (?:exists|in use|taken)|duplicate|must be unique|name (?:is )?taken/i;

/**
 * The directory-group routes' own failures: 404 on the list (or create) is "this team/API has
 * no directory groups", on one group's route "that group is gone"; a 400/403 that speaks of an
 * identity provider refuses a write to a SCIM-synced group; 409 (or a 400 saying so) on create
 * or rename is a name in use.
 */
function groupFailure(target: { groupId?: string; name?: string }) {
  return (context: ApiCallContext): ApiError | undefined => {
    const { status } = context;
    const message = context.apiMessage ?? "";
    const write = ENDPOINTS[context.endpoint].write;
    if (write && (status === 400 || status === 403) && MANAGED_ELSEWHERE.test(message)) {
      return new ManagedByIdentityProviderError(context, target.groupId ?? target.name ?? "");
    }
    if (
      target.name !== undefined &&
      (status === 409 || (status === 400 && NAME_TAKEN.test(message)))
    ) {
      return new DirectoryGroupNameTakenError(context, target.name);
    }
    if (status === 404) {
      return target.groupId === undefined
        ? new DirectoryGroupsUnavailableError(context)
        : new DirectoryGroupNotFoundError(context, target.groupId);
    }
    return undefined;
  };
}

/** 403 (the preview is off) and 404 (an older API) mean "use the single route instead". */
function bulkRouteFailure(context: ApiCallContext): ApiError | undefined {
  return context.status === 403 || context.status === 404
    ? new BulkRouteUnavailableError(context)
    : undefined;
}

/** Refuses what the API would refuse for the whole call: bad dollars, an email twice. */
function checkBulkUpdates(updates: ReadonlyArray<SpendLimitUpdate>): void {
  const endpoint = ENDPOINTS.userSpendLimitsBulk;
  const refuse = (apiMessage: string, request: string) =>
    new ValidationError({
      endpoint: endpoint.id,
      method: endpoint.method,
      path: endpoint.path,
      attempts: 0,
      apiMessage,
      request,
    });
  const seen = new Set<string>();
  for (const { email, dollars } of updates) {
    if (dollars !== null && !(Number.isSafeInteger(dollars) && dollars >= 0)) {
      throw refuse(
        `spendLimitDollars must be a whole number of dollars, 0 or more, or null for no limit; got ${dollars}`,
        `userEmail ${JSON.stringify(email)}`,
      );
    }
    const key = normalizeEmail(email);
    if (seen.has(key)) {
      throw refuse(
        "each member may appear once per bulk call; the API refuses the whole call otherwise",
        `userEmail ${JSON.stringify(email)} (given twice)`,
      );
    }
    seen.add(key);
  }
}

function describeUpdates(chunk: ReadonlyArray<SpendLimitUpdate>): string {
  const first = chunk[0];
  if (first === undefined) return "no updates";
  const more = chunk.length > 1 ? ` and ${chunk.length - 1} more` : "";
  return `userEmail ${JSON.stringify(first.email)}${more}`;
}

/** Each update of the chunk with the API's result for it; a member it did not mention is "unconfirmed". */
function bulkRows(
  chunk: ReadonlyArray<SpendLimitUpdate>,
  answer: ReturnType<typeof parseBulkSpendLimitResult>,
): BulkSpendLimitRow[] {
  const byEmail = new Map<string, (typeof answer.results)[number]>();
  for (const result of answer.results) {
    const key = normalizeEmail(result.email);
    if (!byEmail.has(key)) byEmail.set(key, result);
  }
  return chunk.map((update): BulkSpendLimitRow => {
    const result = byEmail.get(normalizeEmail(update.email));
    if (result === undefined) {
      return {
        ...update,
        status: "unconfirmed",
        error: "the API's answer did not mention this member; the read-back will show the limit",
      };
    }
    return {
      ...update,
      status: result.status,
      ...(result.error === undefined ? {} : { error: result.error }),
    };
  });
}

/** Consecutive ranges of at most `maxDays`, covering [startDate, endDate]. */
function splitRange(range: DateRange, maxDays: number, endpoint: EndpointId): DateRange[] {
  const { startDate, endDate } = range;
  if (!Number.isFinite(startDate) || !Number.isFinite(endDate) || startDate > endDate) {
    const { method, path } = ENDPOINTS[endpoint];
    throw new UsageError(
      `${method} ${path} needs startDate <= endDate (epoch ms); got ${startDate} and ${endDate}.`,
    );
  }
  const span = maxDays * DAY_MS;
  const chunks: DateRange[] = [];
  for (let start = startDate; start <= endDate; start += span + 1) {
    chunks.push({ startDate: start, endDate: Math.min(endDate, start + span) });
  }
  return chunks;
}

function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...overrides };
  if (!Number.isSafeInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new UsageError(
      `retry.maxAttempts must be a whole number, 1 or more; got ${policy.maxAttempts}.`,
    );
  }
  return {
    maxAttempts: policy.maxAttempts,
    baseDelayMs: nonNegative(policy.baseDelayMs, "retry.baseDelayMs"),
    maxDelayMs: nonNegative(policy.maxDelayMs, "retry.maxDelayMs"),
  };
}

function positive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new UsageError(`${name} must be a positive number of milliseconds; got ${value}.`);
  }
  return value;
}

function nonNegative(value: number, name: string): number {
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new UsageError(`${name} must be 0 or more milliseconds; got ${value}.`);
  }
  return value;
}

/** An http(s) URL without credentials: the key belongs in CURSOR_API_KEY, never in a URL. */
function parseBaseUrl(text: string, apiKey: ApiKey): URL {
  const shown = redact(text, [apiKey.reveal()]);
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UsageError(
      `The API base URL ${JSON.stringify(shown)} is not a URL. Use e.g. https://api.cursor.com ` +
        "(CURSOR_API_BASE_URL or --base-url).",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(
      `The API base URL ${JSON.stringify(shown)} must start with https:// (or http:// for the ` +
        "emulator on loopback).",
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new UsageError(
      "The API base URL must not contain a user name or password: put the key in " +
        "CURSOR_API_KEY or --api-key-file.",
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new UsageError(
      `The API base URL ${JSON.stringify(shown)} must not have a query or fragment.`,
    );
  }
  return url;
}
