// The desired state: what the policy files say, loaded, validated, normalised and resolved.
// It is plain data; `resolveLimit` in src/plan/limit-resolver.ts answers "which limit applies to
// this member and which rule gave it".

import type { SourceLocation } from "./source.js";

/** Whole dollars, or null for "no limit". */
export type LimitDollars = number | null;

/** Spend-limit rule ranks, most specific first. The order is the documented precedence. */
export const LIMIT_RULE_RANKS = ["user", "group", "emailPattern", "role", "default"] as const;
export type LimitRuleRank = (typeof LIMIT_RULE_RANKS)[number];

/** A reference to the rule that produced a limit: shown as "set by group `contractors`". */
export interface LimitRuleRef {
  readonly rank: LimitRuleRank;
  /** The email, group name, glob, role, or "default". */
  readonly name: string;
  readonly source: SourceLocation;
  /** A temporary exception (a `users` entry with `until`): the last day it holds, YYYY-MM-DD. */
  readonly until?: string;
}

export interface UserLimitRule {
  /** normalizeEmail()'d. */
  readonly email: string;
  readonly limit: LimitDollars;
  readonly source: SourceLocation;
  /**
   * A temporary exception: the last day (YYYY-MM-DD, UTC, inclusive) the limit holds. From the
   * day after, the planner skips the rule and the member falls back to their other rules.
   */
  readonly until?: string;
}

export interface GroupLimitRule {
  readonly name: string;
  readonly limit: LimitDollars;
  /** normalizeEmail()'d, unique. */
  readonly members: readonly string[];
  readonly source: SourceLocation;
}

export interface EmailPatternLimitRule {
  /** A minimatch glob matched against the normalised email, e.g. `*@contractors.example.com`. */
  readonly pattern: string;
  readonly limit: LimitDollars;
  readonly source: SourceLocation;
}

export interface RoleLimitRule {
  /** normalizeRole()'d. */
  readonly role: string;
  readonly limit: LimitDollars;
  readonly source: SourceLocation;
}

export interface DefaultLimitRule {
  readonly limit: LimitDollars;
  readonly source: SourceLocation;
}

export interface SpendLimitRules {
  readonly users: readonly UserLimitRule[];
  readonly groups: readonly GroupLimitRule[];
  readonly emailPatterns: readonly EmailPatternLimitRule[];
  readonly roles: readonly RoleLimitRule[];
  readonly default?: DefaultLimitRule;
}

export type LimitResolution =
  | { readonly kind: "limit"; readonly limit: LimitDollars; readonly rule: LimitRuleRef }
  /** No rule covers this member: left alone and reported. */
  | { readonly kind: "uncovered" }
  /** Two rules of the same (winning) rank give different limits: a policy error. */
  | { readonly kind: "conflict"; readonly rules: readonly LimitRuleRef[] };

export interface DesiredBlocklist {
  /** As written in policy. */
  readonly url: string;
  /** normalizeRepoUrl(url). */
  readonly urlKey: string;
  /** Resolved (pattern sets expanded), de-duplicated, sorted. */
  readonly patterns: readonly string[];
  readonly source: SourceLocation;
}

export interface Ownership {
  /** Delete live blocklists the policy does not declare (true), or only report them (false). */
  readonly prune: boolean;
  /** Globs over normalised repo URLs for live entries managed elsewhere: never touched. */
  readonly ignore: readonly string[];
}

/**
 * A size threshold over one kind of change to one kind of live object (blocklist deletions,
 * members whose limit changes): both parts, when given, must hold. The policy's value replaces
 * the built-in default for that kind (src/plan/thresholds.ts).
 */
export interface ChangeThreshold {
  /** At most this many changes of the kind per apply. */
  readonly count?: number;
  /** At most this percentage (0-100) of the live objects of the kind changed per apply. */
  readonly percent?: number;
}

/**
 * A Cursor directory group the policy declares (`directoryGroups.<name>`): a group on the team
 * with its own monthly limit and members. Not a spend-limit rule group (`spendLimits.groups`),
 * which only names members that get the same per-user limit.
 */
export interface DesiredDirectoryGroup {
  /** As written in policy: what is sent to the API on create or rename. */
  readonly name: string;
  /** normalizeGroupName(name): the key groups are matched by. */
  readonly nameKey: string;
  /** The group's monthly limit; null for none. */
  readonly limit: LimitDollars;
  /** Members named by email: normalizeEmail()'d, unique, sorted. */
  readonly members: readonly string[];
  /** Email globs (lower-cased, sorted): every team member matching one is a member. */
  readonly emailPatterns: readonly string[];
  /** Team roles (normalizeRole()'d, sorted): every team member with one is a member. */
  readonly roles: readonly string[];
  /** The group's previous name, as written: a live group of that name is renamed, not recreated. */
  readonly renamedFrom?: string;
  readonly source: SourceLocation;
}

/** Which live directory groups the policy owns (`ownership.directoryGroups`). */
export interface DirectoryGroupOwnership {
  /** Delete live groups the policy does not declare (true), or only report them (false). */
  readonly prune: boolean;
  /** Globs over group names (case-insensitive) for groups managed elsewhere: never touched. */
  readonly ignore: readonly string[];
}

export interface DesiredDirectoryGroups {
  /** Sorted by nameKey. */
  readonly groups: readonly DesiredDirectoryGroup[];
  readonly ownership: DirectoryGroupOwnership;
}

export interface Guardrails {
  /** No per-user limit above this many dollars (null limits are "above" any maximum). */
  readonly maxUserLimitDollars?: number;
  /** Every team member must end the apply with a limit (not uncovered, not "no limit"). */
  readonly requireLimitForEveryMember: boolean;
  /** Blocklist deletions per apply (`guardrails.maxDeletes`). */
  readonly maxDeletes?: ChangeThreshold;
  /** Members whose limit changes per apply (`guardrails.maxLimitChanges`). */
  readonly maxLimitChanges?: ChangeThreshold;
  /** No limit is raised to more than this many times what it is (`guardrails.maxLimitRaise`). */
  readonly maxLimitRaise?: number;
  /** The sum of all members' limits after the apply may not exceed this (`guardrails.maxTotalLimit`). */
  readonly maxTotalLimitDollars?: number;
  /**
   * An email the policy names that is not on the team (and not in `pendingMembers`) blocks the
   * plan instead of warning (`guardrails.requireNamedMembersOnTeam`; absent = false).
   */
  readonly requireNamedMembersOnTeam?: boolean;
  /** Globs over normalised repo URLs whose blocklists are never deleted. */
  readonly protectedRepos: readonly string[];
  /**
   * A member cap that a higher directory-group limit overrides (`ineffective-cap`) blocks the
   * plan instead of being a warning. Absent: false.
   */
  readonly requireEffectiveCaps?: boolean;
}

export interface DesiredState {
  readonly spendLimits: SpendLimitRules;
  readonly blocklists: readonly DesiredBlocklist[];
  readonly ownership: Ownership;
  readonly guardrails: Guardrails;
  /**
   * Emails (normalised, sorted) named on purpose before they join the team: a rule naming one of
   * them is not a typo, so the plan notes it instead of warning. Absent when the policy lists none.
   */
  readonly pendingMembers?: readonly string[];
  /**
   * Cursor directory groups, when the policy manages them (it has a `directoryGroups` section or
   * `ownership.directoryGroups`); absent: the policy leaves directory groups alone.
   */
  readonly directoryGroups?: DesiredDirectoryGroups;
  /** The policy files that were merged, relative to the policy directory, sorted. */
  readonly files: readonly string[];
}
