#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  connect
} from "./cli-chunk-MWH77265.js";
import "./cli-chunk-HQO3PKN4.js";
import "./cli-chunk-XPFRES5K.js";
import "./cli-chunk-PDWXNEN5.js";
import "./cli-chunk-JFXSESHN.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-J3FXLKC5.js";
import "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-LA6XIGWA.js";
export {
  connect
};
