#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  DEFAULT_MARKDOWN_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  describeNote,
  describeViolation,
  renderJson,
  renderMarkdown,
  renderPlan,
  renderText
} from "./cli-chunk-DEVDQLJG.js";
import "./cli-chunk-V2C4JFGT.js";
import "./cli-chunk-PR4YQT7K.js";
import "./cli-chunk-YOY5NVGM.js";
import "./cli-chunk-GO366PNV.js";
import "./cli-chunk-J3FXLKC5.js";
import "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-LA6XIGWA.js";
export {
  DEFAULT_MARKDOWN_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  describeNote,
  describeViolation,
  renderJson,
  renderMarkdown,
  renderPlan,
  renderText
};
