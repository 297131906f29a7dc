// The display rows of a plan, built once in one walk; text and Markdown only format them.
// Rows hold values as people read them ("$50", "no limit") and messages as fragments, but no
// markup: each output quotes and decorates in its own way.

import { diffArrays } from "diff";
import type { ResponseShape } from "../model/live.js";
import type {
  BlocklistChange,
  ChangeKind,
  DirectoryGroupChange,
  EffectiveLimit,
  EffectiveLimitRule,
  LimitChange,
  Plan,
  PlanSummary,
} from "../model/plan.js";
import { isUnverifiable } from "../plan/plan.js";
import { code, type Message, printable } from "./fragments.js";
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
  readonly effective: EffectiveRow;
}

/** A member's effective limit for people: "$100 → $400", and the groups it comes from. */
export interface EffectiveRow {
  /** "$100 → $400", or "$400" when it stays the same. */
  readonly change: string;
  /** "directory group `data-science` ($400)", or "no directory group". */
  readonly groups: Message;
}

/** A member whose effective limit changes through directory-group changes alone. */
export interface EffectiveChangeRow {
  readonly email: string;
  readonly effective: EffectiveRow;
}

export interface DirectoryGroupRow {
  readonly resource: "directoryGroup";
  readonly kind: DirectoryGroupChange["kind"];
  readonly symbol: ChangeSymbol;
  readonly name: string;
  readonly id?: string;
  /** What changes, for people: "limit $400", "renamed from `ds`; limit $300 → $400". */
  readonly details: Message;
  /** Members added (+) and removed (-), by email; for a delete, the members it had (-). */
  readonly members: readonly { readonly sign: "+" | "-"; readonly email: string }[];
  readonly risk?: "deleted" | "limit loosened";
}

export type ChangeRow = BlocklistRow | LimitRow | DirectoryGroupRow;

export interface RiskCounts {
  readonly deletions: number;
  readonly raisedLimits: number;
  readonly clearedLimits: number;
  readonly groupDeletions: number;
  /** Directory-group limits raised or cleared. */
  readonly loosenedGroupLimits: number;
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
  readonly effectiveChanges: readonly EffectiveChangeRow[];
  /**
   * The effective-limit assumption, when the plan involves directory groups (the team has some,
   * or the policy declares some): "the highest applicable limit wins".
   */
  readonly effectiveAssumption?: string;
}

const SYMBOLS: Record<ChangeKind, ChangeSymbol> = {
  create: "+",
  update: "~",
  delete: "-",
  set: "~",
  clear: "-",
  "group-create": "+",
  "group-update": "~",
  "group-members": "~",
  "group-delete": "-",
};

const RULE_WORDS: Record<EffectiveLimitRule, string> = {
  "highest-applicable":
    "the highest applicable limit wins (a member's own limit or a directory group's)",
  "most-specific": "the most specific limit wins (a member's own, else their groups' highest)",
};

export function buildRows(plan: Plan, mode: RenderMode = "plan"): PlanRows {
  const changes: ChangeRow[] = [];
  const risk = {
    deletions: 0,
    raisedLimits: 0,
    clearedLimits: 0,
    groupDeletions: 0,
    loosenedGroupLimits: 0,
  };
  for (const change of plan.changes) {
    if (change.resource === "blocklist") {
      if (change.kind === "delete") risk.deletions++;
      changes.push(blocklistRow(change));
    } else if (change.resource === "directoryGroup") {
      const row = directoryGroupRow(change);
      if (row.risk === "deleted") risk.groupDeletions++;
      if (row.risk === "limit loosened") risk.loosenedGroupLimits++;
      changes.push(row);
    } else {
      const row = limitRow(change);
      if (row.risk === "raised") risk.raisedLimits++;
      if (row.risk === "cleared") risk.clearedLimits++;
      changes.push(row);
    }
  }
  const involvesGroups =
    plan.counts.liveDirectoryGroups > 0 || plan.counts.desiredDirectoryGroups > 0;
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
    effectiveChanges: plan.effectiveLimitChanges.map((change) => ({
      email: printable(change.email),
      effective: effectiveRow(change),
    })),
    ...(involvesGroups ? { effectiveAssumption: RULE_WORDS[plan.effectiveLimitRule] } : {}),
  };
}

function effectiveRow(effective: EffectiveLimit): EffectiveRow {
  const before = limitValue(effective.before);
  const after = limitValue(effective.after);
  return {
    change: before === after ? after : `${before} → ${after}`,
    groups:
      effective.groups.length === 0
        ? ["no directory group"]
        : [
            effective.groups.length === 1 ? "directory group " : "directory groups ",
            ...effective.groups.flatMap((group, i) => [
              i === 0 ? "" : ", ",
              code(group.name),
              ` ${limitValue(group.limit)}`,
            ]),
          ],
  };
}

function directoryGroupRow(change: DirectoryGroupChange): DirectoryGroupRow {
  const base = {
    resource: "directoryGroup",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    name: printable(change.name),
  } as const;
  switch (change.kind) {
    case "group-create":
      return { ...base, details: [`limit ${limitValue(change.limit)}`], members: [] };
    case "group-update": {
      const details: Message = [
        ...(change.renamedFrom === undefined ? [] : ["renamed from ", code(change.renamedFrom)]),
        ...(change.renamedFrom !== undefined && change.limit !== undefined ? ["; "] : []),
        ...(change.limit === undefined
          ? []
          : [`limit ${limitValue(change.limit.before)} → ${limitValue(change.limit.after)}`]),
      ];
      return {
        ...base,
        id: change.id,
        details,
        members: [],
        ...(change.limit !== undefined && loosens(change.limit.before, change.limit.after)
          ? { risk: "limit loosened" as const }
          : {}),
      };
    }
    case "group-members":
      return {
        ...base,
        ...(change.id === undefined ? {} : { id: change.id }),
        details: [
          [
            change.add.length > 0 ? `${change.add.length} to add` : undefined,
            change.remove.length > 0 ? `${change.remove.length} to remove` : undefined,
          ]
            .filter((part) => part !== undefined)
            .join(", "),
        ],
        members: [
          ...change.add.map((member) => ({ sign: "+" as const, email: printable(member.email) })),
          ...change.remove.map((member) => ({
            sign: "-" as const,
            email: printable(member.email),
          })),
        ],
      };
    case "group-delete":
      return {
        ...base,
        id: change.id,
        details: [
          `limit ${limitValue(change.limit)}, ${change.members.length === 1 ? "1 member" : `${change.members.length} members`}`,
        ],
        members: change.members.map((email) => ({ sign: "-" as const, email: printable(email) })),
        risk: "deleted",
      };
  }
}

/** A group limit raised, or cleared (no group limit): members may be allowed more. */
function loosens(before: number | null, after: number | null): boolean {
  if (after === null) return before !== null;
  return before !== null && after > before;
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
    effective: effectiveRow(change.effective),
  };
}

/** Raised: a number to a larger number (an unknown before is not judged). Cleared: to no limit. */
function riskOf(change: LimitChange): { risk?: "raised" | "cleared" } {
  if (change.kind === "clear") return { risk: "cleared" };
  if (typeof change.before === "number" && change.after > change.before) return { risk: "raised" };
  return {};
}
