#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  canonicalJson,
  digestDesiredState,
  loadPolicy
} from "./cli-chunk-27224AM6.js";
import "./cli-chunk-2ORLFR2B.js";
import "./cli-chunk-AWBLGEXO.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-GO366PNV.js";
import "./cli-chunk-J3FXLKC5.js";
import "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-PI3JQBMS.js";
import "./cli-chunk-LA6XIGWA.js";
export {
  canonicalJson,
  digestDesiredState,
  loadPolicy
};
