import type { PolicyProblem } from "../policy/problems.js";
import { CursorPolicyError, ExitCode } from "../shared/errors.js";

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

/** The plan breaks a guardrail or safety threshold: nothing is applied. */
export class BlockedError extends CursorPolicyError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: ExitCode.Blocked, ...(hint === undefined ? {} : { hint }) });
  }
}
