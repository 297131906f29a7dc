// Stage 4: rules over the merged policy. Each rule is a small named function from the merged
// parts to problems; POLICY_RULES lists them all, in the order they are documented.
// What depends on the live team (who is a member, which blocklists exist) is the planner's job;
// these rules catch what the policy files alone already decide.

import { Minimatch } from "minimatch";
import type { LimitDollars } from "../model/desired.js";
import { appendAll } from "../shared/arrays.js";
import { EMAIL_GLOB_OPTIONS } from "../shared/email-globs.js";
import { compileGroupNameGlobs, GROUP_NAME_GLOB_OPTIONS } from "../shared/group-name-globs.js";
import { isHiddenCharacter } from "../shared/hidden-characters.js";
import { normalizeGroupName } from "../shared/normalize.js";
import { describeCharacter } from "../shared/unicode-names.js";
import { compileUrlGlobs } from "../shared/url-globs.js";
import { findLookalike, type Lookalike } from "./lookalikes.js";
import {
  type DirectoryGroupEntry,
  type GroupEntry,
  type LimitEntry,
  type PolicyParts,
  type RepoEntry,
  repoUrlKey,
  type Setting,
  type TextEntry,
} from "./parts.js";
import {
  type PolicyProblem,
  type ProblemCode,
  problemAt,
  relatedAt,
  type Span,
} from "./problems.js";
import { closest } from "./suggest.js";

type PolicyRule = (parts: PolicyParts) => PolicyProblem[];

const KNOWN_ROLES = ["owner", "member", "free-owner"] as const;
const KNOWN_ROLE_SET: ReadonlySet<string> = new Set(KNOWN_ROLES);

/** "policies/limits.yaml:4:5": how one place names another in a message. */
function placeOf(at: Span): string {
  return `${at.file}:${at.line}:${at.column}`;
}

function showLimit(limit: LimitDollars): string {
  return limit === null ? "none (no limit)" : `$${limit}`;
}

/** The one entry of a setting, when it is written exactly once (twice is reported elsewhere). */
function single<T>(settings: readonly Setting<T>[]): Setting<T> | undefined {
  return settings.length === 1 ? settings[0] : undefined;
}

// --- written twice -----------------------------------------------------------------------

/** A setting (spendLimits.default, ownership.prune, ...) written in two places. */
function settingsWrittenOnce(parts: PolicyParts): PolicyProblem[] {
  const settings: Array<[string, readonly { at: Span }[]]> = [
    ["spendLimits.default", parts.defaults],
    ["ownership.prune", parts.prune],
    ["guardrails.maxUserLimit", parts.maxUserLimit],
    ["guardrails.requireLimitForEveryMember", parts.requireLimitForEveryMember],
    ["guardrails.maxDeletes.count", parts.maxDeletesCount],
    ["guardrails.maxDeletes.percent", parts.maxDeletesPercent],
    ["guardrails.maxLimitChanges.count", parts.maxLimitChangesCount],
    ["guardrails.maxLimitChanges.percent", parts.maxLimitChangesPercent],
    ["guardrails.maxLimitRaise", parts.maxLimitRaise],
    ["guardrails.maxTotalLimit", parts.maxTotalLimit],
    ["guardrails.requireNamedMembersOnTeam", parts.requireNamedMembersOnTeam],
    ["ownership.directoryGroups.prune", parts.directoryGroupsPrune],
    ["guardrails.requireEffectiveCaps", parts.requireEffectiveCaps],
  ];
  const problems: PolicyProblem[] = [];
  for (const [name, entries] of settings) {
    const [first, ...rest] = entries;
    if (first === undefined) continue;
    for (const again of rest) {
      problems.push(
        problemAt("duplicate-setting", again.at, {
          message: `${name} is set twice (first at ${placeOf(first.at)})`,
          hint: "a setting is written in one place across all policy files: remove one of them",
          related: [relatedAt(first.at, `${name} first set here`)],
        }),
      );
    }
  }
  return problems;
}

/** Reports every entry whose normalised key was already used by an earlier one. */
function duplicatesBy<T extends { readonly at: Span }>(
  entries: readonly T[],
  key: (entry: T) => string | undefined,
  report: (again: T, first: T) => PolicyProblem,
): PolicyProblem[] {
  const seen = new Map<string, T>();
  const problems: PolicyProblem[] = [];
  for (const entry of entries) {
    const k = key(entry);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, entry);
    else problems.push(report(entry, first));
  }
  return problems;
}

function spelling(again: string, first: string): string {
  return again === first ? "" : ` (written "${first}" there)`;
}

