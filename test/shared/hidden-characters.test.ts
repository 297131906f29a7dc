import { describe, expect, it } from "vitest";
import {
  escapeHidden,
  escapeHiddenInOutput,
  isHiddenCharacter,
} from "../../src/shared/hidden-characters.js";
import { isLoopbackHost } from "../../src/shared/loopback.js";
import { describeCharacter, scriptOf } from "../../src/shared/unicode-names.js";

describe("escapeHidden", () => {
  it.each([
    ["\u001b[2J", "\\u001b[2J"],
    ["line\nbreak\r", "line\\u000abreak\\u000d"],
    ["\u009b31m", "\\u009b31m"],
    ["a\u202eb\u2066c", "a\\u202eb\\u2066c"],
    ["zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"],
    ["tag \u{e0041}", "tag \\udb40\\udc41"],
    ["Ünïcödé 日本 ❤️ stays", "Ünïcödé 日本 ❤️ stays"],
  ])("%j -> %j", (text, escaped) => {
    expect(escapeHidden(text)).toBe(escaped);
  });

  it("writes JSON escapes: an escaped JSON text parses to the same value", () => {
    const value = { name: "a\u202eb\u0085c\u2028d" };
    const text = escapeHiddenInOutput(JSON.stringify(value));
    expect(text).not.toMatch(/[\u0085\u2028\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it("keeps line breaks and tabs in a whole output, and only our own colours", () => {
    expect(escapeHiddenInOutput("a\n\tb \u001b[31mred\u001b[39m \u001b[8mhidden")).toBe(
      "a\n\tb \u001b[31mred\u001b[39m \\u001b[8mhidden",
    );
  });

  it("counts variation selectors as hidden in emails, but keeps them in output", () => {
    expect(isHiddenCharacter("\ufe0f")).toBe(true);
    expect(escapeHidden("❤\ufe0f")).toBe("❤\ufe0f");
  });
});

describe("describeCharacter and scriptOf", () => {
  it.each([
    ["\u0435", "U+0435 CYRILLIC SMALL LETTER IE"],
    ["\u0410", "U+0410 CYRILLIC CAPITAL LETTER A"],
    ["\u0456", "U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"],
    ["\u03bf", "U+03BF GREEK SMALL LETTER OMICRON"],
    ["\u03c2", "U+03C2 GREEK SMALL LETTER FINAL SIGMA"],
    ["\u200b", "U+200B ZERO WIDTH SPACE"],
    ["\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"],
    ["\uff41", "U+FF41 FULLWIDTH LATIN SMALL LETTER A"],
    ["a", "U+0061 LATIN SMALL LETTER A"],
    ["\u0561", "U+0561 (Armenian)"],
    ["\u{1d41a}", "U+1D41A"],
  ])("%j is %s", (char, description) => {
    expect(describeCharacter(char)).toBe(description);
  });

  it("knows letters' scripts, and that digits and marks have none", () => {
    expect(scriptOf("a")).toBe("Latin");
    expect(scriptOf("\u0430")).toBe("Cyrillic");
    expect(scriptOf("7")).toBeUndefined();
    expect(scriptOf("\u0301")).toBeUndefined();
    expect(scriptOf("\u{1d41a}")).toBeUndefined();
  });
});

describe("isLoopbackHost", () => {
  it.each([
    ["localhost", true],
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["[::1]", true],
    ["localhost.", true],
    ["api.cursor.com", false],
    ["127.0.0.1.example.com", false],
    ["[::ffff:7f00:1]", false],
    ["10.0.0.1", false],
    ["localhost.example.com", false],
  ])("%s -> %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe("escapeHidden covers the whole Basic Multilingual Plane", () => {
  it("escapes exactly the control, format and default-ignorable characters", () => {
    const property = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]$/u;
    const variationSelector = /^[\u180b-\u180d\u180f\ufe00-\ufe0f]$/u;
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const hidden = property.test(char) && !variationSelector.test(char);
      if ((escapeHidden(char) !== char) !== hidden) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("escapes lone surrogates, which are not text", () => {
    expect(escapeHidden("a\ud800b")).toBe("a\\ud800b");
  });
});
