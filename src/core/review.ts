// What a reviewer approved, reduced to what applying it would do: the fingerprint of the live
// state the plan was computed from, and a digest of what apply SENDS for each change (which entry,
// which value). One comparison serves both hand-offs from review to apply: the CLI's saved plan
// (`plan --out` / `apply --plan`, src/core/saved-plan.ts) and the Action's review stamp in the
// pull request's plan comment (src/render/github/review.ts). Context shown to reviewers (spend
// this cycle, display names, the rule's file and line) moves on its own and is left out: a
// member spending another dollar between review and apply is not a different change.

import { createHash } from "node:crypto";
import type { Change, Plan } from "../model/plan.js";
import { canonicalJson } from "./policy.js";

interface ReviewDigest {
  /** The fingerprint of the live state the plan was computed from. */
  readonly fingerprint: string;
  /** sha256 (hex) of what applying the changes sends, in apply order. */
  readonly changes: string;
}

export function reviewDigest(plan: Plan): ReviewDigest {
  return {
    fingerprint: plan.fingerprint,
    changes: createHash("sha256")
      .update(canonicalJson(plan.changes.map(sentPart)))
      .digest("hex"),
  };
}

/** How an applied plan compares with a reviewed one. */
type ReviewComparison = "same" | "live-state-changed" | "changes-differ";

export function compareReview(reviewed: ReviewDigest, applied: ReviewDigest): ReviewComparison {
  if (reviewed.fingerprint !== applied.fingerprint) return "live-state-changed";
  return reviewed.changes === applied.changes ? "same" : "changes-differ";
}

/** What applying a change sends to the API, and to which entry: its identity and its target value. */
function sentPart(change: Change): Record<string, unknown> {
  const { kind, key } = change;
  switch (change.kind) {
    case "create":
      return { kind, key, url: change.url, after: change.after };
    case "update":
      return { kind, key, url: change.url, id: change.id, after: change.after };
    case "delete":
      return { kind, key, url: change.url, id: change.id };
    case "set":
    case "clear":
      return { kind, key, email: change.email, after: change.after };
    case "group-create":
      return { kind, key, name: change.name, limit: change.limit };
    case "group-update":
      return {
        kind,
        key,
        id: change.id,
        name: change.name,
        ...(change.limit === undefined ? {} : { limit: change.limit.after }),
      };
    case "group-members":
      return {
        kind,
        key,
        id: change.id ?? null,
        add: change.add.map((member) => member.userId),
        remove: change.remove.map((member) => member.userId),
      };
    case "group-delete":
      return { kind, key, id: change.id };
  }
}
