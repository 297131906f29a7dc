// Pacing: keeps each endpoint under its per-minute limit so that a long run does not provoke
// 429s, and backs that endpoint off when one arrives anyway (the others carry on).
//
// Each paced endpoint is a lane: requests start at least 60 000 / limit ms apart (plus a small
// margin), one at a time, in the order they asked. One request in flight per endpoint keeps the
// spacing exact even when the requests are slower than the spacing, keeps writes in a
// predictable order, and makes the schedule deterministic under a ManualClock shared with the
// emulator (a later request cannot "sleep" the shared clock forward while an earlier one is
// still on its way). The cost: an endpoint whose answers take longer than its spacing runs
// below its limit (for spend-limit writes at 250/min, answers slower than 240 ms).

import type { Clock } from "../shared/clock.js";
import { RATE_WINDOW_MS } from "./backoff.js";
import { ENDPOINT_IDS, ENDPOINTS, type EndpointId } from "./endpoints.js";

/** "on": each endpoint's documented limit; "off": no pacing; or requests/minute per endpoint. */
export type Pacing = "on" | "off" | Partial<Record<EndpointId, number>>;

/** Requests are spaced this much wider than the limit allows, for clock skew between sides. */
const PACING_MARGIN = 1.02;

export interface Permit {
  /** How long pacing or a 429 back-off held this request. */
  readonly waitedMs: number;
  /** Lets the endpoint's next request go; call once the answer has been read. */
  release(): void;
}

interface Lane {
  /** 0 = not paced. */
  intervalMs: number;
  nextStartAt: number;
  /** After a 429: nobody on this endpoint starts before this. */
  blockedUntil: number;
  /** Settles when the last request in the queue releases its permit. */
  tail: Promise<void>;
}

/** The requests/minute an endpoint is paced to under `pacing`; undefined = not paced. */
export function pacedRate(pacing: Pacing, endpoint: EndpointId): number | undefined {
  if (pacing === "off") return undefined;
  const rate =
    pacing === "on"
      ? ENDPOINTS[endpoint].ratePerMinute
      : (pacing[endpoint] ?? ENDPOINTS[endpoint].ratePerMinute);
  // 0, a negative number or Infinity switches pacing off for that endpoint.
  return rate > 0 && Number.isFinite(rate) ? rate : undefined;
}

export class EndpointLimiter {
  readonly #clock: Clock;
  readonly #lanes = new Map<EndpointId, Lane>();

  constructor(clock: Clock, pacing: Pacing = "on") {
    this.#clock = clock;
    for (const id of ENDPOINT_IDS) {
      const rate = pacedRate(pacing, id);
      this.#lanes.set(id, {
        intervalMs: rate === undefined ? 0 : Math.ceil((RATE_WINDOW_MS / rate) * PACING_MARGIN),
        nextStartAt: Number.NEGATIVE_INFINITY,
        blockedUntil: Number.NEGATIVE_INFINITY,
        tail: Promise.resolve(),
      });
    }
  }

  /** The current spacing of an endpoint's requests (0 = not paced). */
  intervalMs(endpoint: EndpointId): number {
    return this.#lane(endpoint).intervalMs;
  }

  /** Waits for the endpoint's turn; the caller must release the permit when done. */
  async acquire(endpoint: EndpointId, signal?: AbortSignal): Promise<Permit> {
    const lane = this.#lane(endpoint);
    if (lane.intervalMs === 0) {
      // Not paced: no queue, but a 429 back-off still holds everyone on this endpoint.
      return { waitedMs: await this.#waitUntilFree(lane, signal), release: () => {} };
    }
    let release: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = lane.tail;
    lane.tail = done;
    await previous;
    try {
      const waitedMs = await this.#waitUntilFree(lane, signal);
      lane.nextStartAt = this.#clock.now() + lane.intervalMs;
      return { waitedMs, release };
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * A 429 arrived: hold every request on this endpoint for `waitMs`, and halve its pace (down
   * to one request per window), since someone else evidently shares the team's budget.
   */
  rateLimited(endpoint: EndpointId, waitMs: number): void {
    const lane = this.#lane(endpoint);
    lane.blockedUntil = Math.max(lane.blockedUntil, this.#clock.now() + waitMs);
    if (lane.intervalMs > 0) lane.intervalMs = Math.min(lane.intervalMs * 2, RATE_WINDOW_MS);
  }

  async #waitUntilFree(lane: Lane, signal: AbortSignal | undefined): Promise<number> {
    let waited = 0;
    for (;;) {
      const wait = Math.max(lane.nextStartAt, lane.blockedUntil) - this.#clock.now();
      if (wait <= 0) return waited;
      await this.#clock.sleep(wait, signal);
      waited += wait;
    }
  }

  #lane(endpoint: EndpointId): Lane {
    const lane = this.#lanes.get(endpoint);
    if (lane === undefined) throw new Error(`Unknown endpoint ${endpoint}`);
    return lane;
  }
}
