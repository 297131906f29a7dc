// `import`: policy files from the live team, so adopting the tool starts from what is true today.
// Compact and deterministic: the most common limit becomes the default and only exceptions are
// listed by user; every live blocklist is declared with its patterns. The result is proved before
// it is written: loading it back and planning against the same live state must give no change.
//
// Ownership: the import declares every live blocklist and writes `prune: true`, so that the
// policy owns the team's blocklists from then on: one made by hand in the dashboard later is not
// in the policy, shows as drift ("exists live, not in policy", with who made it) and is deleted
// by the next apply, within the delete thresholds (docs/policy-language.md, "Ownership").
// Directory groups alike, with `ownership.directoryGroups.prune: true`.

import type { LiveState } from "../model/live.js";
import { plan as computePlan } from "../plan/plan.js";
import { loadPolicyFiles } from "../policy/load.js";
import { policyValidator } from "../policy/schema.js";
import type { PolicyDirectoryGroup, PolicyDocument, PolicyLimit } from "../policy/write.js";
import { serializePolicy } from "../policy/write.js";
import { systemClock, utcDate } from "../shared/clock.js";
import { CursorPolicyError } from "../shared/errors.js";

interface ImportedFile {
  /** File name inside the output directory. */
  readonly name: string;
  readonly text: string;
}

interface ImportResult {
  readonly files: readonly ImportedFile[];
  /** Things the import could not express exactly, for people. */
  readonly warnings: readonly string[];
}

export const IMPORT_FILE_NAMES = {
  spendLimits: "spend-limits.yaml",
  blocklists: "blocklists.yaml",
  directoryGroups: "directory-groups.yaml",
} as const;

