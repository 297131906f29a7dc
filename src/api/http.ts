// The one request path of the Admin API client. Every call goes through `AdminHttp.call`:
// build the URL and the Basic auth header, wait for the endpoint's pace, send with a timeout,
// read the whole answer, judge it (success, retry, or a classified error), and check the body
// at the boundary. Sleeping and reading the time go through the injected Clock, so tests never
// wait; only the per-request timeout uses a real timer, since it guards against real sockets.
//
// Retries: 429, 5xx, 408 and failures without an answer (refused, reset, timeout) are retried
// with exponential backoff and jitter, honouring Retry-After. Reads are safe to retry. Writes
// are too, and each write says why where it is defined (client.ts): the same spend-limit body
// or blocklist upsert leaves the same end state however often it lands, and a DELETE that
// finds nothing after an earlier attempt may have landed reports "already gone".

import { Buffer } from "node:buffer";
import { setMaxListeners } from "node:events";
import type { Dispatcher } from "undici";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { excerpt, redact } from "../shared/redact.js";
import { parseRetryAfter, type RetryPolicy, retryDelay } from "./backoff.js";
import type { ApiKey } from "./credentials.js";
import { ENDPOINTS, type Endpoint, type EndpointId, endpointPath } from "./endpoints.js";
import {
  type ApiCallContext,
  type ApiError,
  AuthError,
  NetworkError,
  NotFoundError,
  NotTeamMemberError,
  PermissionError,
  ProtocolError,
  RateLimitedError,
  ServerError,
  ValidationError,
} from "./errors.js";
import type { EndpointLimiter } from "./limiter.js";
import { readErrorBody } from "./parse.js";
import { ShapeError } from "./response-reader.js";
import { request } from "./undici.js";

/** One attempt, reported to `onRequest` (progress display, benchmarks). */
export interface RequestEvent {
  readonly endpoint: EndpointId;
  readonly method: string;
  /** The path requested (with the repo id filled in; no query string). */
  readonly path: string;
  /** 1-based. */
  readonly attempt: number;
  /** The HTTP status, when an answer arrived. */
  readonly status?: number;
  /** Why no answer arrived: "timeout", or a network error code such as ECONNREFUSED. */
  readonly error?: string;
  /** From sending to having read the whole answer (clock time). */
  readonly durationMs: number;
  /** How long pacing or a 429 back-off held the request before it was sent. */
  readonly waitedMs: number;
  /** Set when this attempt failed and will be retried after this long. */
  readonly retryInMs?: number;
}

interface CallSpec<T> {
  readonly endpoint: EndpointId;
  /** Fills `:repoId` in the path. */
  readonly repoId?: string;
  /** Fills `:groupId` in the path. */
  readonly groupId?: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** The values sent, for messages about rejected values: `userEmail "a@b", spendLimitDollars 5`. */
  readonly describe?: string;
  /** The user a spend-limit write is about, so a "not a member" error can name them. */
  readonly email?: string;
  /** Checks the body of a successful answer; throws ShapeError. */
  readonly parse: (body: unknown) => T;
  /** Returned for a 404 that follows an attempt which may already have been applied. */
  readonly goneAfterRetry?: T;
  /** What to do about a 404 (otherwise: check the base URL). */
  readonly notFoundAdvice?: string;
  /**
   * The endpoint's own reading of a final failure (after 401, before the generic 403/404/400
   * classes), e.g. "refused: managed by your identity provider"; undefined = the generic one.
   */
  readonly classify?: (context: ApiCallContext) => ApiError | undefined;
}

interface AdminHttpOptions {
  readonly baseUrl: URL;
  readonly apiKey: ApiKey;
  readonly dispatcher?: Dispatcher;
  readonly clock: Clock;
  readonly random: () => number;
  readonly logger: Logger;
  readonly retry: RetryPolicy;
  readonly limiter: EndpointLimiter;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly onRequest?: (event: RequestEvent) => void;
  readonly signal?: AbortSignal;
  /** Cancels waits (pacing, back-off) only: a request already sent is left to finish. */
  readonly stopWaiting?: AbortSignal;
}

