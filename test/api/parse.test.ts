import { describe, expect, it } from "vitest";
import {
  parseAuditLogPage,
  parseAuditLogs,
  parseBlocklists,
  parseBulkSpendLimitResult,
  parseDailyUsage,
  parseDirectoryGroup,
  parseDirectoryGroupMembersPage,
  parseDirectoryGroupsPage,
  parseMembers,
  parseSpendLimitResult,
  parseSpendPage,
  parseUsageEvents,
  readErrorBody,
} from "../../src/api/parse.js";
import { ShapeError } from "../../src/api/response-reader.js";
import { errorOf } from "./support.js";

function shapeErrorOf(fn: () => unknown): ShapeError {
  const error = errorOf(fn);
  if (!(error instanceof ShapeError)) throw error;
  return error;
}

describe("parseMembers", () => {
  it("reads the current shape: string ids, isRemoved, extra fields ignored", () => {
    const members = parseMembers({
      teamMembers: [
        { id: "user_abc", name: "Ada", email: "Ada@Acme.example", role: "owner", isRemoved: false },
        { id: "user_def", name: "Old", email: "old@acme.example", role: "member", isRemoved: true },
        { id: "user_x", name: "X", email: "x@acme.example", role: "member", avatar: { size: 3 } },
      ],
    });
    expect(members).toEqual([
      { id: "user_abc", name: "Ada", email: "Ada@Acme.example", role: "owner", isRemoved: false },
      { id: "user_def", name: "Old", email: "old@acme.example", role: "member", isRemoved: true },
      { id: "user_x", name: "X", email: "x@acme.example", role: "member", isRemoved: false },
    ]);
  });

  it("reads the older shapes: numeric ids, no ids, capitalised and localised roles", () => {
    const members = parseMembers({
      teamMembers: [
        { id: 12345, name: "Alex", email: "dev@company.com", role: "Member" },
        { name: "Sam", email: "admin@company.com", role: "Owner" },
        { email: "free@company.com", role: "FREE-OWNER" },
        { name: "Lu", email: "lu@company.com", role: "miembro" },
      ],
    });
    expect(members.map((m) => [m.id, m.role, m.name, m.isRemoved])).toEqual([
      ["12345", "member", "Alex", false],
      [undefined, "owner", "Sam", false],
      [undefined, "free-owner", "", false],
      [undefined, "miembro", "Lu", false],
    ]);
  });

  it("names the field path of a bad value", () => {
    const error = shapeErrorOf(() =>
      parseMembers({ teamMembers: [{ email: "a@b.c", role: "member" }, { role: "member" }] }),
    );
    expect(error.fieldPath).toBe("teamMembers[1].email");
    expect(error.message).toBe(
      "teamMembers[1].email: expected a string, got nothing (the field is missing)",
    );
    expect(shapeErrorOf(() => parseMembers({ members: [] })).message).toBe(
      "teamMembers: expected an array, got nothing (the field is missing)",
    );
    expect(shapeErrorOf(() => parseMembers([])).message).toBe("expected an object, got an array");
    expect(shapeErrorOf(() => parseMembers(undefined)).message).toBe(
      "expected an object, got an empty body",
    );
    expect(
      shapeErrorOf(() => parseMembers({ teamMembers: [{ email: "a@b.c", role: 7 }] })).message,
    ).toBe("teamMembers[0].role: expected a string, got 7");
  });
});

