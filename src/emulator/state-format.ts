// Reads an EmulatorState out of untrusted JSON (a state file someone edited by hand, a PUT to the
// control surface) and reports every problem at once, each naming the field, so one run of the
// emulator tells the user everything to fix. Unknown fields are problems too: a misspelt
// `monthlyLimit` would otherwise be silently ignored and the member would have no limit.

import { DAILY_USAGE_COUNTERS } from "../api/types.js";
import { normalizeEmail } from "../shared/normalize.js";
import { EmulatorStateError } from "./errors.js";
import {
  type ApiKeyState,
  type AuditEventState,
  type BlocklistState,
  type DailyUsageRow,
  type EmulatorState,
  type MemberState,
  STATE_FORMAT_VERSION,
  type TokenUsage,
  type UsageEventState,
} from "./types.js";

type Json = Record<string, unknown>;

interface Check<T> {
  readonly expected: string;
  readonly test: (value: unknown) => value is T;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

const anyString: Check<string> = { expected: "a string", test: isString };
const nonEmptyString: Check<string> = {
  expected: "a non-empty string",
  test: (value): value is string => isString(value) && value.trim() !== "",
};
const boolean: Check<boolean> = {
  expected: "true or false",
  test: (value): value is boolean => typeof value === "boolean",
};
const number: Check<number> = { expected: "a number", test: isNumber };
const nonNegative: Check<number> = {
  expected: "a number >= 0",
  test: (value): value is number => isNumber(value) && value >= 0,
};
const count: Check<number> = {
  expected: "a whole number >= 0",
  test: (value): value is number => Number.isSafeInteger(value) && Number(value) >= 0,
};
const epochMs: Check<number> = { ...count, expected: "epoch milliseconds (a whole number >= 0)" };
const limitDollars: Check<number | null> = {
  expected: "whole dollars >= 0, or null for no limit",
  test: (value): value is number | null => value === null || count.test(value),
};
const scope: Check<"admin" | "read-only"> = {
  expected: '"admin" or "read-only"',
  test: (value): value is "admin" | "read-only" => value === "admin" || value === "read-only",
};
const stringList: Check<string[]> = {
  expected: "an array of strings",
  test: (value): value is string[] => Array.isArray(value) && value.every(isString),
};
const record: Check<Json> = { expected: "an object", test: isRecord };

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

/** Collects problems while walking one object, each prefixed with the object's path. */
class ObjectReader {
  constructor(
    private readonly problems: string[],
    private readonly path: string,
    private readonly object: Json,
    allowed: readonly string[],
  ) {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) {
        problems.push(`${this.at(key)}: unknown field (expected one of ${allowed.join(", ")})`);
      }
    }
  }

  at(key: string): string {
    return this.path === "" ? key : `${this.path}.${key}`;
  }

  required<T>(key: string, check: Check<T>): T | undefined {
    const value = this.object[key];
    if (value === undefined) {
      this.problems.push(`${this.at(key)}: missing (expected ${check.expected})`);
      return undefined;
    }
    return this.optional(key, check);
  }

  optional<T>(key: string, check: Check<T>): T | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (check.test(value)) return value;
    this.problems.push(`${this.at(key)}: expected ${check.expected}, got ${describeValue(value)}`);
    return undefined;
  }

  /** Reads an array field, each element an object with the given fields. */
  list<T>(key: string, fields: readonly string[], item: (reader: ObjectReader) => T): T[] {
    const value = this.object[key];
    if (!Array.isArray(value)) {
      this.problems.push(`${this.at(key)}: expected an array, got ${describeValue(value)}`);
      return [];
    }
    const result: T[] = [];
    value.forEach((element, index) => {
      const path = `${this.at(key)}[${index}]`;
      if (isRecord(element))
        result.push(item(new ObjectReader(this.problems, path, element, fields)));
      else this.problems.push(`${path}: expected an object, got ${describeValue(element)}`);
    });
    return result;
  }

  child(key: string, allowed: readonly string[]): ObjectReader | undefined {
    const value = this.required(key, record);
    return value === undefined
      ? undefined
      : new ObjectReader(this.problems, this.at(key), value, allowed);
  }
}

const MEMBER_FIELDS = [
  "id",
  "email",
  "name",
  "role",
  "isRemoved",
  "spendCents",
  "overallSpendCents",
  "fastPremiumRequests",
  "monthlyLimitDollars",
  "groupLimitDollars",
] as const;

