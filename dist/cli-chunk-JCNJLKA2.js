#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  SAVED_PLAN_KIND,
  SavedPlanOutdatedError,
  checkSavedPlanStillHolds,
  readSavedPlan,
  savedPlanText,
  toSavedPlan,
  writeSavedPlan
} from "./cli-chunk-67ZVMJXN.js";
import "./cli-chunk-7YADIGFD.js";
import "./cli-chunk-7D7RI7CA.js";
import "./cli-chunk-OJCZX34S.js";
import "./cli-chunk-W2IFPYDJ.js";
import "./cli-chunk-M5WIUNGG.js";
import "./cli-chunk-5YM5QFID.js";
import "./cli-chunk-OMEUJNYA.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  SAVED_PLAN_KIND,
  SavedPlanOutdatedError,
  checkSavedPlanStillHolds,
  readSavedPlan,
  savedPlanText,
  toSavedPlan,
  writeSavedPlan
};
