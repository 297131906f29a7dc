// The HTTP plumbing: reads a request, applies faults, auth, scope and rate limits in that order,
// hands the request to its pure handler, records it, persists a changed state, and answers.
// The control surface (/__emulator/...) is separate: loopback-only, unauthenticated, never
// faulted, rate limited or logged.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ENDPOINTS, type EndpointId } from "../api/endpoints.js";
import { type Clock, systemClock } from "../shared/clock.js";
import {
  type ActResult,
  type CheckedChange,
  type OutOfBandChange,
  parseOutOfBandChange,
} from "./act.js";
import { type Credentials, identify, type KeyScopeSeen } from "./auth.js";
import { DEFAULT_SETTINGS, parseSettingsPatch } from "./config.js";
import { demoTeamState } from "./demo.js";
import { EmulatorConfigError, EmulatorStateError } from "./errors.js";
import {
  BurstCounters,
  errorBody,
  type FaultDecision,
  faultSpecFor,
  malformedBody,
  sampleFault,
} from "./faults.js";
import { type ApiResponse, handle, matchRoute, routeAvailable } from "./handlers/index.js";
import { readStateFile, writeStateFile } from "./persist.js";
import { seededRandom } from "./prng.js";
import { RateLimiter, rateLimitFor, secondsUntilReset } from "./rate-limit.js";
import { type Actor, apiKeyActor, setTeamLimit } from "./state.js";
import { parseEmulatorState } from "./state-format.js";
import type {
  ApiKeyState,
  EffectiveLimitRule,
  EmulatorSettings,
  EmulatorState,
  FaultConfig,
  LegacyLimitField,
  RateLimitConfig,
  ShapeName,
  TooManyRequestsStyle,
  UpsertResponse,
} from "./types.js";

export interface EmulatorOptions {
  /** Initial state (default: the demo team, see demoTeamState()). Ignored when stateFile exists. */
  state?: EmulatorState;
  /** Load from / persist to this JSON file (atomically). A missing file is created from `state`. */
  stateFile?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Response shapes, default "current". */
  shape?: ShapeName;
  /** The legacy spelling of the limit field, default hardLimitOverrideDollars. */
  legacyLimitField?: LegacyLimitField;
  /** Per-minute limits per endpoint (null = unlimited) or "off"; unnamed endpoints keep the documented default. */
  rateLimits?: RateLimitConfig;
  /** Send Retry-After (seconds until the window resets) with 429s; default false (undocumented). */
  retryAfterHeader?: boolean;
  /** Per-endpoint fault injection. */
  faults?: FaultConfig;
  /** Extra admin keys, kept in memory only (never written to the state file). */
  adminKeys?: string[];
  /** Extra read-only keys, kept in memory only. */
  readOnlyKeys?: string[];
  /** Rate windows, audit timestamps and the request log read time here (default systemClock). */
  clock?: Clock;
  /** Fault sampling (default: a PRNG seeded with `seed`). */
  random?: () => number;
  /** Seed of the default fault-sampling PRNG (default 1). */
  seed?: number;
  /** Largest pageSize honoured by /teams/spend (default 500). */
  maxSpendPageSize?: number;
  /** Status sent with `{"outcome":"error"}` bodies of /teams/user-spend-limit (default 400). */
  outcomeErrorStatus?: 200 | 400;
  /** Whether the upsert returns only the repos sent (default) or every repo. */
  upsertResponse?: UpsertResponse;
  /** How effectivePerUserLimitDollars combines own, group and team limits (default highest-applicable). */
  effectiveLimitRule?: EffectiveLimitRule;
  /** The 429 answer: "older" body (default) or the 2026 `{code, message}` with `Retry-After: 60`. */
  tooManyRequests?: TooManyRequestsStyle;
  /** Status refusing an API write to a SCIM-synced group (default 403). */
  scimRefusalStatus?: 400 | 403;
  /** Status refusing a group name already in use (default 409). */
  duplicateGroupNameStatus?: 400 | 409;
}

