import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  DEFAULT_RETRY,
  parseRetryAfter,
  RATE_WINDOW_MS,
  retryDelay,
} from "../../src/api/backoff.js";
import { fixedRandom } from "./support.js";

describe("backoffDelay", () => {
  it("doubles from the base: 1, 2, 4, 8, 16 s without jitter, as the API docs suggest", () => {
    const delays = [1, 2, 3, 4, 5].map((retry) =>
      backoffDelay(retry, DEFAULT_RETRY, fixedRandom(0)),
    );
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("adds up to half again as jitter, never less than the documented wait", () => {
    expect(backoffDelay(3, DEFAULT_RETRY, fixedRandom(0.999999))).toBe(6000);
    expect(backoffDelay(3, DEFAULT_RETRY, fixedRandom(0.5))).toBe(5000);
  });

  it("never waits longer than maxDelayMs", () => {
    expect(backoffDelay(12, DEFAULT_RETRY, fixedRandom(0.9))).toBe(60_000);
    const policy = { ...DEFAULT_RETRY, maxDelayMs: 3000 };
    expect(backoffDelay(3, policy, fixedRandom(0))).toBe(3000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 10, 1, 12, 0, 0);

  it("reads delay-seconds, whole or fractional", () => {
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter(" 1.5 ", now)).toBe(1500);
    expect(parseRetryAfter("0", now)).toBe(0);
  });

  it("reads an HTTP date relative to now, and a past date as no wait", () => {
    expect(parseRetryAfter("Sun, 01 Nov 2026 12:00:42 GMT", now)).toBe(42_000);
    expect(parseRetryAfter("Sun, 01 Nov 2026 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores an absent or unreadable header", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-3", now)).toBeUndefined();
  });
});

describe("retryDelay", () => {
  const base = { policy: DEFAULT_RETRY, random: fixedRandom(0) };

  it("honours Retry-After over its own backoff, up to maxDelayMs", () => {
    expect(retryDelay({ ...base, retry: 1, rateLimited: true, retryAfterMs: 17_000 })).toBe(17_000);
    expect(retryDelay({ ...base, retry: 4, rateLimited: false, retryAfterMs: 0 })).toBe(0);
    expect(retryDelay({ ...base, retry: 1, rateLimited: true, retryAfterMs: 3_600_000 })).toBe(
      60_000,
    );
  });

  it("falls back to exponential backoff without Retry-After", () => {
    expect(retryDelay({ ...base, retry: 2, rateLimited: false, retryAfterMs: undefined })).toBe(
      2000,
    );
    expect(retryDelay({ ...base, retry: 2, rateLimited: true, retryAfterMs: undefined })).toBe(
      2000,
    );
  });

  it("waits a full rate window before the last retry of a 429, so it lands after the reset", () => {
    const schedule = [1, 2, 3, 4, 5].map((retry) =>
      retryDelay({ ...base, retry, rateLimited: true, retryAfterMs: undefined }),
    );
    expect(schedule).toEqual([1000, 2000, 4000, 8000, RATE_WINDOW_MS]);
    expect(schedule.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThan(RATE_WINDOW_MS);
    // Server errors keep the plain schedule.
    expect(retryDelay({ ...base, retry: 5, rateLimited: false, retryAfterMs: undefined })).toBe(
      16_000,
    );
  });
});
