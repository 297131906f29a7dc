// Stage 0: a file's bytes -> text, and the secrets scan over that raw text.
// The scan runs on every file, before and regardless of parsing, comments included: a comment is
// committed to git like everything else.

import { findSecrets } from "../shared/secret-patterns.js";
import { type PolicyProblem, problemAt } from "./problems.js";

interface DecodedText {
  /** The text to parse; undefined when the file is not UTF-8 text. */
  readonly text: string | undefined;
  /** Text for the secrets scan: decoded leniently, so a secret in a broken file is still found. */
  readonly scanText: string;
  readonly problems: PolicyProblem[];
}

export function decodePolicyText(file: string, input: string | Uint8Array): DecodedText {
  if (typeof input === "string") {
    const text = stripBom(input);
    const nul = text.indexOf("\u0000");
    if (nul >= 0)
      return unreadable(text, binaryProblem(file, textPosition(text, nul), "character"));
    return { text, scanText: text, problems: [] };
  }
  const lenient = new TextDecoder("utf-8", { fatal: false }).decode(input);
  if (
    input.length >= 2 &&
    ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))
  ) {
    return unreadable(
      lenient,
      problemAt(
        "invalid-encoding",
        { file, line: 1, column: 1 },
        {
          message: "the file is encoded as UTF-16; policy files must be UTF-8",
          hint: "save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)",
        },
      ),
    );
  }
  const nul = input.indexOf(0);
  if (nul >= 0) return unreadable(lenient, binaryProblem(file, bytePosition(input, nul), "byte"));
  const invalid = firstInvalidUtf8(input);
  if (invalid >= 0) {
    return unreadable(
      lenient,
      problemAt(
        "invalid-encoding",
        { file, ...bytePosition(input, invalid) },
        {
          message: `the file is not valid UTF-8 (byte 0x${input[invalid]!.toString(16).padStart(2, "0")} at offset ${invalid})`,
          hint: "save the file as UTF-8; it was probably written as Latin-1 or Windows-1252",
        },
      ),
    );
  }
  return { text: stripBom(lenient), scanText: lenient, problems: [] };
}

/** A file that cannot be parsed: nothing to parse, but still scanned for secrets. */
function unreadable(scanText: string, problem: PolicyProblem): DecodedText {
  return { text: undefined, scanText, problems: [problem] };
}

/** Every secret-looking token in the text: the kind and the place, never the value. */
export function secretProblems(file: string, text: string): PolicyProblem[] {
  return findSecrets(text).map((finding) => {
    const at = textPosition(text, finding.index);
    return problemAt(
      "secret-in-policy",
      { file, line: at.line, column: at.column },
      {
        message: `this looks like ${finding.kind.description}; secrets must never be written in policy files (comments included)`,
        hint: "remove it and rotate the credential: anything committed stays in git history. The API key belongs in the CURSOR_API_KEY environment variable or a CI secret",
      },
    );
  });
}

function stripBom(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

function binaryProblem(
  file: string,
  at: { line: number; column: number },
  unit: "byte" | "character",
): PolicyProblem {
  return problemAt(
    "binary-file",
    { file, ...at },
    {
      message: `the file is binary (it contains a NUL ${unit}), not YAML text`,
      hint: "policy files must be UTF-8 YAML text; move other files out of the policy directory",
    },
  );
}

/** 1-based line and column (in UTF-16 code units, like editors) of an offset into text. */
function textPosition(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** 1-based line and column (in characters, counting each UTF-8 sequence once) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0x0a) {
      line += 1;
      column = 1;
    } else if ((byte & 0xc0) !== 0x80) {
      column += 1;
    }
  }
  return { line, column };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let continuation: number;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) continuation = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) continuation = 3;
    else return i;
    for (let k = 1; k <= continuation; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if (lead === 0xe0 && second < 0xa0) return i;
    if (lead === 0xed && second > 0x9f) return i;
    if (lead === 0xf0 && second < 0x90) return i;
    if (lead === 0xf4 && second > 0x8f) return i;
    i += continuation + 1;
  }
  return -1;
}
