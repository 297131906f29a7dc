// What the Action posts, composed from data: pull request comments, the drift issue, the job
// summary and the one-line `summary` output. Pure: everything comes in as arguments, strings
// come out, always within GitHub's limits. The plan itself is rendered by src/render (one walk
// over the plan); this module frames it (marker, commit, where the full plan is) and adds the
// Action-only parts (policy problems as a table, apply results per change).

import { createHash } from "node:crypto";
import type { ChangeOutcome } from "../apply/apply.js";
import { canonicalJson } from "../core/policy.js";
import type { ApplyOutcome } from "../core/reconcile.js";
import type { Plan } from "../model/plan.js";
import { compareProblems, type PolicyProblem } from "../policy/problems.js";
import { buildRows, renderMarkdown } from "../render/index.js";
import { codeSpan, escapeMarkdown, inTableCell } from "../render/markdown-escape.js";
import type { ChangeRow } from "../render/rows.js";
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, truncateMarkdown, utf8Bytes } from "./limits.js";
import type { MarkerKind } from "./markers.js";

export interface CommitRef {
  readonly sha: string;
  /** Where people can look at it: the commit inside the pull request, or on the branch. */
  readonly url: string;
}

export interface ReportFrame {
  /** The normalised policy directory: "policies". */
  readonly dir: string;
  /** The hidden marker, first line of every comment and issue body. */
  readonly marker: string;
  readonly commit: CommitRef;
  /** This run's page (its job summary); per-run, so kept out of bodies that must stay stable. */
  readonly runUrl: string | undefined;
  /**
   * A stable link to where the full plan can be read (a pull request's checks, the drift
   * workflow's runs), used in bodies compared across runs.
   */
  readonly fullPlanUrl: string | undefined;
  /** Links a problem's file and line at the commit; undefined for a file outside the repo. */
  readonly blobUrl: (file: string, line: number) => string | undefined;
}

/** Room kept free below the comment limit for the marker, the footer and rounding. */
const COMMENT_FRAME_RESERVE = 2_048;
/** Keep the summary clearly under 1 MiB: another step may append to the same job's summary. */
const SUMMARY_BUDGET_BYTES = SUMMARY_MAX_BYTES - 48_576;
/** Problems listed in a comment; the job summary lists them all. */
const COMMENT_PROBLEM_LIMIT = 50;

const TITLES: Record<MarkerKind, string> = {
  plan: "Cursor policy plan",
  apply: "Cursor policy apply",
  drift: "Cursor policy drift",
};

export function title(kind: MarkerKind, dir: string): string {
  return `${TITLES[kind]}: ${dir}`;
}

// ─── one-line summary (the `summary` output and log lines) ──────────────────────────────────

export function planSummaryLine(plan: Plan): string {
  const { summary } = plan;
  if (summary.total === 0)
    return plan.violations.length > 0 ? blockedSuffix(plan, "no changes") : "no changes";
  const parts = (["create", "update", "delete", "set", "clear"] as const)
    .filter((kind) => summary[kind] > 0)
    .map((kind) => `${summary[kind]} ${kind}`);
  return blockedSuffix(plan, `${plural(summary.total, "change")}: ${parts.join(", ")}`);
}

function blockedSuffix(plan: Plan, text: string): string {
  const count = plan.violations.length;
  return count > 0 ? `${text}; blocked by ${plural(count, "guardrail violation")}` : text;
}

export function applySummaryLine(outcome: ApplyOutcome): string {
  if (outcome.status === "no-changes") return "no changes";
  const result = outcome.result;
  if (!result) return `not applied (${outcome.status})`;
  const parts = [`applied ${result.applied} of ${plural(outcome.plan.changes.length, "change")}`];
  if (result.failed > 0) parts.push(`${result.failed} failed`);
  if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
  const left = outcome.verification?.changes.length ?? 0;
  if (left > 0) parts.push(`${plural(left, "change")} still pending after re-reading the team`);
  return parts.join(", ");
}

// ─── the plan comment (pull requests) ───────────────────────────────────────────────────────

export function planComment(plan: Plan, frame: ReportFrame): string {
  const footer = `\n---\n<sub>Planned at commit ${commitLink(frame.commit)}. Edited in place on every push; nothing is changed in Cursor until this is merged and applied.</sub>\n`;
  const body = renderMarkdown(plan, {
    title: title("plan", frame.dir),
    maxLength: COMMENT_MAX_CHARS - COMMENT_FRAME_RESERVE - footer.length,
    fullPlanHint: fullPlanHint(frame.fullPlanUrl),
  });
  return fitComment(`${frame.marker}\n${reviewedStamp(plan)}\n${body}${footer}`, frame.fullPlanUrl);
}

