// The read-back after apply: re-reads what the plan touched, and only that, then plans again.
//
// Re-reading everything cost a 1-change apply on a 5,000-member team 51 spend pages (at 20 calls
// a minute, three minutes) to confirm one value. Instead:
// - spend limits: the spend pages that held the changed members when the plan read them (the
//   report is sorted by user, so pages stay put while spend moves), or one `searchTerm` call per
//   changed member when that is fewer calls; a member not found where expected is looked for the
//   other way before it is given up;
// - blocklists: the one list call, only when a blocklist changed;
// - directory groups, only when one changed: the list (names, limits, which groups exist), and
//   the members of the groups whose membership changed (the others' members are as first read);
//   the members whose effective limit the plan promised are re-read like changed members, and
//   their effective limit as the API now reports it is compared with the promise;
// - anything else the plan may one day hold (a kind this module does not know): everything, as
//   before.
// The re-plan is made on the live state as first read with the re-read parts replaced, so it can
// differ from the first plan only where something was re-read: verification stays as strict as
// a full re-read for everything apply touched. Entries not re-read could not have moved through
// this apply; a touched member that cannot be found again (left the team meanwhile) is reported
// as not re-verified instead of silently passing.

import { type AdminReader, STABLE_SPEND_ORDER } from "../api/client.js";
import {
  buildLiveState,
  type DirectoryGroupsRead,
  liveLimit,
  readLiveState,
  withGroupMembers,
} from "../api/live-state.js";
import type { ApiDirectoryGroupMember, SpendReport, SpendRow } from "../api/types.js";
import type { DesiredState } from "../model/desired.js";
import type { LiveDirectoryGroups, LiveMember, LiveState } from "../model/live.js";
import type { EffectiveMismatch, NotReverified, ReadBackSummary } from "../model/outcome.js";
import type { Change, LimitBefore, LimitChange, Plan, PlanOptions } from "../model/plan.js";
import { plan as computePlan } from "../plan/plan.js";
import { normalizeEmail, normalizeGroupName } from "../shared/normalize.js";

/** Rows asked for by a per-member search: one member's email rarely matches more. */
const SEARCH_PAGE_SIZE = 100;

interface ReadBackInput {
  readonly desired: DesiredState;
  readonly reader: AdminReader;
  /** The options the plan was made with (the same "today" and switches). */
  readonly planOptions: PlanOptions;
  /** The plan that was applied. */
  readonly plan: Plan;
  /** The live state that plan was made from. */
  readonly live: LiveState;
  /** The spend report that live state was read from (its page index); undefined: search. */
  readonly spend: SpendReport | undefined;
}

interface ReadBack {
  /** The plan again, on the live state with what was re-read: empty when everything took. */
  readonly verification: Plan;
  readonly summary: ReadBackSummary;
}

export async function readBack(input: ReadBackInput): Promise<ReadBack> {
  const { plan, live } = input;
  const limits = plan.changes.filter(isLimitChange);
  const blocklistsChanged = plan.changes.some((change) => change.resource === "blocklist");
  const groupsChanged = plan.changes.some((change) => change.resource === "directoryGroup");
  const known = (change: Change) =>
    change.resource === "blocklist" ||
    change.resource === "directoryGroup" ||
    isLimitChange(change);
  if (!plan.changes.every(known)) return fullReadBack(input);

  const promised = effectivePromises(plan);
  const touched = new Set([...limits.map((change) => change.key), ...promised.keys()]);
  const [spend, blocklists, directoryGroups] = await Promise.all([
    readTouchedSpend(input.reader, touched, input.spend),
    blocklistsChanged ? input.reader.listBlocklists() : undefined,
    groupsChanged ? rereadDirectoryGroups(input.reader, plan, live) : undefined,
  ]);

  const notReverified: NotReverified[] = [];
  const members: LiveMember[] = [];
  for (const member of live.members) {
    if (!touched.has(member.emailKey)) {
      members.push(member);
      continue;
    }
    const row = spend.rows.get(member.emailKey);
    if (row === undefined) {
      notReverified.push({
        key: member.emailKey,
        reason: "not in the spend report when read back (no longer on the team?)",
      });
      continue;
    }
    members.push(refreshed(member, row));
  }
  const legacy = [...spend.rows.values()].some(
    (row) => row.monthlyLimitDollars === undefined && row.hardLimitOverrideDollars !== undefined,
  );
  const merged: LiveState = {
    ...live,
    members,
    ...(blocklists === undefined
      ? {}
      : {
          blocklists: buildLiveState({ members: [], blocklists, spend: { rows: [] } }).blocklists,
        }),
    ...(directoryGroups === undefined ? {} : { directoryGroups: joined(directoryGroups, members) }),
    shape: legacy ? "legacy" : live.shape,
  };
  const verification = computePlan(input.desired, merged, input.planOptions);
  return {
    verification,
    summary: {
      scope: "targeted",
      spendPages: spend.pages,
      spendSearches: spend.searches,
      blocklists: blocklists !== undefined,
      directoryGroups: directoryGroups !== undefined,
      notReverified,
      effectiveMismatches: effectiveMismatches(promised, members, verification),
    },
  };
}

