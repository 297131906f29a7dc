// Reads the team's live state with as few calls as possible (members once, blocklists once,
// the spend report in as few pages as the server allows) and folds the API's shapes into the
// LiveState the planner reads. Only read endpoints: it is handed the reader, never the writer.

import type {
  LiveBlocklist,
  LiveLimit,
  LiveMember,
  LiveState,
  ResponseShape,
} from "../model/live.js";
import { normalizeEmail, normalizeRepoUrl } from "../shared/normalize.js";
import type { AdminReader } from "./client.js";
import type { ApiBlocklist, ApiMember, SpendLimitFields, SpendReport, SpendRow } from "./types.js";

export async function readLiveState(reader: AdminReader): Promise<LiveState> {
  // Different endpoints have separate rate budgets, so the three reads can overlap.
  const [members, blocklists, spend] = await Promise.all([
    reader.listMembers(),
    reader.listBlocklists(),
    reader.listAllSpend(),
  ]);
  return buildLiveState({ members, blocklists, spend });
}

export interface LiveStateInput {
  readonly members: readonly ApiMember[];
  readonly blocklists: readonly ApiBlocklist[];
  readonly spend: Pick<SpendReport, "rows" | "cycleStart">;
}

/**
 * Joins members with their spend rows by normalised email. Removed members are dropped, and so
 * are spend rows of people who are not (or no longer) members. A member listed twice keeps the
 * first listing.
 */
export function buildLiveState(input: LiveStateInput): LiveState {
  const spendByEmail = new Map<string, SpendRow>();
  for (const row of input.spend.rows) {
    const key = normalizeEmail(row.email);
    if (!spendByEmail.has(key)) spendByEmail.set(key, row);
  }

  const members: LiveMember[] = [];
  const seen = new Set<string>();
  for (const member of input.members) {
    const emailKey = normalizeEmail(member.email);
    if (member.isRemoved || seen.has(emailKey)) continue;
    seen.add(emailKey);
    const row = spendByEmail.get(emailKey);
    const limit = row === undefined ? undefined : liveLimit(row);
    members.push({
      email: member.email,
      emailKey,
      name: member.name,
      role: member.role,
      ...(member.id === undefined ? {} : { id: member.id }),
      spendCents: row?.spendCents ?? 0,
      ...(limit === undefined ? {} : { limit }),
    });
  }

  return {
    members,
    blocklists: input.blocklists.map(liveBlocklist),
    ...(input.spend.cycleStart === undefined ? {} : { cycleStart: input.spend.cycleStart }),
    shape: responseShape(input.spend.rows),
  };
}

/**
 * A user's current limit, per "Reading a user's current limit" in cursor-admin-api.md:
 * `monthlyLimitDollars` when the field is present (null = no limit, 0 = a $0 limit); only when
 * it is absent, the legacy `hardLimitOverrideDollars` (or its `…USDR` alias), where 0 means "no
 * override" — read as no limit, flagged `zeroIsAmbiguous` because a $0 limit looks the same.
 * A legacy value above 0 is unambiguous. Undefined when the row has no limit field at all.
 */
export function liveLimit(row: SpendLimitFields): LiveLimit | undefined {
  const effective =
    row.effectivePerUserLimitDollars === undefined
      ? {}
      : { effectiveDollars: row.effectivePerUserLimitDollars };
  if (row.monthlyLimitDollars !== undefined) {
    return { dollars: row.monthlyLimitDollars, zeroIsAmbiguous: false, ...effective };
  }
  const legacy = row.hardLimitOverrideDollars;
  if (legacy === undefined) return undefined;
  if (legacy === null || legacy === 0) {
    return { dollars: null, zeroIsAmbiguous: true, ...effective };
  }
  return { dollars: legacy, zeroIsAmbiguous: false, ...effective };
}

/** "legacy" when any limit had to be read from the legacy field. */
function responseShape(rows: readonly SpendLimitFields[]): ResponseShape {
  const legacy = rows.some(
    (row) => row.monthlyLimitDollars === undefined && row.hardLimitOverrideDollars !== undefined,
  );
  return legacy ? "legacy" : "current";
}

function liveBlocklist(blocklist: ApiBlocklist): LiveBlocklist {
  return {
    id: blocklist.id,
    url: blocklist.url,
    urlKey: normalizeRepoUrl(blocklist.url) ?? blocklist.url.trim().toLowerCase(),
    patterns: blocklist.patterns,
  };
}
