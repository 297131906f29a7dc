// Size thresholds: a plan that changes more than a safe share of something live is probably a
// mistake (a policy missing its blocklists section with prune on, a typo sending thousands of
// members to the default limit, cents typed as dollars), so it is blocked until someone says it
// is meant. Built-in defaults apply when the policy sets none; the numbers and the reasons are in
// docs/policy-language.md ("Guardrails", "Built-in thresholds").
//
// Thresholds are generic per kind of live object: each entry of SHARE_THRESHOLDS says which
// changes it counts, over how many live objects, where the policy overrides it, and which switch
// lets it through. Another kind of object (directory groups) is one more entry.

import type { ChangeThreshold, Guardrails } from "../model/desired.js";
import type {
  Change,
  RaiseBreach,
  ShareBreach,
  ThresholdKind,
  ThresholdOverride,
} from "../model/plan.js";

/**
 * The floor (as in octoDNS): a default share threshold applies only when at least this many live
 * objects of its kind exist, so that one change on a small team is not blocked as "50 %".
 */
export const THRESHOLD_FLOOR = 10;

/** The built-in raise factor: a limit raised to more than 5x what it is (cents typed as dollars). */
export const DEFAULT_MAX_LIMIT_RAISE = 5;

/** What a plan's changes are measured against. */
interface ThresholdDraft {
  readonly changes: readonly Change[];
  /** Live objects by kind: the base each percentage is taken of. */
  readonly live: {
    readonly blocklists: number;
    readonly directoryGroups: number;
    readonly members: number;
  };
}

interface ShareThreshold {
  readonly kind: ThresholdKind;
  /** The built-in limit when the policy sets none. */
  readonly defaults: ChangeThreshold;
  /** The policy's own threshold for this kind, if it sets one. */
  readonly fromPolicy: (guardrails: Guardrails) => ChangeThreshold | undefined;
  readonly counts: (change: Change) => boolean;
  readonly liveCount: (draft: ThresholdDraft) => number;
  /** Removes live objects: a default threshold blocks removing every one of them at any size. */
  readonly removes: boolean;
  readonly override: ThresholdOverride;
}

const SHARE_THRESHOLDS: readonly ShareThreshold[] = [
  {
    kind: "blocklist-deletes",
    // Deletions remove protection and cannot be undone by a re-apply of the old policy without
    // someone noticing; 10 % is stricter than octoDNS's 30 % for that reason.
    defaults: { percent: 10 },
    fromPolicy: (guardrails) => guardrails.maxDeletes,
    counts: (change) => change.resource === "blocklist" && change.kind === "delete",
    liveCount: (draft) => draft.live.blocklists,
    removes: true,
    override: "allow-deletes",
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
    override: "allow-deletes",
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
    override: "allow-large-changes",
  },
];

/** Every share threshold the plan exceeds (the policy's where it sets one, else the default). */
export function shareBreaches(draft: ThresholdDraft, guardrails: Guardrails): ShareBreach[] {
  const breaches: ShareBreach[] = [];
  for (const threshold of SHARE_THRESHOLDS) {
    const breach = shareBreach(draft, guardrails, threshold);
    if (breach) breaches.push(breach);
  }
  return breaches;
}

function shareBreach(
  draft: ThresholdDraft,
  guardrails: Guardrails,
  threshold: ShareThreshold,
): ShareBreach | undefined {
  const changes = draft.changes.filter(threshold.counts).length;
  if (changes === 0) return undefined;
  const total = threshold.liveCount(draft);
  const written = threshold.fromPolicy(guardrails);
  const origin = written === undefined ? "default" : "policy";
  const limits = written ?? threshold.defaults;
  // A percentage the policy writes applies at any size (its author chose it); the defaults only
  // from the floor up. Removing every one of two or more is blocked by default at any size: it
  // is what a policy that lost a section (or was pointed at the wrong directory) does.
  const measured = origin === "policy" || total >= THRESHOLD_FLOOR;
  const overCount = limits.count !== undefined && changes > limits.count;
  const overPercent =
    measured && limits.percent !== undefined && total > 0 && changes * 100 > limits.percent * total;
  const everyOne = origin === "default" && threshold.removes && total >= 2 && changes >= total;
  if (!overCount && !overPercent && !everyOne) return undefined;
  return {
    threshold: threshold.kind,
    changes,
    total,
    ...(limits.count !== undefined ? { maxCount: limits.count } : {}),
    ...(limits.percent !== undefined ? { maxPercent: limits.percent } : {}),
    ...(everyOne ? { everyOne: true as const } : {}),
    origin,
    override: threshold.override,
  };
}

/**
 * Limits raised to more than `maxLimitRaise` times what they are. Only a number raised to a
 * larger number has a factor: a limit added where there was none, raised from $0, or removed
 * is judged by other rules (maxUserLimit, requireLimitForEveryMember, the risk flags).
 */
export function raiseBreaches(changes: readonly Change[], guardrails: Guardrails): RaiseBreach[] {
  const written = guardrails.maxLimitRaise;
  const maxFactor = written ?? DEFAULT_MAX_LIMIT_RAISE;
  const origin = written === undefined ? "default" : "policy";
  const breaches: RaiseBreach[] = [];
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
        override: "allow-large-changes",
      });
    }
  }
  return breaches;
}
