// Stage 3: each document's data -> flat lists of located, normalised entries ("parts").
//
// Merging files is then just concatenation: a policy split across files or kept in one gives the
// same lists (only the locations differ), and every "written twice" check is one function over
// one list. Extraction is tolerant: it takes what is well-formed and skips what the schema stage
// already reported, so the semantic rules still run and every problem is reported in one pass.

import type { LimitDollars } from "../model/desired.js";
import { appendAll } from "../shared/arrays.js";
import {
  normalizeEmail,
  normalizeGroupName,
  normalizeRepoUrl,
  normalizeRole,
} from "../shared/normalize.js";
import type { Fragment, NodeInfo } from "./parse.js";
import { isRecord, pointerChild, pointerWithin, valueAtPointer } from "./pointer.js";
import type { Span } from "./problems.js";
import { MAX_DOLLARS } from "./schema.js";

export interface Setting<T> {
  readonly value: T;
  /** The key's position (`maxUserLimit:`). */
  readonly at: Span;
}

export interface LimitEntry {
  /** The key as written: an email, a role, a glob, or "default". */
  readonly written: string;
  /** The normalised key that duplicates are found by. */
  readonly key: string;
  /** Undefined when the value is invalid (already reported by the schema stage). */
  readonly limit: LimitDollars | undefined;
  readonly at: Span;
  /** The column of the key's first character (after an opening quote), on `at.line`. */
  readonly textColumn: number;
  /** A user's temporary exception: the `until` date as written, and where. */
  readonly until?: TextEntry;
}

export interface MemberEntry {
  readonly written: string;
  readonly email: string;
  readonly at: Span;
  /** The column of the text's first character (after an opening quote), on `at.line`. */
  readonly textColumn: number;
}

/** A member named in a list: the text as written, and the address it names. */
function memberEntry(entry: TextEntry): MemberEntry {
  return {
    written: entry.text,
    email: normalizeEmail(entry.text),
    at: entry.at,
    textColumn: entry.textColumn,
  };
}

export interface GroupEntry {
  readonly name: string;
  readonly limit: LimitDollars | undefined;
  readonly members: readonly MemberEntry[];
  readonly at: Span;
}

/** A Cursor directory group (`directoryGroups.<name>`), not a spend-limit rule group. */
export interface DirectoryGroupEntry {
  /** The key as written: the group's name. */
  readonly name: string;
  /** normalizeGroupName(name): the key duplicates and live groups are found by. */
  readonly nameKey: string;
  /** Undefined when the value is invalid (already reported by the schema stage). */
  readonly limit: LimitDollars | undefined;
  readonly members: readonly MemberEntry[];
  readonly emailPatterns: readonly TextEntry[];
  readonly roles: readonly TextEntry[];
  readonly renamedFrom: TextEntry | undefined;
  /** True when it says who is in it at all: `members`, `emailPatterns` or `roles` is written. */
  readonly saysMembers: boolean;
  /** False when the entry has a schema error: what it says about members may be incomplete. */
  readonly complete: boolean;
  readonly at: Span;
}

export interface TextEntry {
  readonly text: string;
  readonly at: Span;
  /** The column of the text's first character (after an opening quote), on `at.line`. */
  readonly textColumn: number;
}

export interface PatternSetEntry {
  readonly name: string;
  readonly patterns: readonly TextEntry[];
  readonly at: Span;
}

export interface RepoEntry {
  /** Trimmed, as written: what is sent to the API. */
  readonly url: string;
  /** normalizeRepoUrl(url); undefined when it is not a repository URL. */
  readonly urlKey: string | undefined;
  readonly use: readonly TextEntry[];
  readonly patterns: readonly TextEntry[];
  /** False when the entry has a schema error (e.g. a misspelt "patterns"): it may look empty. */
  readonly complete: boolean;
  readonly at: Span;
}

