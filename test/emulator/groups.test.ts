// The directory-group routes over HTTP: paging, reads, every write, the 100-id cap, SCIM-synced
// groups refusing API writes, and the routes missing on an older API or a team without them.
import { describe, expect, it } from "vitest";
import {
  DEMO_READ_ONLY_KEY,
  type DirectoryGroupState,
  type EmulatorState,
  memberIdFor,
} from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12);
const DATA_SCIENCE = "team_group_datasci01";
const OKTA = "team_group_oktaeng03";
const ALAN = memberIdFor("alan.turing@acme.example");
const GRACE = memberIdFor("grace.hopper@acme.example");

interface Page {
  groups?: Array<Record<string, unknown>>;
  members?: Array<Record<string, unknown>>;
  pagination: { page: number; totalPages: number; hasNextPage: boolean };
}

function withGroups(state: EmulatorState, count: number): EmulatorState {
  const groups: DirectoryGroupState[] = [];
  for (let i = 1; i <= count; i++) {
    groups.push({
      id: `team_group_gen${String(i).padStart(5, "0")}`,
      name: `generated ${i}`,
      monthlySpendingLimitDollars: i % 3 === 0 ? null : i,
      memberIds: [],
    });
  }
  return { ...state, directoryGroups: groups };
}

describe("reading directory groups", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });

  it("lists the demo groups without any SCIM marker", async () => {
    const result = await callApi(emulator(), "GET", "/teams/directory-groups");
    expect(result.status).toBe(200);
    const page = result.json as Page;
    expect(page.groups).toEqual([
      { id: DATA_SCIENCE, name: "data-science", memberCount: 4, monthlySpendingLimitDollars: 400 },
      {
        id: "team_group_platform02",
        name: "platform",
        memberCount: 5,
        monthlySpendingLimitDollars: null,
      },
      { id: OKTA, name: "Engineering (Okta)", memberCount: 5, monthlySpendingLimitDollars: 100 },
    ]);
    expect(page.pagination).toEqual({ page: 1, totalPages: 1, hasNextPage: false });
    expect(result.text).not.toMatch(/scim/i);
  });

  it("pages: 50 by default, pageSize up to 100 (larger is cut), past the end is empty", async () => {
    emulator().setState(withGroups(emulator().getState(), 120));
    const first = (await callApi(emulator(), "GET", "/teams/directory-groups")).json as Page;
    expect(first.groups).toHaveLength(50);
    expect(first.pagination).toEqual({ page: 1, totalPages: 3, hasNextPage: true });

    const big = (await callApi(emulator(), "GET", "/teams/directory-groups?pageSize=500"))
      .json as Page;
    expect(big.groups).toHaveLength(100);
    expect(big.pagination).toEqual({ page: 1, totalPages: 2, hasNextPage: true });

    const last = (await callApi(emulator(), "GET", "/teams/directory-groups?pageSize=100&page=2"))
      .json as Page;
    expect(last.groups?.map((g) => g.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `generated ${101 + i}`),
    );
    expect(last.pagination).toEqual({ page: 2, totalPages: 2, hasNextPage: false });

    const past = (await callApi(emulator(), "GET", "/teams/directory-groups?page=9")).json as Page;
    expect(past.groups).toEqual([]);
  });

  it.each(["page=0", "pageSize=0", "page=two", "pageSize=-3"])(
    "answers 400 for ?%s",
    async (query) => {
      const result = await callApi(emulator(), "GET", `/teams/directory-groups?${query}`);
      expect(result.status).toBe(400);
      expect(result.json).toMatchObject({ error: "Bad Request" });
    },
  );

  it("gets one group, and 404 for an unknown id", async () => {
    const one = await callApi(emulator(), "GET", `/teams/directory-groups/${DATA_SCIENCE}`);
    expect(one.json).toEqual({
      group: {
        id: DATA_SCIENCE,
        name: "data-science",
        memberCount: 4,
        monthlySpendingLimitDollars: 400,
      },
    });
    const missing = await callApi(emulator(), "GET", "/teams/directory-groups/team_group_nope");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      error: "Not Found",
      message: 'Directory group "team_group_nope" not found',
    });
  });

  it("lists members in pages, with ids from /teams/members, and never removed members", async () => {
    const state = emulator().getState();
    const everyone = state.members.map((m) => m.id);
    emulator().setState({
      ...state,
      directoryGroups: [
        {
          id: "team_group_all",
          name: "all",
          monthlySpendingLimitDollars: null,
          memberIds: everyone,
        },
      ],
    });
    const first = (
      await callApi(emulator(), "GET", "/teams/directory-groups/team_group_all/members?pageSize=20")
    ).json as Page;
    const second = (
      await callApi(
        emulator(),
        "GET",
        "/teams/directory-groups/team_group_all/members?pageSize=20&page=2",
      )
    ).json as Page;
    expect(first.pagination).toEqual({ page: 1, totalPages: 2, hasNextPage: true });
    expect(second.pagination).toEqual({ page: 2, totalPages: 2, hasNextPage: false });
    const listed = [...(first.members ?? []), ...(second.members ?? [])];
    expect(listed).toHaveLength(33);
    expect(listed[0]).toEqual({
      userId: state.members[0]?.id,
      email: "ada.lovelace@acme.example",
      name: "Ada Lovelace",
    });
    expect(listed.map((m) => m.email)).not.toContain("former.employee@acme.example");
    const group = await callApi(emulator(), "GET", "/teams/directory-groups/team_group_all");
    expect(group.json).toMatchObject({ group: { memberCount: 33 } });
  });
});