/** The same user, role, email pattern, group or pattern set defined twice. */
function namedEntriesWrittenOnce(parts: PolicyParts): PolicyProblem[] {
  const limitDuplicates = (
    entries: readonly LimitEntry[],
    code: ProblemCode,
    noun: string,
    hint: string,
  ) =>
    duplicatesBy(
      entries,
      (entry) => entry.key,
      (again, first) =>
        problemAt(code, again.at, {
          message: `${noun} "${again.written}" is given a limit twice: here and at ${placeOf(first.at)}${spelling(again.written, first.written)}`,
          hint,
          related: [relatedAt(first.at, `${noun} "${first.written}" first given a limit here`)],
        }),
    );
  return [
    ...limitDuplicates(
      parts.users,
      "duplicate-user",
      "user",
      "give each user one entry under spendLimits.users (emails are compared case-insensitively)",
    ),
    ...limitDuplicates(
      parts.roles,
      "duplicate-role",
      "role",
      "give each role one entry under spendLimits.roles (roles are compared case-insensitively)",
    ),
    ...limitDuplicates(
      parts.emailPatterns,
      "duplicate-email-pattern",
      "email pattern",
      "give each email pattern one entry (patterns are compared case-insensitively)",
    ),
    ...duplicatesBy(
      parts.groups,
      (group) => group.name,
      (again, first) =>
        problemAt("duplicate-group", again.at, {
          message: `group "${again.name}" is defined twice: here and at ${placeOf(first.at)}`,
          hint: "define each group once; list all its members there",
          related: [relatedAt(first.at, `group "${first.name}" first defined here`)],
        }),
    ),
    ...duplicatesBy(
      parts.directoryGroups,
      (group) => group.nameKey,
      (again, first) =>
        problemAt("duplicate-directory-group", again.at, {
          message: `directory group "${again.name}" is declared twice: here and at ${placeOf(first.at)}${spelling(again.name, first.name)}`,
          hint: "declare each directory group once, with all its members (names are compared case-insensitively)",
          related: [relatedAt(first.at, `directory group "${first.name}" first declared here`)],
        }),
    ),
    ...duplicatesBy(
      parts.patternSets,
      (set) => set.name,
      (again, first) =>
        problemAt("duplicate-pattern-set", again.at, {
          message: `pattern set "${again.name}" is defined twice: here and at ${placeOf(first.at)}`,
          hint: "define each pattern set once",
          related: [relatedAt(first.at, `pattern set "${first.name}" first defined here`)],
        }),
    ),
  ];
}

/** Two repo entries that normalise to the same repository. */
function reposWrittenOnce(parts: PolicyParts): PolicyProblem[] {
  return duplicatesBy(
    parts.repos,
    (repo) => repo.urlKey,
    (again, first) =>
      problemAt("duplicate-repo", again.at, {
        message:
          again.url === first.url
            ? `repo "${again.url}" is declared twice: here and at ${placeOf(first.at)}`
            : `repo "${again.url}" and repo "${first.url}" (at ${placeOf(first.at)}) are the same repository: both normalise to ${again.urlKey ?? ""}`,
        hint: "declare each repository once; URLs are compared ignoring case, a .git suffix, a trailing slash and the ssh/https form",
        related: [relatedAt(first.at, `"${first.url}" first declared here`)],
      }),
  );
}

// --- users and groups --------------------------------------------------------------------

const EMAIL =
  /^[^\s@"<>(),;:[\]\\]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function isValidEmail(normalized: string): boolean {
  return EMAIL.test(normalized);
}

/**
 * Every email under users and in group members must be an email address, and must not be a
 * look-alike of another (lookalikes.ts): the place of the offending character is named.
 */
function emailsAreValid(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const check = (entry: EmailEntry, role: string) => {
    const lookalike = findLookalike(entry.written);
    if (lookalike !== undefined) {
      problems.push(lookalikeProblem(entry, lookalike, role));
      return;
    }
    if (GLOB_CHARACTERS.test(entry.written)) {
      problems.push(globProblem(entry, role));
      return;
    }
    if (isValidEmail(entry.email)) return;
    problems.push(
      problemAt("invalid-email", entry.at, {
        message: `"${entry.written}" is not a valid email address (${role})${nonAsciiDomain(entry)}`,
        hint: emailHint(entry.written),
      }),
    );
  };
  for (const user of parts.users) {
    check({ ...user, email: user.key }, "under spendLimits.users");
  }
  for (const group of parts.groups) {
    for (const member of group.members) check(member, `member of group "${group.name}"`);
  }
  for (const pending of parts.pending) check(pending, "in pendingMembers");
  for (const group of parts.directoryGroups) {
    for (const member of group.members) {
      check(member, `member of directory group "${group.name}"`);
    }
  }
  return problems;
}

/**
 * Characters that make text a glob. Some are allowed in the local part of an address, but no
 * team's member uses them, while `users: {"*@acme.example": 20}` is a common slip that would
 * otherwise name nobody and apply nothing.
 */
const GLOB_CHARACTERS = /[*?[\]{}]/;

function globProblem(entry: EmailEntry, role: string): PolicyProblem {
  const quoted = JSON.stringify(entry.written);
  return problemAt("invalid-email", entry.at, {
    message: `${quoted} (${role}) is a glob, not an email address: it names nobody`,
    hint:
      role === "under spendLimits.users"
        ? `to give everyone it matches a limit, move it under spendLimits.emailPatterns (${quoted}: <limit>); users are exact emails`
        : "list exact emails here; to give everyone a glob matches a limit, use spendLimits.emailPatterns",
  });
}

interface EmailEntry {
  readonly written: string;
  readonly email: string;
  readonly at: Span;
  readonly textColumn: number;
}

