// The live state of a team as read from the Admin API, after the client has checked every
// response and folded the API's several shapes into one. The planner sees only this.

/** Which generation of response shapes the API answered with (docs/emulator.md, "What it serves"). */
export type ResponseShape = "current" | "legacy";

export interface LiveLimit {
  /** The per-user monthly limit in whole dollars; null when no per-user limit is set. */
  readonly dollars: number | null;
  /**
   * True when the limit was read from the legacy `hardLimitOverrideDollars` field, where 0 means
   * "no override": a $0 limit and no limit look the same, so `dollars: null` may really be $0.
   */
  readonly zeroIsAmbiguous: boolean;
  /**
   * `effectivePerUserLimitDollars` when the API sends it: what is actually enforced once team and
   * group limits are combined (null = none). Undefined on responses that lack the field.
   */
  readonly effectiveDollars?: number | null;
}

export interface LiveMember {
  /** As the API returned it. */
  readonly email: string;
  /** normalizeEmail(email): the key members are matched by. */
  readonly emailKey: string;
  readonly name: string;
  /** normalizeRole(role): `owner`, `member`, `free-owner`, or an unknown value kept as is. */
  readonly role: string;
  readonly id?: string;
  /** Spend this billing cycle in cents; may be fractional. 0 when the spend report has no row. */
  readonly spendCents: number;
  /** Undefined when the spend report had no row for this member, so the limit is unknown. */
  readonly limit?: LiveLimit;
}

export interface LiveBlocklist {
  readonly id: string;
  /** As the API returned it. */
  readonly url: string;
  /** normalizeRepoUrl(url), or the trimmed lower-cased url when it cannot be parsed. */
  readonly urlKey: string;
  readonly patterns: readonly string[];
}

/** A member of a directory group, as the group lists them. */
export interface LiveDirectoryGroupMember {
  /** The member's id (GET /teams/members' `id`). */
  readonly userId: string;
  /** From the group listing, else from the team's member list; undefined when neither says. */
  readonly email?: string;
  /** normalizeEmail(email), when the email is known: the key members are matched by. */
  readonly emailKey?: string;
}

/** A Cursor directory group (not a policy rule group): members with their own monthly limit. */
export interface LiveDirectoryGroup {
  /** `team_group_...`. */
  readonly id: string;
  /** As the API returned it. */
  readonly name: string;
  /** The name trimmed and lower-cased: group names are compared this way. */
  readonly nameKey: string;
  /** The group's monthly limit in whole dollars; null when it has none. */
  readonly limitDollars: number | null;
  readonly members: readonly LiveDirectoryGroupMember[];
}

/**
 * The team's directory groups, or why there are none to read:
 * - `supported: true`: the groups (possibly none). `membersHaveIds` is false when the team's
 *   member list carries no ids (the older answer shape): membership cannot be written then.
 * - `supported: false`: the API answered 404 on the group routes (a team or an API without
 *   the feature). Fine for a policy that declares no groups; an error for one that does.
 * Nothing marks a SCIM-synced group: only a refused write tells (docs/emulator.md).
 */
export type LiveDirectoryGroups =
  | {
      readonly supported: true;
      readonly groups: readonly LiveDirectoryGroup[];
      readonly membersHaveIds: boolean;
    }
  | { readonly supported: false; readonly reason: string };

export interface LiveState {
  /** Active members only: rows with `isRemoved: true` are dropped by the client. */
  readonly members: readonly LiveMember[];
  readonly blocklists: readonly LiveBlocklist[];
  /**
   * Directory groups, when they were asked for (readLiveState's `directoryGroups` option);
   * undefined when they were not read. The planner needs them when the policy manages groups,
   * and counts their limits in every member's effective limit; the fingerprint covers them.
   */
  readonly directoryGroups?: LiveDirectoryGroups;
  /** Start of the current billing cycle (epoch ms), when the API says. */
  readonly cycleStart?: number;
  readonly shape: ResponseShape;
}
