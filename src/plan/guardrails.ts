// Guardrails and safety thresholds, checked on the planned changes (not scattered through apply).
// Each rule is a small pure function of the draft plan; checkGuardrails runs them all.
//
// --allow-deletes: an exceeded delete threshold is not a violation (violations always block) but
// a `deletes-allowed` note, so the override stays visible in every output.

import type { DeleteThreshold, Guardrails } from "../model/desired.js";
import type { Change, Note, PlanOptions, Violation } from "../model/plan.js";
import { compileUrlGlobs } from "../shared/url-globs.js";
import type { MemberOutcome } from "./spend-limits.js";

/** What the guardrails look at: the changes, plus what the policy resolved for every member. */
interface PlanDraft {
  readonly changes: readonly Change[];
  readonly outcomes: readonly MemberOutcome[];
  /** Live blocklists, the base the delete percentage is taken of. */
  readonly liveBlocklists: number;
}

interface GuardrailFindings {
  readonly violations: Violation[];
  readonly notes: Note[];
}

export function checkGuardrails(
  draft: PlanDraft,
  guardrails: Guardrails,
  options: PlanOptions,
): GuardrailFindings {
  const violations: Violation[] = [];
  const notes: Note[] = [];
  const breach = deleteThresholdBreach(draft, guardrails.maxDeletes);
  if (breach) {
    if (options.allowDeletes) notes.push({ kind: "deletes-allowed", ...breach });
    else violations.push({ kind: "too-many-deletes", ...breach, overridable: true });
  }
  violations.push(...protectedRepoDeletes(draft, guardrails.protectedRepos));
  if (guardrails.maxUserLimitDollars !== undefined) {
    violations.push(...limitsAboveMaximum(draft, guardrails.maxUserLimitDollars));
  }
  if (guardrails.requireLimitForEveryMember) violations.push(...membersWithoutLimit(draft));
  return { violations, notes };
}

interface DeleteBreach {
  readonly deletes: number;
  readonly total: number;
  readonly maxCount?: number;
  readonly maxPercent?: number;
}

/** More blocklist deletions than `maxDeletes.count`, or a larger share of live ones than `.percent`. */
function deleteThresholdBreach(
  draft: PlanDraft,
  threshold: DeleteThreshold | undefined,
): DeleteBreach | undefined {
  if (!threshold) return undefined;
  const deletes = draft.changes.filter((change) => change.kind === "delete").length;
  if (deletes === 0) return undefined;
  const total = draft.liveBlocklists;
  const overCount = threshold.count !== undefined && deletes > threshold.count;
  const overPercent =
    threshold.percent !== undefined && total > 0 && (deletes / total) * 100 > threshold.percent;
  if (!overCount && !overPercent) return undefined;
  return {
    deletes,
    total,
    ...(threshold.count !== undefined ? { maxCount: threshold.count } : {}),
    ...(threshold.percent !== undefined ? { maxPercent: threshold.percent } : {}),
  };
}

/** A delete of a protected repo's blocklist: the change stays listed, and the plan is blocked. */
function protectedRepoDeletes(draft: PlanDraft, protectedRepos: readonly string[]): Violation[] {
  const protectedBy = compileUrlGlobs(protectedRepos);
  const violations: Violation[] = [];
  for (const change of draft.changes) {
    if (change.kind !== "delete") continue;
    const pattern = protectedBy(change.key);
    if (pattern !== undefined) {
      violations.push({ kind: "protected-repo-delete", url: change.url, pattern });
    }
  }
  return violations;
}

/** A member whose policy limit is above the maximum; "no limit" is above any maximum. */
function limitsAboveMaximum(draft: PlanDraft, maximum: number): Violation[] {
  const violations: Violation[] = [];
  for (const { member, resolution } of draft.outcomes) {
    if (resolution.kind !== "limit") continue;
    const { limit, rule } = resolution;
    if (limit === null || limit > maximum) {
      violations.push({ kind: "limit-above-maximum", email: member.email, limit, maximum, rule });
    }
  }
  return violations;
}

/** A member the policy leaves without a limit: no rule covers them, or the rule says "no limit". */
function membersWithoutLimit(draft: PlanDraft): Violation[] {
  const violations: Violation[] = [];
  for (const { member, resolution } of draft.outcomes) {
    if (resolution.kind === "uncovered") {
      violations.push({ kind: "member-without-limit", email: member.email });
    } else if (resolution.kind === "limit" && resolution.limit === null) {
      violations.push({ kind: "member-without-limit", email: member.email, rule: resolution.rule });
    }
  }
  return violations;
}