function lookalikeProblem(entry: EmailEntry, found: Lookalike, role: string): PolicyProblem {
  const column = entry.textColumn + found.index;
  const at = { file: entry.at.file, line: entry.at.line, column };
  const where = `${found.described} at column ${column}`;
  const address = `"${entry.written}" (${role})`;
  switch (found.kind) {
    case "invisible":
      return problemAt("email-invisible-character", at, {
        message: `${address} contains ${where}, an invisible character`,
        hint: "retype the address: an invisible character makes an address that looks like a real member's but names nobody",
      });
    case "compatibility":
      return problemAt("email-lookalike-character", at, {
        message: `${address} contains ${where}, a look-alike of "${found.detail}"`,
        hint: `write "${found.detail}" instead: the look-alike makes an address that reads like a real member's but names nobody`,
      });
    case "mixed-scripts":
      return problemAt("email-mixed-scripts", at, {
        message: `${address} mixes scripts: ${where} among ${found.detail} letters`,
        hint: "retype the address in one script: a letter from another script makes an address that looks like a real member's but names nobody",
      });
  }
}

/** `: the domain must be ASCII, but it contains U+... at column N`, for a non-ASCII domain. */
function nonAsciiDomain(entry: EmailEntry): string {
  const at = entry.written.lastIndexOf("@");
  if (at < 0) return "";
  const offset = entry.written.slice(at + 1).search(/[^\p{ASCII}]/u);
  if (offset < 0) return "";
  const index = at + 1 + offset;
  const char = String.fromCodePoint(entry.written.codePointAt(index) ?? 0);
  return `: the domain must be ASCII (an internationalised domain in its xn-- form), but it contains ${describeCharacter(char)} at column ${entry.textColumn + index}`;
}

function emailHint(written: string): string {
  if (!written.includes("@")) return "write the full address, e.g. ada.lovelace@acme.example";
  return "write a plain address such as ada.lovelace@acme.example (no name, no angle brackets)";
}

/** The same member listed twice in one group (a rule group or a directory group). */
function groupMembersListedOnce(parts: PolicyParts): PolicyProblem[] {
  const groups = [
    ...parts.groups.map((group) => ({ what: `group "${group.name}"`, members: group.members })),
    ...parts.directoryGroups.map((group) => ({
      what: `directory group "${group.name}"`,
      members: group.members,
    })),
  ];
  return groups.flatMap((group) =>
    duplicatesBy(
      group.members,
      (member) => member.email,
      (again, first) =>
        problemAt("duplicate-member", again.at, {
          message: `"${again.written}" is listed twice in ${group.what} (first at ${placeOf(first.at)})`,
          hint: "list each member once",
          related: [relatedAt(first.at, `"${first.written}" first listed here`)],
        }),
    ),
  );
}

/**
 * A member of two groups that give different limits: two rules of the same rank disagree.
 * A users entry for that member settles it (users beat groups), so that is not reported.
 */
function groupLimitsAgree(parts: PolicyParts): PolicyProblem[] {
  const hasUserRule = new Set(parts.users.map((user) => user.key));
  const firstMembership = new Map<string, { group: GroupEntry; at: Span }>();
  const problems: PolicyProblem[] = [];
  for (const group of parts.groups) {
    if (group.limit === undefined) continue;
    const seenInGroup = new Set<string>();
    for (const member of group.members) {
      if (seenInGroup.has(member.email)) continue;
      seenInGroup.add(member.email);
      const first = firstMembership.get(member.email);
      if (first === undefined) {
        firstMembership.set(member.email, { group, at: member.at });
        continue;
      }
      if (first.group.limit === group.limit || hasUserRule.has(member.email)) continue;
      if (first.group.name === group.name) continue;
      problems.push(
        problemAt("conflicting-group-limits", member.at, {
          message: `"${member.written}" is in group "${group.name}" (${showLimit(group.limit ?? null)}) and in group "${first.group.name}" (${showLimit(first.group.limit ?? null)}, at ${placeOf(first.at)}): two groups give different limits`,
          hint: `remove the member from one group, or give them their own limit under spendLimits.users (users beat groups)`,
          related: [relatedAt(first.at, `also a member of group "${first.group.name}" here`)],
        }),
      );
    }
  }
  return problems;
}

/** `until` must be a real date, YYYY-MM-DD: the day after it, the exception ends. */
function exceptionDatesAreValid(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const user of parts.users) {
    const until = user.until;
    if (until === undefined || isCalendarDate(until.text.trim())) continue;
    problems.push(
      problemAt("invalid-date", until.at, {
        message: `the end date (until) of user "${user.written}" is "${until.text}", not a date written YYYY-MM-DD`,
        hint: "write the last day the exception holds as YYYY-MM-DD, e.g. 2027-01-31 (UTC)",
      }),
    );
  }
  return problems;
}

/** "2027-01-31" and a day that exists (not 2027-02-30). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * pendingMembers is for emails a rule names: one that no rule names does nothing (and an email
 * listed twice is listed once too many).
 */
function pendingMembersAreNamed(parts: PolicyParts): PolicyProblem[] {
  const named = new Set<string>(parts.users.map((user) => user.key));
  for (const group of parts.groups) for (const member of group.members) named.add(member.email);
  for (const group of parts.directoryGroups) {
    for (const member of group.members) named.add(member.email);
  }
  const problems: PolicyProblem[] = [];
  for (const pending of parts.pending) {
    if (named.has(pending.email) || !isValidEmail(pending.email)) continue;
    problems.push(
      problemAt("unused-pending-member", pending.at, {
        message: `"${pending.written}" is in pendingMembers, but no user entry, group or directory group names it`,
        hint: "give them a limit under spendLimits.users, add them to a group or a directory group, or remove the entry",
      }),
    );
  }
  problems.push(
    ...duplicatesBy(
      parts.pending,
      (pending) => pending.email,
      (again, first) =>
        problemAt("duplicate-entry", again.at, {
          message: `"${again.written}" is listed twice in pendingMembers (first at ${placeOf(first.at)})`,
          hint: "list it once",
          related: [relatedAt(first.at, "first listed here")],
        }),
    ),
  );
  return problems;
}

