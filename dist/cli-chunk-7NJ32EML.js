#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  PROBLEMS_FORMAT_VERSION,
  formatProblems,
  summarizeProblems
} from "./cli-chunk-CDEIJA3T.js";
import "./cli-chunk-V2C4JFGT.js";
import {
  loadPolicyDir
} from "./cli-chunk-2ORLFR2B.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-GO366PNV.js";
import {
  escapeHidden
} from "./cli-chunk-J3FXLKC5.js";
import {
  ExitCode
} from "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-PI3JQBMS.js";
import "./cli-chunk-LA6XIGWA.js";

// src/policy/validate-command.ts
async function runValidate(options) {
  const result = await loadPolicyDir(
    options.policiesDir,
    options.displayRoot === void 0 ? {} : { displayRoot: options.displayRoot }
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
        summary
      },
      null,
      2
    );
    return { exitCode, output, result };
  }
  const lines = [];
  if (result.problems.length > 0) lines.push(formatProblems(result.problems, "text"), "");
  lines.push(verdict(options, result, valid));
  return { exitCode, output: lines.join("\n"), result };
}
function verdict(options, result, valid) {
  const dir = escapeHidden(options.policiesDir);
  if (!result.ok) {
    return `${dir}: invalid. Fix the problems above; each names the file, line and column.`;
  }
  if (!valid) {
    return `${dir}: invalid under --strict (warnings count as errors).`;
  }
  return `${dir}: valid. ${describeDesired(result.desired)}`;
}
function describeDesired(desired) {
  const limits = desired.spendLimits;
  const count = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  const parts = [
    count(desired.files.length, "file"),
    `spend limits: ${count(limits.users.length, "user")}, ${count(limits.groups.length, "group")}, ${count(limits.emailPatterns.length, "email pattern")}, ${count(limits.roles.length, "role")}, ${limits.default ? "a default" : "no default"}`,
    `${count(desired.blocklists.length, "repo blocklist")} (prune ${desired.ownership.prune ? "on" : "off"})`,
    ...desired.directoryGroups === void 0 ? [] : [
      `${count(desired.directoryGroups.groups.length, "directory group")} (prune ${desired.directoryGroups.ownership.prune ? "on" : "off"})`
    ]
  ];
  return `${parts.join("; ")}.`;
}
export {
  runValidate
};
