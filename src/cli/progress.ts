// The progress display of a command run from a shell (src/core/progress.ts has the display).
import { isCi, ProgressDisplay } from "../core/progress.js";
import type { CliIO } from "./io.js";

/** The display for a command run from a shell: stderr, redrawn on a terminal. */
export function cliProgress(io: CliIO): ProgressDisplay {
  return new ProgressDisplay({
    tty: io.stderrIsTTY,
    ci: isCi(io.env),
    write: (line) => io.err(line),
    redraw: (line) => process.stderr.write(`\r\x1b[2K${line}`),
    now: Date.now,
  });
}
