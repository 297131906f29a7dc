// Policy problems as GitHub annotations on the offending file and line. GitHub shows at most 10
// annotations of each type per step; the rest would vanish silently, so they are handed back to
// be listed in the job summary instead.

import path from "node:path";
import type { PolicyProblem } from "../policy/problems.js";

export const MAX_ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  readonly level: "error" | "warning";
  readonly message: string;
  readonly title: string;
  /** Relative to the repository root, with forward slashes. */
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

interface ProblemAnnotations {
  readonly annotations: readonly Annotation[];
  /** Problems beyond the per-type limit: the summary lists them. */
  readonly overflow: readonly PolicyProblem[];
}

/**
 * `cwd` is where the policy loader resolved relative paths (the step's working directory);
 * `workspace` is the repository root the annotation paths must be relative to.
 */
export function problemAnnotations(
  problems: readonly PolicyProblem[],
  paths: { cwd: string; workspace: string },
): ProblemAnnotations {
  const annotations: Annotation[] = [];
  const overflow: PolicyProblem[] = [];
  const shown = { error: 0, warning: 0 };
  for (const problem of [...problems].sort(errorsFirst)) {
    if (shown[problem.severity] >= MAX_ANNOTATIONS_PER_TYPE) {
      overflow.push(problem);
      continue;
    }
    shown[problem.severity] += 1;
    annotations.push(toAnnotation(problem, paths));
  }
  return { annotations, overflow };
}

function toAnnotation(
  problem: PolicyProblem,
  paths: { cwd: string; workspace: string },
): Annotation {
  const file = repoRelative(problem.file, paths);
  const located = problem.line > 0;
  return {
    level: problem.severity,
    title: `cursor-policy: ${problem.code}`,
    message: problem.hint ? `${problem.message}\nHint: ${problem.hint}` : problem.message,
    ...(file === undefined ? {} : { file }),
    ...(located ? { startLine: problem.line } : {}),
    ...(located && problem.column > 0 ? { startColumn: problem.column } : {}),
    ...(located && problem.endLine !== undefined ? { endLine: problem.endLine } : {}),
    // GitHub only honours a column range on a single line.
    ...(located &&
    problem.endColumn !== undefined &&
    (problem.endLine ?? problem.line) === problem.line
      ? { endColumn: problem.endColumn }
      : {}),
  };
}

function repoRelative(file: string, paths: { cwd: string; workspace: string }): string | undefined {
  if (file === "") return undefined;
  const relative = path.relative(paths.workspace, path.resolve(paths.cwd, file));
  // Outside the repository GitHub cannot place it on a file: leave the file off.
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join("/");
}

function errorsFirst(a: PolicyProblem, b: PolicyProblem): number {
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
