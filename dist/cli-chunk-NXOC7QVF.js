#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  planForReview
} from "./cli-chunk-47ST6Q7S.js";
import "./cli-chunk-HQO3PKN4.js";
import "./cli-chunk-GN2E3FF7.js";
import "./cli-chunk-XPFRES5K.js";
import "./cli-chunk-PDWXNEN5.js";
import "./cli-chunk-PR4YQT7K.js";
import "./cli-chunk-EHOJK4PX.js";
import "./cli-chunk-JFXSESHN.js";
import "./cli-chunk-H5JYCXD4.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-YOY5NVGM.js";
import "./cli-chunk-27224AM6.js";
import "./cli-chunk-2ORLFR2B.js";
import "./cli-chunk-AWBLGEXO.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-GO366PNV.js";
import "./cli-chunk-J3FXLKC5.js";
import {
  ExitCode
} from "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-PI3JQBMS.js";
import "./cli-chunk-LA6XIGWA.js";

// src/core/drift.ts
async function detectDrift(desired, reader, options) {
  const { plan, live } = await planForReview(desired, reader, options);
  return { plan, live, drifted: plan.changes.length > 0 };
}
function driftExitCode(outcome, rule) {
  if (!outcome.drifted) return ExitCode.Ok;
  if (rule.failOnDrift) return ExitCode.ChangesPending;
  return rule.reported ? ExitCode.Ok : ExitCode.Error;
}
export {
  detectDrift,
  driftExitCode
};
