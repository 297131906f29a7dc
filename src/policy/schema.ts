// Stage 2: each document against schemas/policy.schema.json (ajv, strict mode, all errors).
// ajv's errors are turned into plain messages at the YAML source position of the value (or key)
// they are about. Limits get one message per value that says what is wrong with that value
// (negative, cents instead of dollars, `$100`, `off`), instead of ajv's three anyOf branches.

import type { ErrorObject, ValidateFunction } from "ajv";
import { type Fragment, type NodeInfo, WHOLE_WITH_DECIMAL_POINT } from "./parse.js";
import {
  describePointer,
  pointerChild,
  pointerParent,
  pointerSegments,
  pointerWithin,
  valueAtPointer,
} from "./pointer.js";
import { compilePolicyValidator } from "./policy-validator.js";
import { type PolicyProblem, type ProblemCode, problemAt, type Span } from "./problems.js";
import { closest } from "./suggest.js";

/** The largest dollar amount the language accepts: anything above is almost surely cents. */
export const MAX_DOLLARS = 100_000;

let compiled: ValidateFunction | undefined;

/** The compiled validator: precompiled in the bundles, compiled once per process otherwise. */
export function policyValidator(): ValidateFunction {
  compiled ??= compilePolicyValidator();
  return compiled;
}

/** Where each key belongs, for "`users` belongs under `spendLimits:`". */
const HOME_OF_KEY: Readonly<Record<string, string>> = {
  version: "the top level",
  spendLimits: "the top level",
  blocklists: "the top level",
  directoryGroups: "the top level",
  ownership: "the top level",
  guardrails: "the top level",
  pendingMembers: "the top level",
  default: "spendLimits",
  roles: "spendLimits",
  emailPatterns: "spendLimits",
  groups: "spendLimits",
  users: "spendLimits",
  patternSets: "blocklists",
  repos: "blocklists",
  prune: "ownership",
  ignore: "ownership",
  maxUserLimit: "guardrails",
  requireLimitForEveryMember: "guardrails",
  maxDeletes: "guardrails",
  maxLimitChanges: "guardrails",
  maxLimitRaise: "guardrails",
  maxTotalLimit: "guardrails",
  requireNamedMembersOnTeam: "guardrails",
  protectedRepos: "guardrails",
  until: "a user's temporary exception (spendLimits.users.<email>: { limit, until })",
  requireEffectiveCaps: "guardrails",
  renamedFrom: "a directory group (directoryGroups.<name>)",
  limit: "a group (spendLimits.groups.<name>)",
  members: "a group (spendLimits.groups.<name>)",
  use: "a repo (blocklists.repos.<url>)",
  patterns: "a repo (blocklists.repos.<url>)",
  count: "guardrails.maxDeletes or guardrails.maxLimitChanges",
  percent: "guardrails.maxDeletes or guardrails.maxLimitChanges",
};

interface SchemaCheck {
  readonly problems: PolicyProblem[];
  /** Pointers with a schema error: later rules skip conclusions drawn from incomplete values. */
  readonly flawed: ReadonlySet<string>;
}

export function checkSchema(fragment: Fragment): SchemaCheck {
  const numbers = numberFormProblems(fragment);
  const validate = policyValidator();
  if (validate(fragment.data)) {
    return {
      problems: [...numbers.values(), ...emptyLimitProblems(fragment, new Set())],
      flawed: new Set(numbers.keys()),
    };
  }
  const errors = (validate.errors ?? []).filter(
    (error) =>
      error.keyword !== "propertyNames" &&
      !numbers.has(error.instancePath) &&
      !isSuppressed(fragment, targetPointer(error)),
  );
  return {
    problems: [...numbers.values(), ...explainErrors(fragment, errors)],
    flawed: new Set([...numbers.keys(), ...errors.map((error) => error.instancePath)]),
  };
}