/** What came back from one attempt. */
type Answer =
  | {
      readonly kind: "response";
      readonly status: number;
      readonly retryAfter?: string;
      readonly contentType?: string;
      readonly text: string;
    }
  | {
      readonly kind: "no-response";
      readonly reason: string;
      readonly code: string;
      readonly cause: Error;
    };

/** What to do about an answer. */
type Verdict<T> =
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "fail"; readonly error: ApiError }
  | {
      readonly kind: "retry";
      /** A 429: the whole endpoint backs off, not only this request. */
      readonly rateLimited: boolean;
      /** No connection could be made (refused, unknown host): retried only briefly. */
      readonly cannotConnect: boolean;
      readonly retryAfterMs: number | undefined;
      /** Thrown when no attempts are left. */
      readonly exhausted: (attempts: number) => ApiError;
    };

/**
 * Failures that happen before any request is sent: nothing listens there, or the host name does
 * not resolve. Before the server has ever answered, that is almost always a wrong base URL, which
 * fails like this on every attempt: retried only briefly (it used to take 40 s and 15 log lines
 * to report).
 */
const CONNECT_FAILURES: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_NONAME",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** Attempts for a connection that cannot be made: the first and two quick retries. */
const CONNECT_ATTEMPTS = 3;
/** Waits of about 0.25 and 0.5 s between them: enough for a server that is just starting. */
const CONNECT_RETRY: RetryPolicy = {
  maxAttempts: CONNECT_ATTEMPTS,
  baseDelayMs: 250,
  maxDelayMs: 1_000,
};

/** What a connection failure means, for people. */
const CONNECT_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused, nothing is listening at that address and port",
  ENOTFOUND: "the host name does not resolve (DNS lookup found nothing)",
  EAI_AGAIN: "the host name could not be resolved (DNS lookup failed)",
  EAI_NONAME: "the host name does not resolve (DNS lookup found nothing)",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  EADDRNOTAVAIL: "the address is not available",
  UND_ERR_CONNECT_TIMEOUT: "no connection within the connect timeout",
};

const NOT_MEMBER =
  /not (?:a |an )?(?:team )?member|not (?:on|in|part of) (?:the|this|your) team|user not found|no such (?:user|member)/i;

/** A network failure, stripped of everything undici attaches (sockets, request options). */
class TransportFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "TransportFailure";
  }
}

export class AdminHttp {
  readonly #options: AdminHttpOptions;
  /** The base URL as shown in messages: no credentials, no trailing slash. */
  readonly #shownBaseUrl: string;
  readonly #authorization: string;
  /** The key and its base64 form as sent in the header: neither may ever be shown. */
  readonly #secrets: readonly string[];
  /** What cancels a wait: `signal` or `stopWaiting`, whichever aborts first. */
  readonly #waitSignal: AbortSignal | undefined;
  /** The server has answered at least once: a refused connection now is a blip, not a wrong URL. */
  #reached = false;

  constructor(options: AdminHttpOptions) {
    this.#options = options;
    const waitSignals = [options.signal, options.stopWaiting].filter(
      (signal): signal is AbortSignal => signal !== undefined,
    );
    this.#waitSignal = waitSignals.length > 1 ? AbortSignal.any(waitSignals) : waitSignals[0];
    // Every request waiting in line or in flight listens to these signals: with several in flight
    // per endpoint that is more than Node's default of 10 listeners, by design and not a leak
    // (each listener is removed when its request goes or ends), so no warning is printed.
    const listened = [...waitSignals, this.#waitSignal].filter(
      (signal): signal is AbortSignal => signal !== undefined,
    );
    if (listened.length > 0) setMaxListeners(0, ...listened);
    const credentials = Buffer.from(`${options.apiKey.reveal()}:`).toString("base64");
    this.#authorization = `Basic ${credentials}`;
    this.#secrets = [options.apiKey.reveal(), credentials];
    this.#shownBaseUrl = this.scrub(`${options.baseUrl.origin}${basePath(options.baseUrl)}`);
  }