export function importPolicy(live: LiveState, options: { schemaPath?: string } = {}): ImportResult {
  const warnings: string[] = [];
  const serializeOptions =
    options.schemaPath === undefined ? {} : { schemaPath: options.schemaPath };

  const limits = new Map<string, number | null>();
  for (const member of live.members) {
    if (!member.limit) {
      warnings.push(
        `${member.email}: the spend report has no row for this member, so their limit is unknown; left out`,
      );
      continue;
    }
    if (member.limit.dollars === null && member.limit.zeroIsAmbiguous) {
      warnings.push(
        `${member.email}: the API answered in the legacy shape, where a $0 limit and no limit look the same; written as none — check it`,
      );
    }
    limits.set(member.emailKey, member.limit.dollars);
  }
  const fallback = mostCommon([...limits.values()]);
  const users: Record<string, PolicyLimit> = {};
  for (const [email, dollars] of limits) {
    if (fallback === undefined || dollars !== fallback.value) users[email] = toPolicyLimit(dollars);
  }
  const spendDoc: PolicyDocument = {
    version: 1,
    spendLimits: {
      ...(fallback === undefined ? {} : { default: toPolicyLimit(fallback.value) }),
      ...(Object.keys(users).length === 0 ? {} : { users }),
    },
  };

  const repos: Record<string, { patterns: readonly string[] }> = {};
  const ignore: string[] = [];
  const seen = new Map<string, string>();
  // Two live entries for one repository (any two, with patterns or without): the planner keeps
  // one and, with prune on, deletes the other, so prune stays off while there are any.
  const entriesPerRepo = new Map<string, number>();
  for (const blocklist of live.blocklists) {
    entriesPerRepo.set(blocklist.urlKey, (entriesPerRepo.get(blocklist.urlKey) ?? 0) + 1);
  }
  const duplicates = [...entriesPerRepo.values()].filter((count) => count > 1).length;
  for (const blocklist of [...live.blocklists].sort((a, b) => a.id.localeCompare(b.id))) {
    const earlier = seen.get(blocklist.urlKey);
    if (earlier !== undefined) {
      warnings.push(
        `${blocklist.url} (${blocklist.id}) is another spelling of ${earlier}; only the first is declared, and prune is left off so that no plan deletes this duplicate (delete it in the dashboard, then turn prune on)`,
      );
      continue;
    }
    if (blocklist.patterns.length === 0) {
      // The policy language has no empty pattern list (a repo with nothing blocked is almost
      // always a mistake), so this entry cannot be declared: it is listed under ownership.ignore
      // instead, so that prune leaves it as it is — unless another entry of the same repository
      // is declared, which an ignore glob cannot shield it from (prune is off then, see above).
      if ((entriesPerRepo.get(blocklist.urlKey) ?? 0) > 1) {
        warnings.push(
          `${blocklist.url} (${blocklist.id}) has no patterns and is one of several entries for ${blocklist.urlKey}; left out, and prune is left off so that no plan deletes it (delete it in the dashboard, then turn prune on)`,
        );
        continue;
      }
      warnings.push(
        `${blocklist.url} (${blocklist.id}) has no patterns, which a policy cannot declare; listed under ownership.ignore, so no plan touches it`,
      );
      ignore.push(blocklist.url);
      continue;
    }
    seen.set(blocklist.urlKey, blocklist.url);
    repos[blocklist.url] = { patterns: [...blocklist.patterns] };
  }
  // Prune on: every live blocklist is declared (or ignored), so it deletes nothing today, and a
  // blocklist made by hand later shows as drift. A second spelling of a declared repository is
  // the exception: prune would delete it, so prune stays off while one exists.
  const blocklistDoc: PolicyDocument = {
    version: 1,
    blocklists: { repos },
    ownership: { prune: duplicates === 0, ...(ignore.length === 0 ? {} : { ignore }) },
  };

  const files: ImportedFile[] = [
    {
      name: IMPORT_FILE_NAMES.spendLimits,
      text: withHeader(serializePolicy(spendDoc, serializeOptions), "spend limits", live),
    },
    {
      name: IMPORT_FILE_NAMES.blocklists,
      text: withHeader(
        serializePolicy(blocklistDoc, serializeOptions),
        "repo blocklists",
        live,
        duplicates === 0
          ? [
              "# ownership.prune is true: a blocklist made outside this policy (in the dashboard) is",
              "# drift, and apply deletes it. Declare it here to keep it.",
            ]
          : [],
      ),
    },
  ];
  const groups = directoryGroupsDocument(live, warnings);
  if (groups !== undefined) {
    files.push({
      name: IMPORT_FILE_NAMES.directoryGroups,
      text: withHeader(
        serializePolicy(groups.document, serializeOptions),
        "directory groups",
        live,
        groups.prune
          ? [
              "# ownership.directoryGroups.prune is true: a directory group made outside this policy",
              "# is drift, and apply deletes it. Declare it here to keep it; list groups your identity",
              "# provider syncs under ownership.directoryGroups.ignore.",
            ]
          : [],
      ),
    });
  }
  proveRoundTrip(files, live);
  return { files, warnings };
}

/**
 * The team's directory groups, each with its limit and its members on the team. Prune is on, as
 * for blocklists: a group made by hand later is drift ("directory group exists live, not in
 * policy") and the next apply deletes it. While a live group had to be left out (a name a policy
 * cannot declare, or the name of another group), prune would delete it, so prune stays off.
 * Groups your identity provider syncs (SCIM) are declared like the others: nothing in the API
 * marks them, and declaring them as they are changes nothing; a reviewer who knows which they are
 * can move them to ownership.directoryGroups.ignore (a new one synced later would otherwise be
 * drift, and its delete refused as "managed by your identity provider").
 */