/**
 * Numbers are plain decimal: `0x10`, `0o17`, `!!int "50"`, `+7`, `1e3`, `007` and (where a whole
 * number is expected) `1.0` are errors where a number belongs, so that what a reviewer reads is
 * what is applied (`0x10` is $16). By pointer, so that the schema's own errors about the same
 * value are not repeated.
 */
function numberFormProblems(fragment: Fragment): Map<string, PolicyProblem> {
  const problems = new Map<string, PolicyProblem>();
  for (const [pointer, info] of fragment.nodes) {
    const form = info.numberForm;
    if (form === undefined || isSuppressed(fragment, pointer)) continue;
    const whole = WHOLE_NUMBER_POINTERS.has(pointer) || isDollarPointer(pointer);
    if (!whole && !OTHER_NUMBER_POINTERS.has(pointer)) continue;
    if (form === WHOLE_WITH_DECIMAL_POINT && !whole) continue;
    const decimal = String(valueAtPointer(fragment.data, pointer));
    const source = info.source ?? decimal;
    const shown =
      info.tag === undefined
        ? source
        : `${info.tag} ${info.quoted ? JSON.stringify(source) : source}`;
    problems.set(
      pointer,
      problemAt("number-not-decimal", info.value, {
        message: `${describePointer(pointer)} is ${shown}, ${form} that YAML reads as ${decimal}; numbers in a policy are written in plain decimal digits`,
        hint:
          info.tag === undefined
            ? `write ${decimal}`
            : `remove the tag${info.quoted ? " and the quotes" : ""}: write ${decimal}`,
      }),
    );
  }
  return problems;
}

/** Numbers that must be whole, besides dollar amounts. */
const WHOLE_NUMBER_POINTERS: ReadonlySet<string> = new Set([
  "/version",
  "/guardrails/maxDeletes/count",
  "/guardrails/maxLimitChanges/count",
  "/guardrails/maxTotalLimit",
]);

/** Numbers that may have a fraction (percentages, a factor), written in plain decimal all the same. */
const OTHER_NUMBER_POINTERS: ReadonlySet<string> = new Set([
  "/guardrails/maxDeletes/percent",
  "/guardrails/maxLimitChanges/percent",
  "/guardrails/maxLimitRaise",
]);

/**
 * A `users` entry written as a temporary exception (`{ limit, until }`): the errors ajv reports
 * for it as a plain limit (the other branch of its anyOf) say nothing useful.
 */
