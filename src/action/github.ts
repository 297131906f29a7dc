// The GitHub REST client the Action uses: Octokit (@octokit/core) with GitHub's own retry and
// throttling plugins, configured so that every wait goes through the injected Clock (tests use a
// ManualClock and never wait) and so that a request that creates something is never retried
// blindly: a POST that fails ambiguously (5xx, reset, timeout) may have been carried out, so it
// comes back to the caller as an ambiguous GitHubApiError, and the caller looks for what it
// created before creating again (see create-once.ts).
//
// The token is only ever put into the Authorization header (Octokit's token auth). Error
// messages are built from the method, the path and GitHub's message, and scrubbed of the token
// before they leave this file.

import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import type { Clock } from "../shared/clock.js";
import { CursorPolicyError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { redact } from "../shared/redact.js";
import { VERSION } from "../shared/version.js";

/** A GitHub call that failed after retries, or that retrying cannot fix (4xx). */
export class GitHubApiError extends CursorPolicyError {
  /** undefined for a network failure or a timeout (no answer at all). */
  readonly status: number | undefined;
  readonly method: string;
  readonly path: string;

  constructor(
    message: string,
    details: { status?: number; method: string; path: string; hint?: string; cause?: unknown },
  ) {
    super(message, {
      ...(details.hint === undefined ? {} : { hint: details.hint }),
      ...(details.cause === undefined ? {} : { cause: details.cause }),
    });
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
  }

  /**
   * The request may or may not have been carried out: GitHub answered 5xx (it sometimes does
   * after creating the comment), the connection was reset, or no answer came in time.
   */
  get ambiguous(): boolean {
    return this.status === undefined || this.status >= 500;
  }
}

interface GitHubClientOptions {
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  readonly apiUrl: string;
  readonly token: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The fetch Octokit sends requests with; Node's global fetch by default. */
  readonly fetch?: typeof fetch;
  /** Attempts after the first for 5xx and network errors, for requests that change nothing. */
  readonly maxRetries?: number;
  /** Attempts after the first for rate limits. */
  readonly maxRateLimitRetries?: number;
  /** Longest single wait for a rate limit; a longer one fails with the time it resets. */
  readonly maxRateLimitWaitMs?: number;
  /** Most pages followed in one listing: a guard against a Link header that never ends. */
  readonly maxPages?: number;
  /** One request's time limit; a request that takes longer fails as ambiguous. */
  readonly requestTimeoutMs?: number;
}

type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

interface GitHubResponse<T> {
  readonly status: number;
  readonly data: T;
  /** The rel="next" URL from the Link header, when there is one. */
  readonly next: string | undefined;
}

interface GitHubRequest {
  readonly method: HttpMethod;
  /** A path under the API URL ("/repos/o/r/issues") or a full URL from a Link header. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
}

/** Backoff before a retry of a 5xx or a network error, in ms: short, a step's minutes are billed. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];

/** The part of an Octokit RequestError we read (the plugin types do not export it). */
interface OctokitFailure {
  readonly status: number;
  readonly message: string;
  readonly response?: { readonly data?: unknown };
}

function isOctokitFailure(error: unknown): error is OctokitFailure {
  return (
    error instanceof Error &&
    "status" in error &&
    typeof (error as { status: unknown }).status === "number"
  );
}

/** The options of one request as Octokit's hooks see them (only what we read and set). */
interface HookOptions {
  method?: string;
  url?: string;
  request?: { retryCount?: number; retries?: number; signal?: AbortSignal };
}

/**
 * Octokit's limiters (Bottleneck) wait with timers of their own. This plugin, registered before
 * the retry and throttling plugins, does their waiting instead through the injected clock; they
 * are told to wait 0 ms themselves. Writes are not spaced out: GitHub asks for a second between
 * writes only of clients that make many, and a run makes a handful.
 */
function clockPlugin(settings: ClockPluginOptions) {
  return (octokit: Octokit) => {
    octokit.hook.wrap("request", async (request, endpoint) => {
      const hookOptions = endpoint as HookOptions;
      const retryCount = hookOptions.request?.retryCount ?? 0;
      if (retryCount > 0 && settings.pendingRateLimitWait.value === 0) {
        const wait = BACKOFF_MS[Math.min(retryCount - 1, BACKOFF_MS.length - 1)] ?? 1_000;
        settings.logger.debug(
          `${hookOptions.method} ${hookOptions.url}: retry ${retryCount} in ${wait} ms`,
        );
        await settings.clock.sleep(wait);
      }
      if (settings.pendingRateLimitWait.value > 0) {
        const wait = settings.pendingRateLimitWait.value;
        settings.pendingRateLimitWait.value = 0;
        await settings.clock.sleep(wait);
      }
      if (hookOptions.request && settings.requestTimeoutMs > 0) {
        hookOptions.request.signal = AbortSignal.timeout(settings.requestTimeoutMs);
      }
      return request(endpoint);
    });
    return {};
  };
}

interface ClockPluginOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly requestTimeoutMs: number;
  /** A rate-limit wait the throttling plugin asked for, done before the retry goes out. */
  readonly pendingRateLimitWait: { value: number };
}

/** Octokit with the three plugins: the clock plugin first, so its hook is innermost and runs on
 * every attempt the retry plugin (and, outside it, the throttling plugin) makes. */
function pluggedOctokit(settings: ClockPluginOptions) {
  return Octokit.plugin(clockPlugin(settings), retry, throttling);
}
type PluggedOctokit = InstanceType<ReturnType<typeof pluggedOctokit>>;

export class GitHubClient {
  readonly #options: GitHubClientOptions;
  readonly #base: URL;
  readonly #octokit: PluggedOctokit;

  constructor(options: GitHubClientOptions) {
    this.#options = options;
    let base: URL;
    try {
      base = new URL(options.apiUrl.replace(/\/+$/, ""));
    } catch {
      throw new GitHubApiError(`the GitHub API URL "${options.apiUrl}" is not a URL`, {
        method: "GET",
        path: "/",
        hint: "GITHUB_API_URL is set by the runner; when running outside Actions set it to https://api.github.com",
      });
    }
    this.#base = base;
    const maxRateLimitRetries = options.maxRateLimitRetries ?? 3;
    const maxWait = options.maxRateLimitWaitMs ?? 5 * 60_000;
    const pendingRateLimitWait = { value: 0 };
    const onLimit =
      (kind: string) =>
      (
        retryAfterSeconds: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        const wait = Math.max(0, retryAfterSeconds) * 1000;
        if (retryCount >= maxRateLimitRetries || wait > maxWait) {
          options.logger.warn(
            `GitHub ${kind} on ${request.method} ${request.url}: gave up after ${retryCount} wait${retryCount === 1 ? "" : "s"} (GitHub asked for ${Math.ceil(wait / 1000)} s more)`,
          );
          return false;
        }
        options.logger.info(
          `GitHub ${kind} on ${request.method} ${request.url}; waiting ${Math.ceil(wait / 1000)} s as GitHub asks`,
        );
        pendingRateLimitWait.value = wait;
        return true;
      };
    const PluggedOctokit = pluggedOctokit({
      clock: options.clock,
      logger: options.logger,
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
      pendingRateLimitWait,
    });
    this.#octokit = new PluggedOctokit({
      auth: options.token,
      baseUrl: this.apiUrl,
      userAgent: `cursor-policy-action/${VERSION}`,
      request: options.fetch === undefined ? {} : { fetch: options.fetch },
      // Octokit's own console logging would print request URLs and warnings unscrubbed.
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => options.logger.debug(redact(message, [options.token])),
        error: (message: string) => options.logger.debug(redact(message, [options.token])),
      },
      retry: {
        retries: options.maxRetries ?? 3,
        retryAfterBaseValue: 0,
        // 403 and 429 are rate limits (the throttling plugin's) or refusals; neither is a 5xx.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: 0,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        // Octokit's own groups space writes one to three seconds apart with real timers; a run
        // makes a handful of writes. These keep one write at a time and wait for nothing.
        write: oneAtATime(),
        notifications: oneAtATime(),
      },
    });
  }

  get apiUrl(): string {
    return this.#base.href.replace(/\/+$/, "");
  }

  /**
   * One call. Idempotent requests are retried on 5xx and network errors; a POST is not (one that
   * fails ambiguously is the caller's to resolve). Rate limits are waited out as GitHub asks.
   * Throws GitHubApiError for any status >= 400 left after that.
   */
  async request<T>(call: GitHubRequest): Promise<GitHubResponse<T>> {
    const url = this.#url(call);
    const label = `${call.method} ${url.pathname}`;
    // GET, PATCH and DELETE mean the same thing twice; a POST creates another comment or issue.
    // The retry plugin reads a per-request `retries` as the budget for any error, so it is only
    // set to turn retries off. A fresh `request` object every call: the plugin writes its retry
    // count into it, which must not leak into the client's defaults and on to the next call.
    const requestOptions = call.method === "POST" ? { retries: 0 } : {};
    try {
      const response = await this.#octokit.request(`${call.method} ${url.href}`, {
        ...(call.body === undefined ? {} : { data: call.body }),
        headers: { "x-github-api-version": "2022-11-28" },
        request: requestOptions,
      });
      this.#options.logger.debug(`${label} -> ${response.status}`);
      const link = response.headers.link;
      return {
        status: response.status,
        data: response.data as T,
        next: nextLink(typeof link === "string" ? link : undefined),
      };
    } catch (error) {
      throw this.#error(error, call.method, url);
    }
  }

  /** Every item of a listing, following rel="next" until the last page. */
  async paginate<T>(path: string, query: GitHubRequest["query"] = {}): Promise<T[]> {
    const items: T[] = [];
    const maxPages = this.#options.maxPages ?? 1_000;
    let next: string | undefined;
    let page = 0;
    do {
      const response: GitHubResponse<T[]> = await this.request<T[]>(
        next === undefined
          ? { method: "GET", path, query: { per_page: 100, ...query } }
          : { method: "GET", path: next },
      );
      if (!Array.isArray(response.data)) {
        throw new GitHubApiError(`GET ${path} did not return a list`, { method: "GET", path });
      }
      for (const item of response.data) items.push(item);
      next = response.next;
      page += 1;
    } while (next !== undefined && page < maxPages);
    return items;
  }

  /** A GraphQL query; undefined when GitHub refuses it (an installation token, an old server). */
  async graphql<T>(query: string): Promise<T | undefined> {
    const graphqlUrl = this.#base.pathname.endsWith("/api/v3")
      ? new URL(`${this.#base.origin}${this.#base.pathname.replace(/\/v3$/, "")}/graphql`)
      : new URL(`${this.apiUrl}/graphql`);
    try {
      const response = await this.request<{ data?: T; errors?: unknown }>({
        method: "POST",
        path: graphqlUrl.href,
        body: { query },
      });
      return response.data?.errors === undefined ? response.data?.data : undefined;
    } catch (error) {
      if (error instanceof GitHubApiError && !error.ambiguous) return undefined;
      throw error;
    }
  }

  #url(call: GitHubRequest): URL {
    // A Link header carries a full URL: follow it only on the API's own origin, so the token is
    // never sent anywhere else.
    if (/^https?:\/\//i.test(call.path)) {
      const url = new URL(call.path);
      if (url.origin !== this.#base.origin) {
        throw new GitHubApiError(
          `refusing to follow a pagination link to ${url.origin}, which is not the GitHub API at ${this.#base.origin}`,
          { method: call.method, path: url.pathname },
        );
      }
      return url;
    }
    const url = new URL(`${this.apiUrl}${call.path}`);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  #error(error: unknown, method: string, url: URL): GitHubApiError {
    if (error instanceof GitHubApiError) return error;
    const label = `${method} ${url.pathname}`;
    const scrub = (text: string) => redact(text, [this.#options.token]);
    if (!isOctokitFailure(error)) {
      return new GitHubApiError(scrub(`${label} failed: ${String(error)}`), {
        method,
        path: url.pathname,
      });
    }
    const answered = error.response !== undefined;
    if (!answered) {
      // Octokit reports a network failure or a timeout as status 500 without a response.
      return new GitHubApiError(scrub(`${label} failed: ${error.message}`), {
        method,
        path: url.pathname,
        hint: `check that ${this.#base.origin} is reachable from the runner`,
      });
    }
    const message = githubMessage(error.response?.data);
    const rateLimited = error.status === 429 || /rate limit/i.test(message);
    if (rateLimited) {
      return new GitHubApiError(
        scrub(
          `${label} is rate limited by GitHub (${error.status}${message ? `: ${message}` : ""})`,
        ),
        {
          status: error.status,
          method,
          path: url.pathname,
          hint: "re-run the job later; if this repeats, fewer workflows should write comments at the same time",
        },
      );
    }
    return new GitHubApiError(
      scrub(`${label} failed with HTTP ${error.status}${message ? `: ${message}` : ""}`),
      { status: error.status, method, path: url.pathname, ...hintFor(error.status, message) },
    );
  }
}

