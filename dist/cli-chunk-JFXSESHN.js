#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  CursorPolicyError
} from "./cli-chunk-SMCOMD7A.js";

// src/api/errors.ts
var CREATE_KEY_ADVICE = "Create a new Admin API key in the Cursor dashboard (Settings → API keys, or Team Settings → Advanced → API Keys) and store it in CURSOR_API_KEY (in GitHub Actions: the repository secret)";
var ApiError = class extends CursorPolicyError {
  endpoint;
  method;
  path;
  attempts;
  status;
  apiMessage;
  constructor(message, context, options = {}) {
    super(message, options);
    this.endpoint = context.endpoint;
    this.method = context.method;
    this.path = context.path;
    this.attempts = context.attempts;
    this.status = context.status;
    this.apiMessage = context.apiMessage;
  }
};
function call(context) {
  return `${context.method} ${context.path}`;
}
function answered(context) {
  const status = context.status;
  const parts = [
    status === void 0 || status >= 200 && status < 300 ? void 0 : String(status)
  ];
  parts.push(context.apiMessage);
  const text = parts.filter((part) => part !== void 0 && part !== "").join(": ");
  return text === "" ? "" : ` (${text})`;
}
function afterAttempts(context) {
  return context.attempts > 1 ? ` after ${context.attempts} attempts` : "";
}
var AuthError = class extends ApiError {
  constructor(context, write) {
    super(
      `${call(context)} was refused${answered(context)}: the API key is invalid or has been revoked. ${CREATE_KEY_ADVICE}.` + (write ? " If the same key can read, it may be a read-only key: changes need an admin-scope key." : ""),
      context
    );
  }
};
var PermissionError = class extends ApiError {
  constructor(context) {
    super(
      `${call(context)} was forbidden${answered(context)}: the key may not make this call. A read-only key cannot make changes, and the Admin API needs a plan with API access (Enterprise). Use an Admin API key with the admin scope, or check the team's plan.`,
      context
    );
  }
};
var NotTeamMemberError = class extends ApiError {
  email;
  constructor(context, email) {
    super(
      `${call(context)} failed${answered(context)}: ${email ?? "the user"} is not a member of this team. Invite them in the Cursor dashboard first, or remove them from the policy.`,
      context
    );
    this.email = email;
  }
};
var ValidationError = class extends ApiError {
  constructor(context) {
    const verb = context.attempts === 0 ? "was not sent" : "was rejected";
    super(
      `${call(context)} ${verb}${answered(context)}` + (context.request === void 0 ? "" : ` for ${context.request}`) + ". Correct the value in the policy (or the command's arguments) and run again.",
      context
    );
  }
};
var NotFoundError = class extends ApiError {
  constructor(context, advice) {
    super(`${call(context)} was not found${answered(context)}. ${advice}`, context);
  }
};
var RateLimitedError = class extends ApiError {
  constructor(context) {
    super(
      `${call(context)} was still rate limited (429)${afterAttempts(context)}${context.apiMessage === void 0 ? "" : `: ${context.apiMessage}`}. Another tool may be using the team's API budget: wait a minute and run again (every change is safe to re-apply).`,
      context
    );
  }
};
var ServerError = class extends ApiError {
  constructor(context) {
    super(
      `${call(context)} failed with a server error${answered(context)}${afterAttempts(context)}. The Cursor API is having trouble: run again later (every change is safe to re-apply).`,
      context
    );
  }
};
var NetworkError = class extends ApiError {
  baseUrl;
  constructor(context, baseUrl, reason, cause) {
    super(
      `${call(context)} could not reach ${baseUrl}${afterAttempts(context)} (${reason}). Check the base URL (CURSOR_API_BASE_URL or --base-url) and the network connection.`,
      context,
      { cause }
    );
    this.baseUrl = baseUrl;
  }
};
var ProtocolError = class extends ApiError {
  /** Where in the body, e.g. `teamMemberSpend[3].spendCents`; "" for the body itself. */
  fieldPath;
  constructor(context, fieldPath, problem) {
    super(
      `${call(context)}: ${fieldPath === "" ? "" : `${fieldPath}: `}${problem}. The API answered in a shape this version of cursor-policy does not understand: check the base URL points at the Cursor Admin API, and update cursor-policy if it does.`,
      context
    );
    this.fieldPath = fieldPath;
  }
};
var DirectoryGroupsUnavailableError = class extends ApiError {
  constructor(context) {
    super(
      `${call(context)} was not found${answered(context)}: this team or this version of the Cursor Admin API has no directory groups. Remove the directory groups from the policy, or ask Cursor to enable directory groups for the team (check the base URL too).`,
      context
    );
  }
};
var DirectoryGroupNotFoundError = class extends NotFoundError {
  groupId;
  constructor(context, groupId) {
    super(
      context,
      `The directory group ${JSON.stringify(groupId)} may have been deleted since the plan was made (in the dashboard, by your identity provider, or by another run): run plan again.`
    );
    this.groupId = groupId;
  }
};
var ManagedByIdentityProviderError = class extends ApiError {
  groupId;
  constructor(context, groupId) {
    super(
      `${call(context)} was refused${answered(context)}: the directory group ${JSON.stringify(groupId)} is managed by your identity provider (synced by SCIM) and cannot be changed through the API. Change it in the identity provider, or leave it to the identity provider in the policy (ownership: ignore).`,
      context
    );
    this.groupId = groupId;
  }
};
var DirectoryGroupNameTakenError = class extends ApiError {
  groupName;
  constructor(context, groupName) {
    super(
      `${call(context)} was refused${answered(context)}: a directory group named ${JSON.stringify(groupName)} already exists. It may have been created since the plan was made, or by your identity provider: run plan again, or choose another name.`,
      context
    );
    this.groupName = groupName;
  }
};
var BulkRouteUnavailableError = class extends ApiError {
  constructor(context) {
    super(
      `${call(context)} is not available to this team${answered(context)}: the bulk spend-limit route is a preview. Limits are set one at a time through POST /teams/user-spend-limit instead.`,
      context
    );
  }
};

export {
  ApiError,
  AuthError,
  PermissionError,
  NotTeamMemberError,
  ValidationError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  NetworkError,
  ProtocolError,
  DirectoryGroupsUnavailableError,
  DirectoryGroupNotFoundError,
  ManagedByIdentityProviderError,
  DirectoryGroupNameTakenError,
  BulkRouteUnavailableError
};
