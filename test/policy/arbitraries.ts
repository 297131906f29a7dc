// fast-check generators for policy documents that are valid by construction (no same-rank
// conflicts, limits within the guardrails, protected repos declared), and a way to split one
// document across several files.
import fc from "fast-check";
import type {
  PolicyDocument,
  PolicyGroup,
  PolicyLimit,
  PolicyRepo,
} from "../../src/policy/write.js";

const EMAILS = [
  "ada.lovelace@acme.example",
  "grace.hopper@acme.example",
  "alan.turing@acme.example",
  "hedy.lamarr@acme.example",
  "claude.shannon@acme.example",
  "kim.temp@contractors.acme.example",
  "sam.contractor@contractors.acme.example",
  "new.hire@acme.example",
] as const;
const ROLES = ["owner", "member", "free-owner"] as const;
const EMAIL_PATTERNS = ["*@contractors.acme.example", "*@acme.example", "a*@acme.example"] as const;
const GROUP_NAMES = ["data-science", "research", "platform"] as const;
const SET_NAMES = ["secrets", "certificates", "dumps"] as const;
const PATTERNS = ["*.env", "**/*.pem", "**/*.key", "config/prod/*", "db/dumps/**", "*"] as const;
const REPOS = [
  "https://github.com/acme/payments",
  "https://github.com/acme/infra",
  "git@github.com:acme/legacy-monolith.git",
  "https://gitlab.com/acme/tools",
] as const;
const IGNORES = ["https://github.com/other/*", "https://bitbucket.org/acme/*"] as const;

const limit: fc.Arbitrary<PolicyLimit> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }),
  fc.constant<PolicyLimit>("none"),
  fc.constant<PolicyLimit>(null),
);

function limitMap<K extends string>(keys: readonly K[]): fc.Arbitrary<Record<string, PolicyLimit>> {
  return fc.dictionary(fc.constantFrom(...keys), limit, { maxKeys: keys.length });
}

const groups: fc.Arbitrary<Record<string, PolicyGroup>> = fc
  .record({
    // Each email is in at most one group, so groups never disagree.
    assignment: fc.array(fc.integer({ min: -1, max: GROUP_NAMES.length - 1 }), {
      minLength: EMAILS.length,
      maxLength: EMAILS.length,
    }),
    limits: fc.array(limit, { minLength: GROUP_NAMES.length, maxLength: GROUP_NAMES.length }),
  })
  .map(({ assignment, limits }) => {
    const result: Record<string, PolicyGroup> = {};
    GROUP_NAMES.forEach((name, index) => {
      const members = EMAILS.filter((_, e) => assignment[e] === index);
      if (members.length > 0) result[name] = { limit: limits[index] ?? 0, members };
    });
    return result;
  });

const blocklists = fc
  .record({
    sets: fc.dictionary(
      fc.constantFrom(...SET_NAMES),
      fc.uniqueArray(fc.constantFrom(...PATTERNS), { minLength: 1 }),
      { maxKeys: SET_NAMES.length },
    ),
    repos: fc.dictionary(
      fc.constantFrom(...REPOS),
      fc.record({
        use: fc.uniqueArray(fc.constantFrom(...SET_NAMES)),
        patterns: fc.uniqueArray(fc.constantFrom(...PATTERNS)),
      }),
      { maxKeys: REPOS.length },
    ),
  })
  .map(({ sets, repos }) => {
    const defined = Object.keys(sets);
    const fixed: Record<string, PolicyRepo> = {};
    for (const [url, repo] of Object.entries(repos)) {
      const use = repo.use.filter((name) => defined.includes(name));
      const patterns = use.length === 0 && repo.patterns.length === 0 ? ["*.env"] : repo.patterns;
      fixed[url] = {
        ...(use.length > 0 ? { use } : {}),
        ...(patterns.length > 0 ? { patterns } : {}),
      };
    }
    return { patternSets: sets, repos: fixed };
  });

