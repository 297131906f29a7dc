// GET /teams/members, POST /teams/spend and POST /teams/user-spend-limit, in both shapes.
// The bulk route POST /teams/user-spend-limits is in bulk-spend-limits.ts.

import { effectiveLimitDollars } from "../effective-limit.js";
import { activeMembers, findActiveMember, setSpendLimit } from "../state.js";
import { describeValue, isRecord } from "../state-format.js";
import type { EmulatorSettings, EmulatorState, MemberState } from "../types.js";
import {
  bodyObject,
  type HandlerInput,
  type HandlerOutput,
  ok,
  optionalEnum,
  optionalInteger,
  optionalString,
  pageOf,
  RequestError,
} from "./common.js";

/** The seeds' member examples capitalise roles (`Owner`, `Member`); unknown roles stay as they are. */
const LEGACY_ROLE_NAMES: Readonly<Record<string, string>> = {
  owner: "Owner",
  member: "Member",
  "free-owner": "Free-owner",
};

export function members({ state, settings }: HandlerInput): HandlerOutput {
  if (settings.shape === "legacy") {
    return ok({
      teamMembers: activeMembers(state).map((m) => ({
        name: m.name,
        email: m.email,
        role: LEGACY_ROLE_NAMES[m.role] ?? m.role,
      })),
    });
  }
  return ok({
    teamMembers: state.members.map((m) => ({
      name: m.name,
      email: m.email,
      role: m.role,
      id: m.id,
      isRemoved: m.isRemoved === true,
    })),
  });
}

/** The spend endpoint's page size when the request names none (undocumented; public clients send 100). */
const DEFAULT_SPEND_PAGE_SIZE = 100;

const SORT_FIELDS = ["amount", "date", "user"] as const;
type SortField = (typeof SORT_FIELDS)[number];

/**
 * Orders members for the spend report. Members carry no join date, so `date` is their order in
 * the state (join order: desc = newest first); `user` is by name, then email.
 */
function compareMembers(
  sortBy: SortField,
  position: ReadonlyMap<MemberState, number>,
): (a: MemberState, b: MemberState) => number {
  const byPosition = (a: MemberState, b: MemberState) =>
    (position.get(a) ?? 0) - (position.get(b) ?? 0);
  switch (sortBy) {
    case "amount":
      return (a, b) => a.spendCents - b.spendCents || byPosition(a, b);
    case "user":
      return (a, b) => a.name.localeCompare(b.name, "en") || a.email.localeCompare(b.email, "en");
    case "date":
      return byPosition;
  }
}

function spendRow(
  state: EmulatorState,
  member: MemberState,
  settings: EmulatorSettings,
): Record<string, unknown> {
  const legacyOverride = member.monthlyLimitDollars ?? 0;
  const common = {
    name: member.name,
    email: member.email,
    role: member.role,
    spendCents: member.spendCents,
    fastPremiumRequests: member.fastPremiumRequests ?? 0,
  };
  if (settings.shape === "legacy") {
    // The seeds' only limit field, where 0 means "no override".
    return { ...common, [settings.legacyLimitField]: legacyOverride };
  }
  return {
    ...common,
    userId: member.id,
    overallSpendCents: member.overallSpendCents ?? member.spendCents,
    monthlyLimitDollars: member.monthlyLimitDollars,
    effectivePerUserLimitDollars: effectiveLimitDollars(state, member, settings.effectiveLimitRule),
    hardLimitOverrideDollars: legacyOverride,
  };
}

/**
 * The members a spend report lists, searched and sorted, remembered per state: a client reading
 * a large team asks for page after page of the same order, and sorting every member again for
 * each page made reading a 50,000-member team take seconds of emulator time (a benchmark
 * measured it). States are never changed in place — every write makes a new one — so a state
 * object is a safe key, and a write starts a fresh cache.
 */
const reportCache = new WeakMap<EmulatorState, Map<string, readonly MemberState[]>>();

