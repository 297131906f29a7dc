// `plan --out FILE` / `apply --plan FILE`: apply exactly what was reviewed. The file carries the
// plan (with the fingerprint of the live state it was computed from) and the digest of the policy;
// apply refuses when either has changed since. It never contains the API key. Reading one checks
// it against schemas/plan.schema.json (ajv), so apply never acts on a plan it half understands.
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Ajv, ErrorObject, ValidateFunction } from "ajv";
import { PLAN_FORMAT_VERSION, type Plan } from "../model/plan.js";
import { safeForOutput } from "../shared/redact.js";
import { VERSION } from "../shared/version.js";
import { outputPathError, StalePlanError } from "./errors.js";
import { compareReview, reviewDigest } from "./review.js";

export const SAVED_PLAN_KIND = "cursor-policy/saved-plan";

export interface SavedPlan {
  readonly kind: typeof SAVED_PLAN_KIND;
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  readonly toolVersion: string;
  readonly policyDigest: string;
  readonly plan: Plan;
}

export function toSavedPlan(plan: Plan, policyDigest: string): SavedPlan {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    toolVersion: VERSION,
    policyDigest,
    plan,
  };
}

/**
 * The file's text: the same for `plan --out` and the Action's `plan-out`. Scrubbed like every
 * output (a server could echo the key into a member's name); hidden characters become JSON
 * escapes, so the plan reads back the same.
 */
export function savedPlanText(saved: SavedPlan): string {
  return `${safeForOutput(JSON.stringify(saved, null, 2))}\n`;
}

export async function writeSavedPlan(file: string, saved: SavedPlan): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, savedPlanText(saved), { mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    throw outputPathError(file, error, "--out");
  }
}

export async function readSavedPlan(file: string): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new StalePlanError(`cannot read the saved plan ${file}: ${code}`, {
      hint: "create it with `cursor-policy plan --out FILE`",
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StalePlanError(`the saved plan ${file} is not valid JSON`, {
      hint: "create it again with `cursor-policy plan --out FILE`",
    });
  }
  const schema = await savedPlanSchema();
  if (!schema.validate(data)) {
    const problem = describeSchemaErrors(schema, schema.validate.errors ?? []);
    throw new StalePlanError(
      `${file} is not a cursor-policy saved plan (format version ${PLAN_FORMAT_VERSION})${problem ? `: ${problem}` : ""}`,
      {
        hint: "create it with `cursor-policy plan --out FILE` using this version of cursor-policy",
      },
    );
  }
  return data;
}

type PlanSchema = typeof import("../../schemas/plan.schema.json");

interface SavedPlanSchema {
  readonly ajv: Ajv;
  readonly planSchema: PlanSchema;
  readonly validate: ValidateFunction<SavedPlan>;
}

let compiled: Promise<SavedPlanSchema> | undefined;

/**
 * Compiled on first use, once per process. Only `apply --plan` reads saved plans, so Ajv and the
 * plan schema are loaded then and not by every other command (a sixth of a short command's
 * start-up: docs/benchmarks.md, cold start).
 */
function savedPlanSchema(): Promise<SavedPlanSchema> {
  compiled ??= (async () => {
    // ajv is CommonJS: its module object is the default export, in Node and in the bundle alike.
    const [{ default: ajvModule }, { default: planSchema }] = await Promise.all([
      import("ajv"),
      import("../../schemas/plan.schema.json", { with: { type: "json" } }),
    ]);
    // The saved-plan file: the plan, exactly as schemas/plan.schema.json describes it, in an
    // envelope naming the policy it was made from. Nothing more is accepted: apply acts on what
    // it reads.
    const envelope = {
      type: "object",
      additionalProperties: false,
      required: ["kind", "formatVersion", "toolVersion", "policyDigest", "plan"],
      properties: {
        kind: { const: SAVED_PLAN_KIND },
        formatVersion: { const: PLAN_FORMAT_VERSION },
        toolVersion: { type: "string" },
        policyDigest: { type: "string", pattern: "^[0-9a-f]{64}$" },
        plan: { $ref: planSchema.$id },
      },
    };
    // allErrors: a change that fits none of the forms is explained by the form its kind names.
    const ajv = new ajvModule.Ajv({ strict: true, allErrors: true, verbose: true });
    ajv.addSchema(planSchema);
    return { ajv, planSchema, validate: ajv.compile<SavedPlan>(envelope) };
  })();
  return compiled;
}

/**
 * The first thing wrong, as a sentence naming the place in the file and the value found there.
 * A change, a note or a violation is one of several forms told apart by its `kind`, and ajv says
 * why each form does not fit; what is worth saying is why the form its kind names does not, or,
 * when no form has that kind, that the kind is unknown.
 */
