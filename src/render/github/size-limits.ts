// GitHub's size limits on what the Action posts (comment bodies, the job summary), and cutting
// Markdown down to them without leaving a fold or a code block open (which would swallow the
// note that says it was cut). Not to be confused with spend limits (src/plan/limits.ts).

/** GitHub rejects an issue or comment body longer than this many characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** A job summary (GITHUB_STEP_SUMMARY) may be at most 1 MiB per step. */
export const SUMMARY_MAX_BYTES = 1_048_576;

/**
 * Cuts `text` at a line break so that, with `note` appended, it is at most `max` long as
 * measured by `measure`; closes any <details> and code fence left open. Returns the text as it
 * is when it fits.
 */
export function truncateMarkdown(
  text: string,
  max: number,
  note: (omittedLines: number) => string,
  measure: (text: string) => number = (t) => t.length,
): { text: string; truncated: boolean } {
  if (measure(text) <= max) return { text, truncated: false };
  const lines = text.split("\n");
  // Reserve room for the note and the closers; the count in the note has at most 7 digits.
  const reserve = measure(note(9_999_999)) + measure("\n```\n</details>\n".repeat(4)) + 2;
  const budget = Math.max(0, max - reserve);
  let kept = 0;
  let size = 0;
  for (const line of lines) {
    const next = size + measure(line) + 1;
    if (next > budget) break;
    size = next;
    kept += 1;
  }
  const head = lines.slice(0, kept);
  const closers = closeOpenBlocks(head);
  const result = [...head, ...closers, "", note(lines.length - kept)].join("\n");
  return { text: result, truncated: true };
}

/** The lines that close what `lines` left open: a code fence, then each open <details>. */
function closeOpenBlocks(lines: readonly string[]): string[] {
  let inFence = false;
  let openDetails = 0;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    openDetails += (line.match(/<details\b/gi) ?? []).length;
    openDetails -= (line.match(/<\/details>/gi) ?? []).length;
  }
  const closers: string[] = [];
  if (inFence) closers.push("```");
  for (let i = 0; i < openDetails; i += 1) closers.push("", "</details>");
  return closers;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
