// `plan --out FILE` / `apply --plan FILE`: apply exactly what was reviewed. The file carries the
// plan (with the fingerprint of the live state it was computed from) and the digest of the policy;
// apply refuses when either has changed since. It never contains the API key.
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { PLAN_FORMAT_VERSION, type Plan } from "../model/plan.js";
import { safeForOutput } from "../shared/redact.js";
import { VERSION } from "../shared/version.js";
import { outputPathError, StalePlanError } from "./errors.js";

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

export async function writeSavedPlan(file: string, saved: SavedPlan): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    // Scrubbed like every output (a server could echo the key into a member's name); hidden
    // characters become JSON escapes, so the plan reads back the same.
    await writeFile(temp, `${safeForOutput(JSON.stringify(saved, null, 2))}\n`, { mode: 0o600 });
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