function describeSchemaErrors(
  { ajv, planSchema }: SavedPlanSchema,
  errors: readonly ErrorObject[],
): string | undefined {
  const first = errors.find((e) => e.keyword !== "oneOf");
  if (first === undefined) return undefined;
  const choice = errors.find(
    (e) =>
      e.keyword === "oneOf" &&
      (first.instancePath === e.instancePath ||
        first.instancePath.startsWith(`${e.instancePath}/`)),
  );
  if (choice === undefined) return describeSchemaError(first);
  const item: unknown = choice.data;
  const kind = isRecord(item) ? item.kind : undefined;
  // The definition holding this choice, so that each form can be checked on its own by pointer.
  const definition = Object.entries(planSchema.definitions).find(([, schema]) =>
    isDeepStrictEqual(schema, choice.parentSchema),
  )?.[0];
  const count = Array.isArray(choice.schema) ? choice.schema.length : 0;
  const forms = Array.from({ length: definition === undefined ? 0 : count }, (_, index) => {
    const check = ajv.getSchema(`${planSchema.$id}#/definitions/${definition}/oneOf/${index}`);
    return check === undefined ? [] : [{ kind: kindOf(ajv, planSchema, check.schema), check }];
  }).flat();
  if (forms.length === 0) return describeSchemaError(first);
  const named = forms.find((form) => form.kind !== undefined && form.kind === kind);
  if (named === undefined) {
    const kinds = forms.map((form) => quoted(form.kind)).join(", ");
    return `${choice.instancePath}/kind must be one of ${kinds}, not ${quoted(kind)}`;
  }
  named.check(item);
  const inForm = named.check.errors?.[0];
  return inForm
    ? describeSchemaError({
        ...inForm,
        instancePath: `${choice.instancePath}${inForm.instancePath}`,
      })
    : describeSchemaError(first);
}

/** The `kind` a form of the plan schema requires (`properties.kind.const`, behind a `$ref`). */
function kindOf(ajv: Ajv, planSchema: PlanSchema, schema: unknown): unknown {
  if (isRecord(schema) && typeof schema.$ref === "string") {
    return kindOf(ajv, planSchema, ajv.getSchema(`${planSchema.$id}${schema.$ref}`)?.schema);
  }
  const properties = isRecord(schema) ? schema.properties : undefined;
  const kind = isRecord(properties) ? properties.kind : undefined;
  return isRecord(kind) ? kind.const : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One schema error as a sentence naming the place in the file and the value found there. */
function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "the top level" : error.instancePath;
  const params: Record<string, unknown> = error.params;
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

/** A value from the file, as JSON and cut short: enough to recognise it. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Why a saved plan can no longer be applied as it is. */
export type SavedPlanMismatch = "policy" | "live-state" | "changes";

/** The saved plan no longer describes what apply would do now: nothing was applied. */
export class SavedPlanOutdatedError extends StalePlanError {
  constructor(
    readonly mismatch: SavedPlanMismatch,
    message: string,
    hint: string,
  ) {
    super(message, { hint });
  }
}

/**
 * Throws unless applying `fresh` (planned just now from `policyDigest` and the live team) does
 * exactly what `saved` said it would. The comparison is src/core/review.ts's, the same the
 * Action uses for a pull request's review stamp: only what apply sends counts, so spend that
 * moved since the plan was made (or a renamed member) does not refuse it.
 */
export function checkSavedPlanStillHolds(
  saved: SavedPlan,
  fresh: Plan,
  policyDigest: string,
): void {
  if (saved.policyDigest !== policyDigest) {
    throw new SavedPlanOutdatedError(
      "policy",
      "the policy has changed since the saved plan was made; nothing was applied",
      "run `cursor-policy plan --out FILE` again on the current policy, review it, and apply that",
    );
  }
  const comparison = compareReview(reviewDigest(saved.plan), reviewDigest(fresh));
  if (comparison === "live-state-changed") {
    throw new SavedPlanOutdatedError(
      "live-state",
      `the live state has changed since the saved plan was made (fingerprint ${short(saved.plan.fingerprint)} is now ${short(fresh.fingerprint)}); nothing was applied`,
      "someone changed the team in the meantime: run `cursor-policy plan --out FILE` again, review it, and apply that",
    );
  }
  // Same policy and same live state give the same plan; compare anyway, so that what is applied
  // is exactly what was reviewed even if a planner change slipped in between.
  if (comparison === "changes-differ") {
    throw new SavedPlanOutdatedError(
      "changes",
      "the saved plan's changes differ from a fresh plan of the same policy and live state; nothing was applied",
      "the plan was probably made by another version of cursor-policy: make it again with this version",
    );
  }
}

function short(fingerprint: string): string {
  return fingerprint.slice(0, 12);
}