describe("parseSpendPage", () => {
  const current = {
    teamMemberSpend: [
      {
        userId: "user_1",
        name: "Alan",
        email: "alan@acme.example",
        role: "member",
        spendCents: 4525.125487,
        overallSpendCents: 5000,
        fastPremiumRequests: 1131,
        monthlyLimitDollars: 100,
        effectivePerUserLimitDollars: 150,
        hardLimitOverrideDollars: 100,
      },
      {
        userId: 2,
        name: "Ada",
        email: "ada@acme.example",
        role: "owner",
        spendCents: 0,
        monthlyLimitDollars: null,
        effectivePerUserLimitDollars: null,
        hardLimitOverrideDollars: 0,
      },
    ],
    subscriptionCycleStart: 1_708_992_000_000,
    totalMembers: 2,
    totalPages: 1,
  };

  it("reads the current shape, keeping null apart from absent", () => {
    const page = parseSpendPage(current);
    expect(page.cycleStart).toBe(1_708_992_000_000);
    expect(page.totalMembers).toBe(2);
    expect(page.totalPages).toBe(1);
    expect(page.rows[0]).toMatchObject({
      userId: "user_1",
      spendCents: 4525.125487,
      monthlyLimitDollars: 100,
      effectivePerUserLimitDollars: 150,
      hardLimitOverrideDollars: 100,
    });
    expect(page.rows[1]?.userId).toBe("2");
    expect(page.rows[1]?.monthlyLimitDollars).toBeNull();
    expect(page.rows[1]?.effectivePerUserLimitDollars).toBeNull();
  });

  it("reads the legacy shape, and its hardLimitOverrideUSDR misspelling", () => {
    const legacy = parseSpendPage({
      teamMemberSpend: [
        {
          spendCents: 2450,
          fastPremiumRequests: 1250,
          name: "Alex",
          email: "a@c.com",
          role: "miembro",
          hardLimitOverrideDollars: 100,
        },
        {
          spendCents: 1875,
          name: "Sam",
          email: "s@c.com",
          role: "propietario",
          hardLimitOverrideUSDR: 0,
        },
      ],
      subscriptionCycleStart: 1_708_992_000_000,
      totalMembers: 15,
      totalPages: 1,
    });
    expect(legacy.rows.map((r) => [r.monthlyLimitDollars, r.hardLimitOverrideDollars])).toEqual([
      [undefined, 100],
      [undefined, 0],
    ]);
    expect(legacy.rows[0]?.effectivePerUserLimitDollars).toBeUndefined();
    expect(legacy.rows[1]?.role).toBe("propietario");
  });

  it("accepts an empty report and missing page counts", () => {
    expect(parseSpendPage({ teamMemberSpend: [] })).toEqual({
      rows: [],
      cycleStart: undefined,
      totalMembers: undefined,
      totalPages: undefined,
    });
  });

  it("reports a bad value by its path, as the error message will show it", () => {
    const rows = [0, 1, 2, 3].map((i) => ({ email: `u${i}@x.io`, role: "member", spendCents: i }));
    const bad = {
      teamMemberSpend: rows.map((r, i) => (i === 3 ? { ...r, spendCents: "abc" } : r)),
    };
    expect(shapeErrorOf(() => parseSpendPage(bad)).message).toBe(
      'teamMemberSpend[3].spendCents: expected a number, got "abc"',
    );
    const badLimit = { teamMemberSpend: [{ ...rows[0], monthlyLimitDollars: "100" }] };
    expect(shapeErrorOf(() => parseSpendPage(badLimit)).fieldPath).toBe(
      "teamMemberSpend[0].monthlyLimitDollars",
    );
  });
});

describe("parseBlocklists", () => {
  it("reads repos, coercing numeric ids", () => {
    expect(
      parseBlocklists({
        repos: [
          {
            id: "repo_123",
            url: "https://github.com/company/sensitive-repo",
            patterns: ["*.env", "config/*"],
          },
          { id: 456, url: "https://github.com/company/internal-tools", patterns: ["*"], extra: 1 },
        ],
      }),
    ).toEqual([
      {
        id: "repo_123",
        url: "https://github.com/company/sensitive-repo",
        patterns: ["*.env", "config/*"],
      },
      { id: "456", url: "https://github.com/company/internal-tools", patterns: ["*"] },
    ]);
  });

  it("names a bad pattern by its path", () => {
    const error = shapeErrorOf(() =>
      parseBlocklists({ repos: [{ id: "r", url: "https://x.io/a/b", patterns: ["*.env", null] }] }),
    );
    expect(error.message).toBe("repos[0].patterns[1]: expected a string, got null");
    expect(
      shapeErrorOf(() => parseBlocklists({ repos: [{ id: "", url: "u", patterns: [] }] })).message,
    ).toBe('repos[0].id: expected an id (a string or a number), got ""');
  });
});

describe("parseSpendLimitResult", () => {
  it("reads a success, and refuses anything else", () => {
    expect(
      parseSpendLimitResult({ outcome: "success", message: "Spend limit set to $100 for user a" }),
    ).toEqual({ message: "Spend limit set to $100 for user a" });
    expect(shapeErrorOf(() => parseSpendLimitResult({ outcome: "error" })).fieldPath).toBe(
      "outcome",
    );
  });
});

