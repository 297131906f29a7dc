// Directory groups: the groups the policy declares versus the team's live groups, matched by
// name (compared case-insensitively), or by the old name a declared group is `renamedFrom`.
//
// Decisions (docs/plan-format.md, "How directory groups are planned"):
// - A policy without `directoryGroups` (and without `ownership.directoryGroups`) leaves groups
//   alone: no changes and no notes, but their limits still count in every member's effective limit.
// - A declared group that matches no live group is created: `group-create`, then its members in a
//   `group-members` change without an id (apply uses the new group's).
// - A matched group is renamed when its live name is spelt otherwise, and its limit set or cleared
//   when it differs: one `group-update`. Members: the policy's emails that are on the team, plus
//   every member an `emailPatterns` glob or a `roles` entry selects, against the live members on
//   the team; the difference is one `group-members` change. Members of a live group who are not
//   (or no longer) on the team are left alone: they have no limit to affect and the API refuses
//   their ids.
// - A live group the policy does not declare: `ownership.directoryGroups.ignore` → note, never
//   touched; else `prune` → `group-delete`; else note `unmanaged-directory-group`. A declared
//   group is managed even if an ignore glob matches it.
// - An email a group names that is not on the team is a warning (`group-member-not-on-team`, with
//   "did you mean" suggestions; a violation with --strict), or a note (`pending-group-member`)
//   when `pendingMembers` lists it: it is added on the first plan after they join.
// - Groups the API does not have (404) are fine while the policy declares none, and an error
//   (DirectoryGroupsUnavailableError) when it does; adding a member needs the member's id, which
//   the older answer shape lacks (GroupMembersNeedIdsError).

import { Minimatch } from "minimatch";
import type { DesiredDirectoryGroup, DesiredState } from "../model/desired.js";
import type { LiveDirectoryGroup, LiveMember, LiveState } from "../model/live.js";
import type {
  DirectoryGroupChange,
  GroupLimitRef,
  GroupMemberNotOnTeam,
  GroupMemberRef,
  Note,
} from "../model/plan.js";
import { EMAIL_GLOB_OPTIONS } from "../shared/email-globs.js";
import { compileGroupNameGlobs } from "../shared/group-name-globs.js";
import { normalizeGroupName } from "../shared/normalize.js";
import type { GroupMemberships } from "./effective-limits.js";
import {
  DirectoryGroupsUnavailableError,
  GroupMembersNeedIdsError,
  PlanInputError,
} from "./errors.js";
import { nearestMembers } from "./nearest-members.js";
import { compareText } from "./order.js";

interface DirectoryGroupPlan {
  readonly changes: DirectoryGroupChange[];
  readonly notes: Note[];
  /** Members a group names who are not on the team and not in `pendingMembers`. */
  readonly warnings: GroupMemberNotOnTeam[];
  readonly memberships: GroupMemberships;
  /** Live directory groups (0 when there are none to read). */
  readonly liveGroups: number;
}

/** A group as it stands after the plan: its name, limit and members on the team. */
interface GroupAfter {
  readonly name: string;
  readonly limit: number | null;
  readonly members: Iterable<string>;
}

