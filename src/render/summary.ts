// The one-line summary and the framing both text and Markdown use.

import type { Budget, LimitTotals, PlanSummary } from "../model/plan.js";
import { DRIFT_KINDS, type DriftKind, driftFraming } from "./drift.js";
import type { RenderMode, RiskCounts } from "./rows.js";
import { dollars, plural } from "./values.js";

/** "1 to create, 2 to update, 1 to delete, 5 limits to set, 0 to clear." */
function countsSentence(summary: PlanSummary): string {
  return (
    `${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete, ` +
    `${plural(summary.set, "limit")} to set, ${summary.clear} to clear.${groupsSentence(summary)}`
  );
}

/** " Directory groups: 1 to create, 2 membership changes." — only when groups change. */
function groupsSentence(summary: PlanSummary): string {
  const parts = [
    summary.groupCreate > 0 ? `${summary.groupCreate} to create` : undefined,
    summary.groupUpdate > 0 ? `${summary.groupUpdate} to update` : undefined,
    summary.groupMembers > 0 ? plural(summary.groupMembers, "membership change") : undefined,
    summary.groupDelete > 0 ? `${summary.groupDelete} to delete` : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? "" : ` Directory groups: ${parts.join(", ")}.`;
}

/** "Plan: …" or, framed as drift, "Drift: 3 differences. Applying the policy would undo them: …". */
export function summaryLine(summary: PlanSummary, mode: RenderMode): string {
  if (mode === "drift") {
    return `Drift: ${plural(summary.total, "difference")}. Applying the policy would undo ${summary.total === 1 ? "it" : "them"}: ${countsSentence(summary)}`;
  }
  return `Plan: ${countsSentence(summary)}`;
}

export function headline(mode: RenderMode, hasChanges: boolean): string {
  if (mode === "drift") {
    return hasChanges
      ? "Drift: live state differs from policy (changed out of band), risky changes first:"
      : "No drift. Live state matches policy.";
  }
  return hasChanges
    ? "Changes to make live state match policy:"
    : "No changes. Live state matches policy.";
}

/** "1 deletion, 2 raised limits, 1 cleared limit", or undefined when nothing is risky. */
export function riskSentence(risk: RiskCounts): string | undefined {
  const parts = [
    risk.deletions > 0 ? plural(risk.deletions, "deletion") : undefined,
    risk.raisedLimits > 0 ? plural(risk.raisedLimits, "raised limit") : undefined,
    risk.clearedLimits > 0 ? plural(risk.clearedLimits, "cleared limit") : undefined,
    risk.groupDeletions > 0 ? plural(risk.groupDeletions, "directory group deletion") : undefined,
    risk.loosenedGroupLimits > 0
      ? plural(
          risk.loosenedGroupLimits,
          "directory group limit raised or cleared",
          "directory group limits raised or cleared",
        )
      : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

export function blockedLine(violations: number): string {
  return `Blocked: ${plural(violations, "guardrail violation")}; apply will not proceed until ${
    violations === 1 ? "it is" : "they are"
  } resolved.`;
}

/** "1 raised outside policy, 1 deleted outside policy": the risky kinds of drift, or undefined. */
export function driftRiskSentence(drift: Readonly<Record<DriftKind, number>>): string | undefined {
  const parts = DRIFT_KINDS.filter((kind) => driftFraming(kind).rank === 0 && drift[kind] > 0).map(
    (kind) => `${DRIFT_NOUNS[kind](drift[kind])}`,
  );
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** How each kind of drift is counted in sentences and tables. */
export const DRIFT_NOUNS: Readonly<Record<DriftKind, (count: number) => string>> = {
  "limit-raised": (n) => `${plural(n, "limit")} raised outside policy`,
  "limit-removed": (n) => `${plural(n, "limit")} removed outside policy`,
  "blocklist-deleted": (n) => `${plural(n, "blocklist")} deleted outside policy`,
  "patterns-removed": (n) => `${plural(n, "blocklist")} with patterns removed outside policy`,
  "blocklist-unmanaged": (n) => `${plural(n, "blocklist")} live but not in policy`,
  "blocklist-duplicate": (n) =>
    `${plural(n, "second entry", "second entries")} for a declared repository`,
  "patterns-added": (n) => `${plural(n, "blocklist")} with patterns added outside policy`,
  "limit-lowered": (n) => `${plural(n, "limit")} lowered outside policy`,
  "limit-added": (n) => `${plural(n, "limit")} set outside policy`,
  "limit-ambiguous": (n) => `${plural(n, "limit")} that may be $0 (legacy API)`,
  "limit-unknown": (n) => `${plural(n, "limit")} unknown`,
  "group-deleted": (n) => `${plural(n, "directory group")} deleted outside policy`,
  "group-limit-raised": (n) => `${plural(n, "group limit")} raised outside policy`,
  "group-limit-removed": (n) => `${plural(n, "group limit")} removed outside policy`,
  "group-limit-lowered": (n) => `${plural(n, "group limit")} lowered outside policy`,
  "group-limit-added": (n) => `${plural(n, "group limit")} set outside policy`,
  "group-renamed": (n) => `${plural(n, "directory group")} renamed outside policy`,
  "group-members-added": (n) => `${plural(n, "directory group")} with members added outside policy`,
  "group-members-removed": (n) =>
    `${plural(n, "directory group")} with members removed outside policy`,
  "group-unmanaged": (n) => `${plural(n, "directory group")} live but not in policy`,
};

/**
 * The budget line: "Budget: $3,450 → $4,100 a month in limits (+$650); without a limit: 3 → 1".
 * In drift mode the live side comes first: what is committed now, then what the policy commits.
 */
export function budgetLine(budget: Budget, mode: RenderMode): string {
  const { before, after } = budget;
  const delta = after.committedDollars - before.committedDollars;
  const change = delta === 0 ? "" : ` (${delta > 0 ? "+" : "-"}${dollars(Math.abs(delta))})`;
  const apart = [
    countPair("members without a limit", before.withoutLimit, after.withoutLimit),
    countPair("members whose limit is unknown", before.unknown, after.unknown),
  ].filter((part) => part !== undefined);
  const rest = apart.length > 0 ? `; ${apart.join("; ")}` : "";
  if (
    delta === 0 &&
    before.withoutLimit === after.withoutLimit &&
    before.unknown === after.unknown
  ) {
    return `Budget: ${committed(before)} a month in limits${rest}`;
  }
  if (mode === "drift") {
    return `Budget: live limits commit ${committed(before)} a month; the policy commits ${committed(after)}${rest}`;
  }
  return `Budget: ${committed(before)} → ${committed(after)} a month in limits${change}${rest}`;
}

function committed(totals: LimitTotals): string {
  return dollars(totals.committedDollars);
}

function countPair(label: string, before: number, after: number): string | undefined {
  if (before === 0 && after === 0) return undefined;
  return before === after ? `${label}: ${before}` : `${label}: ${before} → ${after}`;
}
