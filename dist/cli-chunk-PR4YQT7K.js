#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  CHANGE_ORDER,
  PLAN_FORMAT_VERSION
} from "./cli-chunk-YOY5NVGM.js";
import {
  EMAIL_GLOB_OPTIONS,
  Minimatch,
  compileGroupNameGlobs,
  compileUrlGlobs,
  nearest
} from "./cli-chunk-GO366PNV.js";
import {
  appendAll
} from "./cli-chunk-J3FXLKC5.js";
import {
  CursorPolicyError,
  normalizeEmail,
  normalizeGroupName,
  normalizeRole
} from "./cli-chunk-SMCOMD7A.js";

// src/plan/errors.ts
var PlanInputError = class extends CursorPolicyError {
};
var DirectoryGroupsUnavailableError = class extends CursorPolicyError {
  constructor(groups, reason) {
    super(
      `the policy declares ${groups === 1 ? "a directory group" : `${groups} directory groups`}, but this team or this version of the Cursor Admin API has no directory groups (${reason})`,
      {
        hint: "remove directoryGroups from the policy (spend limits and blocklists work without them), or ask Cursor to enable directory groups for the team; check --base-url too"
      }
    );
  }
};
var GroupMembersNeedIdsError = class extends CursorPolicyError {
  constructor(email, group) {
    super(
      `directory group "${group}" should gain ${email}, but the Admin API lists this team's members without ids (the older answer shape), and membership can only be changed by member id`,
      {
        hint: "leave directoryGroups out of the policy for this team, or check that the base URL points at the current Cursor Admin API; spend limits and blocklists are not affected"
      }
    );
  }
};

// src/model/desired.ts
var LIMIT_RULE_RANKS = ["user", "group", "emailPattern", "role", "default"];