function isWrittenAsException(fragment: Fragment, pointer: string): boolean {
  const s = pointerSegments(pointer);
  if (s.length !== 3 || s[0] !== "spendLimits" || s[1] !== "users") return false;
  const value = valueAtPointer(fragment.data, pointer);
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function explainErrors(fragment: Fragment, errors: readonly ErrorObject[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const explained = new Set<string>();
  for (const error of errors) {
    const pointer = targetPointer(error);
    if (error.propertyName === undefined && isWrittenAsException(fragment, pointer)) {
      // Only the exception form's own errors (a missing `until`, an unknown key) are news; the
      // plain-limit branch's (not a number, not none, not null, no branch fits) are not.
      if (error.keyword !== "required" && error.keyword !== "additionalProperties") continue;
      const problem = explainError(fragment, error);
      const key = `${pointer}\u0000${problem.code}\u0000${problem.message}`;
      if (!explained.has(key)) {
        explained.add(key);
        problems.push(problem);
      }
      continue;
    }
    if (isDollarPointer(pointer) && error.propertyName === undefined) {
      if (explained.has(pointer)) continue;
      explained.add(pointer);
      problems.push(explainDollars(fragment, pointer));
      continue;
    }
    const problem = explainError(fragment, error);
    const key = `${pointer}\u0000${problem.code}\u0000${problem.message}`;
    if (explained.has(key)) continue;
    explained.add(key);
    problems.push(problem);
  }
  return [...problems, ...emptyLimitProblems(fragment, explained)];
}

/** The pointer an error is about: the offending key for property-name errors. */
function targetPointer(error: ErrorObject): string {
  return error.propertyName === undefined
    ? error.instancePath
    : pointerChild(error.instancePath, error.propertyName);
}

function isSuppressed(fragment: Fragment, pointer: string): boolean {
  for (const suppressed of fragment.suppressed) {
    if (pointerWithin(pointer, suppressed)) return true;
  }
  return false;
}

/** Positions that hold a dollar amount: every limit, and guardrails.maxUserLimit. */
function isDollarPointer(pointer: string): boolean {
  return isLimitPointer(pointer) || pointer === "/guardrails/maxUserLimit";
}

function isLimitPointer(pointer: string): boolean {
  const s = pointerSegments(pointer);
  if (s[0] === "directoryGroups") return s.length === 3 && s[2] === "limit";
  if (s[0] !== "spendLimits") return false;
  if (s.length === 2) return s[1] === "default";
  if (s.length === 3) return s[1] === "roles" || s[1] === "emailPatterns" || s[1] === "users";
  return s.length === 4 && (s[1] === "groups" || s[1] === "users") && s[3] === "limit";
}

/**
 * `kim@acme.example:` with nothing after the colon reads as null, which would mean "no limit":
 * a forgotten number must not silently remove a limit, so an empty limit is an error.
 */
function emptyLimitProblems(fragment: Fragment, explained: ReadonlySet<string>): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const [pointer, info] of fragment.nodes) {
    if (!info.empty || !isLimitPointer(pointer) || explained.has(pointer)) continue;
    if (isSuppressed(fragment, pointer)) continue;
    problems.push(
      problemAt("empty-value", info.key ?? info.value, {
        message: `${describePointer(pointer)} is empty`,
        hint: "write a whole-dollar amount, 0 for a $0 limit, or none for no limit (an empty value is not read as none, so that a forgotten number cannot remove a limit)",
      }),
    );
  }
  return problems;
}

function nodeAt(fragment: Fragment, pointer: string): NodeInfo | undefined {
  return fragment.nodes.get(pointer);
}

function valueSpan(fragment: Fragment, pointer: string): Span {
  const info = nodeAt(fragment, pointer);
  if (info === undefined) return { file: fragment.file, line: 1, column: 1 };
  return info.empty ? (info.key ?? info.value) : info.value;
}

function keySpan(fragment: Fragment, pointer: string): Span {
  const info = nodeAt(fragment, pointer);
  if (info === undefined) return { file: fragment.file, line: 1, column: 1 };
  return info.key ?? info.value;
}

