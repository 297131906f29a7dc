// Pacing: keeps each endpoint under its per-minute limit so that a long run does not provoke
// 429s, lets several requests per endpoint be in flight so slow answers do not cap the rate, and
// learns from a 429 when one arrives anyway (the other endpoints carry on).
//
// Windows. The API's limits "reset every minute" (docs/benchmarks.md measured what assuming
// anything else costs: a 21st page waited 61 s when the next window was 23 s away). So each paced
// endpoint counts its request starts in the clock's minutes: a minute holds at most its
// allowance, and the next minute's requests go as soon as it begins. A start counts in every
// minute that lies within a second of it (clock skew, and the time a request takes to arrive),
// so the first burst of a minute goes one second after it begins.
// If a 429 shows that the server's minutes do not begin where ours do (it came although this
// minute still had room, and the minute before could explain it), the endpoint counts any 61 s
// instead (a sliding window), which holds wherever the server's minutes begin.
//
// Allowance. 95 % of the limit: room for requests that arrive late and for another client on the
// same team. The full limit when the calls still to come fit in fewer windows that way (20
// pages at 20 a minute go in one window, not 19 and then one more a minute later); callers
// announce what is coming with `expect`.
//
// A 429 says the window is spent: the endpoint is held — for Retry-After when the server sends
// it, else until its window turns — instead of each queued request backing off on its own. The
// start that drew it tells the rate the server refused: the allowance never again goes above the
// starts that window had accepted (calm windows once doubled a cut budget back above such a rate,
// for a 429 a minute). A 429 when none of ours had been accepted in the window says nothing about
// our rate (another client used it up, or a server hiccup): the endpoint is held, the allowance
// left alone. (Halving it instead cost a window whenever the other client was a run just before
// this one, and a burst of five 429s once halved it five times: 1,000 writes took 2.4 hours.)
//
// In flight. Several requests per endpoint may be in flight (up to `maxInFlight`), admitted in the
// order they asked. The documented limits changed over time (user-spend-limit: 60, then 250 a
// minute): when the client was not told a limit, starts beyond the older number in one window go
// one at a time until one of them is answered, so a server that still enforces it answers one 429,
// not one per request in flight. Before sleeping towards a later window the endpoint waits for its
// answers, so no request of one window lands in the next.

import type { Clock } from "../shared/clock.js";
import { UsageError } from "../shared/errors.js";
import { RATE_WINDOW_MS } from "./backoff.js";
import { ENDPOINT_IDS, ENDPOINTS, type EndpointId } from "./endpoints.js";

/** "on": each endpoint's documented limit; "off": no pacing; or requests/minute per endpoint. */
export type Pacing = "on" | "off" | Partial<Record<EndpointId, number>>;

/** Share of the limit used when the full limit would not save a window. */
const BUDGET_SHARE = 0.95;
/** A start counts in every minute within this much of it: clock skew, and arrival after the start. */
export const SKEW_MS = 1_000;
/** The span a sliding window counts: a minute plus the skew. */
export const PACING_WINDOW_MS = RATE_WINDOW_MS + SKEW_MS;
/** Requests per endpoint in flight at once, by default. */
const DEFAULT_MAX_IN_FLIGHT = 32;
/** Waits shorter than this are not reported to `onWait` (a progress display would only flicker). */
const REPORTED_WAIT_MS = 1_000;

/** Why a request is being held. */
export type WaitReason = "pacing" | "rate-limited";

export interface WaitEvent {
  readonly endpoint: EndpointId;
  readonly waitMs: number;
  readonly reason: WaitReason;
}

export interface RateLimitHold {
  /** How long the endpoint is held from now. */
  readonly holdMs: number;
  /** True when this 429 started or lengthened the hold (false: another 429 of the same burst). */
  readonly fresh: boolean;
}

export interface Permit {
  /** How long pacing, a 429 hold or the in-flight limit held this request. */
  readonly waitedMs: number;
  /** The answer's HTTP status, or undefined when none came; frees the slot. Call once. */
  done(status: number | undefined): void;
  /**
   * The answer was a 429: frees the slot, holds the endpoint and learns the rate the server
   * refused. `retryAfterMs` is the server's Retry-After; `fallbackMs` the back-off used on an
   * endpoint that is not paced (an unpaced endpoint knows no window to wait for).
   */
  rateLimited(retryAfterMs: number | undefined, fallbackMs: number): RateLimitHold;
}

