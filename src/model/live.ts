// The live state of a team as read from the Admin API, after the client has checked every
// response and folded the API's several shapes into one. The planner sees only this.

/** Which generation of response shapes the API answered with (see cursor-admin-api.md). */
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

export interface LiveState {
  /** Active members only: rows with `isRemoved: true` are dropped by the client. */
  readonly members: readonly LiveMember[];
  readonly blocklists: readonly LiveBlocklist[];
  /** Start of the current billing cycle (epoch ms), when the API says. */
  readonly cycleStart?: number;
  readonly shape: ResponseShape;
}
