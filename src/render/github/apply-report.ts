// The outcome of an apply, for the merged pull request's comment and the job summary: what was
// applied, what failed and why, whether it was the reviewed plan, and what is still different
// after reading the team back.

import type { Plan } from "../../model/plan.js";
import { plural } from "../../shared/plural.js";
import { inlineMarkdown, renderMarkdown } from "../markdown.js";
import { codeFence, codeSpan, escapeMarkdown, inTableCell } from "../markdown-escape.js";
import { buildRows, type ChangeRow } from "../rows.js";
import { limitValue } from "../values.js";
import type { ApplyReportInput, ChangeResult, ChangeResultStatus } from "./apply-outcome.js";
import { capitalize, commitLink, fitComment, type ReportFrame, runLink, title } from "./frame.js";
import { type ReviewCheck, reviewSentence, savedPlanSentence } from "./review.js";
import { applySummaryLine, planSummaryLine } from "./summary-line.js";

/** What apply can say about review: the merged pull request's plan, and the saved plan. */
export interface ApplyReview {
  readonly pullRequest: ReviewCheck;
  /** Apply was given a saved plan (`plan-file`) and applied exactly it. */
  readonly savedPlan: boolean;
}

export function applyComment(
  outcome: ApplyReportInput,
  frame: ReportFrame,
  review: ApplyReview,
): string {
  const parts = [frame.marker, applyReport(outcome, frame, "comment", review)];
  return fitComment(parts.join("\n"), frame);
}

/**
 * Posted by the plan job of the apply workflow on the merged pull request: the plan of the merge
 * commit and where to read it before approving, or that there is nothing to apply. The apply
 * job edits the same comment with the outcome.
 */
export function awaitingApprovalComment(
  plan: Plan,
  frame: ReportFrame,
  review: ReviewCheck,
): string {
  const lines = [frame.marker, `### ${escapeMarkdown(title("apply", frame.dir))}`, ""];
  if (plan.changes.length === 0) {
    lines.push(
      ":white_check_mark: **Nothing to apply:** the Cursor team already matches the policy of the merge commit.",
      "",
    );
  } else {
    lines.push(
      `:hourglass: **Waiting for approval:** the plan of the merge commit has ${escapeMarkdown(planSummaryLine(plan))}. It is in the job summary of the ${runLink(frame)}; once a reviewer of the environment approves the apply job there, exactly this plan is applied, and nothing if the team changes before then.`,
      "",
    );
    const reviewLine = reviewSentence(review, "plan");
    if (reviewLine) lines.push(reviewLine, "");
  }
  lines.push(
    `<sub>Fingerprint ${codeSpan(plan.fingerprint.slice(0, 12))} · commit ${commitLink(frame.commit)} · ${runLink(frame)}</sub>`,
    "",
  );
  return fitComment(lines.join("\n"), frame);
}

