// Out-of-band changes for tests: a write made "as" a named admin (e.g. ana@acme.example through
// the dashboard) at a chosen time, recorded in the audit log under that identity, so that drift
// attribution can be tested. It goes through the same handlers as the API (minus auth, rate
// limits and faults), or changes the team limit, which the API cannot. `emulator.act(...)` and
// `POST /__emulator/act` take this shape; docs/emulator.md ("Out-of-band changes") describes it.

import { EmulatorConfigError } from "./errors.js";
import { describeValue, isRecord } from "./state-format.js";

/** The Admin API write to make, as a client would send it. */
export interface ActRequest {
  readonly method: "POST" | "PATCH" | "DELETE";
  /** An API path, e.g. `/teams/directory-groups/team_group_x` (no query string). */
  readonly path: string;
  readonly body?: unknown;
}

export interface OutOfBandChange {
  /** Recorded as the audit event's `user_email`. */
  readonly actor: string;
  /** Recorded as `application_type`; default "dashboard". Writes as "api" are refused on SCIM groups. */
  readonly applicationType?: string;
  /** Recorded as `ip_address`; default none. */
  readonly ipAddress?: string;
  /** When it happened: epoch ms or an ISO date-time; default the emulator clock's now. */
  readonly at?: number | string;
  /** An API write... */
  readonly request?: ActRequest;
  /** ...or a new team-wide per-user limit (null clears it): exactly one of the two. */
  readonly teamLimitDollars?: number | null;
}

export interface ActResult {
  readonly status: number;
  /** The JSON body the API would have answered; undefined for an empty body (204). */
  readonly body?: unknown;
}

const DEFAULT_ACT_APPLICATION_TYPE = "dashboard";

export interface CheckedChange {
  readonly actor: string;
  readonly applicationType: string;
  readonly ipAddress?: string;
  readonly at?: number;
  readonly change:
    | { readonly kind: "request"; readonly request: ActRequest }
    | { readonly kind: "team-limit"; readonly dollars: number | null };
}

const FIELDS = ["actor", "applicationType", "ipAddress", "at", "request", "teamLimitDollars"];

/** Checks an out-of-band change (from code or a control-surface body), naming every problem. */
export function parseOutOfBandChange(value: unknown, source: string): CheckedChange {
  const fail = (problems: string[]) =>
    new EmulatorConfigError(`${source}:\n  - ${problems.join("\n  - ")}`, {
      hint: "see docs/emulator.md (Out-of-band changes)",
    });
  if (!isRecord(value)) throw fail([`expected an object, got ${describeValue(value)}`]);
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key)) {
      problems.push(`${key}: unknown field (expected one of ${FIELDS.join(", ")})`);
    }
  }
  const text = (key: string, required: boolean): string | undefined => {
    const field = value[key];
    if (field === undefined && !required) return undefined;
    if (typeof field === "string" && field.trim() !== "") return field.trim();
    problems.push(`${key}: expected a non-empty string, got ${describeValue(field)}`);
    return undefined;
  };
  const actor = text("actor", true) ?? "";
  const applicationType = text("applicationType", false) ?? DEFAULT_ACT_APPLICATION_TYPE;
  const ipAddress = text("ipAddress", false);
  const at = readAt(value.at, problems);
  const hasRequest = value.request !== undefined;
  const hasTeamLimit = Object.hasOwn(value, "teamLimitDollars");
  let change: CheckedChange["change"] | undefined;
  if (hasRequest === hasTeamLimit) {
    problems.push("send exactly one of request and teamLimitDollars");
  } else if (hasRequest) {
    const request = readRequest(value.request, problems);
    if (request) change = { kind: "request", request };
  } else {
    const dollars = value.teamLimitDollars;
    if (dollars === null || (Number.isSafeInteger(dollars) && Number(dollars) >= 0)) {
      change = { kind: "team-limit", dollars: dollars === null ? null : Number(dollars) };
    } else {
      problems.push(
        `teamLimitDollars: expected whole dollars >= 0, or null to clear, got ${describeValue(dollars)}`,
      );
    }
  }
  if (problems.length > 0 || change === undefined) throw fail(problems);
  return {
    actor,
    applicationType,
    ...(ipAddress === undefined ? {} : { ipAddress }),
    ...(at === undefined ? {} : { at }),
    change,
  };
}

function readAt(value: unknown, problems: string[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value.trim())) {
    const at = Date.parse(value.trim());
    if (Number.isFinite(at)) return at;
  }
  problems.push(`at: expected epoch milliseconds or an ISO date-time, got ${describeValue(value)}`);
  return undefined;
}

function readRequest(value: unknown, problems: string[]): ActRequest | undefined {
  if (!isRecord(value)) {
    problems.push(`request: expected {method, path, body?}, got ${describeValue(value)}`);
    return undefined;
  }
  const method = value.method;
  const path = value.path;
  const okMethod = method === "POST" || method === "PATCH" || method === "DELETE";
  if (!okMethod) {
    problems.push(
      `request.method: expected "POST", "PATCH" or "DELETE", got ${describeValue(method)}`,
    );
  }
  if (typeof path !== "string" || !path.startsWith("/")) {
    problems.push(
      `request.path: expected an API path such as /teams/user-spend-limit, got ${describeValue(path)}`,
    );
  }
  if (!okMethod || typeof path !== "string" || !path.startsWith("/")) return undefined;
  return { method, path, ...(value.body === undefined ? {} : { body: value.body }) };
}
