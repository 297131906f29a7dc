// The seam through which apply writes spend limits: one route or another, the same batching,
// announcing, pacing and recording in apply.ts.

import type { AdminWriter } from "../api/client.js";
import type { EndpointId } from "../api/endpoints.js";
import type { LimitChange } from "../model/plan.js";

/**
 * What became of one change a LimitWriter was given: written, failed, or given back unsent
 * (`requeue`: the writer changed route, and apply sends it again on the new one).
 */
export type LimitWriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown }
  | { readonly ok: false; readonly requeue: true };

/**
 * How spend-limit changes reach the API. The single route (`singleRouteLimitWriter`) sends one
 * change per call; the bulk route (`bulkRouteLimitWriter`, bulk-limit-writer.ts) sends up to
 * `perCall` in one call and reports each change's fate. Apply batches, announces, paces and
 * records the same way for both.
 */
export interface LimitWriter {
  /**
   * The endpoint its calls go to: apply announces its calls there and asks pacing for an ETA.
   * Read before each call: a writer may change route during a run (the bulk writer's fallback).
   */
  readonly endpoint: EndpointId;
  /** Changes one call carries, at most; read before each call, like `endpoint`. */
  readonly perCall: number;
  /**
   * Sends one call's changes and resolves with one result per change, in order. A failure of the
   * whole call is a result per change (`ok: false` with the error), not a rejection.
   */
  send(changes: readonly LimitChange[]): Promise<readonly LimitWriteResult[]>;
}

/** One POST /teams/user-spend-limit per change. */
export function singleRouteLimitWriter(writer: AdminWriter): LimitWriter {
  return {
    endpoint: "userSpendLimit",
    perCall: 1,
    async send(changes) {
      const results: LimitWriteResult[] = [];
      for (const change of changes) {
        try {
          await writer.setUserSpendLimit(change.email, change.after);
          results.push({ ok: true });
        } catch (error) {
          results.push({ ok: false, error });
        }
      }
      return results;
    },
  };
}
