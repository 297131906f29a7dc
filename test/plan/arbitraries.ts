// fast-check arbitraries for desired and live states over small universes, so that random
// states collide often: shared members, agreeing and conflicting rules, repos spelled two ways.

import fc from "fast-check";
import type { DesiredState, LimitDollars } from "../../src/model/desired.js";
import type { LiveBlocklist, LiveMember, LiveState, ResponseShape } from "../../src/model/live.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  defaultLimit,
  desiredState,
  emailPatternLimit,
  groupLimit,
  roleLimit,
  userLimit,
} from "./builders.js";

const EMAILS = ["ana@x.io", "bo@x.io", "cy@y.io", "di@y.io", "ed@z.io", "flo@z.io"];
const ROLES = ["owner", "member", "free-owner"];
const REPOS = ["acme/api", "acme/web", "acme/infra", "ops/vault"];
const PATTERNS = ["*", "*.env", "*.pem", "config/*", "**/*.secret"];

/** Spellings the API or a policy might use for one repo. */
const spellings = (repo: string) => [
  `https://github.com/${repo}`,
  `https://github.com/${repo}.git`,
  `git@github.com:${repo}.git`,
  `https://GitHub.com/${repo.toUpperCase()}/`,
];

const limit: fc.Arbitrary<LimitDollars> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 3 }),
);
const emails = fc.subarray(EMAILS);
const patterns = fc.array(fc.constantFrom(...PATTERNS), { maxLength: 4 });

export const desiredArb: fc.Arbitrary<DesiredState> = fc
  .record({
    users: fc.array(fc.tuple(fc.constantFrom(...EMAILS), limit), { maxLength: 3 }),
    groups: fc.array(fc.tuple(fc.constantFrom("g1", "g2", "g3"), emails, limit), { maxLength: 3 }),
    emailPatterns: fc.array(fc.tuple(fc.constantFrom("*@x.io", "*@y.io", "*.io"), limit), {
      maxLength: 2,
    }),
    roles: fc.array(fc.tuple(fc.constantFrom(...ROLES), limit), { maxLength: 2 }),
    default: fc.option(limit, { nil: undefined }),
    repos: fc.uniqueArray(fc.tuple(fc.constantFrom(...REPOS), fc.nat(3), patterns), {
      selector: ([repo]) => repo,
      maxLength: 4,
    }),
    prune: fc.boolean(),
    ignore: fc.subarray(["https://github.com/ops/*", "https://github.com/acme/web"]),
  })
  .map((spec) =>
    desiredState({
      limits: {
        users: spec.users.map(([email, dollars], i) => userLimit(email, dollars, 10 + i)),
        groups: spec.groups.map(([name, members, dollars], i) =>
          groupLimit(name, members, dollars, 20 + i),
        ),
        emailPatterns: spec.emailPatterns.map(([glob, dollars], i) =>
          emailPatternLimit(glob, dollars, 30 + i),
        ),
        roles: spec.roles.map(([role, dollars], i) => roleLimit(role, dollars, 40 + i)),
        ...(spec.default !== undefined ? { default: defaultLimit(spec.default, 50) } : {}),
      },
      blocklists: spec.repos.map(([repo, spelling, list], i) =>
        aBlocklist({ url: spellings(repo)[spelling]!, patterns: list, line: 60 + i }),
      ),
      ownership: { prune: spec.prune, ignore: spec.ignore },
    }),
  );

const memberArb = (shape: ResponseShape) =>
  fc
    .record({
      email: fc.constantFrom(...EMAILS),
      upper: fc.boolean(),
      role: fc.constantFrom(...ROLES),
      limit: fc.oneof(limit, fc.constant("unknown" as const)),
      spendCents: fc.integer({ min: 0, max: 500 }),
      effective: fc.option(limit, { nil: undefined }),
    })
    .map(
      (m): LiveMember =>
        aMember({
          email: m.upper ? m.email.toUpperCase() : m.email,
          role: m.role,
          limit: m.limit,
          spendCents: m.spendCents,
          legacy: shape === "legacy",
          ...(shape === "current" && m.effective !== undefined ? { effective: m.effective } : {}),
        }),
    );

/** Live blocklists: unique ids and unique exact URLs, but two spellings of one repo may coexist. */
const liveBlocklistsArb: fc.Arbitrary<LiveBlocklist[]> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REPOS), fc.nat(3), patterns), {
    selector: ([repo, spelling]) => `${repo}#${spelling}`,
    maxLength: 6,
  })
  .map((entries) =>
    entries.map(([repo, spelling, list], i) =>
      aLiveBlocklist({ id: `repo_${i}`, url: spellings(repo)[spelling]!, patterns: list }),
    ),
  );

export const liveArb: fc.Arbitrary<LiveState> = fc
  .constantFrom<ResponseShape>("current", "legacy")
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      members: fc.uniqueArray(memberArb(shape), {
        selector: (m) => m.emailKey,
        maxLength: EMAILS.length,
      }),
      blocklists: liveBlocklistsArb,
    }),
  );

/** Team members as (email, role) without limits: the input of liveMatching. */
export const teamArb: fc.Arbitrary<LiveMember[]> = fc.uniqueArray(memberArb("current"), {
  selector: (m) => m.emailKey,
  maxLength: EMAILS.length,
});

/** A deterministic permutation driven by a seed (fast-check shrinks the seed). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
