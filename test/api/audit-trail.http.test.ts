// Attribution over real HTTP: out-of-band changes made "as" named admins, read back from the
// audit log by the bounded, tolerant reader and matched to members, groups and repos. A 403 or
// any other failure degrades to "unknown" and never throws.
import { describe, expect, it } from "vitest";
import { attributeChange, readAuditTrail } from "../../src/api/audit-trail.js";
import { memberIdFor } from "../../src/emulator/index.js";
import { startApi } from "./support.js";

const NOW = Date.UTC(2026, 10, 1); // the ManualClock's default start
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALAN = "alan.turing@acme.example";
const OKTA = "team_group_oktaeng03";

async function withHistory() {
  const setup = await startApi();
  const { emulator, client } = setup;
  const act = emulator.act.bind(emulator);
  act({
    actor: "ana@acme.example",
    ipAddress: "203.0.113.7",
    at: NOW - 3 * DAY,
    request: {
      method: "POST",
      path: "/teams/user-spend-limit",
      body: { userEmail: ALAN, spendLimitDollars: 999 },
    },
  });
  act({
    actor: "okta-scim@acme.example",
    applicationType: "scim",
    at: NOW - 2 * DAY,
    request: {
      method: "POST",
      path: `/teams/directory-groups/${OKTA}/members/bulk-remove`,
      body: { userIds: [memberIdFor(ALAN)] },
    },
  });
  act({
    actor: "bob@acme.example",
    at: NOW - DAY,
    request: {
      method: "POST",
      path: "/settings/repo-blocklists/repos/upsert",
      body: { repos: [{ url: "https://github.com/acme/payments", patterns: ["*"] }] },
    },
  });
  act({ actor: "ana@acme.example", at: NOW - HOUR, teamLimitDollars: 300 });
  await client.writer.setDirectoryGroupLimit("team_group_datasci01", 450);
  emulator.clearRequests();
  return setup;
}

