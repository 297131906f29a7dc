// Pacing: keeps each endpoint under its per-minute limit so that a long run does not provoke
// 429s, and backs that endpoint off when one arrives anyway (the others carry on).
//
// Each paced endpoint is a lane with a sliding-window budget: a request may start when fewer
// than `budget` requests started in the last minute (plus a second for clock skew). So a short
// run — a plan's three reads, an apply of a hundred limits — goes at full speed, while a long run
// settles at the budget per minute. Because no sliding minute ever holds more than the budget,
// no fixed minute on the server's side can either, wherever its windows begin; the budget stays
// a little under the documented limit for requests that arrive later than they started.
// After a 429 the endpoint is held for the back-off and its budget halved — once per window,
// since the 429s of one burst are one signal, not several — and every window that then passes
// without a 429 doubles it back towards the documented budget. A benchmark showed why both
// matter: halving on every 429 of a burst of five left spend-limit writes at 7 a minute for the
// rest of the run (1,000 writes took 2.4 hours instead of 4 minutes).
// Requests are admitted in the order they asked, one in flight per endpoint: that keeps writes in
// a predictable order and keeps the schedule deterministic under a ManualClock shared with the
// emulator (a later request cannot move the shared clock while an earlier one is on its way).
// The cost: an endpoint whose answers are slow runs below its budget (spend-limit writes at
// 237 a minute need answers faster than ~250 ms to use all of it).

import type { Clock } from "../shared/clock.js";
import { RATE_WINDOW_MS } from "./backoff.js";
import { ENDPOINT_IDS, ENDPOINTS, type EndpointId } from "./endpoints.js";

/** "on": each endpoint's documented limit; "off": no pacing; or requests/minute per endpoint. */
export type Pacing = "on" | "off" | Partial<Record<EndpointId, number>>;

/** Share of the documented limit we use: room for requests that reach the server late. */
const BUDGET_SHARE = 0.95;
/** A start is counted this long: a minute, plus a second for clock skew between the two sides. */
export const PACING_WINDOW_MS = RATE_WINDOW_MS + 1_000;

export interface Permit {
  /** How long pacing or a 429 back-off held this request. */
  readonly waitedMs: number;
  /** Lets the endpoint's next request go; call once the answer has been read. */
  release(): void;
}

interface Lane {
  /** Request starts allowed per window; 0 = not paced. */
  budget: number;
  /** The budget pacing was configured with, which recovery after a 429 climbs back to. */
  readonly fullBudget: number;
  /** When the budget was last halved for a 429. */
  lastCutAt: number;
  /** The last 429, or the last time the budget recovered a step since then. */
  calmSince: number;
  /** Start times inside the current window, oldest first. */
  readonly starts: number[];
  /** After a 429: nobody on this endpoint starts before this. */
  blockedUntil: number;
  /** Settles when the last request in line releases its permit. */
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

/** Request starts per window for a documented limit: a little under it, never below one. */
export function budgetFor(ratePerMinute: number): number {
  return Math.max(1, Math.floor(ratePerMinute * BUDGET_SHARE));
}

export class EndpointLimiter {
  readonly #clock: Clock;
  readonly #lanes = new Map<EndpointId, Lane>();

  constructor(clock: Clock, pacing: Pacing = "on") {
    this.#clock = clock;
    for (const id of ENDPOINT_IDS) {
      const rate = pacedRate(pacing, id);
      const budget = rate === undefined ? 0 : budgetFor(rate);
      this.#lanes.set(id, {
        budget,
        fullBudget: budget,
        lastCutAt: Number.NEGATIVE_INFINITY,
        calmSince: Number.NEGATIVE_INFINITY,
        starts: [],
        blockedUntil: Number.NEGATIVE_INFINITY,
        tail: Promise.resolve(),
      });
    }
  }

  /** Request starts an endpoint may make per window (0 = not paced). */
  budget(endpoint: EndpointId): number {
    return this.#lane(endpoint).budget;
  }

  /** Waits for the endpoint's turn. */
  async acquire(endpoint: EndpointId, signal?: AbortSignal): Promise<Permit> {
    const lane = this.#lane(endpoint);
    let release: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = lane.tail;
    lane.tail = done;
    await previous;
    try {
      // Waiting in line is a wait too: a request cancelled meanwhile must not be sent when its
      // turn comes (a graceful stop would otherwise still send everything already queued).
      signal?.throwIfAborted();
      const waitedMs = await this.#waitForRoom(lane, signal);
      if (lane.budget > 0) lane.starts.push(this.#clock.now());
      return { waitedMs, release };
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * A 429 arrived: hold every request on this endpoint for `waitMs`, and halve its budget (down
   * to one request per window), since someone else evidently shares the team's budget. More 429s
   * within a window of that cut (a burst, or the retries of one request) do not cut again.
   * The cut is taken from the budget as it stands, without first counting quiet windows as
   * recovery: a 429 ends the calm, so a competitor that keeps the budget busy keeps it halving.
   */
  rateLimited(endpoint: EndpointId, waitMs: number): void {
    const lane = this.#lane(endpoint);
    const now = this.#clock.now();
    lane.blockedUntil = Math.max(lane.blockedUntil, now + waitMs);
    lane.calmSince = now;
    if (lane.budget > 0 && now - lane.lastCutAt >= PACING_WINDOW_MS) {
      lane.budget = Math.max(1, Math.floor(lane.budget / 2));
      lane.lastCutAt = now;
    }
  }

  /** Each whole window without a 429 doubles a cut budget, up to the configured one. */
  #recover(lane: Lane, now: number): void {
    while (lane.budget < lane.fullBudget && now - lane.calmSince >= PACING_WINDOW_MS) {
      lane.budget = Math.min(lane.fullBudget, lane.budget * 2);
      lane.calmSince += PACING_WINDOW_MS;
    }
  }

  async #waitForRoom(lane: Lane, signal: AbortSignal | undefined): Promise<number> {
    let waited = 0;
    for (;;) {
      const now = this.#clock.now();
      this.#recover(lane, now);
      while (lane.starts.length > 0 && lane.starts[0]! <= now - PACING_WINDOW_MS)
        lane.starts.shift();
      const roomAt =
        lane.budget > 0 && lane.starts.length >= lane.budget
          ? lane.starts[lane.starts.length - lane.budget]! + PACING_WINDOW_MS
          : Number.NEGATIVE_INFINITY;
      const wait = Math.max(roomAt, lane.blockedUntil) - now;
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
