// Pacing against the emulator's per-minute rate limits, on one ManualClock shared by both sides:
// paced, a burst stays under the limit with no 429 at all; unpaced, the server does answer 429
// and the client still completes by backing off.
import { describe, expect, it } from "vitest";
import { RateLimitedError } from "../../src/api/errors.js";
import { readLiveState } from "../../src/api/live-state.js";
import { rejectionOf, requestCounts, startApi } from "./support.js";

const BURST = 30;

describe("pacing", () => {
  it("a burst of 30 sequential calls at 5/min gets no 429", async () => {
    const { client, emulator, clock } = await startApi({
      emulator: { rateLimits: { spend: 5 } },
      client: { pacing: { spend: 5 } },
    });
    const started = clock.now();
    for (let i = 0; i < BURST; i++) await client.reader.listSpend({ pageSize: 1 });
    const counts = requestCounts(emulator);
    expect(counts.byEndpoint.spend).toBe(BURST);
    expect(counts.tooMany).toBe(0);
    // It took (at least) the time the limit demands: one call at a time, each fits the window's
    // full limit, so 5 per minute: 30 calls span 6 of the clock's minutes (5 turns).
    expect(clock.now() - started).toBeGreaterThanOrEqual(5 * 60_000);
  });

  it("a burst of 30 concurrent calls at 5/min gets no 429 either", async () => {
    const { client, emulator } = await startApi({
      emulator: { rateLimits: { spend: 5 } },
      client: { pacing: { spend: 5 } },
    });
    const pages = await Promise.all(
      Array.from({ length: BURST }, () => client.reader.listSpend({ pageSize: 1 })),
    );
    expect(pages).toHaveLength(BURST);
    const counts = requestCounts(emulator);
    expect(counts.byEndpoint.spend).toBe(BURST);
    expect(counts.tooMany).toBe(0);
  });

  it("paces each endpoint on its own: a slow endpoint does not hold up another", async () => {
    // The server allows one more than the client paces to: with both lanes moving the shared
    // clock, a request's arrival can lag its start, and this keeps the test about lanes.
    const { client, emulator, events } = await startApi({
      emulator: { rateLimits: { spend: 3 } },
      client: { pacing: { spend: 2 } },
    });
    await Promise.all([
      ...Array.from({ length: 6 }, () => client.reader.listSpend({ pageSize: 1 })),
      ...Array.from({ length: 6 }, () => client.reader.listMembers()),
    ]);
    expect(requestCounts(emulator).tooMany).toBe(0);
    const waits = (endpoint: string) =>
      events.filter((e) => e.endpoint === endpoint).map((e) => e.waitedMs);
    // Members fit their own budget (19 a minute) and never waited; spend waited for its window.
    expect(Math.max(...waits("members"))).toBe(0);
    expect(Math.max(...waits("spend"))).toBeGreaterThan(0);
    expect(waits("members")).toHaveLength(6);
  });

  it("default pacing keeps a full live-state read and 60 spend-limit writes under the documented limits", async () => {
    const { client, emulator } = await startApi();
    await readLiveState(client.reader);
    const members = (await client.reader.listMembers()).filter((m) => !m.isRemoved);
    for (const member of members.slice(0, 30)) {
      await client.writer.setUserSpendLimit(member.email, 100);
      await client.writer.setUserSpendLimit(member.email, 200);
    }
    expect(requestCounts(emulator).byEndpoint.userSpendLimit).toBe(60);
    expect(requestCounts(emulator).tooMany).toBe(0);
  });
});

describe('pacing "off"', () => {
  it("meets 429s from the server and still completes every call by retrying", async () => {
    const { client, emulator, events } = await startApi({
      emulator: { rateLimits: { spend: 5 } },
      client: { pacing: "off" },
    });
    for (let i = 0; i < BURST; i++) await client.reader.listSpend({ pageSize: 1 });
    const counts = requestCounts(emulator);
    expect(counts.tooMany).toBeGreaterThan(0);
    // Every call got its answer in the end.
    expect(emulator.requests().filter((r) => r.status === 200)).toHaveLength(BURST);
    // The client saw exactly the 429s the server sent, and retried each of them.
    const retried = events.filter((e) => e.status === 429);
    expect(retried).toHaveLength(counts.tooMany);
    expect(retried.every((e) => e.retryInMs !== undefined)).toBe(true);
  });

  it("honours Retry-After when the server sends it, waiting exactly until the window resets", async () => {
    const { client, emulator, clock } = await startApi({
      emulator: { rateLimits: { spend: 5 }, retryAfterHeader: true },
      client: { pacing: "off" },
    });
    for (let i = 0; i < 12; i++) await client.reader.listSpend({ pageSize: 1 });
    // Two windows were full: the client waited for each reset instead of knocking repeatedly.
    expect(requestCounts(emulator).tooMany).toBe(2);
    expect(clock.sleeps).toEqual([60_000, 60_000]);
  });

  it("gives up with RateLimitedError when 429s do not stop", async () => {
    const { client, emulator, clock } = await startApi({
      emulator: { faults: { members: { burst429: 100 } } },
      client: { pacing: "off", retry: { maxAttempts: 4 } },
    });
    const error = await rejectionOf(client.reader.listMembers());
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.message).toContain(
      "GET /teams/members was still rate limited (429) after 4 attempts",
    );
    expect(error.message).toContain("wait a minute and run again");
    expect(emulator.requests()).toHaveLength(4);
    // 1 s, 2 s, then a full minute before the last try so that it lands in a fresh window.
    expect(clock.sleeps).toEqual([1000, 2000, 60_000]);
  });
});