/** A role the API does not know: probably a typo, since unknown roles match nobody. */
function rolesAreKnown(parts: PolicyParts): PolicyProblem[] {
  const roles = [
    ...parts.roles.map((role) => ({ written: role.written, key: role.key, at: role.at })),
    ...parts.directoryGroups.flatMap((group) =>
      group.roles.map((role) => ({
        written: role.text,
        key: role.text.trim().toLowerCase(),
        at: role.at,
      })),
    ),
  ];
  return roles
    .filter((role) => !KNOWN_ROLE_SET.has(role.key))
    .map((role) => {
      const suggestion = closest(role.key, KNOWN_ROLES);
      return problemAt("unknown-role", role.at, {
        message: `role "${role.written}" is not a Cursor team role (${KNOWN_ROLES.join(", ")}), so it may match nobody`,
        hint:
          suggestion === undefined
            ? "check the role names the Admin API returns for your team"
            : `did you mean "${suggestion}"?`,
      });
    });
}

// --- email patterns ----------------------------------------------------------------------

/** An email glob minimatch cannot parse, or one that can never match an email address. */
function emailPatternsCanMatch(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const entries = [
    ...parts.emailPatterns.map((entry) => ({
      written: entry.written,
      key: entry.key,
      at: entry.at,
    })),
    ...parts.directoryGroups.flatMap((group) =>
      group.emailPatterns.map((entry) => ({
        written: entry.text,
        key: entry.text.trim().toLowerCase(),
        at: entry.at,
      })),
    ),
  ];
  for (const entry of entries) {
    const glob = entry.key;
    if (!globCompiles(glob, EMAIL_GLOB_OPTIONS)) {
      problems.push(
        problemAt("invalid-glob", entry.at, {
          message: `email pattern "${entry.written}" is not a glob minimatch can use (it can never match)`,
          hint: "check brackets and braces; a character range such as [a-z] must go from low to high",
        }),
      );
      continue;
    }
    const reason = whyEmailGlobNeverMatches(glob);
    if (reason !== undefined) {
      problems.push(
        problemAt("email-pattern-never-matches", entry.at, {
          message: `email pattern "${entry.written}" can never match an email address: ${reason.why}`,
          hint: reason.hint,
        }),
      );
    }
  }
  return problems;
}

/**
 * Whether minimatch can use a glob. minimatch is lenient: it rejects very little outright, and
 * turns a reversed character range such as `[z-a]` into a regex that matches nothing (`$.`).
 */
function globCompiles(glob: string, options: object): boolean {
  try {
    const regex = new Minimatch(glob, options).makeRe();
    return regex !== false && !regex.source.includes("$.");
  } catch {
    return false;
  }
}

/** The statically decidable ways an email glob matches nothing; undefined when it may match. */
function whyEmailGlobNeverMatches(glob: string): { why: string; hint: string } | undefined {
  if (glob.includes("/")) {
    return {
      why: 'it contains "/", which no email has (and which globs treat as a path separator)',
      hint: 'remove the "/", e.g. "*@contractors.acme.example"',
    };
  }
  // Not EMAIL_GLOB_OPTIONS: with nocase, minimatch reports every glob with a letter as magic.
  const magic = new Minimatch(glob, { dot: true }).hasMagic();
  const literalAts = glob.replace(/\[[^\]]*\]/g, "").split("@").length - 1;
  if (!magic && !isValidEmail(glob)) {
    return {
      why: "it has no wildcard and is not an email address",
      hint: glob.includes("@")
        ? "check the address, or use a wildcard such as *@domain"
        : `did you mean "*@${glob.replace(/^@/, "")}"?`,
    };
  }
  if (literalAts > 1) {
    return { why: 'it contains more than one "@"', hint: 'use one "@", e.g. "*@acme.example"' };
  }
  if (glob.startsWith("@")) {
    return { why: 'nothing can come before the "@"', hint: `did you mean "*${glob}"?` };
  }
  if (glob.endsWith("@")) {
    return { why: 'nothing can come after the "@"', hint: `did you mean "${glob}*"?` };
  }
  return undefined;
}

// --- blocklist patterns ------------------------------------------------------------------

function allPatterns(parts: PolicyParts): Array<{ entry: TextEntry; owner: string }> {
  return [
    ...parts.patternSets.flatMap((set) =>
      set.patterns.map((entry) => ({ entry, owner: `pattern set "${set.name}"` })),
    ),
    ...parts.repos.flatMap((repo) =>
      repo.patterns.map((entry) => ({ entry, owner: `repo "${repo.url}"` })),
    ),
  ];
}

