// The core never prints: it reports through this interface. The CLI writes to stderr, the
// Action entry maps it onto @actions/core, tests collect lines.

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** A logger that keeps every line, for tests and for the Action's summaries. */
export function collectingLogger(): Logger & {
  lines: Array<{ level: keyof Logger; message: string }>;
} {
  const lines: Array<{ level: keyof Logger; message: string }> = [];
  return {
    lines,
    debug: (message) => lines.push({ level: "debug", message }),
    info: (message) => lines.push({ level: "info", message }),
    warn: (message) => lines.push({ level: "warn", message }),
    error: (message) => lines.push({ level: "error", message }),
  };
}
