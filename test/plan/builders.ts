// State builders for planner, renderer and apply tests: every field has a sane default, so a test
// names only what it is about.
//
//   const live = liveState({
//     members: [aMember({ email: "ana@acme.dev", limit: 100, spend: 12.5 })],
//     blocklists: [aLiveBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env"] })],
//   });
//   const desired = desiredState({
//     limits: { users: [userLimit("ana@acme.dev", 50)], default: defaultLimit(20) },
//     blocklists: [aBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env", "*.pem"] })],
//   });
//
// Defaults: a member is "alice@example.com", role member, no spend, no per-user limit (current
// API shape). Ownership defaults to prune: false and no ignores; guardrails default to none.

import type {
  DefaultLimitRule,
  DesiredBlocklist,
  DesiredDirectoryGroup,
  DesiredState,
  DirectoryGroupOwnership,
  EmailPatternLimitRule,
  GroupLimitRule,
  Guardrails,
  LimitDollars,
  Ownership,
  RoleLimitRule,
  SpendLimitRules,
  UserLimitRule,
} from "../../src/model/desired.js";
import type {
  LiveBlocklist,
  LiveDirectoryGroup,
  LiveDirectoryGroups,
  LiveMember,
  LiveState,
  ResponseShape,
} from "../../src/model/live.js";
import type { SourceLocation } from "../../src/model/source.js";
import { compileLimitResolver } from "../../src/plan/limit-resolver.js";
import {
  normalizeEmail,
  normalizeGroupName,
  normalizeRepoUrl,
  normalizeRole,
} from "../../src/shared/normalize.js";

const POLICY_FILE = "policies/team.yaml";

/** A source location: `at(12)` is line 12 of policies/team.yaml. */
export function at(line: number, file = POLICY_FILE, column = 3): SourceLocation {
  return { file, line, column };
}

// ---------- live state ----------

export interface MemberSpec {
  readonly email?: string;
  /** Defaults to the capitalised local part of the email. */
  readonly name?: string;
  readonly role?: string;
  readonly id?: string;
  /** Spend this cycle in dollars (converted to cents); or give spendCents. */
  readonly spend?: number;
  readonly spendCents?: number;
  /** Whole dollars, null for no limit, "unknown" for a member without a spend row. */
  readonly limit?: LimitDollars | "unknown";
  /** effectivePerUserLimitDollars as the API would report it; omitted by default. */
  readonly effective?: LimitDollars;
  /** Read through the legacy field: a $0 limit reads as null and is marked ambiguous. */
  readonly legacy?: boolean;
}

export function aMember(spec: MemberSpec = {}): LiveMember {
  const email = spec.email ?? "alice@example.com";
  const limit = spec.limit === undefined ? null : spec.limit;
  const legacy = spec.legacy ?? false;
  return {
    email,
    emailKey: normalizeEmail(email),
    name: spec.name ?? nameFromEmail(email),
    role: normalizeRole(spec.role ?? "member"),
    ...(spec.id !== undefined ? { id: spec.id } : {}),
    spendCents: spec.spendCents ?? Math.round((spec.spend ?? 0) * 100),
    ...(limit === "unknown"
      ? {}
      : {
          limit: {
            dollars: legacy && limit === 0 ? null : limit,
            zeroIsAmbiguous: legacy,
            ...(spec.effective !== undefined ? { effectiveDollars: spec.effective } : {}),
          },
        }),
  };
}

interface LiveBlocklistSpec {
  readonly url?: string;
  readonly patterns?: readonly string[];
  /** Defaults to a readable id derived from the URL. */
  readonly id?: string;
}

export function aLiveBlocklist(spec: LiveBlocklistSpec = {}): LiveBlocklist {
  const url = spec.url ?? "https://github.com/acme/api";
  const urlKey = normalizeRepoUrl(url) ?? url.trim().toLowerCase();
  return {
    id: spec.id ?? idFor(urlKey),
    url,
    urlKey,
    patterns: [...(spec.patterns ?? ["*.env"])],
  };
}

