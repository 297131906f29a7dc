// Naming a character in a message: `U+0435 CYRILLIC SMALL LETTER IE`. Node ships no Unicode
// name table, so this holds the names that matter for look-alike and invisible characters
// (from the Unicode Character Database): ASCII, the invisible format characters, and the
// Cyrillic and Greek letters that imitate Latin ones. Any other character is named by its code
// point and script, which is enough to find it.

const INVISIBLE: Readonly<Record<number, string>> = {
  173: "SOFT HYPHEN",
  847: "COMBINING GRAPHEME JOINER",
  1564: "ARABIC LETTER MARK",
  4447: "HANGUL CHOSEONG FILLER",
  4448: "HANGUL JUNGSEONG FILLER",
  6158: "MONGOLIAN VOWEL SEPARATOR",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8232: "LINE SEPARATOR",
  8233: "PARAGRAPH SEPARATOR",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8288: "WORD JOINER",
  8289: "FUNCTION APPLICATION",
  8290: "INVISIBLE TIMES",
  8291: "INVISIBLE SEPARATOR",
  8292: "INVISIBLE PLUS",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  12644: "HANGUL FILLER",
  65279: "ZERO WIDTH NO-BREAK SPACE",
  65440: "HALFWIDTH HANGUL FILLER",
};

/** U+0410..U+042F; the small letters U+0430..U+044F have the same names. */
const CYRILLIC_BASIC =
  "A|BE|VE|GHE|DE|IE|ZHE|ZE|I|SHORT I|KA|EL|EM|EN|O|PE|ER|ES|TE|U|EF|HA|TSE|CHE|SHA|SHCHA|" +
  "HARD SIGN|YERU|SOFT SIGN|E|YU|YA";
/** U+0400..U+040F; the small letters U+0450..U+045F have the same names. */
const CYRILLIC_EXTRA =
  "IE WITH GRAVE|IO|DJE|GJE|UKRAINIAN IE|DZE|BYELORUSSIAN-UKRAINIAN I|YI|JE|LJE|NJE|TSHE|KJE|" +
  "I WITH GRAVE|SHORT U|DZHE";
/** U+0391..U+03A9 (U+03A2 is unassigned); small letters at U+03B1..U+03C9, U+03C2 FINAL SIGMA. */
const GREEK =
  "ALPHA|BETA|GAMMA|DELTA|EPSILON|ZETA|ETA|THETA|IOTA|KAPPA|LAMDA|MU|NU|XI|OMICRON|PI|RHO||" +
  "SIGMA|TAU|UPSILON|PHI|CHI|PSI|OMEGA";

const ASCII_PUNCTUATION: Readonly<Record<string, string>> = {
  " ": "SPACE",
  "-": "HYPHEN-MINUS",
  ".": "FULL STOP",
  _: "LOW LINE",
  "+": "PLUS SIGN",
  "@": "COMMERCIAL AT",
};

const DIGITS = "ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE".split("|");

const SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Cherokee",
  "Hebrew",
  "Arabic",
  "Devanagari",
  "Thai",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Bopomofo",
] as const;

const SCRIPT_TESTS = SCRIPTS.map((name) => ({
  name,
  test: new RegExp(`^\\p{Script=${name}}$`, "u"),
}));

function knownScript(char: string): string | undefined {
  return SCRIPT_TESTS.find((script) => script.test.test(char))?.name;
}

/** `U+0435 CYRILLIC SMALL LETTER IE`, or `U+0561 (Armenian)` where the name is not known here. */
export function describeCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  const label = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = characterName(codePoint);
  if (name !== undefined) return `${label} ${name}`;
  const script = knownScript(char);
  if (script !== undefined) return `${label} (${script})`;
  if (/^\p{Cc}$/u.test(char)) return `${label} (a control character)`;
  if (/^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u.test(char)) {
    return `${label} (an invisible character)`;
  }
  return label;
}

function characterName(codePoint: number): string | undefined {
  const invisible = INVISIBLE[codePoint];
  if (invisible !== undefined) return invisible;
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) {
    return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  }
  if (codePoint < 0x80) return asciiName(String.fromCodePoint(codePoint));
  if (codePoint >= 0xff21 && codePoint <= 0xff3a) {
    return `FULLWIDTH LATIN CAPITAL LETTER ${String.fromCodePoint(codePoint - 0xff21 + 0x41)}`;
  }
  if (codePoint >= 0xff41 && codePoint <= 0xff5a) {
    return `FULLWIDTH LATIN SMALL LETTER ${String.fromCodePoint(codePoint - 0xff41 + 0x41)}`;
  }
  return (
    fromList(codePoint, 0x0410, CYRILLIC_BASIC, "CYRILLIC CAPITAL LETTER") ??
    fromList(codePoint, 0x0430, CYRILLIC_BASIC, "CYRILLIC SMALL LETTER") ??
    fromList(codePoint, 0x0400, CYRILLIC_EXTRA, "CYRILLIC CAPITAL LETTER") ??
    fromList(codePoint, 0x0450, CYRILLIC_EXTRA, "CYRILLIC SMALL LETTER") ??
    (codePoint === 0x03c2 ? "GREEK SMALL LETTER FINAL SIGMA" : undefined) ??
    fromList(codePoint, 0x0391, GREEK, "GREEK CAPITAL LETTER") ??
    fromList(codePoint, 0x03b1, GREEK, "GREEK SMALL LETTER")
  );
}

function fromList(codePoint: number, first: number, list: string, prefix: string) {
  const names = list.split("|");
  const name = codePoint >= first ? names[codePoint - first] : undefined;
  return name === undefined || name === "" ? undefined : `${prefix} ${name}`;
}

function asciiName(char: string): string | undefined {
  if (/[A-Z]/.test(char)) return `LATIN CAPITAL LETTER ${char}`;
  if (/[a-z]/.test(char)) return `LATIN SMALL LETTER ${char.toUpperCase()}`;
  if (/[0-9]/.test(char)) return `DIGIT ${DIGITS[Number(char)]}`;
  return ASCII_PUNCTUATION[char];
}

/**
 * The script of a letter, for telling which scripts a text mixes: undefined for anything that
 * belongs to no one script (digits, punctuation, combining marks, mathematical letters).
 */
export function scriptOf(char: string): string | undefined {
  if (!/^\p{L}$/u.test(char) || /^[\p{Script=Common}\p{Script=Inherited}]$/u.test(char)) {
    return undefined;
  }
  return knownScript(char) ?? "another script";
}
