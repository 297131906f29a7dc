// The one place CLI errors are caught and turned into a message and an exit code.
import { BlockedError, PolicyInvalidError } from "../core/errors.js";
import { formatProblems } from "../policy/format.js";
import { withViolations } from "../render/violations.js";
import { CursorPolicyError, ExitCode } from "../shared/errors.js";
import { type CliIO, processIO } from "./io.js";

/** Runs a command body and exits with the code it returns, or the code of the error it throws. */
export async function runCommand(body: (io: CliIO) => Promise<ExitCode>): Promise<void> {
  const io = processIO();
  let code: ExitCode;
  try {
    code = await body(io);
  } catch (error) {
    code = reportError(io, error);
  }
  process.exitCode = code;
}

function reportError(io: CliIO, error: unknown): ExitCode {
  if (error instanceof PolicyInvalidError) io.err(formatProblems([...error.problems], "text"));
  if (error instanceof CursorPolicyError) {
    const message =
      error instanceof BlockedError
        ? withViolations(error.message, error.violations)
        : error.message;
    io.err(`error: ${message}`);
    if (error.hint) io.err(`  hint: ${error.hint}`);
    if (io.env.CURSOR_POLICY_DEBUG === "1" && error.stack) io.err(error.stack);
    return error.exitCode;
  }
  // A bug, not a user error: say so, and keep the stack for the report.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`internal error: ${detail}`);
  io.err("  hint: this is a bug in cursor-policy; please report it with the command you ran.");
  return ExitCode.Error;
}
