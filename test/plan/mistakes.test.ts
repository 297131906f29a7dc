// The planner's defences against silent mistakes (issue 12): built-in size thresholds, each at
// its boundary; emails named in policy that are not on the team, with "did you mean"; the
// budget and its guardrail; temporary exceptions that end on the planner's "today".
import { describe, expect, it } from "vitest";
import { isBlocked, plan } from "../../src/plan/index.js";
import { DEFAULT_MAX_LIMIT_RAISE, THRESHOLD_FLOOR } from "../../src/plan/thresholds.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  at,
  defaultLimit,
  desiredState,
  groupLimit,
  liveState,
  noOptions,
  TODAY,
  userLimit,
} from "./builders.js";

const repos = (n: number) =>
  Array.from({ length: n }, (_, i) => aLiveBlocklist({ url: `https://github.com/acme/r${i}` }));

/** `live` live blocklists of which the policy keeps the first `live - deletes` (prune on). */
function deleting(live: number, deletes: number) {
  const kept = Array.from({ length: live - deletes }, (_, i) =>
    aBlocklist({ url: `https://github.com/acme/r${i}` }),
  );
  return plan(
    desiredState({ blocklists: kept, ownership: { prune: true } }),
    liveState({ blocklists: repos(live) }),
    noOptions,
  );
}

/** `count` members at $100, of whom the policy moves the first `changes` to $50. */
function changingLimits(count: number, changes: number) {
  const members = Array.from({ length: count }, (_, i) =>
    aMember({ email: `m${i}@acme.dev`, limit: 100 }),
  );
  const users = members.slice(0, changes).map((m) => userLimit(m.email, 50));
  return plan(
    desiredState({ limits: { users, default: defaultLimit(100) } }),
    liveState({ members }),
    noOptions,
  );
}

const kinds = (result: ReturnType<typeof plan>) => result.violations.map((v) => v.kind);

describe("built-in thresholds (no guardrails in the policy)", () => {
  it("the floor is 10 live objects and the raise factor 5, as documented", () => {
    expect(THRESHOLD_FLOOR).toBe(10);
    expect(DEFAULT_MAX_LIMIT_RAISE).toBe(5);
  });

  it("blocklist deletes: more than 10 % of at least 10 live blocklists blocks", () => {
    expect(kinds(deleting(10, 1))).toEqual([]); // 10 %: at the threshold
    expect(deleting(10, 2).violations).toEqual([
      {
        kind: "threshold-exceeded",
        threshold: "blocklist-deletes",
        changes: 2,
        total: 10,
        maxPercent: 10,
        origin: "default",
        override: "allow-deletes",
      },
    ]);
    expect(kinds(deleting(20, 2))).toEqual([]); // 10 % of 20
    expect(kinds(deleting(20, 3))).toEqual(["threshold-exceeded"]); // 15 %
  });

  it("below the floor a share does not block, but deleting every one of two or more does", () => {
    expect(kinds(deleting(9, 8))).toEqual([]);
    expect(deleting(9, 9).violations).toEqual([
      {
        kind: "threshold-exceeded",
        threshold: "blocklist-deletes",
        changes: 9,
        total: 9,
        maxPercent: 10,
        everyOne: true,
        origin: "default",
        override: "allow-deletes",
      },
    ]);
    expect(kinds(deleting(2, 2))).toEqual(["threshold-exceeded"]);
    expect(kinds(deleting(1, 1))).toEqual([]); // one change on a tiny team
  });

  it("limit changes: more than 30 % of at least 10 members blocks", () => {
    expect(kinds(changingLimits(10, 3))).toEqual([]); // 30 %: at the threshold
    expect(changingLimits(10, 4).violations).toEqual([
      {
        kind: "threshold-exceeded",
        threshold: "limit-changes",
        changes: 4,
        total: 10,
        maxPercent: 30,
        origin: "default",
        override: "allow-large-changes",
      },
    ]);
    expect(kinds(changingLimits(9, 9))).toEqual([]); // below the floor
    expect(kinds(changingLimits(3000, 900))).toEqual([]);
    expect(kinds(changingLimits(3000, 901))).toEqual(["threshold-exceeded"]);
  });

  it("a limit raised more than 5x blocks at any team size; $0 and no limit have no factor", () => {
    const raise = (before: number | null, after: number) =>
      plan(
        desiredState({ limits: { users: [userLimit("ana@acme.dev", after)] } }),
        liveState({ members: [aMember({ email: "ana@acme.dev", limit: before })] }),
        noOptions,
      );
    expect(kinds(raise(100, 500))).toEqual([]); // exactly 5x
    expect(raise(100, 501).violations).toEqual([
      {
        kind: "limit-raise-exceeded",
        email: "ana@acme.dev",
        before: 100,
        after: 501,
        maxFactor: 5,
        origin: "default",
        override: "allow-large-changes",
      },
    ]);
    expect(kinds(raise(0, 5000))).toEqual([]);
    expect(kinds(raise(null, 5000))).toEqual([]);
  });

  it("--allow-large-changes lets limit thresholds through as notes, not deletes", () => {
    const members = Array.from({ length: 10 }, (_, i) =>
      aMember({ email: `m${i}@acme.dev`, limit: 10 }),
    );
    const desired = desiredState({
      limits: { default: defaultLimit(100) },
      ownership: { prune: true },
    });
    const live = liveState({ members, blocklists: repos(2) });
    const blocked = plan(desired, live, noOptions);
    expect(kinds(blocked).sort()).toEqual([
      "limit-raise-exceeded",
      ...Array(9).fill("limit-raise-exceeded"),
      "threshold-exceeded",
      "threshold-exceeded",
    ]);
    const allowed = plan(desired, live, { ...noOptions, allowLargeChanges: true });
    expect(allowed.violations).toEqual([
      expect.objectContaining({ kind: "threshold-exceeded", threshold: "blocklist-deletes" }),
    ]);
    expect(allowed.notes.map((n) => n.kind)).toEqual([
      "threshold-overridden",
      ...Array(10).fill("limit-raise-overridden"),
    ]);
    const both = plan(desired, live, { ...noOptions, allowLargeChanges: true, allowDeletes: true });
    expect(isBlocked(both)).toBe(false);
  });
});

