#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  buildLiveState,
  liveLimit,
  readDirectoryGroups,
  readLiveState
} from "./cli-chunk-GDIHYA6M.js";
import "./cli-chunk-U3D7YCTM.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  buildLiveState,
  liveLimit,
  readDirectoryGroups,
  readLiveState
};
