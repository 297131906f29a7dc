import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { ApiKey, loadApiKey } from "../../src/api/credentials.js";
import { UsageError } from "../../src/shared/errors.js";
import { errorOf } from "./support.js";

const CRSR_KEY = `crsr_${"A1b2".repeat(16)}`;
const OLD_KEY = `key_${"z9Y8".repeat(16)}`;
const ODD_KEY = "my-team-secret-value-123";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cursor-policy-key-"));
  dirs.push(dir);
  return dir;
}
function tempFile(content: string): string {
  const file = path.join(tempDir(), "key.txt");
  writeFileSync(file, content);
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("ApiKey", () => {
  it("recognises both documented formats and flags anything else", () => {
    expect(new ApiKey(CRSR_KEY).kind).toBe("crsr");
    expect(new ApiKey(OLD_KEY).kind).toBe("key");
    expect(new ApiKey(ODD_KEY).kind).toBe("unknown");
    // A known prefix with the wrong length is not a documented key either.
    expect(new ApiKey("crsr_short").kind).toBe("unknown");
  });

  it("hands the value out only through reveal()", () => {
    const key = new ApiKey(`  ${CRSR_KEY}\n`);
    expect(key.reveal()).toBe(CRSR_KEY);
    const holder = { apiKey: key, nested: [key] };
    for (const shown of [
      String(key),
      `${key}`,
      JSON.stringify(holder),
      inspect(holder, { depth: 10 }),
      inspect(key, { showHidden: true }),
      Object.keys(key).join(","),
    ]) {
      expect(shown).not.toContain(CRSR_KEY);
      expect(shown).not.toContain("A1b2");
    }
    expect(String(key)).toBe("[REDACTED]");
    expect(JSON.stringify({ key })).toBe('{"key":"[REDACTED]"}');
  });

  it("refuses an empty key", () => {
    expect(() => new ApiKey("   ")).toThrow(UsageError);
  });
});

describe("loadApiKey", () => {
  it("reads CURSOR_API_KEY, trimmed", () => {
    const { key, warnings } = loadApiKey({ env: { CURSOR_API_KEY: ` ${CRSR_KEY}\n` } });
    expect(key.reveal()).toBe(CRSR_KEY);
    expect(warnings).toEqual([]);
  });

  it("reads the key file, trimmed", () => {
    const file = tempFile(`${OLD_KEY}\n\n`);
    const { key, warnings } = loadApiKey({ env: {}, apiKeyFile: file });
    expect(key.reveal()).toBe(OLD_KEY);
    expect(key.kind).toBe("key");
    expect(warnings).toEqual([]);
  });

  it("says where to create a key and how to pass it when there is none", () => {
    for (const env of [{}, { CURSOR_API_KEY: "" }, { CURSOR_API_KEY: "   " }]) {
      const thrown = errorOf(() => loadApiKey({ env }));
      expect(thrown).toBeInstanceOf(UsageError);
      const message = thrown.message;
      expect(message).toContain("Cursor dashboard");
      expect(message).toContain("Settings → API keys");
      expect(message).toContain("CURSOR_API_KEY");
      expect(message).toContain("--api-key-file");
    }
  });

  it("prefers --api-key-file over CURSOR_API_KEY and warns when they differ", () => {
    const file = tempFile(OLD_KEY);
    const { key, warnings } = loadApiKey({ env: { CURSOR_API_KEY: CRSR_KEY }, apiKeyFile: file });
    expect(key.reveal()).toBe(OLD_KEY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("--api-key-file");
    expect(warnings.join("\n")).not.toContain(OLD_KEY);
    expect(warnings.join("\n")).not.toContain(CRSR_KEY);
  });

  it("does not warn when both hold the same key", () => {
    const file = tempFile(`${CRSR_KEY}\n`);
    const { warnings } = loadApiKey({ env: { CURSOR_API_KEY: CRSR_KEY }, apiKeyFile: file });
    expect(warnings).toEqual([]);
  });

  it("warns about an unknown format without echoing any part of the key", () => {
    const { key, warnings } = loadApiKey({ env: { CURSOR_API_KEY: ODD_KEY } });
    expect(key.reveal()).toBe(ODD_KEY);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"crsr_"');
    for (const part of ["my-team", "secret-value", "123"]) {
      expect(warnings[0]).not.toContain(part);
    }
  });

  it("names the key file and the problem when the file cannot be used", () => {
    const missing = path.join(tmpdir(), "cursor-policy-no-such-dir", "key.txt");
    expect(() => loadApiKey({ env: {}, apiKeyFile: missing })).toThrow(
      new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} does not exist`),
    );
    const empty = tempFile("  \n");
    expect(() => loadApiKey({ env: { CURSOR_API_KEY: CRSR_KEY }, apiKeyFile: empty })).toThrow(
      /is empty/,
    );
    const dir = tempDir();
    mkdirSync(path.join(dir, "sub"));
    expect(() => loadApiKey({ env: {}, apiKeyFile: path.join(dir, "sub") })).toThrow(
      /is a directory/,
    );
  });
});
