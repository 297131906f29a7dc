// The one-line summary and the framing both text and Markdown use.

import type { PlanSummary } from "../model/plan.js";
import type { RenderMode, RiskCounts } from "./rows.js";
import { plural } from "./values.js";

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

/** "Plan: …" or, framed as drift, "Drift: …". */
export function summaryLine(summary: PlanSummary, mode: RenderMode): string {
  return `${mode === "drift" ? "Drift" : "Plan"}: ${countsSentence(summary)}`;
}

export function headline(mode: RenderMode, hasChanges: boolean): string {
  if (mode === "drift") {
    return hasChanges
      ? "Drift: live state differs from policy (changed out of band). Applying the policy would:"
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
