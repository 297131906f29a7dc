#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  VERSION
} from "./cli-chunk-W3LY73ZL.js";
import {
  PLAN_FORMAT_VERSION
} from "./cli-chunk-YOY5NVGM.js";
import {
  canonicalJson
} from "./cli-chunk-27224AM6.js";
import {
  StalePlanError,
  outputPathError
} from "./cli-chunk-AWBLGEXO.js";
import {
  safeForOutput
} from "./cli-chunk-MHL6WGYV.js";

// src/core/saved-plan.ts
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";

// src/core/review.ts
import { createHash } from "node:crypto";
function reviewDigest(plan) {
  return {
    fingerprint: plan.fingerprint,
    changes: createHash("sha256").update(canonicalJson(plan.changes.map(sentPart))).digest("hex")
  };
}
function compareReview(reviewed, applied) {
  if (reviewed.fingerprint !== applied.fingerprint) return "live-state-changed";
  return reviewed.changes === applied.changes ? "same" : "changes-differ";
}
function sentPart(change) {
  const { kind, key } = change;
  switch (change.kind) {
    case "create":
      return { kind, key, url: change.url, after: change.after };
    case "update":
      return { kind, key, url: change.url, id: change.id, after: change.after };
    case "delete":
      return { kind, key, url: change.url, id: change.id };
    case "set":
    case "clear":
      return { kind, key, email: change.email, after: change.after };
    case "group-create":
      return { kind, key, name: change.name, limit: change.limit };
    case "group-update":
      return {
        kind,
        key,
        id: change.id,
        name: change.name,
        ...change.limit === void 0 ? {} : { limit: change.limit.after }
      };
    case "group-members":
      return {
        kind,
        key,
        id: change.id ?? null,
        add: change.add.map((member) => member.userId),
        remove: change.remove.map((member) => member.userId)
      };
    case "group-delete":
      return { kind, key, id: change.id };
  }
}

