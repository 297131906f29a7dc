// The core's messages name the CLI's flags (src/render/violations.ts, src/render/notes.ts): in the
// Action the same switch is an input of the step. Every text the Action writes passes through
// here (src/action/run.ts), so a reader is never told to pass a flag the Action does not take.

const CLI_TO_ACTION: ReadonlyArray<readonly [string, string]> = [
  ["pass --allow-deletes to proceed", "set `allow-deletes: true` on the step to proceed"],
  ["allowed by --allow-deletes", "allowed by `allow-deletes: true`"],
  [
    "pass --allow-large-changes to proceed",
    "set `allow-large-changes: true` on the step to proceed",
  ],
  ["allowed by --allow-large-changes", "allowed by `allow-large-changes: true`"],
  ["blocked by --strict", "blocked by `strict: true`"],
];

export function inActionWords(text: string): string {
  let result = text;
  for (const [cli, action] of CLI_TO_ACTION) {
    if (result.includes(cli)) result = result.split(cli).join(action);
  }
  return result;
}
