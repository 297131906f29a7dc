#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  loadPolicyDir
} from "./cli-chunk-2ORLFR2B.js";
import {
  PolicyInvalidError
} from "./cli-chunk-AWBLGEXO.js";

// src/core/policy.ts
import { createHash } from "node:crypto";
async function loadPolicy(policiesDir, options = {}) {
  const result = await loadPolicyDir(policiesDir, options);
  if (!result.ok) throw new PolicyInvalidError(result.problems);
  return {
    desired: result.desired,
    warnings: result.problems,
    digest: digestDesiredState(result.desired)
  };
}
function digestDesiredState(desired) {
  return createHash("sha256").update(canonicalJson(desired, /* @__PURE__ */ new Set(["source", "files"]))).digest("hex");
}
function canonicalJson(value, dropKeys = /* @__PURE__ */ new Set()) {
  return JSON.stringify(value, (key, inner) => {
    if (dropKeys.has(key)) return void 0;
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      const sorted = {};
      for (const name of Object.keys(inner).sort())
        sorted[name] = inner[name];
      return sorted;
    }
    return inner;
  });
}

export {
  loadPolicy,
  digestDesiredState,
  canonicalJson
};
