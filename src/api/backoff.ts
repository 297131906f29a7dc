// How long to wait before retrying. Pure functions of the attempt number, the server's hint and
// an injected random source, so the schedule can be tested without waiting.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** The first retry's delay; each later one doubles. */
  readonly baseDelayMs: number;
  /** No single wait is longer than this, a server's Retry-After included. */
  readonly maxDelayMs: number;
}

/** 6 attempts: waits of about 1, 2, 4, 8 and 16 s between them, as the API docs suggest. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** The API's rate limits reset every minute. */
export const RATE_WINDOW_MS = 60_000;

/** Up to this fraction is added at random, so that clients that failed together spread out. */
const JITTER = 0.5;

/**
 * The wait before retry number `retry` (1 = the first retry): base × 2^(retry-1), plus up to
 * half again at random, capped at maxDelayMs. Jitter only lengthens the wait, so it is never
 * shorter than the documented 1, 2, 4, 8, 16 s.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, retry - 1);
  return Math.min(policy.maxDelayMs, Math.round(exponential * (1 + JITTER * random())));
}

/**
 * A Retry-After header as milliseconds to wait: either delay-seconds (`"3"`, `"1.5"`) or an
 * HTTP date (relative to `now`). Undefined when absent or unreadable, so the caller falls back
 * to its own backoff.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  const text = header?.trim();
  if (text === undefined || text === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date names its weekday and month ("Sun, 01 Nov 2026 12:00:42 GMT"); requiring a
  // letter keeps Date.parse from reading "-3" as a year.
  const date = /[A-Za-z]/.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(date)) return undefined;
  return Math.max(0, date - now);
}

interface RetryDelayInput {
  /** The retry about to happen, 1-based. */
  readonly retry: number;
  readonly rateLimited: boolean;
  /** From Retry-After, when the server sent one. */
  readonly retryAfterMs: number | undefined;
  readonly policy: RetryPolicy;
  readonly random: () => number;
}

/**
 * The wait before the next attempt.
 * - A server's Retry-After is honoured (up to maxDelayMs): it knows its window best.
 * - Otherwise exponential backoff with jitter.
 * - A 429 without Retry-After, on the last retry: at least one full rate window. The documented
 *   1+2+4+8+16 s add up to less than the minute after which limits reset, so without this a
 *   client that met an exhausted budget would give up just before it refilled.
 */
export function retryDelay(input: RetryDelayInput): number {
  const { policy } = input;
  if (input.retryAfterMs !== undefined) return Math.min(input.retryAfterMs, policy.maxDelayMs);
  const delay = backoffDelay(input.retry, policy, input.random);
  const lastRetry = input.retry >= policy.maxAttempts - 1;
  if (input.rateLimited && lastRetry) {
    return Math.max(delay, Math.min(RATE_WINDOW_MS, policy.maxDelayMs));
  }
  return delay;
}
