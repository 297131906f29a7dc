import { request } from "undici";
import { describe, expect, it } from "vitest";
import { demoTeamState } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import {
  callApi,
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  useEmulator,
  withEmulator,
} from "../helpers/emulator.js";

const UNAUTHORIZED = { error: "Unauthorized", message: "Invalid API key" };

describe("authentication", () => {
  const emulator = useEmulator({ clock: new ManualClock() });

  it("answers 401 without an Authorization header", async () => {
    const result = await callApi(emulator(), "GET", "/teams/members", { key: null });
    expect(result.status).toBe(401);
    expect(result.json).toEqual(UNAUTHORIZED);
    expect(emulator().requests()[0]).toMatchObject({ status: 401, keyScope: "none" });
  });

  it("answers 401 for an unknown key and records it as unknown, never the key", async () => {
    const key = `crsr_${"x".repeat(64)}`;
    const result = await callApi(emulator(), "GET", "/teams/members", { key });
    expect(result.status).toBe(401);
    expect(result.json).toEqual(UNAUTHORIZED);
    const log = emulator().requests();
    expect(log[0]?.keyScope).toBe("unknown");
    expect(JSON.stringify(log)).not.toContain(key);
  });

  it("answers 401 for a revoked key", async () => {
    const state = demoTeamState({ now: Date.UTC(2026, 10, 1) });
    const revoked = `key_${"r".repeat(64)}`;
    state.apiKeys.push({ key: revoked, scope: "admin", revoked: true });
    emulator().setState(state);
    const result = await callApi(emulator(), "GET", "/teams/members", { key: revoked });
    expect(result.status).toBe(401);
    expect(result.json).toEqual(UNAUTHORIZED);
  });

  it("accepts an older key_ style key from the state", async () => {
    const state = emulator().getState();
    const older = `key_${"a1".repeat(32)}`;
    state.apiKeys.push({ key: older, scope: "admin", name: "older key" });
    emulator().setState(state);
    expect((await callApi(emulator(), "GET", "/teams/members", { key: older })).status).toBe(200);
  });

  it("answers 401 for a Bearer header or a non-Basic scheme", async () => {
    const response = await request(`${emulator().url}/teams/members`, {
      headers: { authorization: `Bearer ${DEMO_ADMIN_KEY}` },
    });
    expect(response.statusCode).toBe(401);
    expect(await response.body.json()).toEqual(UNAUTHORIZED);
  });

  it("accepts the key with the colon left out and the scheme in any case", async () => {
    const response = await request(`${emulator().url}/teams/members`, {
      headers: { authorization: `basic ${Buffer.from(DEMO_ADMIN_KEY).toString("base64")}` },
    });
    expect(response.statusCode).toBe(200);
    await response.body.dump();
  });

  it("lets a read-only key read every read endpoint", async () => {
    const key = DEMO_READ_ONLY_KEY;
    const now = Date.UTC(2026, 10, 1);
    const reads = await Promise.all([
      callApi(emulator(), "GET", "/teams/members", { key }),
      callApi(emulator(), "POST", "/teams/spend", { key, body: {} }),
      callApi(emulator(), "GET", "/settings/repo-blocklists/repos", { key }),
      callApi(emulator(), "POST", "/teams/daily-usage-data", {
        key,
        body: { startDate: now - 86_400_000, endDate: now },
      }),
      callApi(emulator(), "POST", "/teams/filtered-usage-events", { key, body: {} }),
      callApi(emulator(), "GET", "/teams/audit-logs", { key }),
    ]);
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it("answers 403 when a read-only key calls a write endpoint, and changes nothing", async () => {
    const key = DEMO_READ_ONLY_KEY;
    const before = emulator().getState();
    const writes = [
      await callApi(emulator(), "POST", "/teams/user-spend-limit", {
        key,
        body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 5 },
      }),
      await callApi(emulator(), "POST", "/settings/repo-blocklists/repos/upsert", {
        key,
        body: { repos: [{ url: "https://github.com/acme/new", patterns: ["*"] }] },
      }),
      await callApi(emulator(), "DELETE", "/settings/repo-blocklists/repos/repo_payments01", {
        key,
      }),
    ];
    for (const write of writes) {
      expect(write.status).toBe(403);
      expect(write.json).toMatchObject({ error: "Forbidden" });
      expect(JSON.stringify(write.json)).toMatch(/admin API key/);
    }
    expect(emulator().getState()).toEqual(before);
    expect(
      emulator()
        .requests()
        .map((r) => r.keyScope),
    ).toEqual(["read-only", "read-only", "read-only"]);
  });

  it("checks auth before validating the body", async () => {
    const result = await callApi(emulator(), "POST", "/teams/spend", { key: null, body: "{oops" });
    expect(result.status).toBe(401);
  });
});

describe("routing", () => {
  const emulator = useEmulator({ clock: new ManualClock() });

  it("answers 404 for unknown paths, with or without a key", async () => {
    for (const key of [DEMO_ADMIN_KEY, null]) {
      const result = await callApi(emulator(), "GET", "/teams/nothing-here", { key });
      expect(result.status).toBe(404);
      expect(result.json).toMatchObject({ error: "Not Found" });
    }
    expect(
      emulator()
        .requests()
        .map((r) => r.endpoint),
    ).toEqual([null, null]);
  });

  it("answers 404 for a known path with the wrong method", async () => {
    expect((await callApi(emulator(), "GET", "/teams/spend")).status).toBe(404);
    expect((await callApi(emulator(), "DELETE", "/teams/members")).status).toBe(404);
  });

  it("does not reach the control surface through API paths", async () => {
    const result = await callApi(emulator(), "GET", "/teams/__emulator/state");
    expect(result.status).toBe(404);
    expect(result.text).not.toContain("apiKeys");
  });

  it("answers 400 for a body that is not JSON", async () => {
    const result = await callApi(emulator(), "POST", "/teams/spend", { body: "{not json" });
    expect(result.status).toBe(400);
    expect(result.json).toEqual({
      error: "Bad Request",
      message: "Request body is not valid JSON",
    });
    expect(emulator().requests()[0]?.body).toBe("{not json");
  });

  it("answers 413 for a body over 10 MB", async () => {
    const result = await callApi(emulator(), "POST", "/teams/spend", {
      body: JSON.stringify({ searchTerm: "x".repeat(11 * 1024 * 1024) }),
    });
    expect(result.status).toBe(413);
    expect(result.json).toMatchObject({ error: "Payload Too Large" });
    expect(emulator().requests()[0]?.status).toBe(413);
  });

  it("logs method, path with query, endpoint, status and parsed body in order", async () => {
    await callApi(emulator(), "POST", "/teams/spend", { body: { page: 2 } });
    await callApi(emulator(), "GET", "/teams/audit-logs?page=1");
    const log = emulator().requests();
    expect(log).toEqual([
      expect.objectContaining({
        seq: expect.any(Number),
        method: "POST",
        path: "/teams/spend",
        endpoint: "spend",
        status: 200,
        keyScope: "admin",
        body: { page: 2 },
      }),
      expect.objectContaining({ path: "/teams/audit-logs?page=1", endpoint: "auditLogs" }),
    ]);
    expect(log[1]?.seq).toBe((log[0]?.seq ?? 0) + 1);
    emulator().clearRequests();
    expect(emulator().requests()).toEqual([]);
  });
});

describe("extra keys", () => {
  it("accepts keys given at start, which never reach the state", async () => {
    const admin = `crsr_${"A".repeat(64)}`;
    const reader = `crsr_${"B".repeat(64)}`;
    const emu = await withEmulator({ adminKeys: [admin], readOnlyKeys: [reader] });
    const write = await callApi(emu, "POST", "/teams/user-spend-limit", {
      key: admin,
      body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 7 },
    });
    expect(write.status).toBe(200);
    const denied = await callApi(emu, "POST", "/teams/user-spend-limit", {
      key: reader,
      body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 7 },
    });
    expect(denied.status).toBe(403);
    const state = JSON.stringify(emu.getState());
    expect(state).not.toContain(admin);
    expect(state).not.toContain(reader);
  });
});