/** Blocklist patterns are relative globs inside the repository, and minimatch must read them. */
function blocklistPatternsAreRelativeGlobs(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const { entry, owner } of allPatterns(parts)) {
    const pattern = entry.text;
    const add = (code: ProblemCode, message: string, hint: string) =>
      problems.push(problemAt(code, entry.at, { message: `${message} (in ${owner})`, hint }));
    if (pattern.trim() === "") {
      add(
        "empty-pattern",
        "a blocklist pattern is empty",
        'remove it, or write a glob such as "*.env"',
      );
    } else if (/^(\/|~|[A-Za-z]:[\\/]|\\\\)/.test(pattern.trim())) {
      add(
        "absolute-pattern",
        `blocklist pattern "${pattern}" is an absolute path`,
        `patterns are relative to the repository root: write "${pattern.trim().replace(/^(\/+|~\/?|[A-Za-z]:[\\/]+|\\\\+)/, "")}"`,
      );
    } else if (pattern.split(/[\\/]/).includes("..")) {
      add(
        "parent-pattern",
        `blocklist pattern "${pattern}" uses "..", which leaves the repository`,
        "patterns match files inside the repository: remove the .. segments",
      );
    } else if (!globCompiles(pattern, {})) {
      add(
        "invalid-glob",
        `blocklist pattern "${pattern}" is not a glob minimatch can use (it can never match a file)`,
        "check brackets and braces; a character range such as [a-z] must go from low to high",
      );
    }
  }
  return problems;
}

/** `use` names a pattern set that does not exist; a pattern set no repo uses. */
function patternSetsResolve(parts: PolicyParts): PolicyProblem[] {
  const defined = new Map(parts.patternSets.map((set) => [set.name, set]));
  // A misspelt reference "uses" the set it was meant for: one typo, one problem.
  const used = new Set<string>();
  const problems: PolicyProblem[] = [];
  for (const repo of parts.repos) {
    for (const use of repo.use) {
      used.add(use.text);
      if (defined.has(use.text)) continue;
      const suggestion = closest(use.text, [...defined.keys()].sort());
      if (suggestion !== undefined) used.add(suggestion);
      problems.push(
        problemAt("unknown-pattern-set", use.at, {
          message: `repo "${repo.url}" uses pattern set "${use.text}", which is not defined`,
          hint:
            suggestion !== undefined
              ? `did you mean "${suggestion}"?`
              : defined.size > 0
                ? `the pattern sets defined are: ${[...defined.keys()].sort().join(", ")}`
                : "define it under blocklists.patternSets",
        }),
      );
    }
  }
  for (const set of parts.patternSets) {
    if (used.has(set.name)) continue;
    problems.push(
      problemAt("unused-pattern-set", set.at, {
        message: `pattern set "${set.name}" is not used by any repo`,
        hint: `add it to a repo's "use:" list, or remove it`,
      }),
    );
  }
  return problems;
}

/** A pattern written twice in one list, a set used twice, or a pattern a used set already gives. */
function patternsListedOnce(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const sets = new Map(parts.patternSets.map((set) => [set.name, set]));
  const repeated = (entries: readonly TextEntry[], owner: string) =>
    duplicatesBy(
      entries,
      (entry) => entry.text,
      (again, first) =>
        problemAt("duplicate-pattern", again.at, {
          message: `pattern "${again.text}" is listed twice in ${owner} (first at ${placeOf(first.at)})`,
          hint: "remove the repeated pattern",
          related: [relatedAt(first.at, "first listed here")],
        }),
    );
  for (const set of parts.patternSets) {
    appendAll(problems, repeated(set.patterns, `pattern set "${set.name}"`));
  }
  for (const repo of parts.repos) {
    appendAll(problems, repeated(repo.patterns, `repo "${repo.url}"`));
    appendAll(
      problems,
      duplicatesBy(
        repo.use,
        (use) => use.text,
        (again, first) =>
          problemAt("duplicate-entry", again.at, {
            message: `repo "${repo.url}" uses pattern set "${again.text}" twice (first at ${placeOf(first.at)})`,
            hint: "list each pattern set once",
            related: [relatedAt(first.at, "first listed here")],
          }),
      ),
    );
    for (const entry of repo.patterns) {
      const from = repo.use.find((use) =>
        sets.get(use.text)?.patterns.some((p) => p.text === entry.text),
      );
      if (from === undefined) continue;
      problems.push(
        problemAt("duplicate-pattern", entry.at, {
          message: `pattern "${entry.text}" in repo "${repo.url}" is already in pattern set "${from.text}", which the repo uses`,
          hint: "remove it from the repo's patterns",
        }),
      );
    }
  }
  return problems;
}

/** A declared repo must end up with at least one pattern (the API's reading of [] is unknown). */
function blocklistsAreNotEmpty(parts: PolicyParts): PolicyProblem[] {
  const defined = new Set(parts.patternSets.map((set) => set.name));
  return parts.repos
    .filter((repo) => repo.complete && expandedPatterns(repo, parts).length === 0)
    .filter((repo) => repo.use.every((use) => defined.has(use.text)))
    .map((repo) =>
      problemAt("empty-blocklist", repo.at, {
        message: `repo "${repo.url}" has no patterns`,
        hint: 'list patterns under "patterns:" or pattern sets under "use:"; to stop managing the repo, remove the entry (with prune: true its blocklist is then deleted)',
      }),
    );
}

/** A repo's patterns: its pattern sets expanded, plus its own; de-duplicated and sorted. */
export function expandedPatterns(repo: RepoEntry, parts: PolicyParts): string[] {
  const sets = new Map(parts.patternSets.map((set) => [set.name, set]));
  const patterns = new Set<string>();
  for (const use of repo.use) {
    for (const entry of sets.get(use.text)?.patterns ?? []) patterns.add(entry.text);
  }
  for (const entry of repo.patterns) patterns.add(entry.text);
  return [...patterns].sort();
}

// --- repository URLs ---------------------------------------------------------------------

