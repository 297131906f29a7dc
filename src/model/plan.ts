// A plan is data: the changes that would make live match desired, with everything a reviewer
// needs to judge them, plus notes (worth reporting, not actions) and guardrail violations.
// Renderers turn it into text, Markdown or JSON; nothing here is pre-rendered.
// The JSON form of this type is a documented interface (schemas/plan.schema.json): change it
// only together with PLAN_FORMAT_VERSION.

import type { LimitDollars, LimitRuleRef } from "./desired.js";
import type { ResponseShape } from "./live.js";

export const PLAN_FORMAT_VERSION = 1;

export interface BlocklistCreate {
  readonly kind: "create";
  readonly resource: "blocklist";
  /** The normalised repo URL. */
  readonly key: string;
  /** As written in policy: what is sent to the API. */
  readonly url: string;
  readonly after: readonly string[];
}

export interface BlocklistUpdate {
  readonly kind: "update";
  readonly resource: "blocklist";
  readonly key: string;
  /**
   * The LIVE entry's URL, as the server stored it: the upsert must send the server's own spelling,
   * because how the server matches URLs is unknown and another spelling could create a duplicate.
   */
  readonly url: string;
  readonly id: string;
  /** The live patterns as a set: de-duplicated and sorted. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface BlocklistDelete {
  readonly kind: "delete";
  readonly resource: "blocklist";
  readonly key: string;
  /** As the API stored it. */
  readonly url: string;
  readonly id: string;
  readonly before: readonly string[];
  /**
   * Why it goes: the policy does not declare the repo (`undeclared`, with `ownership.prune`), or it
   * is a second live entry for a repo the policy declares (`duplicate`: the server stored another
   * spelling of the same URL). Always set by the planner.
   */
  readonly reason?: "undeclared" | "duplicate";
}

/** The user's limit as read, for display: "unknown" when the spend report had no row. */
export type LimitBefore = LimitDollars | "unknown";

interface LimitChangeBase {
  readonly resource: "spendLimit";
  /** The normalised email. */
  readonly key: string;
  /** As listed by the API. */
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly before: LimitBefore;
  readonly rule: LimitRuleRef;
  /** Spend so far this cycle, in cents. */
  readonly spendCents: number;
  /**
   * The before value was read from the legacy `hardLimitOverrideDollars` field, where 0 means "no
   * override": `before: null` may really be a $0 limit.
   */
  readonly beforeAmbiguous?: true;
}

export interface LimitSet extends LimitChangeBase {
  readonly kind: "set";
  readonly after: number;
}

export interface LimitClear extends LimitChangeBase {
  readonly kind: "clear";
  readonly after: null;
}

export type BlocklistChange = BlocklistCreate | BlocklistUpdate | BlocklistDelete;
export type LimitChange = LimitSet | LimitClear;
export type Change = BlocklistChange | LimitChange;
export type ChangeKind = Change["kind"];

/** The fixed order of changes in a plan, which is also the apply order (protection first). */
export const CHANGE_ORDER: readonly ChangeKind[] = ["create", "update", "set", "clear", "delete"];

export type Note =
  /** A member no rule covers: left alone. */
  | { readonly kind: "uncovered-member"; readonly email: string; readonly role: string }
  /** A user named in policy who is not on the team yet: applied once they join. */
  | { readonly kind: "pending-member"; readonly email: string; readonly rule: LimitRuleRef }
  /** The new limit is below what the user already spent this cycle: it blocks them at once. */
  | {
      readonly kind: "limit-below-spend";
      readonly email: string;
      readonly limitDollars: number;
      readonly spendCents: number;
    }
  /** A higher group or team limit means the API will not make this limit effective. */
  | {
      readonly kind: "limit-not-effective";
      readonly email: string;
      readonly limitDollars: LimitDollars;
      readonly effectiveDollars: LimitDollars;
    }
  /** Legacy response shape: a $0 limit cannot be told from no limit for this member. */
  | { readonly kind: "ambiguous-zero-limit"; readonly email: string; readonly wanted: LimitDollars }
  /**
   * Legacy shape: the policy clears a limit, but the legacy spend-limit write has no null, so an
   * API of that generation may refuse the clear. Planned anyway (newer APIs accept it).
   */
  | { readonly kind: "legacy-clear"; readonly email: string; readonly limitDollars: number }
  /** The spend report had no row for this member, so the current limit is unknown. */
  | { readonly kind: "limit-unknown"; readonly email: string }
  /** A live blocklist the policy does not declare and does not prune. */
  | { readonly kind: "unmanaged-blocklist"; readonly url: string; readonly id: string }
  /** A live blocklist matched by `ownership.ignore`: managed elsewhere, never touched. */
  | {
      readonly kind: "ignored-blocklist";
      readonly url: string;
      readonly id: string;
      readonly pattern: string;
    }
  /** The policy repeats a pattern or lists the same one twice after expansion. */
  | { readonly kind: "duplicate-pattern"; readonly url: string; readonly pattern: string }
  /**
   * A second live entry for a declared repo (another spelling of the same URL), left alone because
   * `ownership.prune` is off. With prune on it is a `delete` with reason `duplicate` instead.
   */
  | {
      readonly kind: "duplicate-blocklist";
      readonly url: string;
      readonly id: string;
      /** The normalised URL of the declared repo it duplicates. */
      readonly key: string;
    }
  /** The delete threshold is exceeded but --allow-deletes lets the plan through. */
  | {
      readonly kind: "deletes-allowed";
      readonly deletes: number;
      readonly total: number;
      readonly maxCount?: number;
      readonly maxPercent?: number;
    };

export type NoteKind = Note["kind"];

/** A guardrail or safety threshold the plan breaks. Any violation blocks apply (exit 3). */
export type Violation =
  | {
      readonly kind: "too-many-deletes";
      readonly deletes: number;
      /** Live blocklists the percentage is taken of. */
      readonly total: number;
      readonly maxCount?: number;
      readonly maxPercent?: number;
      /** True when --allow-deletes lets it through. */
      readonly overridable: true;
    }
  | {
      readonly kind: "limit-above-maximum";
      readonly email: string;
      readonly limit: LimitDollars;
      readonly maximum: number;
      readonly rule: LimitRuleRef;
    }
  | { readonly kind: "member-without-limit"; readonly email: string; readonly rule?: LimitRuleRef }
  | { readonly kind: "protected-repo-delete"; readonly url: string; readonly pattern: string }
  | {
      readonly kind: "limit-conflict";
      readonly email: string;
      readonly rules: readonly LimitRuleRef[];
    };

export type ViolationKind = Violation["kind"];

export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly set: number;
  readonly clear: number;
  readonly total: number;
}

export interface Plan {
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  /** sha256 over the managed parts of the live state the plan was computed from. */
  readonly fingerprint: string;
  readonly shape: ResponseShape;
  /** In CHANGE_ORDER, then by key. */
  readonly changes: readonly Change[];
  readonly notes: readonly Note[];
  readonly violations: readonly Violation[];
  readonly summary: PlanSummary;
  /** Counts the plan was computed over, for context in summaries. */
  readonly counts: {
    readonly members: number;
    readonly liveBlocklists: number;
    readonly desiredBlocklists: number;
  };
}

export interface PlanOptions {
  /** --allow-deletes: the delete threshold is reported but does not block. */
  readonly allowDeletes: boolean;
}
