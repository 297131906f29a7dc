// POST /teams/user-spend-limits: up to 100 per-user limits in one call (a preview in late 2026).
// The request is checked as a whole first — 1 to 100 well-formed updates, no email twice — and a
// 400 applies nothing. Then each row stands alone: a member who is not on the team (or an email
// of the wrong format) fails only its own row, a limit that is already set is `unchanged`.

import { BULK_SPEND_LIMIT_MAX_UPDATES } from "../../api/endpoints.js";
import { normalizeEmail } from "../../shared/normalize.js";
import { findActiveMember, type SpendLimitChange, setSpendLimits } from "../state.js";
import { describeValue, isRecord } from "../state-format.js";
import {
  badRequest,
  bodyObject,
  type HandlerInput,
  type HandlerOutput,
  RequestError,
} from "./common.js";
import { EMAIL_FORMAT } from "./team.js";

interface Update {
  readonly userEmail: string;
  readonly dollars: number | null;
}

type RowResult =
  | { userEmail: string; status: "updated" | "unchanged" }
  | { userEmail: string; status: "failed"; error: string };

function readUpdates(body: Record<string, unknown>): Update[] {
  const updates = body.updates;
  if (!Array.isArray(updates)) {
    throw badRequest(
      `updates is required: an array of 1 to ${BULK_SPEND_LIMIT_MAX_UPDATES} {userEmail, spendLimitDollars}, got ${describeValue(updates)}`,
    );
  }
  if (updates.length === 0 || updates.length > BULK_SPEND_LIMIT_MAX_UPDATES) {
    throw badRequest(
      `updates must have 1 to ${BULK_SPEND_LIMIT_MAX_UPDATES} entries, got ${updates.length}; nothing was applied`,
    );
  }
  const seen = new Map<string, number>();
  return updates.map((update: unknown, index): Update => {
    const at = `updates[${index}]`;
    if (!isRecord(update))
      throw badRequest(`${at} must be an object, got ${describeValue(update)}`);
    const { userEmail, spendLimitDollars } = update;
    if (typeof userEmail !== "string") {
      throw badRequest(`${at}.userEmail must be a string, got ${describeValue(userEmail)}`);
    }
    const wholeDollars =
      spendLimitDollars === null ||
      (typeof spendLimitDollars === "number" &&
        Number.isSafeInteger(spendLimitDollars) &&
        spendLimitDollars >= 0);
    if (!wholeDollars) {
      throw badRequest(
        `${at}.spendLimitDollars must be a whole number of dollars >= 0 or null, got ${describeValue(spendLimitDollars)}`,
      );
    }
    const key = normalizeEmail(userEmail);
    const first = seen.get(key);
    if (first !== undefined) {
      throw badRequest(
        `${at}.userEmail repeats updates[${first}].userEmail (${JSON.stringify(userEmail)}); each member may appear once; nothing was applied`,
      );
    }
    seen.set(key, index);
    return { userEmail, dollars: spendLimitDollars };
  });
}

export function userSpendLimitsBulk({
  state,
  now,
  actor,
  body: rawBody,
}: HandlerInput): HandlerOutput {
  if (state.features?.bulkSpendLimits === false) {
    throw new RequestError(403, {
      error: "Forbidden",
      message:
        "Bulk spend limits are a preview feature that is not enabled for this team; use POST /teams/user-spend-limit",
    });
  }
  const updates = readUpdates(bodyObject(rawBody));
  const results: RowResult[] = [];
  const changes: SpendLimitChange[] = [];
  for (const update of updates) {
    const { userEmail, dollars } = update;
    if (!EMAIL_FORMAT.test(userEmail.trim())) {
      results.push({ userEmail, status: "failed", error: "Invalid email format" });
      continue;
    }
    const member = findActiveMember(state, userEmail);
    if (member === undefined) {
      results.push({ userEmail, status: "failed", error: "User is not a member of this team" });
    } else if (member.monthlyLimitDollars === dollars) {
      results.push({ userEmail, status: "unchanged" });
    } else {
      results.push({ userEmail, status: "updated" });
      changes.push({ member, dollars });
    }
  }
  const written = setSpendLimits(state, changes, { now, actor });
  const count = (status: RowResult["status"]) => results.filter((r) => r.status === status).length;
  return {
    response: {
      status: 200,
      body: {
        requestedCount: updates.length,
        updatedCount: count("updated"),
        unchangedCount: count("unchanged"),
        failedCount: count("failed"),
        results,
      },
    },
    ...(changes.length > 0 ? { state: written.state } : {}),
  };
}