/** Every repos key must be a repository URL. */
function repoUrlsAreValid(parts: PolicyParts): PolicyProblem[] {
  return parts.repos
    .filter((repo) => repo.urlKey === undefined)
    .map((repo) =>
      problemAt("invalid-repo-url", repo.at, {
        message: `"${repo.url}" is not a repository URL`,
        hint: /%(?![0-9a-f]{2})/i.test(repo.url)
          ? 'a "%" in a URL must start an escape such as %20: copy the URL from the address bar'
          : "write the URL as you would clone it, e.g. https://github.com/acme/payments or git@github.com:acme/payments.git",
      }),
    );
}

/** ownership.ignore and guardrails.protectedRepos hold URLs or globs over normalised URLs. */
function repoGlobsAreValid(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const lists: Array<[string, readonly TextEntry[]]> = [
    ["ownership.ignore", parts.ignore],
    ["guardrails.protectedRepos", parts.protectedRepos],
  ];
  for (const [list, entries] of lists) {
    for (const entry of entries) {
      const reason = whyRepoGlobIsInvalid(entry.text);
      if (reason !== undefined) {
        problems.push(
          problemAt("invalid-repo-glob", entry.at, {
            message: `"${entry.text}" in ${list} ${reason}`,
            hint: "write a repository URL (https://github.com/acme/payments) or a glob over normalised URLs (https://github.com/acme/data-*)",
          }),
        );
      }
    }
    problems.push(
      ...duplicatesBy(
        entries,
        (entry) => entry.text.trim().toLowerCase(),
        (again, first) =>
          problemAt("duplicate-entry", again.at, {
            message: `"${again.text}" is listed twice in ${list} (first at ${placeOf(first.at)})`,
            hint: "list it once",
            related: [relatedAt(first.at, "first listed here")],
          }),
      ),
    );
  }
  return problems;
}

/** The globs compileUrlGlobs can take (invalid ones are reported by repoGlobsAreValid). */
function validRepoGlobs(entries: readonly TextEntry[]): string[] {
  return entries.filter((e) => whyRepoGlobIsInvalid(e.text) === undefined).map((e) => e.text);
}

