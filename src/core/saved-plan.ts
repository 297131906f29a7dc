// `plan --out FILE` / `apply --plan FILE`: apply exactly what was reviewed. The file carries the
// plan (with the fingerprint of the live state it was computed from) and the digest of the policy;
// apply refuses when either has changed since. It never contains the API key.
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PLAN_FORMAT_VERSION, type Plan } from "../model/plan.js";
import { safeForOutput } from "../shared/redact.js";
import { VERSION } from "../shared/version.js";
import { outputPathError, StalePlanError } from "./errors.js";
import { compareReview, reviewDigest } from "./review.js";

export const SAVED_PLAN_KIND = "cursor-policy/saved-plan";

export interface SavedPlan {
  readonly kind: typeof SAVED_PLAN_KIND;
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  readonly toolVersion: string;
  readonly policyDigest: string;
  readonly plan: Plan;
}

export function toSavedPlan(plan: Plan, policyDigest: string): SavedPlan {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    toolVersion: VERSION,
    policyDigest,
    plan,
  };
}

/**
 * The file's text: the same for `plan --out` and the Action's `plan-out`. Scrubbed like every
 * output (a server could echo the key into a member's name); hidden characters become JSON
 * escapes, so the plan reads back the same.
 */
export function savedPlanText(saved: SavedPlan): string {
  return `${safeForOutput(JSON.stringify(saved, null, 2))}\n`;
}

export async function writeSavedPlan(file: string, saved: SavedPlan): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, savedPlanText(saved), { mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    throw outputPathError(file, error, "--out");
  }
}

export async function readSavedPlan(file: string): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new StalePlanError(
      `cannot read the saved plan ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      {
        hint: "create it with `cursor-policy plan --out FILE`",
      },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StalePlanError(`the saved plan ${file} is not valid JSON`, {
      hint: "create it again with `cursor-policy plan --out FILE`",
    });
  }
  if (!isSavedPlan(data)) {
    throw new StalePlanError(
      `${file} is not a cursor-policy saved plan (format version ${PLAN_FORMAT_VERSION})`,
      {
        hint: "create it with `cursor-policy plan --out FILE` using this version of cursor-policy",
      },
    );
  }
  return data;
}

function isSavedPlan(data: unknown): data is SavedPlan {
  if (!data || typeof data !== "object") return false;
  const record = data as Record<string, unknown>;
  const plan = record.plan as Record<string, unknown> | undefined;
  return (
    record.kind === SAVED_PLAN_KIND &&
    record.formatVersion === PLAN_FORMAT_VERSION &&
    typeof record.policyDigest === "string" &&
    !!plan &&
    typeof plan.fingerprint === "string" &&
    Array.isArray(plan.changes)
  );
}

/** Why a saved plan can no longer be applied as it is. */
export type SavedPlanMismatch = "policy" | "live-state" | "changes";

/** The saved plan no longer describes what apply would do now: nothing was applied. */
export class SavedPlanOutdatedError extends StalePlanError {
  constructor(
    readonly mismatch: SavedPlanMismatch,
    message: string,
    hint: string,
  ) {
    super(message, { hint });
  }
}

/**
 * Throws unless applying `fresh` (planned just now from `policyDigest` and the live team) does
 * exactly what `saved` said it would. The comparison is src/core/review.ts's, the same the
 * Action uses for a pull request's review stamp: only what apply sends counts, so spend that
 * moved since the plan was made (or a renamed member) does not refuse it.
 */
export function checkSavedPlanStillHolds(
  saved: SavedPlan,
  fresh: Plan,
  policyDigest: string,
): void {
  if (saved.policyDigest !== policyDigest) {
    throw new SavedPlanOutdatedError(
      "policy",
      "the policy has changed since the saved plan was made; nothing was applied",
      "run `cursor-policy plan --out FILE` again on the current policy, review it, and apply that",
    );
  }
  const comparison = compareReview(reviewDigest(saved.plan), reviewDigest(fresh));
  if (comparison === "live-state-changed") {
    throw new SavedPlanOutdatedError(
      "live-state",
      `the live state has changed since the saved plan was made (fingerprint ${short(saved.plan.fingerprint)} is now ${short(fresh.fingerprint)}); nothing was applied`,
      "someone changed the team in the meantime: run `cursor-policy plan --out FILE` again, review it, and apply that",
    );
  }
  // Same policy and same live state give the same plan; compare anyway, so that what is applied
  // is exactly what was reviewed even if a planner change slipped in between.
  if (comparison === "changes-differ") {
    throw new SavedPlanOutdatedError(
      "changes",
      "the saved plan's changes differ from a fresh plan of the same policy and live state; nothing was applied",
      "the plan was probably made by another version of cursor-policy: make it again with this version",
    );
  }
}

function short(fingerprint: string): string {
  return fingerprint.slice(0, 12);
}
