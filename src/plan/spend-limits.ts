// Spend limits: for every live member, the limit the policy resolves to versus the limit read.
//
// Decisions (docs/plan-format.md, "How spend limits are planned"):
// - Unknown live limit (no spend row): the change is planned anyway with before "unknown"
//   (sending a limit is idempotent) and a `limit-unknown` note.
// - Legacy shape, live reads "no limit" (which may be $0):
//     wanted $0    -> `set 0` (idempotent, and the safe direction) + `ambiguous-zero-limit` note;
//     wanted none  -> no change + note: the legacy write has no null, and leaving a possible $0 in
//                     place errs on the side of spending less;
//     wanted $N>0  -> `set N` (it differs either way), marked beforeAmbiguous, no note.
// - Legacy shape, live has a limit and the policy wants none: the `clear` is planned (a newer API
//   accepts null) with a `legacy-clear` note, since the legacy write has no null and may refuse it.
//   A re-plan after apply on a legacy API therefore still lists `set 0` for those members: that is
//   the one thing the API cannot confirm (see isUnverifiable).
// - `limit-not-effective` is noted when the live limit already equals the policy but the API says
//   a higher limit (or none) is enforced. A lower effective limit is a stricter team/group cap: it
//   protects at least as much, so it is not reported. For limits being set now, the effect can only
//   be checked after writing (apply re-reads and compares).

import type {
  DesiredState,
  LimitDollars,
  LimitResolution,
  LimitRuleRef,
  SpendLimitRules,
  UserLimitRule,
} from "../model/desired.js";
import type { LiveMember, LiveState, ResponseShape } from "../model/live.js";
import type { LimitBefore, LimitChange, Note, Violation, Warning } from "../model/plan.js";
import type { SourceLocation } from "../model/source.js";
import { nearest } from "../shared/edit-distance.js";
import { compileLimitResolver, namedEmails } from "./limit-resolver.js";
import { compareRuleRefs, compareText } from "./order.js";

/** What the policy resolves to for one live member: the input of the per-member guardrails. */
export interface MemberOutcome {
  readonly member: LiveMember;
  readonly resolution: LimitResolution;
}

interface LimitPlan {
  readonly changes: LimitChange[];
  readonly notes: Note[];
  readonly warnings: Warning[];
  readonly violations: Violation[];
  readonly outcomes: MemberOutcome[];
}

/**
 * `today` (YYYY-MM-DD, UTC) ends temporary exceptions: a `users` rule whose `until` is before it
 * is left out, so the member falls back to their other rules, and an `exception-expired` note
 * says so.
 */
export function planLimits(desired: DesiredState, live: LiveState, today: string): LimitPlan {
  const { rules, expired } = activeRules(canonicalRules(desired.spendLimits), today);
  const resolve = compileLimitResolver(rules);
  const result: LimitPlan = { changes: [], notes: [], warnings: [], violations: [], outcomes: [] };
  const onTeam = new Set<string>();

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
        rule: { rank: "user", name: rule.email, source: rule.source, until },
      });
    }
    const resolution = resolve(member.email, member.role);
    result.outcomes.push({ member, resolution });
    if (resolution.kind === "uncovered") {
      result.notes.push({ kind: "uncovered-member", email: member.email, role: member.role });
    } else if (resolution.kind === "conflict") {
      const rules = [...resolution.rules].sort(compareRuleRefs);
      result.violations.push({ kind: "limit-conflict", email: member.email, rules });
    } else {
      planMemberLimit(member, resolution.limit, resolution.rule, live.shape, result);
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

/** The rules in force today, and the temporary exceptions that ended before it, by email. */
function activeRules(
  rules: SpendLimitRules,
  today: string,
): { rules: SpendLimitRules; expired: Map<string, { rule: UserLimitRule; until: string }> } {
  const expired = new Map<string, { rule: UserLimitRule; until: string }>();
  const users: UserLimitRule[] = [];
  for (const rule of rules.users) {
    // ISO dates compare as text: "2027-01-31" < "2027-02-01".
    if (rule.until !== undefined && rule.until < today) {
      expired.set(rule.email, { rule, until: rule.until });
    } else {
      users.push(rule);
    }
  }
  return { rules: expired.size === 0 ? rules : { ...rules, users }, expired };
}

/**
 * The live members whose email is nearest to one the policy names, when they are close enough
 * to be a typo of it: one or two edits (one for a local part of four characters or fewer), and
 * every member at the nearest distance, up to three.
 */
function nearestMembers(email: string, onTeam: ReadonlySet<string>): string[] {
  const local = email.split("@")[0] ?? email;
  const found = nearest(email, onTeam, local.length <= 4 ? 1 : 2, 3);
  const best = found[0]?.distance;
  return found.filter((entry) => entry.distance === best).map((entry) => entry.candidate);
}

function planMemberLimit(
  member: LiveMember,
  wanted: LimitDollars,
  rule: LimitRuleRef,
  shape: ResponseShape,
  out: LimitPlan,
): void {
  const live = member.limit;
  if (live === undefined) {
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

function pushChange(
  member: LiveMember,
  before: LimitBefore,
  wanted: LimitDollars,
  rule: LimitRuleRef,
  beforeAmbiguous: boolean,
  out: LimitPlan,
): void {
  const who = {
    resource: "spendLimit",
    key: member.emailKey,
    email: member.email,
    name: member.name,
    role: member.role,
    before,
  } as const;
  const why = {
    rule,
    spendCents: member.spendCents,
    ...(beforeAmbiguous ? { beforeAmbiguous: true as const } : {}),
  };
  // Field order is the JSON order people read: who, before -> after, why.
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
      spendCents: member.spendCents,
    });
  }
}

function noteIfNotEffective(
  member: LiveMember,
  wanted: LimitDollars,
  effective: LimitDollars | undefined,
  notes: Note[],
): void {
  // "No per-user limit" is achieved whatever the team enforces; only a number can be overridden.
  if (wanted === null || effective === undefined) return;
  if (effective === null || effective > wanted) {
    notes.push({
      kind: "limit-not-effective",
      email: member.email,
      limitDollars: wanted,
      effectiveDollars: effective,
    });
  }
}

/**
 * The rules in a fixed order. When two rules of the winning rank agree, the resolver (and
 * namedEmails) name the first one as the rule that produced the limit; sorting first makes that
 * choice independent of the order files were merged in, so the plan is too.
 */
function canonicalRules(rules: SpendLimitRules): SpendLimitRules {
  const by =
    <T extends { readonly source: SourceLocation }>(name: (rule: T) => string) =>
    (a: T, b: T) =>
      compareText(name(a), name(b)) || compareSources(a.source, b.source);
  return {
    users: [...rules.users].sort(by((rule) => rule.email)),
    groups: [...rules.groups].sort(by((rule) => rule.name)),
    emailPatterns: [...rules.emailPatterns].sort(by((rule) => rule.pattern)),
    roles: [...rules.roles].sort(by((rule) => rule.role)),
    ...(rules.default ? { default: rules.default } : {}),
  };
}

function compareSources(a: SourceLocation, b: SourceLocation): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