function oneAtATime(): Bottleneck.Group {
  return new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
}

/** GitHub's error bodies are `{ message, documentation_url, errors? }`. */
function githubMessage(data: unknown): string {
  if (data && typeof data === "object" && "message" in data) {
    const record = data as { message?: unknown; errors?: unknown };
    const details = Array.isArray(record.errors)
      ? record.errors
          .map((e: unknown) =>
            e && typeof e === "object" && "message" in e
              ? String((e as { message: unknown }).message)
              : undefined,
          )
          .filter((m): m is string => m !== undefined)
      : [];
    return [String(record.message), ...details].join("; ");
  }
  // Not JSON: an HTML error page from a proxy. Show a short start of it, as text.
  return typeof data === "string" ? data.trim().slice(0, 200) : "";
}

/** `<https://api.github.com/...&page=2>; rel="next", <...>; rel="last"` → the next URL. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match?.[2]?.split(/\s+/).includes("next")) return match[1];
  }
  return undefined;
}

function hintFor(status: number, message: string): { hint?: string } {
  if (status === 401) {
    return {
      hint: "the github-token input is not valid: remove it so the default workflow token (github.token) is used, or pass a current token",
    };
  }
  if (status === 403 && /not accessible by integration/i.test(message)) {
    return {
      hint: "the workflow token lacks a permission: add `permissions: { pull-requests: write }` for plan/apply comments or `issues: write` for drift issues to the job",
    };
  }
  if (status === 403) {
    return {
      hint: "the token may not write here (a pull request from a fork gets a read-only token): check the job's `permissions`",
    };
  }
  if (status === 404) {
    return {
      hint: "the repository, pull request or issue was not found with this token: check GITHUB_REPOSITORY and the token's access",
    };
  }
  return {};
}
