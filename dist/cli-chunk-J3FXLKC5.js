#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);

// src/shared/hidden-characters.ts
var HIDDEN = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]$/u;
var VARIATION_SELECTOR = /^[\u180b-\u180d\u180f\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
var HIDDEN_BMP_RANGES = "\\u007f-\\u009f\\u00ad\\u034f\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890-\\u0891\\u08e2\\u115f-\\u1160\\u17b4-\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff0-\\ufffb";
var SURROGATES = "|[\\ud800-\\udbff][\\udc00-\\udfff]|[\\ud800-\\udfff]";
var CANDIDATE = new RegExp(`[\\u0000-\\u001f${HIDDEN_BMP_RANGES}]${SURROGATES}`, "g");
var OUTPUT_CANDIDATE = new RegExp(
  `[\\u0000-\\u0008\\u000b-\\u001f${HIDDEN_BMP_RANGES}]${SURROGATES}`,
  "g"
);
var OWN_COLOUR = /^\u001b\[(?:1|2|22|31|32|33|39)m/;
function escapeCharacter(char) {
  let escaped = "";
  for (let i = 0; i < char.length; i++) {
    escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  }
  return escaped;
}
function isHiddenCharacter(char) {
  return HIDDEN.test(char) || /^[\ud800-\udfff]$/.test(char);
}
function escapeCandidate(char) {
  if (char.length === 2 && !HIDDEN.test(char)) return char;
  return VARIATION_SELECTOR.test(char) ? char : escapeCharacter(char);
}
function escapeHidden(text) {
  return text.replace(CANDIDATE, escapeCandidate);
}
function escapeHiddenInOutput(text) {
  return text.replace(OUTPUT_CANDIDATE, (char, offset) => {
    if (char === "\x1B" && OWN_COLOUR.test(text.slice(offset, offset + 6))) return char;
    return escapeCandidate(char);
  });
}

// src/shared/arrays.ts
function appendAll(into, items) {
  for (const item of items) into.push(item);
}

export {
  isHiddenCharacter,
  escapeHidden,
  escapeHiddenInOutput,
  appendAll
};
