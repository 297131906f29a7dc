// Emails that look like another address (docs/security.md, "Look-alike emails"). A pull request
// can add `аda@acme.example` (with a Cyrillic а) or `ada\u200b@acme.example` (with a zero-width
// space): in a plan, a review or a PR comment it reads exactly like the real member's address,
// but it names nobody, so the real member keeps a limit the reviewer thinks was changed. Three
// kinds of character make an address a look-alike:
// - invisible ones (zero-width characters, bidi controls, other control and format characters);
// - compatibility forms, which Unicode itself says stand for another character (fullwidth `ａ`,
//   mathematical `𝐚`, ligatures such as `ﬁ`);
// - a letter from a second script in the local part or in the domain (UTS #39 "single script",
//   allowing the Han + Hiragana + Katakana, Han + Bopomofo and Han + Hangul mixes of Japanese,
//   Chinese and Korean writing).

import { isHiddenCharacter } from "../shared/hidden-characters.js";
import { describeCharacter, scriptOf } from "../shared/unicode-names.js";

export interface Lookalike {
  readonly kind: "invisible" | "compatibility" | "mixed-scripts";
  /** UTF-16 offset of the character in the text examined. */
  readonly index: number;
  readonly char: string;
  /** `U+0435 CYRILLIC SMALL LETTER IE`. */
  readonly described: string;
  /** For "compatibility": what the character stands for; for "mixed-scripts": the other script. */
  readonly detail: string;
}

const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

/** Scripts that are written together: a mix within one of these sets is not a look-alike. */
const WRITTEN_TOGETHER: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["Han", "Hiragana", "Katakana"]),
  new Set(["Han", "Bopomofo"]),
  new Set(["Han", "Hangul"]),
];

/** The first character that makes `email` a look-alike, or undefined. */
export function findLookalike(email: string): Lookalike | undefined {
  if (PRINTABLE_ASCII.test(email)) return undefined;
  for (let index = 0; index < email.length; ) {
    const char = String.fromCodePoint(email.codePointAt(index) ?? 0);
    if (isHiddenCharacter(char)) {
      return { kind: "invisible", index, char, described: describeCharacter(char), detail: "" };
    }
    const stands = char.normalize("NFKC");
    if (stands !== char) {
      return {
        kind: "compatibility",
        index,
        char,
        described: describeCharacter(char),
        detail: stands,
      };
    }
    index += char.length;
  }
  const at = email.lastIndexOf("@");
  if (at < 0) return mixedScripts(email, 0);
  return mixedScripts(email.slice(0, at), 0) ?? mixedScripts(email.slice(at + 1), at + 1);
}

/** The odd letter out of a text that mixes scripts: a letter of the script used least. */
function mixedScripts(text: string, offset: number): Lookalike | undefined {
  const letters: Array<{ index: number; char: string; script: string }> = [];
  const counts = new Map<string, number>();
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const script = scriptOf(char);
    if (script !== undefined) {
      letters.push({ index, char, script });
      counts.set(script, (counts.get(script) ?? 0) + 1);
    }
    index += char.length;
  }
  if (counts.size < 2) return undefined;
  const scripts = [...counts.keys()];
  if (WRITTEN_TOGETHER.some((set) => scripts.every((script) => set.has(script)))) return undefined;
  // Least used; on a tie, not Latin (addresses are mostly Latin: the other one is the intruder).
  const byUse = [...scripts].sort(
    (a, b) =>
      (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || Number(a === "Latin") - Number(b === "Latin"),
  );
  const odd = byUse[0];
  const main = byUse[byUse.length - 1];
  const letter = letters.find((candidate) => candidate.script === odd);
  if (letter === undefined || main === undefined) return undefined;
  return {
    kind: "mixed-scripts",
    index: offset + letter.index,
    char: letter.char,
    described: describeCharacter(letter.char),
    detail: main,
  };
}
