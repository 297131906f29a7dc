// The GitHub REST client the Action uses: one request function on undici, token auth, retries for
// 5xx and rate limits (reading GitHub's own hints), pagination through Link headers. No Octokit:
// the Action needs a dozen calls, and owning the request loop keeps retries and secrecy in one place.
//
// The token is only ever put into the Authorization header. Error messages are built from the
// method, the path and GitHub's message, and are scrubbed again before they leave this file.

import { type Dispatcher, request } from "undici";
import type { Clock } from "../shared/clock.js";
import { CursorPolicyError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { redact } from "../shared/redact.js";
import { VERSION } from "../shared/version.js";

/** A GitHub call that failed after retries, or that retrying cannot fix (4xx). */
export class GitHubApiError extends CursorPolicyError {
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
}

export interface GitHubClientOptions {
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  readonly apiUrl: string;
  readonly token: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly dispatcher?: Dispatcher;
  /** Attempts after the first for 5xx and network errors. */
  readonly maxRetries?: number;
  /** Attempts after the first for rate limits. */
  readonly maxRateLimitRetries?: number;
  /** Longest single wait for a rate limit; a longer one fails with the time it resets. */
  readonly maxRateLimitWaitMs?: number;
  /** Most pages followed in one listing: a guard against a Link header that never ends. */
  readonly maxPages?: number;
}

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface GitHubResponse<T> {
  readonly status: number;
  readonly data: T;
  /** The rel="next" URL from the Link header, when there is one. */
  readonly next: string | undefined;
}

export interface GitHubRequest {
  readonly method: HttpMethod;
  /** A path under the API URL ("/repos/o/r/issues") or a full URL from a Link header. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
}

const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);
/** Backoff for 5xx and network errors, in ms: short, because a step's minutes are billed. */
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];
/** GitHub: "If you receive a secondary rate limit without a hint, wait at least one minute." */
const SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS = 60_000;

export class GitHubClient {
  readonly #options: GitHubClientOptions;
  readonly #base: URL;

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
  }

  get apiUrl(): string {
    return this.#base.href.replace(/\/+$/, "");
  }

  /** One call, with retries. Throws GitHubApiError for any status >= 400 left after retrying. */
  async request<T>(call: GitHubRequest): Promise<GitHubResponse<T>> {
    const url = this.#url(call);
    const label = `${call.method} ${url.pathname}`;
    const maxRetries = this.#options.maxRetries ?? 3;
    const maxRateLimitRetries = this.#options.maxRateLimitRetries ?? 3;
    let transientFailures = 0;
    let rateLimited = 0;
    for (;;) {
      let response: Dispatcher.ResponseData;
      try {
        response = await request(url, {
          method: call.method,
          headers: this.#headers(call.body !== undefined),
          ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
          ...(this.#options.dispatcher === undefined
            ? {}
            : { dispatcher: this.#options.dispatcher }),
        });
      } catch (error) {
        if (transientFailures < maxRetries) {
          const wait = BACKOFF_MS[Math.min(transientFailures, BACKOFF_MS.length - 1)] ?? 1_000;
          transientFailures += 1;
          this.#options.logger.debug(
            `${label} failed (${describeNetworkError(error)}); retrying in ${wait} ms`,
          );
          await this.#options.clock.sleep(wait);
          continue;
        }
        throw new GitHubApiError(this.#scrub(`${label} failed: ${describeNetworkError(error)}`), {
          method: call.method,
          path: url.pathname,
          hint: `check that ${this.#base.origin} is reachable from the runner`,
        });
      }

      const text = await response.body.text();
      const status = response.statusCode;
      this.#options.logger.debug(`${label} -> ${status}`);

      if (status < 400) {
        return {
          status,
          data: parseBody<T>(text),
          next: nextLink(header(response.headers, "link")),
        };
      }

      const message = githubMessage(text);
      const rateLimitWait = rateLimitWaitMs(status, response.headers, message, this.#options.clock);
      if (rateLimitWait !== undefined) {
        const maxWait = this.#options.maxRateLimitWaitMs ?? 5 * 60_000;
        if (rateLimited < maxRateLimitRetries && rateLimitWait <= maxWait) {
          rateLimited += 1;
          this.#options.logger.info(
            `GitHub rate limit on ${label}; waiting ${Math.ceil(rateLimitWait / 1000)} s as GitHub asks`,
          );
          await this.#options.clock.sleep(rateLimitWait);
          continue;
        }
        throw new GitHubApiError(
          this.#scrub(
            `${label} is rate limited by GitHub (${status}${message ? `: ${message}` : ""}); gave up after ${rateLimited} wait${rateLimited === 1 ? "" : "s"}`,
          ),
          {
            status,
            method: call.method,
            path: url.pathname,
            hint: "re-run the job later; if this repeats, fewer workflows should write comments at the same time",
          },
        );
      }
      if (RETRYABLE_STATUSES.has(status) && transientFailures < maxRetries) {
        const wait =
          retryAfterMs(response.headers) ??
          BACKOFF_MS[Math.min(transientFailures, BACKOFF_MS.length - 1)] ??
          1_000;
        transientFailures += 1;
        this.#options.logger.debug(`${label} -> ${status}; retrying in ${wait} ms`);
        await this.#options.clock.sleep(wait);
        continue;
      }
      throw new GitHubApiError(
        this.#scrub(`${label} failed with HTTP ${status}${message ? `: ${message}` : ""}`),
        {
          status,
          method: call.method,
          path: url.pathname,
          ...hintFor(status, message),
        },
      );
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
      items.push(...response.data);
      next = response.next;
      page += 1;
    } while (next !== undefined && page < maxPages);
    return items;
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
    const url = new URL(`${this.#base.href.replace(/\/+$/, "")}${call.path}`);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  #headers(hasBody: boolean): Record<string, string> {
    return {
      accept: "application/vnd.github+json",
      authorization: `Bearer ${this.#options.token}`,
      "x-github-api-version": "2022-11-28",
      "user-agent": `cursor-policy-action/${VERSION}`,
      ...(hasBody ? { "content-type": "application/json; charset=utf-8" } : {}),
    };
  }

  #scrub(text: string): string {
    return redact(text, [this.#options.token]);
  }
}

