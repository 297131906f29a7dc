// The state file: read and checked on start, rewritten after every accepted write. Writes go to
// a temporary file in the same directory, are flushed, then renamed over the old file: a rename
// within one file system is atomic, so an emulator killed mid-write leaves the old file or the
// new one, never a torn mix.

import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { CursorPolicyError } from "../shared/errors.js";
import { EmulatorStateError } from "./errors.js";
import { parseEmulatorState } from "./state-format.js";
import type { EmulatorState } from "./types.js";

/** Reads and checks a state file; undefined when it does not exist. */
export function readStateFile(file: string): EmulatorState | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (isErrnoException(error) && error.code === "ENOENT") return undefined;
    throw new CursorPolicyError(
      `cannot read the emulator state file ${file}: ${messageOf(error)}`,
      {
        hint: "check the path and its permissions",
        cause: error,
      },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EmulatorStateError(`state file ${file}`, [`not valid JSON: ${messageOf(error)}`], {
      cause: error,
    });
  }
  return parseEmulatorState(value, `state file ${file}`);
}

let tempCounter = 0;

/** Replaces `file` with `state` atomically (temp file in the same directory, fsync, rename). */
export function writeStateFile(file: string, state: EmulatorState): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  try {
    const fd = openSync(temp, "w", 0o600);
    try {
      writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CursorPolicyError(
      `cannot write the emulator state file ${file}: ${messageOf(error)}`,
      {
        hint: "check that the directory exists and is writable",
        cause: error,
      },
    );
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
