// The machine-readable plan: the Plan itself, with its formatVersion. A documented interface
// (schemas/plan.schema.json, docs/plan-format.md): change it only with PLAN_FORMAT_VERSION.
// Drift adds `drift`: each change read from the live side, risky first, in the one risk order
// every output shares (src/render/risk-order.ts), with who made it when that was looked up.

import type { ChangedBy, Plan } from "../model/plan.js";
import { changedByOf } from "./attribution.js";
import { type DriftKind, driftOf } from "./drift.js";
import { inRiskOrder } from "./risk-order.js";

/** One entry of a drift report's `drift` list. */
interface DriftEntry {
  /** The change's index in `changes`. */
  readonly change: number;
  readonly resource: Plan["changes"][number]["resource"];
  readonly key: string;
  readonly kind: DriftKind;
  readonly risky: boolean;
  readonly changedBy?: ChangedBy;
}

export function renderJson(plan: Plan, mode: "plan" | "drift" = "plan"): string {
  if (mode === "plan") return `${JSON.stringify(plan, null, 2)}\n`;
  const index = new Map(plan.changes.map((change, i) => [change, i]));
  const drift: DriftEntry[] = inRiskOrder(plan.changes, "drift").map((change) => {
    const framing = driftOf(change);
    const changedBy = changedByOf(plan.attribution, change);
    return {
      change: index.get(change) ?? -1,
      resource: change.resource,
      key: change.key,
      kind: framing.kind,
      risky: framing.rank === 0,
      ...(changedBy === undefined ? {} : { changedBy }),
    };
  });
  return `${JSON.stringify({ ...plan, drift }, null, 2)}\n`;
}