/** Why a URL glob can never match a normalised URL (https://host/path), or undefined. */
function whyRepoGlobIsInvalid(text: string): string | undefined {
  const glob = text.trim().toLowerCase();
  if (glob === "") return "is empty";
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(glob, { dot: true, nocomment: true, nonegate: true });
  } catch {
    return "is not a glob minimatch can read";
  }
  if (!matcher.hasMagic()) {
    return repoUrlKey(text) === undefined ? "is not a repository URL" : undefined;
  }
  if (!globCompiles(glob, { dot: true, nocomment: true, nonegate: true })) {
    return "is not a glob minimatch can use (it can never match)";
  }
  if (!glob.startsWith("https://") && !/^[*?[{]/.test(glob)) {
    return "can never match: globs are matched against normalised URLs, which start with https://";
  }
  if (glob.endsWith(".git") || glob.endsWith("/")) {
    return "can never match: normalised URLs have no .git suffix and no trailing slash";
  }
  return undefined;
}

// --- guardrails --------------------------------------------------------------------------

interface LimitRule {
  readonly what: string;
  readonly limit: LimitDollars;
  readonly at: Span;
}

function limitRules(parts: PolicyParts): LimitRule[] {
  const rules: LimitRule[] = [];
  const add = (what: string, limit: LimitDollars | undefined, at: Span) => {
    if (limit !== undefined) rules.push({ what, limit, at });
  };
  for (const entry of parts.defaults) add("spendLimits.default", entry.limit, entry.at);
  for (const entry of parts.roles) add(`role "${entry.written}"`, entry.limit, entry.at);
  for (const entry of parts.emailPatterns) {
    add(`email pattern "${entry.written}"`, entry.limit, entry.at);
  }
  for (const group of parts.groups) add(`group "${group.name}"`, group.limit, group.at);
  for (const entry of parts.users) add(`user "${entry.written}"`, entry.limit, entry.at);
  return rules;
}

/** No rule may give more than guardrails.maxUserLimit (no limit counts as more). */
function limitsWithinMaximum(parts: PolicyParts): PolicyProblem[] {
  const maximum = single(parts.maxUserLimit);
  if (maximum === undefined) return [];
  // With requireLimitForEveryMember, a `none` is reported once, by limitsAreRequired.
  const noneReportedElsewhere = single(parts.requireLimitForEveryMember)?.value === true;
  // A directory group's limit is a limit its members get (the highest applicable one wins); its
  // `none` only means the group adds no limit, which gives nobody more.
  const groupLimits = parts.directoryGroups.flatMap((group): LimitRule[] =>
    typeof group.limit === "number"
      ? [{ what: `directory group "${group.name}"`, limit: group.limit, at: group.at }]
      : [],
  );
  return [...limitRules(parts), ...groupLimits]
    .filter((rule) => (rule.limit === null ? !noneReportedElsewhere : rule.limit > maximum.value))
    .map((rule) =>
      problemAt("limit-above-maximum", rule.at, {
        message: `${rule.what} gives ${showLimit(rule.limit)}, above guardrails.maxUserLimit ($${maximum.value}, at ${placeOf(maximum.at)})`,
        hint: `give at most ${maximum.value}, or raise guardrails.maxUserLimit`,
        related: [relatedAt(maximum.at, "the maximum is set here")],
      }),
    );
}

/** With requireLimitForEveryMember, no rule may say `none`. */
function limitsAreRequired(parts: PolicyParts): PolicyProblem[] {
  const required = single(parts.requireLimitForEveryMember);
  if (required?.value !== true) return [];
  return limitRules(parts)
    .filter((rule) => rule.limit === null)
    .map((rule) =>
      problemAt("no-limit-forbidden", rule.at, {
        message: `${rule.what} gives no limit (none), but guardrails.requireLimitForEveryMember is true (at ${placeOf(required.at)})`,
        hint: "give a dollar amount, or set requireLimitForEveryMember to false",
        related: [relatedAt(required.at, "the guardrail is set here")],
      }),
    );
}

/**
 * A protected repo that this policy itself would delete: prune is on, and the repo (written
 * as a plain URL) is neither declared nor ignored. Whether it exists live is the planner's
 * question; protecting a repo and pruning it at once is a contradiction either way.
 */
function protectedReposAreKept(parts: PolicyParts): PolicyProblem[] {
  const prune = single(parts.prune);
  if (prune?.value !== true) return [];
  const declared = new Set(parts.repos.map((repo) => repo.urlKey));
  const ignoredBy = compileUrlGlobs(validRepoGlobs(parts.ignore));
  const problems: PolicyProblem[] = [];
  for (const entry of parts.protectedRepos) {
    if (whyRepoGlobIsInvalid(entry.text) !== undefined) continue;
    if (new Minimatch(entry.text.trim().toLowerCase()).hasMagic()) continue;
    const key = repoUrlKey(entry.text);
    if (key === undefined || declared.has(key) || ignoredBy(key) !== undefined) continue;
    problems.push(
      problemAt("protected-repo-would-be-deleted", entry.at, {
        message: `protected repo "${entry.text}" is not declared in blocklists.repos and ownership.prune is true (at ${placeOf(prune.at)}), so this policy would delete its blocklist`,
        hint: "declare the repo under blocklists.repos, add it to ownership.ignore, or set prune: false",
        related: [relatedAt(prune.at, "prune is set here")],
      }),
    );
  }
  return problems;
}

/** A declared repo that an ignore glob also matches: the declaration wins, which may surprise. */
function declaredReposAreNotIgnored(parts: PolicyParts): PolicyProblem[] {
  if (parts.ignore.length === 0) return [];
  const ignoredBy = compileUrlGlobs(validRepoGlobs(parts.ignore));
  const problems: PolicyProblem[] = [];
  for (const repo of parts.repos) {
    if (repo.urlKey === undefined) continue;
    const glob = ignoredBy(repo.urlKey);
    if (glob === undefined) continue;
    const ignoreEntry = parts.ignore.find((entry) => entry.text === glob);
    problems.push(
      problemAt("declared-repo-ignored", repo.at, {
        message: `repo "${repo.url}" is declared here and also matches ownership.ignore "${glob}"; the declaration wins: this policy manages it`,
        hint: "narrow the ignore glob, or remove the declaration if the repo is managed elsewhere",
        ...(ignoreEntry ? { related: [relatedAt(ignoreEntry.at, "the ignore glob")] } : {}),
      }),
    );
  }
  return problems;
}

// --- directory groups --------------------------------------------------------------------

/**
 * A directory group must say who is in it: `members` (`[]` for nobody), `emailPatterns` or
 * `roles`. A group without any of them would empty the live group, which a forgotten key must
 * not do.
 */
function directoryGroupsSayWhoIsIn(parts: PolicyParts): PolicyProblem[] {
  return parts.directoryGroups
    .filter((group) => group.complete && !group.saysMembers)
    .map((group) =>
      problemAt("missing-key", group.at, {
        message: `directory group "${group.name}" does not say who is in it`,
        hint: "list the members' emails under members: (members: [] for a group with nobody in it), or select them with emailPatterns: or roles:",
      }),
    );
}

/**
 * Group names are shown in the dashboard and in every plan: an invisible character (a zero-width
 * space, a bidi control) would make a name that reads like another group's.
 */
function directoryGroupNamesAreVisible(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const check = (name: string, at: Span, what: string) => {
    const index = [...name].findIndex(isHiddenCharacter);
    if (index < 0) return;
    const char = [...name][index] ?? "";
    problems.push(
      problemAt("invalid-name", at, {
        message: `${what} contains ${describeCharacter(char)}, an invisible character`,
        hint: "retype the name: an invisible character makes a name that looks like another group's",
      }),
    );
  };
  for (const group of parts.directoryGroups) {
    check(group.name, group.at, `the name of directory group "${group.name}"`);
    if (group.renamedFrom !== undefined) {
      check(
        group.renamedFrom.text,
        group.renamedFrom.at,
        `renamedFrom of directory group "${group.name}"`,
      );
    }
  }
  return problems;
}

/**
 * `renamedFrom` must name one live group unambiguously: not a group the policy declares too
 * (which would then be both renamed and kept), not the same name as another group's
 * renamedFrom, and not the group's own name.
 */
function directoryGroupRenamesAreClear(parts: PolicyParts): PolicyProblem[] {
  const declared = new Map(parts.directoryGroups.map((group) => [group.nameKey, group]));
  const problems: PolicyProblem[] = [];
  const renamed = parts.directoryGroups.filter(
    (group): group is DirectoryGroupEntry & { renamedFrom: TextEntry } =>
      group.renamedFrom !== undefined,
  );
  for (const group of renamed) {
    const from = group.renamedFrom;
    const fromKey = normalizeGroupName(from.text);
    if (fromKey === group.nameKey) {
      problems.push(
        problemAt("renamed-from-conflict", from.at, {
          message: `directory group "${group.name}" is renamed from its own name`,
          hint: "names are compared case-insensitively, so nothing needs renaming: remove renamedFrom (a change of letter case alone is applied anyway)",
        }),
      );
      continue;
    }
    const other = declared.get(fromKey);
    if (other !== undefined) {
      problems.push(
        problemAt("renamed-from-conflict", from.at, {
          message: `directory group "${group.name}" is renamed from "${from.text}", but "${other.name}" is declared too (at ${placeOf(other.at)})`,
          hint: "a group is either renamed or kept: remove renamedFrom, or the declaration of the old name",
          related: [relatedAt(other.at, `directory group "${other.name}" declared here`)],
        }),
      );
    }
  }
  appendAll(
    problems,
    duplicatesBy(
      renamed,
      (group) => normalizeGroupName(group.renamedFrom.text),
      (again, first) =>
        problemAt("renamed-from-conflict", again.renamedFrom.at, {
          message: `directory groups "${again.name}" and "${first.name}" (at ${placeOf(first.at)}) are both renamed from "${again.renamedFrom.text}"`,
          hint: "one live group can become only one group: keep renamedFrom on one of them",
          related: [relatedAt(first.renamedFrom.at, "also renamed from it here")],
        }),
    ),
  );
  return problems;
}

/** ownership.directoryGroups.ignore holds names or globs over names that minimatch can use. */
function directoryGroupGlobsAreValid(parts: PolicyParts): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const entry of parts.directoryGroupsIgnore) {
    if (entry.text.trim() === "") {
      problems.push(
        problemAt("invalid-glob", entry.at, {
          message: "an entry of ownership.directoryGroups.ignore is empty",
          hint: 'write a group name, or a glob over group names such as "* (Okta)"',
        }),
      );
    } else if (!globCompiles(entry.text.trim().toLowerCase(), GROUP_NAME_GLOB_OPTIONS)) {
      problems.push(
        problemAt("invalid-glob", entry.at, {
          message: `"${entry.text}" in ownership.directoryGroups.ignore is not a glob minimatch can use (it can never match)`,
          hint: "check brackets and braces; a character range such as [a-z] must go from low to high",
        }),
      );
    }
  }
  appendAll(
    problems,
    duplicatesBy(
      parts.directoryGroupsIgnore,
      (entry) => entry.text.trim().toLowerCase(),
      (again, first) =>
        problemAt("duplicate-entry", again.at, {
          message: `"${again.text}" is listed twice in ownership.directoryGroups.ignore (first at ${placeOf(first.at)})`,
          hint: "list it once",
          related: [relatedAt(first.at, "first listed here")],
        }),
    ),
  );
  return problems;
}

