#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);

// src/shared/errors.ts
var ExitCode = {
  /** Success, and nothing to change. */
  Ok: 0,
  /** An error: bad input, a failed API call, a failed change. */
  Error: 1,
  /** Success with changes pending (plan/drift with --detailed-exitcode). */
  ChangesPending: 2,
  /** Blocked by a guardrail or a safety threshold. */
  Blocked: 3
};
var CursorPolicyError = class extends Error {
  hint;
  exitCode;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.Error;
  }
};
var UsageError = class extends CursorPolicyError {
};

// src/shared/normalize.ts
function normalizeEmail(email) {
  return email.trim().toLowerCase();
}
function normalizeGroupName(name) {
  return name.trim().toLowerCase();
}
function normalizeRole(role) {
  return role.trim().toLowerCase();
}
function normalizeRepoUrl(input) {
  let text = input.trim();
  if (text === "") return void 0;
  const scpLike = /^(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/.exec(text);
  if (scpLike && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    text = `ssh://${scpLike[1]}/${scpLike[2]}`;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}\/.+/.test(text)) text = `https://${text}`;
    else return void 0;
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    return void 0;
  }
  if (!["http:", "https:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(url.protocol)) {
    return void 0;
  }
  const host = url.hostname.toLowerCase();
  if (host === "") return void 0;
  let path;
  try {
    path = decodeURIComponent(url.pathname).toLowerCase();
  } catch {
    return void 0;
  }
  path = path.replace(/\/+/g, "/").replace(/\/+$/, "");
  path = path.replace(/\.git$/, "").replace(/\/+$/, "");
  if (path === "" || path === "/") return void 0;
  if (!path.startsWith("/")) path = `/${path}`;
  return `https://${host}${path}`;
}

export {
  ExitCode,
  CursorPolicyError,
  UsageError,
  normalizeEmail,
  normalizeGroupName,
  normalizeRole,
  normalizeRepoUrl
};
