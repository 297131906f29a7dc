#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  canonicalJson,
  digestDesiredState,
  loadPolicy
} from "./cli-chunk-OJCZX34S.js";
import "./cli-chunk-W2IFPYDJ.js";
import "./cli-chunk-M5WIUNGG.js";
import "./cli-chunk-5YM5QFID.js";
import "./cli-chunk-OMEUJNYA.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  canonicalJson,
  digestDesiredState,
  loadPolicy
};
