// The Admin API key: where it comes from and how it is held. The value lives in a #private
// field so that no accidental `console.log(options)`, JSON.stringify, util.inspect or test
// snapshot can print it; only `reveal()` hands it out, and only the request path calls that,
// to build the Authorization header.

import { readFileSync } from "node:fs";
import { UsageError } from "../shared/errors.js";
import { Secret } from "../shared/secret-value.js";

type ApiKeyKind = "crsr" | "key" | "unknown";

/** The documented formats: `crsr_` (newer) or `key_` (older) followed by 64 characters. */
const KEY_FORMATS: ReadonlyArray<{ kind: Exclude<ApiKeyKind, "unknown">; pattern: RegExp }> = [
  { kind: "crsr", pattern: /^crsr_[A-Za-z0-9]{64}$/ },
  { kind: "key", pattern: /^key_[A-Za-z0-9]{64}$/ },
];

/** Where to get a key, said in every message about a missing or rejected one. */
const CREATE_KEY_ADVICE =
  "Create an Admin API key in the Cursor dashboard (Settings → API keys, or Team Settings → " +
  "Advanced → API Keys)";

export class ApiKey extends Secret {
  /** Which documented format the key has; "unknown" when it matches neither. */
  readonly kind: ApiKeyKind;

  constructor(value: string) {
    const trimmed = value.trim();
    if (trimmed === "") {
      throw new UsageError(`The API key is empty. ${CREATE_KEY_ADVICE}.`);
    }
    super(trimmed);
    this.kind = KEY_FORMATS.find((format) => format.pattern.test(trimmed))?.kind ?? "unknown";
  }
}

interface LoadedApiKey {
  readonly key: ApiKey;
  /** Things worth telling the user; never contain the key. */
  readonly warnings: string[];
}

/**
 * Reads the key from `--api-key-file` or the CURSOR_API_KEY environment variable (trimmed).
 *
 * When both are given and differ, the file wins: a flag on the command line is the more
 * deliberate choice than a variable that may linger in a shell profile (the usual
 * flag-over-environment order). A warning says which one was used, so nobody is surprised.
 */
export function loadApiKey(input: {
  env: NodeJS.ProcessEnv | Record<string, string | undefined>;
  apiKeyFile?: string;
}): LoadedApiKey {
  const fromEnv = input.env.CURSOR_API_KEY?.trim() || undefined;
  const fromFile = input.apiKeyFile === undefined ? undefined : readKeyFile(input.apiKeyFile);
  const warnings: string[] = [];

  const value = fromFile ?? fromEnv;
  if (value === undefined) {
    throw new UsageError(
      `No Cursor Admin API key was given. ${CREATE_KEY_ADVICE}, then export it as ` +
        "CURSOR_API_KEY or pass --api-key-file <path> (in GitHub Actions, store it as a secret).",
    );
  }
  if (fromFile !== undefined && fromEnv !== undefined && fromFile !== fromEnv) {
    warnings.push(
      `Both CURSOR_API_KEY and --api-key-file are set and differ; using the key from ` +
        `${input.apiKeyFile} and ignoring CURSOR_API_KEY.`,
    );
  }

  const key = new ApiKey(value);
  if (key.kind === "unknown") {
    // Say what was expected and what we saw in general terms: never echo any part of the key.
    warnings.push(
      `The API key does not look like a Cursor Admin API key (expected "crsr_" or "key_" ` +
        `followed by 64 letters and digits; got ${value.length} characters). Using it anyway; ` +
        "if the API answers 401, check that the whole key was copied.",
    );
  }
  return { key, warnings };
}

function readKeyFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EACCES" || code === "EPERM"
          ? "cannot be read (permission denied)"
          : code === "EISDIR"
            ? "is a directory, not a file"
            : `cannot be read (${code})`;
    throw new UsageError(
      `The API key file ${file} ${reason}. Pass --api-key-file with the path of a file that ` +
        "holds only the Admin API key, or export CURSOR_API_KEY instead.",
    );
  }
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new UsageError(
      `The API key file ${file} is empty. Put the Admin API key in it (${CREATE_KEY_ADVICE}).`,
    );
  }
  return trimmed;
}
