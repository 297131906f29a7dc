// Everything the CLI writes goes through here, so that one place decides colour, and one place
// is the last line of defence for every line printed: the API key is scrubbed (whole, encoded
// or in pieces: shared/redact.ts) and hidden characters are escaped (shared/hidden-characters.ts).
// The formatters already do both for the values they quote; this catches a mistake anywhere else.
import type { Logger } from "../shared/logger.js";
import { registerSecret, safeForOutput } from "../shared/redact.js";

export interface CliIO {
  /** Results: plans, JSON, the emulator's URL. */
  out(text: string): void;
  /** Diagnostics, progress, errors. */
  err(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** Colour on a terminal unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for it. */
  readonly color: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  /** Adds a value (the API key read from a file) to what is scrubbed from output. */
  addSecret(value: string): void;
}

export function processIO(env: NodeJS.ProcessEnv = process.env): CliIO {
  const addSecret = (value: string | undefined) => {
    if (value !== undefined) registerSecret(value);
  };
  // The key from the environment is known before anything runs; a key read from a file is added
  // by connectFromFlags the moment it is read.
  addSecret(env.CURSOR_API_KEY);
  const write = (stream: NodeJS.WriteStream, text: string) => {
    stream.write(safeForOutput(text.endsWith("\n") ? text : `${text}\n`));
  };
  const debug = env.CURSOR_POLICY_DEBUG === "1";
  const color =
    env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0"
      ? true
      : Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
  return {
    out: (text) => write(process.stdout, text),
    err: (text) => write(process.stderr, text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    color,
    env,
    addSecret,
    logger: {
      debug: (message) => {
        if (debug) write(process.stderr, `debug: ${message}`);
      },
      info: (message) => write(process.stderr, message),
      warn: (message) => write(process.stderr, `warning: ${message}`),
      error: (message) => write(process.stderr, `error: ${message}`),
    },
  };
}
