// Directory-group queries and writes, as pure functions like those in state.ts: each write takes
// a state and returns a new one with the `team_directory_group` audit event it leaves behind.
// The HTTP layer (handlers/groups.ts) checks requests and decides which of these to call.

import { type Actor, type AuditEventDraft, takeId, withAuditEvent } from "./state.js";
import type { AuditEventState, DirectoryGroupState, EmulatorState, MemberState } from "./types.js";

/** The event type of every directory-group write (the real name is undocumented). */
const GROUP_EVENT_TYPE = "team_directory_group";

export function directoryGroupsOf(state: EmulatorState): readonly DirectoryGroupState[] {
  return state.directoryGroups ?? [];
}

export function findGroup(state: EmulatorState, id: string): DirectoryGroupState | undefined {
  return directoryGroupsOf(state).find((group) => group.id === id);
}

/** Group names are unique compared this way: trimmed, case-insensitive. */
function groupNameKey(name: string): string {
  return name.trim().toLowerCase();
}

export function findGroupByName(
  state: EmulatorState,
  name: string,
): DirectoryGroupState | undefined {
  const key = groupNameKey(name);
  return directoryGroupsOf(state).find((group) => groupNameKey(group.name) === key);
}

/** The active members of a group, in the group's order (removed and unknown ids are skipped). */
export function activeGroupMembers(
  state: EmulatorState,
  group: DirectoryGroupState,
): MemberState[] {
  const byId = activeMembersById(state);
  const seen = new Set<string>();
  const members: MemberState[] = [];
  for (const id of group.memberIds) {
    const member = byId.get(id);
    if (member === undefined || seen.has(id)) continue;
    seen.add(id);
    members.push(member);
  }
  return members;
}

const activeIndex = new WeakMap<EmulatorState, ReadonlyMap<string, MemberState>>();

/** Active members by id, computed once per state (states are never changed in place). */
export function activeMembersById(state: EmulatorState): ReadonlyMap<string, MemberState> {
  let index = activeIndex.get(state);
  if (index === undefined) {
    index = new Map(state.members.filter((m) => !m.isRemoved).map((m) => [m.id, m]));
    activeIndex.set(state, index);
  }
  return index;
}

interface Context {
  readonly now: number;
  readonly actor: Actor;
}

export interface GroupWrite {
  readonly state: EmulatorState;
  readonly group: DirectoryGroupState;
  /** Absent when the write changed nothing (no event is recorded then). */
  readonly event?: AuditEventState;
}

function replaceGroup(state: EmulatorState, group: DirectoryGroupState): EmulatorState {
  return {
    ...state,
    directoryGroups: directoryGroupsOf(state).map((g) => (g.id === group.id ? group : g)),
  };
}

function audit(state: EmulatorState, context: Context, data: Record<string, unknown>) {
  const draft: AuditEventDraft = {
    timestamp: context.now,
    event_type: GROUP_EVENT_TYPE,
    event_data: data,
  };
  return withAuditEvent(state, context.actor, draft);
}

/** A new group with no members and no limit; `name` must be free (the caller checks). */
export function createGroup(state: EmulatorState, name: string, context: Context): GroupWrite {
  let next = state;
  let id: string;
  do {
    const taken = takeId(next);
    next = taken.state;
    id = `team_group_em${String(taken.id).padStart(8, "0")}`;
  } while (findGroup(next, id) !== undefined);
  const group: DirectoryGroupState = {
    id,
    name,
    monthlySpendingLimitDollars: null,
    memberIds: [],
  };
  next = { ...next, directoryGroups: [...directoryGroupsOf(next), group] };
  const audited = audit(next, context, { action: "create", group_id: id, group_name: name });
  return { state: audited.state, group, event: audited.event };
}

export interface GroupUpdate {
  readonly name?: string;
  /** A number sets the limit, null clears it, undefined leaves it. */
  readonly limitDollars?: number | null;
}

/** Renames and/or sets or clears the limit; one event naming what changed. */
export function updateGroup(
  state: EmulatorState,
  group: DirectoryGroupState,
  update: GroupUpdate,
  context: Context,
): GroupWrite {
  const renamed = update.name !== undefined && update.name !== group.name;
  const limitChanged =
    update.limitDollars !== undefined && update.limitDollars !== group.monthlySpendingLimitDollars;
  const updated: DirectoryGroupState = {
    ...group,
    ...(renamed && update.name !== undefined ? { name: update.name } : {}),
    ...(limitChanged && update.limitDollars !== undefined
      ? { monthlySpendingLimitDollars: update.limitDollars }
      : {}),
  };
  if (!renamed && !limitChanged) return { state, group };
  const audited = audit(replaceGroup(state, updated), context, {
    action: "update",
    group_id: group.id,
    group_name: updated.name,
    ...(renamed ? { previous_name: group.name } : {}),
    ...(limitChanged
      ? {
          previous_limit_dollars: group.monthlySpendingLimitDollars,
          new_limit_dollars: updated.monthlySpendingLimitDollars,
        }
      : {}),
  });
  return { state: audited.state, group: updated, event: audited.event };
}

export function deleteGroup(
  state: EmulatorState,
  group: DirectoryGroupState,
  context: Context,
): GroupWrite {
  const next: EmulatorState = {
    ...state,
    directoryGroups: directoryGroupsOf(state).filter((g) => g.id !== group.id),
  };
  const audited = audit(next, context, {
    action: "delete",
    group_id: group.id,
    group_name: group.name,
    previous_limit_dollars: group.monthlySpendingLimitDollars,
  });
  return { state: audited.state, group, event: audited.event };
}

/**
 * Adds or removes members (active member ids; the caller checks them). Adding a member already
 * in the group or removing one who is not changes nothing; the event lists only real changes.
 */
export function changeGroupMembers(
  state: EmulatorState,
  group: DirectoryGroupState,
  memberIds: readonly string[],
  change: "add" | "remove",
  context: Context,
): GroupWrite {
  const current = new Set(group.memberIds);
  const changed = [...new Set(memberIds)].filter((id) =>
    change === "add" ? !current.has(id) : current.has(id),
  );
  if (changed.length === 0) return { state, group };
  const changedSet = new Set(changed);
  const updated: DirectoryGroupState = {
    ...group,
    memberIds:
      change === "add"
        ? [...group.memberIds, ...changed]
        : group.memberIds.filter((id) => !changedSet.has(id)),
  };
  const byId = activeMembersById(state);
  const audited = audit(replaceGroup(state, updated), context, {
    action: change === "add" ? "add_members" : "remove_members",
    group_id: group.id,
    group_name: group.name,
    user_ids: changed,
    user_emails: changed.map((id) => byId.get(id)?.email ?? null),
  });
  return { state: audited.state, group: updated, event: audited.event };
}
