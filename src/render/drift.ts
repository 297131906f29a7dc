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
  | "blocklist-duplicate";

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
  "limit-lowered": { rank: 2, label: "lowered outside policy" },
  "limit-added": { rank: 2, label: "limit set outside policy" },
  "limit-ambiguous": { rank: 2, label: "no limit or $0 live (the legacy API cannot tell)" },
  "limit-unknown": { rank: 2, label: "live limit unknown (no spend report row)" },
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
  }
}
