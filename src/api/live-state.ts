// Reads the team's live state with as few calls as possible (members once, blocklists once,
// the spend report in as few pages as the server allows, and on request the directory groups:
// their list, then each group's members) and folds the API's shapes into the LiveState the
// planner reads. Only read endpoints: it is handed the reader, never the writer.

import type {
  LiveBlocklist,
  LiveDirectoryGroup,
  LiveDirectoryGroups,
  LiveLimit,
  LiveMember,
  LiveState,
  ResponseShape,
} from "../model/live.js";
import { normalizeEmail, normalizeRepoUrl } from "../shared/normalize.js";
import type { AdminReader } from "./client.js";
import { DirectoryGroupNotFoundError, DirectoryGroupsUnavailableError } from "./errors.js";
import type {
  ApiBlocklist,
  ApiDirectoryGroup,
  ApiDirectoryGroupMember,
  ApiMember,
  SpendLimitFields,
  SpendReport,
  SpendRow,
} from "./types.js";

interface ReadLiveStateOptions {
  /**
   * Also read the directory groups (1 call per 100 groups, plus 1 per 100 members of each
   * group). src/core always asks for them (the planner counts their limits); a team or API
   * without groups (404) reads as `{supported: false}`, never as an error.
   */
  readonly directoryGroups?: boolean;
}

export async function readLiveState(
  reader: AdminReader,
  options: ReadLiveStateOptions = {},
): Promise<LiveState> {
  // Different endpoints have separate rate budgets, so the reads can overlap.
  const [members, blocklists, spend, directoryGroups] = await Promise.all([
    reader.listMembers(),
    reader.listBlocklists(),
    reader.listAllSpend(),
    options.directoryGroups ? readDirectoryGroups(reader) : undefined,
  ]);
  return buildLiveState({
    members,
    blocklists,
    spend,
    ...(directoryGroups === undefined ? {} : { directoryGroups }),
  });
}

/** What the API says about the directory groups, before it is joined with the members. */
export type DirectoryGroupsRead =
  | {
      readonly supported: true;
      readonly groups: ReadonlyArray<{
        readonly group: ApiDirectoryGroup;
        readonly members: readonly ApiDirectoryGroupMember[];
      }>;
    }
  | { readonly supported: false; readonly reason: string };

/**
 * Every group and its members. A 404 on the list means the team or API has no groups; a group
 * that disappears between the list and its members (deleted meanwhile) is left out.
 */
async function readDirectoryGroups(reader: AdminReader): Promise<DirectoryGroupsRead> {
  let groups: ApiDirectoryGroup[];
  try {
    groups = await reader.listDirectoryGroups();
  } catch (error) {
    if (error instanceof DirectoryGroupsUnavailableError) {
      return { supported: false, reason: error.message };
    }
    throw error;
  }
  return withGroupMembers(reader, groups);
}

/**
 * Each group with its members: `known` gives a group's members when they need no call (the
 * read-back's groups that the apply did not touch); the others are read, one call a group. A
 * group that disappears between the list and its members (deleted meanwhile) is left out.
 */
export async function withGroupMembers(
  reader: AdminReader,
  groups: readonly ApiDirectoryGroup[],
  known: (group: ApiDirectoryGroup) => readonly ApiDirectoryGroupMember[] | undefined = () =>
    undefined,
): Promise<DirectoryGroupsRead> {
  const withMembers = await Promise.all(
    groups.map(async (group) => {
      const members = known(group);
      if (members !== undefined) return [{ group, members }];
      try {
        return [{ group, members: await reader.listDirectoryGroupMembers(group.id) }];
      } catch (error) {
        if (error instanceof DirectoryGroupNotFoundError) return [];
        throw error;
      }
    }),
  );
  return { supported: true, groups: withMembers.flat() };
}

interface LiveStateInput {
  readonly members: readonly ApiMember[];
  readonly blocklists: readonly ApiBlocklist[];
  readonly spend: Pick<SpendReport, "rows" | "cycleStart">;
  /** Absent when the groups were not read. */
  readonly directoryGroups?: DirectoryGroupsRead;
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
    ...(input.directoryGroups === undefined
      ? {}
      : { directoryGroups: liveDirectoryGroups(input.directoryGroups, input.members) }),
    ...(input.spend.cycleStart === undefined ? {} : { cycleStart: input.spend.cycleStart }),
    shape: responseShape(input.spend.rows),
  };
}

/**
 * Joins each group's members with the team's member list by id, for emails the group listing
 * leaves out. A member the team list does not know (removed meanwhile) keeps what the group said.
 */
function liveDirectoryGroups(
  read: DirectoryGroupsRead,
  teamMembers: readonly ApiMember[],
): LiveDirectoryGroups {
  if (!read.supported) return read;
  const active = teamMembers.filter((member) => !member.isRemoved);
  const emailById = new Map<string, string>();
  for (const member of active) {
    if (member.id !== undefined && !emailById.has(member.id))
      emailById.set(member.id, member.email);
  }
  const groups = read.groups.map(({ group, members }): LiveDirectoryGroup => {
    const seen = new Set<string>();
    const listed = members.flatMap((member) => {
      if (seen.has(member.userId)) return [];
      seen.add(member.userId);
      const email = member.email ?? emailById.get(member.userId);
      return [
        {
          userId: member.userId,
          ...(email === undefined ? {} : { email, emailKey: normalizeEmail(email) }),
        },
      ];
    });
    return {
      id: group.id,
      name: group.name,
      nameKey: group.name.trim().toLowerCase(),
      limitDollars: group.monthlySpendingLimitDollars,
      members: listed,
    };
  });
  return {
    supported: true,
    groups,
    membersHaveIds: active.length === 0 || active.every((member) => member.id !== undefined),
  };
}

/**
 * A user's current limit, as the Admin API documents it (docs/emulator.md, "Spend"):
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
