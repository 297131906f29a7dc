// Quoting user data in GitHub-flavoured Markdown so that it reads as written: an email with `_`
// stays un-italic, a pattern like `**/*.pem` does not turn bold, a name cannot close our <details>,
// and a member named `@acme/admins` does not notify a team when the plan is posted as a comment.

import { printable } from "./fragments.js";

/**
 * User text inside a paragraph, list item or table cell (never at the start of a line, so block
 * syntax such as `#` or `+` cannot trigger): inline syntax is escaped, HTML is written as entities,
 * and mentions are neutralised. A `|` only matters inside a table, where inTableCell escapes it
 * for the whole cell.
 */
export function escapeMarkdown(text: string): string {
  return neutraliseMentions(
    oneLine(text)
      .replace(/[\\`*_[\]~]/g, (char) => `\\${char}`)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;"),
  );
}

/**
 * `@user` and `@org/team` notify people when GitHub renders them (a backslash does not stop it).
 * A zero-width space after the `@` does, and reads the same: it is written as the entity
 * `&#8203;`, so the Markdown source holds no invisible character. An `@` inside a word (an
 * email address) is not a mention and is left alone. Code spans need nothing: GitHub does not
 * look for mentions in code.
 */
export function neutraliseMentions(markdown: string): string {
  return markdown.replace(/(^|[^\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_-])/gu, "$1@&#8203;");
}

/** A code span that survives backticks inside (a longer fence) and edges (padding). */
export function codeSpan(text: string): string {
  const content = oneLine(text);
  const longest = longestBacktickRun([content]);
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
  return "`".repeat(Math.max(3, longestBacktickRun(lines) + 1));
}

/** A loop, not Math.max(...runs): the number of lines is the input's to decide. */
function longestBacktickRun(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines) {
    for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  }
  return longest;
}

function oneLine(text: string): string {
  return printable(text.replace(/\r\n|\r|\n/g, " "));
}
