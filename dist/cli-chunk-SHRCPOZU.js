#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  buildLiveState,
  liveLimit,
  readDirectoryGroups,
  readLiveState
} from "./cli-chunk-XDUNS5ZU.js";
import "./cli-chunk-RESZX5EK.js";
import "./cli-chunk-EKOBLVTJ.js";
export {
  buildLiveState,
  liveLimit,
  readDirectoryGroups,
  readLiveState
};