describe("report endpoints", () => {
  it("reads daily usage rows and their counters", () => {
    const parsed = parseDailyUsage({
      data: [
        {
          date: 1_710_720_000_000,
          isActive: true,
          totalLinesAdded: 1543,
          chatRequests: 128,
          mostUsedModel: "gpt-4",
          email: "d@c.com",
          somethingNew: 3,
        },
      ],
      period: { startDate: 1_710_720_000_000, endDate: 1_710_892_800_000 },
    });
    expect(parsed.rows).toEqual([
      {
        date: 1_710_720_000_000,
        email: "d@c.com",
        isActive: true,
        mostUsedModel: "gpt-4",
        applyMostUsedExtension: undefined,
        tabMostUsedExtension: undefined,
        clientVersion: undefined,
        counters: { totalLinesAdded: 1543, chatRequests: 128 },
      },
    ]);
    expect(parsed.pages).toEqual({
      totalPages: undefined,
      currentPage: undefined,
      hasNextPage: undefined,
    });
  });

  it("reads usage events with string timestamps, fractional cents and pagination", () => {
    const parsed = parseUsageEvents({
      totalUsageEventsCount: 113,
      pagination: {
        numPages: 12,
        currentPage: 1,
        pageSize: 10,
        hasNextPage: true,
        hasPreviousPage: false,
      },
      usageEvents: [
        {
          timestamp: "1750979225854",
          model: "claude-4-opus",
          kind: "Según uso",
          maxMode: true,
          requestsCosts: 5,
          isTokenBasedCall: true,
          tokenUsage: {
            inputTokens: 126,
            outputTokens: 450,
            cacheWriteTokens: 6112,
            cacheReadTokens: 11964,
            totalCents: 20.18232,
          },
          isFreeBugbot: false,
          userEmail: "developer@company.com",
        },
        {
          timestamp: "1750978339901",
          requestsCosts: 1.4,
          isTokenBasedCall: false,
          userEmail: "a@c.com",
        },
      ],
    });
    expect(parsed.pages).toEqual({ totalPages: 12, currentPage: 1, hasNextPage: true });
    expect(parsed.events[0]?.timestamp).toBe(1_750_979_225_854);
    expect(parsed.events[0]?.tokenUsage?.totalCents).toBe(20.18232);
    expect(parsed.events[1]?.tokenUsage).toBeUndefined();
    expect(
      shapeErrorOf(() => parseUsageEvents({ usageEvents: [{ timestamp: "yesterday-ish" }] }))
        .fieldPath,
    ).toBe("usageEvents[0].timestamp");
  });

  it("reads snake_case audit-log events with ISO timestamps", () => {
    const parsed = parseAuditLogs({
      events: [
        {
          event_id: "evt_1",
          timestamp: "2026-11-01T10:00:00.000Z",
          ip_address: null,
          user_email: "api-key:demo",
          event_type: "user_spend_limit",
          event_data: { target_email: "a@b.c", before: null, after: 100 },
        },
      ],
      pagination: { page: 1, pageSize: 500, totalPages: 3, hasNextPage: true },
    });
    expect(parsed.entries).toEqual([
      {
        id: "evt_1",
        type: "user_spend_limit",
        timestamp: Date.UTC(2026, 10, 1, 10),
        userEmail: "api-key:demo",
        ipAddress: undefined,
        data: { target_email: "a@b.c", before: null, after: 100 },
      },
    ]);
    expect(parsed.pages).toEqual({ totalPages: 3, currentPage: 1, hasNextPage: true });
    expect(shapeErrorOf(() => parseAuditLogs({ nothing: [] })).message).toContain(
      "expected a list of events",
    );
  });
});

describe("readErrorBody", () => {
  it("reads all four error shapes", () => {
    expect(
      readErrorBody({ error: "Unauthorized", message: "Invalid API key", statusCode: 401 }),
    ).toEqual({
      message: "Unauthorized: Invalid API key",
      outcomeFailed: false,
    });
    expect(readErrorBody({ outcome: "error", message: "Invalid email format" })).toEqual({
      message: "Invalid email format",
      outcomeFailed: true,
    });
    expect(readErrorBody({ error: "User is not a member of this team" })).toEqual({
      message: "User is not a member of this team",
      outcomeFailed: false,
    });
    expect(readErrorBody({ code: "error", message: "Enterprise access required" })).toEqual({
      message: "Enterprise access required",
      outcomeFailed: false,
    });
    expect(readErrorBody({ code: "not_found", message: "No such group" }).message).toBe(
      "not_found: No such group",
    );
  });

  it("treats any outcome but success as a failure, and never throws", () => {
    expect(readErrorBody({ outcome: "success", message: "ok" }).outcomeFailed).toBe(false);
    expect(readErrorBody({ outcome: "failed" }).outcomeFailed).toBe(true);
    for (const body of [undefined, null, "text", 3, [], {}]) {
      expect(readErrorBody(body)).toEqual({ outcomeFailed: false });
    }
  });
});

