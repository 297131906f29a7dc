import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizeRepoUrl, normalizeRole } from "../../src/shared/normalize.js";

describe("normalizeRepoUrl", () => {
  it.each([
    ["https://github.com/acme/payments", "https://github.com/acme/payments"],
    ["https://GitHub.com/Acme/Payments", "https://github.com/acme/payments"],
    ["https://github.com/acme/payments.git", "https://github.com/acme/payments"],
    ["https://github.com/acme/payments/", "https://github.com/acme/payments"],
    ["https://github.com/acme/payments.git/", "https://github.com/acme/payments"],
    ["git@github.com:acme/payments.git", "https://github.com/acme/payments"],
    ["git@github.com:Acme/Payments", "https://github.com/acme/payments"],
    ["ssh://git@github.com/acme/payments.git", "https://github.com/acme/payments"],
    ["ssh://git@github.com:22/acme/payments", "https://github.com/acme/payments"],
    ["http://gitlab.example.com/group/sub/repo", "https://gitlab.example.com/group/sub/repo"],
    ["  github.com/acme/payments  ", "https://github.com/acme/payments"],
    ["https://user@github.com/acme//payments", "https://github.com/acme/payments"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeRepoUrl(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["payments"],
    ["https://github.com"],
    ["https://github.com/"],
    ["ftp://x.com/a"],
    ["not a url at all"],
  ])("rejects %j", (input) => {
    expect(normalizeRepoUrl(input)).toBeUndefined();
  });

  it("treats every spelling of one repository as the same key", () => {
    const spellings = [
      "git@github.com:acme/Infra.git",
      "https://github.com/acme/infra",
      "ssh://git@GITHUB.com/acme/infra/",
    ];
    expect(new Set(spellings.map(normalizeRepoUrl)).size).toBe(1);
  });
});

describe("normalizeEmail and normalizeRole", () => {
  it("trims and lower-cases emails", () => {
    expect(normalizeEmail("  Ada.Lovelace@Acme.Example ")).toBe("ada.lovelace@acme.example");
  });
  it("lower-cases roles and keeps unknown values", () => {
    expect(normalizeRole("Owner")).toBe("owner");
    expect(normalizeRole("Free-Owner")).toBe("free-owner");
    expect(normalizeRole("Mitglied")).toBe("mitglied");
  });
});
