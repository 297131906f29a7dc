#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);

// src/shared/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms)
    );
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};

// src/api/endpoints.ts
var ENDPOINTS = {
  members: {
    id: "members",
    method: "GET",
    path: "/teams/members",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  spend: {
    id: "spend",
    method: "POST",
    path: "/teams/spend",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  userSpendLimit: {
    id: "userSpendLimit",
    method: "POST",
    path: "/teams/user-spend-limit",
    write: true,
    ratePerMinute: 250,
    legacyRatePerMinute: 60
  },
  blocklists: {
    id: "blocklists",
    method: "GET",
    path: "/settings/repo-blocklists/repos",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  blocklistsUpsert: {
    id: "blocklistsUpsert",
    method: "POST",
    path: "/settings/repo-blocklists/repos/upsert",
    write: true,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  blocklistDelete: {
    id: "blocklistDelete",
    method: "DELETE",
    path: "/settings/repo-blocklists/repos/:repoId",
    write: true,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  dailyUsage: {
    id: "dailyUsage",
    method: "POST",
    path: "/teams/daily-usage-data",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  usageEvents: {
    id: "usageEvents",
    method: "POST",
    path: "/teams/filtered-usage-events",
    write: false,
    ratePerMinute: 60,
    legacyRatePerMinute: 20
  },
  auditLogs: {
    id: "auditLogs",
    method: "GET",
    path: "/teams/audit-logs",
    write: false,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  // The 2026 surface (docs/emulator.md, "The 2026 surface"). The older API has none of these
  // routes: their "legacy" rates only matter to an emulator serving the older shapes, which
  // answers 404 on them.
  userSpendLimitsBulk: {
    id: "userSpendLimitsBulk",
    method: "POST",
    path: "/teams/user-spend-limits",
    write: true,
    ratePerMinute: 20,
    legacyRatePerMinute: 20
  },
  directoryGroups: groupRoute("directoryGroups", "GET", "/teams/directory-groups", false),
  directoryGroup: groupRoute("directoryGroup", "GET", "/teams/directory-groups/:groupId", false),
  directoryGroupMembers: groupRoute(
    "directoryGroupMembers",
    "GET",
    "/teams/directory-groups/:groupId/members",
    false
  ),
  directoryGroupCreate: groupRoute("directoryGroupCreate", "POST", "/teams/directory-groups", true),
  directoryGroupUpdate: groupRoute(
    "directoryGroupUpdate",
    "PATCH",
    "/teams/directory-groups/:groupId",
    true
  ),
  directoryGroupDelete: groupRoute(
    "directoryGroupDelete",
    "DELETE",
    "/teams/directory-groups/:groupId",
    true
  ),
  directoryGroupBulkAdd: groupRoute(
    "directoryGroupBulkAdd",
    "POST",
    "/teams/directory-groups/:groupId/members/bulk-add",
    true
  ),
  directoryGroupBulkRemove: groupRoute(
    "directoryGroupBulkRemove",
    "POST",
    "/teams/directory-groups/:groupId/members/bulk-remove",
    true
  )
};
function groupRoute(id, method, path, write) {
  return { id, method, path, write, ratePerMinute: 20, legacyRatePerMinute: 20 };
}
var DIRECTORY_GROUP_ENDPOINTS = [
  "directoryGroups",
  "directoryGroup",
  "directoryGroupMembers",
  "directoryGroupCreate",
  "directoryGroupUpdate",
  "directoryGroupDelete",
  "directoryGroupBulkAdd",
  "directoryGroupBulkRemove"
];
function endpointPath(endpoint, params = {}) {
  return ENDPOINTS[endpoint].path.replace(
    /:(repoId|groupId)/g,
    (_, name) => encodeURIComponent(params[name] ?? "")
  );
}
var ENDPOINT_IDS = Object.keys(ENDPOINTS);
var DAILY_USAGE_MAX_RANGE_DAYS = { current: 30, legacy: 90 };
var AUDIT_LOG_MAX_RANGE_DAYS = 30;
var BULK_SPEND_LIMIT_MAX_UPDATES = 100;
var GROUP_MEMBERS_MAX_PER_CALL = 100;
var DEFAULT_BASE_URL = "https://api.cursor.com";

export {
  systemClock,
  ENDPOINTS,
  DIRECTORY_GROUP_ENDPOINTS,
  endpointPath,
  ENDPOINT_IDS,
  DAILY_USAGE_MAX_RANGE_DAYS,
  AUDIT_LOG_MAX_RANGE_DAYS,
  BULK_SPEND_LIMIT_MAX_UPDATES,
  GROUP_MEMBERS_MAX_PER_CALL,
  DEFAULT_BASE_URL
};
