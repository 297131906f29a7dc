// The read-back after apply: re-reads what the plan touched, and only that, then plans again.
//
// Re-reading everything cost a 1-change apply on a 5,000-member team 51 spend pages (at 20 calls
// a minute, three minutes) to confirm one value. Instead:
// - spend limits: the spend pages that held the changed members when the plan read them (the
//   report is sorted by user, so pages stay put while spend moves), or one `searchTerm` call per
//   changed member when that is fewer calls; a member not found where expected is looked for the
//   other way before it is given up;
// - blocklists: the one list call, only when a blocklist changed;
// - anything else the plan may one day hold (a kind this module does not know): everything, as
//   before.
// The re-plan is made on the live state as first read with the re-read parts replaced, so it can
// differ from the first plan only where something was re-read: verification stays as strict as
// a full re-read for everything apply touched. Entries not re-read could not have moved through
// this apply; a touched member that cannot be found again (left the team meanwhile) is reported
// as not re-verified instead of silently passing.

import { type AdminReader, STABLE_SPEND_ORDER } from "../api/client.js";
import { buildLiveState, liveLimit, readLiveState } from "../api/live-state.js";
import type { SpendReport, SpendRow } from "../api/types.js";
import type { DesiredState } from "../model/desired.js";
import type { LiveMember, LiveState } from "../model/live.js";
import type { NotReverified, ReadBackSummary } from "../model/outcome.js";
import type { Change, LimitChange, Plan } from "../model/plan.js";
import { plan as computePlan } from "../plan/plan.js";
import { normalizeEmail } from "../shared/normalize.js";

/** Rows asked for by a per-member search: one member's email rarely matches more. */
export const SEARCH_PAGE_SIZE = 100;

export interface ReadBackInput {
  readonly desired: DesiredState;
  readonly reader: AdminReader;
  readonly allowDeletes: boolean;
  /** The plan that was applied. */
  readonly plan: Plan;
  /** The live state that plan was made from. */
  readonly live: LiveState;
  /** The spend report that live state was read from (its page index); undefined: search. */
  readonly spend: SpendReport | undefined;
}

export interface ReadBack {
  /** The plan again, on the live state with what was re-read: empty when everything took. */
  readonly verification: Plan;
  readonly summary: ReadBackSummary;
}

export async function readBack(input: ReadBackInput): Promise<ReadBack> {
  const { plan, live } = input;
  const limits = plan.changes.filter(isLimitChange);
  const blocklistsChanged = plan.changes.some((change) => change.resource === "blocklist");
  const known = (change: Change) => change.resource === "blocklist" || isLimitChange(change);
  if (!plan.changes.every(known)) return fullReadBack(input);

  const touched = new Set(limits.map((change) => change.key));
  const [spend, blocklists] = await Promise.all([
    readTouchedSpend(input.reader, touched, input.spend),
    blocklistsChanged ? input.reader.listBlocklists() : undefined,
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
    shape: legacy ? "legacy" : live.shape,
  };
  return {
    verification: computePlan(input.desired, merged, { allowDeletes: input.allowDeletes }),
    summary: {
      scope: "targeted",
      spendPages: spend.pages,
      spendSearches: spend.searches,
      blocklists: blocklists !== undefined,
      notReverified,
    },
  };
}

async function fullReadBack(input: ReadBackInput): Promise<ReadBack> {
  const live = await readLiveState(input.reader);
  return {
    verification: computePlan(input.desired, live, { allowDeletes: input.allowDeletes }),
    summary: {
      scope: "full",
      spendPages: 0,
      spendSearches: 0,
      blocklists: true,
      notReverified: [],
    },
  };
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