  /** Removes the key (exact value, and anything secret-looking) from text we are about to show. */
  scrub(text: string): string {
    return redact(text, this.#secrets);
  }

  async call<T>(spec: CallSpec<T>): Promise<T> {
    const endpoint = ENDPOINTS[spec.endpoint];
    const path = endpointPath(spec.endpoint, { repoId: spec.repoId, groupId: spec.groupId });
    const url = this.#url(path, spec.query);
    const payload = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    // True once an attempt may have reached the server without us seeing its answer (no
    // answer, or a 5xx part-way through): only then can a 404 on DELETE mean "we did it".
    let mayHaveApplied = false;

    try {
      for (let attempt = 1; ; attempt++) {
        const permit = await this.#options.limiter.acquire(spec.endpoint, this.#waitSignal);
        const started = this.#options.clock.now();
        let answer: Answer;
        try {
          answer = await this.#send(endpoint.method, url, payload);
        } catch (error) {
          permit.done(undefined);
          throw error;
        }
        const durationMs = this.#options.clock.now() - started;
        if (answer.kind === "response") this.#reached = true;
        const context: ApiCallContext = {
          endpoint: spec.endpoint,
          method: endpoint.method,
          path,
          attempts: attempt,
          request: spec.describe === undefined ? undefined : this.scrub(spec.describe),
        };
        let verdict: Verdict<T>;
        try {
          verdict = this.#judge(answer, spec, context, mayHaveApplied);
        } catch (error) {
          // A parser's bug: the slot is freed all the same, or the endpoint would stall.
          permit.done(answer.kind === "response" ? answer.status : undefined);
          throw error;
        }
        const lastAttempt =
          attempt >= this.#options.retry.maxAttempts ||
          (verdict.kind === "retry" && verdict.cannotConnect && attempt >= CONNECT_ATTEMPTS);
        const backoffMs =
          verdict.kind === "retry"
            ? retryDelay({
                retry: attempt,
                rateLimited: verdict.rateLimited,
                retryAfterMs: verdict.retryAfterMs,
                policy: verdict.cannotConnect ? CONNECT_RETRY : this.#options.retry,
                random: this.#options.random,
              })
            : 0;
        // A 429 holds the whole endpoint (every queued request waits for the same window), so
        // the wait is the limiter's to decide; the request goes back in line for its turn.
        const hold =
          verdict.kind === "retry" && verdict.rateLimited
            ? permit.rateLimited(
                verdict.retryAfterMs === undefined
                  ? undefined
                  : Math.min(verdict.retryAfterMs, this.#options.retry.maxDelayMs),
                backoffMs,
              )
            : undefined;
        if (hold === undefined) permit.done(answer.kind === "response" ? answer.status : undefined);
        const event = {
          endpoint: spec.endpoint,
          method: endpoint.method,
          path,
          attempt,
          status: answer.kind === "response" ? answer.status : undefined,
          error: answer.kind === "no-response" ? answer.code : undefined,
          durationMs,
          waitedMs: permit.waitedMs,
        };

        if (verdict.kind !== "retry" || lastAttempt) {
          this.#emit(event);
          if (verdict.kind === "done") return verdict.value;
          throw verdict.kind === "fail" ? verdict.error : verdict.exhausted(attempt);
        }

        const waitMs = hold?.holdMs ?? backoffMs;
        this.#emit({ ...event, retryInMs: waitMs });
        if (hold !== undefined) {
          // One line per hold, not one per queued request that meets it.
          if (hold.fresh) {
            this.#log(
              "info",
              `${endpoint.method} ${path}: rate limited (429); holding this endpoint for ` +
                `${(waitMs / 1000).toFixed(1)} s${verdict.retryAfterMs === undefined ? "" : " (Retry-After)"}`,
            );
          }
          continue;
        }
        // A refused connection or an unknown host is retried briefly and quietly: it is almost
        // always a wrong base URL, and the error that follows says so once.
        this.#log(
          verdict.cannotConnect ? "debug" : "info",
          `${endpoint.method} ${path}: ${answer.kind === "response" ? answer.status : answer.reason}; ` +
            `retrying in ${(waitMs / 1000).toFixed(1)} s ` +
            `(attempt ${attempt + 1} of ${verdict.cannotConnect ? CONNECT_ATTEMPTS : this.#options.retry.maxAttempts})`,
        );
        mayHaveApplied ||= !verdict.cannotConnect;
        await this.#options.clock.sleep(waitMs, this.#waitSignal);
      }
    } catch (error) {
      throw this.#scrubError(error);
    }
  }

