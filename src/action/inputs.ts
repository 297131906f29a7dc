// The Action's inputs, parsed once into one typed object (actions/typescript-action's
// input-helper). Pure: it is handed a reader, so tests call it with a plain map.

import { type Pacing, parseRateLimits } from "../api/limiter.js";
import { UsageError } from "../shared/errors.js";
import { Secret } from "../shared/secret-value.js";

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
  /**
   * The account the token writes as, when GitHub cannot say (a GitHub App's token): only comments
   * and issues by this account are taken as ours. Undefined: ask GitHub, else github-actions[bot].
   */
  readonly githubAuthor: string | undefined;
  /** The Admin API base URL; undefined means the real API. */
  readonly baseUrl: string | undefined;
  /** `rate-limits`: per-endpoint pacing; undefined means the documented limits. */
  readonly rateLimits: Pacing | undefined;
  /** Post the plan or apply outcome as a pull request comment. */
  readonly comment: boolean;
  readonly allowDeletes: boolean;
  /** Let limit changes beyond the size thresholds (share of members, raise factor) through. */
  readonly allowLargeChanges: boolean;
  /** Block on an email the policy names that is not on the team (the CLI's --strict). */
  readonly strict: boolean;
  /** drift: fail the job (exit code 2) when drift is found, besides the issue. */
  readonly failOnDrift: boolean;
  /** drift: keep a tracking issue. */
  readonly driftIssue: boolean;
  readonly driftLabel: string;
  /**
   * plan on a pull request: plan only when the pull request changes a file matching one of these
   * globs (repository-relative); otherwise the run passes with "no policy change". Empty: always
   * plan.
   */
  readonly paths: readonly string[];
  /** plan: also write the saved plan (`plan --out`'s format) to this path, for apply's planFile. */
  readonly planOut: string | undefined;
  /** apply: apply exactly this saved plan; refused when the team or the policy changed since. */
  readonly planFile: string | undefined;
  /** The artifact name the workflow uploads the plan JSON (or saved plan) under, for links. */
  readonly planArtifact: string | undefined;
}

/** One input that cannot be used, named with its value (never for secrets) and what is allowed. */
export class ActionInputError extends UsageError {}

/** Every input action.yml declares (a test keeps the two in step). */
export const INPUT_NAMES = [
  "command",
  "policies",
  "api-key",
  "github-token",
  "github-author",
  "base-url",
  "rate-limits",
  "comment",
  "allow-deletes",
  "allow-large-changes",
  "strict",
  "fail-on-drift",
  "drift-issue",
  "drift-label",
  "paths",
  "plan-out",
  "plan-file",
  "plan-artifact",
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Reads an input as the runner passes it (INPUT_<NAME>, trimmed); "" when not set. */
type InputReader = (name: InputName) => string;

export function parseInputs(read: InputReader): ActionInputs {
  const apiKey = read("api-key").trim();
  const githubToken = read("github-token").trim();
  const baseUrl = read("base-url").trim();
  const githubAuthor = parseAuthor(read("github-author"));
  const command = parseCommand(read("command"));
  const planOut = onlyFor(read, "plan-out", command, "plan");
  const planFile = onlyFor(read, "plan-file", command, "apply");
  const planArtifact = read("plan-artifact").trim();
  const rateLimits = read("rate-limits").trim();
  return {
    command,
    policies: read("policies").trim() || "policies",
    apiKey: apiKey === "" ? undefined : new Secret(apiKey),
    githubToken: githubToken === "" ? undefined : new Secret(githubToken),
    githubAuthor,
    baseUrl: baseUrl === "" ? undefined : baseUrl,
    rateLimits:
      rateLimits === "" ? undefined : parseRateLimits([rateLimits], "the `rate-limits` input"),
    comment: parseBoolean(read, "comment", true),
    allowDeletes: parseBoolean(read, "allow-deletes", false),
    allowLargeChanges: parseBoolean(read, "allow-large-changes", false),
    strict: parseBoolean(read, "strict", false),
    failOnDrift: parseBoolean(read, "fail-on-drift", false),
    driftIssue: parseBoolean(read, "drift-issue", true),
    driftLabel: read("drift-label").trim() || "cursor-policy-drift",
    paths: parsePaths(read("paths"), command),
    planOut,
    planFile,
    planArtifact: planArtifact === "" ? undefined : parseArtifactName(planArtifact),
  };
}

/** A path input that only one command reads: given to another, it would be silently ignored. */
function onlyFor(
  read: InputReader,
  name: "plan-out" | "plan-file",
  command: ActionCommand,
  wanted: ActionCommand,
): string | undefined {
  const value = read(name).trim();
  if (value === "") return undefined;
  if (command !== wanted) {
    throw new ActionInputError(
      `the \`${name}\` input is for \`command: ${wanted}\`, and this step runs \`command: ${command}\``,
      {
        hint:
          name === "plan-out"
            ? "give `plan-out` to the plan step that saves the plan, and its file to the apply step as `plan-file`"
            : "give `plan-file` to the apply step, naming the file a plan step wrote with `plan-out`",
      },
    );
  }
  return value;
}

/** One glob per line (a YAML block scalar), `#` comments and blank lines ignored. */
function parsePaths(raw: string, command: ActionCommand): string[] {
  const patterns = raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (patterns.length > 0 && command !== "plan") {
    throw new ActionInputError(
      `the \`paths\` input is for \`command: plan\` on pull requests, and this step runs \`command: ${command}\``,
      {
        hint: "remove `paths` from this step; to run it only for some files, use the workflow's own `on.push.paths`",
      },
    );
  }
  for (const pattern of patterns) {
    if (pattern.startsWith("/") || pattern.startsWith("./") || pattern.includes("\\")) {
      throw new ActionInputError(
        `the \`paths\` input has the pattern "${pattern}", which never matches: GitHub names changed files relative to the repository root, with forward slashes`,
        { hint: `write it as "${pattern.replace(/\\/g, "/").replace(/^\.?\/+/, "")}"` },
      );
    }
  }
  return patterns;
}

/** GitHub refuses artifact names with these characters; catch it before the upload step does. */
function parseArtifactName(name: string): string {
  if (/["\\:<>|*?/\r\n]/.test(name)) {
    throw new ActionInputError(
      `the \`plan-artifact\` input is "${name}", which GitHub does not accept as an artifact name`,
      {
        hint: "use the `name:` of the workflow's upload-artifact step, without \" : < > | * ? / \\",
      },
    );
  }
  return name;
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

/** A GitHub login: letters, digits and single hyphens, and `[bot]` for an app's account. */
function parseAuthor(raw: string): string | undefined {
  const value = raw.trim().replace(/^@/, "");
  if (value === "") return undefined;
  if (/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/.test(value)) return value;
  throw new ActionInputError(
    `the \`github-author\` input is "${raw.trim()}", which is not a GitHub login`,
    {
      hint: "name the account the github-token writes as, e.g. `github-author: my-app[bot]` for a GitHub App's token",
    },
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
