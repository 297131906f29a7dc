// The one-line summary: the Action's `summary` output and its log lines.

import type { Plan } from "../../model/plan.js";
import { plural } from "../../shared/plural.js";
import type { ApplyReportInput } from "./apply-outcome.js";

export function planSummaryLine(plan: Plan): string {
  const { summary } = plan;
  if (summary.total === 0)
    return plan.violations.length > 0 ? blockedSuffix(plan, "no changes") : "no changes";
  const words = [
    ["create", "create"],
    ["update", "update"],
    ["delete", "delete"],
    ["set", "set"],
    ["clear", "clear"],
    ["groupCreate", "group create"],
    ["groupUpdate", "group update"],
    ["groupMembers", "group membership"],
    ["groupDelete", "group delete"],
  ] as const;
  const parts = words
    .filter(([kind]) => summary[kind] > 0)
    .map(([kind, word]) => `${summary[kind]} ${word}`);
  return blockedSuffix(plan, `${plural(summary.total, "change")}: ${parts.join(", ")}`);
}

function blockedSuffix(plan: Plan, text: string): string {
  const count = plan.violations.length;
  return count > 0 ? `${text}; blocked by ${plural(count, "guardrail violation")}` : text;
}

export function applySummaryLine(outcome: ApplyReportInput): string {
  if (outcome.status === "no-changes") return "no changes";
  const result = outcome.result;
  if (!result) return `not applied (${outcome.status})`;
  const parts = [`applied ${result.applied} of ${plural(outcome.plan.changes.length, "change")}`];
  if (result.failed > 0) parts.push(`${result.failed} failed`);
  if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
  const left = outcome.verification?.changes.length ?? 0;
  if (left > 0) parts.push(`${plural(left, "change")} still pending after re-reading the team`);
  return parts.join(", ");
}
