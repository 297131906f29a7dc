import { describe, expect, it } from "vitest";
import type { Change, DirectoryGroupChange, LimitChange } from "../../src/model/plan.js";
import {
  DirectoryGroupsUnavailableError,
  GroupMembersNeedIdsError,
  PlanInputError,
} from "../../src/plan/errors.js";
import { plan } from "../../src/plan/index.js";
import {
  aDirectoryGroup,
  aLiveGroup,
  aMember,
  at,
  desiredState,
  liveState,
  memberId,
  noOptions,
  userLimit,
} from "./builders.js";

const ana = "ana@acme.dev";
const bo = "bo@acme.dev";
const cy = "cy@contractors.acme.dev";

function member(email: string, limit: number | null = null, role = "member") {
  return aMember({ email, limit, role, id: memberId(email) });
}

function groupChanges(changes: readonly Change[]): DirectoryGroupChange[] {
  return changes.filter(
    (change): change is DirectoryGroupChange => change.resource === "directoryGroup",
  );
}

/** The notes, without the `uncovered-member` ones of members these tests give no limit rule. */
function notesOf(result: ReturnType<typeof plan>) {
  return result.notes.filter((note) => note.kind !== "uncovered-member");
}

function limitChange(changes: readonly Change[], key: string): LimitChange | undefined {
  return changes.find(
    (change): change is LimitChange => change.resource === "spendLimit" && change.key === key,
  );
}