/** Everything the policy says, from every file, in file order then document order. */
export interface PolicyParts {
  readonly defaults: LimitEntry[];
  readonly roles: LimitEntry[];
  readonly emailPatterns: LimitEntry[];
  readonly groups: GroupEntry[];
  readonly users: LimitEntry[];
  /** pendingMembers: emails named before they join the team. */
  readonly pending: MemberEntry[];
  readonly patternSets: PatternSetEntry[];
  readonly repos: RepoEntry[];
  readonly prune: Setting<boolean>[];
  readonly ignore: TextEntry[];
  readonly maxUserLimit: Setting<number>[];
  readonly requireLimitForEveryMember: Setting<boolean>[];
  readonly maxDeletesCount: Setting<number>[];
  readonly maxDeletesPercent: Setting<number>[];
  readonly maxLimitChangesCount: Setting<number>[];
  readonly maxLimitChangesPercent: Setting<number>[];
  readonly maxLimitRaise: Setting<number>[];
  readonly maxTotalLimit: Setting<number>[];
  readonly requireNamedMembersOnTeam: Setting<boolean>[];
  readonly protectedRepos: TextEntry[];
  /** Where a `directoryGroups:` section is written (even an empty one): the policy manages groups. */
  readonly directoryGroupSections: Span[];
  readonly directoryGroups: DirectoryGroupEntry[];
  readonly directoryGroupsPrune: Setting<boolean>[];
  readonly directoryGroupsIgnore: TextEntry[];
  /** Where `ownership.directoryGroups:` is written. */
  readonly directoryGroupOwnership: Span[];
  readonly requireEffectiveCaps: Setting<boolean>[];
}

function emptyParts(): PolicyParts {
  return {
    defaults: [],
    roles: [],
    emailPatterns: [],
    groups: [],
    users: [],
    pending: [],
    patternSets: [],
    repos: [],
    prune: [],
    ignore: [],
    maxUserLimit: [],
    requireLimitForEveryMember: [],
    maxDeletesCount: [],
    maxDeletesPercent: [],
    maxLimitChangesCount: [],
    maxLimitChangesPercent: [],
    maxLimitRaise: [],
    maxTotalLimit: [],
    requireNamedMembersOnTeam: [],
    protectedRepos: [],
    directoryGroupSections: [],
    directoryGroups: [],
    directoryGroupsPrune: [],
    directoryGroupsIgnore: [],
    directoryGroupOwnership: [],
    requireEffectiveCaps: [],
  };
}

export function mergeParts(all: readonly PolicyParts[]): PolicyParts {
  const merged = emptyParts();
  for (const parts of all) {
    appendAll(merged.defaults, parts.defaults);
    appendAll(merged.roles, parts.roles);
    appendAll(merged.emailPatterns, parts.emailPatterns);
    appendAll(merged.groups, parts.groups);
    appendAll(merged.users, parts.users);
    appendAll(merged.pending, parts.pending);
    appendAll(merged.patternSets, parts.patternSets);
    appendAll(merged.repos, parts.repos);
    appendAll(merged.prune, parts.prune);
    appendAll(merged.ignore, parts.ignore);
    appendAll(merged.maxUserLimit, parts.maxUserLimit);
    appendAll(merged.requireLimitForEveryMember, parts.requireLimitForEveryMember);
    appendAll(merged.maxDeletesCount, parts.maxDeletesCount);
    appendAll(merged.maxDeletesPercent, parts.maxDeletesPercent);
    appendAll(merged.maxLimitChangesCount, parts.maxLimitChangesCount);
    appendAll(merged.maxLimitChangesPercent, parts.maxLimitChangesPercent);
    appendAll(merged.maxLimitRaise, parts.maxLimitRaise);
    appendAll(merged.maxTotalLimit, parts.maxTotalLimit);
    appendAll(merged.requireNamedMembersOnTeam, parts.requireNamedMembersOnTeam);
    appendAll(merged.protectedRepos, parts.protectedRepos);
    appendAll(merged.directoryGroupSections, parts.directoryGroupSections);
    appendAll(merged.directoryGroups, parts.directoryGroups);
    appendAll(merged.directoryGroupsPrune, parts.directoryGroupsPrune);
    appendAll(merged.directoryGroupsIgnore, parts.directoryGroupsIgnore);
    appendAll(merged.directoryGroupOwnership, parts.directoryGroupOwnership);
    appendAll(merged.requireEffectiveCaps, parts.requireEffectiveCaps);
  }
  return merged;
}