export interface RequestLogEntry {
  /** 1, 2, ... in order of arrival. */
  seq: number;
  /** The emulator clock's time on arrival. */
  time: number;
  method: string;
  /** Path and query string. */
  path: string;
  endpoint: EndpointId | null;
  /** The status sent; 0 when no answer was sent (a dropped or hung request, or one still in progress). */
  status: number;
  keyScope: KeyScopeSeen;
  /** The parsed JSON body (the raw text when it was not JSON); absent when empty. */
  body?: unknown;
  /** The fault that shaped the answer: error, drop, malformed, hang, burst429, or latency alone. */
  fault?: string;
}

/** The settings configure() and PATCH /__emulator/config can change. */
export type EmulatorConfigPatch = Partial<
  Pick<
    EmulatorOptions,
    | "shape"
    | "legacyLimitField"
    | "rateLimits"
    | "retryAfterHeader"
    | "faults"
    | "maxSpendPageSize"
    | "outcomeErrorStatus"
    | "upsertResponse"
    | "effectiveLimitRule"
    | "tooManyRequests"
    | "scimRefusalStatus"
    | "duplicateGroupNameStatus"
  >
>;

export interface Emulator {
  /** e.g. http://127.0.0.1:43817 (no trailing slash). */
  readonly url: string;
  close(): Promise<void>;
  /** A copy of the request log, in order of arrival (control-surface calls are not logged). */
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** A deep copy of the state. */
  getState(): EmulatorState;
  /** Replaces the state (checked first; persisted when there is a state file). */
  setState(state: EmulatorState): void;
  /** Changes settings while running; throws EmulatorConfigError on a bad value. */
  configure(patch: EmulatorConfigPatch): void;
  /** Forgets the requests counted in the current rate-limit windows (for tests sharing one emulator). */
  resetRateLimits(): void;
  /**
   * Makes a change "as" someone else — an admin in the dashboard, the identity provider — at a
   * given time, recorded in the audit log under that identity (see act.ts). Not logged as a
   * request, never faulted or rate limited. Throws EmulatorConfigError on a malformed change.
   */
  act(change: OutOfBandChange): ActResult;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const CONTROL_PREFIX = "/__emulator";

const UNAUTHORIZED: ApiResponse = {
  status: 401,
  body: { error: "Unauthorized", message: "Invalid API key" },
};
const FORBIDDEN: ApiResponse = {
  status: 403,
  body: {
    error: "Forbidden",
    message: "This API key is read-only; this endpoint requires an admin API key",
  },
};
const TOO_MANY_REQUESTS: Readonly<Record<TooManyRequestsStyle, unknown>> = {
  older: { error: "Too Many Requests", message: "Rate limit exceeded. Please try again later." },
  "2026": { code: "error", message: "Rate limit exceeded" },
};
/** The 2026 docs: every 429 carries `Retry-After: 60`, wherever the window is. */
const RETRY_AFTER_2026_SECONDS = 60;

function extraKeys(options: EmulatorOptions): ApiKeyState[] {
  const keys: ApiKeyState[] = [];
  const add = (list: string[] | undefined, scope: ApiKeyState["scope"], label: string) => {
    for (const [index, key] of (list ?? []).entries()) {
      if (typeof key !== "string" || key.trim() === "") {
        throw new EmulatorConfigError(`${label}[${index}] must be a non-empty string`);
      }
      keys.push({ key: key.trim(), scope, name: `${label} #${index + 1}` });
    }
  };
  add(options.adminKeys, "admin", "adminKeys");
  add(options.readOnlyKeys, "read-only", "readOnlyKeys");
  return keys;
}

function initialState(options: EmulatorOptions, clock: Clock): EmulatorState {
  if (options.stateFile !== undefined) {
    const stored = readStateFile(options.stateFile);
    if (stored) return stored;
  }
  const state =
    options.state === undefined
      ? demoTeamState({ now: clock.now() })
      : parseEmulatorState(options.state, "options.state");
  if (options.stateFile !== undefined) writeStateFile(options.stateFile, state);
  return state;
}

function urlOf(address: AddressInfo): string {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === "::1" || /^(::ffff:)?127\./.test(address);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(text),
      ...headers,
    })
    .end(text);
}

function sendText(res: ServerResponse, status: number, contentType: string, text: string): void {
  res
    .writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) })
    .end(text);
}

class BodyTooLarge extends Error {}

/** Reads the whole body; past MAX_BODY_BYTES it keeps draining (so a 413 can be sent) and rejects. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) reject(new BodyTooLarge());
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

/** The body as JSON; when it is not JSON, `value` is the raw text (for the request log). */
interface ParsedBody {
  readonly ok: boolean;
  readonly value: unknown;
}

