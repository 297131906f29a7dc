import { describe, expect, it } from "vitest";
import type { LimitChange } from "../../src/model/plan.js";
import { isUnverifiable, plan } from "../../src/plan/index.js";
import {
  aMember,
  at,
  type DesiredStateSpec,
  defaultLimit,
  desiredState,
  emailPatternLimit,
  groupLimit,
  liveState,
  type MemberSpec,
  noOptions,
  roleLimit,
  userLimit,
} from "./builders.js";

const ana = "ana@acme.dev";

function planFor(member: MemberSpec, limits: DesiredStateSpec["limits"]) {
  return plan(desiredState({ limits }), liveState({ members: [aMember(member)] }), noOptions);
}

describe("spend limits", () => {
  it("sets a limit that differs, with who, rule and spend", () => {
    const result = planFor(
      { email: "Ana@Acme.dev", name: "Ana Lima", limit: 100, spend: 12.5, role: "Owner" },
      { groups: [groupLimit("data-science", [ana], 50, 12)] },
    );
    expect(result.changes).toEqual([
      {
        kind: "set",
        resource: "spendLimit",
        key: ana,
        email: "Ana@Acme.dev",
        name: "Ana Lima",
        role: "owner",
        before: 100,
        after: 50,
        rule: { rank: "group", name: "data-science", source: at(12) },
        spendCents: 1250,
        effective: { before: 100, after: 50, groups: [] },
      },
    ]);
    expect(result.summary).toEqual({
      create: 0,
      update: 0,
      delete: 0,
      set: 1,
      clear: 0,
      groupCreate: 0,
      groupUpdate: 0,
      groupMembers: 0,
      groupDelete: 0,
      total: 1,
    });
  });

  it("sets a $0 limit over no limit", () => {
    const result = planFor({ email: ana, limit: null }, { users: [userLimit(ana, 0)] });
    expect(result.changes).toMatchObject([{ kind: "set", before: null, after: 0 }]);
  });

  it("clears a limit when the policy says no limit", () => {
    const result = planFor({ email: ana, limit: 40 }, { roles: [roleLimit("member", null, 4)] });
    expect(result.changes).toMatchObject([
      { kind: "clear", before: 40, after: null, rule: { rank: "role", name: "member" } },
    ]);
  });

  it("changes nothing when the limit already matches", () => {
    expect(planFor({ email: ana, limit: 0 }, { default: defaultLimit(0) }).changes).toEqual([]);
    expect(planFor({ email: ana, limit: null }, { default: defaultLimit(null) }).changes).toEqual(
      [],
    );
  });

  it("leaves members no rule covers alone and reports them", () => {
    const result = planFor(
      { email: ana, role: "member", limit: 5 },
      { roles: [roleLimit("owner", 9)] },
    );
    expect(result.changes).toEqual([]);
    expect(result.notes).toEqual([{ kind: "uncovered-member", email: ana, role: "member" }]);
  });

  it("reports conflicting rules of one rank as a violation, rules in a stable order", () => {
    const result = planFor(
      { email: ana, limit: 5 },
      {
        groups: [groupLimit("zeta", [ana], 10, 20), groupLimit("alpha", [ana], 30, 10)],
        default: defaultLimit(1),
      },
    );
    expect(result.changes).toEqual([]);
    expect(result.violations).toEqual([
      {
        kind: "limit-conflict",
        email: ana,
        rules: [
          { rank: "group", name: "alpha", source: at(10) },
          { rank: "group", name: "zeta", source: at(20) },
        ],
      },
    ]);
  });

  describe("unknown live limit (no spend row)", () => {
    it("plans the set anyway, with before 'unknown' and a note", () => {
      const result = planFor({ email: ana, limit: "unknown" }, { default: defaultLimit(20) });
      expect(result.changes).toMatchObject([{ kind: "set", before: "unknown", after: 20 }]);
      expect(result.notes).toEqual([{ kind: "limit-unknown", email: ana }]);
      expect(isUnverifiable(result.changes[0]!)).toBe(true);
    });

    it("plans a clear when the policy says no limit", () => {
      const result = planFor({ email: ana, limit: "unknown" }, { default: defaultLimit(null) });
      expect(result.changes).toMatchObject([{ kind: "clear", before: "unknown", after: null }]);
    });
  });

  describe("legacy response shape, where $0 reads as no limit", () => {
    const legacyNone = { email: ana, legacy: true, limit: null } as const;

    it("wanted $0: sends the (idempotent) set and says it cannot tell", () => {
      const result = planFor(legacyNone, { users: [userLimit(ana, 0)] });
      expect(result.changes).toMatchObject([
        { kind: "set", before: null, after: 0, beforeAmbiguous: true },
      ]);
      expect(result.notes).toEqual([{ kind: "ambiguous-zero-limit", email: ana, wanted: 0 }]);
      expect(isUnverifiable(result.changes[0]!)).toBe(true);
    });

    it("a $0 limit read back the legacy way plans the same set again, and only that", () => {
      const readBack = { email: ana, legacy: true, limit: 0 } as const;
      const result = planFor(readBack, { users: [userLimit(ana, 0)] });
      expect(result.changes.every(isUnverifiable)).toBe(true);
    });

    it("wanted no limit: no change (the legacy write has no null), only the note", () => {
      const result = planFor(legacyNone, { users: [userLimit(ana, null)] });
      expect(result.changes).toEqual([]);
      expect(result.notes).toEqual([{ kind: "ambiguous-zero-limit", email: ana, wanted: null }]);
    });

    it("wanted a positive limit: a plain, verifiable set", () => {
      const result = planFor(legacyNone, { users: [userLimit(ana, 25)] });
      expect(result.changes).toMatchObject([{ kind: "set", after: 25, beforeAmbiguous: true }]);
      expect(result.notes).toEqual([]);
      expect(isUnverifiable(result.changes[0]!)).toBe(false);
    });

    it("wanted no limit where a legacy API shows one: plans the clear and warns it may be refused", () => {
      const result = plan(
        desiredState({ limits: { users: [userLimit(ana, null)] } }),
        liveState({ shape: "legacy", members: [aMember({ email: ana, legacy: true, limit: 40 })] }),
        noOptions,
      );
      expect(result.changes).toMatchObject([{ kind: "clear", before: 40, after: null }]);
      expect(result.notes).toEqual([{ kind: "legacy-clear", email: ana, limitDollars: 40 }]);
    });

    it("the same clear on a current-shape API carries no warning", () => {
      const result = planFor({ email: ana, limit: 40 }, { users: [userLimit(ana, null)] });
      expect(result.changes).toMatchObject([{ kind: "clear", before: 40, after: null }]);
      expect(result.notes).toEqual([]);
    });

    it("a positive legacy limit is exact", () => {
      const result = planFor(
        { email: ana, legacy: true, limit: 25 },
        { default: defaultLimit(25) },
      );
      expect(result.changes).toEqual([]);
      expect(result.notes).toEqual([]);
    });
  });

  it("notes users named before they join (pendingMembers), and says when they have joined", () => {
    const result = plan(
      desiredState({
        limits: {
          users: [userLimit("new@acme.dev", 10, 3)],
          groups: [groupLimit("ops", ["Joiner@acme.dev", ana], 10, 7)],
        },
        pendingMembers: ["joiner@acme.dev", "new@acme.dev", ana],
      }),
      liveState({ members: [aMember({ email: ana, limit: 10 })] }),
      noOptions,
    );
    expect(result.warnings).toEqual([]);
    expect(result.notes).toEqual([
      {
        kind: "pending-member",
        email: "joiner@acme.dev",
        rule: { rank: "group", name: "ops", source: at(7) },
      },
      {
        kind: "pending-member",
        email: "new@acme.dev",
        rule: { rank: "user", name: "new@acme.dev", source: at(3) },
      },
      { kind: "pending-member-joined", email: ana },
    ]);
  });

  it("notes a new limit below what the member already spent", () => {
    const result = planFor(
      { email: ana, limit: 100, spendCents: 2450.125487 },
      { users: [userLimit(ana, 24)] },
    );
    expect(result.notes).toEqual([
      { kind: "limit-below-spend", email: ana, limitDollars: 24, spendCents: 2450.125487 },
    ]);
    const atSpend = planFor(
      { email: ana, limit: 100, spendCents: 2400 },
      { users: [userLimit(ana, 24)] },
    );
    expect(atSpend.notes).toEqual([]);
  });

  describe("limit-not-effective", () => {
    it("notes a matching limit that a higher enforced limit overrides", () => {
      const result = planFor(
        { email: ana, limit: 50, effective: 200 },
        { default: defaultLimit(50) },
      );
      expect(result.notes).toEqual([
        { kind: "limit-not-effective", email: ana, limitDollars: 50, effectiveDollars: 200 },
      ]);
    });

    it("notes a matching limit when nothing is enforced", () => {
      const result = planFor(
        { email: ana, limit: 50, effective: null },
        { default: defaultLimit(50) },
      );
      expect(result.notes).toMatchObject([{ kind: "limit-not-effective", effectiveDollars: null }]);
    });

    it("stays quiet for a stricter enforced cap, for no limit, and without the field", () => {
      expect(
        planFor({ email: ana, limit: 50, effective: 30 }, { default: defaultLimit(50) }).notes,
      ).toEqual([]);
      expect(
        planFor({ email: ana, limit: null, effective: 30 }, { default: defaultLimit(null) }).notes,
      ).toEqual([]);
      expect(planFor({ email: ana, limit: 50 }, { default: defaultLimit(50) }).notes).toEqual([]);
    });
  });

  it("uses the documented precedence and names the rule", () => {
    const limits = {
      users: [userLimit("u@acme.dev", 1, 1)],
      groups: [groupLimit("g", ["u@acme.dev", "g@acme.dev"], 2, 2)],
      emailPatterns: [emailPatternLimit("*@acme.dev", 3, 3)],
      roles: [roleLimit("owner", 4, 4)],
      default: defaultLimit(5, 5),
    };
    const members = ["u", "g", "p", "o"].map((local) =>
      aMember({
        email: `${local}@${local === "o" ? "other.dev" : "acme.dev"}`,
        role: local === "o" ? "owner" : "member",
      }),
    );
    members.push(aMember({ email: "d@other.dev" }));
    const result = plan(desiredState({ limits }), liveState({ members }), noOptions);
    const byEmail = Object.fromEntries(
      (result.changes as LimitChange[]).map((c) => [c.email, [c.after, c.rule.rank]]),
    );
    expect(byEmail).toEqual({
      "u@acme.dev": [1, "user"],
      "g@acme.dev": [2, "group"],
      "p@acme.dev": [3, "emailPattern"],
      "o@other.dev": [4, "role"],
      "d@other.dev": [5, "default"],
    });
  });
});
