#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  buildLiveState,
  liveLimit,
  readLiveState,
  withGroupMembers
} from "./cli-chunk-EHOJK4PX.js";
import "./cli-chunk-JFXSESHN.js";
import "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-LA6XIGWA.js";
export {
  buildLiveState,
  liveLimit,
  readLiveState,
  withGroupMembers
};
