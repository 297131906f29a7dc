// The bound a rate-limited run is held to: how long an ideal client would take to make the same
// calls against the same server. The ideal client knows the server's per-minute windows and its
// true limits, never draws a 429, and has no limit on requests in flight; it only has to respect
// the order of the stages (page 1 of the spend report before the other pages, the reads before
// the writes, the writes before the read-back) and each request's latency.
//
// So the bound counts exactly the windows the calls force a run to wait for, and no others: a
// run whose calls fit in the window it starts in is bounded by its latencies alone. (The older
// bound, calls ÷ limit per minute, counted a first window the run never waits for: 300 writes at
// 250 a minute were given 72 s where 23 s are possible from 37.5 s into a minute.)

import type { EndpointId } from "../../src/api/endpoints.js";

const WINDOW_MS = 60_000;

/** Calls per endpoint made together; a stage starts when the one before has all its answers. */
export type Stage = Partial<Record<EndpointId, number>>;

interface BoundInput {
  readonly stages: readonly Stage[];
  /** Per-minute limit the server enforces per endpoint; undefined: no limit. */
  readonly limits: (endpoint: EndpointId) => number | undefined;
  /** When the run starts (the server's windows are the clock's minutes). */
  readonly start: number;
  /** A request's latency: it reaches the server, and is answered, this long after it is sent. */
  readonly latencyMs: number;
  /** Calls already counted in the server's windows before the run (earlier runs), by endpoint. */
  readonly used?: ReadonlyMap<EndpointId, ReadonlyMap<number, number>>;
}

/** The ideal finishing time, ms after `start`. */
export function boundMs(input: BoundInput): number {
  const used = new Map<EndpointId, Map<number, number>>();
  for (const [endpoint, windows] of input.used ?? []) used.set(endpoint, new Map(windows));
  let t = input.start;
  for (const stage of input.stages) {
    let end = t;
    for (const [id, calls] of Object.entries(stage) as [EndpointId, number][]) {
      const limit = input.limits(id);
      const windows = used.get(id) ?? new Map<number, number>();
      used.set(id, windows);
      for (let call = 0; call < calls; call++) {
        let arrival = t + input.latencyMs;
        if (limit !== undefined) {
          let window = Math.floor(arrival / WINDOW_MS);
          while ((windows.get(window) ?? 0) >= limit) window += 1;
          arrival = Math.max(arrival, window * WINDOW_MS);
          windows.set(window, (windows.get(window) ?? 0) + 1);
        }
        end = Math.max(end, arrival);
      }
    }
    t = end;
  }
  return t - input.start;
}
