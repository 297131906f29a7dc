#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  connect
} from "./cli-chunk-J7TAUVAI.js";
import "./cli-chunk-NUE4HGFL.js";
import "./cli-chunk-ZH2A67CS.js";
import "./cli-chunk-RESZX5EK.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-HLXK4252.js";
import "./cli-chunk-CX6JMEBD.js";
import "./cli-chunk-BCS24QGU.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  connect
};