describe("writing directory groups", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const patch = (id: string, body: unknown) =>
    callApi(emulator(), "PATCH", `/teams/directory-groups/${id}`, { body });

  it("creates a group (no members, no limit) and records who did it", async () => {
    const created = await callApi(emulator(), "POST", "/teams/directory-groups", {
      body: { name: "  research  " },
    });
    expect(created.status).toBe(200);
    const group = (created.json as { group: Record<string, unknown> }).group;
    expect(group).toEqual({
      id: expect.stringMatching(/^team_group_/),
      name: "research",
      memberCount: 0,
      monthlySpendingLimitDollars: null,
    });
    const stored = emulator()
      .getState()
      .directoryGroups?.find((g) => g.id === group.id);
    expect(stored).toEqual({
      id: group.id,
      name: "research",
      monthlySpendingLimitDollars: null,
      memberIds: [],
    });
    expect(emulator().getState().auditLog.at(-1)).toMatchObject({
      event_type: "team_directory_group",
      user_email: "api-key:demo admin key",
      application_type: "api",
      timestamp: NOW,
      event_data: { action: "create", group_id: group.id, group_name: "research" },
    });
  });

  it("refuses a name in use, compared case-insensitively: 409 by default, 400 as a setting", async () => {
    const taken = await callApi(emulator(), "POST", "/teams/directory-groups", {
      body: { name: "DATA-SCIENCE" },
    });
    expect(taken.status).toBe(409);
    expect(taken.json).toEqual({
      error: "Conflict",
      message: 'A directory group named "data-science" already exists',
    });
    emulator().configure({ duplicateGroupNameStatus: 400 });
    const renamed = await patch("team_group_platform02", { name: "Data-Science" });
    expect(renamed.status).toBe(400);
    expect(renamed.json).toMatchObject({ error: "Bad Request", message: /already exists/ });
    expect(emulator().getState().directoryGroups).toHaveLength(3);
  });

  it.each([
    [{}, /name must be a non-empty string/],
    [{ name: "   " }, /name must be a non-empty string/],
    [{ name: 42 }, /name must be a non-empty string, got 42/],
    [{ name: "x".repeat(101) }, /at most 100 characters/],
  ])("refuses to create %j", async (body, message) => {
    const result = await callApi(emulator(), "POST", "/teams/directory-groups", { body });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: "Bad Request", message });
  });

  it("renames, sets and clears the limit with PATCH, one audit event each", async () => {
    const renamed = await patch(DATA_SCIENCE, { name: "ml" });
    expect(renamed.json).toMatchObject({ group: { id: DATA_SCIENCE, name: "ml" } });
    const limited = await patch(DATA_SCIENCE, { monthlySpendingLimitDollars: 250 });
    expect(limited.json).toMatchObject({ group: { monthlySpendingLimitDollars: 250 } });
    const zero = await patch(DATA_SCIENCE, { monthlySpendingLimitDollars: 0 });
    expect(zero.json).toMatchObject({ group: { monthlySpendingLimitDollars: 0 } });
    const cleared = await patch(DATA_SCIENCE, { clearMonthlySpendingLimitDollars: true });
    expect(cleared.json).toMatchObject({ group: { monthlySpendingLimitDollars: null } });
    // The same value again changes nothing and records nothing.
    const again = await patch(DATA_SCIENCE, { clearMonthlySpendingLimitDollars: true });
    expect(again.status).toBe(200);
    const events = emulator()
      .getState()
      .auditLog.map((e) => e.event_data);
    expect(events).toEqual([
      { action: "update", group_id: DATA_SCIENCE, group_name: "ml", previous_name: "data-science" },
      {
        action: "update",
        group_id: DATA_SCIENCE,
        group_name: "ml",
        previous_limit_dollars: 400,
        new_limit_dollars: 250,
      },
      {
        action: "update",
        group_id: DATA_SCIENCE,
        group_name: "ml",
        previous_limit_dollars: 250,
        new_limit_dollars: 0,
      },
      {
        action: "update",
        group_id: DATA_SCIENCE,
        group_name: "ml",
        previous_limit_dollars: 0,
        new_limit_dollars: null,
      },
    ]);
  });

  it.each([
    [{}, /nothing to change/],
    [{ monthlySpendingLimitDollars: 12.5 }, /whole number of dollars >= 0/],
    [{ monthlySpendingLimitDollars: -1 }, /whole number of dollars >= 0/],
    [{ monthlySpendingLimitDollars: null }, /use clearMonthlySpendingLimitDollars/],
    [{ clearMonthlySpendingLimitDollars: false }, /must be true when sent/],
    [{ monthlySpendingLimitDollars: 5, clearMonthlySpendingLimitDollars: true }, /not both/],
  ])("refuses PATCH %j with 400 and changes nothing", async (body, message) => {
    const before = emulator().getState().directoryGroups;
    const result = await patch(DATA_SCIENCE, body);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: "Bad Request", message });
    expect(emulator().getState().directoryGroups).toEqual(before);
  });

  it("deletes a group (204); it is gone after", async () => {
    const deleted = await callApi(emulator(), "DELETE", `/teams/directory-groups/${DATA_SCIENCE}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    const gone = await callApi(emulator(), "GET", `/teams/directory-groups/${DATA_SCIENCE}`);
    expect(gone.status).toBe(404);
    const again = await callApi(emulator(), "DELETE", `/teams/directory-groups/${DATA_SCIENCE}`);
    expect(again.status).toBe(404);
    expect(emulator().getState().auditLog.at(-1)?.event_data).toEqual({
      action: "delete",
      group_id: DATA_SCIENCE,
      group_name: "data-science",
      previous_limit_dollars: 400,
    });
  });

  it("bulk-adds and bulk-removes members by id; repeats change nothing", async () => {
    const path = `/teams/directory-groups/${DATA_SCIENCE}/members`;
    const added = await callApi(emulator(), "POST", `${path}/bulk-add`, {
      body: { userIds: [ALAN, GRACE, ALAN] },
    });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ group: { memberCount: 6 } });
    const addedAgain = await callApi(emulator(), "POST", `${path}/bulk-add`, {
      body: { userIds: [ALAN] },
    });
    expect(addedAgain.json).toMatchObject({ group: { memberCount: 6 } });
    const removed = await callApi(emulator(), "POST", `${path}/bulk-remove`, {
      body: { userIds: [GRACE, memberIdFor("yann.lecun@acme.example")] },
    });
    expect(removed.json).toMatchObject({ group: { memberCount: 4 } });
    const log = emulator().getState().auditLog;
    // One event per call that changed something, naming members by id and email.
    expect(log.map((e) => e.event_data)).toEqual([
      {
        action: "add_members",
        group_id: DATA_SCIENCE,
        group_name: "data-science",
        user_ids: [ALAN, GRACE],
        user_emails: ["alan.turing@acme.example", "grace.hopper@acme.example"],
      },
      {
        action: "remove_members",
        group_id: DATA_SCIENCE,
        group_name: "data-science",
        user_ids: [GRACE, memberIdFor("yann.lecun@acme.example")],
        user_emails: ["grace.hopper@acme.example", "yann.lecun@acme.example"],
      },
    ]);
  });

  it("caps bulk-add and bulk-remove at 100 ids, and refuses unknown or removed members, applying nothing", async () => {
    const path = `/teams/directory-groups/${DATA_SCIENCE}/members/bulk-add`;
    const tooMany = await callApi(emulator(), "POST", path, {
      body: { userIds: Array.from({ length: 101 }, () => ALAN) },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ message: /1 to 100 ids, got 101; nothing was applied/ });
    const none = await callApi(emulator(), "POST", path, { body: { userIds: [] } });
    expect(none.status).toBe(400);
    const removedMember = memberIdFor("former.employee@acme.example");
    const unknown = await callApi(emulator(), "POST", path, {
      body: { userIds: [ALAN, "user_nobody", removedMember] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({
      message: `not members of this team: "user_nobody", "${removedMember}"; nothing was applied`,
    });
    const notList = await callApi(emulator(), "POST", path, { body: { userIds: ALAN } });
    expect(notList.status).toBe(400);
    expect(emulator().getState().directoryGroups?.[0]?.memberIds).toHaveLength(4);
    expect(emulator().getState().auditLog).toEqual([]);
  });

  it("exactly 100 ids is accepted", async () => {
    const state = emulator().getState();
    const extra = Array.from({ length: 100 }, (_, i) => ({
      ...(state.members[0] as EmulatorState["members"][number]),
      id: `user_extra${String(i).padStart(3, "0")}`,
      email: `extra${i}@acme.example`,
    }));
    emulator().setState({ ...state, members: [...state.members, ...extra] });
    const result = await callApi(
      emulator(),
      "POST",
      `/teams/directory-groups/${DATA_SCIENCE}/members/bulk-add`,
      { body: { userIds: extra.map((m) => m.id) } },
    );
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ group: { memberCount: 104 } });
  });

  it("needs an admin key for writes; a read-only key may read", async () => {
    const write = await callApi(emulator(), "POST", "/teams/directory-groups", {
      key: DEMO_READ_ONLY_KEY,
      body: { name: "x" },
    });
    expect(write.status).toBe(403);
    expect(write.json).toMatchObject({ message: /read-only/ });
    const read = await callApi(emulator(), "GET", "/teams/directory-groups", {
      key: DEMO_READ_ONLY_KEY,
    });
    expect(read.status).toBe(200);
  });
});

describe("SCIM-synced groups", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const writes: ReadonlyArray<[string, "PATCH" | "DELETE" | "POST", string, unknown]> = [
    ["rename", "PATCH", `/teams/directory-groups/${OKTA}`, { name: "eng" }],
    ["set limit", "PATCH", `/teams/directory-groups/${OKTA}`, { monthlySpendingLimitDollars: 5 }],
    [
      "clear limit",
      "PATCH",
      `/teams/directory-groups/${OKTA}`,
      { clearMonthlySpendingLimitDollars: true },
    ],
    ["delete", "DELETE", `/teams/directory-groups/${OKTA}`, undefined],
    ["bulk-add", "POST", `/teams/directory-groups/${OKTA}/members/bulk-add`, { userIds: [GRACE] }],
    [
      "bulk-remove",
      "POST",
      `/teams/directory-groups/${OKTA}/members/bulk-remove`,
      { userIds: [ALAN] },
    ],
  ];

  it.each(writes)(
    "refuse an API %s with 403 and a message, changing nothing",
    async (_, method, path, body) => {
      const before = emulator().getState();
      const result = await callApi(emulator(), method, path, body === undefined ? {} : { body });
      expect(result.status).toBe(403);
      expect(result.json).toEqual({
        error: "Forbidden",
        message:
          'Directory group "Engineering (Okta)" is synced from your identity provider (SCIM) and cannot be modified through the API',
      });
      expect(emulator().getState()).toEqual(before);
    },
  );

  it("refuse with 400 when the setting says so", async () => {
    emulator().configure({ scimRefusalStatus: 400 });
    const result = await callApi(emulator(), "PATCH", `/teams/directory-groups/${OKTA}`, {
      body: { name: "eng" },
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ error: "Bad Request", message: /identity provider/ });
  });

  it("can still be read, and changed out of band by the identity provider", async () => {
    const members = await callApi(emulator(), "GET", `/teams/directory-groups/${OKTA}/members`);
    expect((members.json as Page).members).toHaveLength(5);
    const synced = emulator().act({
      actor: "okta-scim@acme.example",
      applicationType: "scim",
      request: { method: "PATCH", path: `/teams/directory-groups/${OKTA}`, body: { name: "eng" } },
    });
    expect(synced.status).toBe(200);
    expect(emulator().getState().directoryGroups?.[2]?.name).toBe("eng");
  });
});

describe("teams and APIs without directory groups", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW), rateLimits: "off" });
  const routes: ReadonlyArray<["GET" | "POST" | "PATCH" | "DELETE", string]> = [
    ["GET", "/teams/directory-groups"],
    ["GET", `/teams/directory-groups/${DATA_SCIENCE}`],
    ["GET", `/teams/directory-groups/${DATA_SCIENCE}/members`],
    ["POST", "/teams/directory-groups"],
    ["PATCH", `/teams/directory-groups/${DATA_SCIENCE}`],
    ["DELETE", `/teams/directory-groups/${DATA_SCIENCE}`],
    ["POST", `/teams/directory-groups/${DATA_SCIENCE}/members/bulk-add`],
    ["POST", `/teams/directory-groups/${DATA_SCIENCE}/members/bulk-remove`],
  ];

  it.each(routes)("%s %s answers 404 when the team has no groups feature", async (method, path) => {
    emulator().setState({ ...emulator().getState(), features: { directoryGroups: false } });
    const result = await callApi(emulator(), method, path, { body: {} });
    expect(result.status).toBe(404);
    expect(result.json).toEqual({
      error: "Not Found",
      message: `No such endpoint: ${method} ${path}`,
    });
  });

  it.each(routes)(
    "%s %s answers 404 on the older API (legacy shape), even without a key",
    async (method, path) => {
      emulator().configure({ shape: "legacy" });
      const result = await callApi(emulator(), method, path, { key: null, body: {} });
      expect(result.status).toBe(404);
      expect(emulator().requests().at(-1)?.status).toBe(404);
    },
  );

  it("a team with the feature but no groups answers an empty list", async () => {
    emulator().setState({ ...emulator().getState(), directoryGroups: [] });
    const result = await callApi(emulator(), "GET", "/teams/directory-groups");
    expect(result.json).toEqual({
      groups: [],
      pagination: { page: 1, totalPages: 0, hasNextPage: false },
    });
  });
});

describe("directory-group rate limits", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW) });

  it("each group route has its own 20/min budget", async () => {
    for (let i = 0; i < 20; i++) {
      expect((await callApi(emulator(), "GET", "/teams/directory-groups")).status).toBe(200);
    }
    expect((await callApi(emulator(), "GET", "/teams/directory-groups")).status).toBe(429);
    const other = await callApi(emulator(), "GET", `/teams/directory-groups/${DATA_SCIENCE}`);
    expect(other.status).toBe(200);
  });
});
