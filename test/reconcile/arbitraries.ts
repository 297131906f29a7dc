// fast-check arbitraries for the reconciler properties: a desired state (every limit rule rank,
// repos in several spellings, prune on or off, ignore globs) and an emulator team (members with
// random limits, spend and group limits, removed members, blocklists in several spellings with
// repeated patterns). The universes are small on purpose, so rules, members and repos collide.
//
// The rules are free of same-rank conflicts (a conflict is a guardrail violation, covered by its
// own test): users are unique, groups are disjoint, email patterns do not overlap, roles unique.

import fc from "fast-check";
import type { BlocklistState, EmulatorState, MemberState } from "../../src/emulator/index.js";
import type { DesiredState, LimitDollars } from "../../src/model/desired.js";
import {
  aBlocklist,
  defaultLimit,
  desiredState,
  emailPatternLimit,
  groupLimit,
  roleLimit,
  userLimit,
} from "../plan/builders.js";
import { teamState } from "./support.js";

const EMAILS = ["ana@x.io", "bo@x.io", "cy@y.io", "di@y.io", "ed@z.io", "flo@z.io", "gus@z.io"];
/** As the current shape lists them; the legacy shape capitalises them. */
const ROLES = ["owner", "member", "free-owner"];
const REPOS = ["acme/api", "acme/web", "acme/infra", "ops/vault", "ops/data"];
const PATTERNS = ["*", "*.env", "*.pem", "config/*", "**/*.secret", "src/api/keys.ts"];

/** Spellings a policy or the server might use for one repo: all normalise to the same key. */
function spellings(repo: string): string[] {
  return [
    `https://github.com/${repo}`,
    `https://github.com/${repo}.git`,
    `git@github.com:${repo}.git`,
    `https://GitHub.com/${repo.toUpperCase()}/`,
  ];
}

const limitArb: fc.Arbitrary<LimitDollars> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 500 }) },
);
const patternsArb = fc.array(fc.constantFrom(...PATTERNS), { maxLength: 4 });

export const desiredArb: fc.Arbitrary<DesiredState> = fc
  .record({
    users: fc.uniqueArray(fc.tuple(fc.constantFrom(...EMAILS, "new@x.io"), limitArb), {
      selector: ([email]) => email,
      maxLength: 3,
    }),
    // Two disjoint groups: each email goes to group 0, group 1 or neither.
    groupOf: fc.array(fc.integer({ min: 0, max: 2 }), {
      minLength: EMAILS.length,
      maxLength: EMAILS.length,
    }),
    groupLimits: fc.tuple(limitArb, limitArb),
    // "*@x.io" and "*@y.io" never match the same email.
    emailPatterns: fc.uniqueArray(fc.tuple(fc.constantFrom("*@x.io", "*@y.io"), limitArb), {
      selector: ([glob]) => glob,
      maxLength: 2,
    }),
    roles: fc.uniqueArray(fc.tuple(fc.constantFrom(...ROLES), limitArb), {
      selector: ([role]) => role,
      maxLength: 2,
    }),
    default: fc.option(limitArb, { nil: undefined }),
    repos: fc.uniqueArray(fc.tuple(fc.constantFrom(...REPOS), fc.nat(3), patternsArb), {
      selector: ([repo]) => repo,
      maxLength: 4,
    }),
    prune: fc.boolean(),
    ignore: fc.subarray(["https://github.com/ops/*", "https://github.com/acme/web"]),
  })
  .map((spec) => {
    const groupMembers = (g: number) => EMAILS.filter((_, i) => spec.groupOf[i] === g);
    return desiredState({
      limits: {
        users: spec.users.map(([email, dollars], i) => userLimit(email, dollars, 10 + i)),
        groups: [0, 1]
          .filter((g) => groupMembers(g).length > 0)
          .map((g) => groupLimit(`g${g}`, groupMembers(g), spec.groupLimits[g] ?? null, 20 + g)),
        emailPatterns: spec.emailPatterns.map(([glob, dollars], i) =>
          emailPatternLimit(glob, dollars, 30 + i),
        ),
        roles: spec.roles.map(([role, dollars], i) => roleLimit(role, dollars, 40 + i)),
        ...(spec.default === undefined ? {} : { default: defaultLimit(spec.default, 50) }),
      },
      blocklists: spec.repos.map(([repo, spelling, patterns], i) =>
        aBlocklist({ url: spellings(repo)[spelling] ?? repo, patterns, line: 60 + i }),
      ),
      ownership: { prune: spec.prune, ignore: spec.ignore },
    });
  });

const memberArb: fc.Arbitrary<Omit<MemberState, "id">> = fc
  .record({
    email: fc.constantFrom(...EMAILS),
    upper: fc.boolean(),
    role: fc.constantFrom(...ROLES),
    spendCents: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 60_000, noNaN: true })),
    limit: limitArb,
    groupLimit: fc.option(limitArb, { nil: undefined }),
    removedFlag: fc.integer({ min: 0, max: 7 }),
  })
  .map((m) => ({
    email: m.upper ? m.email.toUpperCase() : m.email,
    name: m.email.split("@")[0] ?? m.email,
    role: m.role,
    spendCents: m.spendCents,
    monthlyLimitDollars: m.limit,
    ...(m.groupLimit === undefined ? {} : { groupLimitDollars: m.groupLimit }),
    // About one member in eight has left the team: listed as removed, never planned for.
    ...(m.removedFlag === 0 ? { isRemoved: true } : {}),
  }));

const blocklistsArb: fc.Arbitrary<BlocklistState[]> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REPOS), fc.nat(3), patternsArb), {
    // Exact URLs are unique (the server matches them exactly); two spellings of a repo may coexist.
    selector: ([repo, spelling]) => `${repo}#${spelling}`,
    maxLength: 6,
  })
  .map((entries) =>
    entries.map(([repo, spelling, patterns], i) => ({
      id: `repo_live${i}`,
      url: spellings(repo)[spelling] ?? repo,
      // The server may hold a pattern twice; the planner compares sets.
      patterns: [...patterns, ...patterns.slice(0, 1)],
    })),
  );

export const teamArb: fc.Arbitrary<EmulatorState> = fc
  .record({
    members: fc.uniqueArray(memberArb, {
      selector: (m) => m.email.toLowerCase(),
      maxLength: EMAILS.length,
    }),
    blocklists: blocklistsArb,
  })
  .map(({ members, blocklists }) => teamState(members, blocklists));
