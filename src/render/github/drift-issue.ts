// The drift tracking issue: its title, its body (the same from run to run while the drift is the
// same, so an unchanged drift writes nothing: the link to the run that found it is ignored when
// comparing, see src/action/sticky.ts), and the comments that close it.

import type { Plan } from "../../model/plan.js";
import { renderMarkdown } from "../markdown.js";
import { codeSpan } from "../markdown-escape.js";
import { riskFirst } from "../risk-order.js";
import {
  COMMENT_FRAME_RESERVE,
  commitLink,
  fitComment,
  type ReportFrame,
  runLink,
  title,
  wholePlanHint,
} from "./frame.js";
import { shellWord } from "./pull-request.js";
import { COMMENT_MAX_CHARS } from "./size-limits.js";

export function driftIssueTitle(dir: string): string {
  return `Cursor team drifted from the policy in ${dir}`;
}

/** The CLI command that applies this policy directory from a terminal. */
function applyCommand(dir: string): string {
  return `cursor-policy apply --policies ${shellWord(dir)}`;
}

/** The drift, risky changes first, with what to do about it. */
export function driftIssueBody(plan: Plan, frame: ReportFrame): string {
  const footer = [
    "",
    "---",
    "**How to resolve:** either undo the manual change by applying the policy, or adopt it by changing the policy files in a pull request. To apply: run the apply workflow by hand (**Actions** → the apply workflow, *Cursor policy apply* in the examples → **Run workflow**); it plans against the team as it is now and applies that plan once the environment's reviewer approves it. From a terminal: " +
      `${codeSpan(applyCommand(frame.dir))}.`,
    "",
    `<sub>Found at commit ${commitLink(frame.commit)} by this ${runLink(frame)}. This issue is updated while the drift lasts and closed automatically when the team matches the policy again.</sub>`,
    "",
  ].join("\n");
  const body = renderMarkdown(riskFirst(plan, "drift"), {
    title: title("drift", frame.dir),
    mode: "drift",
    maxLength: COMMENT_MAX_CHARS - COMMENT_FRAME_RESERVE - footer.length,
    fullPlanHint: wholePlanHint(frame, "comment"),
  });
  return fitComment(`${frame.marker}\n${body}${footer}`, frame);
}

export function driftClosingComment(frame: ReportFrame): string {
  return `:white_check_mark: The Cursor team matches the policy in ${codeSpan(frame.dir)} again (checked at commit ${commitLink(frame.commit)}${frame.runUrl ? `, [workflow run](${frame.runUrl})` : ""}). Closing.`;
}

/** Posted on a second open drift issue of ours before it is closed in favour of the first. */
export function driftDuplicateComment(keptUrl: string): string {
  return `Closing as a duplicate of ${keptUrl}: cursor-policy keeps one drift issue per policy directory.`;
}