/** How a value reads in a message: `the text "yes"`, `the number 12.5`, `a list`, `empty`. */
function describeValue(value: unknown, info: NodeInfo | undefined): string {
  if (info?.empty) return "empty";
  if (value === null) return "null";
  if (typeof value === "string") return `the text "${truncate(value)}"`;
  if (typeof value === "number") return `the number ${info?.source ?? String(value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: "a mapping (key: value lines)",
  array: "a list",
  string: "text",
  boolean: "true or false",
  integer: "a whole number",
  number: "a number",
  null: "null",
};

const YAML11_TRUE = new Set(["yes", "y", "on"]);
const YAML11_FALSE = new Set(["no", "n", "off"]);

function explainError(fragment: Fragment, error: ErrorObject): PolicyProblem {
  const pointer = error.instancePath;
  const where = describePointer(pointer);
  const value = valueAtPointer(fragment.data, pointer);
  const info = nodeAt(fragment, pointer);
  const params: Record<string, unknown> = error.params;

  switch (error.keyword) {
    case "additionalProperties":
      return unknownKeyProblem(fragment, error, String(params.additionalProperty));
    case "required":
      return missingKeyProblem(fragment, pointer, String(params.missingProperty));
    case "type":
      return typeProblem(fragment, pointer, String(params.type), value, info);
    case "const":
      return problemAt("unsupported-version", valueSpan(fragment, pointer), {
        message: `${where} must be 1, but it is ${describeValue(value, info)}`,
        hint: "write `version: 1`: it is the only policy language version this cursor-policy understands",
      });
    case "minItems":
      return problemAt("empty-list", valueSpan(fragment, pointer), {
        message: `${where} is an empty list`,
        hint: pointer.endsWith("/members")
          ? "list at least one member's email, or remove the group"
          : "add at least one entry, or remove the key",
      });
    case "minProperties":
      return missingAnyProblem(fragment, pointer);
    case "minimum":
    case "maximum":
      return problemAt("out-of-range", valueSpan(fragment, pointer), {
        message: `${where} is ${String(value)}; it must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}`,
        hint: pointer.endsWith("/percent")
          ? "a percentage between 0 and 100"
          : pointer === "/guardrails/maxLimitRaise"
            ? "a factor of 1 or more: 5 lets a limit become at most five times what it is"
            : "a whole number of 0 or more",
      });
    case "pattern":
    case "minLength":
    case "maxLength":
      return invalidNameProblem(fragment, error);
    default:
      return problemAt("invalid-value", valueSpan(fragment, pointer), {
        message: `${where}: ${error.message ?? "is not valid"}`,
      });
  }
}

function unknownKeyProblem(fragment: Fragment, error: ErrorObject, key: string): PolicyProblem {
  const pointer = error.instancePath;
  const parentSchema: unknown = error.parentSchema;
  const allowed = allowedKeys(parentSchema);
  const suggestion = closest(key, allowed);
  const home = HOME_OF_KEY[key];
  let hint: string;
  if (suggestion !== undefined) hint = `did you mean "${suggestion}"?`;
  else if (home !== undefined) hint = `"${key}" belongs under ${home}, not here`;
  else if (allowed.length > 0) hint = `the keys allowed here are: ${allowed.join(", ")}`;
  else hint = "remove the key";
  return problemAt("unknown-key", keySpan(fragment, pointerChild(pointer, key)), {
    message: `unknown key "${truncate(key)}" in ${describePointer(pointer)}`,
    hint,
  });
}

function allowedKeys(schema: unknown): string[] {
  if (schema === null || typeof schema !== "object" || !("properties" in schema)) return [];
  const properties: unknown = schema.properties;
  return properties !== null && typeof properties === "object" ? Object.keys(properties) : [];
}

function missingKeyProblem(fragment: Fragment, pointer: string, key: string): PolicyProblem {
  const where = describePointer(pointer);
  if (pointer === "" && key === "version") {
    return problemAt(
      "missing-key",
      { file: fragment.file, ...firstLine(fragment) },
      {
        message: 'the file does not say "version: 1"',
        hint: "add `version: 1` as the first line (after the `# yaml-language-server: $schema=...` comment)",
      },
    );
  }
  const hints: Readonly<Record<string, string>> = {
    limit: "add `limit:` with whole dollars, 0, or none",
    members: "add `members:` with a list of the members' emails",
    until:
      "add `until: YYYY-MM-DD`, the last day the exception holds, or write the limit directly for one that does not end",
  };
  const user = pointerSegments(pointer);
  const subject =
    user.length === 3 && user[1] === "users"
      ? `the temporary exception of user "${user[2]}" ({ limit, until })`
      : where;
  return problemAt("missing-key", keySpan(fragment, pointer), {
    message: `${subject} is missing "${key}"`,
    hint: hints[key] ?? `add "${key}"`,
  });
}

function firstLine(fragment: Fragment): { line: number; column: number } {
  const root = fragment.nodes.get("");
  return root ? { line: root.value.line, column: root.value.column } : { line: 1, column: 1 };
}

function missingAnyProblem(fragment: Fragment, pointer: string): PolicyProblem {
  const segments = pointerSegments(pointer);
  const isRepo = segments[1] === "repos";
  return problemAt("missing-key", keySpan(fragment, pointer), {
    message: isRepo
      ? `${describePointer(pointer)} has neither "patterns" nor "use"`
      : `${describePointer(pointer)} has neither "count" nor "percent"`,
    hint: isRepo
      ? 'list its glob patterns under "patterns:", pattern sets under "use:", or both'
      : `give "count", "percent" or both, or remove ${segments.at(-1) ?? "it"}`,
  });
}

