// Quoting user data in GitHub-flavoured Markdown so that it reads as written: an email with `_`
// stays un-italic, a pattern like `**/*.pem` does not turn bold, a name cannot close our <details>.

import { printable } from "./fragments.js";

/**
 * User text inside a paragraph, list item or table cell (never at the start of a line, so block
 * syntax such as `#` or `+` cannot trigger): inline syntax is escaped, HTML is written as entities.
 * A `|` only matters inside a table, where inTableCell escapes it for the whole cell.
 */
export function escapeMarkdown(text: string): string {
  return neutralizeMentions(
    oneLine(text)
      .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;"),
  );
}

/**
 * `@name` and `@org/team` in user text (a member's display name, a problem message) would notify
 * that user or team when the comment is posted. A zero-width joiner after the `@` keeps the text
 * readable and the mention inert. An `@` inside a word (an email address) is not a mention on
 * GitHub and is left alone.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_-])/gu, "@\u200d");
}

/** A code span that survives backticks inside (a longer fence) and edges (padding). */
export function codeSpan(text: string): string {
  const content = oneLine(text);
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content === "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Inside a table cell a `|` ends the cell even in a code span; GFM reads `\|` as a pipe there. */
export function inTableCell(markdown: string): string {
  return markdown.replace(/\|/g, "\\|");
}

/** A fence for a code block: longer than any backtick run in the content, at least three. */
export function codeFence(lines: readonly string[]): string {
  const longest = Math.max(
    0,
    ...lines.flatMap((line) => [...line.matchAll(/`+/g)].map((m) => m[0].length)),
  );
  return "`".repeat(Math.max(3, longest + 1));
}

function oneLine(text: string): string {
  return printable(text.replace(/\r\n|\r|\n/g, " "));
}
