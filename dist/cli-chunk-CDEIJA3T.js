#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  plural
} from "./cli-chunk-V2C4JFGT.js";
import {
  escapeHidden
} from "./cli-chunk-J3FXLKC5.js";

// src/policy/format.ts
var PROBLEMS_FORMAT_VERSION = 1;
function summarizeProblems(problems) {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return { errors, warnings: problems.length - errors };
}
function formatProblems(problems, format) {
  const summary = summarizeProblems(problems);
  if (format === "json") {
    return JSON.stringify({ formatVersion: PROBLEMS_FORMAT_VERSION, problems, summary }, null, 2);
  }
  const blocks = problems.map(formatProblem);
  return [...blocks, summaryLine(summary)].join("\n");
}
function formatProblem(problem) {
  const lines = [
    `${place(problem)} ${problem.severity} ${problem.code}: ${escapeHidden(problem.message)}`
  ];
  if (problem.hint !== void 0) lines.push(`  hint: ${escapeHidden(problem.hint)}`);
  for (const related of problem.related ?? []) {
    lines.push(`  see: ${place(related)} ${escapeHidden(related.message)}`);
  }
  return lines.join("\n");
}
function place(at) {
  const file = escapeHidden(at.file);
  return at.line > 0 ? `${file}:${at.line}:${at.column}` : file;
}
function summaryLine(summary) {
  if (summary.errors === 0 && summary.warnings === 0) return "no problems";
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`;
}

export {
  PROBLEMS_FORMAT_VERSION,
  summarizeProblems,
  formatProblems
};
