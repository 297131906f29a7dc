// Helpers for the untrusted-input tests (docs/security.md): a repository checkout in a temp
// folder, a realistic random key, and a search for any piece of a key in an output.

import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** The example spend-limit policy of the demo team, trimmed: valid on its own. */
export const SMALL_POLICY = `version: 1
spendLimits:
  default: 100
  users:
    ada.lovelace@acme.example: 500
`;

/** Where a helper registers what to remove: a test's context, or a file's afterAll list. */
interface CleanupScope {
  onTestFinished(cleanup: () => unknown): void;
}

/** A temp folder removed when the test ends. */
export async function tempFolder(context: CleanupScope, prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `cursor-policy-security-${prefix}-`));
  context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A checkout: `<root>/policies/<files>`, plus any other files given with a path. */
export async function checkout(
  context: CleanupScope,
  files: Readonly<Record<string, string>>,
): Promise<string> {
  const root = await tempFolder(context, "repo");
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return root;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A key in the documented format with random characters, as real keys are. */
export function randomApiKey(): string {
  const bytes = randomBytes(64);
  let body = "";
  for (const byte of bytes) body += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return `crsr_${body}`;
}

/** The key and every encoding of it the issue names: base64 of `key:`, `:key`, `key`; URL-encoded. */
export function keyForms(key: string): string[] {
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  const percentAll = [...Buffer.from(key)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
    .join("");
  return [key, b64(`${key}:`), b64(`:${key}`), b64(key), encodeURIComponent(key), percentAll];
}

/**
 * Every piece of 8 or more consecutive characters of the key or of one of its encodings that
 * appears in `text` (as 8-character windows: any longer piece contains one).
 */
export function leakedPieces(text: string, key: string): string[] {
  const leaks = new Set<string>();
  for (const form of keyForms(key)) {
    for (let start = 0; start + 8 <= form.length; start++) {
      const piece = form.slice(start, start + 8);
      if (text.includes(piece)) leaks.add(piece);
    }
  }
  return [...leaks];
}
