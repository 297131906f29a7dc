#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  buildLiveState,
  liveLimit,
  readLiveState,
  withGroupMembers
} from "./cli-chunk-LUYXWP5Y.js";
import "./cli-chunk-UPEOBQXJ.js";
import "./cli-chunk-4OXB32PD.js";
export {
  buildLiveState,
  liveLimit,
  readLiveState,
  withGroupMembers
};
