import { CursorPolicyError } from "../shared/errors.js";

/** A state (file, setState, PUT /__emulator/state) that is not a valid EmulatorState. */
export class EmulatorStateError extends CursorPolicyError {
  /** Every problem found, each naming the field: `members[3].email: expected a string, got 42`. */
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[], options: { cause?: unknown } = {}) {
    super(`${source} is not a valid emulator state:\n  - ${problems.join("\n  - ")}`, {
      hint: "see docs/emulator.md (State file format); delete the file to start again from the demo team",
      cause: options.cause,
    });
    this.problems = problems;
  }
}

/** Emulator options or a configure() patch that make no sense. */
export class EmulatorConfigError extends CursorPolicyError {}
