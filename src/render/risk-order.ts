// The one risk ordering of a plan's changes, for every output (text, Markdown, JSON, the pull
// request comment, the job summary, the drift issue): risky changes first, the rest in plan order
// after them. A plan too big for a comment is cut from the end, so what is cut is the harmless
// part. The plan itself (and the apply order, protection first) is untouched: this is only how it
// is shown.
//
// What is risky depends on which way the plan is read:
// - `plan`: what apply would do. Removing protection or a limit is riskiest (a blocklist or
//   directory-group delete, a clear, patterns removed, a group limit cleared), then raising a
//   member's or a group's limit.
// - `drift`: what someone did outside the policy, read from the live side (src/render/drift.ts).
//   Loosening out of band is riskiest (a limit raised or removed, a blocklist deleted, patterns
//   removed), then what exists live that the policy does not know (a hand-made blocklist).

import type { Change, Plan } from "../model/plan.js";
import { driftOf } from "./drift.js";

/** How the plan is read: src/render/rows.ts's RenderMode. */
type Reading = "plan" | "drift";

/** 0: risky; 1: worth a look; 2: anything else. */
type RiskRank = 0 | 1 | 2;

function riskRank(change: Change, mode: Reading = "plan"): RiskRank {
  if (mode === "drift") return driftOf(change).rank;
  switch (change.kind) {
    case "delete":
    case "clear":
      return 0;
    case "update":
      return change.removed.length > 0 ? 0 : 2;
    case "set":
      return typeof change.before === "number" && change.after > change.before ? 1 : 2;
    case "create":
      return 2;
    case "group-delete":
      return 0;
    case "group-update":
      // A group limit cleared removes a limit from everyone in it; raised, like a member's.
      if (change.limit === undefined) return 2;
      if (change.limit.after === null) return change.limit.before === null ? 2 : 0;
      return change.limit.before !== null && change.limit.after > change.limit.before ? 1 : 2;
    case "group-create":
    case "group-members":
      return 2;
  }
}

/** The same plan with its changes in risk order (a stable sort: ties keep plan order). */
export function riskFirst(plan: Plan, mode: Reading = "plan"): Plan {
  return { ...plan, changes: inRiskOrder(plan.changes, mode) };
}

export function inRiskOrder(changes: readonly Change[], mode: Reading): Change[] {
  const ranked = changes.map((change, index) => ({ change, index, rank: riskRank(change, mode) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((entry) => entry.change);
}
