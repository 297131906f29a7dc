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
} from "./cli-chunk-K4RHMU5Q.js";
import "./cli-chunk-V2C4JFGT.js";
import "./cli-chunk-D7ZCU7I2.js";
import "./cli-chunk-7D7RI7CA.js";
import "./cli-chunk-OMEUJNYA.js";
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