function directoryGroupsDocument(
  live: LiveState,
  warnings: string[],
): { document: PolicyDocument; prune: boolean } | undefined {
  const read = live.directoryGroups;
  if (read === undefined || !read.supported || read.groups.length === 0) return undefined;
  const onTeam = new Set(live.members.map((member) => member.emailKey));
  const groups: Record<string, PolicyDirectoryGroup> = {};
  const seen = new Set<string>();
  let leftOut = 0;
  for (const group of [...read.groups].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!isWritableGroupName(group.name)) {
      leftOut++;
      warnings.push(
        `directory group ${JSON.stringify(group.name)} (${group.id}) has a name a policy cannot declare (spaces at either end, a control character, or more than 200 characters); left out, so a plan reports it as unmanaged`,
      );
      continue;
    }
    if (seen.has(group.nameKey)) {
      leftOut++;
      warnings.push(
        `directory group ${JSON.stringify(group.name)} (${group.id}) has the name of another group (names are compared case-insensitively); only the first is declared`,
      );
      continue;
    }
    seen.add(group.nameKey);
    const members: string[] = [];
    for (const member of group.members) {
      if (member.emailKey !== undefined && onTeam.has(member.emailKey)) {
        members.push(member.emailKey);
      }
    }
    const others = group.members.length - members.length;
    if (others > 0) {
      warnings.push(
        `directory group ${JSON.stringify(group.name)} lists ${others} member(s) who are not on the team; left out (a plan leaves them where they are)`,
      );
    }
    Object.defineProperty(groups, group.name, {
      value: { limit: toPolicyLimit(group.limitDollars), members },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (Object.keys(groups).length === 0) return undefined;
  const prune = leftOut === 0;
  return {
    document: { version: 1, directoryGroups: groups, ownership: { directoryGroups: { prune } } },
    prune,
  };
}

/** Whether the policy schema accepts `name` as a directory group's name. */
function isWritableGroupName(name: string): boolean {
  return policyValidator()({
    version: 1,
    directoryGroups: { [name]: { limit: "none", members: [] } },
  });
}

/** Loading the files back and planning against the same live state must give no change. */
function proveRoundTrip(files: readonly ImportedFile[], live: LiveState): void {
  const loaded = loadPolicyFiles(files.map((file) => ({ path: file.name, text: file.text })));
  if (!loaded.ok) {
    const first = loaded.problems.find((p) => p.severity === "error");
    throw new CursorPolicyError(
      `the imported policy does not validate (${first ? `${first.file}:${first.line}: ${first.message}` : "unknown problem"})`,
      {
        hint: "the live team holds a value the policy language rejects; please report this with the message above",
      },
    );
  }
  const check = computePlan(loaded.desired, live, {
    allowDeletes: true,
    allowLargeChanges: true,
    today: utcDate(systemClock),
  });
  if (check.changes.length > 0) {
    throw new CursorPolicyError(
      `the imported policy would still change ${check.changes.length} thing(s) on the live team; nothing was written`,
      { hint: "this is a bug in import; please report it" },
    );
  }
}

/** The header goes after the `$schema` line, which editors look for first. */
function withHeader(
  text: string,
  what: string,
  live: LiveState,
  extra: readonly string[] = [],
): string {
  const newline = text.indexOf("\n") + 1;
  return text.slice(0, newline) + header(what, live, extra) + text.slice(newline);
}

function header(what: string, live: LiveState, extra: readonly string[]): string {
  return [
    "#",
    `# Imported from the live team by \`cursor-policy import\`: ${what} as they are today`,
    `# (${live.members.length} members, ${live.blocklists.length} repo blocklists${groupCount(live)}). Review before committing.`,
    ...extra,
    "",
  ].join("\n");
}

function groupCount(live: LiveState): string {
  const read = live.directoryGroups;
  if (read === undefined || !read.supported) return "";
  return `, ${read.groups.length} directory group${read.groups.length === 1 ? "" : "s"}`;
}

function toPolicyLimit(dollars: number | null): PolicyLimit {
  return dollars === null ? "none" : dollars;
}

/** The most frequent value, ties broken towards the lower dollar amount (no limit last). */
function mostCommon(
  values: ReadonlyArray<number | null>,
): { value: number | null; count: number } | undefined {
  const counts = new Map<number | null, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: { value: number | null; count: number } | undefined;
  for (const [value, count] of counts) {
    if (!best || count > best.count || (count === best.count && rank(value) < rank(best.value))) {
      best = { value, count };
    }
  }
  return best !== undefined && best.count > 1 ? best : undefined;
}

function rank(value: number | null): number {
  return value === null ? Number.POSITIVE_INFINITY : value;
}
