#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  planAgainstLive
} from "./cli-chunk-4LQVKERJ.js";
import "./cli-chunk-ZVQVWWKS.js";
import "./cli-chunk-D7ZCU7I2.js";
import "./cli-chunk-XDUNS5ZU.js";
import "./cli-chunk-67ZVMJXN.js";
import "./cli-chunk-7YADIGFD.js";
import "./cli-chunk-7D7RI7CA.js";
import "./cli-chunk-OJCZX34S.js";
import "./cli-chunk-W2IFPYDJ.js";
import "./cli-chunk-M5WIUNGG.js";
import "./cli-chunk-5YM5QFID.js";
import "./cli-chunk-OMEUJNYA.js";
import "./cli-chunk-NUE4HGFL.js";
import "./cli-chunk-ZH2A67CS.js";
import "./cli-chunk-RESZX5EK.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import {
  ExitCode
} from "./cli-chunk-EKOBLVTJ.js";

// src/core/drift.ts
async function detectDrift(desired, reader, options) {
  const { plan, live } = await planAgainstLive(desired, reader, options);
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
