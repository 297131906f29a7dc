// What every GitHub post is framed with: the hidden marker, the commit it describes, where the
// full plan can be read, and the safety nets that keep a body within GitHub's limits.

import { codeSpan } from "../markdown-escape.js";
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
  /**
   * This run's page: its job summary and its artifacts. Bodies that are compared from run to run
   * (the plan comment, the drift issue) may carry it: the comparison ignores run ids
   * (src/action/sticky.ts), so the link names the run that wrote what the body says.
   */
  readonly runUrl: string | undefined;
  /**
   * The name the workflow uploads the plan JSON under, as an artifact of this run (the
   * `plan-artifact` input); undefined when it does not say.
   */
  readonly planArtifact: string | undefined;
  /** Links a problem's file and line at the commit; undefined for a file outside the repo. */
  readonly blobUrl: (file: string, line: number) => string | undefined;
}

/** Room kept free below the comment limit for the marker, the footer and rounding. */
export const COMMENT_FRAME_RESERVE = 2_048;
/**
 * GitHub's limit is 1 MiB per step (each step has a summary file of its own); the room kept free
 * is for the line end @actions/core adds and rounding.
 */
export const SUMMARY_BUDGET_BYTES = SUMMARY_MAX_BYTES - 1_024;

const TITLES: Record<ReportKind, string> = {
  plan: "Cursor policy plan",
  apply: "Cursor policy apply",
  drift: "Cursor policy drift",
};

export function title(kind: ReportKind, dir: string): string {
  return `${TITLES[kind]}: ${dir}`;
}

function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

export function commitLink(commit: CommitRef): string {
  return `[\`${shortSha(commit.sha)}\`](${commit.url})`;
}

/** `[workflow run](url)`, or the words alone when the run is not known. */
export function runLink(frame: ReportFrame, text = "workflow run"): string {
  return frame.runUrl ? `[${text}](${frame.runUrl})` : text;
}

/** The plan artifact on the run's page (its Artifacts list), when the workflow uploads one. */
export function artifactLink(frame: ReportFrame): string | undefined {
  if (!frame.planArtifact) return undefined;
  const name = codeSpan(frame.planArtifact);
  return frame.runUrl ? `[${name} artifact](${frame.runUrl}#artifacts)` : `${name} artifact`;
}

/**
 * Where the whole plan can be read, for the note under a plan that was cut: the plan JSON
 * artifact when the workflow uploads one, else the job summary (for a comment) or the
 * `plan-json` file (for the summary itself).
 */
export function wholePlanHint(frame: ReportFrame, place: "comment" | "summary"): string {
  const artifact = artifactLink(frame);
  if (artifact) {
    return place === "comment"
      ? `the whole plan is the ${artifact} (JSON) of the ${runLink(frame)}, whose job summary shows up to 1 MiB of it`
      : `the whole plan is the ${artifact} (JSON) of this ${runLink(frame)}`;
  }
  return place === "comment"
    ? `the full plan is in the job summary of the ${runLink(frame)}`
    : "the whole plan is in the file the `plan-json` output names; upload it as an artifact and name it in `plan-artifact` to link it here (docs/github-action.md)";
}

/** The safety net under every comment and issue body: never more than GitHub accepts. */
export function fitComment(body: string, frame: ReportFrame): string {
  return truncateMarkdown(
    body,
    COMMENT_MAX_CHARS - 64,
    (omitted) =>
      `> [!NOTE]\n> Cut to fit GitHub's comment limit (${omitted} more lines); ${wholePlanHint(frame, "comment")}.`,
  ).text;
}

/** The safety net under every job summary: never more than GitHub's 1 MiB. */
export function fitSummary(markdown: string, frame: ReportFrame): string {
  return truncateMarkdown(
    markdown,
    SUMMARY_BUDGET_BYTES,
    (omitted) =>
      `> [!NOTE]\n> Cut to fit GitHub's 1 MiB job summary limit (${omitted} more lines); ${wholePlanHint(frame, "summary")}.`,
    utf8Bytes,
  ).text;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
