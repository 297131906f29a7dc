// Test helpers around the Admin API emulator: start one per test (or one per file) and have it
// closed for you, build the Basic auth header, make raw API calls over real HTTP, and hear each
// request arrive (so that a test waits on requests as events instead of polling the log).
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { IncomingMessage, Server } from "node:http";
import { request } from "undici";
import { afterAll, beforeAll, beforeEach, onTestFinished } from "vitest";
import type { EndpointId } from "../../src/api/endpoints.js";

import { matchRoute } from "../../src/emulator/handlers/index.js";
import {
  DEFAULT_SETTINGS,
  DEMO_ADMIN_KEY,
  type Emulator,
  type EmulatorOptions,
  type EmulatorState,
  startEmulator,
} from "../../src/emulator/index.js";

export { DEMO_ADMIN_KEY, DEMO_READ_ONLY_KEY } from "../../src/emulator/index.js";

/**
 * Starts an emulator for the current test and closes it when the test finishes.
 * Call it inside a test (`const emu = await withEmulator({ shape: "legacy" })`).
 */
export async function withEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await startEmulator(options);
  onTestFinished(() => emulator.close());
  return emulator;
}

/**
 * One emulator for a whole describe block or file: started in beforeAll, closed in afterAll.
 * Before each test its state, settings, request log and rate-limit windows are reset to what
 * `options` gave, so tests stay independent without paying for a new server each time (a shared
 * ManualClock is not reset: it only moves forward). Returns a getter.
 */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  let initial: EmulatorState | undefined;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    initial = emulator.getState();
  });
  afterAll(() => emulator?.close());
  beforeEach(() => {
    if (!emulator || !initial) return;
    emulator.setState(initial);
    emulator.configure({
      shape: options.shape ?? DEFAULT_SETTINGS.shape,
      legacyLimitField: options.legacyLimitField ?? DEFAULT_SETTINGS.legacyLimitField,
      rateLimits: options.rateLimits ?? DEFAULT_SETTINGS.rateLimits,
      retryAfterHeader: options.retryAfterHeader ?? DEFAULT_SETTINGS.retryAfterHeader,
      faults: options.faults ?? DEFAULT_SETTINGS.faults,
      maxSpendPageSize: options.maxSpendPageSize ?? DEFAULT_SETTINGS.maxSpendPageSize,
      outcomeErrorStatus: options.outcomeErrorStatus ?? DEFAULT_SETTINGS.outcomeErrorStatus,
      upsertResponse: options.upsertResponse ?? DEFAULT_SETTINGS.upsertResponse,
      effectiveLimitRule: options.effectiveLimitRule ?? DEFAULT_SETTINGS.effectiveLimitRule,
      tooManyRequests: options.tooManyRequests ?? DEFAULT_SETTINGS.tooManyRequests,
      scimRefusalStatus: options.scimRefusalStatus ?? DEFAULT_SETTINGS.scimRefusalStatus,
      duplicateGroupNameStatus:
        options.duplicateGroupNameStatus ?? DEFAULT_SETTINGS.duplicateGroupNameStatus,
    });
    emulator.clearRequests();
    emulator.resetRateLimits();
  });
  return () => {
    if (!emulator) throw new Error("useEmulator(): the emulator is only available inside tests");
    return emulator;
  };
}

/** The Admin API's auth header for `key`: `{ authorization: "Basic base64(KEY:)" }`. */
function basicAuth(key: string): { authorization: string } {
  return { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` };
}

interface ApiResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body parsed as JSON; undefined when it is empty or not JSON. */
  readonly json: unknown;
}

/**
 * One raw API call over HTTP. `key` defaults to the demo admin key; pass `null` for no
 * Authorization header. `body` is sent as JSON (a string is sent as it is).
 */
export async function callApi(
  emulator: Pick<Emulator, "url">,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  options: { key?: string | null; body?: unknown; signal?: AbortSignal } = {},
): Promise<ApiResult> {
  const key = options.key === undefined ? DEMO_ADMIN_KEY : options.key;
  const headers: Record<string, string> = key === null ? {} : basicAuth(key);
  let payload: string | undefined;
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    payload = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  const response = await request(`${emulator.url}${path}`, {
    method,
    headers,
    body: payload,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, text, json };
}

/**
 * Calls `listener` as each request reaches `emulator`, before the emulator handles it (so a
 * listener may still reconfigure it for that request), with the endpoint it is for (null for a
 * control call or an unknown path) and the request itself (its headers). From Node's
 * `http.server.request.start` diagnostics channel, which fires for every server in this process;
 * requests to other servers are left out. Returns a function that stops listening.
 */
export function onRequestArrival(
  emulator: Pick<Emulator, "url">,
  listener: (endpoint: EndpointId | null, request: IncomingMessage) => void,
): () => void {
  const port = Number(new URL(emulator.url).port);
  const onStart = (message: unknown) => {
    if (typeof message !== "object" || message === null) return;
    if (!("request" in message && message.request instanceof IncomingMessage)) return;
    if (!("server" in message && message.server instanceof Server)) return;
    const address = message.server.address();
    if (address === null || typeof address === "string" || address.port !== port) return;
    const { method = "GET", url = "/" } = message.request;
    const route = matchRoute(method, new URL(url, "http://emulator.invalid").pathname);
    listener(route?.endpoint ?? null, message.request);
  };
  subscribe("http.server.request.start", onStart);
  return () => {
    unsubscribe("http.server.request.start", onStart);
  };
}
