// Which spend limit applies to a member, and which rule gave it. The precedence is fixed and
// documented (docs/policy-language.md): the most specific rule wins —
//   user  >  group  >  emailPattern  >  role  >  default.
// Within one rank, rules that agree are fine; rules that disagree are a conflict the plan reports
// as a violation, because guessing between them would silently pick a budget.

import { Minimatch } from "minimatch";
import type {
  LimitDollars,
  LimitResolution,
  LimitRuleRank,
  LimitRuleRef,
  SpendLimitRules,
} from "../model/desired.js";
import type { SourceLocation } from "../model/source.js";
import { EMAIL_GLOB_OPTIONS } from "../shared/email-globs.js";
import { normalizeEmail, normalizeRole } from "../shared/normalize.js";

interface Candidate {
  readonly limit: LimitDollars;
  readonly rule: LimitRuleRef;
}

/** Resolves limits for many members; compiles globs and indexes rules once. */
type LimitResolver = (email: string, role: string) => LimitResolution;

export function compileLimitResolver(rules: SpendLimitRules): LimitResolver {
  // Candidates are built once here; per member, ranks are tried most specific first and the
  // first rank with a match decides, so email globs are only matched when no user or group rule
  // applies (this runs once per member: 100k members in a large team).
  const byUser = groupBy(
    rules.users,
    (rule) => normalizeEmail(rule.email),
    (rule) => candidate("user", rule.email, rule.limit, rule.source, rule.until),
  );
  const byGroupMember = new Map<string, Candidate[]>();
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
    candidate: candidate("emailPattern", rule.pattern, rule.limit, rule.source),
  }));
  const byRole = groupBy(
    rules.roles,
    (rule) => normalizeRole(rule.role),
    (rule) => candidate("role", rule.role, rule.limit, rule.source),
  );
  const fallback = rules.default
    ? candidate("default", "default", rules.default.limit, rules.default.source)
    : undefined;

  return (email, role) => {
    const emailKey = normalizeEmail(email);
    const named = byUser.get(emailKey) ?? byGroupMember.get(emailKey);
    if (named) return decide(named);
    const matched: Candidate[] = [];
    for (const pattern of patterns) {
      if (pattern.matcher.match(emailKey)) matched.push(pattern.candidate);
    }
    if (matched.length > 0) return decide(matched);
    const byThisRole = byRole.get(normalizeRole(role));
    if (byThisRole) return decide(byThisRole);
    return fallback ? decide([fallback]) : { kind: "uncovered" };
  };
}

/** One-off resolution; use compileLimitResolver for many members. */
export function resolveLimit(rules: SpendLimitRules, email: string, role: string): LimitResolution {
  return compileLimitResolver(rules)(email, role);
}

/** Every email the policy names explicitly (users and group members): the rest come from globs, roles, default. */
export function namedEmails(rules: SpendLimitRules): Map<string, LimitRuleRef> {
  const named = new Map<string, LimitRuleRef>();
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

function decide(found: readonly Candidate[]): LimitResolution {
  const first = found[0]!;
  const disagreeing = found.some((c) => c.limit !== first.limit);
  if (disagreeing) return { kind: "conflict", rules: found.map((c) => c.rule) };
  return { kind: "limit", limit: first.limit, rule: first.rule };
}

function candidate(
  rank: LimitRuleRank,
  name: string,
  limit: LimitDollars,
  source: SourceLocation,
  until?: string,
): Candidate {
  return { limit, rule: ref(rank, name, source, until) };
}

function ref(
  rank: LimitRuleRank,
  name: string,
  source: SourceLocation,
  until?: string,
): LimitRuleRef {
  return until === undefined ? { rank, name, source } : { rank, name, source, until };
}

function groupBy<T, V>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => V,
): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k) ?? [];
    list.push(value(item));
    map.set(k, list);
  }
  return map;
}
