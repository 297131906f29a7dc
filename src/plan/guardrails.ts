// Guardrails and safety thresholds, checked on the planned changes (not scattered through apply).
// Each rule is a small pure function of the draft plan; checkGuardrails runs them all.
//
// A size threshold (src/plan/thresholds.ts) that its switch lets through (--allow-deletes,
// --allow-large-changes) is not a violation (violations always block) but a note, so the
// override stays visible in every output.

import type { Guardrails } from "../model/desired.js";
import type { Budget, Change, Note, PlanOptions, Violation, Warning } from "../model/plan.js";
import { appendAll } from "../shared/arrays.js";
import { compileUrlGlobs } from "../shared/url-globs.js";
import type { MemberOutcome } from "./spend-limits.js";
import { raiseBreaches, shareBreaches } from "./thresholds.js";

/** What the guardrails look at: the changes, plus what the policy resolved for every member. */
interface PlanDraft {
  readonly changes: readonly Change[];
  readonly outcomes: readonly MemberOutcome[];
  /** Live objects by kind, the base the threshold percentages are taken of. */
  readonly live: {
    readonly blocklists: number;
    readonly directoryGroups: number;
    readonly members: number;
  };
  readonly budget: Budget;
  /**
   * The planner's warnings: names not on the team, member caps a directory-group limit
   * overrides. Switches can make them violations.
   */
  readonly warnings: readonly Warning[];
}

interface GuardrailFindings {
  readonly violations: Violation[];
  readonly notes: Note[];
  /** Warnings a switch (--strict, a guardrail) turned into violations, to drop as warnings. */
  readonly escalated: ReadonlySet<Warning>;
}

export function checkGuardrails(
  draft: PlanDraft,
  guardrails: Guardrails,
  options: PlanOptions,
): GuardrailFindings {
  const violations: Violation[] = [];
  const notes: Note[] = [];
  const allowed = (override: "allow-deletes" | "allow-large-changes") =>
    override === "allow-deletes" ? options.allowDeletes : options.allowLargeChanges === true;
  for (const breach of shareBreaches(draft, guardrails)) {
    if (allowed(breach.override)) notes.push({ kind: "threshold-overridden", ...breach });
    else violations.push({ kind: "threshold-exceeded", ...breach });
  }
  for (const breach of raiseBreaches(draft.changes, guardrails)) {
    if (allowed(breach.override)) notes.push({ kind: "limit-raise-overridden", ...breach });
    else violations.push({ kind: "limit-raise-exceeded", ...breach });
  }
  appendAll(violations, protectedRepoDeletes(draft, guardrails.protectedRepos));
  if (guardrails.maxUserLimitDollars !== undefined) {
    appendAll(violations, limitsAboveMaximum(draft, guardrails.maxUserLimitDollars));
  }
  if (guardrails.requireLimitForEveryMember) appendAll(violations, membersWithoutLimit(draft));
  if (guardrails.maxTotalLimitDollars !== undefined) {
    const after = draft.budget.after;
    if (after.committedDollars > guardrails.maxTotalLimitDollars) {
      violations.push({
        kind: "total-limit-above-maximum",
        totalDollars: after.committedDollars,
        maximum: guardrails.maxTotalLimitDollars,
        withoutLimit: after.withoutLimit,
      });
    }
  }
  const escalated = new Set<Warning>();
  for (const warning of draft.warnings) {
    const because = escalation(warning, guardrails, options);
    if (because === undefined) continue;
    escalated.add(warning);
    violations.push({ ...warning, because });
  }
  return { violations, notes, escalated };
}

/**
 * Why a warning blocks, if it does: --strict makes every warning a violation; a guardrail makes
 * its own kind one (`requireNamedMembersOnTeam` names not on the team, `requireEffectiveCaps`
 * member caps a group limit overrides).
 */
function escalation(
  warning: Warning,
  guardrails: Guardrails,
  options: PlanOptions,
): "strict" | "guardrail" | undefined {
  if (options.strict) return "strict";
  switch (warning.kind) {
    case "member-not-on-team":
    case "group-member-not-on-team":
      return guardrails.requireNamedMembersOnTeam ? "guardrail" : undefined;
    case "ineffective-cap":
      return guardrails.requireEffectiveCaps ? "guardrail" : undefined;
  }
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
