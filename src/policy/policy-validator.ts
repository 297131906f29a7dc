// The compiled policy schema. Here it is compiled by Ajv at run time (tests, `npm run bench`);
// the bundles replace this module with the code Ajv generates from the same schema and options
// at build time (scripts/policy-validator.mjs, used by scripts/build.mjs), so the CLI and the
// Action neither load Ajv nor compile the schema when they start. A test compares the two.

import { Ajv, type ValidateFunction } from "ajv";
import policySchema from "../../schemas/policy.schema.json" with { type: "json" };

/** Strict mode (a schema mistake throws), every error, and each error's schema (for hints). */
const POLICY_AJV_OPTIONS = { strict: true, allErrors: true, verbose: true } as const;

export function compilePolicyValidator(): ValidateFunction {
  return new Ajv(POLICY_AJV_OPTIONS).compile(policySchema);
}
