// Messages as data: our own wording, plus user data kept apart so that each output can quote it
// safely (Markdown escapes it or puts it in a code span; hidden characters are escaped).

import { escapeHidden } from "../shared/hidden-characters.js";

/** Our own wording (trusted), a name or pattern to quote as code, or user text to escape. */
export type Fragment = string | { readonly code: string } | { readonly data: string };

export type Message = readonly Fragment[];

export const code = (text: string): Fragment => ({ code: text });
export const data = (text: string): Fragment => ({ data: text });

/** Plain text, as terminals and error messages show it: code in backticks. */
export function plainText(message: Message): string {
  return message
    .map((fragment) => {
      if (typeof fragment === "string") return fragment;
      if ("code" in fragment) return `\`${printable(fragment.code)}\``;
      return printable(fragment.data);
    })
    .join("");
}

/**
 * User data as any output may show it: hidden characters (an ANSI escape in a member's name, a
 * newline in a URL, a bidi override) are written as `\uXXXX` instead of being interpreted. The
 * same function every output uses (shared/hidden-characters.ts).
 */
export const printable = escapeHidden;
