// The machine-readable plan: the Plan itself, with its formatVersion. A documented interface
// (schemas/plan.schema.json, docs/plan-format.md): change it only with PLAN_FORMAT_VERSION.

import type { Plan } from "../model/plan.js";

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