/** A PolicyDocument that loads without errors. */
export const validPolicyDocument: fc.Arbitrary<PolicyDocument> = fc
  .record({
    default: fc.option(limit, { nil: undefined }),
    roles: limitMap(ROLES),
    emailPatterns: limitMap(EMAIL_PATTERNS),
    groups,
    users: limitMap(EMAILS),
    blocklists,
    prune: fc.option(fc.boolean(), { nil: undefined }),
    ignore: fc.uniqueArray(fc.constantFrom(...IGNORES)),
    maxUserLimit: fc.option(fc.constant(5000), { nil: undefined }),
    requireLimit: fc.option(fc.boolean(), { nil: undefined }),
    count: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    protect: fc.boolean(),
  })
  .map((g): PolicyDocument => {
    // Guardrails that forbid `none` turn every `none` into $0, so the document stays valid.
    const noneAllowed = g.maxUserLimit === undefined && g.requireLimit !== true;
    const fix = (value: PolicyLimit): PolicyLimit =>
      noneAllowed || (value !== null && value !== "none") ? value : 0;
    const fixMap = (map: Record<string, PolicyLimit>) =>
      Object.fromEntries(Object.entries(map).map(([key, value]) => [key, fix(value)]));
    const declared = Object.keys(g.blocklists.repos);
    const protectedRepos = g.protect ? declared.slice(0, 1) : [];
    const maxDeletes =
      g.count === undefined && g.percent === undefined
        ? undefined
        : {
            ...(g.count === undefined ? {} : { count: g.count }),
            ...(g.percent === undefined ? {} : { percent: g.percent }),
          };
    return {
      version: 1,
      spendLimits: {
        ...(g.default === undefined ? {} : { default: fix(g.default) }),
        roles: fixMap(g.roles),
        emailPatterns: fixMap(g.emailPatterns),
        groups: Object.fromEntries(
          Object.entries(g.groups).map(([name, group]) => [
            name,
            { ...group, limit: fix(group.limit) },
          ]),
        ),
        users: fixMap(g.users),
      },
      blocklists: g.blocklists,
      ownership: {
        ...(g.prune === undefined ? {} : { prune: g.prune }),
        ignore: g.ignore,
      },
      guardrails: {
        ...(g.maxUserLimit === undefined ? {} : { maxUserLimit: g.maxUserLimit }),
        ...(g.requireLimit === undefined ? {} : { requireLimitForEveryMember: g.requireLimit }),
        ...(maxDeletes === undefined ? {} : { maxDeletes }),
        protectedRepos,
      },
    };
  });

interface SplitPart {
  default?: PolicyLimit;
  roles: Record<string, PolicyLimit>;
  emailPatterns: Record<string, PolicyLimit>;
  groups: Record<string, PolicyGroup>;
  users: Record<string, PolicyLimit>;
  patternSets: Record<string, readonly string[]>;
  repos: Record<string, PolicyRepo>;
  prune?: boolean;
  ignore: string[];
  maxUserLimit?: number;
  requireLimitForEveryMember?: boolean;
  count?: number;
  percent?: number;
  protectedRepos: string[];
}

/**
 * Splits a document into `count` documents: every setting, named entry and list item goes to
 * the file `pick()` chooses. Together they say exactly what the original says.
 */
export function splitDocument(
  doc: PolicyDocument,
  count: number,
  pick: () => number,
): PolicyDocument[] {
  const parts: SplitPart[] = Array.from({ length: count }, () => ({
    roles: {},
    emailPatterns: {},
    groups: {},
    users: {},
    patternSets: {},
    repos: {},
    ignore: [],
    protectedRepos: [],
  }));
  const target = () => parts[pick() % count]!;
  const spend = doc.spendLimits ?? {};
  if (spend.default !== undefined) target().default = spend.default;
  for (const map of ["roles", "emailPatterns", "users"] as const) {
    for (const [key, value] of Object.entries(spend[map] ?? {})) target()[map][key] = value;
  }
  for (const [key, value] of Object.entries(spend.groups ?? {})) target().groups[key] = value;
  for (const [key, value] of Object.entries(doc.blocklists?.patternSets ?? {})) {
    target().patternSets[key] = value;
  }
  for (const [key, value] of Object.entries(doc.blocklists?.repos ?? {})) {
    target().repos[key] = value;
  }
  if (doc.ownership?.prune !== undefined) target().prune = doc.ownership.prune;
  for (const item of doc.ownership?.ignore ?? []) target().ignore.push(item);
  const guardrails = doc.guardrails ?? {};
  if (guardrails.maxUserLimit !== undefined) target().maxUserLimit = guardrails.maxUserLimit;
  if (guardrails.requireLimitForEveryMember !== undefined) {
    target().requireLimitForEveryMember = guardrails.requireLimitForEveryMember;
  }
  if (guardrails.maxDeletes?.count !== undefined) target().count = guardrails.maxDeletes.count;
  if (guardrails.maxDeletes?.percent !== undefined) {
    target().percent = guardrails.maxDeletes.percent;
  }
  for (const item of guardrails.protectedRepos ?? []) target().protectedRepos.push(item);
  return parts.map(toDocument);
}

function toDocument(part: SplitPart): PolicyDocument {
  const maxDeletes =
    part.count === undefined && part.percent === undefined
      ? undefined
      : {
          ...(part.count === undefined ? {} : { count: part.count }),
          ...(part.percent === undefined ? {} : { percent: part.percent }),
        };
  return {
    version: 1,
    spendLimits: {
      ...(part.default === undefined ? {} : { default: part.default }),
      roles: part.roles,
      emailPatterns: part.emailPatterns,
      groups: part.groups,
      users: part.users,
    },
    blocklists: { patternSets: part.patternSets, repos: part.repos },
    ownership: {
      ...(part.prune === undefined ? {} : { prune: part.prune }),
      ignore: part.ignore,
    },
    guardrails: {
      ...(part.maxUserLimit === undefined ? {} : { maxUserLimit: part.maxUserLimit }),
      ...(part.requireLimitForEveryMember === undefined
        ? {}
        : { requireLimitForEveryMember: part.requireLimitForEveryMember }),
      ...(maxDeletes === undefined ? {} : { maxDeletes }),
      protectedRepos: part.protectedRepos,
    },
  };
}
