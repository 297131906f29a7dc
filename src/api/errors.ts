// What can go wrong talking to the Admin API, as a few classes the entry points can tell apart.
// Every message names the call (method and path) and says what to do; the request path
// (http.ts) builds them, passing every text through the key redactor first.

import { CursorPolicyError } from "../shared/errors.js";
import type { EndpointId } from "./endpoints.js";

const CREATE_KEY_ADVICE =
  "Create a new Admin API key in the Cursor dashboard (Settings → API keys, or Team Settings → " +
  "Advanced → API Keys) and store it in CURSOR_API_KEY (in GitHub Actions: the repository secret)";

/** Which call failed and how: every API error carries this. */
export interface ApiCallContext {
  readonly endpoint: EndpointId;
  readonly method: string;
  /** The path actually requested, e.g. `/settings/repo-blocklists/repos/repo_123`. */
  readonly path: string;
  /** How many attempts were made (1 when the first answer was final). */
  readonly attempts: number;
  /** The HTTP status of the last answer, when one arrived. */
  readonly status?: number;
  /** What the API said, read from whichever of its error body shapes it used. */
  readonly apiMessage?: string;
  /** The values sent that the API may be complaining about, e.g. `userEmail "a@b" ...`. */
  readonly request?: string;
}

/** Base class of every Admin API failure. */
export class ApiError extends CursorPolicyError {
  readonly endpoint: EndpointId;
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
  readonly status: number | undefined;
  readonly apiMessage: string | undefined;

  constructor(message: string, context: ApiCallContext, options: { cause?: unknown } = {}) {
    super(message, options);
    this.endpoint = context.endpoint;
    this.method = context.method;
    this.path = context.path;
    this.attempts = context.attempts;
    this.status = context.status;
    this.apiMessage = context.apiMessage;
  }
}

function call(context: ApiCallContext): string {
  return `${context.method} ${context.path}`;
}

/**
 * ` (401: Invalid API key)` — the status and the API's own words, when there are any. A 2xx
 * status is left out: `{"outcome": "error"}` can come with 200, and "200" would only confuse.
 */
function answered(context: ApiCallContext): string {
  const status = context.status;
  const parts = [
    status === undefined || (status >= 200 && status < 300) ? undefined : String(status),
  ];
  parts.push(context.apiMessage);
  const text = parts.filter((part) => part !== undefined && part !== "").join(": ");
  return text === "" ? "" : ` (${text})`;
}

function afterAttempts(context: ApiCallContext): string {
  return context.attempts > 1 ? ` after ${context.attempts} attempts` : "";
}

/** 401: the key is wrong, revoked, or (on some set-ups) lacks the scope. */
export class AuthError extends ApiError {
  constructor(context: ApiCallContext, write: boolean) {
    super(
      `${call(context)} was refused${answered(context)}: the API key is invalid or has been ` +
        `revoked. ${CREATE_KEY_ADVICE}.` +
        (write
          ? " If the same key can read, it may be a read-only key: changes need an admin-scope key."
          : ""),
      context,
    );
  }
}

/** 403: a read-only key used for a write, or a plan without Admin API access. */
export class PermissionError extends ApiError {
  constructor(context: ApiCallContext) {
    super(
      `${call(context)} was forbidden${answered(context)}: the key may not make this call. ` +
        "A read-only key cannot make changes, and the Admin API needs a plan with API access " +
        "(Enterprise). Use an Admin API key with the admin scope, or check the team's plan.",
      context,
    );
  }
}

/** The user named in a spend-limit write is not on the team. */
export class NotTeamMemberError extends ApiError {
  readonly email: string | undefined;

  constructor(context: ApiCallContext, email: string | undefined) {
    super(
      `${call(context)} failed${answered(context)}: ${email ?? "the user"} is not a member of ` +
        "this team. Invite them in the Cursor dashboard first, or remove them from the policy.",
      context,
    );
    this.email = email;
  }
}

/**
 * 400 or `{"outcome": "error"}`: the API rejected a value we sent. Also thrown before sending
 * (attempts 0) for a value the API documents as invalid, such as fractional dollars.
 */
export class ValidationError extends ApiError {
  constructor(context: ApiCallContext) {
    const verb = context.attempts === 0 ? "was not sent" : "was rejected";
    super(
      `${call(context)} ${verb}${answered(context)}` +
        (context.request === undefined ? "" : ` for ${context.request}`) +
        ". Correct the value in the policy (or the command's arguments) and run again.",
      context,
    );
  }
}

/** 404: the path or the id does not exist. */
export class NotFoundError extends ApiError {
  constructor(context: ApiCallContext, advice: string) {
    super(`${call(context)} was not found${answered(context)}. ${advice}`, context);
  }
}

/** 429 on every attempt. */
export class RateLimitedError extends ApiError {
  constructor(context: ApiCallContext) {
    super(
      `${call(context)} was still rate limited (429)${afterAttempts(context)}` +
        `${context.apiMessage === undefined ? "" : `: ${context.apiMessage}`}. Another tool may ` +
        "be using the team's API budget: wait a minute and run again (every change is safe to " +
        "re-apply).",
      context,
    );
  }
}