interface LimiterOptions {
  /** Requests per endpoint in flight at once. */
  readonly maxInFlight?: number;
  /** Told when a request starts to wait a second or more (progress displays). */
  readonly onWait?: (event: WaitEvent) => void;
}

interface Start {
  readonly at: number;
  /** Its place among the starts of its minute (fixed windows) or of the 61 s before it (sliding). */
  readonly position: number;
  /** Answered, not 429: the server counted it in its window. */
  accepted: boolean;
}

interface Waiter {
  readonly enqueuedAt: number;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (permit: Permit) => void;
  readonly reject: (reason: unknown) => void;
  readonly onAbort: () => void;
}

interface Lane {
  readonly id: EndpointId;
  /** Requests per minute paced to; 0 = not paced. */
  readonly rate: number;
  /** Starts per window beyond this go one at a time until one is answered (Infinity: never). */
  probeAbove: number;
  /** The most starts a window may hold: one fewer than a rate that drew a 429 in this run. */
  ceiling: number;
  mode: "fixed" | "sliding";
  /** Starts of the last two minutes, oldest first. */
  starts: Start[];
  inFlight: number;
  /** Nobody on this endpoint starts before this (a 429 hold). */
  blockedUntil: number;
  /** Calls announced and not yet started. */
  expected: number;
  readonly queue: Waiter[];
  pumping: boolean;
  /** Ends the pump's current wait early (an answer came, a waiter arrived or left). */
  wake: (() => void) | undefined;
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

/** Request starts per window for a limit when the full limit saves no window: a little under it. */
export function budgetFor(ratePerMinute: number): number {
  return Math.max(1, Math.floor(ratePerMinute * BUDGET_SHARE));
}

/** `userSpendLimit` as written on the command line and in the Action: `user-spend-limit`. */
export function endpointFlagName(endpoint: EndpointId): string {
  return endpoint.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Per-endpoint limits as given on the command line (`--rate-limit user-spend-limit=60`, repeated)
 * or in the Action's `rate-limits` input (one per line or comma-separated). `where` names the
 * flag or input in messages.
 */
export function parseRateLimits(entries: readonly string[], where: string): Pacing {
  const pacing: Partial<Record<EndpointId, number>> = {};
  const names = ENDPOINT_IDS.map(endpointFlagName);
  for (const entry of entries.flatMap((text) => text.split(/[\n,]/))) {
    const text = entry.trim();
    if (text === "") continue;
    const match = /^([A-Za-z-]+)\s*=\s*(\S+)$/.exec(text);
    // `user-spend-limit`, or the id as the emulator's flags write it, `userSpendLimit`.
    const name = match?.[1] ?? "";
    const endpoint = ENDPOINT_IDS.find(
      (id) => id === name || endpointFlagName(id) === name.toLowerCase(),
    );
    if (match === null || endpoint === undefined) {
      throw new UsageError(
        `${where} "${text}" does not name an endpoint: write ENDPOINT=REQUESTS_PER_MINUTE`,
        { hint: `e.g. user-spend-limit=60; the endpoints are ${names.join(", ")}` },
      );
    }
    const value = Number(match[2]);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new UsageError(
        `${where} "${text}": the limit must be a whole number of requests per minute, 1 or more`,
        { hint: `e.g. ${match[1]}=${ENDPOINTS[endpoint].ratePerMinute} (the documented limit)` },
      );
    }
    pacing[endpoint] = value;
  }
  return pacing;
}

export class EndpointLimiter {
  readonly #clock: Clock;
  readonly #lanes = new Map<EndpointId, Lane>();
  readonly #maxInFlight: number;
  readonly #onWait: ((event: WaitEvent) => void) | undefined;

