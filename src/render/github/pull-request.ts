// What the Action posts on a pull request before anything is applied: the plan, the policy's
// problems when it does not load, or why no plan could be made. Every piece of user data goes
// through the Markdown escaping in src/render (mentions, HTML and inline syntax neutralised).

import type { Plan } from "../../model/plan.js";
import { compareProblems, type PolicyProblem } from "../../policy/problems.js";
import { plural } from "../../shared/plural.js";
import { renderMarkdown } from "../markdown.js";
import { codeSpan, escapeMarkdown, inTableCell } from "../markdown-escape.js";
import { riskFirst } from "../risk-order.js";
import {
  COMMENT_FRAME_RESERVE,
  commitLink,
  fitComment,
  type ReportFrame,
  type ReportKind,
  runLink,
  title,
  wholePlanHint,
} from "./frame.js";
import { type ReviewedPlan, reviewedStampLine } from "./review.js";
import { COMMENT_MAX_CHARS } from "./size-limits.js";

/** Problems listed in a comment; the job summary lists them all. */
const COMMENT_PROBLEM_LIMIT = 50;

/** The plan, risky changes first; `reviewed` is the stamp apply compares with (src/core/review.ts). */
export function planComment(plan: Plan, reviewed: ReviewedPlan, frame: ReportFrame): string {
  const footer = `\n---\n<sub>Planned at commit ${commitLink(frame.commit)} (${runLink(frame)}). Edited in place on every push; nothing is changed in Cursor until this is merged and applied.</sub>\n`;
  const body = renderMarkdown(riskFirst(plan), {
    title: title("plan", frame.dir),
    maxLength: COMMENT_MAX_CHARS - COMMENT_FRAME_RESERVE - footer.length,
    fullPlanHint: wholePlanHint(frame, "comment"),
  });
  return fitComment(`${frame.marker}\n${reviewedStampLine(reviewed)}\n${body}${footer}`, frame);
}

/**
 * The pull request no longer changes the policy (its policy changes were reverted): the plan
 * comment from before says so instead of showing a plan nobody needs to review.
 */
export function noPolicyChangeComment(patterns: readonly string[], frame: ReportFrame): string {
  const lines = [
    frame.marker,
    `### ${escapeMarkdown(title("plan", frame.dir))}`,
    "",
    `:white_check_mark: **No policy change:** this pull request no longer changes a file matching ${patterns.map(codeSpan).join(", ")}, so there is nothing to plan.`,
    "",
    `<sub>Checked at commit ${commitLink(frame.commit)} (${runLink(frame)}).</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame);
}

/** The policy does not load: the comment says so and lists the problems instead of a stale plan. */
export function policyInvalidComment(
  kind: ReportKind,
  problems: readonly PolicyProblem[],
  frame: ReportFrame,
): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const lines = [
    frame.marker,
    `### ${escapeMarkdown(title(kind, frame.dir))}`,
    "",
    `:x: **The policy has ${plural(errors, "error")}**: nothing was read from or sent to the Cursor API. Fix ${errors === 1 ? "it" : "them"} and push again.`,
    "",
    problemsTable(problems, frame, COMMENT_PROBLEM_LIMIT),
    "",
    `<sub>Checked at commit ${commitLink(frame.commit)} (${runLink(frame)}). Run ${codeSpan(validateCommand(frame.dir))} to check locally.</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame);
}

/** The run failed before a plan could be made (API unreachable, key rejected, ...). */
export function failureComment(
  kind: ReportKind,
  failure: { message: string; hint?: string | undefined },
  frame: ReportFrame,
): string {
  const lines = [
    frame.marker,
    `### ${escapeMarkdown(title(kind, frame.dir))}`,
    "",
    `:x: **${kind === "apply" ? "The apply failed" : "The plan could not be made"}:** ${escapeMarkdown(failure.message)}`,
    "",
    ...(failure.hint ? [`**What to do:** ${escapeMarkdown(failure.hint)}`, ""] : []),
    `<sub>At commit ${commitLink(frame.commit)} (${runLink(frame)}).</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame);
}

export function problemsTable(
  problems: readonly PolicyProblem[],
  frame: ReportFrame,
  limit: number,
): string {
  const sorted = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || compareProblems(a, b),
  );
  const shown = sorted.slice(0, limit);
  const rows = shown.map((p) => {
    const place = p.line > 0 ? `${p.file}:${p.line}${p.column > 0 ? `:${p.column}` : ""}` : p.file;
    const url = frame.blobUrl(p.file, p.line);
    const where = url ? `[${codeSpan(place)}](${url})` : codeSpan(place);
    const what = `${escapeMarkdown(p.message)}${p.hint ? `<br>_Hint:_ ${escapeMarkdown(p.hint)}` : ""}`;
    const severity = p.severity === "error" ? ":x: error" : ":warning: warning";
    return `| ${inTableCell(where)} | ${severity} | ${codeSpan(p.code)} | ${inTableCell(what)} |`;
  });
  const more =
    sorted.length > shown.length
      ? [
          `\n…and ${plural(sorted.length - shown.length, "more problem")}, listed in the job summary.`,
        ]
      : [];
  return [
    "| Where | Severity | Code | Problem |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...more,
  ].join("\n");
}

/** The CLI command that checks this policy directory offline, as a user types it in a shell. */
export function validateCommand(dir: string): string {
  return `cursor-policy validate --policies ${shellWord(dir)}`;
}

/** A word for a POSIX shell: as it is when it is plain, else in single quotes. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._/@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
