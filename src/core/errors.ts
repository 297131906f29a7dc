import type { Violation } from "../model/plan.js";
import type { PolicyProblem } from "../policy/problems.js";
import { CursorPolicyError, ExitCode, UsageError } from "../shared/errors.js";

/** The policy files have errors: carries every problem, so entry points can print or annotate them all. */
export class PolicyInvalidError extends CursorPolicyError {
  readonly problems: readonly PolicyProblem[];

  constructor(problems: readonly PolicyProblem[]) {
    const errors = problems.filter((p) => p.severity === "error").length;
    super(
      `the policy has ${errors} error${errors === 1 ? "" : "s"}; nothing was read from or sent to the API`,
      {
        hint: "fix the problems listed above (run `cursor-policy validate` to check offline), then run again",
      },
    );
    this.problems = problems;
  }
}

/** A saved plan that no longer describes the live state, or cannot be read. */
export class StalePlanError extends CursorPolicyError {}

/**
 * The plan breaks a guardrail or safety threshold: nothing is applied. Carries the violations as
 * data; each entry point says what they are in its own format (src/render/violations.ts).
 */
export class BlockedError extends CursorPolicyError {
  readonly violations: readonly Violation[];

  constructor(violations: readonly Violation[]) {
    const count = violations.length;
    super(`the plan breaks ${count} guardrail${count === 1 ? "" : "s"}; nothing was applied`, {
      exitCode: ExitCode.Blocked,
    });
    this.violations = violations;
  }
}

/**
 * A file or directory we were asked to write could not be: names the path and the fix, instead
 * of letting a raw `ENOENT` reach the entry point as an internal error.
 */
export function outputPathError(target: string, error: unknown, flag: string): CursorPolicyError {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  const why =
    code === "ENOENT"
      ? "its directory does not exist"
      : code === "ENOTDIR"
        ? "a part of the path is a file, not a directory"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EEXIST"
            ? "a file or link of that name appeared there while it was being written"
            : code === "EACCES" || code === "EPERM"
              ? "permission denied"
              : (code ?? String(error));
  return new UsageError(`cannot write ${target}: ${why}`, {
    hint: `pass ${flag} a path in a directory that exists and you can write to`,
    cause: error,
  });
}
