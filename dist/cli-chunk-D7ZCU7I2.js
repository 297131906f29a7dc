#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  CHANGE_ORDER,
  PLAN_FORMAT_VERSION
} from "./cli-chunk-7D7RI7CA.js";
import {
  EMAIL_GLOB_OPTIONS,
  Minimatch,
  compileUrlGlobs
} from "./cli-chunk-OMEUJNYA.js";
import {
  CursorPolicyError,
  normalizeEmail,
  normalizeRole
} from "./cli-chunk-EKOBLVTJ.js";

// src/plan/errors.ts
var PlanInputError = class extends CursorPolicyError {
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
  "pending-member",
  "uncovered-member",
  "limit-unknown",
  "ambiguous-zero-limit",
  "legacy-clear",
  "limit-below-spend",
  "limit-not-effective",
  "unmanaged-blocklist",
  "ignored-blocklist",
  "duplicate-blocklist",
  "duplicate-pattern",
  "deletes-allowed"
];
var VIOLATION_ORDER = [
  "limit-conflict",
  "too-many-deletes",
  "protected-repo-delete",
  "limit-above-maximum",
  "member-without-limit"
];
function sortChanges(changes) {
  return sortBy(changes, (change) => [
    CHANGE_ORDER.indexOf(change.kind),
    change.key,
    "id" in change ? change.id : ""
  ]);
}
function sortNotes(notes) {
  return sortBy(notes, (note) => [NOTE_ORDER.indexOf(note.kind), ...noteIdentity(note)]);
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
    case "pending-member":
    case "uncovered-member":
    case "limit-unknown":
    case "ambiguous-zero-limit":
    case "legacy-clear":
    case "limit-below-spend":
    case "limit-not-effective":
      return [normalizeEmail(note.email), note.email];
    case "unmanaged-blocklist":
    case "ignored-blocklist":
    case "duplicate-blocklist":
      return [note.url, note.id];
    case "duplicate-pattern":
      return [note.url, note.pattern];
    case "deletes-allowed":
      return [];
  }
}
function violationIdentity(violation) {
  switch (violation.kind) {
    case "limit-conflict":
    case "limit-above-maximum":
    case "member-without-limit":
      return [normalizeEmail(violation.email), violation.email];
    case "protected-repo-delete":
      return [violation.url, violation.pattern];
    case "too-many-deletes":
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
  return hash.digest("hex");
}
function lines(items) {
  return items.map((item) => `${item}
`).join("");
}

// src/plan/guardrails.ts
function checkGuardrails(draft, guardrails, options) {
  const violations = [];
  const notes = [];
  const breach = deleteThresholdBreach(draft, guardrails.maxDeletes);
  if (breach) {
    if (options.allowDeletes) notes.push({ kind: "deletes-allowed", ...breach });
    else violations.push({ kind: "too-many-deletes", ...breach, overridable: true });
  }
  violations.push(...protectedRepoDeletes(draft, guardrails.protectedRepos));
  if (guardrails.maxUserLimitDollars !== void 0) {
    violations.push(...limitsAboveMaximum(draft, guardrails.maxUserLimitDollars));
  }
  if (guardrails.requireLimitForEveryMember) violations.push(...membersWithoutLimit(draft));
  return { violations, notes };
}
function deleteThresholdBreach(draft, threshold) {
  if (!threshold) return void 0;
  const deletes = draft.changes.filter((change) => change.kind === "delete").length;
  if (deletes === 0) return void 0;
  const total = draft.liveBlocklists;
  const overCount = threshold.count !== void 0 && deletes > threshold.count;
  const overPercent = threshold.percent !== void 0 && total > 0 && deletes / total * 100 > threshold.percent;
  if (!overCount && !overPercent) return void 0;
  return {
    deletes,
    total,
    ...threshold.count !== void 0 ? { maxCount: threshold.count } : {},
    ...threshold.percent !== void 0 ? { maxPercent: threshold.percent } : {}
  };
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
    (rule) => candidate("user", rule.email, rule.limit, rule.source)
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
    named.set(normalizeEmail(rule.email), ref("user", rule.email, rule.source));
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
function candidate(rank, name, limit, source) {
  return { limit, rule: ref(rank, name, source) };
}
function ref(rank, name, source) {
  return { rank, name, source };
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
function planLimits(desired, live) {
  const rules = canonicalRules(desired.spendLimits);
  const resolve = compileLimitResolver(rules);
  const result = { changes: [], notes: [], violations: [], outcomes: [] };
  const onTeam = /* @__PURE__ */ new Set();
  for (const member of live.members) {
    onTeam.add(member.emailKey);
    const resolution = resolve(member.email, member.role);
    result.outcomes.push({ member, resolution });
    if (resolution.kind === "uncovered") {
      result.notes.push({ kind: "uncovered-member", email: member.email, role: member.role });
    } else if (resolution.kind === "conflict") {
      const rules2 = [...resolution.rules].sort(compareRuleRefs);
      result.violations.push({ kind: "limit-conflict", email: member.email, rules: rules2 });
    } else {
      planMemberLimit(member, resolution.limit, resolution.rule, live.shape, result);
    }
  }
  for (const [email, rule] of namedEmails(rules)) {
    if (!onTeam.has(email)) result.notes.push({ kind: "pending-member", email, rule });
  }
  return result;
}
function planMemberLimit(member, wanted, rule, shape, out) {
  const live = member.limit;
  if (live === void 0) {
    out.notes.push({ kind: "limit-unknown", email: member.email });
    pushChange(member, "unknown", wanted, rule, false, out);
    return;
  }
  if (live.zeroIsAmbiguous && live.dollars === null) {
    if (wanted === null || wanted === 0) {
      out.notes.push({ kind: "ambiguous-zero-limit", email: member.email, wanted });
    }
    if (wanted !== null) pushChange(member, null, wanted, rule, true, out);
    return;
  }
  if (live.dollars === wanted) {
    noteIfNotEffective(member, wanted, live.effectiveDollars, out.notes);
    return;
  }
  pushChange(member, live.dollars, wanted, rule, false, out);
  if (wanted === null && live.dollars !== null && shape === "legacy") {
    out.notes.push({ kind: "legacy-clear", email: member.email, limitDollars: live.dollars });
  }
}
function pushChange(member, before, wanted, rule, beforeAmbiguous, out) {
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
    ...beforeAmbiguous ? { beforeAmbiguous: true } : {}
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
  const blocklists = planBlocklists(desired, live);
  const limits = planLimits(desired, live);
  const changes = sortChanges([...blocklists.changes, ...limits.changes]);
  const guardrails = checkGuardrails(
    { changes, outcomes: limits.outcomes, liveBlocklists: live.blocklists.length },
    desired.guardrails,
    options
  );
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    fingerprint: fingerprintLiveState(live),
    shape: live.shape,
    changes,
    notes: sortNotes([...blocklists.notes, ...limits.notes, ...guardrails.notes]),
    violations: sortViolations([...limits.violations, ...guardrails.violations]),
    summary: summarize(changes),
    counts: {
      members: live.members.length,
      liveBlocklists: live.blocklists.length,
      desiredBlocklists: desired.blocklists.length
    }
  };
}
function summarize(changes) {
  const counts = { create: 0, update: 0, delete: 0, set: 0, clear: 0 };
  for (const change of changes) counts[change.kind]++;
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
