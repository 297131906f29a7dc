#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  applyPolicy,
  planAgainstLive,
  planExitCode,
  planForReview
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
import "./cli-chunk-PDWXNEN5.js";
import "./cli-chunk-U3D7YCTM.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  applyPolicy,
  planAgainstLive,
  planExitCode,
  planForReview
};
