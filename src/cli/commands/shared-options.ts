// Flags shared by the commands that read policy or talk to the API.
import { type Command, Option } from "commander";

export const DEFAULT_POLICIES_DIR = "policies";

export interface PolicyFlags {
  readonly policies: string;
}

export interface ConnectionFlags {
  readonly baseUrl?: string;
  readonly apiKeyFile?: string;
  /** `--rate-limit ENDPOINT=PER_MINUTE`, as often as given. */
  readonly rateLimit?: readonly string[];
}

export function withPolicyFlag(command: Command): Command {
  return command.option(
    "--policies <dir>",
    "directory of policy files (*.yaml, *.yml)",
    DEFAULT_POLICIES_DIR,
  );
}

/** The key is read from CURSOR_API_KEY or a file, never from a flag value: flags end up in shell history and process lists. */
export function withConnectionFlags(command: Command): Command {
  return command
    .option(
      "--base-url <url>",
      "Admin API base URL (default: $CURSOR_API_BASE_URL or https://api.cursor.com)",
    )
    .option("--api-key-file <file>", "read the API key from this file instead of $CURSOR_API_KEY")
    .option(
      "--rate-limit <endpoint=per-minute>",
      "pace an endpoint to this many requests a minute, e.g. user-spend-limit=60 (repeatable; default: the documented limits)",
      (value: string, previous: readonly string[] = []) => [...previous, value],
    );
}

export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option("--format <format>", "output format").choices(formats).default(fallback);
}

/** The switches that let a blocked plan through, or block more (plan and apply). */
export interface SafetyFlags {
  readonly allowDeletes?: boolean;
  readonly allowLargeChanges?: boolean;
  readonly strict?: boolean;
}

export function withSafetyFlags(command: Command): Command {
  return command
    .option(
      "--allow-deletes",
      "let deletions beyond a delete threshold (the policy's or the built-in one) through",
    )
    .option(
      "--allow-large-changes",
      "let limit changes beyond the size thresholds (share of members, raise factor) through",
    )
    .option(
      "--strict",
      "block on warnings: an email the policy names that is not on the team, a member's limit a higher directory-group limit overrides",
    );
}

/** The flags as core's PlanSwitches. */
export function safetySwitches(flags: SafetyFlags): {
  allowDeletes: boolean;
  allowLargeChanges: boolean;
  strict: boolean;
} {
  return {
    allowDeletes: flags.allowDeletes ?? false,
    allowLargeChanges: flags.allowLargeChanges ?? false,
    strict: flags.strict ?? false,
  };
}
