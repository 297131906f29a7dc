import { performance } from "node:perf_hooks";
import { describe, expect, it, vi } from "vitest";
import { EmulatorConfigError, startEmulator } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, withEmulator } from "../helpers/emulator.js";

const LIMIT_BODY = { userEmail: "alan.turing@acme.example", spendLimitDollars: 321 };

function limitOfAlan(emu: {
  getState(): { members: Array<{ email: string; monthlyLimitDollars: number | null }> };
}) {
  return emu.getState().members.find((m) => m.email === "alan.turing@acme.example")
    ?.monthlyLimitDollars;
}

describe("fault injection", () => {
  it("errorRate answers 500/502/503 without processing the request", async () => {
    const emu = await withEmulator({
      rateLimits: "off",
      faults: { userSpendLimit: { errorRate: 1 } },
    });
    const results = [];
    for (let i = 0; i < 12; i++) {
      results.push(await callApi(emu, "POST", "/teams/user-spend-limit", { body: LIMIT_BODY }));
    }
    const statuses = new Set(results.map((r) => r.status));
    expect([...statuses].every((s) => [500, 502, 503].includes(s))).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
    const gateway = results.find((r) => r.status === 502);
    expect(gateway?.headers["content-type"]).toBe("text/html");
    expect(limitOfAlan(emu)).toBe(100);
    expect(emu.requests().every((r) => r.fault === "error")).toBe(true);
    // Other endpoints are unaffected.
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(200);
  });

  it("samples faults from the seed: the same seed gives the same sequence", async () => {
    const run = async (seed: number) => {
      const emu = await withEmulator({
        seed,
        rateLimits: "off",
        faults: { "*": { errorRate: 0.5 } },
      });
      const seen: number[] = [];
      for (let i = 0; i < 24; i++) seen.push((await callApi(emu, "GET", "/teams/members")).status);
      return seen;
    };
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    expect(first).toContain(200);
    expect(first.some((s) => s >= 500)).toBe(true);
    expect(await run(8)).not.toEqual(first);
  });

  it("an injected random function decides instead of the seed", async () => {
    const emu = await withEmulator({
      random: () => 0.3,
      faults: { members: { errorRate: 0.25, dropRate: 0.25 } },
    });
    // 0.3 falls past the error band (0.25) into the drop band.
    await expect(callApi(emu, "GET", "/teams/members")).rejects.toThrow();
    expect(emu.requests()[0]).toMatchObject({ status: 0, fault: "drop" });
  });

  it("dropRate destroys the socket without an answer and without processing", async () => {
    const emu = await withEmulator({ faults: { userSpendLimit: { dropRate: 1 } } });
    await expect(
      callApi(emu, "POST", "/teams/user-spend-limit", { body: LIMIT_BODY }),
    ).rejects.toThrow(/other side closed|socket|ECONNRESET/i);
    expect(limitOfAlan(emu)).toBe(100);
    expect(emu.requests()).toEqual([
      expect.objectContaining({ endpoint: "userSpendLimit", status: 0, fault: "drop" }),
    ]);
  });

  it("malformedRate processes the request but answers 200 with a body that is not JSON", async () => {
    const emu = await withEmulator({
      rateLimits: "off",
      faults: { userSpendLimit: { malformedRate: 1 }, members: { malformedRate: 1 } },
    });
    const write = await callApi(emu, "POST", "/teams/user-spend-limit", { body: LIMIT_BODY });
    expect(write.status).toBe(200);
    expect(() => JSON.parse(write.text)).toThrow();
    expect(limitOfAlan(emu)).toBe(321);
    const bodies = [];
    for (let i = 0; i < 8; i++) bodies.push((await callApi(emu, "GET", "/teams/members")).text);
    expect(bodies.every((text) => text.length > 0)).toBe(true);
    for (const text of bodies) expect(() => JSON.parse(text)).toThrow();
    // Both variants: the real body cut short, and an HTML page.
    expect(bodies.some((text) => text.startsWith('{"teamMembers":['))).toBe(true);
    expect(bodies.some((text) => text.startsWith("<!DOCTYPE html>"))).toBe(true);
    expect(emu.requests().every((r) => r.fault === "malformed" && r.status === 200)).toBe(true);
  });

  it("malformedRate only corrupts answers the endpoint produced: a 401 stays a clean 401", async () => {
    const emu = await withEmulator({ faults: { members: { malformedRate: 1 } } });
    const result = await callApi(emu, "GET", "/teams/members", { key: null });
    expect(result.status).toBe(401);
    expect(result.json).toEqual({ error: "Unauthorized", message: "Invalid API key" });
    expect(emu.requests()[0]?.fault).toBeUndefined();
  });

  it("hangRate never answers, until the client gives up; close() still returns", async () => {
    const emu = await startEmulator({ faults: { members: { hangRate: 1 } } });
    const controller = new AbortController();
    const pending = callApi(emu, "GET", "/teams/members", { signal: controller.signal });
    await vi.waitFor(() => expect(emu.requests()[0]?.fault).toBe("hang"));
    expect(emu.requests()[0]?.status).toBe(0);
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    const second = callApi(emu, "GET", "/teams/members").catch((error: unknown) => error);
    await vi.waitFor(() => expect(emu.requests()).toHaveLength(2));
    await emu.close();
    expect(await second).toBeInstanceOf(Error);
  });

  it("latencyMs delays the answer by real time", async () => {
    const emu = await withEmulator({ faults: { members: { latencyMs: 40 } } });
    const started = performance.now();
    const result = await callApi(emu, "GET", "/teams/members");
    // A lower bound only: timers never fire early by more than a millisecond or so.
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(result.status).toBe(200);
    expect(emu.requests()[0]?.fault).toBe("latency");
  });

  it("burst429 answers the next N requests 429: the endpoint's own burst first, then '*'", async () => {
    const emu = await withEmulator({
      retryAfterHeader: true,
      clock: new ManualClock(Date.UTC(2026, 10, 20, 9, 0, 30)),
      faults: { spend: { burst429: 2 }, "*": { burst429: 1 } },
    });
    const spend = () => callApi(emu, "POST", "/teams/spend", { body: {} });
    const first = await spend();
    expect(first.status).toBe(429);
    expect(first.json).toEqual({
      error: "Too Many Requests",
      message: "Rate limit exceeded. Please try again later.",
    });
    expect(first.headers["retry-after"]).toBe("30");
    expect((await spend()).status).toBe(429);
    expect((await spend()).status).toBe(429); // the "*" burst
    expect((await spend()).status).toBe(200);
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(200);
    expect(emu.requests().map((r) => r.fault ?? null)).toEqual([
      "burst429",
      "burst429",
      "burst429",
      null,
      null,
    ]);
    emu.configure({ faults: { members: { burst429: 1 } } });
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(429);
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(200);
  });

  it("an endpoint's spec overrides the '*' spec field by field", async () => {
    const emu = await withEmulator({
      rateLimits: "off",
      faults: { "*": { errorRate: 1 }, members: { errorRate: 0 } },
    });
    expect((await callApi(emu, "GET", "/teams/members")).status).toBe(200);
    expect(
      (await callApi(emu, "POST", "/teams/spend", { body: {} })).status,
    ).toBeGreaterThanOrEqual(500);
  });

  it("faults come before auth: a 5xx does not reveal whether the key is valid", async () => {
    const emu = await withEmulator({ faults: { members: { errorRate: 1 } } });
    expect(
      (await callApi(emu, "GET", "/teams/members", { key: null })).status,
    ).toBeGreaterThanOrEqual(500);
  });

  it("refuses a bad fault configuration, naming every problem", async () => {
    await expect(
      startEmulator({ faults: { members: { errorRate: 0.7, dropRate: 0.6 } } }),
    ).rejects.toThrow(/faults\.members: .*add up to 1\.3/);
    const emu = await withEmulator();
    let error: unknown;
    try {
      emu.configure({
        faults: JSON.parse('{"nope": {"errorRate": 0.1}, "spend": {"errorRate": 2, "explode": 1}}'),
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EmulatorConfigError);
    const message = String((error as Error).message);
    expect(message).toMatch(/faults\.nope: unknown endpoint/);
    expect(message).toMatch(/faults\.spend\.errorRate: expected a share between 0 and 1, got 2/);
    expect(message).toMatch(/faults\.spend\.explode: unknown fault/);
  });
});
