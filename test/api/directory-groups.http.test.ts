// The directory-group client over real HTTP against the emulator: every page read, every write,
// and each refusal classified so that it says what to do.
import { Agent, type Dispatcher } from "undici";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  DirectoryGroupNameTakenError,
  DirectoryGroupNotFoundError,
  DirectoryGroupsUnavailableError,
  GroupsNeedMemberIdsError,
  ManagedByIdentityProviderError,
  PermissionError,
  ValidationError,
} from "../../src/api/errors.js";
import { memberIdsFor } from "../../src/api/group-members.js";
import { readLiveState } from "../../src/api/live-state.js";
import { type EmulatorState, memberIdFor } from "../../src/emulator/index.js";
import { DEMO_READ_ONLY_KEY } from "../helpers/emulator.js";
import { rejectionOf, startApi } from "./support.js";

const DATA_SCIENCE = "team_group_datasci01";
const OKTA = "team_group_oktaeng03";
const ALAN = memberIdFor("alan.turing@acme.example");

/** `count` extra members and one group holding all of them, plus `groups` empty groups. */
function bigTeam(state: EmulatorState, count: number, groups: number): EmulatorState {
  const template = state.members[0];
  if (template === undefined) throw new Error("no members");
  const extra = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `user_big${String(i).padStart(4, "0")}`,
    email: `big${i}@acme.example`,
    name: `Big ${i}`,
    role: "member",
  }));
  return {
    ...state,
    members: [...state.members, ...extra],
    directoryGroups: [
      {
        id: "team_group_big",
        name: "big",
        monthlySpendingLimitDollars: 70,
        memberIds: extra.map((m) => m.id),
      },
      ...Array.from({ length: groups }, (_, i) => ({
        id: `team_group_empty${i}`,
        name: `empty ${i}`,
        monthlySpendingLimitDollars: null,
        memberIds: [],
      })),
    ],
  };
}

describe("reading groups", () => {
  it("lists every group and every member of a group, following the pages", async () => {
    const { client, emulator } = await startApi();
    emulator.setState(bigTeam(emulator.getState(), 250, 149));
    const groups = await client.reader.listDirectoryGroups();
    expect(groups).toHaveLength(150);
    expect(groups[0]).toEqual({
      id: "team_group_big",
      name: "big",
      memberCount: 250,
      monthlySpendingLimitDollars: 70,
    });
    const members = await client.reader.listDirectoryGroupMembers("team_group_big");
    expect(members).toHaveLength(250);
    expect(members[249]).toEqual({
      userId: "user_big0249",
      email: "big249@acme.example",
      name: "Big 249",
    });
    const calls = emulator.requests().map((r) => `${r.endpoint} ${r.path}`);
    expect(calls).toEqual([
      "directoryGroups /teams/directory-groups?page=1&pageSize=100",
      "directoryGroups /teams/directory-groups?page=2&pageSize=100",
      "directoryGroupMembers /teams/directory-groups/team_group_big/members?page=1&pageSize=100",
      "directoryGroupMembers /teams/directory-groups/team_group_big/members?page=2&pageSize=100",
      "directoryGroupMembers /teams/directory-groups/team_group_big/members?page=3&pageSize=100",
    ]);
  });

  it("asks again with the server's default page size when its pageSize is refused (400)", async () => {
    // Stands in for a server whose maximum is below 100 and that refuses larger pages: the
    // emulator answers 400 to a pageSize that is not a number.
    const refuseBigPages: Dispatcher.DispatcherComposeInterceptor =
      (dispatch) => (options, handler) =>
        dispatch(
          { ...options, path: options.path.replace("pageSize=100", "pageSize=too-big") },
          handler,
        );
    const agent = new Agent();
    try {
      const { client, emulator } = await startApi({
        client: { dispatcher: agent.compose(refuseBigPages) },
      });
      emulator.setState(bigTeam(emulator.getState(), 0, 59));
      const groups = await client.reader.listDirectoryGroups();
      expect(groups).toHaveLength(60);
      expect(emulator.requests().map((r) => `${r.status} ${r.path}`)).toEqual([
        "400 /teams/directory-groups?page=1&pageSize=too-big",
        "200 /teams/directory-groups?page=1",
        "200 /teams/directory-groups?page=2",
      ]);
    } finally {
      await agent.close();
    }
  });

  it("gets one group; an unknown id is a DirectoryGroupNotFoundError that says to plan again", async () => {
    const { client } = await startApi();
    expect(await client.reader.getDirectoryGroup(OKTA)).toEqual({
      id: OKTA,
      name: "Engineering (Okta)",
      memberCount: 5,
      monthlySpendingLimitDollars: 100,
    });
    const error = await rejectionOf(client.reader.getDirectoryGroup("team_group_gone"));
    expect(error).toBeInstanceOf(DirectoryGroupNotFoundError);
    expect(error.message).toContain("GET /teams/directory-groups/team_group_gone");
    expect(error.message).toContain("may have been deleted since the plan was made");
    expect(error.message).toContain("run plan again");
  });

  it.each([
    ["a team without the feature", { features: { directoryGroups: false } }, {}],
    ["the older API", {}, { shape: "legacy" as const }],
  ])(
    "404 on %s: DirectoryGroupsUnavailableError naming the feature",
    async (_, features, options) => {
      const { client, emulator } = await startApi({ emulator: options });
      emulator.setState({ ...emulator.getState(), ...features });
      const error = await rejectionOf(client.reader.listDirectoryGroups());
      expect(error).toBeInstanceOf(DirectoryGroupsUnavailableError);
      expect(error.message).toContain("GET /teams/directory-groups");
      expect(error.message).toContain("has no directory groups");
      expect(error.message).toContain("Remove the directory groups from the policy");
      const create = await rejectionOf(client.writer.createDirectoryGroup("x"));
      expect(create).toBeInstanceOf(DirectoryGroupsUnavailableError);
    },
  );
});

