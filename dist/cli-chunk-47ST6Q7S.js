#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  STABLE_SPEND_ORDER
} from "./cli-chunk-HQO3PKN4.js";
import {
  applyPlan,
  confirmByReadBack
} from "./cli-chunk-GN2E3FF7.js";
import {
  AUDIT_LOG_MAX_RANGE_DAYS
} from "./cli-chunk-XPFRES5K.js";
import {
  systemClock,
  utcDate
} from "./cli-chunk-PDWXNEN5.js";
import {
  plan,
  verifiableChanges
} from "./cli-chunk-PR4YQT7K.js";
import {
  buildLiveState,
  liveLimit,
  readLiveState,
  withGroupMembers
} from "./cli-chunk-EHOJK4PX.js";
import {
  ApiError
} from "./cli-chunk-JFXSESHN.js";
import {
  checkSavedPlanStillHolds
} from "./cli-chunk-H5JYCXD4.js";
import {
  BlockedError
} from "./cli-chunk-AWBLGEXO.js";
import {
  ExitCode,
  normalizeEmail,
  normalizeGroupName,
  normalizeRepoUrl
} from "./cli-chunk-SMCOMD7A.js";

// src/api/audit-trail.ts
var DAY_MS = 864e5;
var DEFAULT_AUDIT_MAX_CALLS = 10;
var AUDIT_TRAIL_PAGE_SIZE = 500;
async function readAuditTrail(reader, options) {
  const endTime = options.endTime;
  const startTime = Math.max(options.startTime, endTime - AUDIT_LOG_MAX_RANGE_DAYS * DAY_MS);
  const maxCalls = Math.max(1, Math.floor(options.maxCalls ?? DEFAULT_AUDIT_MAX_CALLS));
  const pageSize = Math.min(
    500,
    Math.max(1, Math.floor(options.pageSize ?? AUDIT_TRAIL_PAGE_SIZE))
  );
  const window = { startTime, endTime };
  if (startTime > endTime) return { status: "complete", events: [], calls: 0, ...window };
  const events = [];
  for (let page = 1; page <= maxCalls; page++) {
    let answer;
    try {
      answer = await reader.auditLogPage({ startTime, endTime, page, pageSize });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const reason = unavailableReason(error);
      return page === 1 ? { status: "unavailable", events: [], calls: page, ...window, reason } : { status: "partial", events, calls: page, ...window, reason };
    }
    events.push(...answer.events.slice(0, pageSize));
    const more = answer.hasNextPage ?? (answer.totalPages !== void 0 ? page < answer.totalPages : answer.events.length >= pageSize);
    if (!more || answer.events.length === 0) {
      return { status: "complete", events, calls: page, ...window };
    }
  }
  return {
    status: "partial",
    events,
    calls: maxCalls,
    ...window,
    reason: `read the first ${maxCalls} pages of ${pageSize} events only`
  };
}
function unavailableReason(error) {
  if (error.status === 401 || error.status === 403) {
    return `the API key may not read the audit log (${error.status}${error.apiMessage ? `: ${error.apiMessage}` : ""})`;
  }
  if (error.status === 404) return "this API has no audit log (404)";
  return error.message;
}
var PREFERRED_TYPES = {
  "member-limit": /^user_spend_limit$/,
  group: /group/,
  "group-member": /group/,
  repo: /^team_repo$/,
  "team-settings": /^team_settings$/
};
var OTHER_TYPES = {
  "member-limit": /group|^team_repo$|^team_settings$/,
  group: /^user_spend_limit$|^team_repo$|^team_settings$/,
  "group-member": /^user_spend_limit$|^team_repo$|^team_settings$/,
  repo: /^user_spend_limit$|group|^team_settings$/,
  "team-settings": /(?!)/
};
function attributeChange(trail, target) {
  if (trail.status === "unavailable") {
    return {
      status: "unknown",
      reason: "audit-log-unavailable",
      detail: trail.reason ?? "the audit log could not be read"
    };
  }
  const matches = preparedEvents(trail).filter(
    (event2) => !OTHER_TYPES[target.kind].test(event2.type) && mentions(event2, target)
  );
  const preferred = matches.filter((event2) => PREFERRED_TYPES[target.kind].test(event2.type));
  const best = newest(preferred.length > 0 ? preferred : matches);
  if (best === void 0) {
    const partial = trail.status === "partial" ? ` (${trail.reason ?? "the audit log was read in part"})` : "";
    return {
      status: "unknown",
      reason: "not-found",
      detail: `no audit-log event between ${new Date(trail.startTime).toISOString()} and ${new Date(trail.endTime).toISOString()} names it${partial}`
    };
  }
  const { event } = best;
  return {
    status: "found",
    ...event.userEmail === void 0 ? {} : { actor: event.userEmail },
    ...event.timestamp === void 0 ? {} : { at: event.timestamp },
    ...event.type === void 0 ? {} : { eventType: event.type },
    ...event.applicationType === void 0 ? {} : { applicationType: event.applicationType },
    ...event.id === void 0 ? {} : { eventId: event.id }
  };
}
var prepared = /* @__PURE__ */ new WeakMap();
function preparedEvents(trail) {
  let events = prepared.get(trail);
  if (events === void 0) {
    events = trail.events.map((event) => {
      const strings = stringValues(event.data);
      const repoUrls = /* @__PURE__ */ new Set();
      for (const value of strings) {
        const url = normalizeRepoUrl(value);
        if (url !== void 0) repoUrls.add(url);
      }
      return {
        event,
        type: event.type ?? "",
        values: new Set(strings.map((value) => value.trim().toLowerCase())),
        repoUrls
      };
    });
    prepared.set(trail, events);
  }
  return events;
}
var MAX_DEPTH = 8;
var MAX_STRINGS = 500;
function stringValues(data) {
  const found = [];
  const walk = (value, depth) => {
    if (found.length >= MAX_STRINGS || depth > MAX_DEPTH || value === void 0 || value === null) {
      return;
    }
    if (typeof value === "string") found.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (typeof value === "object")
      for (const item of Object.values(value)) walk(item, depth + 1);
  };
  walk(data, 0);
  return found;
}
function mentionsMember(event, email, userId) {
  return event.values.has(normalizeEmail(email)) || userId !== void 0 && event.values.has(userId.trim().toLowerCase());
}
function mentionsGroup(event, group) {
  return group.id !== void 0 && event.values.has(group.id.trim().toLowerCase()) || group.name !== void 0 && event.values.has(group.name.trim().toLowerCase());
}
function mentions(event, target) {
  switch (target.kind) {
    case "member-limit":
      return mentionsMember(event, target.email, target.userId);
    case "group":
      return mentionsGroup(event, target);
    case "group-member":
      return mentionsGroup(event, target.group) && mentionsMember(event, target.email, target.userId);
    case "repo": {
      const url = normalizeRepoUrl(target.url);
      return url !== void 0 && event.repoUrls.has(url) || event.values.has(target.url.trim().toLowerCase()) || target.id !== void 0 && event.values.has(target.id.trim().toLowerCase());
    }
    case "team-settings":
      return event.type === "team_settings";
  }
}
function newest(events) {
  let best;
  for (const event of events) {
    if (best === void 0 || (event.event.timestamp ?? -1) > (best.event.timestamp ?? -1)) {
      best = event;
    }
  }
  return best;
}

