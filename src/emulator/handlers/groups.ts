// The directory-group routes (docs/emulator.md, "Directory groups"): list and read groups and
// their members (paged), create, rename, set or clear the limit, delete, and bulk-add or
// bulk-remove members (at most 100 ids per call). A SCIM-synced group refuses every write made
// through the API (a state-file flag the API never shows). Whether the routes exist at all is
// decided before a handler runs (routeAvailable in index.ts).

import { GROUP_MEMBERS_MAX_PER_CALL } from "../../api/endpoints.js";
import {
  activeGroupMembers,
  activeMembersById,
  changeGroupMembers,
  createGroup,
  deleteGroup,
  directoryGroupsOf,
  findGroup,
  findGroupByName,
  type GroupUpdate,
  type GroupWrite,
  updateGroup,
} from "../groups.js";
import { API_APPLICATION_TYPE } from "../state.js";
import { describeValue } from "../state-format.js";
import type { DirectoryGroupState, EmulatorState } from "../types.js";
import {
  badRequest,
  bodyObject,
  type HandlerInput,
  type HandlerOutput,
  ok,
  pageOf,
  RequestError,
} from "./common.js";

/** Page size when a request names none, and the most one page holds (both undocumented). */
const DEFAULT_GROUP_PAGE_SIZE = 50;
const MAX_GROUP_PAGE_SIZE = 100;
/** Longest group name accepted (undocumented). */
const MAX_GROUP_NAME_LENGTH = 100;

function servedGroup(state: EmulatorState, group: DirectoryGroupState): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    memberCount: activeGroupMembers(state, group).length,
    monthlySpendingLimitDollars: group.monthlySpendingLimitDollars,
  };
}

/** `page` and `pageSize` from the query: whole numbers >= 1; larger pages are cut silently. */
function paging(query: URLSearchParams): { page: number; pageSize: number } {
  const read = (name: string): number | undefined => {
    const raw = query.get(name);
    if (raw === null || raw.trim() === "") return undefined;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
      throw badRequest(`${name} must be a whole number >= 1, got ${JSON.stringify(raw)}`);
    }
    return value;
  };
  return {
    page: read("page") ?? 1,
    pageSize: Math.min(read("pageSize") ?? DEFAULT_GROUP_PAGE_SIZE, MAX_GROUP_PAGE_SIZE),
  };
}

function pageOfList<T>(items: readonly T[], query: URLSearchParams) {
  const { page, pageSize } = paging(query);
  const info = pageOf(items.length, page, pageSize);
  return {
    items: items.slice(info.start, info.start + pageSize),
    pagination: { page, totalPages: info.totalPages, hasNextPage: page < info.totalPages },
  };
}

function groupOr404(state: EmulatorState, params: HandlerInput["params"]): DirectoryGroupState {
  const id = params.groupId ?? "";
  const group = findGroup(state, id);
  if (group === undefined) {
    throw new RequestError(404, {
      error: "Not Found",
      message: `Directory group ${JSON.stringify(id)} not found`,
    });
  }
  return group;
}

/** API writes to a SCIM-synced group are refused; the status is a setting (400 or 403). */
function refuseIfScim(input: HandlerInput, group: DirectoryGroupState): void {
  if (!group.scimSynced || input.actor.applicationType !== API_APPLICATION_TYPE) return;
  const status = input.settings.scimRefusalStatus;
  throw new RequestError(status, {
    error: status === 403 ? "Forbidden" : "Bad Request",
    message: `Directory group ${JSON.stringify(group.name)} is synced from your identity provider (SCIM) and cannot be modified through the API`,
  });
}

function readName(body: Record<string, unknown>, required: boolean): string | undefined {
  const name = body.name;
  if (name === undefined && !required) return undefined;
  if (typeof name !== "string" || name.trim() === "") {
    throw badRequest(`name must be a non-empty string, got ${describeValue(name)}`);
  }
  if (name.trim().length > MAX_GROUP_NAME_LENGTH) {
    throw badRequest(`name must be at most ${MAX_GROUP_NAME_LENGTH} characters`);
  }
  return name.trim();
}

function refuseTakenName(input: HandlerInput, name: string, except?: DirectoryGroupState): void {
  const holder = findGroupByName(input.state, name);
  if (holder === undefined || holder.id === except?.id) return;
  const status = input.settings.duplicateGroupNameStatus;
  throw new RequestError(status, {
    error: status === 409 ? "Conflict" : "Bad Request",
    message: `A directory group named ${JSON.stringify(holder.name)} already exists`,
  });
}

function written(state: EmulatorState, result: GroupWrite): HandlerOutput {
  return {
    response: { status: 200, body: { group: servedGroup(result.state, result.group) } },
    ...(result.state === state ? {} : { state: result.state }),
  };
}

