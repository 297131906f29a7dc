// The Action's inputs, parsed once into one typed object (actions/typescript-action's
// input-helper). Pure: it is handed a reader, so tests call it with a plain map.

import { type Pacing, parseRateLimits } from "../api/limiter.js";
import { UsageError } from "../shared/errors.js";
import { Secret } from "../shared/secret.js";

export const COMMANDS = ["plan", "apply", "drift"] as const;
export type ActionCommand = (typeof COMMANDS)[number];

/** An input that holds a secret (the API key, the token): prints as [REDACTED] however printed. */
export type SecretInput = Secret;

export interface ActionInputs {
  readonly command: ActionCommand;
  /** The policy directory, relative to the workspace. */
  readonly policies: string;
  /** Empty on a pull request from a fork, where secrets are not passed. */
  readonly apiKey: SecretInput | undefined;
  readonly githubToken: SecretInput | undefined;
  /** The Admin API base URL; undefined means the real API. */
  readonly baseUrl: string | undefined;
  /** `rate-limits`: per-endpoint pacing; undefined means the documented limits. */
  readonly rateLimits: Pacing | undefined;
  /** Post the plan or apply outcome as a pull request comment. */
  readonly comment: boolean;
  readonly allowDeletes: boolean;
  /** drift: fail the job (exit code 2) when drift is found, besides the issue. */
  readonly failOnDrift: boolean;
  /** drift: keep a tracking issue. */
  readonly driftIssue: boolean;
  readonly driftLabel: string;
}

/** One input that cannot be used, named with its value (never for secrets) and what is allowed. */
export class ActionInputError extends UsageError {}

/** Every input action.yml declares (a test keeps the two in step). */
export const INPUT_NAMES = [
  "command",
  "policies",
  "api-key",
  "github-token",
  "base-url",
  "rate-limits",
  "comment",
  "allow-deletes",
  "fail-on-drift",
  "drift-issue",
  "drift-label",
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Reads an input as the runner passes it (INPUT_<NAME>, trimmed); "" when not set. */
export type InputReader = (name: InputName) => string;

export function parseInputs(read: InputReader): ActionInputs {
  const apiKey = read("api-key").trim();
  const githubToken = read("github-token").trim();
  const baseUrl = read("base-url").trim();
  const rateLimits = read("rate-limits").trim();
  return {
    command: parseCommand(read("command")),
    policies: read("policies").trim() || "policies",
    apiKey: apiKey === "" ? undefined : new Secret(apiKey),
    githubToken: githubToken === "" ? undefined : new Secret(githubToken),
    baseUrl: baseUrl === "" ? undefined : baseUrl,
    rateLimits:
      rateLimits === "" ? undefined : parseRateLimits([rateLimits], "the `rate-limits` input"),
    comment: parseBoolean(read, "comment", true),
    allowDeletes: parseBoolean(read, "allow-deletes", false),
    failOnDrift: parseBoolean(read, "fail-on-drift", false),
    driftIssue: parseBoolean(read, "drift-issue", true),
    driftLabel: read("drift-label").trim() || "cursor-policy-drift",
  };
}

function parseCommand(raw: string): ActionCommand {
  const value = raw.trim().toLowerCase();
  const command = COMMANDS.find((name) => name === value);
  if (command) return command;
  throw new ActionInputError(
    value === ""
      ? "the `command` input is required"
      : `the \`command\` input is "${raw.trim()}", which is not a command`,
    { hint: `set \`command:\` to one of ${COMMANDS.join(", ")} in the step's \`with:\`` },
  );
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);

function parseBoolean(read: InputReader, name: InputName, fallback: boolean): boolean {
  const value = read(name).trim();
  if (value === "") return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new ActionInputError(`the \`${name}\` input is "${value}", which is not true or false`, {
    hint: `write \`${name}: true\` or \`${name}: false\` (YAML 1.2 booleans; "yes"/"on" are not accepted)`,
  });
}