/** Reads one document tolerantly: malformed parts are skipped (the schema stage reports them). */
export function extractParts(fragment: Fragment, flawed: ReadonlySet<string>): PolicyParts {
  const parts = emptyParts();
  const reader = new Reader(fragment);
  const root = reader.record("");
  if (root === undefined) return parts;

  const spend = reader.record("/spendLimits");
  if (spend) {
    if (Object.hasOwn(spend, "default")) {
      const limit = reader.limit("/spendLimits/default");
      const at = reader.keyAt("/spendLimits/default");
      parts.defaults.push({ written: "default", key: "default", limit, at, textColumn: at.column });
    }
    appendAll(parts.roles, reader.limitMap("/spendLimits/roles", normalizeRole));
    appendAll(
      parts.emailPatterns,
      reader.limitMap("/spendLimits/emailPatterns", (glob) => glob.trim().toLowerCase()),
    );
    appendAll(parts.users, reader.limitMap("/spendLimits/users", normalizeEmail, true));
    for (const [name, pointer] of reader.entries("/spendLimits/groups")) {
      if (reader.record(pointer) === undefined) continue;
      parts.groups.push({
        name,
        limit: reader.limit(pointerChild(pointer, "limit")),
        members: reader.texts(pointerChild(pointer, "members")).map(memberEntry),
        at: reader.keyAt(pointer),
      });
    }
  }

  for (const pending of reader.texts("/pendingMembers")) parts.pending.push(memberEntry(pending));

  for (const [name, pointer] of reader.entries("/blocklists/patternSets")) {
    parts.patternSets.push({ name, patterns: reader.texts(pointer), at: reader.keyAt(pointer) });
  }
  for (const [url, pointer] of reader.entries("/blocklists/repos")) {
    if (reader.record(pointer) === undefined) continue;
    parts.repos.push({
      url: url.trim(),
      urlKey: repoUrlKey(url),
      use: reader.texts(pointerChild(pointer, "use")),
      patterns: reader.texts(pointerChild(pointer, "patterns")),
      complete: ![...flawed].some((bad) => pointerWithin(bad, pointer)),
      at: reader.keyAt(pointer),
    });
  }

  if (reader.record("/directoryGroups") !== undefined) {
    parts.directoryGroupSections.push(reader.keyAt("/directoryGroups"));
  }
  for (const [name, pointer] of reader.entries("/directoryGroups")) {
    const group = reader.record(pointer);
    if (group === undefined) continue;
    const renamedFrom = reader.value(pointerChild(pointer, "renamedFrom"));
    const renamedAt = reader.valueAt(pointerChild(pointer, "renamedFrom"));
    parts.directoryGroups.push({
      name,
      nameKey: normalizeGroupName(name),
      limit: reader.limit(pointerChild(pointer, "limit")),
      members: reader.texts(pointerChild(pointer, "members")).map(memberEntry),
      emailPatterns: reader.texts(pointerChild(pointer, "emailPatterns")),
      roles: reader.texts(pointerChild(pointer, "roles")),
      renamedFrom:
        typeof renamedFrom === "string"
          ? { text: renamedFrom, at: renamedAt, textColumn: renamedAt.column }
          : undefined,
      saysMembers: ["members", "emailPatterns", "roles"].some((key) => Object.hasOwn(group, key)),
      complete: ![...flawed].some((bad) => pointerWithin(bad, pointer)),
      at: reader.keyAt(pointer),
    });
  }

  appendAll(parts.prune, reader.setting("/ownership/prune", isBoolean));
  appendAll(parts.ignore, reader.texts("/ownership/ignore"));
  appendAll(parts.maxUserLimit, reader.setting("/guardrails/maxUserLimit", isDollars));
  appendAll(
    parts.requireLimitForEveryMember,
    reader.setting("/guardrails/requireLimitForEveryMember", isBoolean),
  );
  appendAll(parts.maxDeletesCount, reader.setting("/guardrails/maxDeletes/count", isCount));
  appendAll(parts.maxDeletesPercent, reader.setting("/guardrails/maxDeletes/percent", isPercent));
  appendAll(
    parts.maxLimitChangesCount,
    reader.setting("/guardrails/maxLimitChanges/count", isCount),
  );
  appendAll(
    parts.maxLimitChangesPercent,
    reader.setting("/guardrails/maxLimitChanges/percent", isPercent),
  );
  appendAll(parts.maxLimitRaise, reader.setting("/guardrails/maxLimitRaise", isFactor));
  appendAll(parts.maxTotalLimit, reader.setting("/guardrails/maxTotalLimit", isCount));
  appendAll(
    parts.requireNamedMembersOnTeam,
    reader.setting("/guardrails/requireNamedMembersOnTeam", isBoolean),
  );
  appendAll(parts.protectedRepos, reader.texts("/guardrails/protectedRepos"));
  if (reader.record("/ownership/directoryGroups") !== undefined) {
    parts.directoryGroupOwnership.push(reader.keyAt("/ownership/directoryGroups"));
  }
  appendAll(
    parts.directoryGroupsPrune,
    reader.setting("/ownership/directoryGroups/prune", isBoolean),
  );
  appendAll(parts.directoryGroupsIgnore, reader.texts("/ownership/directoryGroups/ignore"));
  appendAll(
    parts.requireEffectiveCaps,
    reader.setting("/guardrails/requireEffectiveCaps", isBoolean),
  );
  return parts;
}

