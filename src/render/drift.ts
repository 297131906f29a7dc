// Drift read from the live side: each change of the plan says what apply would do; read the
// other way round, it says what happened to the team outside the policy. "$999 → $200" in a plan
// is, as drift, "raised outside policy: $200 → $999 (policy says $200)" — the risky event.
// The framing and the risk of each kind are decided here, once, for every output.

import type { Change } from "../model/plan.js";

/** What happened outside the policy, as the live state shows it. */
export type DriftKind =
  | "limit-raised"
  | "limit-removed"
  | "limit-lowered"
  | "limit-added"
  | "limit-ambiguous"
  | "limit-unknown"
  | "blocklist-deleted"
  | "patterns-removed"
  | "patterns-added"
  | "blocklist-unmanaged"
  | "blocklist-duplicate"
  | "group-deleted"
  | "group-limit-raised"
  | "group-limit-removed"
  | "group-limit-lowered"
  | "group-limit-added"
  | "group-renamed"
  | "group-members-added"
  | "group-members-removed"
  | "group-unmanaged";

export interface DriftFraming {
  readonly kind: DriftKind;
  /** 0: loosened out of band (risky); 1: exists live, unknown to the policy; 2: the rest. */
  readonly rank: 0 | 1 | 2;
  /** Our wording: "raised outside policy". */
  readonly label: string;
}

const FRAMINGS: Readonly<Record<DriftKind, Omit<DriftFraming, "kind">>> = {
  "limit-raised": { rank: 0, label: "raised outside policy" },
  "limit-removed": { rank: 0, label: "limit removed outside policy" },
  "blocklist-deleted": { rank: 0, label: "deleted outside policy" },
  "patterns-removed": { rank: 0, label: "patterns removed outside policy" },
  "blocklist-unmanaged": { rank: 1, label: "exists live, not in policy" },
  "blocklist-duplicate": { rank: 1, label: "second entry for a repository the policy declares" },
  "patterns-added": { rank: 1, label: "patterns added outside policy" },
  "group-deleted": { rank: 0, label: "directory group deleted outside policy" },
  "group-limit-raised": { rank: 0, label: "group limit raised outside policy" },
  "group-limit-removed": { rank: 0, label: "group limit removed outside policy" },
  "group-unmanaged": { rank: 1, label: "directory group exists live, not in policy" },
  "group-members-added": { rank: 1, label: "members added to the group outside policy" },
  "limit-lowered": { rank: 2, label: "lowered outside policy" },
  "limit-added": { rank: 2, label: "limit set outside policy" },
  "limit-ambiguous": { rank: 2, label: "no limit or $0 live (the legacy API cannot tell)" },
  "limit-unknown": { rank: 2, label: "live limit unknown (no spend report row)" },
  "group-limit-lowered": { rank: 2, label: "group limit lowered outside policy" },
  "group-limit-added": { rank: 2, label: "group limit set outside policy" },
  "group-renamed": { rank: 2, label: "directory group renamed outside policy" },
  "group-members-removed": { rank: 2, label: "members removed from the group outside policy" },
};

/** The drift kinds in risk order: the order counts and tables list them in. */
export const DRIFT_KINDS = (Object.keys(FRAMINGS) as DriftKind[]).sort(
  (a, b) => FRAMINGS[a].rank - FRAMINGS[b].rank,
);

export function driftFraming(kind: DriftKind): DriftFraming {
  return { kind, ...FRAMINGS[kind] };
}

/** What the change, read from the live side, says happened outside the policy. */
export function driftOf(change: Change): DriftFraming {
  return driftFraming(driftKind(change));
}

function driftKind(change: Change): DriftKind {
  switch (change.kind) {
    case "create":
      return "blocklist-deleted";
    case "update":
      // The policy adds what the live entry lost: protection removed outside the policy.
      return change.added.length > 0 ? "patterns-removed" : "patterns-added";
    case "delete":
      return change.reason === "duplicate" ? "blocklist-duplicate" : "blocklist-unmanaged";
    case "clear":
      return change.before === "unknown" ? "limit-unknown" : "limit-added";
    case "set": {
      const live = change.before;
      if (live === "unknown") return "limit-unknown";
      if (change.beforeAmbiguous) return "limit-ambiguous";
      if (live === null) return "limit-removed";
      return live > change.after ? "limit-raised" : "limit-lowered";
    }
    case "group-create":
      return "group-deleted";
    case "group-delete":
      return "group-unmanaged";
    case "group-update": {
      const limit = change.limit;
      if (limit === undefined) return "group-renamed";
      // `before` is live, `after` the policy's: read from the live side.
      if (limit.before === null) return "group-limit-removed";
      if (limit.after === null) return "group-limit-added";
      return limit.before > limit.after ? "group-limit-raised" : "group-limit-lowered";
    }
    case "group-members":
      // The policy removes members someone added (who may now have the group's higher limit).
      return change.remove.length > 0 ? "group-members-added" : "group-members-removed";
  }
}