function readMember(r: ObjectReader): MemberState {
  const isRemoved = r.optional("isRemoved", boolean);
  const overallSpendCents = r.optional("overallSpendCents", nonNegative);
  const fastPremiumRequests = r.optional("fastPremiumRequests", count);
  const groupLimitDollars = r.optional("groupLimitDollars", limitDollars);
  return {
    id: r.required("id", nonEmptyString) ?? "",
    email: r.required("email", nonEmptyString) ?? "",
    name: r.required("name", anyString) ?? "",
    role: r.required("role", nonEmptyString) ?? "member",
    ...(isRemoved === undefined ? {} : { isRemoved }),
    spendCents: r.required("spendCents", nonNegative) ?? 0,
    ...(overallSpendCents === undefined ? {} : { overallSpendCents }),
    ...(fastPremiumRequests === undefined ? {} : { fastPremiumRequests }),
    monthlyLimitDollars: r.required("monthlyLimitDollars", limitDollars) ?? null,
    ...(groupLimitDollars === undefined ? {} : { groupLimitDollars }),
  };
}

const BLOCKLIST_FIELDS = ["id", "url", "patterns"] as const;

function readBlocklist(r: ObjectReader): BlocklistState {
  return {
    id: r.required("id", nonEmptyString) ?? "",
    url: r.required("url", nonEmptyString) ?? "",
    patterns: r.required("patterns", stringList) ?? [],
  };
}

const API_KEY_FIELDS = ["key", "scope", "revoked", "name"] as const;

function readApiKey(r: ObjectReader): ApiKeyState {
  const revoked = r.optional("revoked", boolean);
  const name = r.optional("name", anyString);
  return {
    key: r.required("key", nonEmptyString) ?? "",
    scope: r.required("scope", scope) ?? "read-only",
    ...(revoked === undefined ? {} : { revoked }),
    ...(name === undefined ? {} : { name }),
  };
}

/** The counters come from the client's view of the contract: one list for both sides. */
const DAILY_COUNTERS = DAILY_USAGE_COUNTERS;
const DAILY_OPTIONAL_STRINGS = [
  "applyMostUsedExtension",
  "tabMostUsedExtension",
  "clientVersion",
] as const;

const DAILY_FIELDS = [
  "date",
  "email",
  "isActive",
  "mostUsedModel",
  ...DAILY_COUNTERS,
  ...DAILY_OPTIONAL_STRINGS,
] as const;

function readDailyRow(r: ObjectReader): DailyUsageRow {
  const row: DailyUsageRow = {
    date: r.required("date", epochMs) ?? 0,
    email: r.required("email", nonEmptyString) ?? "",
    isActive: r.required("isActive", boolean) ?? false,
    totalLinesAdded: 0,
    totalLinesDeleted: 0,
    acceptedLinesAdded: 0,
    acceptedLinesDeleted: 0,
    totalApplies: 0,
    totalAccepts: 0,
    totalRejects: 0,
    totalTabsShown: 0,
    totalTabsAccepted: 0,
    composerRequests: 0,
    chatRequests: 0,
    agentRequests: 0,
    cmdkUsages: 0,
    subscriptionIncludedReqs: 0,
    apiKeyReqs: 0,
    usageBasedReqs: 0,
    bugbotUsages: 0,
    mostUsedModel: r.required("mostUsedModel", anyString) ?? "",
  };
  for (const counter of DAILY_COUNTERS) row[counter] = r.required(counter, count) ?? 0;
  for (const field of DAILY_OPTIONAL_STRINGS) {
    const value = r.optional(field, anyString);
    if (value !== undefined) row[field] = value;
  }
  return row;
}

function readTokenUsage(r: ObjectReader): TokenUsage {
  return {
    inputTokens: r.required("inputTokens", count) ?? 0,
    outputTokens: r.required("outputTokens", count) ?? 0,
    cacheWriteTokens: r.required("cacheWriteTokens", count) ?? 0,
    cacheReadTokens: r.required("cacheReadTokens", count) ?? 0,
    totalCents: r.required("totalCents", nonNegative) ?? 0,
  };
}

const USAGE_EVENT_FIELDS = [
  "timestamp",
  "userEmail",
  "model",
  "kind",
  "maxMode",
  "requestsCosts",
  "isTokenBasedCall",
  "tokenUsage",
  "isFreeBugbot",
] as const;

