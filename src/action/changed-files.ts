// Does this pull request change the policy? Decided by the Action itself (the `paths` input), so
// that the plan workflow can run on every pull request and be a required check: a workflow
// skipped by `on.pull_request.paths` leaves a required check pending forever, while a job that
// runs and finds nothing to plan passes. When GitHub cannot give the whole list (its files API
// stops at 3,000, or the call fails) the answer is "unknown", and the caller plans: a plan too
// many is harmless, a missed one is not.

import { minimatch } from "minimatch";
import type { PullRequestContext } from "./context.js";
import { GitHubApiError } from "./github.js";
import type { RepoApi } from "./repo-api.js";

type PolicyChange =
  | { readonly kind: "changed"; readonly matched: readonly string[] }
  | { readonly kind: "unchanged"; readonly files: number }
  | { readonly kind: "unknown"; readonly reason: string };

/** True when `file` (repository-relative, forward slashes) matches one of the globs. */
function matchesAny(file: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => minimatch(file, pattern, { dot: true }));
}

export async function policyChange(
  api: RepoApi | undefined,
  pr: PullRequestContext,
  patterns: readonly string[],
): Promise<PolicyChange> {
  if (!api) return { kind: "unknown", reason: "there is no github-token to list its files with" };
  let files: Awaited<ReturnType<RepoApi["listPullRequestFiles"]>>;
  try {
    files = await api.listPullRequestFiles(pr.number);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    return { kind: "unknown", reason: `its files could not be listed: ${error.message}` };
  }
  // A rename out of the policy directory changes the policy as much as an edit in it.
  const matched = files
    .flatMap((file) => [file.filename, file.previous_filename])
    .filter((name): name is string => name !== undefined && matchesAny(name, patterns));
  if (matched.length > 0) return { kind: "changed", matched: [...new Set(matched)] };
  if (pr.changedFiles !== undefined && files.length < pr.changedFiles) {
    return {
      kind: "unknown",
      reason: `GitHub listed ${files.length} of its ${pr.changedFiles} changed files`,
    };
  }
  return { kind: "unchanged", files: files.length };
}
