// The job summary (GITHUB_STEP_SUMMARY) of each command: the plan or the apply outcome, then
// the policy's problems, where the plan JSON is, and what was posted. Within GitHub's 1 MiB.

import type { Plan } from "../../model/plan.js";
import type { PolicyProblem } from "../../policy/problems.js";
import { plural } from "../../shared/plural.js";
import { renderMarkdown } from "../markdown.js";
import { codeFence, codeSpan, escapeMarkdown } from "../markdown-escape.js";
import { riskFirst } from "../risk-order.js";
import type { ApplyReportInput } from "./apply-outcome.js";
import { type ApplyReview, applyReport } from "./apply-report.js";
import {
  artifactLink,
  fitSummary,
  type ReportFrame,
  type ReportKind,
  SUMMARY_BUDGET_BYTES,
  title,
  wholePlanHint,
} from "./frame.js";
import { problemsTable } from "./pull-request.js";
import { type ReviewCheck, reviewSentence } from "./review.js";
import { utf8Bytes } from "./size-limits.js";

export interface SummaryExtras {
  /** Policy warnings (and errors, when the policy does not load). */
  readonly problems: readonly PolicyProblem[];
  /** How many of `problems` did not fit in GitHub's annotations. */
  readonly unannotated: number;
  readonly planJsonPath?: string | undefined;
  /** The saved plan written for `plan-out`, which an apply given it as `plan-file` applies. */
  readonly savedPlanPath?: string | undefined;
  /** How the plan compares with the one reviewed on the merged pull request. */
  readonly review?: ReviewCheck | undefined;
  /** Lines about what was posted: "Comment updated: URL". */
  readonly posted: readonly string[];
}

/**
 * The plan (risky changes first) in as much of GitHub's 1 MiB as the rest of the summary leaves:
 * the renderer counts characters, the limit counts UTF-8 bytes, so a plan with many non-ASCII
 * names is rendered again a little shorter until it fits.
 */
export function planJobSummary(
  plan: Plan,
  mode: "plan" | "drift",
  frame: ReportFrame,
  extras: SummaryExtras,
): string {
  // What the approver needs first (the comparison with the review, the saved plan), then the plan,
  // then the rest; the plan gets whatever the other two leave.
  const head = summaryPreface(frame, extras).join("\n");
  const tail = summaryExtras(frame, extras).join("\n");
  const budget = SUMMARY_BUDGET_BYTES - utf8Bytes(head) - utf8Bytes(tail) - 2;
  const ordered = riskFirst(plan, mode);
  const render = (maxLength: number) =>
    renderMarkdown(ordered, {
      title: title(mode, frame.dir),
      mode,
      commit: frame.commit.sha,
      maxLength: Math.max(0, maxLength),
      fullPlanHint: wholePlanHint(frame, "summary"),
    });
  let maxLength = budget;
  let markdown = render(maxLength);
  for (let attempt = 0; attempt < 4 && utf8Bytes(markdown) > budget; attempt += 1) {
    maxLength -= utf8Bytes(markdown) - budget;
    markdown = render(maxLength);
  }
  // Under the plan's heading (its first line).
  const afterHeading = markdown.startsWith("### ") ? markdown.indexOf("\n") + 1 : 0;
  const withHead = head
    ? `${markdown.slice(0, afterHeading)}\n${head}${markdown.slice(afterHeading)}`
    : markdown;
  return fitSummary(`${withHead}\n${tail}`, frame);
}

export function applyJobSummary(
  outcome: ApplyReportInput,
  frame: ReportFrame,
  review: ApplyReview,
  extras: SummaryExtras,
): string {
  return fitSummary(
    [applyReport(outcome, frame, "summary", review), ...summaryExtras(frame, extras)].join("\n"),
    frame,
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
    frame,
  );
}

/** Before the plan: how it compares with the reviewed one, and that it was saved for apply. */
function summaryPreface(frame: ReportFrame, extras: SummaryExtras): string[] {
  const lines: string[] = [];
  const reviewLine = extras.review ? reviewSentence(extras.review, "plan") : undefined;
  if (reviewLine) lines.push(reviewLine, "");
  if (extras.savedPlanPath) {
    const artifact = artifactLink(frame);
    lines.push(
      `:lock: **Saved plan:** ${codeSpan(extras.savedPlanPath)}${artifact ? `, uploaded as the ${artifact}` : ""}. An apply given this file as \`plan-file\` applies exactly these changes (in the example workflow, once a reviewer of its environment approves the apply job) and refuses with exit code 1 if the team or the policy changed in between.`,
      "",
    );
  }
  return lines;
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
  if (extras.planJsonPath) {
    const artifact = artifactLink(frame);
    lines.push(
      `Plan JSON: ${codeSpan(extras.planJsonPath)} (the \`plan-json\` output)${artifact ? `; the whole plan is also the ${artifact} of this run` : ""}.`,
      "",
    );
  }
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