  constructor(clock: Clock, pacing: Pacing = "on", options: LimiterOptions = {}) {
    this.#clock = clock;
    this.#maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT));
    this.#onWait = options.onWait;
    for (const id of ENDPOINT_IDS) {
      const rate = pacedRate(pacing, id) ?? 0;
      // Told a limit, the client trusts it; on the documented default it tries the newer number
      // only once the server has shown that the older one is not in force.
      const told = typeof pacing === "object" && pacing[id] !== undefined;
      const older = ENDPOINTS[id].legacyRatePerMinute;
      this.#lanes.set(id, {
        id,
        rate,
        probeAbove: !told && older < rate ? older : Number.POSITIVE_INFINITY,
        ceiling: Number.POSITIVE_INFINITY,
        mode: "fixed",
        starts: [],
        inFlight: 0,
        blockedUntil: Number.NEGATIVE_INFINITY,
        expected: 0,
        queue: [],
        pumping: false,
        wake: undefined,
      });
    }
  }

  /** Request starts the endpoint may make in a window now, at the usual share (0 = not paced). */
  budget(endpoint: EndpointId): number {
    const lane = this.#lane(endpoint);
    if (lane.rate === 0) return 0;
    return budgetFor(this.#cap(lane));
  }

  /** The most starts a window may hold after what 429s taught (Infinity until one did). */
  ceiling(endpoint: EndpointId): number {
    return this.#lane(endpoint).ceiling;
  }

  /** "fixed" while the server's minutes seem to be the clock's, "sliding" once they do not. */
  mode(endpoint: EndpointId): "fixed" | "sliding" {
    return this.#lane(endpoint).mode;
  }

  /** Announces that about `calls` more calls on `endpoint` are coming (replaces the last word). */
  expect(endpoint: EndpointId, calls: number): void {
    this.#lane(endpoint).expected = Math.max(0, Math.floor(calls));
  }

  /**
   * How long until `calls` more calls on `endpoint` could all have started, by the allowance and
   * the windows as they stand now (holds included, answers' latency not).
   */
  estimateMs(endpoint: EndpointId, calls: number): number {
    const lane = this.#lane(endpoint);
    const now = this.#clock.now();
    const from = Math.max(now, lane.blockedUntil);
    if (lane.rate === 0 || calls <= 0) return from - now;
    const allowance = this.#allowance(lane, from, calls);
    const room = Math.max(0, allowance - this.#used(lane, from));
    if (calls <= room) return from - now;
    const windows = Math.ceil((calls - room) / allowance);
    const firstTurn =
      lane.mode === "fixed"
        ? (Math.floor(from / RATE_WINDOW_MS) + 1) * RATE_WINDOW_MS + SKEW_MS
        : (lane.starts[0]?.at ?? from) + PACING_WINDOW_MS;
    const span = lane.mode === "fixed" ? RATE_WINDOW_MS : PACING_WINDOW_MS;
    return Math.max(from, firstTurn) + (windows - 1) * span - now;
  }

  /** Waits for the endpoint's turn: in the order asked, within the window and the in-flight limit. */
  acquire(endpoint: EndpointId, signal?: AbortSignal): Promise<Permit> {
    const lane = this.#lane(endpoint);
    return new Promise<Permit>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      // A request cancelled while it waits must not be sent when its turn comes (a graceful stop
      // would otherwise still send everything already queued).
      const onAbort = () => {
        const index = lane.queue.indexOf(waiter);
        if (index >= 0) lane.queue.splice(index, 1);
        reject(signal?.reason);
        lane.wake?.();
      };
      const waiter: Waiter = {
        enqueuedAt: this.#clock.now(),
        signal,
        resolve,
        reject,
        onAbort,
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      lane.queue.push(waiter);
      void this.#pump(lane);
    });
  }

  /** Admits waiters one by one while they may go; sleeps (once per endpoint) when none may. */
  async #pump(lane: Lane): Promise<void> {
    if (lane.pumping) return;
    lane.pumping = true;
    try {
      for (;;) {
        const waiter = lane.queue[0];
        if (waiter === undefined) return;
        const now = this.#clock.now();
        const verdict = this.#verdict(lane, now);
        if (verdict.kind === "go") {
          lane.queue.shift();
          waiter.signal?.removeEventListener("abort", waiter.onAbort);
          waiter.resolve(this.#start(lane, now, now - waiter.enqueuedAt));
          continue;
        }
        if (verdict.kind === "answer") {
          await this.#until(lane, undefined);
          continue;
        }
        if (verdict.waitMs >= REPORTED_WAIT_MS) {
          this.#report({ endpoint: lane.id, waitMs: verdict.waitMs, reason: verdict.reason });
        }
        await this.#until(lane, verdict.waitMs);
      }
    } finally {
      lane.pumping = false;
      lane.wake = undefined;
    }
  }

  /** Sleeps `ms` (or, when undefined, until woken); returns early when woken. */
  async #until(lane: Lane, ms: number | undefined): Promise<void> {
    const stop = new AbortController();
    let woken: () => void = () => {};
    const wakeUp = new Promise<void>((resolve) => {
      woken = resolve;
    });
    lane.wake = () => {
      stop.abort();
      woken();
    };
    try {
      if (ms === undefined) await wakeUp;
      else await this.#clock.sleep(ms, stop.signal).catch(() => {});
    } finally {
      lane.wake = undefined;
    }
  }

  #report(event: WaitEvent): void {
    try {
      this.#onWait?.(event);
    } catch {
      // An observer's bug must not stall the queue.
    }
  }

  #verdict(
    lane: Lane,
    now: number,
  ):
    | { readonly kind: "go" }
    | { readonly kind: "answer" }
    | { readonly kind: "wait"; readonly waitMs: number; readonly reason: WaitReason } {
    const held = lane.blockedUntil - now;
    if (lane.inFlight >= this.#maxInFlight) return { kind: "answer" };
    if (held > 0) {
      // Answers of this window first: sent after a sleep, they would land in the next one.
      return lane.inFlight > 0
        ? { kind: "answer" }
        : { kind: "wait", waitMs: held, reason: "rate-limited" };
    }
    if (lane.rate === 0) return { kind: "go" };
    this.#forget(lane, now);
    const allowance = this.#allowance(lane, now, Math.max(lane.expected, lane.queue.length));
    const roomAt = this.#roomAt(lane, now, allowance);
    if (roomAt > now) {
      return lane.inFlight > 0
        ? { kind: "answer" }
        : { kind: "wait", waitMs: roomAt - now, reason: "pacing" };
    }
    if (this.#position(lane, now) > lane.probeAbove && lane.inFlight > 0) return { kind: "answer" };
    return { kind: "go" };
  }

  #start(lane: Lane, now: number, waitedMs: number): Permit {
    lane.inFlight += 1;
    lane.expected = Math.max(0, lane.expected - 1);
    const start: Start = { at: now, position: this.#position(lane, now), accepted: false };
    if (lane.rate > 0) lane.starts.push(start);
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      lane.inFlight -= 1;
      return true;
    };
    return {
      waitedMs,
      done: (status) => {
        if (!settle()) return;
        // Answered beyond the older documented limit: the newer one is in force.
        start.accepted = status !== undefined && status !== 429 && status < 500;
        if (start.accepted && start.position > lane.probeAbove) {
          lane.probeAbove = Number.POSITIVE_INFINITY;
        }
        lane.wake?.();
      },
      rateLimited: (retryAfterMs, fallbackMs) => {
        const hold = settle()
          ? this.#rateLimited(lane, start, retryAfterMs, fallbackMs)
          : { holdMs: 0, fresh: false };
        lane.wake?.();
        return hold;
      },
    };
  }

  #rateLimited(
    lane: Lane,
    start: Start,
    retryAfterMs: number | undefined,
    fallbackMs: number,
  ): RateLimitHold {
    const now = this.#clock.now();
    let holdMs: number;
    if (lane.rate === 0) {
      holdMs = retryAfterMs ?? fallbackMs;
    } else {
      // The rate refused: this start and the earlier ones the server took, in its minute, or
      // in the 61 s up to it (answers still on their way are not counted: they may be 429s of
      // the same burst). More in the 61 s than in its minute means the minute before could have
      // filled the server's window, whose minutes then do not begin where ours do.
      const index = lane.starts.indexOf(start);
      const earlier = (index < 0 ? [] : lane.starts.slice(0, index)).filter((s) => s.accepted);
      const minute = Math.floor(start.at / RATE_WINDOW_MS);
      const inMinute = earlier.filter((s) => windowsOf(s.at).includes(minute)).length + 1;
      const inSpan = earlier.filter((s) => s.at > start.at - PACING_WINDOW_MS).length + 1;
      if (lane.mode === "fixed" && inSpan > inMinute) lane.mode = "sliding";
      const refused = lane.mode === "fixed" ? inMinute : inSpan;
      if (refused > 1) lane.ceiling = Math.min(lane.ceiling, refused - 1);
      let turn: number;
      if (lane.mode === "fixed") {
        turn = (Math.floor(now / RATE_WINDOW_MS) + 1) * RATE_WINDOW_MS + SKEW_MS - now;
      } else if (refused > 1) {
        // Our own rate filled it: room comes back as our oldest starts leave the 61 s.
        turn = Math.max(0, this.#roomAt(lane, now, this.#allowance(lane, now, 1)) - now);
      } else {
        turn = PACING_WINDOW_MS;
      }
      holdMs = retryAfterMs ?? turn;
    }
    const until = now + holdMs;
    const fresh = until > lane.blockedUntil;
    lane.blockedUntil = Math.max(lane.blockedUntil, until);
    return { holdMs: lane.blockedUntil - now, fresh };
  }

  /** The limit as learned: the configured rate, under any ceiling a 429 set. */
  #cap(lane: Lane): number {
    return Math.max(1, Math.min(lane.rate, lane.ceiling));
  }

  /**
   * Starts allowed in a window: the usual share, or the full limit when the `demand` still to
   * come (this request included) fits in fewer windows that way.
   */
  #allowance(lane: Lane, now: number, demand: number): number {
    const full = this.#cap(lane);
    const share = budgetFor(full);
    if (share >= full) return full;
    const used = this.#used(lane, now);
    const windowsAt = (allowance: number) => {
      const room = Math.max(0, allowance - used);
      return demand <= room ? 0 : Math.ceil((demand - room) / allowance);
    };
    return windowsAt(full) < windowsAt(share) ? full : share;
  }

  /** Starts that count against a start made now (the fullest window it would count in). */
  #used(lane: Lane, now: number): number {
    if (lane.mode === "sliding") return this.#slidingCount(lane, now);
    let used = 0;
    for (const window of windowsOf(now)) used = Math.max(used, this.#countIn(lane, window));
    return used;
  }

  /** When a start may be made under `allowance`: now, or when the window that is full turns. */
  #roomAt(lane: Lane, now: number, allowance: number): number {
    if (lane.mode === "sliding") {
      const recent = lane.starts.filter((s) => s.at > now - PACING_WINDOW_MS);
      if (recent.length < allowance) return now;
      return recent[recent.length - allowance]!.at + PACING_WINDOW_MS;
    }
    let full = Number.NEGATIVE_INFINITY;
    for (const window of windowsOf(now)) {
      if (this.#countIn(lane, window) >= allowance) full = Math.max(full, window);
    }
    return full === Number.NEGATIVE_INFINITY ? now : (full + 1) * RATE_WINDOW_MS + SKEW_MS;
  }

  /** The place a start made now would have in its window. */
  #position(lane: Lane, now: number): number {
    if (lane.rate === 0) return 0;
    if (lane.mode === "sliding") return this.#slidingCount(lane, now) + 1;
    return this.#countIn(lane, Math.floor(now / RATE_WINDOW_MS)) + 1;
  }

  #countIn(lane: Lane, window: number): number {
    let count = 0;
    for (const start of lane.starts) if (windowsOf(start.at).includes(window)) count += 1;
    return count;
  }

  #slidingCount(lane: Lane, now: number): number {
    let count = 0;
    for (const start of lane.starts) if (start.at > now - PACING_WINDOW_MS) count += 1;
    return count;
  }

  /** Starts older than any window they could still count in. */
  #forget(lane: Lane, now: number): void {
    const horizon = now - 2 * PACING_WINDOW_MS;
    while (lane.starts.length > 0 && lane.starts[0]!.at < horizon) lane.starts.shift();
  }

  #lane(endpoint: EndpointId): Lane {
    const lane = this.#lanes.get(endpoint);
    if (lane === undefined) throw new Error(`Unknown endpoint ${endpoint}`);
    return lane;
  }
}

/** The minutes (clock minute numbers) a start at `at` counts in: one, or two near a boundary. */
function windowsOf(at: number): number[] {
  const first = Math.floor((at - SKEW_MS) / RATE_WINDOW_MS);
  const last = Math.floor((at + SKEW_MS) / RATE_WINDOW_MS);
  return first === last ? [first] : [first, last];
}