async function fullReadBack(input: ReadBackInput): Promise<ReadBack> {
  const live = await readLiveState(input.reader, { directoryGroups: true });
  const verification = computePlan(input.desired, live, input.planOptions);
  return {
    verification,
    summary: {
      scope: "full",
      spendPages: 0,
      spendSearches: 0,
      blocklists: true,
      directoryGroups: true,
      notReverified: [],
      effectiveMismatches: effectiveMismatches(
        effectivePromises(input.plan),
        live.members,
        verification,
      ),
    },
  };
}

/** A member's effective limit as the plan promised it, with the groups it counted on. */
interface EffectivePromise {
  readonly email: string;
  readonly after: LimitBefore;
  readonly groups: readonly string[];
}

/** Every effective limit the plan states for after the apply, by normalised email. */
function effectivePromises(plan: Plan): Map<string, EffectivePromise> {
  const promised = new Map<string, EffectivePromise>();
  const add = (
    key: string,
    email: string,
    after: LimitBefore,
    groups: readonly { name: string }[],
  ) =>
    promised.set(key, {
      email,
      after,
      groups: groups.map((group) => normalizeGroupName(group.name)),
    });
  for (const change of plan.changes) {
    if (isLimitChange(change)) {
      add(change.key, change.email, change.effective.after, change.effective.groups);
    }
  }
  for (const change of plan.effectiveLimitChanges) {
    add(change.key, change.email, change.after, change.groups);
  }
  return promised;
}

/**
 * Members whose effective limit, as the API reports it after the apply, is not the one the plan
 * promised. Members the re-plan still lists a change for (a write that failed or did not take)
 * are reported there instead, and so are members of a group whose change did not take; an API
 * that does not report effective limits gives nothing to compare.
 */
function effectiveMismatches(
  promised: ReadonlyMap<string, EffectivePromise>,
  members: readonly LiveMember[],
  verification: Plan,
): EffectiveMismatch[] {
  const pendingMembers = new Set(
    verification.changes.filter((change) => isLimitChange(change)).map((change) => change.key),
  );
  const pendingGroups = new Set(
    verification.changes
      .filter((change) => change.resource === "directoryGroup")
      .map((change) => change.key),
  );
  const mismatches: EffectiveMismatch[] = [];
  for (const member of members) {
    const promise = promised.get(member.emailKey);
    const actual = member.limit?.effectiveDollars;
    if (promise === undefined || promise.after === "unknown" || actual === undefined) continue;
    if (pendingMembers.has(member.emailKey)) continue;
    if (promise.groups.some((group) => pendingGroups.has(group))) continue;
    if (actual !== promise.after) {
      mismatches.push({ email: member.email, promised: promise.after, actual });
    }
  }
  return mismatches;
}

/**
 * The directory groups after apply: the list again (one call a page), and the members of the
 * groups whose membership the plan changed or that are new; the other groups' members are as
 * first read (nothing in this apply changed them).
 */
async function rereadDirectoryGroups(
  reader: AdminReader,
  plan: Plan,
  live: LiveState,
): Promise<DirectoryGroupsRead> {
  const groups = await reader.listDirectoryGroups();
  const membersChanged = new Set(
    plan.changes.filter((change) => change.kind === "group-members").map((change) => change.key),
  );
  const before = new Map(
    (live.directoryGroups?.supported ? live.directoryGroups.groups : []).map((old) => [
      old.id,
      old,
    ]),
  );
  return withGroupMembers(reader, groups, (group) => {
    const known = before.get(group.id);
    if (known === undefined || membersChanged.has(normalizeGroupName(group.name))) return undefined;
    return known.members.map(
      (member): ApiDirectoryGroupMember => ({
        userId: member.userId,
        ...(member.email === undefined ? {} : { email: member.email }),
      }),
    );
  });
}