describe("thresholds set in guardrails replace the defaults", () => {
  it("maxLimitChanges and maxLimitRaise", () => {
    const members = Array.from({ length: 4 }, (_, i) =>
      aMember({ email: `m${i}@acme.dev`, limit: 100 }),
    );
    const desired = (guardrails: object) =>
      desiredState({ limits: { default: defaultLimit(300) }, guardrails });
    const live = liveState({ members });
    // A threshold the policy writes applies below the floor too.
    expect(plan(desired({ maxLimitChanges: { count: 3 } }), live, noOptions).violations).toEqual([
      {
        kind: "threshold-exceeded",
        threshold: "limit-changes",
        changes: 4,
        total: 4,
        maxCount: 3,
        origin: "policy",
        override: "allow-large-changes",
      },
    ]);
    expect(kinds(plan(desired({ maxLimitChanges: { count: 4 } }), live, noOptions))).toEqual([]);
    expect(kinds(plan(desired({ maxLimitRaise: 3 }), live, noOptions))).toEqual([]);
    expect(plan(desired({ maxLimitRaise: 2.5 }), live, noOptions).violations[0]).toMatchObject({
      kind: "limit-raise-exceeded",
      maxFactor: 2.5,
      origin: "policy",
    });
  });

  it("maxDeletes without a percentage lifts the every-one rule", () => {
    const result = plan(
      desiredState({ ownership: { prune: true }, guardrails: { maxDeletes: { count: 3 } } }),
      liveState({ blocklists: repos(3) }),
      noOptions,
    );
    expect(result.violations).toEqual([]);
  });
});

describe("the budget line and guardrails.maxTotalLimit", () => {
  const members = [
    aMember({ email: "a@acme.dev", limit: 100 }),
    aMember({ email: "b@acme.dev", limit: null }),
    aMember({ email: "c@acme.dev", limit: "unknown" }),
    aMember({ email: "d@acme.dev", limit: 50 }),
  ];
  const desired = (maxTotalLimitDollars?: number) =>
    desiredState({
      limits: {
        users: [userLimit("a@acme.dev", 200), userLimit("b@acme.dev", 300)],
        default: defaultLimit(null),
      },
      guardrails: maxTotalLimitDollars === undefined ? {} : { maxTotalLimitDollars },
    });

  it("sums the limits before and after; no limit and unknown are counted apart", () => {
    expect(plan(desired(), liveState({ members }), noOptions).budget).toEqual({
      before: { committedDollars: 150, withLimit: 2, withoutLimit: 1, unknown: 1 },
      // d goes to no limit (the default), c's unknown limit is cleared by the default too.
      after: { committedDollars: 500, withLimit: 2, withoutLimit: 2, unknown: 0 },
    });
  });

  it("blocks a plan whose total is above the maximum, at the boundary", () => {
    expect(kinds(plan(desired(500), liveState({ members }), noOptions))).toEqual([]);
    expect(plan(desired(499), liveState({ members }), noOptions).violations).toEqual([
      { kind: "total-limit-above-maximum", totalDollars: 500, maximum: 499, withoutLimit: 2 },
    ]);
  });
});

