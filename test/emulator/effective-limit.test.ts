// effectivePerUserLimitDollars on /teams/spend, read over HTTP: members in zero, one and two
// directory groups, with and without their own limit and a team limit, under both rules.
import { describe, expect, it } from "vitest";
import type { EmulatorState } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12);

/** [member, own limit, directory groups' limits] */
type Case = readonly [string, number | null, readonly (number | null)[]];

const CASES: readonly Case[] = [
  ["zero groups, own limit", 50, []],
  ["zero groups, no own limit", null, []],
  ["one group above own", 50, [400]],
  ["one group below own", 300, [100]],
  ["one group, no own limit", null, [200]],
  ["one group without a limit", 75, [null]],
  ["two groups", 50, [200, 400]],
  ["two groups, no own limit", null, [300, 150]],
  ["two groups, own above both", 900, [200, 400]],
  ["two groups, one without a limit", null, [null, 120]],
];

/** A team of one member per case, each in groups of its own, with an optional team limit. */
function teamFor(base: EmulatorState, teamLimit: number | null): EmulatorState {
  const template = base.members[0];
  if (template === undefined) throw new Error("the demo team has no members");
  const members = CASES.map(([, own], index) => ({
    ...template,
    id: `user_case${index}`,
    email: `case${index}@acme.example`,
    name: `Case ${index}`,
    role: "member",
    monthlyLimitDollars: own,
  }));
  const directoryGroups = CASES.flatMap(([, , limits], index) =>
    limits.map((limit, g) => ({
      id: `team_group_case${index}_${g}`,
      name: `case ${index} group ${g}`,
      monthlySpendingLimitDollars: limit,
      memberIds: [`user_case${index}`],
    })),
  );
  return {
    ...base,
    members,
    directoryGroups,
    team: { ...base.team, perUserLimitDollars: teamLimit },
  };
}

describe("effectivePerUserLimitDollars", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });

  async function effectiveByCase(): Promise<Record<string, unknown>> {
    const result = await callApi(emulator(), "POST", "/teams/spend", { body: { pageSize: 100 } });
    const rows = (result.json as { teamMemberSpend: Array<Record<string, unknown>> })
      .teamMemberSpend;
    return Object.fromEntries(
      CASES.map(([label], index) => [
        label,
        rows.find((row) => row.email === `case${index}@acme.example`)?.effectivePerUserLimitDollars,
      ]),
    );
  }

  it("highest applicable (the default): the highest of own, group and team limits that are set", async () => {
    emulator().setState(teamFor(emulator().getState(), null));
    expect(await effectiveByCase()).toEqual({
      "zero groups, own limit": 50,
      "zero groups, no own limit": null,
      "one group above own": 400,
      "one group below own": 300,
      "one group, no own limit": 200,
      "one group without a limit": 75,
      "two groups": 400,
      "two groups, no own limit": 300,
      "two groups, own above both": 900,
      "two groups, one without a limit": 120,
    });
  });

  it("highest applicable with a team limit of $250", async () => {
    emulator().setState(teamFor(emulator().getState(), 250));
    expect(await effectiveByCase()).toEqual({
      "zero groups, own limit": 250,
      "zero groups, no own limit": 250,
      "one group above own": 400,
      "one group below own": 300,
      "one group, no own limit": 250,
      "one group without a limit": 250,
      "two groups": 400,
      "two groups, no own limit": 300,
      "two groups, own above both": 900,
      "two groups, one without a limit": 250,
    });
  });

  it("most specific: own, else the highest group limit, else the team limit", async () => {
    emulator().configure({ effectiveLimitRule: "most-specific" });
    emulator().setState(teamFor(emulator().getState(), 250));
    expect(await effectiveByCase()).toEqual({
      "zero groups, own limit": 50,
      "zero groups, no own limit": 250,
      "one group above own": 50,
      "one group below own": 300,
      "one group, no own limit": 200,
      "one group without a limit": 75,
      "two groups": 50,
      "two groups, no own limit": 300,
      "two groups, own above both": 900,
      "two groups, one without a limit": 120,
    });
  });

  it("follows group writes made through the API", async () => {
    const state = teamFor(emulator().getState(), null);
    emulator().setState(state);
    await callApi(emulator(), "PATCH", "/teams/directory-groups/team_group_case2_0", {
      body: { clearMonthlySpendingLimitDollars: true },
    });
    await callApi(
      emulator(),
      "POST",
      "/teams/directory-groups/team_group_case6_1/members/bulk-remove",
      {
        body: { userIds: ["user_case6"] },
      },
    );
    const effective = await effectiveByCase();
    expect(effective["one group above own"]).toBe(50);
    expect(effective["two groups"]).toBe(200);
  });

  it("counts the groupLimitDollars stand-in as one more group limit", async () => {
    const state = teamFor(emulator().getState(), null);
    emulator().setState({
      ...state,
      members: state.members.map((m) =>
        m.id === "user_case2" ? { ...m, groupLimitDollars: 500 } : m,
      ),
    });
    expect((await effectiveByCase())["one group above own"]).toBe(500);
    emulator().configure({ effectiveLimitRule: "most-specific" });
    expect((await effectiveByCase())["one group above own"]).toBe(50);
  });
});
