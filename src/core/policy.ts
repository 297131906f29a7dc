// Loading the policy for commands that go on to talk to the API: errors stop the command before
// any call is made; warnings are passed back for the entry point to show.
import { createHash } from "node:crypto";
import type { DesiredState } from "../model/desired.js";
import { type LoadPolicyDirOptions, loadPolicyDir } from "../policy/load.js";
import type { PolicyProblem } from "../policy/problems.js";
import { PolicyInvalidError } from "./errors.js";

export interface LoadedPolicy {
  readonly desired: DesiredState;
  readonly warnings: readonly PolicyProblem[];
  /** Digest of what the policy means (not of comments or layout): a saved plan records it. */
  readonly digest: string;
}

export async function loadPolicy(
  policiesDir: string,
  options: LoadPolicyDirOptions = {},
): Promise<LoadedPolicy> {
  const result = await loadPolicyDir(policiesDir, options);
  if (!result.ok) throw new PolicyInvalidError(result.problems);
  return {
    desired: result.desired,
    warnings: result.problems,
    digest: digestDesiredState(result.desired),
  };
}

/** sha256 of the desired state with source locations removed: moving a rule between files or
 * editing a comment does not change what the policy means, so it does not invalidate a saved plan. */
export function digestDesiredState(desired: DesiredState): string {
  return createHash("sha256")
    .update(canonicalJson(desired, new Set(["source", "files"])))
    .digest("hex");
}

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown, dropKeys: ReadonlySet<string> = new Set()): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if (dropKeys.has(key)) return undefined;
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      const sorted: Record<string, unknown> = {};
      for (const name of Object.keys(inner).sort())
        sorted[name] = (inner as Record<string, unknown>)[name];
      return sorted;
    }
    return inner;
  });
}
