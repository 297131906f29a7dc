// Readers for checking response bodies (JSON) at the boundary. Each knows where it is in the body
// (`teamMemberSpend[3].spendCents`) so a bad value is reported by its path; the request path
// turns a ShapeError into a ProtocolError naming the endpoint. Unknown extra fields are ignored.

import type { JsonValue } from "./types.js";

/** A value that is not what the contract allows. */
export class ShapeError extends Error {
  constructor(
    readonly fieldPath: string,
    readonly problem: string,
  ) {
    super(`${fieldPath === "" ? "" : `${fieldPath}: `}${problem}`);
    this.name = "ShapeError";
  }
}

/** How a value is shown in a message: short, and never a whole object. */
function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  return "an object";
}

/** Deepest nesting a free-form JSON field (audit-log event data) may have. */
export const MAX_JSON_DEPTH = 64;

function childPath(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** A value at a path, not yet checked. */
export class At {
  constructor(
    readonly value: unknown,
    readonly path: string,
  ) {}

  fail(expected: string): never {
    const got =
      this.path === "" && this.value === undefined ? "an empty body" : describeValue(this.value);
    throw new ShapeError(this.path, `expected ${expected}, got ${got}`);
  }

  object(): Fields {
    if (!isRecord(this.value)) this.fail("an object");
    return new Fields(this.value, this.path);
  }

  array<T>(item: (at: At) => T): T[] {
    if (!Array.isArray(this.value)) this.fail("an array");
    return this.value.map((value, index) => item(new At(value, `${this.path}[${index}]`)));
  }

  string(): string {
    if (typeof this.value !== "string") this.fail("a string");
    return this.value;
  }

  number(): number {
    if (!isNumber(this.value)) this.fail("a number");
    return this.value;
  }

  boolean(): boolean {
    if (typeof this.value !== "boolean") this.fail("true or false");
    return this.value;
  }

  /** Ids were numbers in an older revision and strings later: both become strings. */
  id(): string {
    if (typeof this.value === "string" && this.value !== "") return this.value;
    if (isNumber(this.value)) return String(this.value);
    return this.fail("an id (a string or a number)");
  }

  /** Epoch ms as a number, a string of digits (usage events) or an ISO date string. */
  timestamp(): number {
    if (isNumber(this.value)) return this.value;
    if (typeof this.value === "string") {
      const text = this.value.trim();
      if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
      const parsed = Date.parse(text);
      if (text !== "" && Number.isFinite(parsed)) return parsed;
    }
    return this.fail("a timestamp (epoch milliseconds or an ISO date)");
  }

  /**
   * Any JSON value, copied. Nesting is capped at MAX_JSON_DEPTH: a fuzz test found that a body
   * nested a few thousand levels deep (which JSON.parse accepts) overflowed the stack here, a
   * crash instead of a clean error.
   */
  json(depth = 0): JsonValue {
    const value = this.value;
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (isNumber(value)) return value;
    if (depth >= MAX_JSON_DEPTH && typeof value === "object") {
      return this.fail(`JSON nested at most ${MAX_JSON_DEPTH} levels deep`);
    }
    if (Array.isArray(value)) return this.array((at) => at.json(depth + 1));
    if (isRecord(value)) {
      const result: { [key: string]: JsonValue } = {};
      for (const [key, child] of Object.entries(value)) {
        result[key] = new At(child, childPath(this.path, key)).json(depth + 1);
      }
      return result;
    }
    return this.fail("a JSON value");
  }
}

/** An object's fields, read by name. `optional*` readers treat an absent field as undefined. */
export class Fields {
  constructor(
    readonly record: Readonly<Record<string, unknown>>,
    readonly path: string,
  ) {}

  /** True when the field is present, even as null. */
  has(key: string): boolean {
    return Object.hasOwn(this.record, key);
  }

  at(key: string): At {
    // Own fields only: a body's "constructor" is not Object.prototype's.
    return new At(this.has(key) ? this.record[key] : undefined, childPath(this.path, key));
  }

  /** The first of several spellings that is present (e.g. a documented typo and the right one). */
  firstPresent(...keys: string[]): string | undefined {
    return keys.find((key) => this.has(key));
  }

  string(key: string): string {
    return this.at(key).string();
  }

  number(key: string): number {
    return this.at(key).number();
  }

  optionalString(key: string): string | undefined {
    return this.#optional(key, (at) => at.string());
  }

  optionalNumber(key: string): number | undefined {
    return this.#optional(key, (at) => at.number());
  }

  optionalBoolean(key: string): boolean | undefined {
    return this.#optional(key, (at) => at.boolean());
  }

  optionalId(key: string): string | undefined {
    return this.#optional(key, (at) => at.id());
  }

  /** undefined when absent, null when sent as null, else a number. */
  nullableNumber(key: string): number | null | undefined {
    if (!this.has(key)) return undefined;
    const at = this.at(key);
    return at.value === null ? null : at.number();
  }

  array<T>(key: string, item: (at: At) => T): T[] {
    return this.at(key).array(item);
  }

  optionalArray<T>(key: string, item: (at: At) => T): T[] | undefined {
    return this.#optional(key, (at) => at.array(item));
  }

  object(key: string): Fields {
    return this.at(key).object();
  }

  optionalObject(key: string): Fields | undefined {
    return this.#optional(key, (at) => at.object());
  }

  /** Absent and null both read as undefined: optional fields are sometimes sent as null. */
  #optional<T>(key: string, read: (at: At) => T): T | undefined {
    const at = this.at(key);
    if (at.value === undefined || at.value === null) return undefined;
    return read(at);
  }
}

/** The root of a response body. */
export function body(value: unknown): At {
  return new At(value, "");
}