// src/core/saved-plan.ts
var SAVED_PLAN_KIND = "cursor-policy/saved-plan";
function toSavedPlan(plan, policyDigest) {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    toolVersion: VERSION,
    policyDigest,
    plan
  };
}
function savedPlanText(saved) {
  return `${safeForOutput(JSON.stringify(saved, null, 2))}
`;
}
async function writeSavedPlan(file, saved) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, savedPlanText(saved), { mode: 384 });
    await rename(temp, file);
  } catch (error) {
    throw outputPathError(file, error, "--out");
  }
}
async function readSavedPlan(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new StalePlanError(`cannot read the saved plan ${file}: ${code}`, {
      hint: "create it with `cursor-policy plan --out FILE`"
    });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StalePlanError(`the saved plan ${file} is not valid JSON`, {
      hint: "create it again with `cursor-policy plan --out FILE`"
    });
  }
  const schema = await savedPlanSchema();
  if (!schema.validate(data)) {
    const problem = describeSchemaErrors(schema, schema.validate.errors ?? []);
    throw new StalePlanError(
      `${file} is not a cursor-policy saved plan (format version ${PLAN_FORMAT_VERSION})${problem ? `: ${problem}` : ""}`,
      {
        hint: "create it with `cursor-policy plan --out FILE` using this version of cursor-policy"
      }
    );
  }
  return data;
}
var compiled;
function savedPlanSchema() {
  compiled ??= (async () => {
    const [{ default: ajvModule }, { default: planSchema }] = await Promise.all([
      import("./cli-chunk-WLL66A7W.js"),
      import("./cli-chunk-FEJAAJ4P.js")
    ]);
    const envelope = {
      type: "object",
      additionalProperties: false,
      required: ["kind", "formatVersion", "toolVersion", "policyDigest", "plan"],
      properties: {
        kind: { const: SAVED_PLAN_KIND },
        formatVersion: { const: PLAN_FORMAT_VERSION },
        toolVersion: { type: "string" },
        policyDigest: { type: "string", pattern: "^[0-9a-f]{64}$" },
        plan: { $ref: planSchema.$id }
      }
    };
    const ajv = new ajvModule.Ajv({ strict: true, allErrors: true, verbose: true });
    ajv.addSchema(planSchema);
    return { ajv, planSchema, validate: ajv.compile(envelope) };
  })();
  return compiled;
}
function describeSchemaErrors({ ajv, planSchema }, errors) {
  const first = errors.find((e) => e.keyword !== "oneOf");
  if (first === void 0) return void 0;
  const choice = errors.find(
    (e) => e.keyword === "oneOf" && (first.instancePath === e.instancePath || first.instancePath.startsWith(`${e.instancePath}/`))
  );
  if (choice === void 0) return describeSchemaError(first);
  const item = choice.data;
  const kind = isRecord(item) ? item.kind : void 0;
  const definition = Object.entries(planSchema.definitions).find(
    ([, schema]) => isDeepStrictEqual(schema, choice.parentSchema)
  )?.[0];
  const count = Array.isArray(choice.schema) ? choice.schema.length : 0;
  const forms = Array.from({ length: definition === void 0 ? 0 : count }, (_, index) => {
    const check = ajv.getSchema(`${planSchema.$id}#/definitions/${definition}/oneOf/${index}`);
    return check === void 0 ? [] : [{ kind: kindOf(ajv, planSchema, check.schema), check }];
  }).flat();
  if (forms.length === 0) return describeSchemaError(first);
  const named = forms.find((form) => form.kind !== void 0 && form.kind === kind);
  if (named === void 0) {
    const kinds = forms.map((form) => quoted(form.kind)).join(", ");
    return `${choice.instancePath}/kind must be one of ${kinds}, not ${quoted(kind)}`;
  }
  named.check(item);
  const inForm = named.check.errors?.[0];
  return inForm ? describeSchemaError({
    ...inForm,
    instancePath: `${choice.instancePath}${inForm.instancePath}`
  }) : describeSchemaError(first);
}
function kindOf(ajv, planSchema, schema) {
  if (isRecord(schema) && typeof schema.$ref === "string") {
    return kindOf(ajv, planSchema, ajv.getSchema(`${planSchema.$id}${schema.$ref}`)?.schema);
  }
  const properties = isRecord(schema) ? schema.properties : void 0;
  const kind = isRecord(properties) ? properties.kind : void 0;
  return isRecord(kind) ? kind.const : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeSchemaError(error) {
  const where = error.instancePath === "" ? "the top level" : error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `${where} has no "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `${where} has a field this version does not know, "${String(params.additionalProperty)}"`;
    case "const":
      return `${where} must be ${quoted(params.allowedValue)}, not ${quoted(error.data)}`;
    default:
      return `${where} ${error.message ?? "is not valid"} (found ${quoted(error.data)})`;
  }
}
function quoted(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var SavedPlanOutdatedError = class extends StalePlanError {
  constructor(mismatch, message, hint) {
    super(message, { hint });
    this.mismatch = mismatch;
  }
};
function checkSavedPlanStillHolds(saved, fresh, policyDigest) {
  if (saved.policyDigest !== policyDigest) {
    throw new SavedPlanOutdatedError(
      "policy",
      "the policy has changed since the saved plan was made; nothing was applied",
      "run `cursor-policy plan --out FILE` again on the current policy, review it, and apply that"
    );
  }
  const comparison = compareReview(reviewDigest(saved.plan), reviewDigest(fresh));
  if (comparison === "live-state-changed") {
    throw new SavedPlanOutdatedError(
      "live-state",
      `the live state has changed since the saved plan was made (fingerprint ${short(saved.plan.fingerprint)} is now ${short(fresh.fingerprint)}); nothing was applied`,
      "someone changed the team in the meantime: run `cursor-policy plan --out FILE` again, review it, and apply that"
    );
  }
  if (comparison === "changes-differ") {
    throw new SavedPlanOutdatedError(
      "changes",
      "the saved plan's changes differ from a fresh plan of the same policy and live state; nothing was applied",
      "the plan was probably made by another version of cursor-policy: make it again with this version"
    );
  }
}
function short(fingerprint) {
  return fingerprint.slice(0, 12);
}

export {
  SAVED_PLAN_KIND,
  toSavedPlan,
  savedPlanText,
  writeSavedPlan,
  readSavedPlan,
  SavedPlanOutdatedError,
  checkSavedPlanStillHolds
};
