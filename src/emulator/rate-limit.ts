// Per-endpoint rate limits in fixed windows aligned to the clock's minute (the docs say the
// limits "reset every minute"), one budget per endpoint (see src/api/endpoints.ts). Only
// accepted requests use the budget: a 429 does not push the reset further away.

import { ENDPOINTS, type EndpointId } from "../api/endpoints.js";
import type { Clock } from "../shared/clock.js";
import type { RateLimitConfig, ShapeName } from "./types.js";

const RATE_WINDOW_MS = 60_000;

/** The per-minute limit in force for an endpoint: configured, else the documented default for the shape. */
export function rateLimitFor(
  endpoint: EndpointId,
  config: RateLimitConfig,
  shape: ShapeName,
): number | null {
  if (config === "off") return null;
  const configured = config[endpoint];
  if (configured !== undefined) return configured;
  const table = ENDPOINTS[endpoint];
  return shape === "legacy" ? table.legacyRatePerMinute : table.ratePerMinute;
}

type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

export class RateLimiter {
  readonly #clock: Clock;
  readonly #windows = new Map<EndpointId, { start: number; count: number }>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Counts one request against `endpoint` if `limit` allows it. */
  take(endpoint: EndpointId, limit: number | null): RateDecision {
    if (limit === null) return { allowed: true };
    const now = this.#clock.now();
    const start = Math.floor(now / RATE_WINDOW_MS) * RATE_WINDOW_MS;
    let window = this.#windows.get(endpoint);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.#windows.set(endpoint, window);
    }
    if (window.count < limit) {
      window.count++;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: secondsUntilReset(now) };
  }
}

/** Whole seconds (at least 1) until the current window ends. */
export function secondsUntilReset(now: number): number {
  const end = (Math.floor(now / RATE_WINDOW_MS) + 1) * RATE_WINDOW_MS;
  return Math.max(1, Math.ceil((end - now) / 1000));
}
