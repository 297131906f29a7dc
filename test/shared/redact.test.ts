import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { excerpt, redact, registerSecret, safeForOutput } from "../../src/shared/redact.js";
import { findSecrets } from "../../src/shared/secret-patterns.js";

const cursorKey = `crsr_${"a1B2".repeat(16)}`;
const legacyKey = `key_${"Z9y8".repeat(16)}`;

describe("findSecrets", () => {
  it.each([
    [cursorKey, "a Cursor API key (crsr_...)"],
    [legacyKey, "a Cursor API key (key_...)"],
    [`sk-proj-${"x".repeat(40)}`, "an OpenAI-style secret key (sk-...)"],
    [`ghp_${"A".repeat(36)}`, "a GitHub token (ghp_/gho_/ghu_/ghs_/ghr_...)"],
    [`github_pat_${"B".repeat(40)}`, "a GitHub fine-grained token (github_pat_...)"],
    ["AKIAIOSFODNN7EXAMPLE", "an AWS access key id (AKIA...)"],
  ])("recognises %s", (value, description) => {
    const findings = findSecrets(`# comment ${value} trailing`);
    expect(findings.map((f) => f.kind.description)).toEqual([description]);
    expect(findings[0]?.index).toBe("# comment ".length);
  });

  it("ignores ordinary policy text", () => {
    const text =
      "users:\n  key_holder@acme.example: 100\n  sk-team@acme.example: 5\npatterns: ['*.env']\n";
    expect(findSecrets(text)).toEqual([]);
  });
});

describe("redact", () => {
  it("removes the known key even when it has no recognisable format", () => {
    expect(redact("auth failed for hunter2-secret", ["hunter2-secret"])).toBe(
      "auth failed for [REDACTED]",
    );
  });
  it("removes secret-looking tokens it was not told about", () => {
    expect(redact(`Authorization: ${cursorKey}`)).toBe("Authorization: [REDACTED]");
  });
});

describe("redact: registered secrets in every form and piece", () => {
  // A random-looking key, registered once for the whole process (as a Secret would).
  const key = "crsr_Qm7Zt2Lk9Wx4Rb8Nc1Vp6Hs3Jd5Fg0Ya2Ue7Io9Kl4Mn6Bv8Cx1Zq3Wr5Ty7Ui9Op2As4Df6Gh8Jk";
  registerSecret(key);
  const b64 = (text: string) => Buffer.from(text).toString("base64");

  it.each([
    ["the key", key],
    ["base64 of key:", b64(`${key}:`)],
    ["base64 of :key", b64(`:${key}`)],
    ["base64 of the key alone", b64(key)],
    // From its 5th character on: the first four encode "ab:", not the key.
    ["base64 of user:key (another alignment)", b64(`ab:${key}`).slice(4)],
    ["base64url", Buffer.from(`${key}:`).toString("base64url")],
    ["URL-encoded, every byte", [...Buffer.from(key)].map((b) => `%${b.toString(16)}`).join("")],
  ])("%s, whole and as an 8-character piece", (_name, form) => {
    expect(redact(`a ${form} b`)).not.toContain(form.slice(0, 8));
    for (const start of [0, 5, 17, form.length - 8]) {
      const piece = form.slice(start, start + 8);
      expect(redact(`before ${piece} after`)).toBe("before [REDACTED] after");
    }
  });

  it("leaves pieces of 7 characters, and ordinary text, alone", () => {
    expect(redact(`x ${key.slice(10, 17)} y`)).toBe(`x ${key.slice(10, 17)} y`);
    expect(redact("Authorization failed: 401 Unauthorized")).toBe(
      "Authorization failed: 401 Unauthorized",
    );
  });

  it("replaces one run however long, and keeps what is around it", () => {
    expect(redact(`[${key.slice(3, 40)}|${key.slice(30)}]`)).toBe("[[REDACTED]|[REDACTED]]");
  });
});

describe("excerpt", () => {
  it("scrubs before cutting, so a cut cannot leave a piece behind", () => {
    const key = "crsr_Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef3Gh5Ij7Kl9Mn1Op3Qr5St7Uv9Wx";
    registerSecret(key);
    const header = `Authorization: Basic ${Buffer.from(`${key}:`).toString("base64")}`;
    const shown = excerpt(header, 40);
    expect(shown).toBe("Authorization: Basic [REDACTED]");
  });

  it("cuts long text on one line, escapes hidden characters, never halves [REDACTED]", () => {
    expect(excerpt("a\n\n b\u001b[2J", 80)).toBe("a b\\u001b[2J");
    expect(excerpt("x".repeat(100), 10)).toBe("xxxxxxxxxx…");
    expect(excerpt(`abc crsr_${"Z9y8".repeat(16)} tail`, 8)).toBe("abc…");
  });
});

describe("safeForOutput", () => {
  it("scrubs and escapes, keeping lines, tabs and our own colours", () => {
    expect(safeForOutput("ok\n\tnext \u001b[32m+\u001b[39m \u001b]52;c;eA==\u0007 \u202e")).toBe(
      "ok\n\tnext \u001b[32m+\u001b[39m \\u001b]52;c;eA==\\u0007 \\u202e",
    );
  });
});
