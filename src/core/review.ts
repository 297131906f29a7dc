// What a reviewer saw, reduced to two digests: the fingerprint of the live state and a hash of
// the planned changes. The plan comment carries it (src/render/github/review.ts writes it); apply
// recomputes it for the plan it applies and compares.

import { createHash } from "node:crypto";
import type { Plan } from "../model/plan.js";
import { canonicalJson } from "./policy.js";

export interface ReviewDigest {
  readonly fingerprint: string;
  readonly changes: string;
}

export function reviewDigest(plan: Plan): ReviewDigest {
  return {
    fingerprint: plan.fingerprint,
    changes: createHash("sha256").update(canonicalJson(plan.changes)).digest("hex"),
  };
}