function parseBody(text: string): ParsedBody {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: text };
  }
}

class EmulatorServer implements Emulator {
  url = "";
  readonly #server: Server;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #stateFile: string | undefined;
  readonly #extraKeys: ApiKeyState[];
  #limiter: RateLimiter;
  readonly #bursts = new BurstCounters();
  readonly #timers = new Set<NodeJS.Timeout>();
  #settings: EmulatorSettings;
  #state: EmulatorState;
  #log: RequestLogEntry[] = [];
  #seq = 0;
  #closed = false;

  constructor(options: EmulatorOptions) {
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? seededRandom(options.seed ?? 1);
    this.#stateFile = options.stateFile;
    this.#settings = {
      ...DEFAULT_SETTINGS,
      ...parseSettingsPatch(
        {
          shape: options.shape,
          legacyLimitField: options.legacyLimitField,
          rateLimits: options.rateLimits,
          retryAfterHeader: options.retryAfterHeader,
          faults: options.faults,
          maxSpendPageSize: options.maxSpendPageSize,
          outcomeErrorStatus: options.outcomeErrorStatus,
          upsertResponse: options.upsertResponse,
          effectiveLimitRule: options.effectiveLimitRule,
          tooManyRequests: options.tooManyRequests,
          scimRefusalStatus: options.scimRefusalStatus,
          duplicateGroupNameStatus: options.duplicateGroupNameStatus,
        },
        "emulator options",
      ),
    };
    this.#bursts.reset(this.#settings.faults);
    this.#extraKeys = extraKeys(options);
    this.#limiter = new RateLimiter(this.#clock);
    this.#state = initialState(options, this.#clock);
    this.#server = createServer((req, res) => {
      this.#onRequest(req, res).catch((error: unknown) => this.#internalError(res, error));
    });
  }

  listen(host: string, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) =>
        reject(
          new EmulatorConfigError(
            `the emulator cannot listen on ${host}:${port}: ${error.message}`,
            {
              hint: "choose another --port (0 picks a free one) or --host",
              cause: error,
            },
          ),
        );
      this.#server.once("error", onError);
      this.#server.listen(port, host, () => {
        this.#server.off("error", onError);
        const address = this.#server.address();
        if (address === null || typeof address === "string") {
          reject(new EmulatorConfigError(`the emulator is not listening on TCP (${address})`));
          return;
        }
        this.url = urlOf(address);
        resolve();
      });
    });
  }

  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      // Hung and keep-alive connections would otherwise hold close() open forever.
      this.#server.closeAllConnections();
    });
  }

  requests(): RequestLogEntry[] {
    return structuredClone(this.#log);
  }

  clearRequests(): void {
    this.#log = [];
  }

  getState(): EmulatorState {
    return structuredClone(this.#state);
  }

  setState(state: EmulatorState): void {
    this.#commit(parseEmulatorState(state, "setState()"));
  }

  configure(patch: EmulatorConfigPatch): void {
    const parsed = parseSettingsPatch(patch, "configure()");
    this.#settings = { ...this.#settings, ...parsed };
    if (parsed.faults !== undefined) this.#bursts.reset(parsed.faults);
  }

  resetRateLimits(): void {
    this.#limiter = new RateLimiter(this.#clock);
  }

  settings(): EmulatorSettings {
    return structuredClone(this.#settings);
  }

  act(change: OutOfBandChange): ActResult {
    return this.#act(parseOutOfBandChange(change, "act()"));
  }

  #act(checked: CheckedChange): ActResult {
    const now = checked.at ?? this.#clock.now();
    const actor: Actor = {
      userEmail: checked.actor,
      applicationType: checked.applicationType,
      ...(checked.ipAddress === undefined ? {} : { ip: checked.ipAddress }),
    };
    if (checked.change.kind === "team-limit") {
      this.#commit(setTeamLimit(this.#state, checked.change.dollars, { now, actor }).state);
      return { status: 200, body: { teamLimitDollars: checked.change.dollars } };
    }
    const { method, path, body } = checked.change.request;
    const url = new URL(path, "http://emulator.invalid");
    const route = matchRoute(method, url.pathname);
    if (!route || !routeAvailable(route.endpoint, this.#state, this.#settings)) {
      return {
        status: 404,
        body: { error: "Not Found", message: `No such endpoint: ${method} ${url.pathname}` },
      };
    }
    const output = handle({
      endpoint: route.endpoint,
      state: this.#state,
      settings: this.#settings,
      now,
      actor,
      body,
      query: url.searchParams,
      params: route.params,
    });
    if (output.state) this.#commit(output.state);
    return output.response;
  }

  /** Makes `state` current, writing the state file first so memory never runs ahead of disk. */
  #commit(state: EmulatorState): void {
    if (this.#stateFile !== undefined) writeStateFile(this.#stateFile, state);
    this.#state = state;
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
      await this.#onControl(req, res, url);
      return;
    }
    const method = req.method ?? "GET";
    const route = matchRoute(method, url.pathname);
    const credentials = identify(req.headers.authorization, [
      ...this.#extraKeys,
      ...this.#state.apiKeys,
    ]);
    const entry = this.#logArrival(method, url, route?.endpoint ?? null, credentials.scope);
    const reply = (response: ApiResponse, headers?: Record<string, string>) => {
      entry.status = response.status;
      sendJson(res, response.status, response.body, headers);
    };

    const body = await readBody(req).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) return undefined;
      throw error;
    });
    if (body === undefined) {
      reply({
        status: 413,
        body: { error: "Payload Too Large", message: "Request body over 10 MB" },
      });
      return;
    }
    const parsed = parseBody(body);
    if (parsed.value !== undefined) entry.body = parsed.value;
    if (!route) {
      reply({
        status: 404,
        body: { error: "Not Found", message: `No such endpoint: ${method} ${url.pathname}` },
      });
      return;
    }

    if (!routeAvailable(route.endpoint, this.#state, this.#settings)) {
      // The older API (or a team without the feature) has no such route: an unknown path.
      reply({
        status: 404,
        body: { error: "Not Found", message: `No such endpoint: ${method} ${url.pathname}` },
      });
      return;
    }
    const fault = await this.#injectFault(route.endpoint, req, res, entry);
    if (fault === "answered") return;
    const refusal = this.#gate(route.endpoint, credentials, parsed);
    if (refusal) {
      reply(refusal.response, refusal.headers);
      return;
    }
    const output = handle({
      endpoint: route.endpoint,
      state: this.#state,
      settings: this.#settings,
      now: this.#clock.now(),
      actor: apiKeyActor(
        credentials.key?.name ?? `${credentials.scope} key`,
        req.socket.remoteAddress,
      ),
      body: parsed.value,
      query: url.searchParams,
      params: route.params,
    });
    if (output.state) this.#commit(output.state);
    if (fault.kind === "malformed") {
      entry.fault = "malformed";
      entry.status = 200;
      const real = output.response.body === undefined ? "" : JSON.stringify(output.response.body);
      sendText(res, 200, "application/json; charset=utf-8", malformedBody(real, fault.variant));
      return;
    }
    reply(output.response);
  }

  #logArrival(
    method: string,
    url: URL,
    endpoint: EndpointId | null,
    keyScope: KeyScopeSeen,
  ): RequestLogEntry {
    const entry: RequestLogEntry = {
      seq: ++this.#seq,
      time: this.#clock.now(),
      method,
      path: `${url.pathname}${url.search}`,
      endpoint,
      status: 0,
      keyScope,
    };
    this.#log.push(entry);
    return entry;
  }

  /**
   * Applies this request's faults (they model the network and the infrastructure in front of
   * the API, so they come before auth). Returns "answered" when the fault already decided the
   * outcome; otherwise the decision, which may still be "malformed" (applied to the answer).
   */
  async #injectFault(
    endpoint: EndpointId,
    req: IncomingMessage,
    res: ServerResponse,
    entry: RequestLogEntry,
  ): Promise<"answered" | FaultDecision> {
    const spec = faultSpecFor(this.#settings.faults, endpoint);
    if (spec.latencyMs) {
      entry.fault = "latency";
      await this.#delay(spec.latencyMs);
      if (this.#closed) return "answered";
    }
    if (this.#bursts.take(endpoint)) {
      entry.fault = "burst429";
      entry.status = 429;
      sendJson(res, 429, TOO_MANY_REQUESTS[this.#settings.tooManyRequests], this.#retryAfter());
      return "answered";
    }
    const fault = sampleFault(spec, this.#random);
    switch (fault.kind) {
      case "error": {
        const { contentType, text } = errorBody(fault.status);
        entry.fault = "error";
        entry.status = fault.status;
        sendText(res, fault.status, contentType, text);
        return "answered";
      }
      case "drop":
        entry.fault = "drop";
        req.socket.destroy();
        return "answered";
      case "hang":
        // Never answered: the connection stays open until the client gives up or close().
        entry.fault = "hang";
        return "answered";
      default:
        return fault;
    }
  }

  /** Auth (401), scope (403), rate limit (429) and a JSON body (400), in that order. */
  #gate(
    endpoint: EndpointId,
    credentials: Credentials,
    parsed: ParsedBody,
  ): { response: ApiResponse; headers?: Record<string, string> } | undefined {
    if (!credentials.key) return { response: UNAUTHORIZED };
    if (ENDPOINTS[endpoint].write && credentials.key.scope !== "admin") {
      return { response: FORBIDDEN };
    }
    const limit = rateLimitFor(endpoint, this.#settings.rateLimits, this.#settings.shape);
    if (!this.#limiter.take(endpoint, limit).allowed) {
      return {
        response: { status: 429, body: TOO_MANY_REQUESTS[this.#settings.tooManyRequests] },
        headers: this.#retryAfter(),
      };
    }
    if (!parsed.ok) {
      return {
        response: {
          status: 400,
          body: { error: "Bad Request", message: "Request body is not valid JSON" },
        },
      };
    }
    return undefined;
  }

  #retryAfter(): Record<string, string> {
    if (this.#settings.tooManyRequests === "2026") {
      return { "retry-after": String(RETRY_AFTER_2026_SECONDS) };
    }
    if (!this.#settings.retryAfterHeader) return {};
    return { "retry-after": String(secondsUntilReset(this.#clock.now())) };
  }

  /** Real time on purpose: latency exists to exercise the client's wall-clock timeouts. */
  #delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.add(timer);
    });
  }

  async #onControl(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress)) {
      sendJson(res, 404, { error: "Not Found", message: "No such endpoint" });
      return;
    }
    const text = await readBody(req);
    const route = `${req.method ?? "GET"} ${url.pathname.replace(/\/+$/, "")}`;
    const readJson = (): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        throw new EmulatorConfigError("the request body is not valid JSON");
      }
    };
    try {
      switch (route) {
        case "GET /__emulator/requests":
          sendJson(res, 200, { requests: this.requests() });
          return;
        case "DELETE /__emulator/requests":
          this.clearRequests();
          sendJson(res, 204, undefined);
          return;
        case "GET /__emulator/state":
          sendJson(res, 200, this.#state);
          return;
        case "PUT /__emulator/state":
          this.#commit(parseEmulatorState(readJson(), "PUT /__emulator/state"));
          sendJson(res, 204, undefined);
          return;
        case "GET /__emulator/config":
          sendJson(res, 200, this.settings());
          return;
        case "PATCH /__emulator/config":
          this.configure(parseSettingsPatch(readJson(), "PATCH /__emulator/config"));
          sendJson(res, 200, this.settings());
          return;
        case "POST /__emulator/act":
          sendJson(res, 200, this.#act(parseOutOfBandChange(readJson(), "POST /__emulator/act")));
          return;
        default:
          sendJson(res, 404, {
            error: "Not Found",
            message: `No such control endpoint: ${route} (see docs/emulator.md)`,
          });
      }
    } catch (error) {
      if (!(error instanceof EmulatorStateError || error instanceof EmulatorConfigError)) {
        throw error;
      }
      sendJson(res, 400, {
        error: "Bad Request",
        message: error.message,
        ...(error instanceof EmulatorStateError ? { problems: error.problems } : {}),
      });
    }
  }

  #internalError(res: ServerResponse, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, 500, { error: "Internal Server Error", message: `emulator: ${message}` });
  }
}

/** Starts the emulator and resolves once it listens; `url` is then set. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const server = new EmulatorServer(options);
  await server.listen(options.host ?? "127.0.0.1", options.port ?? 0);
  return server;
}