describe("the 2026 shapes", () => {
  it("directory groups: limits whole dollars or null, an absent limit reads as none", () => {
    const page = parseDirectoryGroupsPage({
      groups: [
        { id: "team_group_a", name: "A", memberCount: 3, monthlySpendingLimitDollars: 400 },
        { id: 17, name: "B", monthlySpendingLimitDollars: null, extra: true },
        { id: "team_group_c", name: "C" },
      ],
      pagination: { page: 2, totalPages: 3, hasNextPage: true },
    });
    expect(page.groups).toEqual([
      { id: "team_group_a", name: "A", memberCount: 3, monthlySpendingLimitDollars: 400 },
      { id: "17", name: "B", memberCount: undefined, monthlySpendingLimitDollars: null },
      { id: "team_group_c", name: "C", memberCount: undefined, monthlySpendingLimitDollars: null },
    ]);
    expect(page.pages).toEqual({ totalPages: 3, currentPage: 2, hasNextPage: true });
    expect(
      shapeErrorOf(() =>
        parseDirectoryGroupsPage({
          groups: [{ id: "g", name: "A", monthlySpendingLimitDollars: 12.5 }],
        }),
      ).message,
    ).toBe("groups[0].monthlySpendingLimitDollars: expected whole dollars >= 0, or null, got 12.5");
    expect(
      shapeErrorOf(() => parseDirectoryGroupsPage({ groups: [{ id: "g", name: " " }] })).message,
    ).toBe('groups[0].name: expected a non-empty group name, got " "');
    expect(shapeErrorOf(() => parseDirectoryGroupsPage({ data: [] })).fieldPath).toBe("groups");
  });

  it("one group: {group} as documented, or a bare group", () => {
    const group = { id: "team_group_a", name: "A", monthlySpendingLimitDollars: 5 };
    expect(parseDirectoryGroup({ group })).toMatchObject(group);
    expect(parseDirectoryGroup(group)).toMatchObject(group);
    expect(shapeErrorOf(() => parseDirectoryGroup({ ok: true })).fieldPath).toBe("id");
  });

  it("group members: userId (or id), optional email and name", () => {
    expect(
      parseDirectoryGroupMembersPage({
        members: [
          { userId: "user_a", email: "a@x.example", name: "A" },
          { id: 5 },
          { userId: "u", email: "" },
        ],
      }).members,
    ).toEqual([
      { userId: "user_a", email: "a@x.example", name: "A" },
      { userId: "5" },
      { userId: "u" },
    ]);
    expect(
      shapeErrorOf(() => parseDirectoryGroupMembersPage({ members: [{ email: "a@x" }] })).fieldPath,
    ).toBe("members[0].userId");
  });

  it("bulk spend limits: per-row results; an undocumented status reads as unconfirmed", () => {
    expect(
      parseBulkSpendLimitResult({
        requestedCount: 3,
        results: [
          { userEmail: "a@x.example", status: "updated" },
          {
            userEmail: "b@x.example",
            status: "failed",
            error: "User is not a member of this team",
          },
          { userEmail: "c@x.example", status: "queued" },
        ],
      }).results,
    ).toEqual([
      { email: "a@x.example", status: "updated" },
      { email: "b@x.example", status: "failed", error: "User is not a member of this team" },
      {
        email: "c@x.example",
        status: "unconfirmed",
        error: 'the API answered status "queued", which is not documented',
      },
    ]);
    expect(shapeErrorOf(() => parseBulkSpendLimitResult({ updatedCount: 1 })).fieldPath).toBe(
      "results",
    );
  });

  it("audit-log pages for attribution: unexpected events and fields degrade, the list must be there", () => {
    const page = parseAuditLogPage({
      events: [
        {
          event_id: "e1",
          timestamp: "2026-11-30T14:02:00Z",
          user_email: "ana@acme.example",
          event_type: "user_spend_limit",
          application_type: "dashboard",
          ip_address: null,
          event_data: { a: ["x"] },
        },
        "not an event",
        { eventType: 5, timestamp: "yesterday-ish", userEmail: ["x"], details: { b: 1 } },
        { event_data: nested(80) },
      ],
      pagination: "broken",
    });
    expect(page.events).toEqual([
      {
        id: "e1",
        type: "user_spend_limit",
        timestamp: Date.UTC(2026, 10, 30, 14, 2),
        userEmail: "ana@acme.example",
        ipAddress: undefined,
        applicationType: "dashboard",
        data: { a: ["x"] },
      },
      {
        id: undefined,
        type: undefined,
        timestamp: undefined,
        userEmail: undefined,
        ipAddress: undefined,
        applicationType: undefined,
        data: { b: 1 },
      },
      expect.objectContaining({ data: undefined }),
    ]);
    expect(page.hasNextPage).toBeUndefined();
    expect(
      parseAuditLogPage({ events: [], pagination: { totalCount: 0, hasNextPage: false } }),
    ).toEqual({
      events: [],
      hasNextPage: false,
      totalPages: undefined,
      totalCount: 0,
    });
    expect(shapeErrorOf(() => parseAuditLogPage({ events: "none" })).fieldPath).toBe("events");
    expect(shapeErrorOf(() => parseAuditLogPage([])).fieldPath).toBe("");
  });
});

/** JSON nested `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}
