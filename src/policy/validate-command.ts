// The core of `cursor-policy validate`: load the policy offline (no key, no network) and say
// whether it is valid. Returns the output and exit code; the CLI prints.

import type { DesiredState } from "../model/desired.js";
import { ExitCode } from "../shared/errors.js";
import { escapeHidden } from "../shared/hidden-characters.js";
import { formatProblems, PROBLEMS_FORMAT_VERSION, summarizeProblems } from "./format.js";
import { loadPolicyDir, type PolicyLoadResult } from "./load.js";

interface ValidateOptions {
  /** The policy directory (or a single policy file). */
  readonly policiesDir: string;
  readonly format: "text" | "json";
  /** Warnings fail validation too. */
  readonly strict: boolean;
  /** See loadPolicyDir. */
  readonly displayRoot?: string;
}

interface ValidateOutcome {
  readonly exitCode: ExitCode;
  readonly output: string;
  readonly result: PolicyLoadResult;
}

export async function runValidate(options: ValidateOptions): Promise<ValidateOutcome> {
  const result = await loadPolicyDir(
    options.policiesDir,
    options.displayRoot === undefined ? {} : { displayRoot: options.displayRoot },
  );
  const summary = summarizeProblems(result.problems);
  const valid = result.ok && (!options.strict || summary.warnings === 0);
  const exitCode = valid ? ExitCode.Ok : ExitCode.Error;

  if (options.format === "json") {
    const output = JSON.stringify(
      {
        formatVersion: PROBLEMS_FORMAT_VERSION,
        valid,
        strict: options.strict,
        files: result.ok ? result.desired.files : [],
        problems: result.problems,
        summary,
      },
      null,
      2,
    );
    return { exitCode, output, result };
  }

  const lines: string[] = [];
  if (result.problems.length > 0) lines.push(formatProblems(result.problems, "text"), "");
  lines.push(verdict(options, result, valid));
  return { exitCode, output: lines.join("\n"), result };
}

function verdict(options: ValidateOptions, result: PolicyLoadResult, valid: boolean): string {
  const dir = escapeHidden(options.policiesDir);
  if (!result.ok) {
    return `${dir}: invalid. Fix the problems above; each names the file, line and column.`;
  }
  if (!valid) {
    return `${dir}: invalid under --strict (warnings count as errors).`;
  }
  return `${dir}: valid. ${describeDesired(result.desired)}`;
}

/** A one-line census, so a reviewer sees at a glance what was understood. */
function describeDesired(desired: DesiredState): string {
  const limits = desired.spendLimits;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const parts = [
    count(desired.files.length, "file"),
    `spend limits: ${count(limits.users.length, "user")}, ${count(limits.groups.length, "group")}, ${count(limits.emailPatterns.length, "email pattern")}, ${count(limits.roles.length, "role")}, ${limits.default ? "a default" : "no default"}`,
    `${count(desired.blocklists.length, "repo blocklist")} (prune ${desired.ownership.prune ? "on" : "off"})`,
    ...(desired.directoryGroups === undefined
      ? []
      : [
          `${count(desired.directoryGroups.groups.length, "directory group")} (prune ${desired.directoryGroups.ownership.prune ? "on" : "off"})`,
        ]),
  ];
  return `${parts.join("; ")}.`;
}
