// The one scrubbing path for every output: stdout, stderr, plan files, JSON, and (in the Action)
// comments, summaries, annotations and issues. docs/security.md describes the threat it answers.
//
// A secret can come back to us in more shapes than the one we sent: a server that echoes the
// request shows the Authorization header (base64 of `key:`), a proxy may URL-encode it, and a
// message cut to 80 characters shows half of it. So every secret value we hold is removed
// - whole, URL-encoded and base64-encoded at any byte alignment (which covers `key:`, `:key`,
//   `user:key` and the key alone), in both base64 alphabets;
// - and as ANY piece of MIN_FRAGMENT or more consecutive characters of those forms,
// from the WHOLE text, before anything cuts it down to an excerpt (see `excerpt`).
//
// Secret values are registered once, process-wide: every `Secret` (secret-value.ts) registers
// itself when it is created, so an output path cannot forget to pass the key along. Tokens that
// merely look like secrets (secret-patterns.ts) are removed too.

import { Buffer } from "node:buffer";
import { escapeHidden, escapeHiddenInOutput } from "./hidden-characters.js";
import { SECRET_KINDS } from "./secret-patterns.js";

export const REDACTED = "[REDACTED]";

/** The shortest run of a secret's characters (or of an encoding of it) that is removed. */
const MIN_FRAGMENT = 8;

/** Shorter values are not secrets anyone issues, and scrubbing them would mangle ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** Every MIN_FRAGMENT-long window of every form of every registered secret. */
const windows = new Set<string>();
/**
 * A cheap first look before the set lookup: one bit per hash of a window's first three
 * characters, so that most positions of a long text are passed over without a substring.
 */
const windowStarts = new Uint8Array(1 << 16);
/** Forms shorter than MIN_FRAGMENT (of short secrets), removed only where they occur whole. */
const shortForms = new Set<string>();
const registered = new Set<string>();

/** Adds a value to what every later `redact` call removes. Trimmed; very short values are ignored. */
export function registerSecret(value: string): void {
  const secret = value.trim();
  if (secret.length < MIN_SECRET_LENGTH || registered.has(secret)) return;
  registered.add(secret);
  for (const form of secretForms(secret)) {
    if (form.length < MIN_FRAGMENT) {
      shortForms.add(form);
      continue;
    }
    for (let start = 0; start + MIN_FRAGMENT <= form.length; start++) {
      windows.add(form.slice(start, start + MIN_FRAGMENT));
      windowStarts[startHash(form, start)] = 1;
    }
  }
}

/**
 * `text` without any registered secret (in any form or piece, see above), without the values in
 * `known` (registered on the way: a value once known to be secret stays scrubbed), and without
 * anything that looks like a secret. Apply it to whole texts, before cutting them.
 */
export function redact(text: string, known: readonly string[] = []): string {
  for (const value of known) registerSecret(value);
  let result = windows.size === 0 ? text : removeFragments(text);
  for (const form of shortForms) {
    if (result.includes(form)) result = result.split(form).join(REDACTED);
  }
  for (const kind of SECRET_KINDS) {
    result = result.replace(new RegExp(kind.pattern.source, kind.pattern.flags), REDACTED);
  }
  return result;
}

/**
 * What every output channel writes (the CLI's stdout and stderr, plan files; the Action's
 * comment, summary, annotations and issue): the whole text scrubbed, then its hidden characters
 * escaped (line breaks, tabs and our own colours kept).
 */
export function safeForOutput(text: string): string {
  return escapeHiddenInOutput(redact(text));
}

/**
 * A short, safe quotation of untrusted text (a server's error body, a line of a policy file):
 * scrubbed whole, then written on one line with invisible characters escaped, then cut to at
 * most `max` characters. Never cuts a `[REDACTED]` in two.
 */
export function excerpt(text: string, max: number): string {
  const flat = escapeHidden(redact(text).trim().replace(/\s+/g, " "));
  if (flat.length <= max) return flat;
  let end = max;
  const marker = flat.lastIndexOf("[", end);
  if (marker >= 0 && marker + REDACTED.length > end && flat.startsWith(REDACTED, marker)) {
    end = marker;
  }
  return `${flat.slice(0, end).trimEnd()}…`;
}

function removeFragments(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  let runStart = -1;
  let runEnd = -1;
  for (let start = 0; start + MIN_FRAGMENT <= text.length; start++) {
    if (windowStarts[startHash(text, start)] === 0) continue;
    if (!windows.has(text.slice(start, start + MIN_FRAGMENT))) continue;
    if (runStart >= 0 && start <= runEnd) {
      runEnd = start + MIN_FRAGMENT;
      continue;
    }
    if (runStart >= 0) {
      pieces.push(text.slice(copied, runStart), REDACTED);
      copied = runEnd;
    }
    runStart = start;
    runEnd = start + MIN_FRAGMENT;
  }
  if (runStart < 0) return text;
  pieces.push(text.slice(copied, runStart), REDACTED, text.slice(runEnd));
  return pieces.join("");
}

function startHash(text: string, at: number): number {
  return (
    (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) & 0xffff
  );
}

/** The shapes a secret can take in text that reaches us: see the header comment. */
function secretForms(secret: string): Set<string> {
  const bytes = Buffer.from(secret, "utf8");
  const forms = new Set<string>([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    percentEncodeAll(bytes, "upper"),
    percentEncodeAll(bytes, "lower"),
  ]);
  for (const whole of [`${secret}:`, `:${secret}`, secret]) {
    forms.add(Buffer.from(whole, "utf8").toString("base64"));
    forms.add(Buffer.from(whole, "utf8").toString("base64url"));
  }
  // The characters of a base64 text that depend on the secret's bytes alone, for each of the
  // three offsets (mod 3) at which the secret can start inside the encoded bytes.
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const first = Math.ceil((offset * 8) / 6);
    const end = Math.floor((padded.length * 8) / 6);
    forms.add(padded.toString("base64").slice(first, end));
    forms.add(padded.toString("base64url").slice(first, end));
  }
  forms.delete("");
  return forms;
}

function percentEncodeAll(bytes: Buffer, letterCase: "upper" | "lower"): string {
  const hex = [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  return letterCase === "upper" ? hex.toUpperCase() : hex;
}