// src/plan/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function uniqueSorted(items) {
  return [...new Set(items)].sort(compareText);
}
var NOTE_ORDER = [
  "exception-expired",
  "pending-member",
  "pending-member-joined",
  "uncovered-member",
  "limit-unknown",
  "ambiguous-zero-limit",
  "legacy-clear",
  "limit-below-spend",
  "limit-not-effective",
  "pending-group-member",
  "unmanaged-directory-group",
  "ignored-directory-group",
  "unmanaged-blocklist",
  "ignored-blocklist",
  "duplicate-blocklist",
  "duplicate-pattern",
  "threshold-overridden",
  "limit-raise-overridden"
];
var WARNING_ORDER = [
  "member-not-on-team",
  "group-member-not-on-team",
  "ineffective-cap"
];
var VIOLATION_ORDER = [
  "limit-conflict",
  "threshold-exceeded",
  "limit-raise-exceeded",
  "protected-repo-delete",
  "total-limit-above-maximum",
  "limit-above-maximum",
  "member-without-limit",
  "member-not-on-team",
  "group-member-not-on-team",
  "ineffective-cap"
];
function sortChanges(changes) {
  return sortBy(changes, (change) => [
    CHANGE_ORDER.indexOf(change.kind),
    change.key,
    "id" in change ? change.id ?? "" : ""
  ]);
}
function sortEffectiveChanges(changes) {
  return sortBy(changes, (change) => [change.key, change.email]);
}
function sortNotes(notes) {
  return sortBy(notes, (note) => [NOTE_ORDER.indexOf(note.kind), ...noteIdentity(note)]);
}
function sortWarnings(warnings) {
  return sortBy(warnings, (warning) => [
    WARNING_ORDER.indexOf(warning.kind),
    normalizeEmail(warning.email),
    warning.email,
    warning.kind === "group-member-not-on-team" ? warning.group : ""
  ]);
}
function sortViolations(violations) {
  return sortBy(violations, (violation) => [
    VIOLATION_ORDER.indexOf(violation.kind),
    ...violationIdentity(violation)
  ]);
}
function compareRuleRefs(a, b) {
  return LIMIT_RULE_RANKS.indexOf(a.rank) - LIMIT_RULE_RANKS.indexOf(b.rank) || compareText(a.name, b.name) || compareText(a.source.file, b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column;
}
function noteIdentity(note) {
  switch (note.kind) {
    case "exception-expired":
    case "pending-member":
    case "pending-member-joined":
    case "uncovered-member":
    case "limit-unknown":
    case "ambiguous-zero-limit":
    case "legacy-clear":
    case "limit-below-spend":
    case "limit-not-effective":
      return [normalizeEmail(note.email), note.email];
    case "pending-group-member":
      return [note.group, normalizeEmail(note.email), note.email];
    case "unmanaged-directory-group":
    case "ignored-directory-group":
      return [note.name, note.id];
    case "unmanaged-blocklist":
    case "ignored-blocklist":
    case "duplicate-blocklist":
      return [note.url, note.id];
    case "duplicate-pattern":
      return [note.url, note.pattern];
    case "threshold-overridden":
      return [note.threshold];
    case "limit-raise-overridden":
      return [normalizeEmail(note.email), note.email];
  }
}
function violationIdentity(violation) {
  switch (violation.kind) {
    case "limit-conflict":
    case "limit-above-maximum":
    case "member-without-limit":
    case "member-not-on-team":
    case "limit-raise-exceeded":
    case "ineffective-cap":
      return [normalizeEmail(violation.email), violation.email];
    case "group-member-not-on-team":
      return [normalizeEmail(violation.email), violation.email, violation.group];
    case "protected-repo-delete":
      return [violation.url, violation.pattern];
    case "threshold-exceeded":
      return [violation.threshold];
    case "total-limit-above-maximum":
      return [];
  }
}
function sortBy(items, key) {
  const keyed = items.map((item) => ({ item, key: joinKey(key(item)) }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map((entry) => entry.item);
}
function joinKey(parts) {
  return parts.map((part) => typeof part === "number" ? String(part).padStart(6, "0") : part).join("\0");
}

// src/plan/blocklists.ts
function planBlocklists(desired, live) {
  const changes = [];
  const notes = [];
  const desiredByKey = indexDesired(desired.blocklists);
  const liveByKey = groupLive(live.blocklists);
  const ignoredBy = compileUrlGlobs(desired.ownership.ignore);
  const prune = desired.ownership.prune;
  for (const [key, wanted] of desiredByKey) {
    const entries = liveByKey.get(key);
    const after = uniqueSorted(wanted.patterns);
    if (!entries) {
      changes.push({ kind: "create", resource: "blocklist", key, url: wanted.url, after });
      continue;
    }
    const [primary, ...duplicates] = rankForUpdate(entries, wanted.url, after);
    const update = updateOf(primary, key, after);
    if (update) changes.push(update);
    for (const duplicate of duplicates) {
      if (prune) changes.push(deleteOf(duplicate, "duplicate"));
      else notes.push({ kind: "duplicate-blocklist", url: duplicate.url, id: duplicate.id, key });
    }
  }
  for (const [key, entries] of liveByKey) {
    if (desiredByKey.has(key)) continue;
    const ignoreGlob = ignoredBy(key);
    for (const entry of entries) {
      if (ignoreGlob !== void 0) {
        notes.push({
          kind: "ignored-blocklist",
          url: entry.url,
          id: entry.id,
          pattern: ignoreGlob
        });
      } else if (prune) {
        changes.push(deleteOf(entry, "undeclared"));
      } else {
        notes.push({ kind: "unmanaged-blocklist", url: entry.url, id: entry.id });
      }
    }
  }
  return { changes, notes };
}
function updateOf(entry, key, after) {
  const liveSet = new Set(entry.patterns);
  const wantedSet = new Set(after);
  const added = after.filter((pattern) => !liveSet.has(pattern));
  const removed = uniqueSorted(entry.patterns.filter((pattern) => !wantedSet.has(pattern)));
  if (added.length === 0 && removed.length === 0) return void 0;
  return {
    kind: "update",
    resource: "blocklist",
    key,
    url: entry.url,
    id: entry.id,
    before: uniqueSorted(entry.patterns),
    after,
    added,
    removed
  };
}
function deleteOf(entry, reason) {
  return {
    kind: "delete",
    resource: "blocklist",
    key: entry.urlKey,
    url: entry.url,
    id: entry.id,
    before: uniqueSorted(entry.patterns),
    reason
  };
}
function rankForUpdate(entries, url, after) {
  if (entries.length === 1) return [...entries];
  const score = (entry) => (samePatterns(entry.patterns, after) ? 0 : 2) + (entry.url === url ? 0 : 1);
  return [...entries].sort((a, b) => score(a) - score(b) || compareText(a.id, b.id));
}
function samePatterns(live, after) {
  const liveSet = new Set(live);
  return liveSet.size === after.length && after.every((pattern) => liveSet.has(pattern));
}
function indexDesired(blocklists) {
  const byKey = /* @__PURE__ */ new Map();
  for (const blocklist of blocklists) {
    const earlier = byKey.get(blocklist.urlKey);
    if (earlier) {
      throw new PlanInputError(
        `Two policy entries are the same repository ${blocklist.urlKey}: ${where(earlier)} and ${where(blocklist)}`,
        { hint: "Keep one entry per repository (URLs are compared after normalisation)." }
      );
    }
    byKey.set(blocklist.urlKey, blocklist);
  }
  return byKey;
}
function groupLive(blocklists) {
  const byKey = /* @__PURE__ */ new Map();
  for (const blocklist of blocklists) {
    const list = byKey.get(blocklist.urlKey);
    if (list) list.push(blocklist);
    else byKey.set(blocklist.urlKey, [blocklist]);
  }
  return byKey;
}
function where(blocklist) {
  return `"${blocklist.url}" (${blocklist.source.file}:${blocklist.source.line}:${blocklist.source.column})`;
}

// src/plan/budget.ts
function planBudget(members, changes) {
  const planned = /* @__PURE__ */ new Map();
  for (const change of changes) planned.set(change.key, change.after);
  const before = tally();
  const after = tally();
  for (const member of members) {
    const now = member.limit === void 0 ? void 0 : member.limit.dollars;
    add(before, now);
    add(after, planned.has(member.emailKey) ? planned.get(member.emailKey) : now);
  }
  return { before, after };
}
function tally() {
  return { committedDollars: 0, withLimit: 0, withoutLimit: 0, unknown: 0 };
}
function add(totals, limit) {
  if (limit === void 0) totals.unknown++;
  else if (limit === null) totals.withoutLimit++;
  else {
    totals.committedDollars += limit;
    totals.withLimit++;
  }
}

// src/plan/nearest-members.ts
function nearestMembers(email, onTeam) {
  const local = email.split("@")[0] ?? email;
  const found = nearest(email, onTeam, local.length <= 4 ? 1 : 2, 3);
  const best = found[0]?.distance;
  return found.filter((entry) => entry.distance === best).map((entry) => entry.candidate);
}

// src/plan/directory-groups.ts
function planDirectoryGroups(desired, live) {
  const read = live.directoryGroups;
  const liveGroups = read?.supported ? read.groups : [];
  const onTeam = new Map(live.members.map((member) => [member.emailKey, member]));
  const before = membershipIndex(
    liveGroups.map((group) => ({
      name: group.name,
      limit: group.limitDollars,
      members: teamMembersOf(group, onTeam)
    }))
  );
  const wanted = desired.directoryGroups;
  if (wanted === void 0 || wanted.groups.length === 0 && liveGroups.length === 0) {
    return unchanged(before, liveGroups.length);
  }
  if (read === void 0) {
    throw new PlanInputError(
      "the policy manages directory groups, but the live state was read without them"
    );
  }
  if (!read.supported) {
    if (wanted.groups.length > 0) {
      throw new DirectoryGroupsUnavailableError(wanted.groups.length, read.reason);
    }
    return unchanged(before, 0);
  }
  const changes = [];
  const notes = [];
  const after = [];
  const matched = matchGroups(wanted.groups, liveGroups);
  const warnings = [];
  const selectMembers = memberSelector(live.members, new Set(desired.pendingMembers ?? []));
  for (const group of wanted.groups) {
    const match = matched.get(group);
    const members = selectMembers(group, onTeam, { notes, warnings });
    after.push({ name: group.name, limit: group.limit, members });
    if (match === void 0) {
      changes.push({
        kind: "group-create",
        resource: "directoryGroup",
        key: group.nameKey,
        name: group.name,
        limit: group.limit,
        source: group.source
      });
      const add3 = refsOf([...members], onTeam, group);
      if (add3.length > 0) {
        changes.push({
          kind: "group-members",
          resource: "directoryGroup",
          key: group.nameKey,
          name: group.name,
          add: add3,
          remove: []
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
        ...renamed ? { renamedFrom: match.name } : {},
        ...limitChanged ? { limit: { before: match.limitDollars, after: group.limit } } : {},
        source: group.source
      });
    }
    const current = teamMembersOf(match, onTeam);
    const add2 = refsOf(
      [...members].filter((key) => !current.has(key)),
      onTeam,
      group
    );
    const remove = [...current].filter((key) => !members.has(key)).map((key) => removalRef(match, key, onTeam)).sort(byEmail);
    if (add2.length > 0 || remove.length > 0) {
      changes.push({
        kind: "group-members",
        resource: "directoryGroup",
        key: group.nameKey,
        name: group.name,
        id: match.id,
        add: add2,
        remove
      });
    }
  }
  const claimed = new Set([...matched.values()].map((group) => group.id));
  const ignoredBy = compileGroupNameGlobs(wanted.ownership.ignore);
  for (const group of liveGroups) {
    if (claimed.has(group.id)) continue;
    const pattern = ignoredBy(group.name);
    const stays = () => after.push({
      name: group.name,
      limit: group.limitDollars,
      members: teamMembersOf(group, onTeam)
    });
    if (pattern !== void 0) {
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
        members: [...teamMembersOf(group, onTeam)].map((key) => onTeam.get(key)?.email ?? key).sort(compareText)
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
    liveGroups: liveGroups.length
  };
}
function unchanged(groupsOf, liveGroups) {
  return {
    changes: [],
    notes: [],
    warnings: [],
    memberships: { before: groupsOf, after: groupsOf },
    liveGroups
  };
}
function matchGroups(declared, liveGroups) {
  const byKey = /* @__PURE__ */ new Map();
  for (const group of [...liveGroups].sort((a, b) => compareText(a.id, b.id))) {
    const list = byKey.get(group.nameKey) ?? [];
    list.push(group);
    byKey.set(group.nameKey, list);
  }
  const declaredKeys = new Set(declared.map((group) => group.nameKey));
  const claimed = /* @__PURE__ */ new Set();
  const take = (key) => {
    const found = byKey.get(key)?.find((group) => !claimed.has(group.id));
    if (found !== void 0) claimed.add(found.id);
    return found;
  };
  const matched = /* @__PURE__ */ new Map();
  for (const group of declared) {
    const found = take(group.nameKey);
    if (found !== void 0) matched.set(group, found);
  }
  for (const group of declared) {
    if (matched.has(group) || group.renamedFrom === void 0) continue;
    const oldKey = normalizeGroupName(group.renamedFrom);
    if (declaredKeys.has(oldKey)) continue;
    const found = take(oldKey);
    if (found !== void 0) matched.set(group, found);
  }
  return matched;
}
function memberSelector(members, pending) {
  return (group, onTeam, { notes, warnings }) => {
    const selected = /* @__PURE__ */ new Set();
    for (const email of group.members) {
      if (onTeam.has(email)) {
        selected.add(email);
      } else if (pending.has(email)) {
        notes.push({
          kind: "pending-group-member",
          email,
          group: group.name,
          source: group.source
        });
      } else {
        warnings.push({
          kind: "group-member-not-on-team",
          email,
          group: group.name,
          source: group.source,
          suggestions: nearestMembers(email, onTeam.keys())
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
function teamMembersOf(group, onTeam) {
  const keys = /* @__PURE__ */ new Set();
  for (const member of group.members) {
    if (member.emailKey !== void 0 && onTeam.has(member.emailKey)) keys.add(member.emailKey);
  }
  return keys;
}
function refsOf(keys, onTeam, group) {
  return keys.map((key) => {
    const member = onTeam.get(key);
    if (member === void 0)
      throw new PlanInputError(`${key} was selected but is not on the team`);
    if (member.id === void 0) throw new GroupMembersNeedIdsError(member.email, group.name);
    return { email: member.email, userId: member.id };
  }).sort(byEmail);
}
function removalRef(group, key, onTeam) {
  const listed = group.members.find((member) => member.emailKey === key);
  if (listed === void 0) throw new PlanInputError(`${key} is not listed in group ${group.id}`);
  return { email: onTeam.get(key)?.email ?? listed.email ?? key, userId: listed.userId };
}
function byEmail(a, b) {
  return compareText(a.email.toLowerCase(), b.email.toLowerCase()) || compareText(a.userId, b.userId);
}
function membershipIndex(groups) {
  const index = /* @__PURE__ */ new Map();
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
var IN_NO_GROUP = Object.freeze([]);

// src/plan/effective-limits.ts
var DEFAULT_EFFECTIVE_LIMIT_RULE = "highest-applicable";
function combineLimits(own, groups, rule) {
  if (own === "unknown") return "unknown";
  const highestGroup = highestGroupLimit(groups);
  if (rule === "most-specific") return own ?? highestGroup?.limit ?? null;
  const applicable = [own, highestGroup?.limit ?? null].filter(
    (limit) => limit !== null
  );
  return applicable.length === 0 ? null : Math.max(...applicable);
}
function highestGroupLimit(groups) {
  let best;
  for (const group of groups) {
    const { limit } = group;
    if (limit === null) continue;
    if (best === void 0 || limit > best.limit) best = { name: group.name, limit };
  }
  return best;
}
function ownLimitBefore(member) {
  return member.limit === void 0 ? "unknown" : member.limit.dollars;
}
function effectiveLimitOf(member, ownAfter, memberships, rule) {
  const after = memberships.after(member.emailKey);
  return {
    before: combineLimits(ownLimitBefore(member), memberships.before(member.emailKey), rule),
    after: combineLimits(ownAfter, after, rule),
    groups: after
  };
}

// src/plan/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_DOMAIN = "cursor-policy/live-state/v1";
function fingerprintLiveState(live) {
  const hash = createHash("sha256");
  hash.update(`${FINGERPRINT_DOMAIN}
`);
  hash.update(`${JSON.stringify({ shape: live.shape })}
`);
  const members = live.members.map(
    (member) => JSON.stringify([
      "member",
      member.emailKey,
      member.role,
      member.limit === void 0 ? "unknown" : [member.limit.dollars, member.limit.zeroIsAmbiguous]
    ])
  );
  hash.update(lines(members.sort()));
  const blocklists = live.blocklists.map(
    (blocklist) => JSON.stringify(["blocklist", blocklist.id, blocklist.urlKey, uniqueSorted(blocklist.patterns)])
  );
  hash.update(lines(blocklists.sort()));
  const groups = live.directoryGroups?.supported ? live.directoryGroups.groups : [];
  const groupLines = groups.map(
    (group) => JSON.stringify([
      "directoryGroup",
      group.id,
      group.name,
      group.limitDollars,
      uniqueSorted(group.members.map((member) => member.userId))
    ])
  );
  hash.update(lines(groupLines.sort()));
  return hash.digest("hex");
}
function lines(items) {
  return items.map((item) => `${item}
`).join("");
}

// src/plan/thresholds.ts
var THRESHOLD_FLOOR = 10;
var DEFAULT_MAX_LIMIT_RAISE = 5;
var SHARE_THRESHOLDS = [
  {
    kind: "blocklist-deletes",
    // Deletions remove protection and cannot be undone by a re-apply of the old policy without
    // someone noticing; 10 % is stricter than octoDNS's 30 % for that reason.
    defaults: { percent: 10 },
    fromPolicy: (guardrails) => guardrails.maxDeletes,
    counts: (change) => change.resource === "blocklist" && change.kind === "delete",
    liveCount: (draft) => draft.live.blocklists,
    removes: true,
    override: "allow-deletes"
  },
  {
    kind: "directory-group-deletes",
    // A directory group carries a limit for everyone in it: deleting one changes the effective
    // limit of each of its members at once, so group deletes are held to the blocklists' 10 %.
    // The policy's `maxDeletes` counts each kind of live object on its own.
    defaults: { percent: 10 },
    fromPolicy: (guardrails) => guardrails.maxDeletes,
    counts: (change) => change.kind === "group-delete",
    liveCount: (draft) => draft.live.directoryGroups,
    removes: true,
    override: "allow-deletes"
  },
  {
    kind: "limit-changes",
    // octoDNS's update threshold: more than 30 % of members at once is a rewrite of the budget,
    // not an edit of it.
    defaults: { percent: 30 },
    fromPolicy: (guardrails) => guardrails.maxLimitChanges,
    counts: (change) => change.resource === "spendLimit",
    liveCount: (draft) => draft.live.members,
    removes: false,
    override: "allow-large-changes"
  }
];
function shareBreaches(draft, guardrails) {
  const breaches = [];
  for (const threshold of SHARE_THRESHOLDS) {
    const breach = shareBreach(draft, guardrails, threshold);
    if (breach) breaches.push(breach);
  }
  return breaches;
}
function shareBreach(draft, guardrails, threshold) {
  const changes = draft.changes.filter(threshold.counts).length;
  if (changes === 0) return void 0;
  const total = threshold.liveCount(draft);
  const written = threshold.fromPolicy(guardrails);
  const origin = written === void 0 ? "default" : "policy";
  const limits = written ?? threshold.defaults;
  const measured = origin === "policy" || total >= THRESHOLD_FLOOR;
  const overCount = limits.count !== void 0 && changes > limits.count;
  const overPercent = measured && limits.percent !== void 0 && total > 0 && changes * 100 > limits.percent * total;
  const everyOne = origin === "default" && threshold.removes && total >= 2 && changes >= total;
  if (!overCount && !overPercent && !everyOne) return void 0;
  return {
    threshold: threshold.kind,
    changes,
    total,
    ...limits.count !== void 0 ? { maxCount: limits.count } : {},
    ...limits.percent !== void 0 ? { maxPercent: limits.percent } : {},
    ...everyOne ? { everyOne: true } : {},
    origin,
    override: threshold.override
  };
}
function raiseBreaches(changes, guardrails) {
  const written = guardrails.maxLimitRaise;
  const maxFactor = written ?? DEFAULT_MAX_LIMIT_RAISE;
  const origin = written === void 0 ? "default" : "policy";
  const breaches = [];
  for (const change of changes) {
    if (change.resource !== "spendLimit" || change.kind !== "set") continue;
    const before = change.before;
    if (typeof before !== "number" || before <= 0) continue;
    if (change.after > before * maxFactor) {
      breaches.push({
        email: change.email,
        before,
        after: change.after,
        maxFactor,
        origin,
        override: "allow-large-changes"
      });
    }
  }
  return breaches;
}

// src/plan/guardrails.ts
function checkGuardrails(draft, guardrails, options) {
  const violations = [];
  const notes = [];
  const allowed = (override) => override === "allow-deletes" ? options.allowDeletes : options.allowLargeChanges === true;
  for (const breach of shareBreaches(draft, guardrails)) {
    if (allowed(breach.override)) notes.push({ kind: "threshold-overridden", ...breach });
    else violations.push({ kind: "threshold-exceeded", ...breach });
  }
  for (const breach of raiseBreaches(draft.changes, guardrails)) {
    if (allowed(breach.override)) notes.push({ kind: "limit-raise-overridden", ...breach });
    else violations.push({ kind: "limit-raise-exceeded", ...breach });
  }
  appendAll(violations, protectedRepoDeletes(draft, guardrails.protectedRepos));
  if (guardrails.maxUserLimitDollars !== void 0) {
    appendAll(violations, limitsAboveMaximum(draft, guardrails.maxUserLimitDollars));
  }
  if (guardrails.requireLimitForEveryMember) appendAll(violations, membersWithoutLimit(draft));
  if (guardrails.maxTotalLimitDollars !== void 0) {
    const after = draft.budget.after;
    if (after.committedDollars > guardrails.maxTotalLimitDollars) {
      violations.push({
        kind: "total-limit-above-maximum",
        totalDollars: after.committedDollars,
        maximum: guardrails.maxTotalLimitDollars,
        withoutLimit: after.withoutLimit
      });
    }
  }
  const escalated = /* @__PURE__ */ new Set();
  for (const warning of draft.warnings) {
    const because = escalation(warning, guardrails, options);
    if (because === void 0) continue;
    escalated.add(warning);
    violations.push({ ...warning, because });
  }
  return { violations, notes, escalated };
}
function escalation(warning, guardrails, options) {
  if (options.strict) return "strict";
  switch (warning.kind) {
    case "member-not-on-team":
    case "group-member-not-on-team":
      return guardrails.requireNamedMembersOnTeam ? "guardrail" : void 0;
    case "ineffective-cap":
      return guardrails.requireEffectiveCaps ? "guardrail" : void 0;
  }
}
function protectedRepoDeletes(draft, protectedRepos) {
  const protectedBy = compileUrlGlobs(protectedRepos);
  const violations = [];
  for (const change of draft.changes) {
    if (change.kind !== "delete") continue;
    const pattern = protectedBy(change.key);
    if (pattern !== void 0) {
      violations.push({ kind: "protected-repo-delete", url: change.url, pattern });
    }
  }
  return violations;
}
function limitsAboveMaximum(draft, maximum) {
  const violations = [];
  for (const { member, resolution } of draft.outcomes) {
    if (resolution.kind !== "limit") continue;
    const { limit, rule } = resolution;
    if (limit === null || limit > maximum) {
      violations.push({ kind: "limit-above-maximum", email: member.email, limit, maximum, rule });
    }
  }
  return violations;
}
function membersWithoutLimit(draft) {
  const violations = [];
  for (const { member, resolution } of draft.outcomes) {
    if (resolution.kind === "uncovered") {
      violations.push({ kind: "member-without-limit", email: member.email });
    } else if (resolution.kind === "limit" && resolution.limit === null) {
      violations.push({ kind: "member-without-limit", email: member.email, rule: resolution.rule });
    }
  }
  return violations;
}

// src/plan/limit-resolver.ts
function compileLimitResolver(rules) {
  const byUser = groupBy(
    rules.users,
    (rule) => normalizeEmail(rule.email),
    (rule) => candidate("user", rule.email, rule.limit, rule.source, rule.until)
  );
  const byGroupMember = /* @__PURE__ */ new Map();
  for (const group of rules.groups) {
    const found = candidate("group", group.name, group.limit, group.source);
    for (const member of group.members) {
      const key = normalizeEmail(member);
      const list = byGroupMember.get(key) ?? [];
      list.push(found);
      byGroupMember.set(key, list);
    }
  }
  const patterns = rules.emailPatterns.map((rule) => ({
    matcher: new Minimatch(rule.pattern.toLowerCase(), EMAIL_GLOB_OPTIONS),
    candidate: candidate("emailPattern", rule.pattern, rule.limit, rule.source)
  }));
  const byRole = groupBy(
    rules.roles,
    (rule) => normalizeRole(rule.role),
    (rule) => candidate("role", rule.role, rule.limit, rule.source)
  );
  const fallback = rules.default ? candidate("default", "default", rules.default.limit, rules.default.source) : void 0;
  return (email, role) => {
    const emailKey = normalizeEmail(email);
    const named = byUser.get(emailKey) ?? byGroupMember.get(emailKey);
    if (named) return decide(named);
    const matched = [];
    for (const pattern of patterns) {
      if (pattern.matcher.match(emailKey)) matched.push(pattern.candidate);
    }
    if (matched.length > 0) return decide(matched);
    const byThisRole = byRole.get(normalizeRole(role));
    if (byThisRole) return decide(byThisRole);
    return fallback ? decide([fallback]) : { kind: "uncovered" };
  };
}
function namedEmails(rules) {
  const named = /* @__PURE__ */ new Map();
  for (const rule of rules.users) {
    named.set(normalizeEmail(rule.email), ref("user", rule.email, rule.source, rule.until));
  }
  for (const group of rules.groups) {
    for (const member of group.members) {
      const key = normalizeEmail(member);
      if (!named.has(key)) named.set(key, ref("group", group.name, group.source));
    }
  }
  return named;
}
function decide(found) {
  const first = found[0];
  const disagreeing = found.some((c) => c.limit !== first.limit);
  if (disagreeing) return { kind: "conflict", rules: found.map((c) => c.rule) };
  return { kind: "limit", limit: first.limit, rule: first.rule };
}
function candidate(rank, name, limit, source, until) {
  return { limit, rule: ref(rank, name, source, until) };
}
function ref(rank, name, source, until) {
  return until === void 0 ? { rank, name, source } : { rank, name, source, until };
}
function groupBy(items, key, value) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k) ?? [];
    list.push(value(item));
    map.set(k, list);
  }
  return map;
}

// src/plan/spend-limits.ts
function planLimits(desired, live, context) {
  const { rules, expired } = activeRules(canonicalRules(desired.spendLimits), context.today);
  const resolve = compileLimitResolver(rules);
  const result = {
    changes: [],
    notes: [],
    warnings: [],
    violations: [],
    outcomes: [],
    effectiveChanges: []
  };
  const onTeam = /* @__PURE__ */ new Set();
  for (const member of live.members) {
    onTeam.add(member.emailKey);
    const lapsed = expired.get(member.emailKey);
    if (lapsed) {
      const { rule, until } = lapsed;
      result.notes.push({
        kind: "exception-expired",
        email: member.email,
        limitDollars: rule.limit,
        until,
        rule: { rank: "user", name: rule.email, source: rule.source, until }
      });
    }
    const resolution = resolve(member.email, member.role);
    result.outcomes.push({ member, resolution });
    const changesBefore = result.changes.length;
    let effective;
    if (resolution.kind === "uncovered") {
      result.notes.push({ kind: "uncovered-member", email: member.email, role: member.role });
    } else if (resolution.kind === "conflict") {
      const rules2 = [...resolution.rules].sort(compareRuleRefs);
      result.violations.push({ kind: "limit-conflict", email: member.email, rules: rules2 });
    } else {
      const cap = ineffectiveCap(member, resolution.limit, resolution.rule, context);
      if (cap !== void 0) result.warnings.push(cap);
      effective = effectiveLimitOf(member, resolution.limit, context.memberships, context.rule);
      planMemberLimit(
        {
          member,
          wanted: resolution.limit,
          rule: resolution.rule,
          shape: live.shape,
          capReported: cap !== void 0,
          effective
        },
        result
      );
    }
    if (result.changes.length === changesBefore) {
      effective ??= effectiveLimitOf(
        member,
        ownLimitBefore(member),
        context.memberships,
        context.rule
      );
      if (effective.before !== effective.after) {
        result.effectiveChanges.push({ key: member.emailKey, email: member.email, ...effective });
      }
    }
  }
  const pending = new Set(desired.pendingMembers ?? []);
  for (const [email, rule] of namedEmails(rules)) {
    if (onTeam.has(email)) continue;
    if (pending.has(email)) {
      result.notes.push({ kind: "pending-member", email, rule });
    } else {
      const suggestions = nearestMembers(email, onTeam);
      result.warnings.push({ kind: "member-not-on-team", email, rule, suggestions });
    }
  }
  for (const email of pending) {
    if (onTeam.has(email)) result.notes.push({ kind: "pending-member-joined", email });
  }
  return result;
}
function activeRules(rules, today) {
  const expired = /* @__PURE__ */ new Map();
  const users = [];
  for (const rule of rules.users) {
    if (rule.until !== void 0 && rule.until < today) {
      expired.set(rule.email, { rule, until: rule.until });
    } else {
      users.push(rule);
    }
  }
  return { rules: expired.size === 0 ? rules : { ...rules, users }, expired };
}
function planMemberLimit(target, out) {
  const { member, wanted } = target;
  const live = member.limit;
  if (live === void 0) {
    out.notes.push({ kind: "limit-unknown", email: member.email });
    pushChange(target, "unknown", false, out);
    return;
  }
  if (live.zeroIsAmbiguous && live.dollars === null) {
    if (wanted === null || wanted === 0) {
      out.notes.push({ kind: "ambiguous-zero-limit", email: member.email, wanted });
    }
    if (wanted !== null) pushChange(target, null, true, out);
    return;
  }
  if (live.dollars === wanted) {
    if (!target.capReported) noteIfNotEffective(member, wanted, live.effectiveDollars, out.notes);
    return;
  }
  pushChange(target, live.dollars, false, out);
  if (wanted === null && live.dollars !== null && target.shape === "legacy") {
    out.notes.push({ kind: "legacy-clear", email: member.email, limitDollars: live.dollars });
  }
}
function pushChange(target, before, beforeAmbiguous, out) {
  const { member, wanted, rule } = target;
  const who = {
    resource: "spendLimit",
    key: member.emailKey,
    email: member.email,
    name: member.name,
    role: member.role,
    before
  };
  const why = {
    rule,
    spendCents: member.spendCents,
    ...beforeAmbiguous ? { beforeAmbiguous: true } : {},
    effective: target.effective
  };
  if (wanted === null) {
    out.changes.push({ kind: "clear", ...who, after: null, ...why });
    return;
  }
  out.changes.push({ kind: "set", ...who, after: wanted, ...why });
  if (wanted * 100 < member.spendCents) {
    out.notes.push({
      kind: "limit-below-spend",
      email: member.email,
      limitDollars: wanted,
      spendCents: member.spendCents
    });
  }
}
function ineffectiveCap(member, wanted, rule, context) {
  if (wanted === null || context.rule !== "highest-applicable") return void 0;
  const group = highestGroupLimit(context.memberships.after(member.emailKey));
  if (group === void 0 || group.limit <= wanted) return void 0;
  return {
    kind: "ineffective-cap",
    email: member.email,
    limitDollars: wanted,
    group: group.name,
    groupLimitDollars: group.limit,
    rule
  };
}
function noteIfNotEffective(member, wanted, effective, notes) {
  if (wanted === null || effective === void 0) return;
  if (effective === null || effective > wanted) {
    notes.push({
      kind: "limit-not-effective",
      email: member.email,
      limitDollars: wanted,
      effectiveDollars: effective
    });
  }
}
function canonicalRules(rules) {
  const by = (name) => (a, b) => compareText(name(a), name(b)) || compareSources(a.source, b.source);
  return {
    users: [...rules.users].sort(by((rule) => rule.email)),
    groups: [...rules.groups].sort(by((rule) => rule.name)),
    emailPatterns: [...rules.emailPatterns].sort(by((rule) => rule.pattern)),
    roles: [...rules.roles].sort(by((rule) => rule.role)),
    ...rules.default ? { default: rules.default } : {}
  };
}
function compareSources(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

// src/plan/plan.ts
function plan(desired, live, options) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new PlanInputError(
      `the planner was given "${options.today}" as today; expected YYYY-MM-DD`
    );
  }
  const rule = options.effectiveLimitRule ?? DEFAULT_EFFECTIVE_LIMIT_RULE;
  const blocklists = planBlocklists(desired, live);
  const groups = planDirectoryGroups(desired, live);
  const limits = planLimits(desired, live, {
    memberships: groups.memberships,
    rule,
    today: options.today
  });
  const changes = sortChanges([...blocklists.changes, ...groups.changes, ...limits.changes]);
  const budget = planBudget(live.members, limits.changes);
  const warnings = [...limits.warnings, ...groups.warnings];
  const guardrails = checkGuardrails(
    {
      changes,
      outcomes: limits.outcomes,
      live: {
        blocklists: live.blocklists.length,
        directoryGroups: groups.liveGroups,
        members: live.members.length
      },
      budget,
      warnings
    },
    desired.guardrails,
    options
  );
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    fingerprint: fingerprintLiveState(live),
    shape: live.shape,
    changes,
    notes: sortNotes([...blocklists.notes, ...groups.notes, ...limits.notes, ...guardrails.notes]),
    warnings: sortWarnings(warnings.filter((warning) => !guardrails.escalated.has(warning))),
    violations: sortViolations([...limits.violations, ...guardrails.violations]),
    summary: summarize(changes),
    budget,
    effectiveLimitRule: rule,
    effectiveLimitChanges: sortEffectiveChanges(limits.effectiveChanges),
    counts: {
      members: live.members.length,
      liveBlocklists: live.blocklists.length,
      desiredBlocklists: desired.blocklists.length,
      liveDirectoryGroups: groups.liveGroups,
      desiredDirectoryGroups: desired.directoryGroups?.groups.length ?? 0
    }
  };
}
var SUMMARY_FIELD = {
  create: "create",
  update: "update",
  delete: "delete",
  set: "set",
  clear: "clear",
  "group-create": "groupCreate",
  "group-update": "groupUpdate",
  "group-members": "groupMembers",
  "group-delete": "groupDelete"
};
function summarize(changes) {
  const counts = {
    create: 0,
    update: 0,
    delete: 0,
    set: 0,
    clear: 0,
    groupCreate: 0,
    groupUpdate: 0,
    groupMembers: 0,
    groupDelete: 0
  };
  for (const change of changes) counts[SUMMARY_FIELD[change.kind]]++;
  return { ...counts, total: changes.length };
}
function isUnverifiable(change) {
  if (change.resource !== "spendLimit") return false;
  if (change.before === "unknown") return true;
  return change.beforeAmbiguous === true && change.after === 0;
}
function verifiableChanges(plan2) {
  return plan2.changes.filter((change) => !isUnverifiable(change));
}

export {
  plan,
  isUnverifiable,
  verifiableChanges
};
