// Routing (method + path -> endpoint, from the shared endpoint table) and the handler of each
// endpoint. `handle` turns a RequestError thrown by a handler into its response.

import { DIRECTORY_GROUP_ENDPOINTS, ENDPOINTS, type EndpointId } from "../../api/endpoints.js";
import type { EmulatorSettings, EmulatorState } from "../types.js";
import { auditLogs } from "./audit.js";
import { deleteBlocklistHandler, listBlocklists, upsertBlocklistsHandler } from "./blocklists.js";
import { userSpendLimitsBulk } from "./bulk-spend-limits.js";
import { type Handler, type HandlerInput, type HandlerOutput, RequestError } from "./common.js";
import {
  bulkAddGroupMembers,
  bulkRemoveGroupMembers,
  createGroupHandler,
  deleteGroupHandler,
  getGroup,
  listGroupMembers,
  listGroups,
  updateGroupHandler,
} from "./groups.js";
import { members, spend, userSpendLimit } from "./team.js";
import { dailyUsage, usageEvents } from "./usage.js";

export type { ApiResponse } from "./common.js";

const HANDLERS: Readonly<Record<EndpointId, Handler>> = {
  members,
  spend,
  userSpendLimit,
  blocklists: listBlocklists,
  blocklistsUpsert: upsertBlocklistsHandler,
  blocklistDelete: deleteBlocklistHandler,
  dailyUsage,
  usageEvents,
  auditLogs,
  userSpendLimitsBulk,
  directoryGroups: listGroups,
  directoryGroup: getGroup,
  directoryGroupMembers: listGroupMembers,
  directoryGroupCreate: createGroupHandler,
  directoryGroupUpdate: updateGroupHandler,
  directoryGroupDelete: deleteGroupHandler,
  directoryGroupBulkAdd: bulkAddGroupMembers,
  directoryGroupBulkRemove: bulkRemoveGroupMembers,
};

/**
 * Whether this API has the route at all. The older API (the legacy shape) has neither the
 * directory-group routes nor the bulk spend-limit route; a team without the group feature
 * (`features.directoryGroups: false`) answers 404 on the group routes. Such a request is
 * answered 404 before faults and auth, like any unknown path.
 */
export function routeAvailable(
  endpoint: EndpointId,
  state: EmulatorState,
  settings: EmulatorSettings,
): boolean {
  const isGroupRoute = DIRECTORY_GROUP_ENDPOINTS.includes(endpoint);
  if (!isGroupRoute && endpoint !== "userSpendLimitsBulk") return true;
  if (settings.shape === "legacy") return false;
  return !(isGroupRoute && state.features?.directoryGroups === false);
}

interface Route {
  readonly endpoint: EndpointId;
  readonly params: Readonly<Record<string, string>>;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Matches a path against a template with `:name` parameters, returning the parameters. */
function matchTemplate(template: string, path: string): Record<string, string> | undefined {
  const expected = template.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? "";
    const got = actual[i] ?? "";
    if (want.startsWith(":")) {
      if (got === "") return undefined;
      const decoded = decodeSegment(got);
      if (decoded === undefined) return undefined;
      params[want.slice(1)] = decoded;
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}

/** The endpoint a request is for (a trailing slash is ignored); undefined means 404. */
export function matchRoute(method: string, path: string): Route | undefined {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  for (const endpoint of Object.values(ENDPOINTS)) {
    if (endpoint.method !== method) continue;
    const params = matchTemplate(endpoint.path, trimmed);
    if (params) return { endpoint: endpoint.id, params };
  }
  return undefined;
}

export function handle(input: HandlerInput): HandlerOutput {
  try {
    return HANDLERS[input.endpoint](input);
  } catch (error) {
    if (error instanceof RequestError) {
      return { response: { status: error.status, body: error.body } };
    }
    throw error;
  }
}
