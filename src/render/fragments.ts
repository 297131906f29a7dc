// Messages as data: our own wording, plus user data kept apart so that each output can quote it
// safely (Markdown escapes it or puts it in a code span; the terminal strips control characters).

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
 * User data as a terminal may show it: control characters (an ANSI escape in a member's name, a
 * newline in a URL) are written out as \xNN instead of being interpreted.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => {
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}
