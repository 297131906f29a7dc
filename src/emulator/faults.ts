// Fault injection: which fault (if any) a request suffers. One seeded draw per request picks at
// most one of error / drop / malformed / hang by their rates, so a test that fixes the seed sees
// the same faults on every run. `burst429` is a countdown, not a rate.

import { ENDPOINT_IDS, type EndpointId } from "../api/endpoints.js";
import type { FaultConfig, FaultSpec } from "./types.js";

export type FaultDecision =
  | { readonly kind: "none" }
  | { readonly kind: "error"; readonly status: 500 | 502 | 503 }
  | { readonly kind: "drop" }
  | { readonly kind: "malformed"; readonly variant: "truncated" | "not-json" }
  | { readonly kind: "hang" };

/** The spec for an endpoint: its own fields over the "*" fields. */
export function faultSpecFor(config: FaultConfig, endpoint: EndpointId): FaultSpec {
  return { ...config["*"], ...config[endpoint] };
}

const ERROR_STATUSES = [500, 502, 503] as const;

/** Picks this request's fault from `spec`'s rates, drawing from `random` only when a rate is set. */
export function sampleFault(spec: FaultSpec, random: () => number): FaultDecision {
  const bands = [
    ["error", spec.errorRate ?? 0],
    ["drop", spec.dropRate ?? 0],
    ["malformed", spec.malformedRate ?? 0],
    ["hang", spec.hangRate ?? 0],
  ] as const;
  if (bands.every(([, rate]) => rate <= 0)) return { kind: "none" };
  let draw = random();
  for (const [kind, rate] of bands) {
    if (draw < rate) {
      switch (kind) {
        case "error":
          return {
            kind,
            status: ERROR_STATUSES[Math.floor(random() * ERROR_STATUSES.length)] ?? 500,
          };
        case "malformed":
          return { kind, variant: random() < 0.5 ? "truncated" : "not-json" };
        default:
          return { kind };
      }
    }
    draw -= rate;
  }
  return { kind: "none" };
}

/**
 * The `burst429` countdowns: an endpoint's own burst is used first, then the "*" burst (shared
 * by every endpoint). Reset whenever the fault configuration is replaced.
 */
export class BurstCounters {
  readonly #remaining = new Map<EndpointId | "*", number>();

  reset(config: FaultConfig): void {
    this.#remaining.clear();
    for (const [key, spec] of Object.entries(config)) {
      const target = key === "*" ? key : ENDPOINT_IDS.find((id) => id === key);
      if (target !== undefined && spec?.burst429) this.#remaining.set(target, spec.burst429);
    }
  }

  /** True when this request is one of a burst of 429s (and uses it up). */
  take(endpoint: EndpointId): boolean {
    for (const key of [endpoint, "*"] as const) {
      const left = this.#remaining.get(key) ?? 0;
      if (left > 0) {
        this.#remaining.set(key, left - 1);
        return true;
      }
    }
    return false;
  }
}

/** Bodies that look like what broken proxies and servers send. */
export function errorBody(status: 500 | 502 | 503): { contentType: string; text: string } {
  switch (status) {
    case 500:
      return {
        contentType: "application/json",
        text: JSON.stringify({
          error: "Internal Server Error",
          message: "An unexpected error occurred",
        }),
      };
    case 502:
      // A gateway in front of the API answers in HTML, not JSON: clients must cope.
      return {
        contentType: "text/html",
        text: "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
      };
    case 503:
      return {
        contentType: "application/json",
        text: JSON.stringify({
          error: "Service Unavailable",
          message: "The service is temporarily unavailable",
        }),
      };
  }
}

/** A 200 body that is not the JSON the client expects: the real body cut short, or HTML. */
export function malformedBody(realBody: string, variant: "truncated" | "not-json"): string {
  if (variant === "not-json") return "<!DOCTYPE html><html><body>Service error</body></html>";
  return realBody.slice(0, Math.max(1, Math.floor(realBody.length / 2))) || "{";
}