/**
 * What was reviewed, machine-readable, hidden in the plan comment: the fingerprint of the live
 * state and a digest of the changes. Apply reads it back from the merged pull request to say
 * whether it applied exactly the reviewed plan.
 */
export interface ReviewedPlan {
  readonly fingerprint: string;
  readonly changes: string;
}

export function reviewedPlan(plan: Plan): ReviewedPlan {
  return {
    fingerprint: plan.fingerprint,
    changes: createHash("sha256").update(canonicalJson(plan.changes)).digest("hex"),
  };
}

function reviewedStamp(plan: Plan): string {
  const reviewed = reviewedPlan(plan);
  return `<!-- cursor-policy:reviewed fingerprint=${reviewed.fingerprint} changes=${reviewed.changes} -->`;
}

export function readReviewedStamp(body: string | null | undefined): ReviewedPlan | undefined {
  const match =
    /<!-- cursor-policy:reviewed fingerprint=([0-9a-f]{64}) changes=([0-9a-f]{64}) -->/.exec(
      body ?? "",
    );
  return match?.[1] && match[2] ? { fingerprint: match[1], changes: match[2] } : undefined;
}

/** How the applied plan compares with the one reviewed on the merged pull request. */
export type ReviewCheck =
  | { readonly kind: "no-pull-request" }
  | { readonly kind: "no-plan-comment"; readonly pullRequest: number }
  | {
      readonly kind: "compared";
      readonly pullRequest: number;
      readonly reviewed: ReviewedPlan;
      readonly applied: ReviewedPlan;
    };

export function reviewSentence(check: ReviewCheck): string | undefined {
  if (check.kind === "no-pull-request") return undefined;
  if (check.kind === "no-plan-comment") {
    return `:grey_question: No plan comment was found on #${check.pullRequest}, so this apply cannot be compared with a reviewed plan.`;
  }
  const { reviewed, applied } = check;
  if (reviewed.fingerprint === applied.fingerprint && reviewed.changes === applied.changes) {
    return `:white_check_mark: These are exactly the changes reviewed in the plan on #${check.pullRequest} (fingerprint ${codeSpan(applied.fingerprint.slice(0, 12))}).`;
  }
  const why =
    reviewed.fingerprint !== applied.fingerprint
      ? `the live team changed after the plan was reviewed (fingerprint ${codeSpan(reviewed.fingerprint.slice(0, 12))} reviewed, ${codeSpan(applied.fingerprint.slice(0, 12))} applied)`
      : "the policy on the default branch differs from the reviewed branch (another change was merged in between)";
  return `:warning: **This apply differs from the plan reviewed on #${check.pullRequest}:** ${why}. Check the changes below.`;
}

/** The policy does not load: the comment says so and lists the problems instead of a stale plan. */
export function policyInvalidComment(
  kind: MarkerKind,
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
    `<sub>Checked at commit ${commitLink(frame.commit)}. Run \`cursor-policy validate ${frame.dir}\` to check locally.</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame.fullPlanUrl);
}

/** The run failed before a plan could be made (API unreachable, key rejected, ...). */
export function failureComment(
  kind: MarkerKind,
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
    `<sub>At commit ${commitLink(frame.commit)}${frame.runUrl ? ` · [workflow run](${frame.runUrl})` : ""}.</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame.fullPlanUrl);
}

// ─── apply (the merged pull request and the job summary) ────────────────────────────────────

export function applyComment(
  outcome: ApplyOutcome,
  frame: ReportFrame,
  review: ReviewCheck,
): string {
  const parts = [frame.marker, applyReport(outcome, frame, "comment", review)];
  return fitComment(parts.join("\n"), frame.runUrl);
}

/** Apply refused: a guardrail blocks the plan. Nothing was changed. */
export function blockedApplyComment(message: string, frame: ReportFrame): string {
  const lines = [
    frame.marker,
    `### ${escapeMarkdown(title("apply", frame.dir))}`,
    "",
    "> [!CAUTION]",
    `> **Nothing was applied:** the plan breaks a guardrail.`,
    "",
    "```",
    message,
    "```",
    "",
    `<sub>Commit ${commitLink(frame.commit)}${frame.runUrl ? ` · [workflow run](${frame.runUrl})` : ""}.</sub>`,
    "",
  ];
  return fitComment(lines.join("\n"), frame.runUrl);
}

