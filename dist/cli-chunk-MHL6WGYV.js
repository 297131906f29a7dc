#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  escapeHidden,
  escapeHiddenInOutput
} from "./cli-chunk-J3FXLKC5.js";

// src/shared/redact.ts
import { Buffer } from "node:buffer";

// src/shared/secret-patterns.ts
var SECRET_KINDS = [
  { description: "a Cursor API key (crsr_...)", pattern: /\bcrsr_[A-Za-z0-9]{20,}/g },
  { description: "a Cursor API key (key_...)", pattern: /\bkey_[A-Za-z0-9]{32,}/g },
  {
    description: "an OpenAI-style secret key (sk-...)",
    pattern: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g
  },
  {
    description: "a GitHub token (ghp_/gho_/ghu_/ghs_/ghr_...)",
    pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/g
  },
  {
    description: "a GitHub fine-grained token (github_pat_...)",
    pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/g
  },
  { description: "an AWS access key id (AKIA...)", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { description: "a Slack token (xox...)", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { description: "a private key block", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g }
];
function findSecrets(text) {
  const findings = [];
  for (const kind of SECRET_KINDS) {
    for (const match of text.matchAll(new RegExp(kind.pattern.source, kind.pattern.flags))) {
      findings.push({ kind, index: match.index ?? 0, length: match[0].length });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

// src/shared/redact.ts
var REDACTED = "[REDACTED]";
var MIN_FRAGMENT = 8;
var MIN_SECRET_LENGTH = 4;
var windows = /* @__PURE__ */ new Set();
var windowStarts = new Uint8Array(1 << 16);
var shortForms = /* @__PURE__ */ new Set();
var registered = /* @__PURE__ */ new Set();
function registerSecret(value) {
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
function redact(text, known = []) {
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
function safeForOutput(text) {
  return escapeHiddenInOutput(redact(text));
}
function excerpt(text, max) {
  const flat = escapeHidden(redact(text).trim().replace(/\s+/g, " "));
  if (flat.length <= max) return flat;
  let end = max;
  const marker = flat.lastIndexOf("[", end);
  if (marker >= 0 && marker + REDACTED.length > end && flat.startsWith(REDACTED, marker)) {
    end = marker;
  }
  return `${flat.slice(0, end).trimEnd()}…`;
}
function removeFragments(text) {
  const pieces = [];
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
function startHash(text, at) {
  return text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2) & 65535;
}
function secretForms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const forms = /* @__PURE__ */ new Set([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    percentEncodeAll(bytes, "upper"),
    percentEncodeAll(bytes, "lower")
  ]);
  for (const whole of [`${secret}:`, `:${secret}`, secret]) {
    forms.add(Buffer.from(whole, "utf8").toString("base64"));
    forms.add(Buffer.from(whole, "utf8").toString("base64url"));
  }
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const first = Math.ceil(offset * 8 / 6);
    const end = Math.floor(padded.length * 8 / 6);
    forms.add(padded.toString("base64").slice(first, end));
    forms.add(padded.toString("base64url").slice(first, end));
  }
  forms.delete("");
  return forms;
}
function percentEncodeAll(bytes, letterCase) {
  const hex = [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
  return letterCase === "upper" ? hex.toUpperCase() : hex;
}

export {
  findSecrets,
  REDACTED,
  registerSecret,
  redact,
  safeForOutput,
  excerpt
};