describe("emails the policy names that are not on the team", () => {
  const team = liveState({
    members: [
      aMember({ email: "member3@company.com", limit: 50 }),
      aMember({ email: "member4@company.com", limit: 50 }),
      aMember({ email: "ana@company.com", limit: 50 }),
    ],
  });
  const desired = (guardrails = {}) =>
    desiredState({
      limits: {
        groups: [groupLimit("engineering", ["memebr3@company.com", "ana@company.com"], 200, 4)],
        users: [userLimit("zed@elsewhere.org", 10, 9)],
        default: defaultLimit(50),
      },
      guardrails,
    });

  it("are warnings, with the nearest live member when one is close", () => {
    const result = plan(desired(), team, { ...noOptions, allowLargeChanges: true });
    expect(result.warnings).toEqual([
      {
        kind: "member-not-on-team",
        email: "memebr3@company.com",
        rule: { rank: "group", name: "engineering", source: at(4) },
        suggestions: ["member3@company.com"],
      },
      {
        kind: "member-not-on-team",
        email: "zed@elsewhere.org",
        rule: { rank: "user", name: "zed@elsewhere.org", source: at(9) },
        suggestions: [],
      },
    ]);
    expect(result.notes.filter((n) => n.kind === "pending-member")).toEqual([]);
    expect(isBlocked(result)).toBe(false);
  });

  it("suggest every member at the nearest distance, up to three", () => {
    const result = plan(
      desiredState({ limits: { users: [userLimit("member@company.com", 10)] } }),
      team,
      noOptions,
    );
    expect(result.warnings[0]).toMatchObject({
      suggestions: ["member3@company.com", "member4@company.com"],
    });
  });

  it("block with --strict or guardrails.requireNamedMembersOnTeam, instead of warning", () => {
    const strict = plan(desired(), team, { ...noOptions, strict: true });
    expect(strict.warnings).toEqual([]);
    expect(strict.violations).toContainEqual({
      kind: "member-not-on-team",
      email: "memebr3@company.com",
      rule: { rank: "group", name: "engineering", source: at(4) },
      suggestions: ["member3@company.com"],
      because: "strict",
    });
    const guarded = plan(desired({ requireNamedMembersOnTeam: true }), team, noOptions);
    expect(guarded.violations.filter((v) => v.kind === "member-not-on-team")).toHaveLength(2);
    expect(guarded.violations).toContainEqual(
      expect.objectContaining({ kind: "member-not-on-team", because: "guardrail" }),
    );
  });

  it("pendingMembers are noted, not warned about, even with --strict", () => {
    const result = plan({ ...desired(), pendingMembers: ["zed@elsewhere.org"] }, team, {
      ...noOptions,
      strict: true,
    });
    expect(result.violations.map((v) => ("email" in v ? v.email : v.kind))).toEqual([
      "memebr3@company.com",
    ]);
    expect(result.notes).toContainEqual({
      kind: "pending-member",
      email: "zed@elsewhere.org",
      rule: { rank: "user", name: "zed@elsewhere.org", source: at(9) },
    });
  });
});

describe("temporary exceptions", () => {
  const members = [aMember({ email: "ana@acme.dev", limit: 900 })];
  const desired = desiredState({
    limits: {
      users: [userLimit("ana@acme.dev", 900, 5, "2027-01-31")],
      default: defaultLimit(200, 2),
    },
  });

  it("hold through the last day, and the rule says until when", () => {
    const result = plan(desired, liveState({ members }), { ...noOptions, today: "2027-01-31" });
    expect(result.changes).toEqual([]);
    expect(result.notes).toEqual([]);
    const rising = plan(
      desired,
      liveState({ members: [aMember({ email: "ana@acme.dev", limit: 200 })] }),
      { ...noOptions, today: TODAY, allowLargeChanges: true },
    );
    expect(rising.changes[0]).toMatchObject({
      kind: "set",
      after: 900,
      rule: { rank: "user", until: "2027-01-31" },
    });
  });

  it("end the day after: the member falls back to their other rules, and a note says so", () => {
    const result = plan(desired, liveState({ members }), { ...noOptions, today: "2027-02-01" });
    expect(result.changes).toMatchObject([
      { kind: "set", email: "ana@acme.dev", before: 900, after: 200, rule: { rank: "default" } },
    ]);
    expect(result.notes).toEqual([
      {
        kind: "exception-expired",
        email: "ana@acme.dev",
        limitDollars: 900,
        until: "2027-01-31",
        rule: { rank: "user", name: "ana@acme.dev", source: at(5), until: "2027-01-31" },
      },
    ]);
    // An expired exception names nobody: no warning for someone who has left either.
    const gone = plan(desired, liveState({ members: [] }), { ...noOptions, today: "2027-02-01" });
    expect(gone.warnings).toEqual([]);
  });

  it("the planner refuses a today that is not a date", () => {
    expect(() => plan(desired, liveState({ members }), { ...noOptions, today: "soon" })).toThrow(
      /expected YYYY-MM-DD/,
    );
  });
});
