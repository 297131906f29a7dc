// A recognisable key goes through every error path; it must come out nowhere: not in the
// message, the stack, String(), JSON, util.inspect (cause chains included), events or logs.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createAdminClient } from "../../src/api/client.js";
import { ApiKey } from "../../src/api/credentials.js";
import {
  AuthError,
  NetworkError,
  PermissionError,
  ProtocolError,
  ServerError,
  ValidationError,
} from "../../src/api/errors.js";
import type { EmulatorOptions } from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { collectingLogger } from "../../src/shared/logger.js";
import { withEmulator } from "../helpers/emulator.js";
import { errorOf, rejectionOf } from "./support.js";

const SECRET = `crsr_${"SECRETSECRET".repeat(5)}SECR`;
/** What actually travels in the Authorization header. */
const SECRET_HEADER = Buffer.from(`${SECRET}:`).toString("base64");

/** Every way the error could be shown or serialised. */
function renderings(error: Error): string[] {
  const chain: unknown[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    chain.push(current);
  }
  return [
    error.message,
    error.stack ?? "",
    String(error),
    JSON.stringify(error),
    JSON.stringify(chain.map((e) => (e instanceof Error ? { ...e, message: e.message } : e))),
    inspect(error, { depth: 10, showHidden: true }),
    ...chain.map((e) => inspect(e, { depth: 10 })),
  ];
}

function expectNoSecret(texts: readonly string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("SECRETSECRET");
    expect(text).not.toContain(SECRET_HEADER);
  }
}

interface Case {
  readonly name: string;
  readonly expected: new (...args: never[]) => Error;
  readonly emulator?: Omit<EmulatorOptions, "clock">;
  /** Close the emulator first: connection refused. */
  readonly closed?: boolean;
  /** Short only where a timeout is the point: on a busy machine a real answer can take 50 ms. */
  readonly timeoutMs?: number;
  readonly call: (client: ReturnType<typeof createAdminClient>) => Promise<unknown>;
}

const CASES: readonly Case[] = [
  { name: "401 unknown key", expected: AuthError, call: (c) => c.reader.listMembers() },
  {
    name: "403 read-only key on a write",
    expected: PermissionError,
    emulator: { readOnlyKeys: [SECRET] },
    call: (c) => c.writer.setUserSpendLimit("alan.turing@acme.example", 5),
  },
  {
    name: "500 until retries run out",
    expected: ServerError,
    emulator: { adminKeys: [SECRET], faults: { members: { errorRate: 1 } } },
    call: (c) => c.reader.listMembers(),
  },
  {
    name: "connection refused",
    expected: NetworkError,
    closed: true,
    call: (c) => c.reader.listMembers(),
  },
  {
    name: "hung request (timeout)",
    expected: NetworkError,
    emulator: { adminKeys: [SECRET], faults: { blocklists: { hangRate: 1 } } },
    timeoutMs: 50,
    call: (c) => c.reader.listBlocklists(),
  },
  {
    name: "malformed body",
    expected: ProtocolError,
    emulator: { adminKeys: [SECRET], faults: { spend: { malformedRate: 1 } } },
    call: (c) => c.reader.listAllSpend(),
  },
  {
    name: "validation error",
    expected: ValidationError,
    emulator: { adminKeys: [SECRET] },
    call: (c) => c.writer.setUserSpendLimit("not-an-email", 5),
  },
];

describe("the API key never leaks", () => {
  it.each(CASES)("$name", async ({ expected, emulator: options, closed, timeoutMs, call }) => {
    const clock = new ManualClock();
    const emulator = await withEmulator({ ...options, clock });
    if (closed) await emulator.close();
    const logger = collectingLogger();
    const events: unknown[] = [];
    const client = createAdminClient({
      baseUrl: emulator.url,
      apiKey: new ApiKey(SECRET),
      clock,
      random: () => 0,
      logger,
      timeoutMs: timeoutMs ?? 10_000,
      retry: { maxAttempts: 3 },
      onRequest: (event) => events.push(event),
    });

    const error = await rejectionOf(call(client));
    expect(error).toBeInstanceOf(expected);
    expectNoSecret(renderings(error));
    expectNoSecret(logger.lines.map((line) => line.message));
    expectNoSecret([JSON.stringify(events), inspect(client, { depth: 10 })]);
    // The key did travel, in the header, where it belongs.
    if (!closed) expect(emulator.requests().length).toBeGreaterThan(0);
  });

  it("is scrubbed from a base URL someone pasted it into", () => {
    const apiKey = new ApiKey(SECRET);
    const inQuery = errorOf(() =>
      createAdminClient({ baseUrl: `https://api.cursor.com/?key=${SECRET}`, apiKey }),
    );
    expect(inQuery.message).toContain("must not have a query");
    const notAUrl = errorOf(() =>
      createAdminClient({ baseUrl: `api.cursor.com ${SECRET}`, apiKey }),
    );
    expect(notAUrl.message).toContain("is not a URL");
    expectNoSecret([...renderings(inQuery), ...renderings(notAUrl)]);
  });
});
