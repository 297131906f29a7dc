import { describe, expect, it } from "vitest";
import { isBlocked, plan } from "../../src/plan/index.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  at,
  defaultLimit,
  desiredState,
  liveState,
  noOptions,
  roleLimit,
  userLimit,
} from "./builders.js";

const repos = (n: number) =>
  Array.from({ length: n }, (_, i) => aLiveBlocklist({ url: `https://github.com/acme/r${i}` }));

describe("guardrails", () => {
  describe("too-many-deletes", () => {
    // 5 live blocklists, 2 declared: prune deletes 3 (60 %).
    const live = liveState({ blocklists: repos(5) });
    const keep = [0, 1].map((i) => aBlocklist({ url: `https://github.com/acme/r${i}` }));
    const desired = (maxDeletes: { count?: number; percent?: number }) =>
      desiredState({ blocklists: keep, ownership: { prune: true }, guardrails: { maxDeletes } });

    it("blocks when the count or the percentage is exceeded, listing the deletes anyway", () => {
      const result = plan(desired({ count: 2, percent: 25 }), live, noOptions);
      expect(result.summary.delete).toBe(3);
      expect(result.violations).toEqual([
        {
          kind: "too-many-deletes",
          resource: "blocklist",
          deletes: 3,
          total: 5,
          maxCount: 2,
          maxPercent: 25,
          overridable: true,
        },
      ]);
      expect(isBlocked(result)).toBe(true);
    });

    it("checks each threshold on its own", () => {
      expect(plan(desired({ count: 3 }), live, noOptions).violations).toEqual([]);
      expect(plan(desired({ percent: 60 }), live, noOptions).violations).toEqual([]);
      expect(plan(desired({ percent: 59 }), live, noOptions).violations).toMatchObject([
        { kind: "too-many-deletes", maxPercent: 59 },
      ]);
    });

    it("--allow-deletes turns the violation into a note that stays visible", () => {
      const result = plan(desired({ count: 2 }), live, { allowDeletes: true });
      expect(result.violations).toEqual([]);
      expect(result.notes).toEqual([
        { kind: "deletes-allowed", resource: "blocklist", deletes: 3, total: 5, maxCount: 2 },
      ]);
      expect(isBlocked(result)).toBe(false);
    });
  });

  it("protected-repo-delete: a delete of a protected repo is listed and blocked", () => {
    const live = liveState({
      blocklists: [
        aLiveBlocklist({ url: "git@github.com:Acme/Vault.git" }),
        aLiveBlocklist({ url: "https://github.com/acme/toy" }),
      ],
    });
    const desired = desiredState({
      ownership: { prune: true },
      guardrails: { protectedRepos: ["https://github.com/acme/vault*"] },
    });
    const result = plan(desired, live, noOptions);
    expect(result.summary.delete).toBe(2);
    expect(result.violations).toEqual([
      {
        kind: "protected-repo-delete",
        url: "git@github.com:Acme/Vault.git",
        pattern: "https://github.com/acme/vault*",
      },
    ]);
  });

  describe("limit-above-maximum", () => {
    it("applies to the policy's limit for every member, changed or not; no limit is above", () => {
      const members = [
        aMember({ email: "big@acme.dev", limit: 10 }),
        aMember({ email: "same@acme.dev", limit: 900 }),
        aMember({ email: "none@acme.dev", limit: 5 }),
        aMember({ email: "fine@acme.dev", limit: 5 }),
      ];
      const desired = desiredState({
        limits: {
          users: [
            userLimit("big@acme.dev", 1000, 2),
            userLimit("same@acme.dev", 900, 3),
            userLimit("none@acme.dev", null, 4),
            userLimit("fine@acme.dev", 500, 5),
          ],
        },
        guardrails: { maxUserLimitDollars: 500 },
      });
      const result = plan(desired, liveState({ members }), noOptions);
      expect(result.violations).toEqual([
        {
          kind: "limit-above-maximum",
          email: "big@acme.dev",
          limit: 1000,
          maximum: 500,
          rule: { rank: "user", name: "big@acme.dev", source: at(2) },
        },
        {
          kind: "limit-above-maximum",
          email: "none@acme.dev",
          limit: null,
          maximum: 500,
          rule: { rank: "user", name: "none@acme.dev", source: at(4) },
        },
        {
          kind: "limit-above-maximum",
          email: "same@acme.dev",
          limit: 900,
          maximum: 500,
          rule: { rank: "user", name: "same@acme.dev", source: at(3) },
        },
      ]);
    });
  });

  it("member-without-limit: uncovered members and 'no limit' rules, when required", () => {
    const members = [
      aMember({ email: "owner@acme.dev", role: "owner" }),
      aMember({ email: "free@acme.dev", role: "free-owner" }),
      aMember({ email: "dev@acme.dev", role: "member" }),
    ];
    const limits = { roles: [roleLimit("owner", null, 8), roleLimit("member", 50, 9)] };
    const required = desiredState({ limits, guardrails: { requireLimitForEveryMember: true } });
    expect(plan(required, liveState({ members }), noOptions).violations).toEqual([
      { kind: "member-without-limit", email: "free@acme.dev" },
      {
        kind: "member-without-limit",
        email: "owner@acme.dev",
        rule: { rank: "role", name: "owner", source: at(8) },
      },
    ]);
    const optional = desiredState({ limits });
    expect(plan(optional, liveState({ members }), noOptions).violations).toEqual([]);
  });

  it("sorts violations by kind, then by who", () => {
    const members = [aMember({ email: "b@acme.dev" }), aMember({ email: "A@acme.dev" })];
    const desired = desiredState({
      limits: { default: defaultLimit(null) },
      guardrails: { requireLimitForEveryMember: true, maxUserLimitDollars: 10 },
    });
    const result = plan(desired, liveState({ members }), noOptions);
    expect(result.violations.map((v) => [v.kind, "email" in v ? v.email : ""])).toEqual([
      ["limit-above-maximum", "A@acme.dev"],
      ["limit-above-maximum", "b@acme.dev"],
      ["member-without-limit", "A@acme.dev"],
      ["member-without-limit", "b@acme.dev"],
    ]);
  });
});
