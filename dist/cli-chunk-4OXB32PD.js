#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
  __require,
  __commonJS,
  __toESM,
  ExitCode,
  CursorPolicyError,
  UsageError,
  normalizeEmail,
  normalizeGroupName,
  normalizeRole,
  normalizeRepoUrl
};
