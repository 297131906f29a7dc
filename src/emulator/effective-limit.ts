// `effectivePerUserLimitDollars`: what the emulator says Cursor enforces for a member once the
// member's own limit, the limits of their directory groups and the team limit combine. The
// sources disagree on the rule (docs/emulator.md, "Effective limits"), so it is a setting:
//
// - "highest-applicable" (default): the highest of every limit that applies — the member's own,
//   each of their groups' (and a `groupLimitDollars` stand-in), the team's. A cap set below a
//   higher group or team limit does not take effect, as the 7 Sep 2026 release note describes.
// - "most-specific": the member's own limit when set; else the highest of their groups' limits;
//   else the team limit. Between two groups neither is more specific, so the higher one wins.
//
// A limit that is not set (null) does not apply; with none applying, there is no limit (null).

import type { EffectiveLimitRule, EmulatorState, MemberState } from "./types.js";

/** The directory-group limits (set ones only) of each member id, computed once per state. */
const groupLimitIndex = new WeakMap<EmulatorState, ReadonlyMap<string, readonly number[]>>();

function groupLimitsByMember(state: EmulatorState): ReadonlyMap<string, readonly number[]> {
  const cached = groupLimitIndex.get(state);
  if (cached !== undefined) return cached;
  const index = new Map<string, number[]>();
  for (const group of state.directoryGroups ?? []) {
    const limit = group.monthlySpendingLimitDollars;
    if (limit === null) continue;
    for (const id of new Set(group.memberIds)) {
      const limits = index.get(id);
      if (limits === undefined) index.set(id, [limit]);
      else limits.push(limit);
    }
  }
  groupLimitIndex.set(state, index);
  return index;
}

/** The limits that apply at each level for `member` (nulls dropped). */
interface LimitInputs {
  readonly own: number | null;
  readonly groups: readonly number[];
  readonly team: number | null;
}

function limitInputs(state: EmulatorState, member: MemberState): LimitInputs {
  const groups = [...(groupLimitsByMember(state).get(member.id) ?? [])];
  const standIn = member.groupLimitDollars ?? null;
  if (standIn !== null) groups.push(standIn);
  return {
    own: member.monthlyLimitDollars,
    groups,
    team: state.team.perUserLimitDollars ?? null,
  };
}

/** Combines the inputs under `rule`; see the comment at the top of this file. */
function combineLimits(inputs: LimitInputs, rule: EffectiveLimitRule): number | null {
  const highestGroup = inputs.groups.length === 0 ? null : Math.max(...inputs.groups);
  if (rule === "most-specific") return inputs.own ?? highestGroup ?? inputs.team;
  const applicable = [inputs.own, highestGroup, inputs.team].filter(
    (limit): limit is number => limit !== null,
  );
  return applicable.length === 0 ? null : Math.max(...applicable);
}

export function effectiveLimitDollars(
  state: EmulatorState,
  member: MemberState,
  rule: EffectiveLimitRule,
): number | null {
  return combineLimits(limitInputs(state, member), rule);
}
