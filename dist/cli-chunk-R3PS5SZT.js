#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  applyPolicy,
  planAgainstLive,
  planExitCode,
  planForReview
} from "./cli-chunk-D7LJFDKT.js";
import "./cli-chunk-F3BFLHQ2.js";
import "./cli-chunk-QHRFE67Z.js";
import "./cli-chunk-LUYXWP5Y.js";
import "./cli-chunk-45VTGZBM.js";
import "./cli-chunk-J2SAHCJY.js";
import "./cli-chunk-YOY5NVGM.js";
import "./cli-chunk-DDQQOJPC.js";
import "./cli-chunk-IZYJ6SUW.js";
import "./cli-chunk-OGZFQBQM.js";
import "./cli-chunk-ITN7XJPQ.js";
import "./cli-chunk-PAVPMR64.js";
import "./cli-chunk-V3LYRQFI.js";
import "./cli-chunk-XPFRES5K.js";
import "./cli-chunk-PDWXNEN5.js";
import "./cli-chunk-UPEOBQXJ.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-J3FXLKC5.js";
import "./cli-chunk-4OXB32PD.js";
export {
  applyPolicy,
  planAgainstLive,
  planExitCode,
  planForReview
};
