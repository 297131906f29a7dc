#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  DEFAULT_MARKDOWN_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  buildRows,
  describeNote,
  describeViolation,
  renderJson,
  renderMarkdown,
  renderPlan,
  renderText
} from "./cli-chunk-WROB4CQ5.js";
import "./cli-chunk-V2C4JFGT.js";
import "./cli-chunk-4OMLDN3M.js";
import "./cli-chunk-ONLA6K4H.js";
import "./cli-chunk-F2GM7NKI.js";
import "./cli-chunk-BCS24QGU.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  DEFAULT_MARKDOWN_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  buildRows,
  describeNote,
  describeViolation,
  renderJson,
  renderMarkdown,
  renderPlan,
  renderText
};
