// The display rows of a plan, built once in one walk; text and Markdown only format them.
// Rows hold values as people read them ("$50", "no limit") and messages as fragments, but no
// markup: each output quotes and decorates in its own way.

import { diffArrays } from "diff";
import type { LimitDollars } from "../model/desired.js";
import type { ResponseShape } from "../model/live.js";
import type {
  BlocklistChange,
  Budget,
  Change,
  ChangeKind,
  DirectoryGroupChange,
  EffectiveLimit,
  EffectiveLimitRule,
  LimitChange,
  Plan,
  PlanSummary,
} from "../model/plan.js";
import { isUnverifiable } from "../plan/plan.js";
import { appendAll } from "../shared/arrays.js";
import { changedByMessage, changedByOf } from "./attribution.js";
import { DRIFT_KINDS, type DriftFraming, type DriftKind, driftOf } from "./drift.js";
import { code, data, type Message, printable } from "./fragments.js";
import { noteMessage } from "./notes.js";
import { inRiskOrder } from "./risk-order.js";
import { limitValue, location, money, ruleName } from "./values.js";
import { violationMessage } from "./violations.js";
import { warningMessage } from "./warnings.js";

/** `plan`: what apply would do. `drift`: the same changes, framed as what changed out of band. */
export type RenderMode = "plan" | "drift";

export type ChangeSymbol = "+" | "~" | "-";

export interface PatternLine {
  readonly sign: "+" | "-";
  readonly pattern: string;
}

/** What every row carries besides its change: the drift framing and who changed the live value. */
interface RowContext {
  /** Drift mode: what happened outside the policy, read from the live side. */
  readonly drift?: DriftFraming;
  /** "changed by ana@acme.example at ...", or "who: unknown (...)", when it was looked up. */
  readonly changedBy?: Message;
}

export interface BlocklistRow extends RowContext {
  readonly resource: "blocklist";
  readonly kind: "create" | "update" | "delete";
  readonly symbol: ChangeSymbol;
  readonly url: string;
  readonly id?: string;
  readonly duplicate: boolean;
  /**
   * Added and removed patterns, in pattern order: what apply would add and remove (plan), or, in
   * drift mode, what the live entry has gained (+) and lost (-) against the policy.
   */
  readonly lines: readonly PatternLine[];
  /** Patterns kept as they are (not listed). */
  readonly unchanged: number;
}

export interface LimitRow extends RowContext {
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
  /** A temporary exception: the last day the limit holds (YYYY-MM-DD). */
  readonly until?: string;
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

export interface DirectoryGroupRow extends RowContext {
  readonly resource: "directoryGroup";
  readonly kind: DirectoryGroupChange["kind"];
  readonly symbol: ChangeSymbol;
  readonly name: string;
  readonly id?: string;
  /** What changes, for people: "limit $400", "renamed from `ds`; limit $300 → $400". */
  readonly details: Message;
  /**
   * Members added (+) and removed (-), by email; for a delete, the members it had (-). Drift
   * mode reads them from the live side: + is in the live group and not in the policy's.
   */
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
  /** Drift mode: how many changes of each kind happened outside the policy. */
  readonly drift: Readonly<Record<DriftKind, number>>;
  /** Plan mode: in plan order (the apply order). Drift mode: risky first (risk-order.ts). */
  readonly changes: readonly ChangeRow[];
  readonly notes: readonly Message[];
  readonly warnings: readonly Message[];
  readonly violations: readonly Message[];
  readonly counts: Plan["counts"];
  readonly budget: Budget;
  /** The audit log was looked up but could not be read: why, once for the whole plan. */
  readonly attributionUnavailable?: Message;
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
  const drift = Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, 0])) as Record<
    DriftKind,
    number
  >;
  const ordered = mode === "drift" ? inRiskOrder(plan.changes, mode) : plan.changes;
  for (const change of ordered) {
    const context = rowContext(plan, change, mode);
    if (context.drift) drift[context.drift.kind]++;
    if (change.resource === "blocklist") {
      if (change.kind === "delete") risk.deletions++;
      changes.push(blocklistRow(change, mode, context));
    } else if (change.resource === "directoryGroup") {
      const row = directoryGroupRow(change, mode, context);
      if (row.risk === "deleted") risk.groupDeletions++;
      if (row.risk === "limit loosened") risk.loosenedGroupLimits++;
      changes.push(row);
    } else {
      const row = limitRow(change, context);
      if (row.risk === "raised") risk.raisedLimits++;
      if (row.risk === "cleared") risk.clearedLimits++;
      changes.push(row);
    }
  }
  const attribution = plan.attribution;
  const involvesGroups =
    plan.counts.liveDirectoryGroups > 0 || plan.counts.desiredDirectoryGroups > 0;
  return {
    mode,
    fingerprint: plan.fingerprint,
    shape: plan.shape,
    summary: plan.summary,
    risk,
    drift,
    changes,
    notes: plan.notes.map(noteMessage),
    warnings: plan.warnings.map(warningMessage),
    violations: plan.violations.map(violationMessage),
    counts: plan.counts,
    budget: plan.budget,
    ...(attribution?.status === "unavailable" && plan.changes.length > 0
      ? {
          attributionUnavailable: [
            "the audit log could not be read: ",
            data(attribution.reason ?? "no reason given"),
          ],
        }
      : {}),
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

function directoryGroupRow(
  change: DirectoryGroupChange,
  mode: RenderMode,
  context: RowContext,
): DirectoryGroupRow {
  const base = {
    resource: "directoryGroup",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    name: printable(change.name),
    ...context,
  } as const;
  // Drift reads the change from the live side: what the plan adds, the live group lacks.
  const [added, removed]: ["+" | "-", "+" | "-"] = mode === "drift" ? ["-", "+"] : ["+", "-"];
  const limitMove = (before: LimitDollars, after: LimitDollars): string =>
    mode === "drift"
      ? `limit ${limitValue(before)} live (policy says ${limitValue(after)})`
      : `limit ${limitValue(before)} → ${limitValue(after)}`;
  switch (change.kind) {
    case "group-create":
      return {
        ...base,
        details: [
          mode === "drift"
            ? `not live (policy says limit ${limitValue(change.limit)})`
            : `limit ${limitValue(change.limit)}`,
        ],
        members: [],
      };
    case "group-update": {
      const details: Message = [
        ...(change.renamedFrom === undefined
          ? []
          : mode === "drift"
            ? ["named ", code(change.renamedFrom), " live"]
            : ["renamed from ", code(change.renamedFrom)]),
        ...(change.renamedFrom !== undefined && change.limit !== undefined ? ["; "] : []),
        ...(change.limit === undefined ? [] : [limitMove(change.limit.before, change.limit.after)]),
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
            change.add.length > 0
              ? `${change.add.length} ${mode === "drift" ? "missing live" : "to add"}`
              : undefined,
            change.remove.length > 0
              ? `${change.remove.length} ${mode === "drift" ? "not in policy" : "to remove"}`
              : undefined,
          ]
            .filter((part) => part !== undefined)
            .join(", "),
        ],
        members: [
          ...change.add.map((member) => ({ sign: added, email: printable(member.email) })),
          ...change.remove.map((member) => ({ sign: removed, email: printable(member.email) })),
        ],
      };
    case "group-delete":
      return {
        ...base,
        id: change.id,
        details: [
          `limit ${limitValue(change.limit)}, ${change.members.length === 1 ? "1 member" : `${change.members.length} members`}`,
        ],
        members: change.members.map((email) => ({ sign: removed, email: printable(email) })),
        risk: "deleted",
      };
  }
}

