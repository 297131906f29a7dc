// Effective limits: what Cursor enforces once a member's own limit and the limits of the
// directory groups they are in combine. The sources disagree on the rule (docs/admin-api.md,
// "Effective limits"), so the rule is an input and every plan states the one it assumed:
//
// - "highest-applicable" (the default): the highest limit that is set wins; a group without a
//   limit does not apply. A member's cap below a higher group limit does not take effect.
// - "most-specific": the member's own limit when set; else the highest group limit.
//
// A team-wide limit is part of what Cursor combines too, but the API does not show it, so it is
// not part of these numbers; apply's read-back compares them with what the API reports.

import type { LiveMember } from "../model/live.js";
import type {
  EffectiveLimit,
  EffectiveLimitRule,
  GroupLimitRef,
  LimitBefore,
} from "../model/plan.js";

export const DEFAULT_EFFECTIVE_LIMIT_RULE: EffectiveLimitRule = "highest-applicable";

/** The directory groups each member (by normalised email) is in, before and after the plan. */
export interface GroupMemberships {
  before(memberKey: string): readonly GroupLimitRef[];
  after(memberKey: string): readonly GroupLimitRef[];
}

/** Combines an own limit ("unknown": no spend row) with group limits under `rule`. */
function combineLimits(
  own: LimitBefore,
  groups: readonly GroupLimitRef[],
  rule: EffectiveLimitRule,
): LimitBefore {
  if (own === "unknown") return "unknown";
  const highestGroup = highestGroupLimit(groups);
  if (rule === "most-specific") return own ?? highestGroup?.limit ?? null;
  const applicable = [own, highestGroup?.limit ?? null].filter(
    (limit): limit is number => limit !== null,
  );
  return applicable.length === 0 ? null : Math.max(...applicable);
}

/** The group with the highest limit that is set (the first by name on a tie), if any. */
export function highestGroupLimit(
  groups: readonly GroupLimitRef[],
): (GroupLimitRef & { readonly limit: number }) | undefined {
  let best: (GroupLimitRef & { readonly limit: number }) | undefined;
  for (const group of groups) {
    const { limit } = group;
    if (limit === null) continue;
    if (best === undefined || limit > best.limit) best = { name: group.name, limit };
  }
  return best;
}

/** The member's own limit as read: "unknown" when the spend report had no row for them. */
export function ownLimitBefore(member: LiveMember): LimitBefore {
  return member.limit === undefined ? "unknown" : member.limit.dollars;
}

export function effectiveLimitOf(
  member: LiveMember,
  ownAfter: LimitBefore,
  memberships: GroupMemberships,
  rule: EffectiveLimitRule,
): EffectiveLimit {
  const after = memberships.after(member.emailKey);
  return {
    before: combineLimits(ownLimitBefore(member), memberships.before(member.emailKey), rule),
    after: combineLimits(ownAfter, after, rule),
    groups: after,
  };
}