/** The id a member gets in group tests: `user_` and the normalised email. */
export function memberId(email: string): string {
  return `user_${normalizeEmail(email)}`;
}

interface LiveGroupSpec {
  readonly name?: string;
  readonly id?: string;
  readonly limit?: LimitDollars;
  /** Members by email; their ids are memberId(email). */
  readonly members?: readonly string[];
}

/** A live directory group: "data-science", no limit, no members by default. */
export function aLiveGroup(spec: LiveGroupSpec = {}): LiveDirectoryGroup {
  const name = spec.name ?? "data-science";
  return {
    id: spec.id ?? `team_group_${normalizeGroupName(name).replace(/[^a-z0-9]+/g, "_")}`,
    name,
    nameKey: normalizeGroupName(name),
    limitDollars: spec.limit ?? null,
    members: (spec.members ?? []).map((email) => ({
      userId: memberId(email),
      email,
      emailKey: normalizeEmail(email),
    })),
  };
}

export interface LiveStateSpec {
  readonly members?: readonly LiveMember[];
  readonly blocklists?: readonly LiveBlocklist[];
  /** Directory groups read; "unsupported": the API answered 404. Default: not read. */
  readonly directoryGroups?: readonly LiveDirectoryGroup[] | "unsupported";
  readonly shape?: ResponseShape;
  readonly cycleStart?: number;
}

export function liveState(spec: LiveStateSpec = {}): LiveState {
  const members = [...(spec.members ?? [])];
  return {
    members,
    blocklists: [...(spec.blocklists ?? [])],
    ...(spec.directoryGroups === undefined
      ? {}
      : { directoryGroups: liveGroups(spec.directoryGroups, members) }),
    shape: spec.shape ?? "current",
    ...(spec.cycleStart !== undefined ? { cycleStart: spec.cycleStart } : {}),
  };
}

function liveGroups(
  groups: readonly LiveDirectoryGroup[] | "unsupported",
  members: readonly LiveMember[],
): LiveDirectoryGroups {
  if (groups === "unsupported") {
    return { supported: false, reason: "GET /teams/directory-groups answered 404" };
  }
  return {
    supported: true,
    groups: [...groups],
    membersHaveIds: members.every((member) => member.id !== undefined),
  };
}

// ---------- desired state ----------

export function userLimit(
  email: string,
  limit: LimitDollars,
  line = 1,
  until?: string,
): UserLimitRule {
  return {
    email: normalizeEmail(email),
    limit,
    source: at(line),
    ...(until === undefined ? {} : { until }),
  };
}

export function groupLimit(
  name: string,
  members: readonly string[],
  limit: LimitDollars,
  line = 1,
): GroupLimitRule {
  return { name, limit, members: [...new Set(members.map(normalizeEmail))], source: at(line) };
}

export function emailPatternLimit(
  pattern: string,
  limit: LimitDollars,
  line = 1,
): EmailPatternLimitRule {
  return { pattern, limit, source: at(line) };
}

export function roleLimit(role: string, limit: LimitDollars, line = 1): RoleLimitRule {
  return { role: normalizeRole(role), limit, source: at(line) };
}

export function defaultLimit(limit: LimitDollars, line = 1): DefaultLimitRule {
  return { limit, source: at(line) };
}

interface BlocklistSpec {
  readonly url?: string;
  readonly patterns?: readonly string[];
  readonly line?: number;
}

/** A desired blocklist: patterns de-duplicated and sorted, as the loader hands them over. */
export function aBlocklist(spec: BlocklistSpec = {}): DesiredBlocklist {
  const url = spec.url ?? "https://github.com/acme/api";
  return {
    url,
    urlKey: normalizeRepoUrl(url) ?? url.trim().toLowerCase(),
    patterns: [...new Set(spec.patterns ?? ["*.env"])].sort(),
    source: at(spec.line ?? 1),
  };
}

interface DirectoryGroupSpec {
  readonly name?: string;
  readonly limit?: LimitDollars;
  readonly members?: readonly string[];
  readonly emailPatterns?: readonly string[];
  readonly roles?: readonly string[];
  readonly renamedFrom?: string;
  readonly line?: number;
}