export function planDirectoryGroups(desired: DesiredState, live: LiveState): DirectoryGroupPlan {
  const read = live.directoryGroups;
  const liveGroups = read?.supported ? read.groups : [];
  const onTeam = new Map(live.members.map((member) => [member.emailKey, member]));
  const before = membershipIndex(
    liveGroups.map((group) => ({
      name: group.name,
      limit: group.limitDollars,
      members: teamMembersOf(group, onTeam),
    })),
  );

  const wanted = desired.directoryGroups;
  if (wanted === undefined || (wanted.groups.length === 0 && liveGroups.length === 0)) {
    return unchanged(before, liveGroups.length);
  }
  if (read === undefined) {
    throw new PlanInputError(
      "the policy manages directory groups, but the live state was read without them",
    );
  }
  if (!read.supported) {
    if (wanted.groups.length > 0) {
      throw new DirectoryGroupsUnavailableError(wanted.groups.length, read.reason);
    }
    return unchanged(before, 0);
  }

  const changes: DirectoryGroupChange[] = [];
  const notes: Note[] = [];
  const after: GroupAfter[] = [];
  const matched = matchGroups(wanted.groups, liveGroups);
  const warnings: GroupMemberNotOnTeam[] = [];
  const selectMembers = memberSelector(live.members, new Set(desired.pendingMembers ?? []));

  for (const group of wanted.groups) {
    const match = matched.get(group);
    const members = selectMembers(group, onTeam, { notes, warnings });
    after.push({ name: group.name, limit: group.limit, members });
    if (match === undefined) {
      changes.push({
        kind: "group-create",
        resource: "directoryGroup",
        key: group.nameKey,
        name: group.name,
        limit: group.limit,
        source: group.source,
      });
      const add = refsOf([...members], onTeam, group);
      if (add.length > 0) {
        changes.push({
          kind: "group-members",
          resource: "directoryGroup",
          key: group.nameKey,
          name: group.name,
          add,
          remove: [],
        });
      }
      continue;
    }
    const renamed = match.name !== group.name;
    const limitChanged = match.limitDollars !== group.limit;
    if (renamed || limitChanged) {
      changes.push({
        kind: "group-update",
        resource: "directoryGroup",
        key: group.nameKey,
        name: group.name,
        id: match.id,
        ...(renamed ? { renamedFrom: match.name } : {}),
        ...(limitChanged ? { limit: { before: match.limitDollars, after: group.limit } } : {}),
        source: group.source,
      });
    }
    const current = teamMembersOf(match, onTeam);
    const add = refsOf(
      [...members].filter((key) => !current.has(key)),
      onTeam,
      group,
    );
    const remove = [...current]
      .filter((key) => !members.has(key))
      .map((key) => removalRef(match, key, onTeam))
      .sort(byEmail);
    if (add.length > 0 || remove.length > 0) {
      changes.push({
        kind: "group-members",
        resource: "directoryGroup",
        key: group.nameKey,
        name: group.name,
        id: match.id,
        add,
        remove,
      });
    }
  }

  const claimed = new Set([...matched.values()].map((group) => group.id));
  const ignoredBy = compileGroupNameGlobs(wanted.ownership.ignore);
  for (const group of liveGroups) {
    if (claimed.has(group.id)) continue;
    const pattern = ignoredBy(group.name);
    const stays = () =>
      after.push({
        name: group.name,
        limit: group.limitDollars,
        members: teamMembersOf(group, onTeam),
      });
    if (pattern !== undefined) {
      notes.push({ kind: "ignored-directory-group", name: group.name, id: group.id, pattern });
      stays();
    } else if (wanted.ownership.prune) {
      changes.push({
        kind: "group-delete",
        resource: "directoryGroup",
        key: group.nameKey,
        name: group.name,
        id: group.id,
        limit: group.limitDollars,
        members: [...teamMembersOf(group, onTeam)]
          .map((key) => onTeam.get(key)?.email ?? key)
          .sort(compareText),
      });
    } else {
      notes.push({ kind: "unmanaged-directory-group", name: group.name, id: group.id });
      stays();
    }
  }

  return {
    changes,
    notes,
    warnings,
    memberships: { before, after: membershipIndex(after) },
    liveGroups: liveGroups.length,
  };
}

function unchanged(groupsOf: GroupsOf, liveGroups: number): DirectoryGroupPlan {
  return {
    changes: [],
    notes: [],
    warnings: [],
    memberships: { before: groupsOf, after: groupsOf },
    liveGroups,
  };
}

/**
 * The live group each declared group takes over: the one of the same name, else the one it is
 * `renamedFrom` (unless another declared group has that name). Two live groups of one name (the
 * API should not allow it): the lowest id is taken, the other is undeclared.
 */
function matchGroups(
  declared: readonly DesiredDirectoryGroup[],
  liveGroups: readonly LiveDirectoryGroup[],
): Map<DesiredDirectoryGroup, LiveDirectoryGroup> {
  const byKey = new Map<string, LiveDirectoryGroup[]>();
  for (const group of [...liveGroups].sort((a, b) => compareText(a.id, b.id))) {
    const list = byKey.get(group.nameKey) ?? [];
    list.push(group);
    byKey.set(group.nameKey, list);
  }
  const declaredKeys = new Set(declared.map((group) => group.nameKey));
  const claimed = new Set<string>();
  const take = (key: string) => {
    const found = byKey.get(key)?.find((group) => !claimed.has(group.id));
    if (found !== undefined) claimed.add(found.id);
    return found;
  };
  const matched = new Map<DesiredDirectoryGroup, LiveDirectoryGroup>();
  for (const group of declared) {
    const found = take(group.nameKey);
    if (found !== undefined) matched.set(group, found);
  }
  for (const group of declared) {
    if (matched.has(group) || group.renamedFrom === undefined) continue;
    const oldKey = normalizeGroupName(group.renamedFrom);
    if (declaredKeys.has(oldKey)) continue;
    const found = take(oldKey);
    if (found !== undefined) matched.set(group, found);
  }
  return matched;
}