function invalidNameProblem(fragment: Fragment, error: ErrorObject): PolicyProblem {
  const pointer = targetPointer(error);
  const name = error.propertyName ?? String(valueAtPointer(fragment.data, pointer));
  const container = describePointer(error.instancePath);
  if (name === "") {
    return problemAt("invalid-name", keySpan(fragment, pointer), {
      message: `an empty key in ${container}`,
      hint: "give the entry a name, or remove it",
    });
  }
  if (pointerSegments(pointer)[0] === "directoryGroups") {
    return problemAt("invalid-name", keySpan(fragment, pointer), {
      message: `${JSON.stringify(truncate(name))} is not a valid directory group name${error.propertyName === undefined ? ` (${describePointer(pointer)})` : ""}`,
      hint: "write the group's name as Cursor shows it, without leading or trailing spaces, line breaks or other control characters, in at most 200 characters",
    });
  }
  return problemAt("invalid-name", keySpan(fragment, pointer), {
    message: `"${truncate(name)}" is not a valid name in ${container}`,
    hint: `names use letters, digits, ".", "_" and "-", starting with a letter or digit (e.g. "${suggestName(name)}")`,
  });
}

function suggestName(name: string): string {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "");
  return cleaned === "" ? "data-science" : cleaned;
}

function typeProblem(
  fragment: Fragment,
  pointer: string,
  expected: string,
  value: unknown,
  info: NodeInfo | undefined,
): PolicyProblem {
  const where = describePointer(pointer);
  const at = valueSpan(fragment, pointer);
  const expectedText = TYPE_NAMES[expected] ?? expected;
  if (expected === "boolean" && typeof value === "string") {
    const lower = value.trim().toLowerCase();
    const meant = YAML11_TRUE.has(lower) ? "true" : YAML11_FALSE.has(lower) ? "false" : undefined;
    if (meant !== undefined) {
      return problemAt("yaml-1.1-boolean", at, {
        message: `${where} is "${value}", which YAML 1.2 reads as text, not as a boolean`,
        hint: `write ${meant}: only true and false are booleans (yes/no/on/off were YAML 1.1)`,
      });
    }
  }
  let hint: string;
  if (expected === "string" && (typeof value === "boolean" || typeof value === "number")) {
    hint = `put it in quotes if you meant the text: "${info?.source ?? String(value)}"`;
  } else if (info?.empty) {
    hint =
      expected === "object" || expected === "array"
        ? "add entries under it, or remove the key"
        : `write ${expectedText}`;
  } else if (pointer === "") {
    hint = "a policy file is a mapping that starts with `version: 1`; see docs/policy-language.md";
  } else if (expected === "object" && Array.isArray(value)) {
    hint = listInsteadOfMappingHint(pointer);
  } else if (expected === "array") {
    const example = typeof value === "string" ? value : "...";
    hint = `write a list, even of one item: \`[${example}]\`, or one \`- item\` per line`;
  } else {
    hint = `write ${expectedText}`;
  }
  return problemAt("wrong-type", at, {
    message: `${where} must be ${expectedText}, but it is ${describeValue(value, info)}`,
    hint,
  });
}

function listInsteadOfMappingHint(pointer: string): string {
  const last = pointerSegments(pointer).at(-1);
  if (last === "users")
    return "write one `email: limit` line per user, e.g. `ada@acme.example: 200`";
  if (last === "repos") {
    return "write each repo as a key: `https://github.com/acme/app: { patterns: [...] }`";
  }
  if (last === "groups") return "write each group as a key with `limit:` and `members:`";
  if (last === "directoryGroups") {
    return "write each directory group as a key (its name) with `limit:` and `members:`";
  }
  if (last === "roles") return "write one `role: limit` line per role, e.g. `owner: 1000`";
  if (last === "emailPatterns") {
    return 'write one `"glob": limit` line per pattern, e.g. `"*@contractors.acme.example": 50`';
  }
  if (pointerParent(pointer) === "/blocklists/repos") {
    return 'put the list under "patterns:", e.g. `patterns: ["*.env"]`';
  }
  return "write key: value lines instead of a list";
}