/** A declared directory group, normalised as the loader hands it over. */
export function aDirectoryGroup(spec: DirectoryGroupSpec = {}): DesiredDirectoryGroup {
  const name = spec.name ?? "data-science";
  return {
    name,
    nameKey: normalizeGroupName(name),
    limit: spec.limit === undefined ? null : spec.limit,
    members: [...new Set((spec.members ?? []).map(normalizeEmail))].sort(),
    emailPatterns: [...(spec.emailPatterns ?? [])].map((glob) => glob.toLowerCase()).sort(),
    roles: [...(spec.roles ?? [])].map(normalizeRole).sort(),
    ...(spec.renamedFrom === undefined ? {} : { renamedFrom: spec.renamedFrom }),
    source: at(spec.line ?? 1),
  };
}

export interface DesiredStateSpec {
  readonly limits?: Partial<SpendLimitRules>;
  readonly blocklists?: readonly DesiredBlocklist[];
  readonly ownership?: Partial<Ownership>;
  readonly guardrails?: Partial<Guardrails>;
  readonly pendingMembers?: readonly string[];
  /** Declared directory groups: the policy then manages groups. Default: it does not. */
  readonly directoryGroups?: readonly DesiredDirectoryGroup[];
  readonly groupOwnership?: Partial<DirectoryGroupOwnership>;
  readonly files?: readonly string[];
}

export function desiredState(spec: DesiredStateSpec = {}): DesiredState {
  const limits = spec.limits ?? {};
  const managesGroups = spec.directoryGroups !== undefined || spec.groupOwnership !== undefined;
  return {
    spendLimits: {
      users: [...(limits.users ?? [])],
      groups: [...(limits.groups ?? [])],
      emailPatterns: [...(limits.emailPatterns ?? [])],
      roles: [...(limits.roles ?? [])],
      ...(limits.default ? { default: limits.default } : {}),
    },
    blocklists: [...(spec.blocklists ?? [])],
    ownership: { prune: false, ignore: [], ...spec.ownership },
    guardrails: { requireLimitForEveryMember: false, protectedRepos: [], ...spec.guardrails },
    ...(spec.pendingMembers === undefined
      ? {}
      : { pendingMembers: [...spec.pendingMembers].map(normalizeEmail).sort() }),
    ...(managesGroups
      ? {
          directoryGroups: {
            groups: [...(spec.directoryGroups ?? [])].sort((a, b) =>
              a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0,
            ),
            ownership: { prune: false, ignore: [], ...spec.groupOwnership },
          },
        }
      : {}),
    files: [...(spec.files ?? [POLICY_FILE])],
  };
}

/**
 * The live state a perfect apply of `desired` would leave: each given member carries the limit the
 * policy resolves to (uncovered and conflicting members keep theirs), and the blocklists are
 * exactly the declared ones. A plan of `desired` against it has no changes.
 */
export function liveMatching(
  desired: DesiredState,
  members: readonly LiveMember[],
  shape: ResponseShape = "current",
): LiveState {
  const resolve = compileLimitResolver(desired.spendLimits);
  return liveState({
    shape,
    members: members.map((member) => {
      const resolution = resolve(member.email, member.role);
      if (resolution.kind !== "limit") return member;
      return { ...member, limit: { dollars: resolution.limit, zeroIsAmbiguous: false } };
    }),
    blocklists: desired.blocklists.map((blocklist) =>
      aLiveBlocklist({ url: blocklist.url, patterns: blocklist.patterns }),
    ),
  });
}

/** The planner's "today" in unit tests (a fixed date: the planner reads no clock). */
export const TODAY = "2026-11-15";

export const noOptions = { allowDeletes: false, today: TODAY } as const;

function nameFromEmail(email: string): string {
  const local = email.split("@")[0] ?? email;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

function idFor(urlKey: string): string {
  const slug = urlKey
    .replace(/^https:\/\/[^/]+\//, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  return `repo_${slug}`;
}
