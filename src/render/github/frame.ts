// What every GitHub post is framed with: the hidden marker, the commit it describes, where the
// full plan can be read, and the safety nets that keep a body within GitHub's limits.

import {
  COMMENT_MAX_CHARS,
  SUMMARY_MAX_BYTES,
  truncateMarkdown,
  utf8Bytes,
} from "./size-limits.js";

/** The three things the Action posts about: a plan, an apply, drift. */
export type ReportKind = "plan" | "apply" | "drift";

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
export const COMMENT_FRAME_RESERVE = 2_048;
/** Keep the summary clearly under 1 MiB: another step may append to the same job's summary. */
export const SUMMARY_BUDGET_BYTES = SUMMARY_MAX_BYTES - 48_576;

const TITLES: Record<ReportKind, string> = {
  plan: "Cursor policy plan",
  apply: "Cursor policy apply",
  drift: "Cursor policy drift",
};

export function title(kind: ReportKind, dir: string): string {
  return `${TITLES[kind]}: ${dir}`;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function commitLink(commit: CommitRef): string {
  return `[\`${shortSha(commit.sha)}\`](${commit.url})`;
}

export function fullPlanHint(url: string | undefined): string {
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

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