  #judge<T>(
    answer: Answer,
    spec: CallSpec<T>,
    context: ApiCallContext,
    mayHaveApplied: boolean,
  ): Verdict<T> {
    if (answer.kind === "no-response") {
      return {
        kind: "retry",
        rateLimited: false,
        // Only until the server has answered once: later, a restart or a network blip gets the
        // full retries.
        cannotConnect: !this.#reached && CONNECT_FAILURES.has(answer.code),
        retryAfterMs: undefined,
        exhausted: (attempts) =>
          new NetworkError(
            { ...context, attempts },
            this.#shownBaseUrl,
            this.scrub(answer.reason),
            answer.cause,
          ),
      };
    }

    const { status } = answer;
    const json = parseJson(answer.text);
    const errorBody = readErrorBody(json.ok ? json.value : undefined);
    const apiMessage =
      errorBody.message !== undefined
        ? excerpt(this.scrub(errorBody.message), MAX_API_MESSAGE)
        : json.ok || answer.text.trim() === ""
          ? undefined
          : this.#describeBody(answer);
    const failed: ApiCallContext = { ...context, status, apiMessage };

    if (status === 429) {
      return {
        kind: "retry",
        rateLimited: true,
        cannotConnect: false,
        retryAfterMs: parseRetryAfter(answer.retryAfter, this.#options.clock.now()),
        exhausted: (attempts) => new RateLimitedError({ ...failed, attempts }),
      };
    }
    if (status >= 500 || status === 408) {
      return {
        kind: "retry",
        rateLimited: false,
        cannotConnect: false,
        retryAfterMs: parseRetryAfter(answer.retryAfter, this.#options.clock.now()),
        exhausted: (attempts) => new ServerError({ ...failed, attempts }),
      };
    }
    if (status >= 200 && status < 300 && !errorBody.outcomeFailed) {
      return this.#accept(answer, json, spec, context);
    }
    if (status === 404 && spec.goneAfterRetry !== undefined && mayHaveApplied) {
      return { kind: "done", value: spec.goneAfterRetry };
    }
    return { kind: "fail", error: this.#classify(failed, spec) };
  }

  /** A 2xx without an `outcome` failure: check the body. */
  #accept<T>(
    answer: Extract<Answer, { kind: "response" }>,
    json: JsonResult,
    spec: CallSpec<T>,
    context: ApiCallContext,
  ): Verdict<T> {
    const withStatus = { ...context, status: answer.status };
    if (!json.ok) {
      const problem = `expected a JSON body, got ${this.#describeBody(answer)}`;
      return { kind: "fail", error: new ProtocolError(withStatus, "", problem) };
    }
    try {
      return { kind: "done", value: spec.parse(json.value) };
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      return {
        kind: "fail",
        error: new ProtocolError(withStatus, error.fieldPath, this.scrub(error.problem)),
      };
    }
  }

  /**
   * A body that is not JSON, as a message may quote it: scrubbed WHOLE before it is cut (a body
   * echoing the Authorization header must not leave half of the key in the excerpt), HTML reduced
   * to its text (its title when it has one), hidden characters escaped, and quoted.
   */
  #describeBody(answer: Extract<Answer, { kind: "response" }>): string {
    const text = this.scrub(answer.text);
    const isHtml =
      /html/i.test(answer.contentType ?? "") || /^\s*<(?:!doctype|html|head|body)\b/i.test(text);
    if (!isHtml) return JSON.stringify(excerpt(text, MAX_BODY_EXCERPT));
    return `an HTML page ${JSON.stringify(excerpt(htmlText(text), MAX_BODY_EXCERPT))}`;
  }

  /** A final failure with an answer: which kind, by status and by what the API said. */
  #classify(context: ApiCallContext, spec: CallSpec<unknown>): ApiError {
    const endpoint = ENDPOINTS[context.endpoint];
    const notMember =
      spec.email !== undefined &&
      (context.status === 404 || NOT_MEMBER.test(context.apiMessage ?? ""));
    const status = context.status ?? 0;
    if (status < 200 || (status >= 300 && status < 400)) {
      // A redirect or an informational status: not something the Admin API sends.
      return new ProtocolError(context, "", `unexpected HTTP status ${context.status}`);
    }
    if (context.status === 401) return new AuthError(context, endpoint.write);
    const special = spec.classify?.(context);
    if (special !== undefined) return special;
    if (context.status === 403) return new PermissionError(context);
    if (notMember) return new NotTeamMemberError(context, spec.email);
    if (context.status === 404) {
      return new NotFoundError(
        context,
        spec.notFoundAdvice ??
          `Check that the base URL (${this.#shownBaseUrl}) points at the Cursor Admin API.`,
      );
    }
    // 400, 422, any other 4xx, and `{"outcome": "error"}` whatever the status.
    return new ValidationError(context);
  }

  async #send(
    method: Endpoint["method"],
    url: string,
    payload: string | undefined,
  ): Promise<Answer> {
    const { timeoutMs, signal: outer } = this.#options;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = outer === undefined ? timeout.signal : AbortSignal.any([timeout.signal, outer]);
    const headers: Record<string, string> = {
      authorization: this.#authorization,
      accept: "application/json",
      "user-agent": this.#options.userAgent,
    };
    if (payload !== undefined) headers["content-type"] = "application/json";
    try {
      const response = await request(url, {
        method,
        headers,
        body: payload,
        signal,
        ...(this.#options.dispatcher === undefined ? {} : { dispatcher: this.#options.dispatcher }),
      });
      // Read the whole body under the same timeout: a server can hang after the headers too.
      const text = await response.body.text();
      const retryAfter = response.headers["retry-after"];
      const contentType = response.headers["content-type"];
      return {
        kind: "response",
        status: response.statusCode,
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
        contentType: Array.isArray(contentType) ? contentType[0] : contentType,
        text,
      };
    } catch (error) {
      if (outer?.aborted) throw outer.reason;
      const code = timeout.signal.aborted ? "timeout" : networkCode(error);
      const reason = timeout.signal.aborted
        ? `no complete answer within ${timeoutMs} ms`
        : CONNECT_REASONS[code] !== undefined
          ? `${code}: ${CONNECT_REASONS[code]}`
          : this.scrub(describeNetworkError(error));
      // Never keep undici's error: it can hold the request, its headers, and the socket.
      return { kind: "no-response", reason, code, cause: new TransportFailure(reason, code) };
    } finally {
      clearTimeout(timer);
    }
  }

  #url(path: string, query: CallSpec<unknown>["query"]): string {
    const { baseUrl } = this.#options;
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) search.set(name, String(value));
    }
    const suffix = search.size === 0 ? "" : `?${search}`;
    return `${baseUrl.origin}${basePath(baseUrl)}${path}${suffix}`;
  }

  #emit(event: RequestEvent): void {
    try {
      this.#options.onRequest?.(event);
    } catch (error) {
      // An observer's bug must not fail a request that succeeded.
      this.#log("debug", `onRequest handler failed: ${String(error)}`);
    }
  }

  #log(level: keyof Logger, message: string): void {
    this.#options.logger[level](this.scrub(message));
  }

  /** The second line of defence: whatever escapes, escapes without the key. */
  #scrubError(error: unknown): unknown {
    if (error instanceof Error) {
      error.message = this.scrub(error.message);
      if (error.stack !== undefined) error.stack = this.scrub(error.stack);
    }
    return error;
  }
}

function basePath(url: URL): string {
  return url.pathname.replace(/\/+$/, "");
}

type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** An empty body reads as `undefined` (DELETE answers 204 with nothing). */
function parseJson(text: string): JsonResult {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

/** How much of a non-JSON body a message quotes. */
const MAX_BODY_EXCERPT = 80;
/** How much of the API's own error message a message quotes. */
const MAX_API_MESSAGE = 300;

/** The readable text of an HTML page: its title, or its text without tags, scripts and styles. */
function htmlText(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  if (title) return title;
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/[<>]/g, " ");
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** The most specific code in the error or its causes, e.g. ECONNREFUSED under a fetch error. */
function networkCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth++) {
    const code = errorCode(current);
    if (code !== undefined && !code.startsWith("UND_ERR_") && code !== "ABORT_ERR") return code;
    current = current instanceof Error ? current.cause : undefined;
  }
  return errorCode(error) ?? "network error";
}

function describeNetworkError(error: unknown): string {
  const code = networkCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(code) ? message : `${code}: ${message}`;
}