function sortedReport(
  state: EmulatorState,
  searchTerm: string,
  sortBy: SortField,
  sortDirection: "asc" | "desc",
): readonly MemberState[] {
  const key = JSON.stringify([searchTerm, sortBy, sortDirection]);
  let cached = reportCache.get(state);
  if (cached === undefined) {
    cached = new Map();
    reportCache.set(state, cached);
  }
  const hit = cached.get(key);
  if (hit !== undefined) return hit;
  const listed = activeMembers(state);
  const position = new Map(listed.map((m, index) => [m, index]));
  const matching = listed.filter(
    (m) =>
      !searchTerm ||
      m.name.toLowerCase().includes(searchTerm) ||
      m.email.toLowerCase().includes(searchTerm),
  );
  const compare = compareMembers(sortBy, position);
  matching.sort(sortDirection === "asc" ? compare : (a, b) => compare(b, a));
  // Few orders are ever asked of one state; forget the oldest beyond a handful (searches vary).
  if (cached.size >= 8) cached.delete(cached.keys().next().value ?? "");
  cached.set(key, matching);
  return matching;
}

export function spend({ state, settings, body: rawBody }: HandlerInput): HandlerOutput {
  const body = bodyObject(rawBody);
  const searchTerm = optionalString(body, "searchTerm")?.trim().toLowerCase();
  const sortBy = optionalEnum(body, "sortBy", SORT_FIELDS) ?? "date";
  const sortDirection = optionalEnum(body, "sortDirection", ["asc", "desc"] as const) ?? "desc";
  const page = optionalInteger(body, "page", { min: 1 }) ?? 1;
  const requested = optionalInteger(body, "pageSize", { min: 1 }) ?? DEFAULT_SPEND_PAGE_SIZE;
  // Larger pages are silently cut to the server's maximum: clients must follow totalPages.
  const pageSize = Math.min(requested, settings.maxSpendPageSize);

  const matching = sortedReport(state, searchTerm ?? "", sortBy, sortDirection);
  const info = pageOf(matching.length, page, pageSize);
  return ok({
    teamMemberSpend: matching
      .slice(info.start, info.start + pageSize)
      .map((m) => spendRow(state, m, settings)),
    subscriptionCycleStart: state.subscriptionCycleStart,
    totalMembers: matching.length,
    totalPages: info.totalPages,
  });
}

// A pragmatic email check: something@something.tld, no spaces. The real server's rule is unknown.
export const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function userSpendLimit({ state, settings, now, actor, body }: HandlerInput): HandlerOutput {
  // This endpoint answers failures with {outcome: "error"}; the status that comes with it is
  // unknown in the docs, so it is a setting (default 400; clients must also handle 200).
  const failure = (message: string) =>
    new RequestError(settings.outcomeErrorStatus, { outcome: "error", message });
  if (!isRecord(body)) {
    throw failure(`Request body must be a JSON object, got ${describeValue(body)}`);
  }
  const email = body.userEmail;
  const dollars = body.spendLimitDollars;
  if (email === undefined || email === null) throw failure("userEmail is required");
  if (typeof email !== "string") {
    throw failure(`userEmail must be a string, got ${describeValue(email)}`);
  }
  if (!EMAIL_FORMAT.test(email.trim())) throw failure("Invalid email format");
  if (dollars === undefined) throw failure("spendLimitDollars is required");
  const nullAllowed = settings.shape === "current";
  const valid =
    (dollars === null && nullAllowed) ||
    (typeof dollars === "number" && Number.isSafeInteger(dollars) && dollars >= 0);
  if (!valid) {
    throw failure(
      `spendLimitDollars must be a whole number of dollars >= 0${nullAllowed ? " or null to remove the limit" : ""}, got ${describeValue(dollars)}`,
    );
  }
  const limit = typeof dollars === "number" ? dollars : null;
  const member = findActiveMember(state, email);
  if (!member) throw new RequestError(400, { error: "User is not a member of this team" });

  const write = setSpendLimit(state, member, limit, { now, actor });
  const message =
    limit === null
      ? `Spend limit removed for user ${member.email}`
      : `Spend limit set to $${limit} for user ${member.email}`;
  return { response: { status: 200, body: { outcome: "success", message } }, state: write.state };
}
