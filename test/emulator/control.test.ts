import { describe, expect, it } from "vitest";
import { demoTeamState, generateTeamState } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, useEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12);

describe("the control surface (/__emulator/...)", () => {
  const emulator = useEmulator({ clock: new ManualClock(NOW) });
  // No key: the control surface needs none on loopback.
  const control = (method: "GET" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown) =>
    callApi(emulator(), method, `/__emulator${path}`, { key: null, body });

  it("serves and clears the request log, without logging itself", async () => {
    await callApi(emulator(), "GET", "/teams/members");
    await callApi(emulator(), "POST", "/teams/spend", { body: { page: 1 } });
    const log = await control("GET", "/requests");
    expect(log.status).toBe(200);
    expect((log.json as { requests: Array<{ endpoint: string }> }).requests).toEqual([
      expect.objectContaining({ seq: 1, endpoint: "members", status: 200 }),
      expect.objectContaining({ seq: 2, endpoint: "spend", body: { page: 1 } }),
    ]);
    expect((await control("DELETE", "/requests")).status).toBe(204);
    expect((await control("GET", "/requests")).json).toEqual({ requests: [] });
    expect(emulator().requests()).toEqual([]);
  });

  it("serves the state and replaces it with PUT", async () => {
    const got = await control("GET", "/state");
    expect(got.json).toEqual(demoTeamState({ now: NOW }));
    const replaced = await control("PUT", "/state", generateTeamState({ members: 4, repos: 2 }));
    expect(replaced.status).toBe(204);
    const members = await callApi(emulator(), "GET", "/teams/members");
    expect((members.json as { teamMembers: unknown[] }).teamMembers).toHaveLength(4);
  });

  it("refuses an invalid state with 400 and the list of problems, keeping the old state", async () => {
    const bad = await control("PUT", "/state", { version: 1, members: "none" });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      error: "Bad Request",
      message: expect.stringContaining("PUT /__emulator/state is not a valid emulator state"),
      problems: expect.arrayContaining(['members: expected an array, got "none"']),
    });
    expect((await control("PUT", "/state", "{oops")).status).toBe(400);
    expect(emulator().getState().members).toHaveLength(34);
  });

  it("serves the settings and changes them with PATCH, like configure()", async () => {
    const before = await control("GET", "/config");
    expect(before.json).toMatchObject({
      shape: "current",
      maxSpendPageSize: 500,
      retryAfterHeader: false,
    });
    const patched = await control("PATCH", "/config", {
      shape: "legacy",
      rateLimits: { members: 1 },
      faults: { spend: { errorRate: 1 } },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ shape: "legacy", rateLimits: { members: 1 } });
    const members = await callApi(emulator(), "GET", "/teams/members");
    expect((members.json as { teamMembers: Array<{ role: string }> }).teamMembers[0]?.role).toBe(
      "Owner",
    );
    expect((await callApi(emulator(), "GET", "/teams/members")).status).toBe(429);
    expect(
      (await callApi(emulator(), "POST", "/teams/spend", { body: {} })).status,
    ).toBeGreaterThanOrEqual(500);
  });

  it("refuses a bad settings patch with 400 naming the setting", async () => {
    const bad = await control("PATCH", "/config", { shape: "ancient", color: "blue" });
    expect(bad.status).toBe(400);
    const message = String((bad.json as { message: string }).message);
    expect(message).toMatch(/shape: expected one of "current", "legacy", got "ancient"/);
    expect(message).toMatch(/color: unknown setting/);
    expect((await control("GET", "/config")).json).toMatchObject({ shape: "current" });
  });

  it("is never faulted or rate limited, and answers 404 for unknown control paths", async () => {
    emulator().configure({ faults: { "*": { errorRate: 1 } }, rateLimits: { members: 0 } });
    for (let i = 0; i < 30; i++) expect((await control("GET", "/requests")).status).toBe(200);
    const unknown = await control("GET", "/nothing");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: "Not Found" });
  });
});