/** Apply refused: a guardrail blocks the plan. Nothing was changed. */
export function blockedApplyComment(message: string, frame: ReportFrame): string {
  // The violations quote policy text (emails, URLs): a fence longer than any backtick run in it.
  const fence = codeFence(message.split("\n"));
  const lines = [
    frame.marker,
    `### ${escapeMarkdown(title("apply", frame.dir))}`,
    "",
    "> [!CAUTION]",
    `> **Nothing was applied:** the plan breaks a guardrail.`,
    "",
    fence,
    message,
    fence,
    "",
    `<sub>Commit ${commitLink(frame.commit)} · ${runLink(frame)}.</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame);
}

export function applyReport(
  outcome: ApplyReportInput,
  frame: ReportFrame,
  target: "comment" | "summary",
  review: ApplyReview,
): string {
  const lines = [`### ${escapeMarkdown(title("apply", frame.dir))}`, ""];
  const result = outcome.result;
  const left = outcome.verification?.changes.length ?? 0;
  if (outcome.status === "no-changes" || !result) {
    lines.push(
      ":white_check_mark: **Nothing to apply:** the Cursor team already matches the policy.",
      "",
    );
  } else if (result.failed === 0 && left === 0) {
    lines.push(
      `:white_check_mark: **Applied ${plural(result.applied, "change")}.** The team was read back and now matches the policy.`,
      "",
    );
  } else {
    lines.push(
      `:x: **${result.failed > 0 ? `${result.failed} of ${plural(outcome.plan.changes.length, "change")} failed` : "The apply did not fully take"}.** ${capitalize(applySummaryLine(outcome))}. Fix the cause and re-run the job: applying again only sends what is still missing.`,
      "",
    );
  }
  if (outcome.status !== "no-changes") {
    if (review.savedPlan) lines.push(savedPlanSentence(outcome.plan.fingerprint), "");
    const reviewLine = reviewSentence(review.pullRequest);
    if (reviewLine) lines.push(reviewLine, "");
  }
  if (result) {
    lines.push(
      "| Applied | Failed | Skipped |",
      "| ---: | ---: | ---: |",
      `| ${result.applied} | ${result.failed} | ${result.skipped} |`,
      "",
    );
    const rows = buildRows(outcome.plan).changes;
    const failed = result.outcomes.flatMap((o, i) =>
      o.status === "applied" ? [] : [[o, rows[i]] as const],
    );
    if (failed.length > 0) {
      lines.push("**Not applied:**", "", ...resultTable(failed), "");
    }
    const all = result.outcomes.map((o, i) => [o, rows[i]] as const);
    lines.push(
      target === "summary"
        ? "<details open><summary>Every change and its result</summary>"
        : `<details><summary>Every change and its result (${all.length})</summary>`,
      "",
      ...resultTable(all),
      "",
      "</details>",
      "",
    );
  }
  const mismatches = outcome.readBack?.effectiveMismatches ?? [];
  if (mismatches.length > 0) {
    lines.push(
      `:warning: **The API reports ${plural(mismatches.length, "effective limit")} other than the plan promised** (it assumed ${escapeMarkdown(outcome.plan.effectiveLimitRule)}; another rule or a team limit is at work):`,
      "",
      "| Member | Promised | Enforced |",
      "| --- | --- | --- |",
      ...mismatches.map(
        (entry) =>
          `| ${inTableCell(escapeMarkdown(entry.email))} | ${limitValue(entry.promised)} | ${limitValue(entry.actual)} |`,
      ),
      "",
    );
  }
  if (left > 0 && outcome.verification) {
    lines.push(
      "**Still different after re-reading the team** (what did not take):",
      "",
      renderMarkdown(outcome.verification, { title: "Remaining plan", maxLength: 200_000 }),
      "",
    );
  }
  lines.push(
    `<sub>Fingerprint ${codeSpan(outcome.plan.fingerprint.slice(0, 12))} · commit ${commitLink(frame.commit)} · ${runLink(frame)}</sub>`,
    "",
  );
  return lines.join("\n");
}

const STATUS_TEXT: Record<ChangeResultStatus, string> = {
  applied: ":white_check_mark: applied",
  failed: ":x: failed",
  skipped: ":fast_forward: skipped",
};

function resultTable(
  pairs: ReadonlyArray<readonly [ChangeResult, ChangeRow | undefined]>,
): string[] {
  return [
    "| | Change | Result |",
    "| --- | --- | --- |",
    ...pairs.map(([outcome, row]) => {
      const result = outcome.reason
        ? `${STATUS_TEXT[outcome.status]}: ${escapeMarkdown(outcome.reason)}`
        : STATUS_TEXT[outcome.status];
      return `| ${inTableCell(row?.symbol ?? "")} | ${inTableCell(row ? describeRow(row) : escapeMarkdown(outcome.change.key))} | ${inTableCell(result)} |`;
    }),
  ];
}

function describeRow(row: ChangeRow): string {
  if (row.resource === "blocklist") {
    const added = row.lines.filter((l) => l.sign === "+").length;
    const removed = row.lines.length - added;
    return `${row.kind} blocklist ${codeSpan(row.url)} (+${added} −${removed} patterns)`;
  }
  if (row.resource === "directoryGroup") {
    const what = row.kind === "group-members" ? "members of directory group" : "directory group";
    return `${row.kind.replace("group-", "")} ${what} ${codeSpan(row.name)}: ${inlineMarkdown(row.details)}`;
  }
  return `spend limit of ${escapeMarkdown(row.email)}: ${escapeMarkdown(row.before)} → ${escapeMarkdown(row.after)}`;
}
