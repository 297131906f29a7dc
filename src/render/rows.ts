// The display rows of a plan, built once in one walk; text and Markdown only format them.
// Rows hold values as people read them ("$50", "no limit") and messages as fragments, but no
// markup: each output quotes and decorates in its own way.

import { diffArrays } from "diff";
import type { ResponseShape } from "../model/live.js";
import type { BlocklistChange, ChangeKind, LimitChange, Plan, PlanSummary } from "../model/plan.js";
import { isUnverifiable } from "../plan/plan.js";
import { type Message, printable } from "./fragments.js";
import { noteMessage } from "./notes.js";
import { limitValue, location, money, ruleName } from "./values.js";
import { violationMessage } from "./violations.js";

/** `plan`: what apply would do. `drift`: the same changes, framed as what changed out of band. */
export type RenderMode = "plan" | "drift";

export type ChangeSymbol = "+" | "~" | "-";

export interface PatternLine {
  readonly sign: "+" | "-";
  readonly pattern: string;
}

export interface BlocklistRow {
  readonly resource: "blocklist";
  readonly kind: "create" | "update" | "delete";
  readonly symbol: ChangeSymbol;
  readonly url: string;
  readonly id?: string;
  readonly duplicate: boolean;
  /** Added and removed patterns, in pattern order. */
  readonly lines: readonly PatternLine[];
  /** Patterns kept as they are (not listed). */
  readonly unchanged: number;
}

export interface LimitRow {
  readonly resource: "spendLimit";
  readonly kind: "set" | "clear";
  readonly symbol: ChangeSymbol;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly before: string;
  readonly after: string;
  /** "group `data-science`", "default", ... */
  readonly rule: Message;
  /** "policies/team.yaml:12" */
  readonly ruleLocation: string;
  /** Spend so far this cycle: "$123.45". */
  readonly spend: string;
  readonly risk?: "raised" | "cleared";
  /** The live state cannot confirm this change (legacy $0, unknown limit). */
  readonly unverifiable: boolean;
}

export type ChangeRow = BlocklistRow | LimitRow;

export interface RiskCounts {
  readonly deletions: number;
  readonly raisedLimits: number;
  readonly clearedLimits: number;
}

export interface PlanRows {
  readonly mode: RenderMode;
  readonly fingerprint: string;
  readonly shape: ResponseShape;
  readonly summary: PlanSummary;
  readonly risk: RiskCounts;
  /** In plan order (the apply order). */
  readonly changes: readonly ChangeRow[];
  readonly notes: readonly Message[];
  readonly violations: readonly Message[];
  readonly counts: Plan["counts"];
}

const SYMBOLS: Record<ChangeKind, ChangeSymbol> = {
  create: "+",
  update: "~",
  delete: "-",
  set: "~",
  clear: "-",
};

export function buildRows(plan: Plan, mode: RenderMode = "plan"): PlanRows {
  const changes: ChangeRow[] = [];
  const risk = { deletions: 0, raisedLimits: 0, clearedLimits: 0 };
  for (const change of plan.changes) {
    if (change.resource === "blocklist") {
      if (change.kind === "delete") risk.deletions++;
      changes.push(blocklistRow(change));
    } else {
      const row = limitRow(change);
      if (row.risk === "raised") risk.raisedLimits++;
      if (row.risk === "cleared") risk.clearedLimits++;
      changes.push(row);
    }
  }
  return {
    mode,
    fingerprint: plan.fingerprint,
    shape: plan.shape,
    summary: plan.summary,
    risk,
    changes,
    notes: plan.notes.map(noteMessage),
    violations: plan.violations.map(violationMessage),
    counts: plan.counts,
  };
}

function blocklistRow(change: BlocklistChange): BlocklistRow {
  const base = {
    resource: "blocklist",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    url: printable(change.url),
    duplicate: change.kind === "delete" && change.reason === "duplicate",
  } as const;
  switch (change.kind) {
    case "create":
      return { ...base, lines: lines("+", change.after), unchanged: 0 };
    case "delete":
      return { ...base, id: change.id, lines: lines("-", change.before), unchanged: 0 };
    case "update":
      return { ...base, id: change.id, ...patternDiff(change.before, change.after) };
  }
}

/** Pattern-level +/- lines between two sorted pattern sets. */
function patternDiff(
  before: readonly string[],
  after: readonly string[],
): { lines: PatternLine[]; unchanged: number } {
  const out: PatternLine[] = [];
  let unchanged = 0;
  for (const part of diffArrays([...before], [...after])) {
    if (part.added) out.push(...lines("+", part.value));
    else if (part.removed) out.push(...lines("-", part.value));
    else unchanged += part.value.length;
  }
  return { lines: out, unchanged };
}

function lines(sign: "+" | "-", patterns: readonly string[]): PatternLine[] {
  return patterns.map((pattern) => ({ sign, pattern: printable(pattern) }));
}

function limitRow(change: LimitChange): LimitRow {
  const ambiguous = change.beforeAmbiguous === true;
  return {
    resource: "spendLimit",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    email: printable(change.email),
    name: printable(change.name),
    role: printable(change.role),
    before: limitValue(change.before, ambiguous),
    after: limitValue(change.after),
    rule: ruleName(change.rule),
    ruleLocation: printable(location(change.rule)),
    spend: money(change.spendCents),
    ...riskOf(change),
    unverifiable: isUnverifiable(change),
  };
}

/** Raised: a number to a larger number (an unknown before is not judged). Cleared: to no limit. */
function riskOf(change: LimitChange): { risk?: "raised" | "cleared" } {
  if (change.kind === "clear") return { risk: "cleared" };
  if (typeof change.before === "number" && change.after > change.before) return { risk: "raised" };
  return {};
}