function readUsageEvent(r: ObjectReader): UsageEventState {
  const tokenUsage =
    r.optional("tokenUsage", record) === undefined
      ? undefined
      : r.child("tokenUsage", [
          "inputTokens",
          "outputTokens",
          "cacheWriteTokens",
          "cacheReadTokens",
          "totalCents",
        ]);
  return {
    timestamp: r.required("timestamp", epochMs) ?? 0,
    userEmail: r.required("userEmail", nonEmptyString) ?? "",
    model: r.required("model", anyString) ?? "",
    kind: r.required("kind", anyString) ?? "",
    maxMode: r.required("maxMode", boolean) ?? false,
    requestsCosts: r.required("requestsCosts", nonNegative) ?? 0,
    isTokenBasedCall: r.required("isTokenBasedCall", boolean) ?? false,
    ...(tokenUsage === undefined ? {} : { tokenUsage: readTokenUsage(tokenUsage) }),
    isFreeBugbot: r.required("isFreeBugbot", boolean) ?? false,
  };
}

const AUDIT_EVENT_FIELDS = [
  "event_id",
  "timestamp",
  "event_type",
  "user_email",
  "ip_address",
  "event_data",
] as const;

function readAuditEvent(r: ObjectReader): AuditEventState {
  const ipAddress = r.optional("ip_address", anyString);
  return {
    event_id: r.required("event_id", nonEmptyString) ?? "",
    timestamp: r.required("timestamp", epochMs) ?? 0,
    event_type: r.required("event_type", nonEmptyString) ?? "",
    user_email: r.required("user_email", anyString) ?? "",
    ...(ipAddress === undefined ? {} : { ip_address: ipAddress }),
    event_data: r.required("event_data", record) ?? {},
  };
}

/** Reports values that must be unique but repeat: `members[4].email: same as members[1]`. */
function checkUnique<T>(
  problems: string[],
  items: readonly T[],
  listPath: string,
  field: string,
  keyOf: (item: T) => string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === "") return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else problems.push(`${listPath}[${index}].${field}: same as ${listPath}[${first}].${field}`);
  });
}

const TOP_FIELDS = [
  "version",
  "team",
  "members",
  "blocklists",
  "apiKeys",
  "usage",
  "auditLog",
  "subscriptionCycleStart",
  "nextId",
] as const;

/**
 * Checks `value` and returns it as an EmulatorState (a fresh copy), or throws an
 * EmulatorStateError naming `source` (a file path, "setState()", ...) and every bad field.
 */
export function parseEmulatorState(value: unknown, source: string): EmulatorState {
  const problems: string[] = [];
  if (!isRecord(value)) {
    throw new EmulatorStateError(source, [
      `expected a JSON object at the top level, got ${describeValue(value)}`,
    ]);
  }
  const r = new ObjectReader(problems, "", value, TOP_FIELDS);
  const version = r.required("version", number);
  if (version !== undefined && version !== STATE_FORMAT_VERSION) {
    problems.push(`version: expected ${STATE_FORMAT_VERSION}, got ${describeValue(version)}`);
  }
  const team = r.child("team", ["name"]);
  const usage = r.child("usage", ["daily", "events"]);
  const nextId = r.optional("nextId", count);
  const state: EmulatorState = {
    version: STATE_FORMAT_VERSION,
    team: { name: team?.required("name", anyString) ?? "" },
    members: r.list("members", MEMBER_FIELDS, readMember),
    blocklists: r.list("blocklists", BLOCKLIST_FIELDS, readBlocklist),
    apiKeys: r.list("apiKeys", API_KEY_FIELDS, readApiKey),
    usage: {
      daily: usage?.list("daily", DAILY_FIELDS, readDailyRow) ?? [],
      events: usage?.list("events", USAGE_EVENT_FIELDS, readUsageEvent) ?? [],
    },
    auditLog: r.list("auditLog", AUDIT_EVENT_FIELDS, readAuditEvent),
    subscriptionCycleStart: r.required("subscriptionCycleStart", epochMs) ?? 0,
    ...(nextId === undefined ? {} : { nextId }),
  };
  checkUnique(problems, state.members, "members", "id", (m) => m.id);
  checkUnique(problems, state.members, "members", "email", (m) => normalizeEmail(m.email));
  checkUnique(problems, state.blocklists, "blocklists", "id", (b) => b.id);
  checkUnique(problems, state.blocklists, "blocklists", "url", (b) => b.url);
  checkUnique(problems, state.apiKeys, "apiKeys", "key", (k) => k.key);
  checkUnique(problems, state.auditLog, "auditLog", "event_id", (e) => e.event_id);
  if (problems.length > 0) throw new EmulatorStateError(source, problems);
  return structuredClone(state);
}
