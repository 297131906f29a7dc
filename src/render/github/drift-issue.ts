// The drift tracking issue: its title, its body (stable across runs while the drift is the same,
// so an unchanged drift writes nothing), and the comments that close it.

import type { Plan } from "../../model/plan.js";
import { renderMarkdown } from "../markdown.js";
import {
  COMMENT_FRAME_RESERVE,
  commitLink,
  fitComment,
  fullPlanHint,
  type ReportFrame,
  title,
} from "./frame.js";
import { COMMENT_MAX_CHARS } from "./size-limits.js";

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

/** Posted on a second open drift issue of ours before it is closed in favour of the first. */
export function driftDuplicateComment(keptUrl: string): string {
  return `Closing as a duplicate of ${keptUrl}: cursor-policy keeps one drift issue per policy directory.`;
}
