#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  CursorPolicyError,
  ExitCode,
  UsageError
} from "./cli-chunk-SMCOMD7A.js";

// src/core/errors.ts
var PolicyInvalidError = class extends CursorPolicyError {
  problems;
  constructor(problems) {
    const errors = problems.filter((p) => p.severity === "error").length;
    super(
      `the policy has ${errors} error${errors === 1 ? "" : "s"}; nothing was read from or sent to the API`,
      {
        hint: "fix the problems listed above (run `cursor-policy validate` to check offline), then run again"
      }
    );
    this.problems = problems;
  }
};
var StalePlanError = class extends CursorPolicyError {
};
var BlockedError = class extends CursorPolicyError {
  violations;
  constructor(violations) {
    const count = violations.length;
    super(`the plan breaks ${count} guardrail${count === 1 ? "" : "s"}; nothing was applied`, {
      exitCode: ExitCode.Blocked
    });
    this.violations = violations;
  }
};
function outputPathError(target, error, flag) {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : void 0;
  const why = code === "ENOENT" ? "its directory does not exist" : code === "ENOTDIR" ? "a part of the path is a file, not a directory" : code === "EISDIR" ? "it is a directory" : code === "EEXIST" ? "a file or link of that name appeared there while it was being written" : code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error);
  return new UsageError(`cannot write ${target}: ${why}`, {
    hint: `pass ${flag} a path in a directory that exists and you can write to`,
    cause: error
  });
}

export {
  PolicyInvalidError,
  StalePlanError,
  BlockedError,
  outputPathError
};
