// Writing policy files (for `import`): one PolicyDocument -> YAML text that reads like the
// hand-written examples. Deterministic: sections in the documented order, names sorted, lists
// sorted and de-duplicated, `none` for no limit, patterns quoted, one item per line so later
// diffs touch one line per change. loadPolicyFiles(serializePolicy(doc)) round-trips.

import { Document, isMap, isScalar, isSeq, Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import { compareStrings } from "./problems.js";

/** A limit as written: whole dollars, or `none` (null is accepted and written as none). */
export type PolicyLimit = number | "none" | null;

export interface PolicyGroup {
  readonly limit: PolicyLimit;
  readonly members: readonly string[];
}

/** A Cursor directory group as written (`directoryGroups.<name>`). */
export interface PolicyDirectoryGroup {
  readonly limit: PolicyLimit;
  /** Emails; written even when empty (`members: []`), since a group must say who is in it. */
  readonly members: readonly string[];
  readonly renamedFrom?: string;
}

export interface PolicyRepo {
  readonly use?: readonly string[];
  readonly patterns?: readonly string[];
}

/** The content of one policy file, matching schemas/policy.schema.json. */
export interface PolicyDocument {
  readonly version: 1;
  readonly spendLimits?: {
    readonly default?: PolicyLimit;
    readonly roles?: Readonly<Record<string, PolicyLimit>>;
    readonly emailPatterns?: Readonly<Record<string, PolicyLimit>>;
    readonly groups?: Readonly<Record<string, PolicyGroup>>;
    readonly users?: Readonly<Record<string, PolicyLimit>>;
  };
  readonly blocklists?: {
    readonly patternSets?: Readonly<Record<string, readonly string[]>>;
    readonly repos?: Readonly<Record<string, PolicyRepo>>;
  };
  readonly directoryGroups?: Readonly<Record<string, PolicyDirectoryGroup>>;
  readonly ownership?: {
    readonly prune?: boolean;
    readonly ignore?: readonly string[];
    readonly directoryGroups?: { readonly prune?: boolean; readonly ignore?: readonly string[] };
  };
  readonly guardrails?: {
    readonly maxUserLimit?: number;
    readonly requireLimitForEveryMember?: boolean;
    readonly maxDeletes?: { readonly count?: number; readonly percent?: number };
    readonly protectedRepos?: readonly string[];
    readonly requireEffectiveCaps?: boolean;
  };
}

interface SerializeOptions {
  /** The `$schema` path editors resolve relative to the file (default for files in policies/). */
  readonly schemaPath?: string;
}

const DEFAULT_SCHEMA_PATH = "../schemas/policy.schema.json";

type Plain = string | number | boolean | readonly Plain[] | { readonly [key: string]: Plain };

/**
 * The document in canonical form, as plain data: what serializePolicy writes and what reading
 * its output back gives. Empty sections are dropped.
 */
export function canonicalPolicyDocument(doc: PolicyDocument): Record<string, Plain> {
  const spend = doc.spendLimits ?? {};
  const blocklists = doc.blocklists ?? {};
  const ownership = doc.ownership ?? {};
  const guardrails = doc.guardrails ?? {};
  return compact({
    version: 1,
    spendLimits: compact({
      default: spend.default === undefined ? undefined : limitValue(spend.default),
      roles: sortedRecord(spend.roles, limitValue),
      emailPatterns: sortedRecord(spend.emailPatterns, limitValue),
      groups: sortedRecord(spend.groups, (group) =>
        compact({ limit: limitValue(group.limit), members: sortedList(group.members) }),
      ),
      users: sortedRecord(spend.users, limitValue),
    }),
    blocklists: compact({
      patternSets: sortedRecord(blocklists.patternSets, sortedList),
      repos: sortedRecord(blocklists.repos, (repo) =>
        compact({ use: sortedList(repo.use ?? []), patterns: sortedList(repo.patterns ?? []) }),
      ),
    }),
    directoryGroups: sortedRecord(doc.directoryGroups, (group) => ({
      limit: limitValue(group.limit),
      // Kept when empty: `members: []` is how a group says it has nobody in it.
      members: sortedList(group.members),
      ...(group.renamedFrom === undefined ? {} : { renamedFrom: group.renamedFrom }),
    })),
    ownership: compact({
      prune: ownership.prune,
      ignore: sortedList(ownership.ignore ?? []),
      directoryGroups:
        ownership.directoryGroups === undefined
          ? undefined
          : compact({
              prune: ownership.directoryGroups.prune,
              ignore: sortedList(ownership.directoryGroups.ignore ?? []),
            }),
    }),
    guardrails: compact({
      maxUserLimit: guardrails.maxUserLimit,
      requireLimitForEveryMember: guardrails.requireLimitForEveryMember,
      maxDeletes:
        guardrails.maxDeletes === undefined
          ? undefined
          : compact({ count: guardrails.maxDeletes.count, percent: guardrails.maxDeletes.percent }),
      protectedRepos: sortedList(guardrails.protectedRepos ?? []),
      requireEffectiveCaps: guardrails.requireEffectiveCaps,
    }),
  });
}

export function serializePolicy(doc: PolicyDocument, options: SerializeOptions = {}): string {
  const document = new Document(canonicalPolicyDocument(doc), { version: "1.2" });
  styleDocument(document);
  const body = document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
  return `# yaml-language-server: $schema=${options.schemaPath ?? DEFAULT_SCHEMA_PATH}\n${body}`;
}

function limitValue(limit: PolicyLimit): number | string {
  return limit === null ? "none" : limit;
}

function sortedList(items: readonly string[]): string[] {
  return [...new Set(items)].sort(compareStrings);
}

function sortedRecord<T, R extends Plain | undefined>(
  record: Readonly<Record<string, T>> | undefined,
  map: (value: T) => R,
): Record<string, Plain> {
  const result: Record<string, Plain> = {};
  for (const key of Object.keys(record ?? {}).sort(compareStrings)) {
    const value = record?.[key];
    if (value === undefined) continue;
    const mapped = map(value);
    if (mapped === undefined) continue;
    Object.defineProperty(result, key, {
      value: mapped,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/** Drops undefined values, empty lists and empty mappings, keeping key order. */
function compact(record: Record<string, Plain | undefined>): Record<string, Plain> {
  const result: Record<string, Plain> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) {
      continue;
    }
    Object.defineProperty(result, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/** Lists whose items are globs or URLs: quoted like the examples ("*.env" needs it anyway). */
const QUOTED_LISTS = new Set(["patterns", "ignore", "protectedRepos"]);

function styleDocument(document: Document): void {
  const root = document.contents;
  if (!isMap(root)) return;
  root.items.forEach((pair, index) => {
    // A blank line between top-level sections, as in the examples.
    if (index > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  });
  styleMap(root, []);
}

function styleMap(map: YAMLMap, path: readonly string[]): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const here = [...path, key];
    if (path.at(-1) === "emailPatterns") quote(pair.key);
    if (path.at(-1) === "patternSets" && isSeq(pair.value)) quoteItems(pair.value);
    if (isSeq(pair.value)) {
      if (QUOTED_LISTS.has(key)) quoteItems(pair.value);
      if (key === "use") pair.value.flow = true;
    }
    if (isMap(pair.value)) styleMap(pair.value, here);
  }
}

function quoteItems(seq: YAMLSeq): void {
  for (const item of seq.items) quote(item);
}

function quote(node: unknown): void {
  if (node instanceof Scalar && typeof node.value === "string") node.type = "QUOTE_DOUBLE";
}
