// Characters a reader cannot see as themselves, and the one way every text output shows them.
//
// Policy files (from pull request authors) and API answers (from a server we do not control)
// reach the terminal, JSON, Markdown and plan files. A control character there can do more
// than look odd: ESC starts terminal sequences (OSC 52 writes the clipboard, CSI moves the
// cursor and rewrites what was printed), CR overwrites a line, and bidi controls (U+202E) or
// zero-width characters make text read differently from what it is. So every output writes
// them as `\uXXXX`, the notation JSON uses, which keeps a JSON output valid JSON.
// docs/security.md lists where this is applied.

/**
 * Hidden: control characters (C0, DEL, C1), format characters (bidi embeddings, overrides,
 * isolates and marks, zero-width space/joiners, BOM, tag characters...), line and paragraph
 * separators, and the other default-ignorable code points (Hangul fillers, the combining
 * grapheme joiner...). Variation selectors are left alone in output: emoji need them, and they
 * change only how the character before them looks.
 */
const HIDDEN = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]$/u;
const VARIATION_SELECTOR = /^[\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;

/**
 * The hidden characters of the Basic Multilingual Plane, as plain ranges: a regular expression
 * without the `u` flag scans a 20 MB plan about ten times faster than one with Unicode property
 * classes. test/shared/hidden-characters.test.ts checks escapeHidden against the property
 * classes for every code point of the plane. Tab and line feed come apart, for outputs that keep them.
 */
const HIDDEN_BMP_RANGES =
  "\\u007f-\\u009f\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890-\\u0891\\u08e2\\u115f-\\u1160" +
  "\\u17b4-\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f" +
  "\\ufeff\\uffa0\\ufff0-\\ufffb";
/** Outside the plane, hidden characters (tags...) come as surrogate pairs, checked one by one. */
const SURROGATES = "|[\\ud800-\\udbff][\\udc00-\\udfff]|[\\ud800-\\udfff]";
const CANDIDATE = new RegExp(`[\\u0000-\\u001f${HIDDEN_BMP_RANGES}]${SURROGATES}`, "g");
const OUTPUT_CANDIDATE = new RegExp(
  `[\\u0000-\\u0008\\u000b-\\u001f${HIDDEN_BMP_RANGES}]${SURROGATES}`,
  "g",
);

/** Our own colours (render/text.ts, render/apply-result.ts): the only escapes an output may keep. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching our own escape sequences is the point.
const OWN_COLOUR = /^\u001b\[(?:1|2|22|31|32|33|39)m/;

/** `\u202e` for U+202E; astral characters as their two UTF-16 escapes, as JSON writes them. */
function escapeCharacter(char: string): string {
  let escaped = "";
  for (let i = 0; i < char.length; i++) {
    escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  }
  return escaped;
}

/** Whether a character (one code point) is hidden in the sense above, variation selectors included. */
export function isHiddenCharacter(char: string): boolean {
  return HIDDEN.test(char) || /^[\ud800-\udfff]$/.test(char);
}

/** A candidate found by CANDIDATE, escaped when it is hidden and not a variation selector. */
function escapeCandidate(char: string): string {
  if (char.length === 2 && !HIDDEN.test(char)) return char;
  return VARIATION_SELECTOR.test(char) ? char : escapeCharacter(char);
}

/**
 * User data written so that a reader sees every character: hidden characters (line breaks and
 * tabs included, since a value is shown on one line) become `\uXXXX`.
 */
export function escapeHidden(text: string): string {
  return text.replace(CANDIDATE, escapeCandidate);
}

/**
 * A whole output (a report, JSON, a plan) written the same way, keeping what makes it an
 * output: line breaks, tabs, and our own colour codes. The last line of defence behind
 * `escapeHidden` on each value: whatever a formatter forgot is escaped here.
 */
export function escapeHiddenInOutput(text: string): string {
  return text.replace(OUTPUT_CANDIDATE, (char: string, offset: number) => {
    if (char === "\u001b" && OWN_COLOUR.test(text.slice(offset, offset + 6))) return char;
    return escapeCandidate(char);
  });
}