describe("directory groups", () => {
  describe("a policy without directoryGroups", () => {
    it("changes and reports nothing about groups, but counts their limits", () => {
      const live = liveState({
        members: [member(ana, 100)],
        directoryGroups: [aLiveGroup({ name: "data-science", limit: 400, members: [ana] })],
      });
      const result = plan(
        desiredState({ limits: { users: [userLimit(ana, 50, 3)] } }),
        live,
        noOptions,
      );
      expect(groupChanges(result.changes)).toEqual([]);
      expect(result.notes).toEqual([]);
      expect(result.warnings.map((warning) => warning.kind)).toEqual(["ineffective-cap"]);
      expect(limitChange(result.changes, ana)?.effective).toEqual({
        before: 400,
        after: 400,
        groups: [{ name: "data-science", limit: 400 }],
      });
      expect(result.counts).toMatchObject({ liveDirectoryGroups: 1, desiredDirectoryGroups: 0 });
    });

    it("is fine on an API without groups (404)", () => {
      const live = liveState({ members: [member(ana)], directoryGroups: "unsupported" });
      const result = plan(desiredState(), live, noOptions);
      expect(result.changes).toEqual([]);
      expect(result.counts.liveDirectoryGroups).toBe(0);
    });
  });

  it("creates a declared group with its limit, then adds its members by id", () => {
    const live = liveState({ members: [member(ana), member(bo)], directoryGroups: [] });
    const desired = desiredState({
      directoryGroups: [aDirectoryGroup({ name: "Data Science", limit: 400, members: [bo, ana] })],
    });
    expect(groupChanges(plan(desired, live, noOptions).changes)).toEqual([
      {
        kind: "group-create",
        resource: "directoryGroup",
        key: "data science",
        name: "Data Science",
        limit: 400,
        source: at(1),
      },
      {
        kind: "group-members",
        resource: "directoryGroup",
        key: "data science",
        name: "Data Science",
        add: [
          { email: ana, userId: memberId(ana) },
          { email: bo, userId: memberId(bo) },
        ],
        remove: [],
      },
    ]);
  });

  it("renames, changes the limit and the members of a matched group in one update each", () => {
    const live = liveState({
      members: [member(ana), member(bo), member(cy)],
      directoryGroups: [
        aLiveGroup({ id: "team_group_1", name: "ds", limit: 300, members: [ana, bo] }),
      ],
    });
    const desired = desiredState({
      directoryGroups: [
        aDirectoryGroup({
          name: "data-science",
          renamedFrom: "DS",
          limit: 400,
          members: [ana, cy],
        }),
      ],
    });
    const result = plan(desired, live, noOptions);
    expect(groupChanges(result.changes)).toEqual([
      {
        kind: "group-update",
        resource: "directoryGroup",
        key: "data-science",
        name: "data-science",
        id: "team_group_1",
        renamedFrom: "ds",
        limit: { before: 300, after: 400 },
        source: at(1),
      },
      {
        kind: "group-members",
        resource: "directoryGroup",
        key: "data-science",
        name: "data-science",
        id: "team_group_1",
        add: [{ email: cy, userId: memberId(cy) }],
        remove: [{ email: bo, userId: memberId(bo) }],
      },
    ]);
    expect(result.summary).toMatchObject({ groupUpdate: 1, groupMembers: 1, total: 2 });
  });

  it("renames a group whose name differs only in letter case, and clears a limit", () => {
    const live = liveState({
      members: [member(ana)],
      directoryGroups: [aLiveGroup({ id: "g1", name: "Platform", limit: 50, members: [ana] })],
    });
    const desired = desiredState({
      directoryGroups: [aDirectoryGroup({ name: "platform", limit: null, members: [ana] })],
    });
    expect(groupChanges(plan(desired, live, noOptions).changes)).toEqual([
      expect.objectContaining({
        kind: "group-update",
        renamedFrom: "Platform",
        limit: { before: 50, after: null },
      }),
    ]);
  });

  it("selects members by email pattern and by role, among members on the team", () => {
    const live = liveState({
      members: [member(ana, null, "owner"), member(bo), member(cy)],
      directoryGroups: [aLiveGroup({ id: "g1", name: "mixed", members: [bo] })],
    });
    const desired = desiredState({
      directoryGroups: [
        aDirectoryGroup({
          name: "mixed",
          members: [],
          emailPatterns: ["*@contractors.acme.dev"],
          roles: ["Owner"],
        }),
      ],
    });
    const [change] = groupChanges(plan(desired, live, noOptions).changes);
    expect(change).toMatchObject({
      kind: "group-members",
      add: [
        { email: ana, userId: memberId(ana) },
        { email: cy, userId: memberId(cy) },
      ],
      remove: [{ email: bo, userId: memberId(bo) }],
    });
  });

  it("leaves members of a live group who are not on the team alone", () => {
    const live = liveState({
      members: [member(ana)],
      directoryGroups: [aLiveGroup({ id: "g1", name: "ds", members: [ana, "gone@acme.dev"] })],
    });
    const desired = desiredState({
      directoryGroups: [aDirectoryGroup({ name: "ds", members: [ana] })],
    });
    expect(plan(desired, live, noOptions).changes).toEqual([]);
  });

  it("notes a member listed in pendingMembers who is not on the team yet", () => {
    const live = liveState({
      members: [member(ana)],
      directoryGroups: [aLiveGroup({ name: "ds", members: [ana] })],
    });
    const desired = desiredState({
      directoryGroups: [aDirectoryGroup({ name: "ds", members: [ana, "new@acme.dev"], line: 7 })],
      pendingMembers: ["new@acme.dev"],
    });
    const result = plan(desired, live, noOptions);
    expect(result.changes).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(notesOf(result)).toEqual([
      { kind: "pending-group-member", email: "new@acme.dev", group: "ds", source: at(7) },
    ]);
  });

  it("warns about a member not on the team and not pending, with the nearest live member", () => {
    const live = liveState({
      members: [member(ana)],
      directoryGroups: [aLiveGroup({ name: "ds", members: [ana] })],
    });
    const typo = ana.replace("ana", "anna");
    const desired = desiredState({
      directoryGroups: [aDirectoryGroup({ name: "ds", members: [ana, typo], line: 7 })],
    });
    const result = plan(desired, live, noOptions);
    expect(result.changes).toEqual([]);
    expect(notesOf(result)).toEqual([]);
    const warning = {
      email: typo,
      group: "ds",
      source: at(7),
      suggestions: [ana],
    };
    expect(result.warnings).toEqual([{ kind: "group-member-not-on-team", ...warning }]);
    const strict = plan(desired, live, { ...noOptions, strict: true });
    expect(strict.warnings).toEqual([]);
    expect(strict.violations).toEqual([
      { kind: "group-member-not-on-team", ...warning, because: "strict" },
    ]);
  });

  describe("live groups the policy does not declare", () => {
    const live = liveState({
      members: [member(ana)],
      directoryGroups: [
        aLiveGroup({ id: "g1", name: "Engineering (Okta)", limit: 100, members: [ana] }),
        aLiveGroup({ id: "g2", name: "old-team", limit: 500, members: [ana] }),
      ],
    });

    it("are reported as unmanaged while prune is off", () => {
      const result = plan(desiredState({ directoryGroups: [] }), live, noOptions);
      expect(result.changes).toEqual([]);
      expect(notesOf(result)).toEqual([
        { kind: "unmanaged-directory-group", name: "Engineering (Okta)", id: "g1" },
        { kind: "unmanaged-directory-group", name: "old-team", id: "g2" },
      ]);
    });

    it("are deleted with prune, except those ownership.directoryGroups.ignore matches", () => {
      const desired = desiredState({
        directoryGroups: [],
        groupOwnership: { prune: true, ignore: ["* (okta)"] },
      });
      const result = plan(desired, live, noOptions);
      expect(result.changes).toEqual([
        {
          kind: "group-delete",
          resource: "directoryGroup",
          key: "old-team",
          name: "old-team",
          id: "g2",
          limit: 500,
          members: [ana],
        },
      ]);
      expect(notesOf(result)).toEqual([
        {
          kind: "ignored-directory-group",
          name: "Engineering (Okta)",
          id: "g1",
          pattern: "* (okta)",
        },
      ]);
      // Deleting the group takes its $500 away: ana's effective limit follows.
      expect(result.effectiveLimitChanges).toEqual([
        {
          key: ana,
          email: ana,
          before: 500,
          after: 100,
          groups: [{ name: "Engineering (Okta)", limit: 100 }],
        },
      ]);
    });

    it("count toward the delete thresholds, apart from blocklists", () => {
      const desired = desiredState({
        directoryGroups: [],
        groupOwnership: { prune: true },
        guardrails: { maxDeletes: { count: 1 } },
      });
      const blocked = plan(desired, live, noOptions);
      const breach = {
        threshold: "directory-group-deletes",
        changes: 2,
        total: 2,
        maxCount: 1,
        origin: "policy",
        override: "allow-deletes",
      } as const;
      expect(blocked.violations).toEqual([{ kind: "threshold-exceeded", ...breach }]);
      const allowed = plan(desired, live, { ...noOptions, allowDeletes: true });
      expect(allowed.violations).toEqual([]);
      expect(allowed.notes).toContainEqual({ kind: "threshold-overridden", ...breach });
    });
  });

  describe("a team without groups, or without member ids", () => {
    it("is a clear error when the policy declares groups and the API has none (404)", () => {
      const live = liveState({ members: [member(ana)], directoryGroups: "unsupported" });
      const desired = desiredState({ directoryGroups: [aDirectoryGroup({ members: [ana] })] });
      expect(() => plan(desired, live, noOptions)).toThrow(DirectoryGroupsUnavailableError);
      expect(() => plan(desired, live, noOptions)).toThrow(
        /declares a directory group, but this team or this version of the Cursor Admin API has no directory groups/,
      );
    });

    it("is fine when the policy only sets group ownership and the API has none", () => {
      const live = liveState({ members: [member(ana)], directoryGroups: "unsupported" });
      const desired = desiredState({ groupOwnership: { prune: true } });
      expect(plan(desired, live, noOptions).changes).toEqual([]);
    });

    it("is a clear error when a member must be added but the API lists no ids", () => {
      const live = liveState({ members: [aMember({ email: ana })], directoryGroups: [] });
      const desired = desiredState({ directoryGroups: [aDirectoryGroup({ members: [ana] })] });
      expect(() => plan(desired, live, noOptions)).toThrow(GroupMembersNeedIdsError);
    });

    it("refuses a live state read without groups when the policy manages them", () => {
      const live = liveState({ members: [member(ana)] });
      const desired = desiredState({ directoryGroups: [aDirectoryGroup({ members: [ana] })] });
      expect(() => plan(desired, live, noOptions)).toThrow(PlanInputError);
    });
  });

  describe("effective limits (the highest applicable limit wins)", () => {
    // Each member gets a $200 cap from the policy; they are in zero, one and two groups.
    const zero = "zero@acme.dev";
    const one = "one@acme.dev";
    const two = "two@acme.dev";
    const live = liveState({
      members: [member(zero, 100), member(one, 100), member(two, 100)],
      directoryGroups: [
        aLiveGroup({ id: "g1", name: "ds", limit: 400, members: [one, two] }),
        aLiveGroup({ id: "g2", name: "ops", limit: 150, members: [two] }),
      ],
    });
    const desired = desiredState({
      limits: { users: [userLimit(zero, 200, 2), userLimit(one, 200, 3), userLimit(two, 200, 4)] },
    });

    it("pins the effective limit of members in zero, one and two groups", () => {
      const result = plan(desired, live, noOptions);
      expect(limitChange(result.changes, zero)?.effective).toEqual({
        before: 100,
        after: 200,
        groups: [],
      });
      expect(limitChange(result.changes, one)?.effective).toEqual({
        before: 400,
        after: 400,
        groups: [{ name: "ds", limit: 400 }],
      });
      expect(limitChange(result.changes, two)?.effective).toEqual({
        before: 400,
        after: 400,
        groups: [
          { name: "ds", limit: 400 },
          { name: "ops", limit: 150 },
        ],
      });
      expect(result.effectiveLimitRule).toBe("highest-applicable");
    });

    it("warns that a cap below a group's limit does not take effect", () => {
      const caps = plan(desired, live, noOptions).warnings.filter(
        (warning) => warning.kind === "ineffective-cap",
      );
      expect(caps).toEqual([
        {
          kind: "ineffective-cap",
          email: one,
          limitDollars: 200,
          group: "ds",
          groupLimitDollars: 400,
          rule: { rank: "user", name: one, source: at(3) },
        },
        {
          kind: "ineffective-cap",
          email: two,
          limitDollars: 200,
          group: "ds",
          groupLimitDollars: 400,
          rule: { rank: "user", name: two, source: at(4) },
        },
      ]);
    });

    it("blocks on it with --strict, or with guardrails.requireEffectiveCaps", () => {
      const strict = plan(desired, live, { ...noOptions, allowDeletes: false, strict: true });
      expect(strict.warnings.filter((warning) => warning.kind === "ineffective-cap")).toEqual([]);
      expect(strict.violations.map((v) => [v.kind, "because" in v ? v.because : ""])).toEqual([
        ["ineffective-cap", "strict"],
        ["ineffective-cap", "strict"],
      ]);
      const guarded = plan(
        desiredState({
          limits: desired.spendLimits,
          guardrails: { requireEffectiveCaps: true },
        }),
        live,
        noOptions,
      );
      expect(guarded.violations.map((v) => ("because" in v ? v.because : ""))).toEqual([
        "guardrail",
        "guardrail",
      ]);
    });

    it("under the most-specific rule, the member's own limit wins and no cap is ineffective", () => {
      const result = plan(desired, live, {
        ...noOptions,
        effectiveLimitRule: "most-specific",
      });
      expect(limitChange(result.changes, two)?.effective).toMatchObject({
        before: 100,
        after: 200,
      });
      expect(result.warnings.filter((warning) => warning.kind === "ineffective-cap")).toEqual([]);
      expect(result.effectiveLimitRule).toBe("most-specific");
    });

    it("lists members whose effective limit changes through group changes alone", () => {
      const groupLive = liveState({
        members: [member(ana, 100), member(bo, 100)],
        directoryGroups: [aLiveGroup({ id: "g1", name: "ds", limit: 300, members: [ana] })],
      });
      const groupDesired = desiredState({
        directoryGroups: [aDirectoryGroup({ name: "ds", limit: 500, members: [ana, bo] })],
      });
      expect(plan(groupDesired, groupLive, noOptions).effectiveLimitChanges).toEqual([
        { key: ana, email: ana, before: 300, after: 500, groups: [{ name: "ds", limit: 500 }] },
        { key: bo, email: bo, before: 100, after: 500, groups: [{ name: "ds", limit: 500 }] },
      ]);
    });
  });

  it("gives the same plan whatever order the API lists groups and members in", () => {
    const groups = [
      aLiveGroup({ id: "g1", name: "a", limit: 10, members: [ana, bo] }),
      aLiveGroup({ id: "g2", name: "b", limit: 20, members: [bo] }),
      aLiveGroup({ id: "g3", name: "c", limit: 30, members: [cy] }),
    ];
    const desired = desiredState({
      directoryGroups: [aDirectoryGroup({ name: "a", limit: 15, members: [cy, ana] })],
      groupOwnership: { prune: true },
    });
    const members = [member(ana, 5), member(bo, 5), member(cy, 5)];
    const forward = plan(desired, liveState({ members, directoryGroups: groups }), noOptions);
    const backward = plan(
      desired,
      liveState({
        members: [...members].reverse(),
        directoryGroups: [...groups].reverse().map((group) => ({
          ...group,
          members: [...group.members].reverse(),
        })),
      }),
      noOptions,
    );
    expect(JSON.stringify(backward.changes)).toBe(JSON.stringify(forward.changes));
    expect(JSON.stringify(backward.effectiveLimitChanges)).toBe(
      JSON.stringify(forward.effectiveLimitChanges),
    );
    expect(backward.fingerprint).toBe(forward.fingerprint);
  });
});