/** A group limit raised, or cleared (no group limit): members may be allowed more. */
function loosens(before: number | null, after: number | null): boolean {
  if (after === null) return before !== null;
  return before !== null && after > before;
}

/**
 * Drift shows who for every change ("who: unknown" included); a plan only when the audit log
 * named someone, since most of a plan's changes come from the policy, not from the live side.
 */
function rowContext(plan: Plan, change: Change, mode: RenderMode): RowContext {
  const changedBy = changedByOf(plan.attribution, change);
  const shown = mode === "drift" || changedBy?.status === "found" ? changedBy : undefined;
  return {
    ...(mode === "drift" ? { drift: driftOf(change) } : {}),
    ...(shown === undefined ? {} : { changedBy: changedByMessage(shown) }),
  };
}

function blocklistRow(
  change: BlocklistChange,
  mode: RenderMode,
  context: RowContext,
): BlocklistRow {
  const base = {
    resource: "blocklist",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    url: printable(change.url),
    duplicate: change.kind === "delete" && change.reason === "duplicate",
    ...context,
  } as const;
  // Drift reads the diff the other way round: from the policy to what is live.
  const [added, removed]: ["+" | "-", "+" | "-"] = mode === "drift" ? ["-", "+"] : ["+", "-"];
  switch (change.kind) {
    case "create":
      return { ...base, lines: lines(added, change.after), unchanged: 0 };
    case "delete":
      return { ...base, id: change.id, lines: lines(removed, change.before), unchanged: 0 };
    case "update":
      return {
        ...base,
        id: change.id,
        ...(mode === "drift"
          ? patternDiff(change.after, change.before)
          : patternDiff(change.before, change.after)),
      };
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
    // appendAll, not push(...): a blocklist of many thousand patterns must not overflow the stack.
    if (part.added) appendAll(out, lines("+", part.value));
    else if (part.removed) appendAll(out, lines("-", part.value));
    else unchanged += part.value.length;
  }
  return { lines: out, unchanged };
}

function lines(sign: "+" | "-", patterns: readonly string[]): PatternLine[] {
  return patterns.map((pattern) => ({ sign, pattern: printable(pattern) }));
}

function limitRow(change: LimitChange, context: RowContext): LimitRow {
  const ambiguous = change.beforeAmbiguous === true;
  return {
    ...context,
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
    ...(change.rule.until === undefined ? {} : { until: change.rule.until }),
    effective: effectiveRow(change.effective),
  };
}

/** Raised: a number to a larger number (an unknown before is not judged). Cleared: to no limit. */
function riskOf(change: LimitChange): { risk?: "raised" | "cleared" } {
  if (change.kind === "clear") return { risk: "cleared" };
  if (typeof change.before === "number" && change.after > change.before) return { risk: "raised" };
  return {};
}
