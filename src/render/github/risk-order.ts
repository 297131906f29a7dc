// The order GitHub views list a plan's changes in: risky ones first (blocklist and directory-group
// deletions, pattern removals, cleared and raised spend and group limits), the rest in plan order after them. A plan
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
    case "group-delete":
      return 0;
    case "group-update":
      if (change.limit === undefined) return 2;
      if (change.limit.after === null) return change.limit.before === null ? 2 : 0;
      return change.limit.before !== null && change.limit.after > change.limit.before ? 1 : 2;
    case "group-create":
    case "group-members":
      return 2;
  }
}

/** The same plan with its changes in risk order (a stable sort: ties keep plan order). */
export function riskFirst(plan: Plan): Plan {
  const ranked = plan.changes.map((change, index) => ({ change, index, rank: riskRank(change) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return { ...plan, changes: ranked.map((entry) => entry.change) };
}