/**
 * normalizeRepoUrl, except that text it cannot decode (a stray "%" in a path makes
 * decodeURIComponent throw) counts as "not a repository URL" instead of crashing the loader.
 */
export function repoUrlKey(url: string): string | undefined {
  try {
    return normalizeRepoUrl(url);
  } catch {
    return undefined;
  }
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}

function isDollars(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_DOLLARS;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isPercent(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= 100;
}

function isFactor(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 1;
}

/** Typed, located reads of one document's plain data. */
class Reader {
  readonly #fragment: Fragment;

  constructor(fragment: Fragment) {
    this.#fragment = fragment;
  }

  value(pointer: string): unknown {
    // A value that already has a YAML problem (bad alias, tag) is not read as null.
    return valueAtPointer(this.#fragment.data, pointer, (at) => this.#fragment.suppressed.has(at));
  }

  info(pointer: string): NodeInfo | undefined {
    return this.#fragment.nodes.get(pointer);
  }

  record(pointer: string): Record<string, unknown> | undefined {
    const value = this.value(pointer);
    return isRecord(value) ? value : undefined;
  }

  /** [key, pointer] of every entry of a mapping, in written order. */
  entries(pointer: string): Array<[string, string]> {
    const record = this.record(pointer);
    if (record === undefined) return [];
    return Object.keys(record).map((key) => [key, pointerChild(pointer, key)]);
  }

  keyAt(pointer: string): Span {
    const info = this.info(pointer);
    return info?.key ?? info?.value ?? { file: this.#fragment.file, line: 1, column: 1 };
  }

  valueAt(pointer: string): Span {
    const info = this.info(pointer);
    return info?.value ?? this.keyAt(pointer);
  }

  limit(pointer: string): LimitDollars | undefined {
    return this.#limitOf(this.value(pointer), pointer);
  }

  #limitOf(value: unknown, pointer: string): LimitDollars | undefined {
    if (isDollars(value)) return value;
    if (value === "none") return null;
    if (value === null && this.info(pointer)?.empty === false) return null;
    return undefined;
  }

  /**
   * Every entry of a mapping of limits. Reads each value from the mapping itself rather than
   * walking from the root once per entry: a policy can list 200k users.
   */
  limitMap(pointer: string, normalize: (key: string) => string, exceptions = false): LimitEntry[] {
    const record = this.record(pointer);
    if (record === undefined) return [];
    const entries: LimitEntry[] = [];
    for (const written of Object.keys(record)) {
      const child = pointerChild(pointer, written);
      // A value with a YAML problem is not read (as valueAtPointer would not).
      const value = this.#fragment.suppressed.has(child) ? undefined : record[written];
      const at = this.keyAt(child);
      const entry = {
        written,
        key: normalize(written),
        limit: this.#limitOf(value, child),
        at,
        textColumn: at.column + (this.info(child)?.keyQuoted ? 1 : 0),
      };
      entries.push(exceptions && isRecord(value) ? this.#exception(entry, child) : entry);
    }
    return entries;
  }

  /** A users entry written as `{ limit, until }`: its limit, and the date as written. */
  #exception(entry: LimitEntry, pointer: string): LimitEntry {
    const limitAt = pointerChild(pointer, "limit");
    const untilAt = pointerChild(pointer, "until");
    const until = this.value(untilAt);
    const at = this.valueAt(untilAt);
    return {
      ...entry,
      limit: this.limit(limitAt),
      ...(typeof until === "string"
        ? {
            until: {
              text: until,
              at,
              textColumn: at.column + (this.info(untilAt)?.quoted ? 1 : 0),
            },
          }
        : {}),
    };
  }

  /** The string items of a list, located; other items are skipped (reported by the schema). */
  texts(pointer: string): TextEntry[] {
    const value = this.value(pointer);
    if (!Array.isArray(value)) return [];
    const items: TextEntry[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item === "string") {
        const child = pointerChild(pointer, index);
        const at = this.valueAt(child);
        const textColumn = at.column + (this.info(child)?.quoted ? 1 : 0);
        items.push({ text: item, at, textColumn });
      }
    });
    return items;
  }

  setting<T>(pointer: string, accept: (value: unknown) => value is T): Setting<T>[] {
    const value = this.value(pointer);
    return accept(value) ? [{ value, at: this.keyAt(pointer) }] : [];
  }
}