/** A declared directory group an ignore glob also matches: the declaration wins, which may surprise. */
function declaredDirectoryGroupsAreNotIgnored(parts: PolicyParts): PolicyProblem[] {
  const globs = parts.directoryGroupsIgnore.filter(
    (entry) =>
      entry.text.trim() !== "" &&
      globCompiles(entry.text.trim().toLowerCase(), GROUP_NAME_GLOB_OPTIONS),
  );
  if (globs.length === 0) return [];
  const ignoredBy = compileGroupNameGlobs(globs.map((entry) => entry.text));
  const problems: PolicyProblem[] = [];
  for (const group of parts.directoryGroups) {
    const glob = ignoredBy(group.name);
    if (glob === undefined) continue;
    const ignoreEntry = globs.find((entry) => entry.text === glob);
    problems.push(
      problemAt("declared-directory-group-ignored", group.at, {
        message: `directory group "${group.name}" is declared here and also matches ownership.directoryGroups.ignore "${glob}"; the declaration wins: this policy manages it`,
        hint: "narrow the ignore glob, or remove the declaration if the group is managed elsewhere (for example synced by your identity provider)",
        ...(ignoreEntry ? { related: [relatedAt(ignoreEntry.at, "the ignore glob")] } : {}),
      }),
    );
  }
  return problems;
}

/** Every rule, in the order of the error catalogue. */
const POLICY_RULES: readonly PolicyRule[] = [
  settingsWrittenOnce,
  namedEntriesWrittenOnce,
  reposWrittenOnce,
  emailsAreValid,
  exceptionDatesAreValid,
  pendingMembersAreNamed,
  groupMembersListedOnce,
  groupLimitsAgree,
  rolesAreKnown,
  emailPatternsCanMatch,
  blocklistPatternsAreRelativeGlobs,
  patternSetsResolve,
  patternsListedOnce,
  blocklistsAreNotEmpty,
  repoUrlsAreValid,
  repoGlobsAreValid,
  limitsWithinMaximum,
  limitsAreRequired,
  protectedReposAreKept,
  declaredReposAreNotIgnored,
  directoryGroupsSayWhoIsIn,
  directoryGroupNamesAreVisible,
  directoryGroupRenamesAreClear,
  directoryGroupGlobsAreValid,
  declaredDirectoryGroupsAreNotIgnored,
];

export function applyRules(parts: PolicyParts): PolicyProblem[] {
  return POLICY_RULES.flatMap((rule) => rule(parts));
}
