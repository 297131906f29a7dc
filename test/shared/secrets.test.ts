import { describe, expect, it } from "vitest";
import { findSecrets, redact } from "../../src/shared/secrets.js";

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
