// Stage 5: merged parts (known to be free of errors) -> the DesiredState the planner consumes.
// Everything is sorted, so the result depends only on what the policy says, not on how it is
// split across files or in which order the files are read (only `source` locations and `files`
// reflect the layout).

import type {
  ChangeThreshold,
  DesiredBlocklist,
  DesiredDirectoryGroups,
  DesiredState,
  Guardrails,
  LimitDollars,
} from "../model/desired.js";
import type { SourceLocation } from "../model/source.js";
import { normalizeRole } from "../shared/normalize.js";
import type { LimitEntry, PolicyParts } from "./parts.js";
import { compareStrings, type Span } from "./problems.js";
import { expandedPatterns } from "./rules.js";

export function buildDesiredState(parts: PolicyParts, files: readonly string[]): DesiredState {
  const defaultEntry = withLimits(parts.defaults)[0];
  return {
    spendLimits: {
      users: withLimits(parts.users)
        .map((entry) => ({
          email: entry.key,
          limit: entry.limit,
          source: location(entry.at),
          ...(entry.until === undefined ? {} : { until: entry.until.text.trim() }),
        }))
        .sort((a, b) => compareStrings(a.email, b.email)),
      groups: parts.groups
        .flatMap((group) =>
          group.limit === undefined
            ? []
            : [
                {
                  name: group.name,
                  limit: group.limit,
                  members: uniqueSorted(group.members.map((member) => member.email)),
                  source: location(group.at),
                },
              ],
        )
        .sort((a, b) => compareStrings(a.name, b.name)),
      emailPatterns: withLimits(parts.emailPatterns)
        .map((entry) => ({ pattern: entry.key, limit: entry.limit, source: location(entry.at) }))
        .sort((a, b) => compareStrings(a.pattern, b.pattern)),
      roles: withLimits(parts.roles)
        .map((entry) => ({ role: entry.key, limit: entry.limit, source: location(entry.at) }))
        .sort((a, b) => compareStrings(a.role, b.role)),
      ...(defaultEntry === undefined
        ? {}
        : { default: { limit: defaultEntry.limit, source: location(defaultEntry.at) } }),
    },
    blocklists: parts.repos
      .flatMap((repo): DesiredBlocklist[] =>
        repo.urlKey === undefined
          ? []
          : [
              {
                url: repo.url,
                urlKey: repo.urlKey,
                patterns: expandedPatterns(repo, parts),
                source: location(repo.at),
              },
            ],
      )
      .sort((a, b) => compareStrings(a.urlKey, b.urlKey)),
    ownership: {
      prune: parts.prune[0]?.value ?? false,
      ignore: uniqueSorted(parts.ignore.map((entry) => entry.text.trim())),
    },
    guardrails: buildGuardrails(parts),
    ...(parts.pending.length === 0
      ? {}
      : { pendingMembers: uniqueSorted(parts.pending.map((entry) => entry.email)) }),
    ...directoryGroupsOf(parts),
    files: uniqueSorted(files),
  };
}

/** Present when the policy says anything about directory groups: then it manages them. */
function directoryGroupsOf(parts: PolicyParts): { directoryGroups?: DesiredDirectoryGroups } {
  const mentioned =
    parts.directoryGroupSections.length > 0 || parts.directoryGroupOwnership.length > 0;
  if (!mentioned) return {};
  return {
    directoryGroups: {
      groups: parts.directoryGroups
        .flatMap((group) =>
          group.limit === undefined
            ? []
            : [
                {
                  name: group.name,
                  nameKey: group.nameKey,
                  limit: group.limit,
                  members: uniqueSorted(group.members.map((member) => member.email)),
                  emailPatterns: uniqueSorted(
                    group.emailPatterns.map((entry) => entry.text.trim().toLowerCase()),
                  ),
                  roles: uniqueSorted(group.roles.map((entry) => normalizeRole(entry.text))),
                  ...(group.renamedFrom === undefined
                    ? {}
                    : { renamedFrom: group.renamedFrom.text }),
                  source: location(group.at),
                },
              ],
        )
        .sort((a, b) => compareStrings(a.nameKey, b.nameKey)),
      ownership: {
        prune: parts.directoryGroupsPrune[0]?.value ?? false,
        ignore: uniqueSorted(parts.directoryGroupsIgnore.map((entry) => entry.text.trim())),
      },
    },
  };
}

function buildGuardrails(parts: PolicyParts): Guardrails {
  const maxDeletes = threshold(parts.maxDeletesCount[0]?.value, parts.maxDeletesPercent[0]?.value);
  const maxLimitChanges = threshold(
    parts.maxLimitChangesCount[0]?.value,
    parts.maxLimitChangesPercent[0]?.value,
  );
  const maximum = parts.maxUserLimit[0]?.value;
  const raise = parts.maxLimitRaise[0]?.value;
  const total = parts.maxTotalLimit[0]?.value;
  const named = parts.requireNamedMembersOnTeam[0]?.value;
  // Keys the policy does not set are left out, so a policy that sets none of the newer ones has
  // the digest it had before they existed (saved plans stay valid across the upgrade).
  return {
    ...(maximum === undefined ? {} : { maxUserLimitDollars: maximum }),
    requireLimitForEveryMember: parts.requireLimitForEveryMember[0]?.value ?? false,
    ...(maxDeletes === undefined ? {} : { maxDeletes }),
    ...(maxLimitChanges === undefined ? {} : { maxLimitChanges }),
    ...(raise === undefined ? {} : { maxLimitRaise: raise }),
    ...(total === undefined ? {} : { maxTotalLimitDollars: total }),
    ...(named === undefined ? {} : { requireNamedMembersOnTeam: named }),
    protectedRepos: uniqueSorted(parts.protectedRepos.map((entry) => entry.text.trim())),
    ...(parts.requireEffectiveCaps[0]?.value === true ? { requireEffectiveCaps: true } : {}),
  };
}

function threshold(
  count: number | undefined,
  percent: number | undefined,
): ChangeThreshold | undefined {
  if (count === undefined && percent === undefined) return undefined;
  return {
    ...(count === undefined ? {} : { count }),
    ...(percent === undefined ? {} : { percent }),
  };
}

function withLimits(entries: readonly LimitEntry[]): Array<LimitEntry & { limit: LimitDollars }> {
  return entries.flatMap((entry) =>
    entry.limit === undefined ? [] : [{ ...entry, limit: entry.limit }],
  );
}

function location(at: Span): SourceLocation {
  return { file: at.file, line: at.line, column: at.column };
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}
