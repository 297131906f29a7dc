// Reads an EmulatorState out of untrusted JSON (a state file someone edited by hand, a PUT to the
// control surface) and reports every problem at once, each naming the field, so one run of the
// emulator tells the user everything to fix. The shape is checked by ajv against the published
// schemas/emulator-state.schema.json (editors can use it too); what a schema cannot say —
// unique ids and emails, group members that are members — is checked here. Unknown fields are
// problems too: a misspelt `monthlyLimit` would otherwise be silently ignored and the member
// would have no limit.

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import stateSchema from "../../schemas/emulator-state.schema.json" with { type: "json" };
import { normalizeEmail } from "../shared/normalize.js";
import { EmulatorStateError } from "./errors.js";
import type { EmulatorState } from "./types.js";

type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short description of a bad value for messages: `got "abc"`, `got an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The objects of the array at `key` (anything else in it is skipped: the schema reports it). */
function objectsAt(parent: unknown, key: string): Json[] {
  const list = isRecord(parent) ? parent[key] : undefined;
  return Array.isArray(list) ? list.map((item) => (isRecord(item) ? item : {})) : [];
}

/** A string field, or "" when it is not one (the schema reports it). */
function textOf(item: Json, field: string): string {
  const value = item[field];
  return typeof value === "string" ? value : "";
}

/** Reports values that must be unique but repeat: `members[4].email: same as members[1].email`. */
function checkUnique(
  problems: string[],
  items: readonly Json[],
  listPath: string,
  field: string,
  keyOf: (text: string) => string = (text) => text,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(textOf(item, field));
    if (key === "") return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push(`${listPath}[${index}].${field}: same as ${listPath}[${first}].${field}`);
  });
}

let compiled: ValidateFunction<EmulatorState> | undefined;

/**
 * The compiled schema, once per process. Strict mode (a mistake in the schema throws); the
 * schema's own `expected` keyword words each value's requirement for the messages below.
 */
function stateValidator(): ValidateFunction<EmulatorState> {
  if (compiled === undefined) {
    const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, allowUnionTypes: true });
    ajv.addKeyword({ keyword: "expected", schemaType: "string" });
    compiled = ajv.compile<EmulatorState>(stateSchema);
  }
  return compiled;
}

/** `/members/3/email` -> `members[3].email` (array indices in brackets, as the docs show). */
function fieldPath(pointer: string, data: unknown): string {
  let path = "";
  let at: unknown = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      path += `[${segment}]`;
      at = at[Number(segment)];
    } else {
      path = path === "" ? segment : `${path}.${segment}`;
      at = isRecord(at) ? at[segment] : undefined;
    }
  }
  return path;
}

function childPointer(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** A schema's own `expected` wording, following a local `$ref` once. */
function expectedOf(schema: unknown): string | undefined {
  if (!isRecord(schema)) return undefined;
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith("#/definitions/")) {
    return expectedOf(Reflect.get(stateSchema.definitions, ref.slice("#/definitions/".length)));
  }
  return typeof schema.expected === "string" ? schema.expected : undefined;
}

function propertiesOf(schema: unknown): Json {
  return isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
}

interface Problem {
  readonly pointer: string;
  readonly text: string;
}

/** One ajv error as `<field path>: <what is wrong>`, in the wording of the old hand-written reader. */
function describeError(error: ErrorObject, data: unknown): Problem {
  const { params, parentSchema, instancePath } = error;
  if (error.keyword === "required" && typeof params.missingProperty === "string") {
    const pointer = childPointer(instancePath, params.missingProperty);
    const expected = expectedOf(propertiesOf(parentSchema)[params.missingProperty]);
    return {
      pointer,
      text: `${fieldPath(pointer, data)}: missing${expected === undefined ? "" : ` (expected ${expected})`}`,
    };
  }
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    const pointer = childPointer(instancePath, params.additionalProperty);
    const allowed = Object.keys(propertiesOf(parentSchema)).join(", ");
    return {
      pointer,
      text: `${fieldPath(pointer, data)}: unknown field (expected one of ${allowed})`,
    };
  }
  const expected = expectedOf(parentSchema) ?? error.message ?? "something else";
  const path = fieldPath(instancePath, data);
  const text = `expected ${expected}, got ${describeValue(error.data)}`;
  return { pointer: instancePath, text: path === "" ? text : `${path}: ${text}` };
}

/**
 * Where a pointer's value sits in the document: array indices, and for object keys their
 * position among the object's keys (a missing key after the present ones). Problems are listed
 * in this order, top to bottom, whatever order ajv found them in.
 */
function documentOrder(pointer: string, data: unknown): number[] {
  const order: number[] = [];
  let at: unknown = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      order.push(Number(segment));
      at = at[Number(segment)];
    } else {
      const keys = isRecord(at) ? Object.keys(at) : [];
      const index = keys.indexOf(segment);
      order.push(index === -1 ? keys.length : index);
      at = isRecord(at) ? at[segment] : undefined;
    }
  }
  return order;
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

function schemaProblems(errors: readonly ErrorObject[], data: unknown): string[] {
  const seen = new Set<string>();
  const problems: Array<Problem & { order: number[] }> = [];
  for (const error of errors) {
    const problem = describeError(error, data);
    // One message per field: a value that fails several keywords is one thing to fix.
    if (seen.has(problem.pointer)) continue;
    seen.add(problem.pointer);
    problems.push({ ...problem, order: documentOrder(problem.pointer, data) });
  }
  return problems.sort((a, b) => compareOrder(a.order, b.order)).map((p) => p.text);
}

/**
 * What the schema cannot say: unique keys, and group members that are members. Reads the value
 * defensively, so that these problems are reported together with the schema's.
 */
function crossProblems(state: Json): string[] {
  const problems: string[] = [];
  const members = objectsAt(state, "members");
  checkUnique(problems, members, "members", "id");
  checkUnique(problems, members, "members", "email", normalizeEmail);
  const blocklists = objectsAt(state, "blocklists");
  checkUnique(problems, blocklists, "blocklists", "id");
  checkUnique(problems, blocklists, "blocklists", "url");
  const groups = objectsAt(state, "directoryGroups");
  checkUnique(problems, groups, "directoryGroups", "id");
  checkUnique(problems, groups, "directoryGroups", "name", (name) => name.trim().toLowerCase());
  const memberIds = new Set(members.map((m) => textOf(m, "id")));
  groups.forEach((group, index) => {
    const ids = Array.isArray(group.memberIds) ? group.memberIds : [];
    const seen = new Set<unknown>();
    ids.forEach((id: unknown, position) => {
      if (typeof id !== "string") return;
      const at = `directoryGroups[${index}].memberIds[${position}]`;
      if (!memberIds.has(id)) problems.push(`${at}: no member has the id ${JSON.stringify(id)}`);
      else if (seen.has(id)) problems.push(`${at}: ${JSON.stringify(id)} is listed twice`);
      seen.add(id);
    });
  });
  checkUnique(problems, objectsAt(state, "apiKeys"), "apiKeys", "key");
  checkUnique(problems, objectsAt(state, "auditLog"), "auditLog", "event_id");
  return problems;
}

/**
 * Checks `value` and returns it as an EmulatorState (a fresh copy), or throws an
 * EmulatorStateError naming `source` (a file path, "setState()", ...) and every bad field.
 */
export function parseEmulatorState(value: unknown, source: string): EmulatorState {
  if (!isRecord(value)) {
    throw new EmulatorStateError(source, [
      `expected a JSON object at the top level, got ${describeValue(value)}`,
    ]);
  }
  const validate = stateValidator();
  const valid = validate(value);
  const problems = [
    ...(valid ? [] : schemaProblems(validate.errors ?? [], value)),
    ...crossProblems(value),
  ];
  if (!valid || problems.length > 0) throw new EmulatorStateError(source, problems);
  return structuredClone(value);
}
