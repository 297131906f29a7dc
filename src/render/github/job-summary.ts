// The job summary (GITHUB_STEP_SUMMARY) of each command: the plan or the apply outcome, then
// the policy's problems, where the plan JSON is, and what was posted. Within GitHub's 1 MiB.

import type { Plan } from "../../model/plan.js";
import type { PolicyProblem } from "../../policy/problems.js";
import { plural } from "../../shared/plural.js";
import { renderMarkdown } from "../markdown.js";
import { codeFence, codeSpan, escapeMarkdown } from "../markdown-escape.js";
import type { ApplyReportInput } from "./apply-outcome.js";
import { applyReport } from "./apply-report.js";
import {
  fitSummary,
  type ReportFrame,
  type ReportKind,
  SUMMARY_BUDGET_BYTES,
  title,
} from "./frame.js";
import { problemsTable } from "./pull-request.js";
import type { ReviewCheck } from "./review.js";

export interface SummaryExtras {
  /** Policy warnings (and errors, when the policy does not load). */
  readonly problems: readonly PolicyProblem[];
  /** How many of `problems` did not fit in GitHub's annotations. */
  readonly unannotated: number;
  readonly planJsonPath?: string | undefined;
  /** Lines about what was posted: "Comment updated: URL". */
  readonly posted: readonly string[];
}

export function planJobSummary(
  plan: Plan,
  mode: "plan" | "drift",
  frame: ReportFrame,
  extras: SummaryExtras,
): string {
  const plain = renderMarkdown(plan, {
    title: title(mode, frame.dir),
    mode,
    commit: frame.commit.sha,
    maxLength: SUMMARY_BUDGET_BYTES / 2,
    fullPlanHint: extras.planJsonPath
      ? `the whole plan is in the plan-json file (${extras.planJsonPath}); upload it as an artifact to keep it`
      : "run `cursor-policy plan` locally for the whole plan",
  });
  return fitSummary([plain, ...summaryExtras(frame, extras)].join("\n"));
}

export function applyJobSummary(
  outcome: ApplyReportInput,
  frame: ReportFrame,
  review: ReviewCheck,
  extras: SummaryExtras,
): string {
  return fitSummary(
    [applyReport(outcome, frame, "summary", review), ...summaryExtras(frame, extras)].join("\n"),
  );
}

export function messageJobSummary(
  kind: ReportKind,
  frame: ReportFrame,
  markdown: string,
  extras: SummaryExtras,
): string {
  return fitSummary(
    [
      `### ${escapeMarkdown(title(kind, frame.dir))}`,
      "",
      markdown,
      "",
      ...summaryExtras(frame, extras),
    ].join("\n"),
  );
}

function summaryExtras(frame: ReportFrame, extras: SummaryExtras): string[] {
  const lines: string[] = [];
  if (extras.problems.length > 0) {
    const errors = extras.problems.filter((p) => p.severity === "error").length;
    lines.push(
      `#### Policy problems: ${plural(errors, "error")}, ${plural(extras.problems.length - errors, "warning")}`,
      "",
    );
    if (extras.unannotated > 0) {
      lines.push(
        `GitHub shows at most 10 annotations of each kind per step; ${plural(extras.unannotated, "problem")} ${extras.unannotated === 1 ? "is" : "are"} listed only here.`,
        "",
      );
    }
    lines.push(problemsTable(extras.problems, frame, Number.POSITIVE_INFINITY), "");
  }
  if (extras.planJsonPath)
    lines.push(`Plan JSON: ${codeSpan(extras.planJsonPath)} (the \`plan-json\` output).`, "");
  for (const line of extras.posted) lines.push(`${line}  `);
  return lines;
}

/** Why the run stopped, for the job summary: a guardrail, or an error with what to do. */
export function failureMarkdown(
  failure: { message: string; hint?: string | undefined },
  blocked: boolean,
): string {
  if (blocked) {
    const lines = failure.message.split("\n");
    const fence = codeFence(lines);
    return `> [!CAUTION]\n> **Nothing was applied: the plan breaks a guardrail.**\n\n${fence}\n${lines.join("\n")}\n${fence}`;
  }
  return `:x: **${escapeMarkdown(failure.message)}**${failure.hint ? `\n\n**What to do:** ${escapeMarkdown(failure.hint)}` : ""}`;
}