function header(headers: Dispatcher.ResponseData["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function parseBody<T>(text: string): T {
  if (text.trim() === "") return undefined as T;
  return JSON.parse(text) as T;
}

/** GitHub's error bodies are `{ message, documentation_url, errors? }`. */
export function githubMessage(text: string): string {
  try {
    const data: unknown = JSON.parse(text);
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
  } catch {
    // Not JSON: an HTML error page from a proxy. Show a short start of it.
  }
  return text.trim().slice(0, 200);
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

function retryAfterMs(headers: Dispatcher.ResponseData["headers"]): number | undefined {
  const value = header(headers, "retry-after");
  if (value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * How long GitHub asks us to wait, or undefined when this is not a rate limit. GitHub answers
 * both primary and secondary limits with 403 or 429; a 403 without these hints is a permission
 * problem, which waiting cannot fix.
 */
export function rateLimitWaitMs(
  status: number,
  headers: Dispatcher.ResponseData["headers"],
  message: string,
  clock: Clock,
): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = retryAfterMs(headers);
  if (retryAfter !== undefined) return retryAfter;
  if (header(headers, "x-ratelimit-remaining") === "0") {
    const reset = Number(header(headers, "x-ratelimit-reset"));
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - clock.now()) + 1_000;
  }
  if (status === 429 || /rate limit/i.test(message)) return SECONDARY_RATE_LIMIT_DEFAULT_WAIT_MS;
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

function describeNetworkError(error: unknown): string {
  if (error && typeof error === "object") {
    const code = "code" in error ? String((error as { code: unknown }).code) : undefined;
    const message = error instanceof Error ? error.message : undefined;
    return [code, message].filter(Boolean).join(" ") || "network error";
  }
  return String(error);
}
