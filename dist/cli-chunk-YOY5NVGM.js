#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);

// src/model/plan.ts
var PLAN_FORMAT_VERSION = 2;
var CHANGE_ORDER = [
  "create",
  "update",
  "group-create",
  "group-update",
  "group-members",
  "set",
  "clear",
  "group-delete",
  "delete"
];

export {
  PLAN_FORMAT_VERSION,
  CHANGE_ORDER
};
