#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  createAdminClient
} from "./cli-chunk-HQO3PKN4.js";
import {
  DEFAULT_BASE_URL
} from "./cli-chunk-XPFRES5K.js";
import {
  systemClock
} from "./cli-chunk-PDWXNEN5.js";
import {
  REDACTED,
  excerpt,
  registerSecret
} from "./cli-chunk-MHL6WGYV.js";
import {
  UsageError
} from "./cli-chunk-SMCOMD7A.js";

// src/api/credentials.ts
import { readFileSync } from "node:fs";

// src/shared/secret-value.ts
import { inspect } from "node:util";
var Secret = class {
  #value;
  constructor(value) {
    this.#value = value;
    registerSecret(value);
  }
  reveal() {
    return this.#value;
  }
  toString() {
    return REDACTED;
  }
  toJSON() {
    return REDACTED;
  }
  [inspect.custom]() {
    return REDACTED;
  }
};

// src/api/credentials.ts
var KEY_FORMATS = [
  { kind: "crsr", pattern: /^crsr_[A-Za-z0-9]{64}$/ },
  { kind: "key", pattern: /^key_[A-Za-z0-9]{64}$/ }
];
var CREATE_KEY_ADVICE = "Create an Admin API key in the Cursor dashboard (Settings → API keys, or Team Settings → Advanced → API Keys)";
var ApiKey = class extends Secret {
  /** Which documented format the key has; "unknown" when it matches neither. */
  kind;
  constructor(value) {
    const trimmed = value.trim();
    if (trimmed === "") {
      throw new UsageError(`The API key is empty. ${CREATE_KEY_ADVICE}.`);
    }
    super(trimmed);
    this.kind = KEY_FORMATS.find((format) => format.pattern.test(trimmed))?.kind ?? "unknown";
  }
};
function loadApiKey(input) {
  const fromEnv = input.env.CURSOR_API_KEY?.trim() || void 0;
  const fromFile = input.apiKeyFile === void 0 ? void 0 : readKeyFile(input.apiKeyFile);
  const warnings = [];
  const value = fromFile ?? fromEnv;
  if (value === void 0) {
    throw new UsageError(
      `No Cursor Admin API key was given. ${CREATE_KEY_ADVICE}, then export it as CURSOR_API_KEY or pass --api-key-file <path> (in GitHub Actions, store it as a secret).`
    );
  }
  if (fromFile !== void 0 && fromEnv !== void 0 && fromFile !== fromEnv) {
    warnings.push(
      `Both CURSOR_API_KEY and --api-key-file are set and differ; using the key from ${input.apiKeyFile} and ignoring CURSOR_API_KEY.`
    );
  }
  const key = new ApiKey(value);
  if (key.kind === "unknown") {
    warnings.push(
      `The API key does not look like a Cursor Admin API key (expected "crsr_" or "key_" followed by 64 letters and digits; got ${value.length} characters). Using it anyway; if the API answers 401, check that the whole key was copied.`
    );
  }
  return { key, warnings };
}
function readKeyFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    const reason = code === "ENOENT" ? "does not exist" : code === "EACCES" || code === "EPERM" ? "cannot be read (permission denied)" : code === "EISDIR" ? "is a directory, not a file" : `cannot be read (${code})`;
    throw new UsageError(
      `The API key file ${file} ${reason}. Pass --api-key-file with the path of a file that holds only the Admin API key, or export CURSOR_API_KEY instead.`
    );
  }
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new UsageError(
      `The API key file ${file} is empty. Put the Admin API key in it (${CREATE_KEY_ADVICE}).`
    );
  }
  return trimmed;
}

// src/shared/loopback.ts
function isLoopbackHost(hostname) {
  const host = hostname.replace(/\.$/, "");
  if (host === "localhost" || host === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// src/core/connect.ts
function resolveBaseUrl(flag, env) {
  const raw = (flag ?? env.CURSOR_API_BASE_URL ?? DEFAULT_BASE_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`the API base URL "${excerpt(raw, 100)}" is not a URL`, {
      hint: `pass --base-url or set CURSOR_API_BASE_URL to something like ${DEFAULT_BASE_URL} or the emulator's http://127.0.0.1:PORT`
    });
  }
  const shown = excerpt(`${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`, 100);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(
      `the API base URL "${shown}" must start with https:// (or http:// for the local emulator)`
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `the API base URL "${shown}" uses plain http:// for ${url.hostname}, which is not this machine: the API key would cross the network unencrypted, so nothing was sent`,
      {
        hint: "use https://, or http:// only for the local emulator on localhost, 127.0.0.1 or [::1]"
      }
    );
  }
  return raw.replace(/\/+$/, "");
}
function connect(options) {
  const baseUrl = resolveBaseUrl(options.baseUrl, options.env);
  let key = options.apiKey;
  if (!key) {
    const loaded = loadApiKey({ env: options.env });
    for (const warning of loaded.warnings) options.logger.warn(warning);
    key = loaded.key;
  }
  const client = createAdminClient({
    baseUrl,
    apiKey: key,
    clock: options.clock ?? systemClock,
    logger: options.logger,
    ...options.dispatcher === void 0 ? {} : { dispatcher: options.dispatcher },
    ...options.pacing === void 0 ? {} : { pacing: options.pacing },
    ...options.onRequest === void 0 ? {} : { onRequest: options.onRequest },
    ...options.onWait === void 0 ? {} : { onWait: options.onWait },
    ...options.onPages === void 0 ? {} : { onPages: options.onPages },
    ...options.stopWaiting === void 0 ? {} : { stopWaiting: options.stopWaiting }
  });
  return { baseUrl, reader: client.reader, writer: client.writer, pacing: client.pacing };
}

export {
  loadApiKey,
  connect
};
