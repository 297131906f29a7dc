// Fuzzing the client over real HTTP: a loopback server (not the emulator: it must be able to say
// anything) answers each request with what fast-check draws — random statuses, random bytes,
// random JSON, bodies almost like the real ones, a Retry-After of any text, a dropped connection,
// a body cut short, or nothing at all. Whatever it says, every call of the real client ends in a
// value or an ApiError (a CursorPolicyError with a message for people), never another exception,
// never a hang past the client's own timeout, and never shows the API key.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AdminClient, createAdminClient } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import { ApiError } from "../../src/api/errors.js";
import { DEMO_ADMIN_KEY } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { recordFigures } from "./support.js";

const SEED = Number(process.env.FC_SEED ?? 20_261_122);
const RUNS = Number(process.env.FC_RUNS ?? 150);
/** Real time, by design: a server that never answers is only caught by the client's timeout. */
const TIMEOUT_MS = 250;

type Answer =
  | {
      readonly kind: "respond";
      readonly status: number;
      readonly retryAfter?: string;
      readonly contentType?: string;
      readonly body: string | Uint8Array;
    }
  | { readonly kind: "drop" }
  | { readonly kind: "truncate"; readonly body: string }
  | { readonly kind: "hang" };

const nearValid = fc.oneof(
  fc.record({ teamMembers: fc.array(fc.record({ email: fc.string(), role: fc.string() })) }),
  fc.record({
    teamMemberSpend: fc.array(
      fc.record({
        email: fc.emailAddress(),
        spendCents: fc.double(),
        monthlyLimitDollars: fc.option(fc.integer()),
      }),
      { maxLength: 3 },
    ),
    totalPages: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.constant(1e9), fc.double()),
    totalMembers: fc.integer({ min: -1, max: 10 }),
  }),
  fc.record({
    repos: fc.array(
      fc.record({
        id: fc.oneof(fc.string(), fc.integer()),
        url: fc.webUrl(),
        patterns: fc.array(fc.string()),
      }),
    ),
  }),
  fc.record({ outcome: fc.constantFrom("success", "error", ""), message: fc.string() }),
  fc.record({ error: fc.string(), message: fc.string(), code: fc.string() }),
  fc.record({
    events: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    pagination: fc.jsonValue({ maxDepth: 1 }),
  }),
);

const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? ""),
  nearValid.map((value) => JSON.stringify(value)),
  fc.constant(""),
);

const answer: fc.Arbitrary<Answer> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      {
        kind: fc.constant("respond" as const),
        status: fc.oneof(
          fc.constantFrom(
            200,
            201,
            204,
            301,
            302,
            400,
            401,
            403,
            404,
            408,
            413,
            422,
            429,
            500,
            502,
            503,
          ),
          fc.integer({ min: 200, max: 599 }),
        ),
        retryAfter: fc.oneof(
          fc.constantFrom(
            "0",
            "1",
            "120",
            "-3",
            "1.5",
            "Sun, 01 Nov 2026 12:00:42 GMT",
            "soon",
            "",
          ),
          fc.string({ maxLength: 12 }),
        ),
        contentType: fc.constantFrom(
          "application/json",
          "text/html",
          "text/plain",
          "application/octet-stream",
        ),
        body,
      },
      { requiredKeys: ["kind", "status", "body"] },
    ),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "drop" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("truncate" as const),
      body: fc.string({ minLength: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "hang" as const }) },
);

/** Every call the client offers, with valid arguments: what goes wrong comes from the server. */
const CALLS: Record<string, (client: AdminClient) => Promise<unknown>> = {
  listMembers: (client) => client.reader.listMembers(),
  listAllSpend: (client) => client.reader.listAllSpend(),
  listBlocklists: (client) => client.reader.listBlocklists(),
  auditLogs: (client) =>
    client.reader.auditLogs({ startTime: Date.UTC(2026, 9, 1), endTime: Date.UTC(2026, 9, 3) }),
  usageEvents: (client) => client.reader.usageEvents({ pageSize: 5 }),
  setUserSpendLimit: (client) => client.writer.setUserSpendLimit("ada@acme.example", 50),
  upsertBlocklists: (client) =>
    client.writer.upsertBlocklists([{ url: "https://github.com/acme/api", patterns: ["*.env"] }]),
  deleteBlocklist: (client) => client.writer.deleteBlocklist("repo_123"),
};

/** A server that plays back a script of answers, then answers 400 to anything further. */
class ScriptedServer {
  readonly #server: Server;
  #script: Answer[] = [];
  readonly #hung = new Set<ServerResponse>();
  url = "";
  requests = 0;

  constructor() {
    this.#server = createServer((req, res) => this.#answer(req, res));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    const address = this.#server.address();
    if (address === null || typeof address === "string") throw new Error("not listening on TCP");
    this.url = `http://127.0.0.1:${address.port}`;
  }

  play(script: readonly Answer[]): void {
    this.#script = [...script];
  }

  async stop(): Promise<void> {
    for (const res of this.#hung) res.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #answer(req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    this.requests += 1;
    const next = this.#script.shift() ?? {
      kind: "respond",
      status: 400,
      body: '{"error":"Bad Request","message":"script over"}',
    };
    switch (next.kind) {
      case "drop":
        req.socket.destroy();
        return;
      case "hang":
        this.#hung.add(res);
        res.on("close", () => this.#hung.delete(res));
        return;
      case "truncate":
        res.writeHead(200, { "content-length": String(Buffer.byteLength(next.body) + 50) });
        res.write(next.body, () => res.destroy());
        return;
      case "respond": {
        const headers: Record<string, string> = {};
        if (next.contentType) headers["content-type"] = next.contentType;
        if (next.retryAfter !== undefined && /^[\x20-\x7e]*$/.test(next.retryAfter)) {
          headers["retry-after"] = next.retryAfter;
        }
        // 204 and 304 cannot carry a body; send them empty.
        const empty = next.status === 204 || next.status === 304;
        res.writeHead(next.status, headers);
        res.end(empty ? undefined : next.body);
      }
    }
  }
}

describe("the client against a server that answers anything", () => {
  const server = new ScriptedServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const tally = { calls: 0, values: 0, apiErrors: 0, byError: {} as Record<string, number> };

  it("ends every call in a value or an ApiError, within its timeouts, never showing the key", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(CALLS)),
        fc.array(answer, { minLength: 1, maxLength: 8 }),
        async (name, script) => {
          server.play(script);
          const client = createAdminClient({
            baseUrl: server.url,
            apiKey: new ApiKey(DEMO_ADMIN_KEY),
            clock: new ManualClock(),
            logger: silentLogger,
            pacing: "off",
            retry: { maxAttempts: 3 },
            timeoutMs: TIMEOUT_MS,
            random: () => 0.5,
          });
          const call = CALLS[name];
          if (!call) throw new Error(`no call ${name}`);
          tally.calls += 1;
          try {
            await call(client);
            tally.values += 1;
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
            expect(error.message.length).toBeGreaterThan(0);
            expect(error.message).not.toContain(DEMO_ADMIN_KEY);
            expect(error.stack ?? "").not.toContain(DEMO_ADMIN_KEY);
            tally.apiErrors += 1;
            tally.byError[error.name] = (tally.byError[error.name] ?? 0) + 1;
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // The answers reached every kind of outcome, so the fuzzing explored the client.
    expect(tally.values).toBeGreaterThan(0);
    expect(Object.keys(tally.byError).length).toBeGreaterThanOrEqual(5);
    await recordFigures("fuzz-client", { ...tally, requestsAnswered: server.requests, crashes: 0 });
  }, 60_000);
});
