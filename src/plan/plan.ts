// The planner: one pure function from (desired, live, options) to a Plan. No I/O, no clock, no
// environment, no randomness: the same inputs give the same plan, byte for byte, in any order.

import type { DesiredState } from "../model/desired.js";
import type { LiveState } from "../model/live.js";
import type { Change, ChangeKind, Plan, PlanOptions, PlanSummary } from "../model/plan.js";
import { PLAN_FORMAT_VERSION } from "../model/plan.js";
import { planBlocklists } from "./blocklists.js";
import { planBudget } from "./budget.js";
import { planDirectoryGroups } from "./directory-groups.js";
import { DEFAULT_EFFECTIVE_LIMIT_RULE } from "./effective-limits.js";
import { PlanInputError } from "./errors.js";
import { fingerprintLiveState } from "./fingerprint.js";
import { checkGuardrails } from "./guardrails.js";
import {
  sortChanges,
  sortEffectiveChanges,
  sortNotes,
  sortViolations,
  sortWarnings,
} from "./order.js";
import { planLimits } from "./spend-limits.js";

export function plan(desired: DesiredState, live: LiveState, options: PlanOptions): Plan {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    throw new PlanInputError(
      `the planner was given "${options.today}" as today; expected YYYY-MM-DD`,
    );
  }
  const rule = options.effectiveLimitRule ?? DEFAULT_EFFECTIVE_LIMIT_RULE;
  const blocklists = planBlocklists(desired, live);
  const groups = planDirectoryGroups(desired, live);
  const limits = planLimits(desired, live, {
    memberships: groups.memberships,
    rule,
    today: options.today,
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
        members: live.members.length,
      },
      budget,
      warnings,
    },
    desired.guardrails,
    options,
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
      desiredDirectoryGroups: desired.directoryGroups?.groups.length ?? 0,
    },
  };
}

/** Which count of the summary each kind of change adds to. */
const SUMMARY_FIELD = {
  create: "create",
  update: "update",
  delete: "delete",
  set: "set",
  clear: "clear",
  "group-create": "groupCreate",
  "group-update": "groupUpdate",
  "group-members": "groupMembers",
  "group-delete": "groupDelete",
} as const satisfies Record<ChangeKind, Exclude<keyof PlanSummary, "total">>;

function summarize(changes: readonly Change[]): PlanSummary {
  const counts = {
    create: 0,
    update: 0,
    delete: 0,
    set: 0,
    clear: 0,
    groupCreate: 0,
    groupUpdate: 0,
    groupMembers: 0,
    groupDelete: 0,
  };
  for (const change of changes) counts[SUMMARY_FIELD[change.kind]]++;
  return { ...counts, total: changes.length };
}

/** True when a guardrail or threshold blocks the plan (exit code 3). */
export function isBlocked(plan: Plan): boolean {
  return plan.violations.length > 0;
}

/**
 * A change the live state can never confirm as done, so a verified re-plan after apply still lists
 * it: a `set 0` over a legacy "no limit" (which may already be $0), or any change to a member whose
 * limit the spend report did not show. Apply sends these (they are idempotent); verification
 * reports them as unconfirmable rather than failed.
 */
export function isUnverifiable(change: Change): boolean {
  if (change.resource !== "spendLimit") return false;
  if (change.before === "unknown") return true;
  return change.beforeAmbiguous === true && change.after === 0;
}

/** The changes a re-plan after a successful apply must not contain. */
export function verifiableChanges(plan: Plan): Change[] {
  return plan.changes.filter((change) => !isUnverifiable(change));
}
