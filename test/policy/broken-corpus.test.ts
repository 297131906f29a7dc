// The corpus of broken policy files: one mistake per file (or per directory, for mistakes that
// span files), each with the exact problems `validate` reports — file, line, column, code,
// message and hint. A change to any message shows up here, in review.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicyDir } from "../../src/policy/load.js";

const BROKEN = path.join(import.meta.dirname, "../fixtures/policy/broken");

interface Expected {
  readonly fixture: string;
  readonly ok: boolean;
  readonly problems: ReadonlyArray<{
    file: string;
    line: number;
    column: number;
    severity: "error" | "warning";
    code: string;
    message: string;
    hint: string | undefined;
  }>;
}

const CASES: readonly Expected[] = [
  {
    fixture: "absolute-pattern.yaml",
    ok: false,
    problems: [
      {
        file: "absolute-pattern.yaml",
        line: 5,
        column: 18,
        severity: "error",
        code: "absolute-pattern",
        message:
          'blocklist pattern "/terraform/*.tfvars" is an absolute path (in repo "https://github.com/acme/infra")',
        hint: 'patterns are relative to the repository root: write "terraform/*.tfvars"',
      },
    ],
  },
  {
    fixture: "binary.yaml",
    ok: false,
    problems: [
      {
        file: "binary.yaml",
        line: 2,
        column: 1,
        severity: "error",
        code: "binary-file",
        message: "the file is binary (it contains a NUL byte), not YAML text",
        hint: "policy files must be UTF-8 YAML text; move other files out of the policy directory",
      },
    ],
  },
  {
    fixture: "boolean-where-text.yaml",
    ok: false,
    problems: [
      {
        file: "boolean-where-text.yaml",
        line: 7,
        column: 11,
        severity: "error",
        code: "wrong-type",
        message:
          'pattern 2 of repo "https://github.com/acme/payments" must be text, but it is the boolean true',
        hint: 'put it in quotes if you meant the text: "true"',
      },
    ],
  },
  {
    fixture: "conflicting-groups.yaml",
    ok: false,
    problems: [
      {
        file: "conflicting-groups.yaml",
        line: 9,
        column: 17,
        severity: "error",
        code: "conflicting-group-limits",
        message:
          '"fei-fei.li@acme.example" is in group "research" ($300) and in group "data-science" ($400, at conflicting-groups.yaml:6:43): two groups give different limits',
        hint: "remove the member from one group, or give them their own limit under spendLimits.users (users beat groups)",
      },
    ],
  },
  {
    fixture: "crlf-line-endings.yaml",
    ok: false,
    problems: [
      {
        file: "crlf-line-endings.yaml",
        line: 5,
        column: 32,
        severity: "error",
        code: "invalid-limit",
        message:
          'the limit of user "grace.hopper@acme.example" is the text "500", not a dollar amount',
        hint: "remove the quotes: 500",
      },
    ],
  },
  {
    fixture: "duplicate-key.yaml",
    ok: false,
    problems: [
      {
        file: "duplicate-key.yaml",
        line: 6,
        column: 5,
        severity: "error",
        code: "duplicate-key",
        message: 'duplicate key "ada.lovelace@acme.example" in spendLimits.users',
        hint: "a mapping holds each key once (YAML would silently keep only one): merge the two entries or remove one",
      },
    ],
  },
  {
    fixture: "duplicate-member.yaml",
    ok: false,
    problems: [
      {
        file: "duplicate-member.yaml",
        line: 9,
        column: 11,
        severity: "error",
        code: "duplicate-member",
        message:
          '"Hedy.Lamarr@acme.example" is listed twice in group "data-science" (first at duplicate-member.yaml:7:11)',
        hint: "list each member once",
      },
    ],
  },
  {
    fixture: "duplicate-repo-spellings.yaml",
    ok: false,
    problems: [
      {
        file: "duplicate-repo-spellings.yaml",
        line: 6,
        column: 5,
        severity: "error",
        code: "duplicate-repo",
        message:
          'repo "git@github.com:Acme/Payments.git" and repo "https://github.com/acme/payments" (at duplicate-repo-spellings.yaml:4:5) are the same repository: both normalise to https://github.com/acme/payments',
        hint: "declare each repository once; URLs are compared ignoring case, a .git suffix, a trailing slash and the ssh/https form",
      },
    ],
  },
  {
    fixture: "duplicate-user-case.yaml",
    ok: false,
    problems: [
      {
        file: "duplicate-user-case.yaml",
        line: 5,
        column: 5,
        severity: "error",
        code: "duplicate-user",
        message:
          'user "ada.lovelace@ACME.example" is given a limit twice: here and at duplicate-user-case.yaml:4:5 (written "Ada.Lovelace@acme.example" there)',
        hint: "give each user one entry under spendLimits.users (emails are compared case-insensitively)",
      },
    ],
  },
  {
    fixture: "email-invisible-character.yaml",
    ok: false,
    problems: [
      {
        file: "email-invisible-character.yaml",
        line: 5,
        column: 9,
        severity: "error",
        code: "email-invisible-character",
        message:
          '"ada\\u200b.lovelace@acme.example" (under spendLimits.users) contains U+200B ZERO WIDTH SPACE at column 9, an invisible character',
        hint: "retype the address: an invisible character makes an address that looks like a real member's but names nobody",
      },
    ],
  },
  {
    fixture: "email-lookalike-character.yaml",
    ok: false,
    problems: [
      {
        file: "email-lookalike-character.yaml",
        line: 5,
        column: 5,
        severity: "error",
        code: "email-lookalike-character",
        message:
          '"\uff41da.lovelace@acme.example" (under spendLimits.users) contains U+FF41 FULLWIDTH LATIN SMALL LETTER A at column 5, a look-alike of "a"',
        hint: 'write "a" instead: the look-alike makes an address that reads like a real member\'s but names nobody',
      },
    ],
  },
  {
    fixture: "email-mixed-scripts.yaml",
    ok: false,
    problems: [
      {
        file: "email-mixed-scripts.yaml",
        line: 8,
        column: 13,
        severity: "error",
        code: "email-mixed-scripts",
        message:
          '"gr\u0435ce.hopper@acme.example" (member of group "ops") mixes scripts: U+0435 CYRILLIC SMALL LETTER IE at column 13 among Latin letters',
        hint: "retype the address in one script: a letter from another script makes an address that looks like a real member's but names nobody",
      },
    ],
  },
  {
    fixture: "email-pattern-never-matches.yaml",
    ok: false,
    problems: [
      {
        file: "email-pattern-never-matches.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "email-pattern-never-matches",
        message:
          'email pattern "contractors.acme.example" can never match an email address: it has no wildcard and is not an email address',
        hint: 'did you mean "*@contractors.acme.example"?',
      },
    ],
  },
  {
    fixture: "empty-blocklist.yaml",
    ok: false,
    problems: [
      {
        file: "empty-blocklist.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "empty-blocklist",
        message: 'repo "https://github.com/acme/payments" has no patterns',
        hint: 'list patterns under "patterns:" or pattern sets under "use:"; to stop managing the repo, remove the entry (with prune: true its blocklist is then deleted)',
      },
    ],
  },
  {
    fixture: "empty-file.yaml",
    ok: true,
    problems: [
      {
        file: "empty-file.yaml",
        line: 1,
        column: 1,
        severity: "warning",
        code: "empty-file",
        message: "the file contains no policy (only comments or whitespace)",
        hint: "add `version: 1` and some settings, or delete the file",
      },
    ],
  },
  {
    fixture: "empty-group.yaml",
    ok: false,
    problems: [
      {
        file: "empty-group.yaml",
        line: 6,
        column: 16,
        severity: "error",
        code: "empty-list",
        message: 'members of group "data-science" is an empty list',
        hint: "list at least one member's email, or remove the group",
      },
    ],
  },
  {
    fixture: "empty-limit.yaml",
    ok: false,
    problems: [
      {
        file: "empty-limit.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "empty-value",
        message: 'the limit of user "kim.temp@contractors.acme.example" is empty',
        hint: "write a whole-dollar amount, 0 for a $0 limit, or none for no limit (an empty value is not read as none, so that a forgotten number cannot remove a limit)",
      },
    ],
  },
  {
    fixture: "empty-pattern.yaml",
    ok: false,
    problems: [
      {
        file: "empty-pattern.yaml",
        line: 4,
        column: 24,
        severity: "error",
        code: "empty-pattern",
        message: 'a blocklist pattern is empty (in pattern set "secrets")',
        hint: 'remove it, or write a glob such as "*.env"',
      },
    ],
  },
  {
    fixture: "exception-bad-date.yaml",
    ok: false,
    problems: [
      {
        file: "exception-bad-date.yaml",
        line: 5,
        column: 53,
        severity: "error",
        code: "invalid-date",
        message:
          'the end date (until) of user "ada.lovelace@acme.example" is "2027-02-30", not a date written YYYY-MM-DD',
        hint: "write the last day the exception holds as YYYY-MM-DD, e.g. 2027-01-31 (UTC)",
      },
    ],
  },
  {
    fixture: "exception-without-until.yaml",
    ok: false,
    problems: [
      {
        file: "exception-without-until.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "missing-key",
        message:
          'the temporary exception of user "ada.lovelace@acme.example" ({ limit, until }) is missing "until"',
        hint: "add `until: YYYY-MM-DD`, the last day the exception holds, or write the limit directly for one that does not end",
      },
    ],
  },
  {
    fixture: "glob-under-users.yaml",
    ok: false,
    problems: [
      {
        file: "glob-under-users.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "invalid-email",
        message:
          '"*@company.com" (under spendLimits.users) is a glob, not an email address: it names nobody',
        hint: 'to give everyone it matches a limit, move it under spendLimits.emailPatterns ("*@company.com": <limit>); users are exact emails',
      },
    ],
  },
  {
    fixture: "invalid-email.yaml",
    ok: false,
    problems: [
      {
        file: "invalid-email.yaml",
        line: 6,
        column: 43,
        severity: "error",
        code: "invalid-email",
        message: '"claude.shannon" is not a valid email address (member of group "data-science")',
        hint: "write the full address, e.g. ada.lovelace@acme.example",
      },
    ],
  },
  {
    fixture: "invalid-glob.yaml",
    ok: false,
    problems: [
      {
        file: "invalid-glob.yaml",
        line: 5,
        column: 18,
        severity: "error",
        code: "invalid-glob",
        message:
          'blocklist pattern "keys/[z-a]*" is not a glob minimatch can use (it can never match a file) (in repo "https://github.com/acme/infra")',
        hint: "check brackets and braces; a character range such as [a-z] must go from low to high",
      },
    ],
  },
  {
    fixture: "invalid-group-name.yaml",
    ok: false,
    problems: [
      {
        file: "invalid-group-name.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "invalid-name",
        message: '"data science" is not a valid name in spendLimits.groups',
        hint: 'names use letters, digits, ".", "_" and "-", starting with a letter or digit (e.g. "data-science")',
      },
    ],
  },
  {
    fixture: "invalid-repo-glob.yaml",
    ok: false,
    problems: [
      {
        file: "invalid-repo-glob.yaml",
        line: 3,
        column: 12,
        severity: "error",
        code: "invalid-repo-glob",
        message:
          '"github.com/acme/data-*" in ownership.ignore can never match: globs are matched against normalised URLs, which start with https://',
        hint: "write a repository URL (https://github.com/acme/payments) or a glob over normalised URLs (https://github.com/acme/data-*)",
      },
    ],
  },
  {
    fixture: "invalid-repo-url.yaml",
    ok: false,
    problems: [
      {
        file: "invalid-repo-url.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "invalid-repo-url",
        message: '"acme/payments" is not a repository URL',
        hint: "write the URL as you would clone it, e.g. https://github.com/acme/payments or git@github.com:acme/payments.git",
      },
    ],
  },
  {
    fixture: "limit-above-maximum.yaml",
    ok: false,
    problems: [
      {
        file: "limit-above-maximum.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "limit-above-maximum",
        message:
          'role "owner" gives $1500, above guardrails.maxUserLimit ($1000, at limit-above-maximum.yaml:6:3)',
        hint: "give at most 1000, or raise guardrails.maxUserLimit",
      },
    ],
  },
  {
    fixture: "limit-cents.yaml",
    ok: false,
    problems: [
      {
        file: "limit-cents.yaml",
        line: 5,
        column: 14,
        severity: "error",
        code: "limit-too-large",
        message:
          'the limit of group "data-science" is 400000 dollars, above the 100000 sanity ceiling',
        hint: "amounts are whole dollars, not cents (400000 cents would be 4000); write at most 100000",
      },
    ],
  },
  {
    fixture: "limit-dollar-sign.yaml",
    ok: false,
    problems: [
      {
        file: "limit-dollar-sign.yaml",
        line: 4,
        column: 32,
        severity: "error",
        code: "invalid-limit",
        message:
          'the limit of user "ada.lovelace@acme.example" is the text "$200", not a dollar amount',
        hint: 'write 200 without the "$"',
      },
    ],
  },
  {
    fixture: "limit-negative.yaml",
    ok: false,
    problems: [
      {
        file: "limit-negative.yaml",
        line: 4,
        column: 13,
        severity: "error",
        code: "limit-negative",
        message: 'the limit of role "member" is -50; a dollar amount cannot be negative',
        hint: "write 0 for a $0 limit, or none for no limit",
      },
    ],
  },
  {
    fixture: "limit-not-whole.yaml",
    ok: false,
    problems: [
      {
        file: "limit-not-whole.yaml",
        line: 4,
        column: 31,
        severity: "error",
        code: "limit-not-whole-dollars",
        message: 'the limit of user "alan.turing@acme.example" is 99.5; limits are whole dollars',
        hint: "write 99 or 100",
      },
    ],
  },
  {
    fixture: "limit-off.yaml",
    ok: false,
    problems: [
      {
        file: "limit-off.yaml",
        line: 3,
        column: 12,
        severity: "error",
        code: "invalid-limit",
        message: 'spendLimits.default is the text "off", not a dollar amount',
        hint: "write none (lower-case, unquoted) for no limit, or 0 for a $0 limit",
      },
    ],
  },
  {
    fixture: "list-instead-of-mapping.yaml",
    ok: false,
    problems: [
      {
        file: "list-instead-of-mapping.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "wrong-type",
        message: "spendLimits.users must be a mapping (key: value lines), but it is a list",
        hint: "write one `email: limit` line per user, e.g. `ada@acme.example: 200`",
      },
    ],
  },
  {
    fixture: "merge-key.yaml",
    ok: false,
    problems: [
      {
        file: "merge-key.yaml",
        line: 8,
        column: 7,
        severity: "error",
        code: "yaml-merge-key",
        message: 'merge keys ("<<") are not supported (in group "research")',
        hint: "write the keys out: a reviewer cannot see in a diff which keys a merge brings in (aliases of whole values, like `members: *team`, are fine)",
      },
    ],
  },
  {
    fixture: "missing-group-limit.yaml",
    ok: false,
    problems: [
      {
        file: "missing-group-limit.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "missing-key",
        message: 'group "data-science" is missing "limit"',
        hint: "add `limit:` with whole dollars, 0, or none",
      },
    ],
  },
  {
    fixture: "missing-version.yaml",
    ok: false,
    problems: [
      {
        file: "missing-version.yaml",
        line: 2,
        column: 1,
        severity: "error",
        code: "missing-key",
        message: 'the file does not say "version: 1"',
        hint: "add `version: 1` as the first line (after the `# yaml-language-server: $schema=...` comment)",
      },
    ],
  },
  {
    fixture: "multi-document-duplicate.yaml",
    ok: false,
    problems: [
      {
        file: "multi-document-duplicate.yaml",
        line: 7,
        column: 3,
        severity: "error",
        code: "duplicate-setting",
        message: "spendLimits.default is set twice (first at multi-document-duplicate.yaml:3:3)",
        hint: "a setting is written in one place across all policy files: remove one of them",
      },
    ],
  },
  {
    fixture: "nesting-too-deep.yaml",
    ok: false,
    problems: [
      {
        file: "nesting-too-deep.yaml",
        line: 4,
        column: 74,
        severity: "error",
        code: "nesting-too-deep",
        message: "mappings and lists are nested more than 64 levels deep here",
        hint: "a policy needs six levels at most (spendLimits > groups > name > members > item): check the indentation and the brackets",
      },
    ],
  },
  {
    fixture: "no-limit-forbidden.yaml",
    ok: false,
    problems: [
      {
        file: "no-limit-forbidden.yaml",
        line: 5,
        column: 5,
        severity: "error",
        code: "no-limit-forbidden",
        message:
          'user "ada.lovelace@acme.example" gives no limit (none), but guardrails.requireLimitForEveryMember is true (at no-limit-forbidden.yaml:7:3)',
        hint: "give a dollar amount, or set requireLimitForEveryMember to false",
      },
    ],
  },
  {
    fixture: "not-a-mapping.yaml",
    ok: false,
    problems: [
      {
        file: "not-a-mapping.yaml",
        line: 1,
        column: 1,
        severity: "error",
        code: "wrong-type",
        message: "the top level of the file must be a mapping (key: value lines), but it is a list",
        hint: "a policy file is a mapping that starts with `version: 1`; see docs/policy-language.md",
      },
    ],
  },
  {
    fixture: "not-utf8.yaml",
    ok: false,
    problems: [
      {
        file: "not-utf8.yaml",
        line: 4,
        column: 8,
        severity: "error",
        code: "invalid-encoding",
        message: "the file is not valid UTF-8 (byte 0xe9 at offset 40)",
        hint: "save the file as UTF-8; it was probably written as Latin-1 or Windows-1252",
      },
    ],
  },
  {
    fixture: "number-not-decimal.yaml",
    ok: false,
    problems: [
      {
        file: "number-not-decimal.yaml",
        line: 3,
        column: 12,
        severity: "error",
        code: "number-not-decimal",
        message:
          "spendLimits.default is 0x64, a hexadecimal number that YAML reads as 100; numbers in a policy are written in plain decimal digits",
        hint: "write 100",
      },
      {
        file: "number-not-decimal.yaml",
        line: 5,
        column: 18,
        severity: "error",
        code: "number-not-decimal",
        message:
          'the limit of role "owner" is !!int "1000", a tagged value that YAML reads as 1000; numbers in a policy are written in plain decimal digits',
        hint: "remove the tag and the quotes: write 1000",
      },
      {
        file: "number-not-decimal.yaml",
        line: 7,
        column: 32,
        severity: "error",
        code: "number-not-decimal",
        message:
          'the limit of user "ada.lovelace@acme.example" is +900, a number with a plus sign that YAML reads as 900; numbers in a policy are written in plain decimal digits',
        hint: "write 900",
      },
      {
        file: "number-not-decimal.yaml",
        line: 8,
        column: 40,
        severity: "error",
        code: "number-not-decimal",
        message:
          'the limit of user "kim.temp@contractors.acme.example" is 1.0, a number with a decimal point that YAML reads as 1; numbers in a policy are written in plain decimal digits',
        hint: "write 1",
      },
      {
        file: "number-not-decimal.yaml",
        line: 11,
        column: 12,
        severity: "error",
        code: "number-not-decimal",
        message:
          "guardrails.maxDeletes.count is 1e1, a number in exponent notation that YAML reads as 10; numbers in a policy are written in plain decimal digits",
        hint: "write 10",
      },
    ],
  },
  {
    fixture: "parent-pattern.yaml",
    ok: false,
    problems: [
      {
        file: "parent-pattern.yaml",
        line: 5,
        column: 18,
        severity: "error",
        code: "parent-pattern",
        message:
          'blocklist pattern "../shared/*.pem" uses "..", which leaves the repository (in repo "https://github.com/acme/infra")',
        hint: "patterns match files inside the repository: remove the .. segments",
      },
    ],
  },
  {
    fixture: "pending-member-unused.yaml",
    ok: true,
    problems: [
      {
        file: "pending-member-unused.yaml",
        line: 7,
        column: 5,
        severity: "warning",
        code: "unused-pending-member",
        message:
          '"new.hrie@acme.example" is in pendingMembers, but no user entry, group or directory group names it',
        hint: "give them a limit under spendLimits.users, add them to a group or a directory group, or remove the entry",
      },
    ],
  },
  {
    fixture: "percent-out-of-range.yaml",
    ok: false,
    problems: [
      {
        file: "percent-out-of-range.yaml",
        line: 4,
        column: 14,
        severity: "error",
        code: "out-of-range",
        message: "guardrails.maxDeletes.percent is 150; it must be at most 100",
        hint: "a percentage between 0 and 100",
      },
    ],
  },
  {
    fixture: "protected-repo-pruned.yaml",
    ok: false,
    problems: [
      {
        file: "protected-repo-pruned.yaml",
        line: 9,
        column: 20,
        severity: "error",
        code: "protected-repo-would-be-deleted",
        message:
          'protected repo "https://github.com/acme/payments" is not declared in blocklists.repos and ownership.prune is true (at protected-repo-pruned.yaml:7:3), so this policy would delete its blocklist',
        hint: "declare the repo under blocklists.repos, add it to ownership.ignore, or set prune: false",
      },
    ],
  },
  {
    fixture: "recursive-alias.yaml",
    ok: false,
    problems: [
      {
        file: "recursive-alias.yaml",
        line: 4,
        column: 5,
        severity: "warning",
        code: "unused-pattern-set",
        message: 'pattern set "loop" is not used by any repo',
        hint: 'add it to a repo\'s "use:" list, or remove it',
      },
      {
        file: "recursive-alias.yaml",
        line: 4,
        column: 27,
        severity: "error",
        code: "yaml-alias",
        message: 'alias "*loop" refers to a value that contains it (a cycle)',
        hint: "an alias can only repeat a value defined outside of itself",
      },
    ],
  },
  {
    fixture: "repo-url-stray-percent.yaml",
    ok: false,
    problems: [
      {
        file: "repo-url-stray-percent.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "invalid-repo-url",
        message: '"https://github.com/acme/100%-coverage" is not a repository URL',
        hint: 'a "%" in a URL must start an escape such as %20: copy the URL from the address bar',
      },
    ],
  },
  {
    fixture: "secret-in-comment.yaml",
    ok: false,
    problems: [
      {
        file: "secret-in-comment.yaml",
        line: 2,
        column: 18,
        severity: "error",
        code: "secret-in-policy",
        message:
          "this looks like a Cursor API key (crsr_...); secrets must never be written in policy files (comments included)",
        hint: "remove it and rotate the credential: anything committed stays in git history. The API key belongs in the CURSOR_API_KEY environment variable or a CI secret",
      },
    ],
  },
  {
    fixture: "split-duplicate-default",
    ok: false,
    problems: [
      {
        file: "split-duplicate-default/b.yaml",
        line: 5,
        column: 3,
        severity: "error",
        code: "duplicate-setting",
        message: "spendLimits.default is set twice (first at split-duplicate-default/a.yaml:3:3)",
        hint: "a setting is written in one place across all policy files: remove one of them",
      },
    ],
  },
  {
    fixture: "split-duplicate-user",
    ok: false,
    problems: [
      {
        file: "split-duplicate-user/more-limits.yaml",
        line: 4,
        column: 5,
        severity: "error",
        code: "duplicate-user",
        message:
          'user "KIM.TEMP@contractors.acme.example" is given a limit twice: here and at split-duplicate-user/limits.yaml:4:5 (written "kim.temp@contractors.acme.example" there)',
        hint: "give each user one entry under spendLimits.users (emails are compared case-insensitively)",
      },
    ],
  },
  {
    fixture: "symlink-outside",
    ok: false,
    problems: [
      {
        file: "symlink-outside/zz.yaml",
        line: 0,
        column: 0,
        severity: "error",
        code: "symlink-outside-policy-dir",
        message:
          "symlink-outside/zz.yaml is a symbolic link that leads outside the policy directory (symlink-outside); it was not read",
        hint: "policy files are read only from inside the policy directory (hidden directories such as .git excluded): replace the link with the file itself, or with a link to a file inside the policy directory",
      },
    ],
  },
  {
    fixture: "tab-indent.yaml",
    ok: false,
    problems: [
      {
        file: "tab-indent.yaml",
        line: 3,
        column: 1,
        severity: "error",
        code: "yaml-tab",
        message: "a tab is used for indentation; YAML allows only spaces there",
        hint: "replace the tab with spaces (two per level, as in the examples)",
      },
    ],
  },
  {
    fixture: "unknown-alias.yaml",
    ok: false,
    problems: [
      {
        file: "unknown-alias.yaml",
        line: 6,
        column: 16,
        severity: "error",
        code: "yaml-alias",
        message: 'unknown alias "*data-science-members"',
        hint: 'define the anchor with "&data-science-members" on a value above this line before using it',
      },
    ],
  },
  {
    fixture: "unknown-key-misplaced.yaml",
    ok: false,
    problems: [
      {
        file: "unknown-key-misplaced.yaml",
        line: 2,
        column: 1,
        severity: "error",
        code: "unknown-key",
        message: 'unknown key "users" in the top level of the file',
        hint: '"users" belongs under spendLimits, not here',
      },
    ],
  },
  {
    fixture: "unknown-key-typo.yaml",
    ok: false,
    problems: [
      {
        file: "unknown-key-typo.yaml",
        line: 5,
        column: 7,
        severity: "error",
        code: "unknown-key",
        message: 'unknown key "patern" in repo "https://github.com/acme/payments"',
        hint: 'did you mean "patterns"?',
      },
    ],
  },
  {
    fixture: "unknown-pattern-set.yaml",
    ok: false,
    problems: [
      {
        file: "unknown-pattern-set.yaml",
        line: 7,
        column: 13,
        severity: "error",
        code: "unknown-pattern-set",
        message:
          'repo "https://github.com/acme/payments" uses pattern set "secret", which is not defined',
        hint: 'did you mean "secrets"?',
      },
    ],
  },
  {
    fixture: "unknown-role.yaml",
    ok: true,
    problems: [
      {
        file: "unknown-role.yaml",
        line: 5,
        column: 5,
        severity: "warning",
        code: "unknown-role",
        message:
          'role "ownr" is not a Cursor team role (owner, member, free-owner), so it may match nobody',
        hint: 'did you mean "owner"?',
      },
    ],
  },
  {
    fixture: "unsupported-version.yaml",
    ok: false,
    problems: [
      {
        file: "unsupported-version.yaml",
        line: 1,
        column: 10,
        severity: "error",
        code: "unsupported-version",
        message: "version must be 1, but it is the number 2",
        hint: "write `version: 1`: it is the only policy language version this cursor-policy understands",
      },
    ],
  },
  {
    fixture: "yaml-1.1-boolean.yaml",
    ok: false,
    problems: [
      {
        file: "yaml-1.1-boolean.yaml",
        line: 3,
        column: 10,
        severity: "error",
        code: "yaml-1.1-boolean",
        message: 'ownership.prune is "yes", which YAML 1.2 reads as text, not as a boolean',
        hint: "write true: only true and false are booleans (yes/no/on/off were YAML 1.1)",
      },
    ],
  },
  {
    fixture: "yaml-1.1-directive.yaml",
    ok: false,
    problems: [
      {
        file: "yaml-1.1-directive.yaml",
        line: 1,
        column: 1,
        severity: "error",
        code: "yaml-version",
        message: "the document declares %YAML 1.1; policy files are YAML 1.2",
        hint: "remove the %YAML line: in YAML 1.2 only true and false are booleans, and yes/no/on/off are text",
      },
    ],
  },
  {
    fixture: "yaml-syntax.yaml",
    ok: false,
    problems: [
      {
        file: "yaml-syntax.yaml",
        line: 5,
        column: 3,
        severity: "error",
        code: "yaml-syntax",
        message:
          "YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
        hint: "a [ list above is not closed: add the missing ]",
      },
    ],
  },
];

describe("broken policy corpus", () => {
  it("has a case for every fixture, and at least 25 of them", () => {
    const fixtures = readdirSync(BROKEN).sort();
    expect(CASES.map((c) => c.fixture)).toEqual(fixtures);
    expect(CASES.filter((c) => !c.ok).length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)("$fixture", async ({ fixture, ok, problems }) => {
    const result = await loadPolicyDir(path.join(BROKEN, fixture), { displayRoot: BROKEN });
    expect(result.ok).toBe(ok);
    expect(
      result.problems.map((p) => ({
        file: p.file,
        line: p.line,
        column: p.column,
        severity: p.severity,
        code: p.code,
        message: p.message,
        hint: p.hint,
      })),
    ).toEqual(problems);
  });
});