/** 5xx on every attempt. */
export class ServerError extends ApiError {
  constructor(context: ApiCallContext) {
    super(
      `${call(context)} failed with a server error${answered(context)}${afterAttempts(context)}. ` +
        "The Cursor API is having trouble: run again later (every change is safe to re-apply).",
      context,
    );
  }
}

/** No answer: connection refused or reset, DNS failure, timeout. */
export class NetworkError extends ApiError {
  readonly baseUrl: string;

  constructor(context: ApiCallContext, baseUrl: string, reason: string, cause?: unknown) {
    super(
      `${call(context)} could not reach ${baseUrl}${afterAttempts(context)} (${reason}). ` +
        "Check the base URL (CURSOR_API_BASE_URL or --base-url) and the network connection.",
      context,
      { cause },
    );
    this.baseUrl = baseUrl;
  }
}

/** The answer was not JSON, or not in any shape we know. */
export class ProtocolError extends ApiError {
  /** Where in the body, e.g. `teamMemberSpend[3].spendCents`; "" for the body itself. */
  readonly fieldPath: string;

  constructor(context: ApiCallContext, fieldPath: string, problem: string) {
    super(
      `${call(context)}: ${fieldPath === "" ? "" : `${fieldPath}: `}${problem}. The API ` +
        "answered in a shape this version of cursor-policy does not understand: check the base " +
        "URL points at the Cursor Admin API, and update cursor-policy if it does.",
      context,
    );
    this.fieldPath = fieldPath;
  }
}

// ---- Directory groups and the bulk route (docs/emulator.md, "The 2026 surface") --------------

/**
 * 404 on the directory-group list: this team (its plan) or this version of the Admin API has no
 * directory groups. Fine when the policy declares none; a clear error when it declares some.
 */
export class DirectoryGroupsUnavailableError extends ApiError {
  constructor(context: ApiCallContext) {
    super(
      `${call(context)} was not found${answered(context)}: this team or this version of the ` +
        "Cursor Admin API has no directory groups. Remove the directory groups from the policy, " +
        "or ask Cursor to enable directory groups for the team (check the base URL too).",
      context,
    );
  }
}

/** 404 on one group's route: the group is gone (or, rarely, the API has no groups at all). */
export class DirectoryGroupNotFoundError extends NotFoundError {
  readonly groupId: string;

  constructor(context: ApiCallContext, groupId: string) {
    super(
      context,
      `The directory group ${JSON.stringify(groupId)} may have been deleted since the plan was ` +
        "made (in the dashboard, by your identity provider, or by another run): run plan again.",
    );
    this.groupId = groupId;
  }
}

/**
 * A write to a group synced from an identity provider (SCIM) was refused (400 or 403 with a
 * message). Nothing marks such a group in advance, so only the refusal tells.
 */
export class ManagedByIdentityProviderError extends ApiError {
  readonly groupId: string;

  constructor(context: ApiCallContext, groupId: string) {
    super(
      `${call(context)} was refused${answered(context)}: the directory group ` +
        `${JSON.stringify(groupId)} is managed by your identity provider (synced by SCIM) and ` +
        "cannot be changed through the API. Change it in the identity provider, or leave it " +
        "to the identity provider in the policy (ownership: ignore).",
      context,
    );
    this.groupId = groupId;
  }
}

/** Creating or renaming a group to a name another group already has (400 or 409). */
export class DirectoryGroupNameTakenError extends ApiError {
  readonly groupName: string;

  constructor(context: ApiCallContext, groupName: string) {
    super(
      `${call(context)} was refused${answered(context)}: a directory group named ` +
        `${JSON.stringify(groupName)} already exists. It may have been created since the plan ` +
        "was made, or by your identity provider: run plan again, or choose another name.",
      context,
    );
    this.groupName = groupName;
  }
}

/**
 * The bulk spend-limit route answered 403 (the preview is not enabled) or 404 (an older API).
 * setUserSpendLimits() turns this into its `route-unavailable` outcome; it is exported for
 * callers that make the call themselves.
 */
export class BulkRouteUnavailableError extends ApiError {
  constructor(context: ApiCallContext) {
    super(
      `${call(context)} is not available to this team${answered(context)}: the bulk ` +
        "spend-limit route is a preview. Limits are set one at a time through " +
        "POST /teams/user-spend-limit instead.",
      context,
    );
  }
}

/**
 * Group membership is written by member id, which only the newer GET /teams/members answer
 * carries. Thrown before any call, for group features only: limits and blocklists keep working.
 */
export class GroupsNeedMemberIdsError extends CursorPolicyError {
  constructor(what: string) {
    super(
      `${what}: the Admin API lists this team's members without ids (the older answer shape), ` +
        "and directory-group membership can only be changed by member id.",
      {
        hint:
          "leave directory-group membership out of the policy for this team, or check that the " +
          "base URL points at the current Cursor Admin API; spend limits and blocklists are not affected",
      },
    );
  }
}