// src/core/attribution.ts
var DAY_MS2 = 864e5;
async function attributePlan(plan2, live, reader, options) {
  if (plan2.changes.length === 0) return plan2;
  const endTime = options.clock.now();
  const trail = await readAuditTrail(reader, {
    startTime: endTime - AUDIT_LOG_MAX_RANGE_DAYS * DAY_MS2,
    endTime,
    ...options.maxCalls === void 0 ? {} : { maxCalls: options.maxCalls }
  });
  const ids = new Map(live.members.map((member) => [member.emailKey, member.id]));
  const attribution = {
    status: trail.status,
    windowStart: new Date(trail.startTime).toISOString(),
    windowEnd: new Date(trail.endTime).toISOString(),
    calls: trail.calls,
    ...trail.reason === void 0 ? {} : { reason: trail.reason },
    changes: plan2.changes.map((change) => ({
      resource: change.resource,
      key: change.key,
      ..."id" in change ? { id: change.id } : {},
      changedBy: changedBy(attributeChange(trail, auditTarget(change, ids)))
    }))
  };
  return { ...plan2, attribution };
}
function auditTarget(change, ids) {
  switch (change.resource) {
    case "spendLimit": {
      const userId = ids.get(change.key);
      return { kind: "member-limit", email: change.email, ...userId ? { userId } : {} };
    }
    case "blocklist":
      return { kind: "repo", url: change.url, ..."id" in change ? { id: change.id } : {} };
    case "directoryGroup": {
      const liveName = change.kind === "group-update" ? change.renamedFrom ?? change.name : change.name;
      const id = "id" in change ? change.id : void 0;
      return { kind: "group", name: liveName, ...id === void 0 ? {} : { id } };
    }
  }
}
function changedBy(found) {
  if (found.status === "unknown") {
    return { status: "unknown", reason: found.reason, detail: found.detail };
  }
  return {
    status: "found",
    ...found.actor === void 0 ? {} : { actor: found.actor },
    ...found.at === void 0 || !isDateTime(found.at) ? {} : { at: new Date(found.at).toISOString() },
    ...found.eventType === void 0 ? {} : { eventType: found.eventType },
    ...found.applicationType === void 0 ? {} : { applicationType: found.applicationType }
  };
}
function isDateTime(ms) {
  return Number.isFinite(ms) && Math.abs(ms) <= 864e13;
}

