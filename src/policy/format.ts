// Problems -> text for people, or JSON for tools. Pure; the caller prints.
//
// Text, one problem per block, in the `file:line:col` form editors and terminals link:
//   policies/limits.yaml:12:5 error unknown-key: unknown key "patern" in repo "https://..."
//     hint: did you mean "patterns"?
//     see: policies/other.yaml:3:5 first defined here
// followed by a summary line.

import { escapeHidden } from "../shared/hidden-characters.js";
import { plural } from "../shared/plural.js";
import type { PolicyProblem } from "./problems.js";

/** The JSON form is a documented interface: bump this with any incompatible change. */
export const PROBLEMS_FORMAT_VERSION = 1;

interface ProblemSummary {
  readonly errors: number;
  readonly warnings: number;
}

export function summarizeProblems(problems: readonly PolicyProblem[]): ProblemSummary {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}

export function formatProblems(problems: PolicyProblem[], format: "text" | "json"): string {
  const summary = summarizeProblems(problems);
  if (format === "json") {
    return JSON.stringify({ formatVersion: PROBLEMS_FORMAT_VERSION, problems, summary }, null, 2);
  }
  const blocks = problems.map(formatProblem);
  return [...blocks, summaryLine(summary)].join("\n");
}

/**
 * One problem as text. File names and messages quote what a pull request author wrote, so
 * hidden characters in them are escaped (an escape sequence in a file name or a value must not
 * reach the terminal or the PR comment as one).
 */
function formatProblem(problem: PolicyProblem): string {
  const lines = [
    `${place(problem)} ${problem.severity} ${problem.code}: ${escapeHidden(problem.message)}`,
  ];
  if (problem.hint !== undefined) lines.push(`  hint: ${escapeHidden(problem.hint)}`);
  for (const related of problem.related ?? []) {
    lines.push(`  see: ${place(related)} ${escapeHidden(related.message)}`);
  }
  return lines.join("\n");
}

function place(at: { file: string; line: number; column: number }): string {
  const file = escapeHidden(at.file);
  return at.line > 0 ? `${file}:${at.line}:${at.column}` : file;
}

function summaryLine(summary: ProblemSummary): string {
  if (summary.errors === 0 && summary.warnings === 0) return "no problems";
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
}
