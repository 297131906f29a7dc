#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  attributePlan,
  planAgainstLive
} from "./cli-chunk-QJELIPM5.js";
import "./cli-chunk-MEZPPLRE.js";
import "./cli-chunk-4OMLDN3M.js";
import "./cli-chunk-GDIHYA6M.js";
import "./cli-chunk-PF35VURC.js";
import "./cli-chunk-7YADIGFD.js";
import "./cli-chunk-ONLA6K4H.js";
import "./cli-chunk-SJVXFV6M.js";
import "./cli-chunk-E3NQTG6C.js";
import "./cli-chunk-M5WIUNGG.js";
import "./cli-chunk-NAG6OTUP.js";
import "./cli-chunk-F2GM7NKI.js";
import "./cli-chunk-CTLROYIP.js";
import "./cli-chunk-XPFRES5K.js";
import {
  systemClock
} from "./cli-chunk-PDWXNEN5.js";
import "./cli-chunk-U3D7YCTM.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import {
  ExitCode
} from "./cli-chunk-EKOBLVTJ.js";

// src/core/drift.ts
async function detectDrift(desired, reader, options) {
  const planned = await planAgainstLive(desired, reader, options);
  const plan = await attributePlan(planned.plan, planned.live, reader, {
    clock: options.clock ?? systemClock
  });
  return { plan, live: planned.live, drifted: plan.changes.length > 0 };
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