// src/core/read-back.ts
var SEARCH_PAGE_SIZE = 100;
async function readBack(input) {
  const { plan: plan2, live } = input;
  const limits = plan2.changes.filter(isLimitChange);
  const blocklistsChanged = plan2.changes.some((change) => change.resource === "blocklist");
  const groupsChanged = plan2.changes.some((change) => change.resource === "directoryGroup");
  const known = (change) => change.resource === "blocklist" || change.resource === "directoryGroup" || isLimitChange(change);
  if (!plan2.changes.every(known)) return fullReadBack(input);
  const promised = effectivePromises(plan2);
  const touched = /* @__PURE__ */ new Set([...limits.map((change) => change.key), ...promised.keys()]);
  const [spend, blocklists, directoryGroups] = await Promise.all([
    readTouchedSpend(input.reader, touched, input.spend),
    blocklistsChanged ? input.reader.listBlocklists() : void 0,
    groupsChanged ? rereadDirectoryGroups(input.reader, plan2, live) : void 0
  ]);
  const notReverified = [];
  const members = [];
  for (const member of live.members) {
    if (!touched.has(member.emailKey)) {
      members.push(member);
      continue;
    }
    const row = spend.rows.get(member.emailKey);
    if (row === void 0) {
      notReverified.push({
        key: member.emailKey,
        reason: "not in the spend report when read back (no longer on the team?)"
      });
      continue;
    }
    members.push(refreshed(member, row));
  }
  const legacy = [...spend.rows.values()].some(
    (row) => row.monthlyLimitDollars === void 0 && row.hardLimitOverrideDollars !== void 0
  );
  const merged = {
    ...live,
    members,
    ...blocklists === void 0 ? {} : {
      blocklists: buildLiveState({ members: [], blocklists, spend: { rows: [] } }).blocklists
    },
    ...directoryGroups === void 0 ? {} : { directoryGroups: joined(directoryGroups, members) },
    shape: legacy ? "legacy" : live.shape
  };
  const verification = plan(input.desired, merged, input.planOptions);
  return {
    verification,
    summary: {
      scope: "targeted",
      spendPages: spend.pages,
      spendSearches: spend.searches,
      blocklists: blocklists !== void 0,
      directoryGroups: directoryGroups !== void 0,
      notReverified,
      effectiveMismatches: effectiveMismatches(promised, members, verification)
    }
  };
}
async function fullReadBack(input) {
  const live = await readLiveState(input.reader, { directoryGroups: true });
  const verification = plan(input.desired, live, input.planOptions);
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
        verification
      )
    }
  };
}
function effectivePromises(plan2) {
  const promised = /* @__PURE__ */ new Map();
  const add = (key, email, after, groups) => promised.set(key, {
    email,
    after,
    groups: groups.map((group) => normalizeGroupName(group.name))
  });
  for (const change of plan2.changes) {
    if (isLimitChange(change)) {
      add(change.key, change.email, change.effective.after, change.effective.groups);
    }
  }
  for (const change of plan2.effectiveLimitChanges) {
    add(change.key, change.email, change.after, change.groups);
  }
  return promised;
}
function effectiveMismatches(promised, members, verification) {
  const pendingMembers = new Set(
    verification.changes.filter((change) => isLimitChange(change)).map((change) => change.key)
  );
  const pendingGroups = new Set(
    verification.changes.filter((change) => change.resource === "directoryGroup").map((change) => change.key)
  );
  const mismatches = [];
  for (const member of members) {
    const promise = promised.get(member.emailKey);
    const actual = member.limit?.effectiveDollars;
    if (promise === void 0 || promise.after === "unknown" || actual === void 0) continue;
    if (pendingMembers.has(member.emailKey)) continue;
    if (promise.groups.some((group) => pendingGroups.has(group))) continue;
    if (actual !== promise.after) {
      mismatches.push({ email: member.email, promised: promise.after, actual });
    }
  }
  return mismatches;
}
async function rereadDirectoryGroups(reader, plan2, live) {
  const groups = await reader.listDirectoryGroups();
  const membersChanged = new Set(
    plan2.changes.filter((change) => change.kind === "group-members").map((change) => change.key)
  );
  const before = new Map(
    (live.directoryGroups?.supported ? live.directoryGroups.groups : []).map((old) => [
      old.id,
      old
    ])
  );
  return withGroupMembers(reader, groups, (group) => {
    const known = before.get(group.id);
    if (known === void 0 || membersChanged.has(normalizeGroupName(group.name))) return void 0;
    return known.members.map(
      (member) => ({
        userId: member.userId,
        ...member.email === void 0 ? {} : { email: member.email }
      })
    );
  });
}
function joined(read, members) {
  return buildLiveState({
    members: members.map((member) => ({
      name: member.name,
      email: member.email,
      role: member.role,
      ...member.id === void 0 ? {} : { id: member.id },
      isRemoved: false
    })),
    blocklists: [],
    spend: { rows: [] },
    directoryGroups: read
  }).directoryGroups;
}
async function readTouchedSpend(reader, touched, report) {
  const rows = /* @__PURE__ */ new Map();
  if (touched.size === 0) return { rows, pages: 0, searches: 0 };
  const pageOf = report?.pageOf;
  const pageSize = report?.pageSize;
  const pages = /* @__PURE__ */ new Set();
  const unpaged = [];
  for (const key of touched) {
    const page = pageOf?.get(key);
    if (page === void 0) unpaged.push(key);
    else pages.add(page);
  }
  const byPages = pageSize !== void 0 && pages.size + unpaged.length < touched.size;
  let pagesRead = 0;
  let searches = 0;
  const readPages = async (wanted) => {
    if (pageSize === void 0) return;
    const list = [...wanted];
    pagesRead += list.length;
    const answers = await Promise.all(
      list.map((page) => reader.listSpend({ ...STABLE_SPEND_ORDER, page, pageSize }))
    );
    for (const answer of answers) keep(answer.rows);
  };
  const search = async (keys) => {
    const found = await Promise.all(keys.map((key) => searchMember(reader, key)));
    for (const result of found) {
      searches += result.calls;
      if (result.row !== void 0) rows.set(normalizeEmail(result.row.email), result.row);
    }
  };
  const keep = (found) => {
    for (const row of found) {
      const key = normalizeEmail(row.email);
      if (touched.has(key) && !rows.has(key)) rows.set(key, row);
    }
  };
  const missing = () => [...touched].filter((key) => !rows.has(key));
  if (byPages) {
    await Promise.all([readPages(pages), search(unpaged)]);
    await search(missing().filter((key) => !unpaged.includes(key)));
  } else {
    await search([...touched]);
    const lost = missing().map((key) => pageOf?.get(key)).filter((page) => page !== void 0);
    await readPages(new Set(lost));
  }
  return { rows, pages: pagesRead, searches };
}
async function searchMember(reader, key) {
  for (let page = 1; ; page++) {
    const answer = await reader.listSpend({
      ...STABLE_SPEND_ORDER,
      searchTerm: key,
      page,
      pageSize: SEARCH_PAGE_SIZE
    });
    const row = answer.rows.find((candidate) => normalizeEmail(candidate.email) === key);
    const more = answer.totalPages !== void 0 && page < answer.totalPages && page < 10;
    if (row !== void 0 || !more || answer.rows.length === 0) return { row, calls: page };
  }
}
function capturingReader(reader) {
  let report;
  return {
    reader: Object.freeze({
      ...reader,
      listAllSpend: async () => {
        report = await reader.listAllSpend();
        return report;
      }
    }),
    spend: () => report
  };
}
function refreshed(member, row) {
  const { limit: _old, ...rest } = member;
  const limit = liveLimit(row);
  return { ...rest, spendCents: row.spendCents, ...limit === void 0 ? {} : { limit } };
}
function isLimitChange(change) {
  return change.kind === "set" || change.kind === "clear";
}

