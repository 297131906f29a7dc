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
import type {
  EffectiveLimit,
  EffectiveLimitChange,
  EffectiveLimitRule,
  IneffectiveCap,
  LimitBefore,
  LimitChange,
  Note,
  Violation,
  Warning,
} from "../model/plan.js";
import type { SourceLocation } from "../model/source.js";
import {
  effectiveLimitOf,
  type GroupMemberships,
  highestGroupLimit,
  ownLimitBefore,
} from "./effective-limits.js";
import { compileLimitResolver, namedEmails } from "./limit-resolver.js";
import { nearestMembers } from "./nearest-members.js";
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
  /** Members whose effective limit changes through directory groups alone. */
  readonly effectiveChanges: EffectiveLimitChange[];
}

/**
 * How limits are worked out: who is in which group and the effective-limit rule assumed, and
 * today (YYYY-MM-DD, UTC), which ends temporary exceptions: a `users` rule whose `until` is
 * before it is left out, so the member falls back to their other rules, and an
 * `exception-expired` note says so.
 */
interface LimitContext {
  readonly memberships: GroupMemberships;
  readonly rule: EffectiveLimitRule;
  readonly today: string;
}

export function planLimits(
  desired: DesiredState,
  live: LiveState,
  context: LimitContext,
): LimitPlan {
  const { rules, expired } = activeRules(canonicalRules(desired.spendLimits), context.today);
  const resolve = compileLimitResolver(rules);
  const result: LimitPlan = {
    changes: [],
    notes: [],
    warnings: [],
    violations: [],
    outcomes: [],
    effectiveChanges: [],
  };
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
    const changesBefore = result.changes.length;
    let effective: EffectiveLimit | undefined;
    if (resolution.kind === "uncovered") {
      result.notes.push({ kind: "uncovered-member", email: member.email, role: member.role });
    } else if (resolution.kind === "conflict") {
      const rules = [...resolution.rules].sort(compareRuleRefs);
      result.violations.push({ kind: "limit-conflict", email: member.email, rules });
    } else {
      const cap = ineffectiveCap(member, resolution.limit, resolution.rule, context);
      if (cap !== undefined) result.warnings.push(cap);
      effective = effectiveLimitOf(member, resolution.limit, context.memberships, context.rule);
      planMemberLimit(
        {
          member,
          wanted: resolution.limit,
          rule: resolution.rule,
          shape: live.shape,
          capReported: cap !== undefined,
          effective,
        },
        result,
      );
    }
    if (result.changes.length === changesBefore) {
      // No limit change for this member (their own limit stays as it is, or is not the policy's
      // to set): their effective limit can still move with their groups.
      effective ??= effectiveLimitOf(
        member,
        ownLimitBefore(member),
        context.memberships,
        context.rule,
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

/** One member the policy gives a limit, with what the plan needs to know about them. */
interface MemberTarget {
  readonly member: LiveMember;
  readonly wanted: LimitDollars;
  readonly rule: LimitRuleRef;
  readonly shape: ResponseShape;
  /** An `ineffective-cap` already says that a group limit overrides this one. */
  readonly capReported: boolean;
  readonly effective: EffectiveLimit;
}

function planMemberLimit(target: MemberTarget, out: LimitPlan): void {
  const { member, wanted } = target;
  const live = member.limit;
  if (live === undefined) {
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

function pushChange(
  target: MemberTarget,
  before: LimitBefore,
  beforeAmbiguous: boolean,
  out: LimitPlan,
): void {
  const { member, wanted, rule } = target;
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
    effective: target.effective,
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

/**
 * Under "highest-applicable", a member's own limit below the highest limit of a directory group
 * they will be in does not take effect: the group's limit is what Cursor enforces. "No limit" is
 * never overridden, and under "most-specific" the member's own limit always wins.
 */
function ineffectiveCap(
  member: LiveMember,
  wanted: LimitDollars,
  rule: LimitRuleRef,
  context: LimitContext,
): IneffectiveCap | undefined {
  if (wanted === null || context.rule !== "highest-applicable") return undefined;
  const group = highestGroupLimit(context.memberships.after(member.emailKey));
  if (group === undefined || group.limit <= wanted) return undefined;
  return {
    kind: "ineffective-cap",
    email: member.email,
    limitDollars: wanted,
    group: group.name,
    groupLimitDollars: group.limit,
    rule,
  };
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
