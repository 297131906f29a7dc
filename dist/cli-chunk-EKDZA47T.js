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
} from "./cli-chunk-RNMLIJGS.js";
import "./cli-chunk-V2C4JFGT.js";
import "./cli-chunk-QHRFE67Z.js";
import "./cli-chunk-YOY5NVGM.js";
import "./cli-chunk-PAVPMR64.js";
import "./cli-chunk-J3FXLKC5.js";
import "./cli-chunk-4OXB32PD.js";
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