describe("writing groups", () => {
  it("creates, renames, sets and clears the limit, adds and removes members, deletes", async () => {
    const { client, emulator } = await startApi();
    const created = await client.writer.createDirectoryGroup("  research ");
    expect(created).toMatchObject({
      name: "research",
      memberCount: 0,
      monthlySpendingLimitDollars: null,
    });
    const id = created.id;
    expect(await client.writer.renameDirectoryGroup(id, "Research")).toMatchObject({
      name: "Research",
    });
    expect(await client.writer.setDirectoryGroupLimit(id, 0)).toMatchObject({
      monthlySpendingLimitDollars: 0,
    });
    expect(await client.writer.setDirectoryGroupLimit(id, 350)).toMatchObject({
      monthlySpendingLimitDollars: 350,
    });
    expect(await client.writer.addDirectoryGroupMembers(id, [ALAN, ALAN])).toEqual({ calls: 1 });
    expect((await client.reader.listDirectoryGroupMembers(id)).map((m) => m.userId)).toEqual([
      ALAN,
    ]);
    expect(await client.writer.removeDirectoryGroupMembers(id, [ALAN])).toEqual({ calls: 1 });
    expect(await client.writer.clearDirectoryGroupLimit(id)).toMatchObject({
      monthlySpendingLimitDollars: null,
    });
    expect(await client.writer.deleteDirectoryGroup(id)).toBe("deleted");
    expect(emulator.getState().directoryGroups?.map((g) => g.id)).not.toContain(id);
    expect(await client.writer.addDirectoryGroupMembers(DATA_SCIENCE, [])).toEqual({ calls: 0 });
  });

  it("adds and removes 250 members in chunks of 100", async () => {
    const { client, emulator } = await startApi();
    emulator.setState(bigTeam(emulator.getState(), 250, 0));
    const ids = Array.from({ length: 250 }, (_, i) => `user_big${String(i).padStart(4, "0")}`);
    const group = await client.writer.createDirectoryGroup("chunked");
    emulator.clearRequests();
    expect(await client.writer.addDirectoryGroupMembers(group.id, ids)).toEqual({ calls: 3 });
    const sizes = emulator.requests().map((r) => (r.body as { userIds: string[] }).userIds.length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(await client.reader.getDirectoryGroup(group.id)).toMatchObject({ memberCount: 250 });
    expect(await client.writer.removeDirectoryGroupMembers(group.id, ids.slice(0, 101))).toEqual({
      calls: 2,
    });
    expect(await client.reader.getDirectoryGroup(group.id)).toMatchObject({ memberCount: 149 });
  });

  it.each([403, 400] as const)(
    "a SCIM-synced group's refusal (%i) is 'managed by your identity provider', for every write",
    async (scimRefusalStatus) => {
      const { client, emulator } = await startApi({ emulator: { scimRefusalStatus } });
      const writes = [
        () => client.writer.renameDirectoryGroup(OKTA, "eng"),
        () => client.writer.setDirectoryGroupLimit(OKTA, 5),
        () => client.writer.clearDirectoryGroupLimit(OKTA),
        () => client.writer.deleteDirectoryGroup(OKTA),
        () =>
          client.writer.addDirectoryGroupMembers(OKTA, [memberIdFor("ada.lovelace@acme.example")]),
        () => client.writer.removeDirectoryGroupMembers(OKTA, [ALAN]),
      ];
      for (const write of writes) {
        const error = await rejectionOf(write());
        expect(error).toBeInstanceOf(ManagedByIdentityProviderError);
        expect(error.message).toContain(`"${OKTA}" is managed by your identity provider`);
        expect(error.message).toContain("ownership: ignore");
        expect(error instanceof ApiError && error.status).toBe(scimRefusalStatus);
      }
      // Refused on the first attempt: not retried.
      expect(emulator.requests()).toHaveLength(writes.length);
    },
  );

  it.each([409, 400] as const)(
    "a name in use (%i) is DirectoryGroupNameTakenError",
    async (duplicateGroupNameStatus) => {
      const { client } = await startApi({ emulator: { duplicateGroupNameStatus } });
      const error = await rejectionOf(client.writer.createDirectoryGroup("Data-Science"));
      expect(error).toBeInstanceOf(DirectoryGroupNameTakenError);
      expect(error.message).toContain('a directory group named "Data-Science" already exists');
      const rename = await rejectionOf(
        client.writer.renameDirectoryGroup("team_group_platform02", "data-science"),
      );
      expect(rename).toBeInstanceOf(DirectoryGroupNameTakenError);
    },
  );

  it("a create whose retry finds its name taken returns the group by that name", async () => {
    // The first attempt is rate limited, and meanwhile the group comes to exist (as when an
    // attempt's answer is lost after the server created it): the retry's 409 is resolved by
    // looking the group up, so a retried create converges on one group.
    const { client, emulator } = await startApi({
      emulator: { faults: { directoryGroupCreate: { burst429: 1 } } },
    });
    emulator.act({
      actor: "ana@acme.example",
      request: { method: "POST", path: "/teams/directory-groups", body: { name: "Research" } },
    });
    const group = await client.writer.createDirectoryGroup("research");
    expect(group.name).toBe("Research");
    expect(emulator.getState().directoryGroups?.filter((g) => g.name === "Research")).toHaveLength(
      1,
    );
  });

  it("refuses fractional dollars and empty ids before sending anything", async () => {
    const { client, emulator } = await startApi();
    expect(() => client.writer.setDirectoryGroupLimit(DATA_SCIENCE, 12.5)).toThrow(ValidationError);
    expect(() => client.writer.setDirectoryGroupLimit(DATA_SCIENCE, -1)).toThrow(/0 or more/);
    await expect(client.writer.addDirectoryGroupMembers(DATA_SCIENCE, [" "])).rejects.toThrow(
      /needs an id/,
    );
    await expect(client.writer.createDirectoryGroup("  ")).rejects.toThrow(/needs a group name/);
    expect(emulator.requests()).toEqual([]);
  });

  it("a stale group id is a DirectoryGroupNotFoundError for updates and deletes", async () => {
    const { client } = await startApi();
    const error = await rejectionOf(client.writer.setDirectoryGroupLimit("team_group_gone", 5));
    expect(error).toBeInstanceOf(DirectoryGroupNotFoundError);
    expect(await rejectionOf(client.writer.deleteDirectoryGroup("team_group_gone"))).toBeInstanceOf(
      DirectoryGroupNotFoundError,
    );
  });

  it("a read-only key is a PermissionError, not an identity-provider refusal", async () => {
    const { client } = await startApi({ key: DEMO_READ_ONLY_KEY });
    const error = await rejectionOf(client.writer.setDirectoryGroupLimit(OKTA, 5));
    expect(error).toBeInstanceOf(PermissionError);
  });
});

describe("groups in the live state", () => {
  it("are read only when asked, with members' emails and limits", async () => {
    const { client, emulator } = await startApi();
    const plain = await readLiveState(client.reader);
    expect(plain.directoryGroups).toBeUndefined();
    expect(emulator.requests().some((r) => r.endpoint?.startsWith("directoryGroup"))).toBe(false);

    const live = await readLiveState(client.reader, { directoryGroups: true });
    expect(live.directoryGroups).toMatchObject({ supported: true, membersHaveIds: true });
    const groups = live.directoryGroups?.supported ? live.directoryGroups.groups : [];
    expect(groups.map((g) => [g.id, g.name, g.nameKey, g.limitDollars, g.members.length])).toEqual([
      [DATA_SCIENCE, "data-science", "data-science", 400, 4],
      ["team_group_platform02", "platform", "platform", null, 5],
      [OKTA, "Engineering (Okta)", "engineering (okta)", 100, 5],
    ]);
    expect(groups[2]?.members[0]).toEqual({
      userId: ALAN,
      email: "alan.turing@acme.example",
      emailKey: "alan.turing@acme.example",
    });
    // The rest of the live state is what it was without groups.
    expect({ ...live, directoryGroups: undefined }).toEqual({
      ...plain,
      directoryGroups: undefined,
    });
  });

  it("say 'not supported' on a team or API without groups, never failing the read", async () => {
    const { client } = await startApi({ emulator: { shape: "legacy" } });
    const live = await readLiveState(client.reader, { directoryGroups: true });
    expect(live.directoryGroups).toEqual({
      supported: false,
      reason: expect.stringContaining("has no directory groups"),
    });
    expect(live.members).toHaveLength(33);
  });

  it("fill in emails the group listing leaves out from the team's members", async () => {
    const { client, emulator } = await startApi();
    // A group holding a removed member: listed by the API as nobody; the rest resolve.
    const state = emulator.getState();
    emulator.setState({
      ...state,
      directoryGroups: [
        {
          id: "team_group_x",
          name: "x",
          monthlySpendingLimitDollars: 5,
          memberIds: [ALAN, memberIdFor("former.employee@acme.example")],
        },
      ],
    });
    const live = await readLiveState(client.reader, { directoryGroups: true });
    expect(live.directoryGroups).toEqual({
      supported: true,
      membersHaveIds: true,
      groups: [
        {
          id: "team_group_x",
          name: "x",
          nameKey: "x",
          limitDollars: 5,
          members: [
            {
              userId: ALAN,
              email: "alan.turing@acme.example",
              emailKey: "alan.turing@acme.example",
            },
          ],
        },
      ],
    });
  });
});

describe("member ids for group membership", () => {
  it("turns emails into ids, listing the emails not on the team", async () => {
    const { client } = await startApi();
    const live = await readLiveState(client.reader);
    expect(memberIdsFor(["ALAN.turing@acme.example", "nobody@acme.example"], live.members)).toEqual(
      {
        ids: [ALAN],
        notOnTeam: ["nobody@acme.example"],
      },
    );
  });

  it("refuses clearly for a team whose members have no ids (the older shape), for groups only", async () => {
    const { client } = await startApi({ emulator: { shape: "legacy" } });
    const live = await readLiveState(client.reader);
    const error = (() => {
      try {
        memberIdsFor(["alan.turing@acme.example"], live.members, "adding members to data-science");
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GroupsNeedMemberIdsError);
    expect(String((error as Error).message)).toContain("adding members to data-science");
    expect((error as GroupsNeedMemberIdsError).hint).toContain(
      "spend limits and blocklists are not affected",
    );
  });
});