function applyReport(
  outcome: ApplyOutcome,
  frame: ReportFrame,
  target: "comment" | "summary",
  review: ReviewCheck,
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
  const reviewLine = outcome.status === "no-changes" ? undefined : reviewSentence(review);
  if (reviewLine) lines.push(reviewLine, "");
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
  if (left > 0 && outcome.verification) {
    lines.push(
      "**Still different after re-reading the team** (what did not take):",
      "",
      renderMarkdown(outcome.verification, { title: "Remaining plan", maxLength: 200_000 }),
      "",
    );
  }
  lines.push(
    `<sub>Fingerprint ${codeSpan(outcome.plan.fingerprint.slice(0, 12))} · commit ${commitLink(frame.commit)}${frame.runUrl ? ` · [workflow run](${frame.runUrl})` : ""}</sub>`,
    "",
  );
  return lines.join("\n");
}

const STATUS_TEXT: Record<ChangeOutcome["status"], string> = {
  applied: ":white_check_mark: applied",
  failed: ":x: failed",
  skipped: ":fast_forward: skipped",
};

function resultTable(
  pairs: ReadonlyArray<readonly [ChangeOutcome, ChangeRow | undefined]>,
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
  return `spend limit of ${escapeMarkdown(row.email)}: ${escapeMarkdown(row.before)} → ${escapeMarkdown(row.after)}`;
}

// ─── drift (the tracking issue) ─────────────────────────────────────────────────────────────

export function driftIssueTitle(dir: string): string {
  return `Cursor team drifted from the policy in ${dir}`;
}

/** Stable across runs while the drift is the same: no run links, no times. */
export function driftIssueBody(plan: Plan, frame: ReportFrame): string {
  const footer = [
    "",
    "---",
    "**How to resolve:** either undo the manual change by applying the policy (re-run the apply workflow, or `cursor-policy apply`), or adopt it by changing the policy files in a pull request.",
    "",
    `<sub>Policy at commit ${commitLink(frame.commit)}. This issue is updated while the drift lasts and closed automatically when the team matches the policy again.</sub>`,
    "",
  ].join("\n");
  const body = renderMarkdown(plan, {
    title: title("drift", frame.dir),
    mode: "drift",
    maxLength: COMMENT_MAX_CHARS - COMMENT_FRAME_RESERVE - footer.length,
    fullPlanHint: fullPlanHint(frame.fullPlanUrl),
  });
  return fitComment(`${frame.marker}\n${body}${footer}`, frame.fullPlanUrl);
}

export function driftClosingComment(frame: ReportFrame): string {
  return `:white_check_mark: The Cursor team matches the policy in \`${frame.dir}\` again (checked at commit ${commitLink(frame.commit)}${frame.runUrl ? `, [workflow run](${frame.runUrl})` : ""}). Closing.`;
}

// ─── job summaries ──────────────────────────────────────────────────────────────────────────

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
  outcome: ApplyOutcome,
  frame: ReportFrame,
  review: ReviewCheck,
  extras: SummaryExtras,
): string {
  return fitSummary(
    [applyReport(outcome, frame, "summary", review), ...summaryExtras(frame, extras)].join("\n"),
  );
}

export function messageJobSummary(
  kind: MarkerKind,
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

// ─── shared pieces ──────────────────────────────────────────────────────────────────────────

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

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

function commitLink(commit: CommitRef): string {
  return `[\`${shortSha(commit.sha)}\`](${commit.url})`;
}

function fullPlanHint(url: string | undefined): string {
  return url
    ? `the full plan is in the job summary of the [workflow run](${url})`
    : "the full plan is in the job summary of the workflow run";
}

/** The safety net under every comment and issue body: never more than GitHub accepts. */
export function fitComment(body: string, fullUrl: string | undefined): string {
  return truncateMarkdown(
    body,
    COMMENT_MAX_CHARS - 64,
    (omitted) =>
      `> [!NOTE]\n> Cut to fit GitHub's comment limit (${omitted} more lines); ${fullPlanHint(fullUrl)}.`,
  ).text;
}

export function fitSummary(markdown: string): string {
  return truncateMarkdown(
    markdown,
    SUMMARY_BUDGET_BYTES,
    (omitted) =>
      `> [!NOTE]\n> Cut to fit GitHub's 1 MiB job summary limit (${omitted} more lines); the whole plan is in the plan-json file.`,
    utf8Bytes,
  ).text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
