// Deterministic ordering for everything in a plan. Strings compare by UTF-16 code unit, never by
// locale, so that the same inputs give byte-identical plans on every machine.

import type { LimitRuleRef } from "../model/desired.js";
import { LIMIT_RULE_RANKS } from "../model/desired.js";
import type {
  Change,
  EffectiveLimitChange,
  Note,
  NoteKind,
  Violation,
  ViolationKind,
  Warning,
  WarningKind,
} from "../model/plan.js";
import { CHANGE_ORDER } from "../model/plan.js";
import { normalizeEmail } from "../shared/normalize.js";

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** De-duplicated and sorted: the set semantics blocklist patterns compare by. */
export function uniqueSorted(items: readonly string[]): string[] {
  return [...new Set(items)].sort(compareText);
}

/** Notes in a fixed order of kinds: people-related first, then repositories, then thresholds. */
export const NOTE_ORDER: readonly NoteKind[] = [
  "exception-expired",
  "pending-member",
  "pending-member-joined",
  "uncovered-member",
  "limit-unknown",
  "ambiguous-zero-limit",
  "legacy-clear",
  "limit-below-spend",
  "limit-not-effective",
  "pending-group-member",
  "unmanaged-directory-group",
  "ignored-directory-group",
  "unmanaged-blocklist",
  "ignored-blocklist",
  "duplicate-blocklist",
  "duplicate-pattern",
  "threshold-overridden",
  "limit-raise-overridden",
];

export const WARNING_ORDER: readonly WarningKind[] = [
  "member-not-on-team",
  "group-member-not-on-team",
  "ineffective-cap",
];

/** Violations in a fixed order: policy errors first, then thresholds, then per-member guardrails. */
export const VIOLATION_ORDER: readonly ViolationKind[] = [
  "limit-conflict",
  "threshold-exceeded",
  "limit-raise-exceeded",
  "protected-repo-delete",
  "total-limit-above-maximum",
  "limit-above-maximum",
  "member-without-limit",
  "member-not-on-team",
  "group-member-not-on-team",
  "ineffective-cap",
];

export function sortChanges(changes: readonly Change[]): Change[] {
  return sortBy(changes, (change) => [
    CHANGE_ORDER.indexOf(change.kind),
    change.key,
    "id" in change ? (change.id ?? "") : "",
  ]);
}

/** By normalised email, then as listed. */
export function sortEffectiveChanges(
  changes: readonly EffectiveLimitChange[],
): EffectiveLimitChange[] {
  return sortBy(changes, (change) => [change.key, change.email]);
}

export function sortNotes(notes: readonly Note[]): Note[] {
  return sortBy(notes, (note) => [NOTE_ORDER.indexOf(note.kind), ...noteIdentity(note)]);
}

export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  return sortBy(warnings, (warning) => [
    WARNING_ORDER.indexOf(warning.kind),
    normalizeEmail(warning.email),
    warning.email,
    warning.kind === "group-member-not-on-team" ? warning.group : "",
  ]);
}

export function sortViolations(violations: readonly Violation[]): Violation[] {
  return sortBy(violations, (violation) => [
    VIOLATION_ORDER.indexOf(violation.kind),
    ...violationIdentity(violation),
  ]);
}

export function compareRuleRefs(a: LimitRuleRef, b: LimitRuleRef): number {
  return (
    LIMIT_RULE_RANKS.indexOf(a.rank) - LIMIT_RULE_RANKS.indexOf(b.rank) ||
    compareText(a.name, b.name) ||
    compareText(a.source.file, b.source.file) ||
    a.source.line - b.source.line ||
    a.source.column - b.source.column
  );
}

type SortKey = readonly (string | number)[];

function noteIdentity(note: Note): SortKey {
  switch (note.kind) {
    case "exception-expired":
    case "pending-member":
    case "pending-member-joined":
    case "uncovered-member":
    case "limit-unknown":
    case "ambiguous-zero-limit":
    case "legacy-clear":
    case "limit-below-spend":
    case "limit-not-effective":
      return [normalizeEmail(note.email), note.email];
    case "pending-group-member":
      return [note.group, normalizeEmail(note.email), note.email];
    case "unmanaged-directory-group":
    case "ignored-directory-group":
      return [note.name, note.id];
    case "unmanaged-blocklist":
    case "ignored-blocklist":
    case "duplicate-blocklist":
      return [note.url, note.id];
    case "duplicate-pattern":
      return [note.url, note.pattern];
    case "threshold-overridden":
      return [note.threshold];
    case "limit-raise-overridden":
      return [normalizeEmail(note.email), note.email];
  }
}

function violationIdentity(violation: Violation): SortKey {
  switch (violation.kind) {
    case "limit-conflict":
    case "limit-above-maximum":
    case "member-without-limit":
    case "member-not-on-team":
    case "limit-raise-exceeded":
    case "ineffective-cap":
      return [normalizeEmail(violation.email), violation.email];
    case "group-member-not-on-team":
      return [normalizeEmail(violation.email), violation.email, violation.group];
    case "protected-repo-delete":
      return [violation.url, violation.pattern];
    case "threshold-exceeded":
      return [violation.threshold];
    case "total-limit-above-maximum":
      return [];
  }
}

/**
 * Sorts by keys computed once per item. A key's parts are joined with NUL, the lowest code unit,
 * so comparing the joined strings orders like comparing the parts one by one (numbers are
 * zero-padded to keep their order) — one string comparison per step instead of a loop.
 */
function sortBy<T>(items: readonly T[], key: (item: T) => SortKey): T[] {
  const keyed = items.map((item) => ({ item, key: joinKey(key(item)) }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map((entry) => entry.item);
}

function joinKey(parts: SortKey): string {
  return parts
    .map((part) => (typeof part === "number" ? String(part).padStart(6, "0") : part))
    .join("\u0000");
}
