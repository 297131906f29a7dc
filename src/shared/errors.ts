// The few error classes every layer throws. Each entry point catches them in one place and
// turns them into a message and an exit code; nothing below the entry points prints.

export const ExitCode = {
  /** Success, and nothing to change. */
  Ok: 0,
  /** An error: bad input, a failed API call, a failed change. */
  Error: 1,
  /** Success with changes pending (plan/drift with --detailed-exitcode). */
  ChangesPending: 2,
  /** Blocked by a guardrail or a safety threshold. */
  Blocked: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Base class: a message for people, an optional hint saying what to do, and an exit code. */
export class CursorPolicyError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;

  constructor(
    message: string,
    options: { hint?: string; exitCode?: ExitCode; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.Error;
  }
}

/** Bad input from the user: a flag, an environment variable, a file that is not there. */
export class UsageError extends CursorPolicyError {}
