// Faults injected by the emulator: server errors, dropped connections, malformed bodies, hung
// requests, and a closed port. Reads survive transient faults; the rest end in a classified error.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY } from "../../src/api/backoff.js";
import { createAdminClient } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import { NetworkError, NotFoundError, ProtocolError, ServerError } from "../../src/api/errors.js";
import { AdminHttp } from "../../src/api/http.js";
import { EndpointLimiter } from "../../src/api/limiter.js";
import { readLiveState } from "../../src/api/live-state.js";
import { parseSpendPage } from "../../src/api/parse.js";
import { startEmulator } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { DEMO_ADMIN_KEY, withEmulator } from "../helpers/emulator.js";
import { rejectionOf, startApi } from "./support.js";

describe("transient faults", () => {
  it("readLiveState succeeds through 30 % server errors and 10 % dropped connections", async () => {
    const clean = await startApi();
    const expected = await readLiveState(clean.client.reader);

    // The three reads overlap, so which request meets which seeded fault varies from run to
    // run; 10 attempts make 10 faults in a row (0.4^10, about 1 in 10 000) too rare to flake.
    const { client, emulator, events } = await startApi({
      emulator: { faults: { "*": { errorRate: 0.3, dropRate: 0.1 } }, seed: 2 },
      client: { retry: { maxAttempts: 10 } },
    });
    // Several reads, so that the run meets both kinds of fault whatever the seed draws.
    for (let i = 0; i < 3; i++) {
      expect(await readLiveState(client.reader)).toEqual(expected);
    }
    const faults = emulator.requests().map((r) => r.fault);
    expect(faults).toContain("error");
    expect(faults).toContain("drop");
    expect(events.some((e) => e.error !== undefined && e.retryInMs !== undefined)).toBe(true);
    expect(events.some((e) => (e.status ?? 0) >= 500 && e.retryInMs !== undefined)).toBe(true);
  });

  it("a write is retried through a server error and lands once", async () => {
    const { client, emulator } = await startApi({
      emulator: { faults: { userSpendLimit: { errorRate: 0.5 } }, seed: 3 },
    });
    for (const dollars of [10, 20, 30, 40, 50, 60]) {
      await client.writer.setUserSpendLimit("alan.turing@acme.example", dollars);
    }
    const writes = emulator.requests().filter((r) => r.endpoint === "userSpendLimit");
    expect(writes.some((r) => r.fault === "error")).toBe(true);
    expect(writes.filter((r) => r.status === 200)).toHaveLength(6);
    const alan = emulator.getState().members.find((m) => m.email === "alan.turing@acme.example");
    expect(alan?.monthlyLimitDollars).toBe(60);
  });

  it("gives up with ServerError after the documented backoff when errors persist", async () => {
    const { client, emulator, events } = await startApi({
      emulator: { faults: { blocklists: { errorRate: 1 } } },
    });
    const error = await rejectionOf(client.reader.listBlocklists());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(
      /^GET \/settings\/repo-blocklists\/repos failed with a server error \(50[023]/,
    );
    expect(error.message).toContain("after 6 attempts");
    expect(error.message).toContain("run again later");
    expect(emulator.requests()).toHaveLength(6);
    // The documented schedule (jitter off); pacing may add to a wait, never shorten it.
    expect(events.map((e) => e.retryInMs)).toEqual([1000, 2000, 4000, 8000, 16000, undefined]);
  });
});

describe("DELETE retried after a lost answer", () => {
  it('reports "already-gone" when the retry finds the blocklist deleted by the first attempt', async () => {
    let emulatorRef: Awaited<ReturnType<typeof startApi>>["emulator"] | undefined;
    const { client, emulator } = await startApi({
      emulator: { faults: { blocklistDelete: { errorRate: 1 } } },
      client: {
        // The first attempt's 5xx stands for "the backend deleted it, the gateway lost the
        // answer": do the deletion server-side, then let the retry through.
        onRequest: (event) => {
          if (event.endpoint !== "blocklistDelete" || event.attempt !== 1 || !emulatorRef) return;
          const state = emulatorRef.getState();
          emulatorRef.setState({
            ...state,
            blocklists: state.blocklists.filter((b) => b.id !== "repo_payments01"),
          });
          emulatorRef.configure({ faults: {} });
        },
      },
    });
    emulatorRef = emulator;
    expect(await client.writer.deleteBlocklist("repo_payments01")).toBe("already-gone");
    expect(emulator.requests().map((r) => r.status)).toEqual([expect.any(Number), 404]);
  });

  it("a 404 after 429s only is still NotFoundError: a 429 never deletes anything", async () => {
    const { client, emulator } = await startApi({
      emulator: { faults: { blocklistDelete: { burst429: 2 } } },
    });
    const error = await rejectionOf(client.writer.deleteBlocklist("repo_nothere"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(emulator.requests().map((r) => r.status)).toEqual([429, 429, 404]);
  });
});

describe("broken answers", () => {
  it("a malformed body is a ProtocolError naming the call, not a crash", async () => {
    const { client } = await startApi({
      emulator: { faults: { members: { malformedRate: 1 } }, seed: 1 },
    });
    for (let i = 0; i < 4; i++) {
      const error = await rejectionOf(client.reader.listMembers());
      expect(error).toBeInstanceOf(ProtocolError);
      expect(error).not.toBeInstanceOf(TypeError);
      // A malformed answer can be an HTML error page: described as one, shown as text.
      expect(error.message).toMatch(
        /^GET \/teams\/members: expected a JSON body, got (?:an HTML page )?"/,
      );
      expect(error.message).toContain("base URL");
    }
  });

  it("a body of the wrong shape is a ProtocolError naming the endpoint and the field path", async () => {
    // The emulator only serves valid states, so check the request path's boundary with a
    // parser that expects another endpoint's body: the members list is not a spend report.
    const clock = new ManualClock();
    const emulator = await withEmulator({ clock });
    const http = new AdminHttp({
      baseUrl: new URL(emulator.url),
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      random: () => 0,
      logger: silentLogger,
      retry: DEFAULT_RETRY,
      limiter: new EndpointLimiter(clock, "on"),
      timeoutMs: 5_000,
      userAgent: "test",
    });
    const error = await rejectionOf(http.call({ endpoint: "members", parse: parseSpendPage }));
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.message).toMatch(
      /^GET \/teams\/members: teamMemberSpend: expected an array, got nothing/,
    );
    expect(error instanceof ProtocolError && error.fieldPath).toBe("teamMemberSpend");
    // Not retried: the same request would get the same body.
    expect(emulator.requests()).toHaveLength(1);
  });

  it("a request that never answers times out, is retried, and ends in NetworkError", async () => {
    const { client, emulator } = await startApi({
      emulator: { faults: { members: { hangRate: 1 } } },
      client: { timeoutMs: 50, retry: { maxAttempts: 3 } },
    });
    const error = await rejectionOf(client.reader.listMembers());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain("GET /teams/members could not reach");
    expect(error.message).toContain(emulator.url);
    expect(error.message).toContain("no complete answer within 50 ms");
    expect(error.message).toContain("CURSOR_API_BASE_URL or --base-url");
    expect(emulator.requests()).toHaveLength(3);
  });

  it("a closed port ends in NetworkError naming the base URL, after two quick retries", async () => {
    const clock = new ManualClock();
    const emulator = await startEmulator({ clock });
    const url = emulator.url;
    await emulator.close();
    const client = createAdminClient({
      baseUrl: url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      random: () => 0,
    });
    const error = await rejectionOf(client.reader.listMembers());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain(`could not reach ${url} after 3 attempts (`);
    expect(error.message).toContain("ECONNREFUSED: connection refused");
    expect(error instanceof NetworkError && error.attempts).toBe(3);
    // A wrong base URL is reported within a second, not after the minute of back-off a
    // server error gets.
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it("a server that has answered and then refuses gets the full retries: a blip, not a wrong URL", async () => {
    const clock = new ManualClock();
    const emulator = await startEmulator({ clock });
    const client = createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(DEMO_ADMIN_KEY),
      clock,
      random: () => 0,
    });
    await client.reader.listMembers();
    await emulator.close();
    const error = await rejectionOf(client.reader.listMembers());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error instanceof NetworkError && error.attempts).toBe(6);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16000]);
  });
});
