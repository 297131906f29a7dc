// The order GitHub views list a plan's changes in: risky ones first (blocklist deletions and
// pattern removals, cleared and raised spend limits), the rest in plan order after them. A plan
// too big for a comment or a job summary is cut from the end, so what is cut is the harmless
// part; a reviewer reads the risky part first either way. The plan itself (and the apply order,
// protection first) is untouched: this is only how it is shown.

import type { Change, Plan } from "../../model/plan.js";

/** 0: removes protection or a limit; 1: raises a limit; 2: anything else. */
export function riskRank(change: Change): 0 | 1 | 2 {
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
  }
}

/** The same plan with its changes in risk order (a stable sort: ties keep plan order). */
export function riskFirst(plan: Plan): Plan {
  const ranked = plan.changes.map((change, index) => ({ change, index, rank: riskRank(change) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return { ...plan, changes: ranked.map((entry) => entry.change) };
}