// src/core/reconcile.ts
async function planAgainstLive(desired, reader, options) {
  const live = await readLiveState(reader, { directoryGroups: true });
  return { plan: plan(desired, live, plannerOptions(options)), live };
}
async function planForReview(desired, reader, options) {
  const planned = await planAgainstLive(desired, reader, options);
  const plan2 = await attributePlan(planned.plan, planned.live, reader, {
    clock: options.clock ?? systemClock
  });
  return { plan: plan2, live: planned.live };
}
function plannerOptions(switches) {
  return {
    allowDeletes: switches.allowDeletes,
    allowLargeChanges: switches.allowLargeChanges ?? false,
    strict: switches.strict ?? false,
    today: utcDate(switches.clock ?? systemClock)
  };
}
function planExitCode(plan2, detailedExitCode) {
  if (plan2.violations.length > 0) return ExitCode.Blocked;
  if (detailedExitCode && plan2.changes.length > 0) return ExitCode.ChangesPending;
  return ExitCode.Ok;
}
async function applyPolicy(options) {
  const { policy, connection, logger } = options;
  options.onPhase?.("reading");
  const planOptions = plannerOptions({
    allowDeletes: options.allowDeletes,
    allowLargeChanges: options.allowLargeChanges ?? false,
    strict: options.strict ?? false,
    clock: options.clock
  });
  const reading = capturingReader(connection.reader);
  const live = await readLiveState(reading.reader, { directoryGroups: true });
  const plan2 = plan(policy.desired, live, planOptions);
  if (options.savedPlan) checkSavedPlanStillHolds(options.savedPlan, plan2, policy.digest);
  if (plan2.violations.length > 0) throw new BlockedError(plan2.violations);
  if (plan2.changes.length === 0) return { status: "no-changes", plan: plan2, exitCode: ExitCode.Ok };
  if (!await options.confirm(plan2)) return { status: "declined", plan: plan2, exitCode: ExitCode.Error };
  options.signal?.throwIfAborted();
  options.onPhase?.("writing");
  const result = await applyPlan(plan2, {
    writer: connection.writer,
    clock: options.clock,
    ...connection.pacing === void 0 ? {} : { pacing: connection.pacing },
    ...options.limitWriter === void 0 ? {} : { limitWriter: options.limitWriter },
    ...options.onProgress === void 0 ? {} : { onProgress: options.onProgress },
    ...options.signal === void 0 ? {} : { signal: options.signal }
  });
  logger.debug(
    `applied ${result.applied}, failed ${result.failed}, skipped ${result.skipped} in ${result.durationMs} ms`
  );
  if (result.interrupted) return { status: "applied", plan: plan2, result, exitCode: ExitCode.Error };
  options.onPhase?.("verifying");
  const { verification, summary } = await readBack({
    desired: policy.desired,
    reader: connection.reader,
    planOptions,
    plan: plan2,
    live,
    spend: reading.spend()
  });
  const converged = verifiableChanges(verification).length === 0;
  const settled = confirmByReadBack(result, verification);
  return {
    status: "applied",
    plan: plan2,
    result: settled,
    verification,
    readBack: summary,
    exitCode: settled.failed > 0 || !converged ? ExitCode.Error : ExitCode.Ok
  };
}

export {
  planAgainstLive,
  planForReview,
  planExitCode,
  applyPolicy
};
