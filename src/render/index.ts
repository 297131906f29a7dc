// Renderers: pure functions from a Plan to a string. Rows are built once per render (rows.ts);
// text and Markdown only format them; JSON is the Plan itself.

import type { Plan } from "../model/plan.js";
import { renderJson } from "./json.js";
import { type MarkdownOptions, renderMarkdown } from "./markdown.js";
import type { RenderMode } from "./rows.js";
import { renderText } from "./text.js";

export type PlanFormat = "text" | "markdown" | "json";

interface RenderOptions extends Omit<MarkdownOptions, "mode"> {
  /** `plan` (default) or `drift`: the same changes framed as what changed out of band. */
  readonly mode?: RenderMode;
  /** Text only: ANSI colour. The CLI decides (a TTY and no NO_COLOR). */
  readonly color?: boolean;
}

export function renderPlan(plan: Plan, format: PlanFormat, options: RenderOptions = {}): string {
  const mode = options.mode ?? "plan";
  switch (format) {
    case "text":
      return renderText(plan, { color: options.color ?? false, mode });
    case "markdown":
      return renderMarkdown(plan, { ...options, mode });
    case "json":
      return renderJson(plan, mode);
  }
}

export { renderJson } from "./json.js";
export { DEFAULT_MARKDOWN_MAX_LENGTH, GITHUB_COMMENT_LIMIT, renderMarkdown } from "./markdown.js";
export { describeNote } from "./notes.js";
export { renderText } from "./text.js";
export { describeViolation } from "./violations.js";
