// readLiveState over real HTTP: the demo team in each shape with the documented limit
// semantics, and the number of calls for a large team (never one per user).
import { describe, expect, it } from "vitest";
import { readLiveState } from "../../src/api/live-state.js";
import {
  type EmulatorOptions,
  type EmulatorState,
  generateTeamState,
} from "../../src/emulator/index.js";
import type { LiveLimit } from "../../src/model/live.js";
import { normalizeEmail, normalizeRepoUrl } from "../../src/shared/normalize.js";
import { requestCounts, startApi } from "./support.js";

/** The demo team with two extra cases: a $0 limit, and a group limit above the user's own. */
function demoWithEdgeCases(state: EmulatorState): EmulatorState {
  return {
    ...state,
    members: state.members.map((m) => {
      if (m.email === "john.backus@acme.example") return { ...m, monthlyLimitDollars: 0 };
      if (m.email === "sam.contractor@contractors.acme.example")
        return { ...m, groupLimitDollars: 200 };
      return m;
    }),
  };
}

/** The group-level limits of a member: its directory groups' and the groupLimitDollars stand-in. */
function groupLimitsOf(state: EmulatorState, member: EmulatorState["members"][number]): number[] {
  const limits = (state.directoryGroups ?? [])
    .filter((g) => g.memberIds.includes(member.id))
    .map((g) => g.monthlySpendingLimitDollars);
  return [...limits, member.groupLimitDollars ?? null].filter((l): l is number => l !== null);
}

/** What the contract says the client must read for a member's limit, in each shape. */
function expectedLimit(monthly: number | null, groupLimits: number[], legacy: boolean): LiveLimit {
  if (legacy) {
    // Only hardLimitOverrideDollars, where 0 means "no override": $0 and none look the same.
    return monthly === null || monthly === 0
      ? { dollars: null, zeroIsAmbiguous: true }
      : { dollars: monthly, zeroIsAmbiguous: false };
  }
  // The emulator's default rule: the highest applicable limit (the demo team has no team limit).
  const applicable = [monthly, ...groupLimits].filter((l): l is number => l !== null);
  const effective = applicable.length === 0 ? null : Math.max(...applicable);
  return { dollars: monthly, zeroIsAmbiguous: false, effectiveDollars: effective };
}

const SHAPES: ReadonlyArray<{ name: string; emulator: Omit<EmulatorOptions, "clock"> }> = [
  { name: "current", emulator: { shape: "current" } },
  { name: "legacy", emulator: { shape: "legacy" } },
  {
    name: "legacy, hardLimitOverrideUSDR",
    emulator: { shape: "legacy", legacyLimitField: "hardLimitOverrideUSDR" },
  },
];

describe.each(SHAPES)("readLiveState on the demo team, $name shape", ({ emulator: options }) => {
  const legacy = options.shape === "legacy";

  it("reads every active member with the documented limit semantics", async () => {
    const { emulator, client } = await startApi({ emulator: options });
    emulator.setState(demoWithEdgeCases(emulator.getState()));
    const state = emulator.getState();

    const live = await readLiveState(client.reader);

    const active = state.members.filter((m) => !m.isRemoved);
    expect(live.shape).toBe(options.shape);
    expect(live.cycleStart).toBe(state.subscriptionCycleStart);
    expect(live.members).toHaveLength(active.length);
    expect(live.members.map((m) => m.emailKey)).not.toContain("former.employee@acme.example");
    for (const member of active) {
      const read = live.members.find((m) => m.emailKey === normalizeEmail(member.email));
      expect(read, member.email).toBeDefined();
      expect(read?.role).toBe(member.role);
      expect(read?.spendCents).toBe(member.spendCents);
      expect(read?.id).toBe(legacy ? undefined : member.id);
      expect(read?.limit, member.email).toEqual(
        expectedLimit(member.monthlyLimitDollars, groupLimitsOf(state, member), legacy),
      );
    }
    expect(live.blocklists).toEqual(
      state.blocklists.map((b) => ({ ...b, urlKey: normalizeRepoUrl(b.url) })),
    );
  });

  it("reads the $0 limit as $0 only when the API can tell it apart", async () => {
    const { emulator, client } = await startApi({ emulator: options });
    emulator.setState(demoWithEdgeCases(emulator.getState()));
    const live = await readLiveState(client.reader);
    const zero = live.members.find((m) => m.emailKey === "john.backus@acme.example")?.limit;
    const none = live.members.find((m) => m.emailKey === "ada.lovelace@acme.example")?.limit;
    if (legacy) {
      expect(zero).toEqual({ dollars: null, zeroIsAmbiguous: true });
      expect(none).toEqual({ dollars: null, zeroIsAmbiguous: true });
    } else {
      expect(zero).toMatchObject({ dollars: 0, zeroIsAmbiguous: false });
      expect(none).toMatchObject({ dollars: null, zeroIsAmbiguous: false });
    }
  });

  it("uses only read endpoints: no write reaches the server", async () => {
    const { emulator, client } = await startApi({ emulator: options });
    await readLiveState(client.reader);
    const methods = emulator.requests().map((r) => `${r.method} ${r.endpoint}`);
    expect(methods.sort()).toEqual(["GET blocklists", "GET members", "POST spend"]);
    // The reader has no mutating method to call, even at runtime.
    const names = Object.keys(client.reader);
    for (const write of ["upsertBlocklists", "deleteBlocklist", "setUserSpendLimit"]) {
      expect(names).not.toContain(write);
      expect(write in client.reader).toBe(false);
    }
    expect(Object.isFrozen(client.reader)).toBe(true);
  });
});

describe("readLiveState on a large team", () => {
  const MEMBERS = 1200;

  it.each([500, 100])(
    "makes 1 members + 1 blocklists + ceil(%i-row pages) spend calls, never one per user",
    async (pageSize) => {
      const { emulator, client } = await startApi({ emulator: { maxSpendPageSize: pageSize } });
      emulator.setState(generateTeamState({ members: MEMBERS, repos: 40, seed: 5 }));

      const live = await readLiveState(client.reader);

      expect(live.members).toHaveLength(MEMBERS);
      expect(live.blocklists).toHaveLength(40);
      expect(live.members.every((m) => m.limit !== undefined)).toBe(true);
      const counts = requestCounts(emulator);
      expect(counts.byEndpoint).toEqual({
        members: 1,
        blocklists: 1,
        spend: Math.ceil(MEMBERS / pageSize),
      });
      expect(counts.tooMany).toBe(0);
      const spendBodies = emulator
        .requests()
        .filter((r) => r.endpoint === "spend")
        .map((r) => r.body);
      expect(
        spendBodies.every((b) => typeof b === "object" && b !== null && !("searchTerm" in b)),
      ).toBe(true);
    },
  );
});