/** The groups joined with the team's members (for the emails of members listed by id only). */
function joined(
  read: DirectoryGroupsRead,
  members: readonly LiveMember[],
): LiveDirectoryGroups | undefined {
  return buildLiveState({
    members: members.map((member) => ({
      name: member.name,
      email: member.email,
      role: member.role,
      ...(member.id === undefined ? {} : { id: member.id }),
      isRemoved: false,
    })),
    blocklists: [],
    spend: { rows: [] },
    directoryGroups: read,
  }).directoryGroups;
}

interface TouchedSpend {
  /** Fresh rows of the touched members found, by normalised email. */
  readonly rows: Map<string, SpendRow>;
  readonly pages: number;
  readonly searches: number;
}

/**
 * The spend rows of the touched members, in as few calls as possible: the pages that held them,
 * or a search per member, whichever is fewer (a search on a tie). Whatever the
 * first way misses is looked for the other way once.
 */
async function readTouchedSpend(
  reader: AdminReader,
  touched: ReadonlySet<string>,
  report: SpendReport | undefined,
): Promise<TouchedSpend> {
  const rows = new Map<string, SpendRow>();
  if (touched.size === 0) return { rows, pages: 0, searches: 0 };
  const pageOf = report?.pageOf;
  const pageSize = report?.pageSize;
  const pages = new Set<number>();
  const unpaged: string[] = [];
  for (const key of touched) {
    const page = pageOf?.get(key);
    if (page === undefined) unpaged.push(key);
    else pages.add(page);
  }
  // Fewer calls wins; on a tie, a search: it finds the member wherever rows have moved.
  const byPages = pageSize !== undefined && pages.size + unpaged.length < touched.size;
  let pagesRead = 0;
  let searches = 0;

  const readPages = async (wanted: Iterable<number>) => {
    if (pageSize === undefined) return;
    const list = [...wanted];
    pagesRead += list.length;
    const answers = await Promise.all(
      list.map((page) => reader.listSpend({ ...STABLE_SPEND_ORDER, page, pageSize })),
    );
    for (const answer of answers) keep(answer.rows);
  };
  const search = async (keys: readonly string[]) => {
    const found = await Promise.all(keys.map((key) => searchMember(reader, key)));
    for (const result of found) {
      searches += result.calls;
      if (result.row !== undefined) rows.set(normalizeEmail(result.row.email), result.row);
    }
  };
  const keep = (found: readonly SpendRow[]) => {
    for (const row of found) {
      const key = normalizeEmail(row.email);
      if (touched.has(key) && !rows.has(key)) rows.set(key, row);
    }
  };
  const missing = () => [...touched].filter((key) => !rows.has(key));

  if (byPages) {
    await Promise.all([readPages(pages), search(unpaged)]);
    // A member who moved to another page (someone joined or left in between): search.
    await search(missing().filter((key) => !unpaged.includes(key)));
  } else {
    await search([...touched]);
    // Not found by search (a server that searches names only?): their pages, once.
    const lost = missing()
      .map((key) => pageOf?.get(key))
      .filter((page): page is number => page !== undefined);
    await readPages(new Set(lost));
  }
  return { rows, pages: pagesRead, searches };
}

/** One member's row by a search on their email; a few more pages if the term matched many. */
async function searchMember(
  reader: AdminReader,
  key: string,
): Promise<{ row: SpendRow | undefined; calls: number }> {
  for (let page = 1; ; page++) {
    const answer = await reader.listSpend({
      ...STABLE_SPEND_ORDER,
      searchTerm: key,
      page,
      pageSize: SEARCH_PAGE_SIZE,
    });
    const row = answer.rows.find((candidate) => normalizeEmail(candidate.email) === key);
    const more = answer.totalPages !== undefined && page < answer.totalPages && page < 10;
    if (row !== undefined || !more || answer.rows.length === 0) return { row, calls: page };
  }
}

/**
 * The reader, with the last whole spend report it read kept aside (its page index is what the
 * read-back needs; the live state built from it does not carry it).
 */
export function capturingReader(reader: AdminReader): {
  reader: AdminReader;
  spend(): SpendReport | undefined;
} {
  let report: SpendReport | undefined;
  return {
    reader: Object.freeze({
      ...reader,
      listAllSpend: async () => {
        report = await reader.listAllSpend();
        return report;
      },
    }),
    spend: () => report,
  };
}

function refreshed(member: LiveMember, row: SpendRow): LiveMember {
  const { limit: _old, ...rest } = member;
  const limit = liveLimit(row);
  return { ...rest, spendCents: row.spendCents, ...(limit === undefined ? {} : { limit }) };
}

function isLimitChange(change: Change): change is LimitChange {
  return change.kind === "set" || change.kind === "clear";
}
