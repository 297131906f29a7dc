#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  canonicalJson,
  digestDesiredState,
  loadPolicy
} from "./cli-chunk-SJVXFV6M.js";
import "./cli-chunk-E3NQTG6C.js";
import "./cli-chunk-M5WIUNGG.js";
import "./cli-chunk-NAG6OTUP.js";
import "./cli-chunk-F2GM7NKI.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  canonicalJson,
  digestDesiredState,
  loadPolicy
};
