#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  connect
} from "./cli-chunk-4KCKYQIM.js";
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
  connect
};
