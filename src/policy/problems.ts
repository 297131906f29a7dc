// Problems found in policy files, as data. Every stage of loading returns these instead of
// throwing, so one run reports every mistake at once with the place to fix it. The codes are a
// stable, documented interface (docs/policy-language.md, "Error catalogue"): tools may match on
// them, so never rename one; add new ones instead.

export type ProblemSeverity = "error" | "warning";

export interface RelatedLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface PolicyProblem {
  readonly severity: ProblemSeverity;
  /** Stable, e.g. "unknown-key" or "duplicate-user": see PROBLEM_CODES. */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** The path as the user would type it, e.g. `policies/limits.yaml`. */
  readonly file: string;
  /** 1-based. 0 when the problem concerns a whole directory rather than a place in a file. */
  readonly line: number;
  /** 1-based. 0 when `line` is 0. */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** Other places involved: the first definition of a duplicate, the guardrail a limit breaks. */
  readonly related?: readonly RelatedLocation[];
}

/**
 * Every code the loader can report, with its severity. The severity belongs to the code, not to
 * the call site, so the catalogue in the docs is the whole truth.
 */
export const PROBLEM_CODES = {
  // Files and directories
  "policy-dir-not-found": "error",
  "no-policy-files": "error",
  "unreadable-file": "error",
  "binary-file": "error",
  "invalid-encoding": "error",
  "empty-file": "warning",
  "secret-in-policy": "error",
  "symlink-outside-policy-dir": "error",
  "file-too-large": "error",
  "policy-too-large": "error",
  // YAML
  "yaml-syntax": "error",
  "yaml-tab": "error",
  "yaml-version": "error",
  "duplicate-key": "error",
  "yaml-alias": "error",
  "yaml-merge-key": "error",
  "yaml-complex-key": "error",
  "yaml-tag": "error",
  "yaml-warning": "warning",
  "empty-value": "error",
  "nesting-too-deep": "error",
  // Schema
  "unknown-key": "error",
  "missing-key": "error",
  "wrong-type": "error",
  "yaml-1.1-boolean": "error",
  "unsupported-version": "error",
  "invalid-limit": "error",
  "limit-not-whole-dollars": "error",
  "limit-negative": "error",
  "limit-too-large": "error",
  "invalid-name": "error",
  "empty-list": "error",
  "out-of-range": "error",
  "invalid-value": "error",
  "number-not-decimal": "error",
  // Merging files
  "duplicate-setting": "error",
  "duplicate-user": "error",
  "duplicate-group": "error",
  "duplicate-role": "error",
  "duplicate-email-pattern": "error",
  "duplicate-pattern-set": "error",
  "duplicate-repo": "error",
  "duplicate-directory-group": "error",
  // Semantic rules
  "invalid-email": "error",
  "email-invisible-character": "error",
  "email-mixed-scripts": "error",
  "email-lookalike-character": "error",
  "invalid-date": "error",
  "unused-pending-member": "warning",
  "duplicate-member": "error",
  "conflicting-group-limits": "error",
  "unknown-role": "warning",
  "invalid-glob": "error",
  "email-pattern-never-matches": "error",
  "empty-pattern": "error",
  "absolute-pattern": "error",
  "parent-pattern": "error",
  "duplicate-pattern": "warning",
  "unknown-pattern-set": "error",
  "unused-pattern-set": "warning",
  "empty-blocklist": "error",
  "invalid-repo-url": "error",
  "invalid-repo-glob": "error",
  "duplicate-entry": "warning",
  "limit-above-maximum": "error",
  "no-limit-forbidden": "error",
  "protected-repo-would-be-deleted": "error",
  "declared-repo-ignored": "warning",
  "renamed-from-conflict": "error",
  "declared-directory-group-ignored": "warning",
} as const satisfies Record<string, ProblemSeverity>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** A place in a file: a start, and an end when the source range is known. */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

interface ProblemInput {
  readonly message: string;
  readonly hint?: string | undefined;
  readonly related?: readonly RelatedLocation[] | undefined;
}

/** Builds a problem at a span; the severity comes from the catalogue. */
export function problemAt(code: ProblemCode, at: Span, input: ProblemInput): PolicyProblem {
  return {
    severity: PROBLEM_CODES[code],
    code,
    message: input.message,
    ...(input.hint === undefined ? {} : { hint: input.hint }),
    file: at.file,
    line: at.line,
    column: at.column,
    ...(at.endLine === undefined ? {} : { endLine: at.endLine }),
    ...(at.endColumn === undefined ? {} : { endColumn: at.endColumn }),
    ...(input.related === undefined || input.related.length === 0
      ? {}
      : { related: input.related }),
  };
}

export function relatedAt(at: Span, message: string): RelatedLocation {
  return { file: at.file, line: at.line, column: at.column, message };
}

export function isError(problem: PolicyProblem): boolean {
  return problem.severity === "error";
}

/** File, then position, then code: the order problems are shown and compared in. */
export function compareProblems(a: PolicyProblem, b: PolicyProblem): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
