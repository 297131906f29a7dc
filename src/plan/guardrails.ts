// Guardrails and safety thresholds, checked on the planned changes (not scattered through apply).
// Each rule is a small pure function of the draft plan; checkGuardrails runs them all.
//
// --allow-deletes: an exceeded delete threshold is not a violation (violations always block) but
// a `deletes-allowed` note, so the override stays visible in every output.

import type { DeleteThreshold, Guardrails } from "../model/desired.js";
import type {
  Change,
  DeletableResource,
  IneffectiveCap,
  Note,
  PlanOptions,
  Violation,
} from "../model/plan.js";
import { compileUrlGlobs } from "../shared/url-globs.js";
import type { MemberOutcome } from "./spend-limits.js";

/** What the guardrails look at: the changes, plus what the policy resolved for every member. */
interface PlanDraft {
  readonly changes: readonly Change[];
  readonly outcomes: readonly MemberOutcome[];
  /** Live objects of each kind, the base each kind's delete percentage is taken of. */
  readonly live: Readonly<Record<DeletableResource, number>>;
  /** Member limits a higher directory-group limit overrides. */
  readonly ineffectiveCaps: readonly IneffectiveCap[];
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
  for (const resource of DELETABLE_RESOURCES) {
    const breach = deleteThresholdBreach(draft, resource, deleteThresholdFor(guardrails, resource));
    if (!breach) continue;
    if (options.allowDeletes) notes.push({ kind: "deletes-allowed", ...breach });
    else violations.push({ kind: "too-many-deletes", ...breach, overridable: true });
  }
  const capsBlock = options.strict
    ? "strict"
    : guardrails.requireEffectiveCaps
      ? "guardrail"
      : undefined;
  for (const cap of draft.ineffectiveCaps) {
    if (capsBlock === undefined) notes.push(cap);
    else violations.push({ ...cap, blockedBy: capsBlock });
  }
  violations.push(...protectedRepoDeletes(draft, guardrails.protectedRepos));
  if (guardrails.maxUserLimitDollars !== undefined) {
    violations.push(...limitsAboveMaximum(draft, guardrails.maxUserLimitDollars));
  }
  if (guardrails.requireLimitForEveryMember) violations.push(...membersWithoutLimit(draft));
  return { violations, notes };
}

/** Each kind of live object is counted against the delete thresholds on its own. */
const DELETABLE_RESOURCES: readonly DeletableResource[] = ["blocklist", "directoryGroup"];

/** The kind of change that deletes a live object of each kind. */
const DELETE_KIND = { blocklist: "delete", directoryGroup: "group-delete" } as const;

/**
 * The threshold that applies to deletions of one kind of live object: `guardrails.maxDeletes`,
 * the same for every kind today. One place to give each kind a default of its own.
 */
function deleteThresholdFor(
  guardrails: Guardrails,
  _resource: DeletableResource,
): DeleteThreshold | undefined {
  return guardrails.maxDeletes;
}

interface DeleteBreach {
  readonly resource: DeletableResource;
  readonly deletes: number;
  readonly total: number;
  readonly maxCount?: number;
  readonly maxPercent?: number;
}

/** More deletions of one kind than `maxDeletes.count`, or a larger share of the live ones than `.percent`. */
function deleteThresholdBreach(
  draft: PlanDraft,
  resource: DeletableResource,
  threshold: DeleteThreshold | undefined,
): DeleteBreach | undefined {
  if (!threshold) return undefined;
  const deletes = draft.changes.filter((change) => change.kind === DELETE_KIND[resource]).length;
  if (deletes === 0) return undefined;
  const total = draft.live[resource];
  const overCount = threshold.count !== undefined && deletes > threshold.count;
  const overPercent =
    threshold.percent !== undefined && total > 0 && (deletes / total) * 100 > threshold.percent;
  if (!overCount && !overPercent) return undefined;
  return {
    resource,
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