/** One message per dollar value, saying what is wrong with that value and how to write it. */
function explainDollars(fragment: Fragment, pointer: string): PolicyProblem {
  const value = valueAtPointer(fragment.data, pointer);
  const info = nodeAt(fragment, pointer);
  const at = valueSpan(fragment, pointer);
  const isLimit = isLimitPointer(pointer);
  const where = describePointer(pointer);
  const accepted = isLimit
    ? "whole dollars, 0 for a $0 limit, or none for no limit"
    : "whole dollars";
  const problem = (code: ProblemCode, message: string, hint: string) =>
    problemAt(code, at, { message, hint });

  if (typeof value === "number") {
    const shown = info?.source ?? String(value);
    if (!Number.isFinite(value)) {
      return problem(
        "invalid-limit",
        `${where} is ${shown}, not a dollar amount`,
        `write ${accepted}`,
      );
    }
    if (!Number.isInteger(value)) {
      return problem(
        "limit-not-whole-dollars",
        `${where} is ${shown}; limits are whole dollars`,
        `write ${Math.floor(value)} or ${Math.ceil(value)}`,
      );
    }
    if (value < 0) {
      return problem(
        "limit-negative",
        `${where} is ${shown}; a dollar amount cannot be negative`,
        isLimit ? "write 0 for a $0 limit, or none for no limit" : "write 0 or more",
      );
    }
    return problem(
      "limit-too-large",
      `${where} is ${shown} dollars, above the ${MAX_DOLLARS} sanity ceiling`,
      `amounts are whole dollars, not cents (${shown} cents would be ${Math.floor(value / 100)}); write at most ${MAX_DOLLARS}`,
    );
  }
  if (typeof value === "string") return explainDollarText(value, where, accepted, isLimit, at);
  if (typeof value === "boolean") {
    return problem(
      "invalid-limit",
      `${where} is the boolean ${String(value)}, not a dollar amount`,
      `write ${accepted}`,
    );
  }
  if (value === null) {
    return problem(
      "invalid-limit",
      `${where} is ${info?.empty ? "empty" : "null"}`,
      "write whole dollars, or remove the line for no maximum",
    );
  }
  return problem(
    "invalid-limit",
    `${where} is ${describeValue(value, info)}, not a dollar amount`,
    pointerSegments(pointer).length === 3
      ? `write the amount directly, e.g. \`${pointerSegments(pointer)[2]}: 100\``
      : `write ${accepted}`,
  );
}

function explainDollarText(
  value: string,
  where: string,
  accepted: string,
  isLimit: boolean,
  at: Span,
): PolicyProblem {
  const text = value.trim();
  const message = `${where} is the text "${truncate(value)}", not a dollar amount`;
  const numeric = /^\$?\s*\d[\d,_]*(\.\d+)?$/.exec(text);
  let hint: string;
  if (numeric) {
    const digits = text.replace(/[$,_\s]/g, "");
    if (text.startsWith("$")) hint = `write ${digits} without the "$"`;
    else if (/[,_]/.test(text)) hint = `write ${digits} without separators`;
    else hint = `remove the quotes: ${digits}`;
  } else if (isLimit && /^(none|null|unlimited|no[ -]?limit|off|no|false|n)$/i.test(text)) {
    hint = "write none (lower-case, unquoted) for no limit, or 0 for a $0 limit";
  } else {
    hint = `write ${accepted}`;
  }
  return problemAt("invalid-limit", at, { message, hint });
}
