#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  require_ajv
} from "./cli-chunk-PLEXBNOR.js";
import "./cli-chunk-PI3JQBMS.js";
import "./cli-chunk-LA6XIGWA.js";
export default require_ajv();