describe("readAuditTrail and attributeChange", () => {
  it("reads the window and names who changed each thing, and when", async () => {
    const { client, emulator } = await withHistory();
    const trail = await readAuditTrail(client.reader, { startTime: NOW - 7 * DAY, endTime: NOW });
    expect(trail).toMatchObject({ status: "complete", calls: 1 });
    expect(trail.events).toHaveLength(5);
    expect(emulator.requests()[0]?.path).toBe(
      `/teams/audit-logs?startTime=${encodeURIComponent(new Date(NOW - 7 * DAY).toISOString())}` +
        `&endTime=${encodeURIComponent(new Date(NOW).toISOString())}&page=1&pageSize=500`,
    );

    // Alan's limit: ana's spend-limit event, not the later group event that also names Alan.
    expect(
      attributeChange(trail, { kind: "member-limit", email: "Alan.Turing@acme.example" }),
    ).toEqual({
      status: "found",
      actor: "ana@acme.example",
      at: NOW - 3 * DAY,
      eventType: "user_spend_limit",
      applicationType: "dashboard",
      eventId: expect.stringMatching(/^audit_/),
    });
    // Alan leaving the Okta group: the identity provider, matched by the group's name and his email.
    expect(
      attributeChange(trail, {
        kind: "group-member",
        group: { name: "engineering (okta)" },
        email: ALAN,
      }),
    ).toMatchObject({ status: "found", actor: "okta-scim@acme.example", applicationType: "scim" });
    // The data-science limit: this tool's own API key.
    expect(attributeChange(trail, { kind: "group", id: "team_group_datasci01" })).toMatchObject({
      status: "found",
      actor: "api-key:demo admin key",
      at: NOW,
    });
    // The repo, by another spelling of its URL.
    expect(
      attributeChange(trail, { kind: "repo", url: "git@github.com:acme/payments.git" }),
    ).toMatchObject({ status: "found", actor: "bob@acme.example", at: NOW - DAY });
    expect(attributeChange(trail, { kind: "team-settings" })).toMatchObject({
      status: "found",
      actor: "ana@acme.example",
      at: NOW - HOUR,
    });
    // Nothing names Grace, nor a repo nobody touched.
    expect(
      attributeChange(trail, { kind: "member-limit", email: "grace.hopper@acme.example" }),
    ).toEqual({
      status: "unknown",
      reason: "not-found",
      detail: expect.stringContaining("no audit-log event between"),
    });
    expect(
      attributeChange(trail, { kind: "repo", url: "https://github.com/acme/infra" }).status,
    ).toBe("unknown");
  });

  it("a 403 on the audit log degrades to unknown, never an error", async () => {
    const { client, emulator } = await withHistory();
    emulator.setState({ ...emulator.getState(), features: { auditLog: false } });
    const trail = await readAuditTrail(client.reader, { startTime: NOW - DAY, endTime: NOW });
    expect(trail).toMatchObject({
      status: "unavailable",
      events: [],
      calls: 1,
      reason: expect.stringContaining("may not read the audit log (403"),
    });
    expect(attributeChange(trail, { kind: "member-limit", email: ALAN })).toEqual({
      status: "unknown",
      reason: "audit-log-unavailable",
      detail: expect.stringContaining("403"),
    });
  });

  it("an unreachable API or an answer that is not an audit log is unavailable too", async () => {
    const { client, emulator } = await startApi({
      client: { retry: { maxAttempts: 1 } },
      emulator: { faults: { auditLogs: { malformedRate: 1 } } },
    });
    const garbled = await readAuditTrail(client.reader, { startTime: NOW - DAY, endTime: NOW });
    expect(garbled.status).toBe("unavailable");
    await emulator.close();
    const closed = await readAuditTrail(client.reader, { startTime: NOW - DAY, endTime: NOW });
    expect(closed).toMatchObject({
      status: "unavailable",
      reason: expect.stringContaining("could not reach"),
    });
  });

  it("stops after maxCalls pages: a partial trail, newest first, that says so", async () => {
    const { client, emulator } = await withHistory();
    const trail = await readAuditTrail(client.reader, {
      startTime: NOW - 7 * DAY,
      endTime: NOW,
      pageSize: 2,
      maxCalls: 2,
    });
    expect(trail).toMatchObject({
      status: "partial",
      calls: 2,
      reason: "read the first 2 pages of 2 events only",
    });
    expect(trail.events).toHaveLength(4);
    expect(emulator.requests()).toHaveLength(2);
    expect(attributeChange(trail, { kind: "team-settings" }).status).toBe("found");
    // Ana's oldest change is on the page not read.
    expect(attributeChange(trail, { kind: "member-limit", email: ALAN })).toEqual({
      status: "unknown",
      reason: "not-found",
      detail: expect.stringContaining("read the first 2 pages of 2 events only"),
    });
  });

  it("a later page that fails keeps what was read as a partial trail", async () => {
    let pages = 0;
    const { client, emulator } = await startApi({
      client: {
        retry: { maxAttempts: 1 },
        onRequest: () => {
          pages++;
          if (pages === 1) emulator.configure({ faults: { auditLogs: { errorRate: 1 } } });
        },
      },
    });
    for (const dollars of [1, 2, 3]) {
      emulator.act({
        actor: "ana@acme.example",
        request: {
          method: "POST",
          path: "/teams/user-spend-limit",
          body: { userEmail: ALAN, spendLimitDollars: dollars },
        },
      });
    }
    const trail = await readAuditTrail(client.reader, {
      startTime: NOW - DAY,
      endTime: NOW,
      pageSize: 2,
    });
    expect(trail).toMatchObject({ status: "partial", calls: 2 });
    expect(trail.events).toHaveLength(2);
  });

  it("keeps to the API's 30-day window", async () => {
    const { client, emulator } = await startApi();
    const trail = await readAuditTrail(client.reader, { startTime: NOW - 90 * DAY, endTime: NOW });
    expect(trail).toMatchObject({ status: "complete", startTime: NOW - 30 * DAY, endTime: NOW });
    expect(emulator.requests().map((r) => r.status)).toEqual([200]);
  });

  it("finds targets however deep the event data names them, and by member id", async () => {
    const { client, emulator } = await startApi();
    const state = emulator.getState();
    emulator.setState({
      ...state,
      auditLog: [
        {
          event_id: "evt_nested",
          timestamp: NOW - HOUR,
          event_type: "something_new",
          user_email: "carol@acme.example",
          event_data: { changes: [{ subject: { who: [" ALAN.TURING@acme.example "] } }], n: 5 },
        },
        {
          event_id: "evt_by_id",
          timestamp: NOW - 2 * HOUR,
          event_type: "user_spend_limit",
          user_email: "dave@acme.example",
          event_data: { user: { id: memberIdFor("ken.thompson@acme.example") }, limit: 7 },
        },
      ],
    });
    const trail = await readAuditTrail(client.reader, { startTime: NOW - DAY, endTime: NOW });
    expect(attributeChange(trail, { kind: "member-limit", email: ALAN })).toMatchObject({
      status: "found",
      actor: "carol@acme.example",
      eventType: "something_new",
    });
    expect(
      attributeChange(trail, {
        kind: "member-limit",
        email: "ken.thompson@acme.example",
        userId: memberIdFor("ken.thompson@acme.example"),
      }),
    ).toMatchObject({ status: "found", actor: "dave@acme.example" });
  });
});