export function listGroups({ state, query }: HandlerInput): HandlerOutput {
  const page = pageOfList(directoryGroupsOf(state), query);
  return ok({
    groups: page.items.map((group) => servedGroup(state, group)),
    pagination: page.pagination,
  });
}

export function getGroup({ state, params }: HandlerInput): HandlerOutput {
  return ok({ group: servedGroup(state, groupOr404(state, params)) });
}

export function listGroupMembers({ state, params, query }: HandlerInput): HandlerOutput {
  const group = groupOr404(state, params);
  const page = pageOfList(activeGroupMembers(state, group), query);
  return ok({
    members: page.items.map((m) => ({ userId: m.id, email: m.email, name: m.name })),
    pagination: page.pagination,
  });
}

export function createGroupHandler(input: HandlerInput): HandlerOutput {
  const { state, now, actor } = input;
  const name = readName(bodyObject(input.body), true) ?? "";
  refuseTakenName(input, name);
  return written(state, createGroup(state, name, { now, actor }));
}

/**
 * PATCH `{name?, monthlySpendingLimitDollars?: integer, clearMonthlySpendingLimitDollars?: true}`:
 * at least one; a limit and a clear together are contradictory.
 */
function readUpdate(body: Record<string, unknown>): GroupUpdate {
  const name = readName(body, false);
  const limit = body.monthlySpendingLimitDollars;
  const clear = body.clearMonthlySpendingLimitDollars;
  if (clear !== undefined && clear !== true) {
    throw badRequest(
      `clearMonthlySpendingLimitDollars must be true when sent, got ${describeValue(clear)}`,
    );
  }
  if (limit !== undefined) {
    if (!(typeof limit === "number" && Number.isSafeInteger(limit) && limit >= 0)) {
      throw badRequest(
        `monthlySpendingLimitDollars must be a whole number of dollars >= 0 (use clearMonthlySpendingLimitDollars to remove it), got ${describeValue(limit)}`,
      );
    }
    if (clear === true) {
      throw badRequest(
        "send either monthlySpendingLimitDollars or clearMonthlySpendingLimitDollars, not both",
      );
    }
  }
  if (name === undefined && limit === undefined && clear === undefined) {
    throw badRequest(
      "nothing to change: send name, monthlySpendingLimitDollars or clearMonthlySpendingLimitDollars",
    );
  }
  return {
    ...(name === undefined ? {} : { name }),
    ...(typeof limit === "number" ? { limitDollars: limit } : {}),
    ...(clear === true ? { limitDollars: null } : {}),
  };
}

export function updateGroupHandler(input: HandlerInput): HandlerOutput {
  const { state, now, actor, params } = input;
  const group = groupOr404(state, params);
  refuseIfScim(input, group);
  const update = readUpdate(bodyObject(input.body));
  if (update.name !== undefined) refuseTakenName(input, update.name, group);
  return written(state, updateGroup(state, group, update, { now, actor }));
}

export function deleteGroupHandler(input: HandlerInput): HandlerOutput {
  const { state, now, actor, params } = input;
  const group = groupOr404(state, params);
  refuseIfScim(input, group);
  return { response: { status: 204 }, state: deleteGroup(state, group, { now, actor }).state };
}

/** `{userIds: [...]}`: 1 to 100 ids of active members; any unknown id refuses the whole call. */
function readUserIds(state: EmulatorState, body: Record<string, unknown>): string[] {
  const ids = body.userIds;
  if (!Array.isArray(ids)) {
    throw badRequest(`userIds is required: an array of member ids, got ${describeValue(ids)}`);
  }
  if (ids.length === 0 || ids.length > GROUP_MEMBERS_MAX_PER_CALL) {
    throw badRequest(
      `userIds must have 1 to ${GROUP_MEMBERS_MAX_PER_CALL} ids, got ${ids.length}; nothing was applied`,
    );
  }
  const members = activeMembersById(state);
  const unknown: string[] = [];
  const checked = ids.map((id: unknown, index) => {
    if (typeof id !== "string" || id.trim() === "") {
      throw badRequest(`userIds[${index}] must be a non-empty string, got ${describeValue(id)}`);
    }
    if (!members.has(id)) unknown.push(id);
    return id;
  });
  if (unknown.length > 0) {
    throw badRequest(
      `not members of this team: ${unknown.map((id) => JSON.stringify(id)).join(", ")}; nothing was applied`,
    );
  }
  return checked;
}

function membersHandler(change: "add" | "remove") {
  return (input: HandlerInput): HandlerOutput => {
    const { state, now, actor, params } = input;
    const group = groupOr404(state, params);
    refuseIfScim(input, group);
    const ids = readUserIds(state, bodyObject(input.body));
    return written(state, changeGroupMembers(state, group, ids, change, { now, actor }));
  };
}

export const bulkAddGroupMembers = membersHandler("add");
export const bulkRemoveGroupMembers = membersHandler("remove");
