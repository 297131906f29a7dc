#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);

// src/shared/arrays.ts
function appendAll(into, items) {
  for (const item of items) into.push(item);
}

export {
  appendAll
};