type MemberSelector = (
  group: DesiredDirectoryGroup,
  onTeam: ReadonlyMap<string, LiveMember>,
  findings: { readonly notes: Note[]; readonly warnings: GroupMemberNotOnTeam[] },
) => Set<string>;

/**
 * The members a declared group should have: emails on the team, plus pattern and role matches.
 * An email not on the team is a note when `pendingMembers` lists it, else a warning.
 */
function memberSelector(
  members: readonly LiveMember[],
  pending: ReadonlySet<string>,
): MemberSelector {
  return (group, onTeam, { notes, warnings }) => {
    const selected = new Set<string>();
    for (const email of group.members) {
      if (onTeam.has(email)) {
        selected.add(email);
      } else if (pending.has(email)) {
        notes.push({
          kind: "pending-group-member",
          email,
          group: group.name,
          source: group.source,
        });
      } else {
        warnings.push({
          kind: "group-member-not-on-team",
          email,
          group: group.name,
          source: group.source,
          suggestions: nearestMembers(email, onTeam.keys()),
        });
      }
    }
    if (group.emailPatterns.length > 0 || group.roles.length > 0) {
      const patterns = group.emailPatterns.map((glob) => new Minimatch(glob, EMAIL_GLOB_OPTIONS));
      const roles = new Set(group.roles);
      for (const member of members) {
        if (roles.has(member.role) || patterns.some((glob) => glob.match(member.emailKey))) {
          selected.add(member.emailKey);
        }
      }
    }
    return selected;
  };
}

/** The live group's members who are on the team, by normalised email. */
function teamMembersOf(
  group: LiveDirectoryGroup,
  onTeam: ReadonlyMap<string, LiveMember>,
): Set<string> {
  const keys = new Set<string>();
  for (const member of group.members) {
    if (member.emailKey !== undefined && onTeam.has(member.emailKey)) keys.add(member.emailKey);
  }
  return keys;
}

/** Members to add, by id: a member the API lists without an id cannot be added. */
function refsOf(
  keys: readonly string[],
  onTeam: ReadonlyMap<string, LiveMember>,
  group: DesiredDirectoryGroup,
): GroupMemberRef[] {
  return keys
    .map((key) => {
      const member = onTeam.get(key);
      if (member === undefined)
        throw new PlanInputError(`${key} was selected but is not on the team`);
      if (member.id === undefined) throw new GroupMembersNeedIdsError(member.email, group.name);
      return { email: member.email, userId: member.id };
    })
    .sort(byEmail);
}

/** A member to remove, by the id the group lists them under. */
function removalRef(
  group: LiveDirectoryGroup,
  key: string,
  onTeam: ReadonlyMap<string, LiveMember>,
): GroupMemberRef {
  const listed = group.members.find((member) => member.emailKey === key);
  if (listed === undefined) throw new PlanInputError(`${key} is not listed in group ${group.id}`);
  return { email: onTeam.get(key)?.email ?? listed.email ?? key, userId: listed.userId };
}

function byEmail(a: GroupMemberRef, b: GroupMemberRef): number {
  return (
    compareText(a.email.toLowerCase(), b.email.toLowerCase()) || compareText(a.userId, b.userId)
  );
}

/** The groups a member (by normalised email) is in. */
type GroupsOf = (memberKey: string) => readonly GroupLimitRef[];

/** Who is in which group, by member: groups sorted by name so the plan does not depend on order. */
function membershipIndex(groups: readonly GroupAfter[]): GroupsOf {
  const index = new Map<string, GroupLimitRef[]>();
  for (const group of groups) {
    for (const key of group.members) {
      const list = index.get(key) ?? [];
      list.push({ name: group.name, limit: group.limit });
      index.set(key, list);
    }
  }
  for (const list of index.values()) {
    list.sort((a, b) => compareText(a.name, b.name) || (a.limit ?? -1) - (b.limit ?? -1));
  }
  return (key) => index.get(key) ?? IN_NO_GROUP;
}

/** One shared empty list for every member in no group: a large team has many of them. */
const IN_NO_GROUP: readonly GroupLimitRef[] = Object.freeze([]);
