// A plan is data: the changes that would make live match desired, with everything a reviewer
// needs to judge them, plus notes (worth reporting, not actions) and guardrail violations.
// Renderers turn it into text, Markdown or JSON; nothing here is pre-rendered.
// The JSON form of this type is a documented interface (schemas/plan.schema.json): change it
// only together with PLAN_FORMAT_VERSION.

import type { LimitDollars, LimitRuleRef } from "./desired.js";
import type { ResponseShape } from "./live.js";
import type { SourceLocation } from "./source.js";

export const PLAN_FORMAT_VERSION = 2;

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
  /** The member's effective limit before and after, under the plan's effectiveLimitRule. */
  readonly effective: EffectiveLimit;
}

/**
 * How a member's own limit and their directory groups' limits combine into the limit Cursor
 * enforces. The sources disagree (docs/admin-api.md, "Effective limits"), so a plan states the one
 * it assumes: `highest-applicable` (the default) — the highest limit that is set wins;
 * `most-specific` — the member's own limit when set, else the highest group limit.
 */
export type EffectiveLimitRule = "highest-applicable" | "most-specific";

/** A directory group that applies to a member, by name, with its limit (null: none set). */
export interface GroupLimitRef {
  readonly name: string;
  readonly limit: LimitDollars;
}

/**
 * A member's effective limit before and after the plan, under the plan's `effectiveLimitRule`,
 * computed from their own limit and the limits of the directory groups they are in (a team-wide
 * limit, which the API does not show, is not included). `after` is "unknown" only when the own
 * limit stays unknown (no spend row).
 */
export interface EffectiveLimit {
  readonly before: LimitBefore;
  readonly after: LimitBefore;
  /** The directory groups the member is in after the plan, by name. */
  readonly groups: readonly GroupLimitRef[];
}

export interface LimitSet extends LimitChangeBase {
  readonly kind: "set";
  readonly after: number;
}

export interface LimitClear extends LimitChangeBase {
  readonly kind: "clear";
  readonly after: null;
}

/** A team member a directory-group change adds or removes. */
export interface GroupMemberRef {
  /** As the API lists it. */
  readonly email: string;
  /** The member's id (GET /teams/members' `id`): membership is written by id. */
  readonly userId: string;
}

interface DirectoryGroupChangeBase {
  readonly resource: "directoryGroup";
  /** normalizeGroupName(name). */
  readonly key: string;
  /** The group's name after the change (as the policy writes it); for a delete, as it is live. */
  readonly name: string;
}

/** A new directory group, with its limit; its members come as a `group-members` change. */
export interface DirectoryGroupCreate extends DirectoryGroupChangeBase {
  readonly kind: "group-create";
  readonly limit: LimitDollars;
  readonly source: SourceLocation;
}

/** A live directory group renamed, its limit changed, or both (one PATCH). */
export interface DirectoryGroupUpdate extends DirectoryGroupChangeBase {
  readonly kind: "group-update";
  readonly id: string;
  /** The live name, when the group is renamed. */
  readonly renamedFrom?: string;
  /** The limit before and after, when it changes (after null: the group limit is cleared). */
  readonly limit?: { readonly before: LimitDollars; readonly after: LimitDollars };
  readonly source: SourceLocation;
}

/** Members added to and removed from one directory group. */
export interface DirectoryGroupMembers extends DirectoryGroupChangeBase {
  readonly kind: "group-members";
  /** Absent when the group is created by the same plan (apply uses the new group's id). */
  readonly id?: string;
  /** Sorted by email. */
  readonly add: readonly GroupMemberRef[];
  /** Sorted by email. */
  readonly remove: readonly GroupMemberRef[];
}

/** A live directory group the policy does not declare, deleted (`ownership.directoryGroups.prune`). */
export interface DirectoryGroupDelete extends DirectoryGroupChangeBase {
  readonly kind: "group-delete";
  readonly id: string;
  readonly limit: LimitDollars;
  /** Its members' emails (those on the team), sorted. */
  readonly members: readonly string[];
}

export type BlocklistChange = BlocklistCreate | BlocklistUpdate | BlocklistDelete;
export type LimitChange = LimitSet | LimitClear;
export type DirectoryGroupChange =
  | DirectoryGroupCreate
  | DirectoryGroupUpdate
  | DirectoryGroupMembers
  | DirectoryGroupDelete;
export type Change = BlocklistChange | LimitChange | DirectoryGroupChange;
export type ChangeKind = Change["kind"];

/**
 * The fixed order of changes in a plan, which is also the apply order: blocklist protection
 * first; then directory groups, so that a group exists (with its name and limit) before members
 * are added to it; memberships before members' own limits, so that the per-user writes come last
 * and the read-back sees every input of the effective limits in place; deletes at the end.
 */
export const CHANGE_ORDER: readonly ChangeKind[] = [
  "create",
  "update",
  "group-create",
  "group-update",
  "group-members",
  "set",
  "clear",
  "group-delete",
  "delete",
];

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
  /** A size threshold is exceeded, and --allow-deletes or --allow-large-changes lets it through. */
  | ({ readonly kind: "threshold-overridden" } & ShareBreach)
  /** A limit is raised beyond the raise factor, and --allow-large-changes lets it through. */
  | ({ readonly kind: "limit-raise-overridden" } & RaiseBreach)
  /**
   * A temporary exception (a `users` entry with `until`) has expired: the member falls back to
   * their other rules, which the plan applies.
   */
  | {
      readonly kind: "exception-expired";
      readonly email: string;
      readonly limitDollars: LimitDollars;
      readonly until: string;
      readonly rule: LimitRuleRef;
    }
  /** An email in `pendingMembers` is on the team now: the entry can go. */
  | { readonly kind: "pending-member-joined"; readonly email: string }
  /** A live directory group the policy does not declare and does not prune. */
  | { readonly kind: "unmanaged-directory-group"; readonly name: string; readonly id: string }
  /** A live directory group matched by `ownership.directoryGroups.ignore`: never touched. */
  | {
      readonly kind: "ignored-directory-group";
      readonly name: string;
      readonly id: string;
      readonly pattern: string;
    }
  /**
   * An email a directory group names that is not on the team but is listed in `pendingMembers`:
   * added once they join.
   */
  | {
      readonly kind: "pending-group-member";
      readonly email: string;
      /** The directory group's name, as the policy writes it. */
      readonly group: string;
      readonly source: SourceLocation;
    };

/**
 * A member's own limit that a higher directory-group limit overrides, under the plan's
 * effectiveLimitRule: "cap $50 for alex does not take effect: group data-science allows $400".
 */
export interface IneffectiveCap {
  readonly kind: "ineffective-cap";
  readonly email: string;
  /** The member's own limit the policy asks for. */
  readonly limitDollars: number;
  /** The directory group with the highest limit that overrides it. */
  readonly group: string;
  readonly groupLimitDollars: number;
  readonly rule: LimitRuleRef;
}

export type NoteKind = Note["kind"];

/**
 * Something in the policy that probably does not mean what it says: not an action and not a
 * block (unless `--strict` or a guardrail makes it one), but never to be read past as a note.
 */
export type Warning =
  /**
   * An email the policy names (under users or in a group) who is not on the team and not listed
   * in `pendingMembers`: a typo, or someone who has left. `suggestions` are the live members
   * whose email is nearest (by edit distance), when one is close.
   */
  | {
      readonly kind: "member-not-on-team";
      readonly email: string;
      readonly rule: LimitRuleRef;
      readonly suggestions: readonly string[];
    }
  /** The same, for an email a directory group lists as a member. */
  | GroupMemberNotOnTeam
  /** A violation instead with --strict or `guardrails.requireEffectiveCaps`. */
  | IneffectiveCap;

export interface GroupMemberNotOnTeam {
  readonly kind: "group-member-not-on-team";
  readonly email: string;
  /** The directory group's name, as the policy writes it. */
  readonly group: string;
  /** Where the group lists the email. */
  readonly source: SourceLocation;
  readonly suggestions: readonly string[];
}

export type WarningKind = Warning["kind"];

/** The kinds of change a share threshold counts, each over one kind of live object. */
export type ThresholdKind = "blocklist-deletes" | "directory-group-deletes" | "limit-changes";

/** Where a threshold comes from: the built-in default, or the policy's guardrails. */
export type ThresholdOrigin = "default" | "policy";

/** What lets a threshold through: `--allow-deletes` or `--allow-large-changes` (Action inputs alike). */
export type ThresholdOverride = "allow-deletes" | "allow-large-changes";

/** More changes of one kind than a threshold allows, by count or by share of the live objects. */
export interface ShareBreach {
  readonly threshold: ThresholdKind;
  /** Changes of the kind in the plan. */
  readonly changes: number;
  /** Live objects of the kind, the base of the percentage. */
  readonly total: number;
  readonly maxCount?: number;
  readonly maxPercent?: number;
  /** The plan removes every live object of the kind (a default threshold blocks that at any size). */
  readonly everyOne?: true;
  readonly origin: ThresholdOrigin;
  readonly override: ThresholdOverride;
}

/** One member's limit raised to more than `maxFactor` times what it is. */
export interface RaiseBreach {
  readonly email: string;
  readonly before: number;
  readonly after: number;
  readonly maxFactor: number;
  readonly origin: ThresholdOrigin;
  readonly override: "allow-large-changes";
}

/** A guardrail or safety threshold the plan breaks. Any violation blocks apply (exit 3). */
export type Violation =
  /** A size threshold (the policy's, or the built-in default) is exceeded. */
  | ({ readonly kind: "threshold-exceeded" } & ShareBreach)
  /** A limit is raised to more than the raise factor allows. */
  | ({ readonly kind: "limit-raise-exceeded" } & RaiseBreach)
  /** The sum of the members' limits after the apply is above `guardrails.maxTotalLimit`. */
  | {
      readonly kind: "total-limit-above-maximum";
      readonly totalDollars: number;
      readonly maximum: number;
      /** Members without a limit, not in the total. */
      readonly withoutLimit: number;
    }
  /**
   * `--strict` or `guardrails.requireNamedMembersOnTeam`: an email the policy names is not on the
   * team (the `member-not-on-team` warning, made a block).
   */
  | {
      readonly kind: "member-not-on-team";
      readonly email: string;
      readonly rule: LimitRuleRef;
      readonly suggestions: readonly string[];
      readonly because: "strict" | "guardrail";
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
    }
  /** A directory-group member not on the team, blocking like `member-not-on-team`. */
  | (Omit<GroupMemberNotOnTeam, "kind"> & {
      readonly kind: "group-member-not-on-team";
      readonly because: "strict" | "guardrail";
    })
  /** An ineffective cap, blocking because of --strict or `guardrails.requireEffectiveCaps`. */
  | (Omit<IneffectiveCap, "kind"> & {
      readonly kind: "ineffective-cap";
      readonly because: "strict" | "guardrail";
    });

export type ViolationKind = Violation["kind"];

export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly set: number;
  readonly clear: number;
  readonly groupCreate: number;
  readonly groupUpdate: number;
  readonly groupMembers: number;
  readonly groupDelete: number;
  readonly total: number;
}

/** Monthly limits committed across the team, at one point in time. */
export interface LimitTotals {
  /** The sum of the limits of the members who have one, in whole dollars. */
  readonly committedDollars: number;
  readonly withLimit: number;
  /** Members with no limit: counted here, not in the sum. */
  readonly withoutLimit: number;
  /** Members whose limit is unknown (the spend report had no row): not in the sum. */
  readonly unknown: number;
}

/** The budget line: monthly limits committed now and after the plan is applied. */
export interface Budget {
  readonly before: LimitTotals;
  readonly after: LimitTotals;
}

/** Who made the change that left a live value as it is, from the audit log, or why unknown. */
export type ChangedBy =
  | {
      readonly status: "found";
      /** Who acted, as the server wrote it (an admin's email, `api-key:...`): hostile text. */
      readonly actor?: string;
      /** When, as an ISO 8601 date-time in UTC. */
      readonly at?: string;
      readonly eventType?: string;
      /** `dashboard`, `api`, ...: how the change was made. */
      readonly applicationType?: string;
    }
  | {
      readonly status: "unknown";
      /**
       * `audit-log-unavailable`: the audit log could not be read (a 403, an unreadable answer);
       * `not-found`: no event of the window names the object.
       */
      readonly reason: "audit-log-unavailable" | "not-found";
      readonly detail: string;
    };

/** The attribution of one change: which live object, and who changed it last. */
export interface AttributedChange {
  readonly resource: Change["resource"];
  readonly key: string;
  /** The live entry's id, when the change has one (blocklist updates and deletes). */
  readonly id?: string;
  readonly changedBy: ChangedBy;
}

/**
 * Who changed the live values the plan would change, read from the audit log by src/core (the
 * planner does no I/O). Absent when it was not looked up.
 */
export interface Attribution {
  /** How much of the audit log's window was read (docs/plan-format.md, "Attribution"). */
  readonly status: "complete" | "partial" | "unavailable";
  /** The window searched, ISO 8601 date-times (the API keeps 30 days). */
  readonly windowStart: string;
  readonly windowEnd: string;
  /** Audit-log pages requested. */
  readonly calls: number;
  /** Why the read was partial or unavailable. */
  readonly reason?: string;
  /** One per change, in plan order. */
  readonly changes: readonly AttributedChange[];
}

export interface Plan {
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  /** sha256 over the managed parts of the live state the plan was computed from. */
  readonly fingerprint: string;
  readonly shape: ResponseShape;
  /** In CHANGE_ORDER, then by key. */
  readonly changes: readonly Change[];
  readonly notes: readonly Note[];
  /** Probable mistakes in the policy, sorted like notes. */
  readonly warnings: readonly Warning[];
  readonly violations: readonly Violation[];
  readonly summary: PlanSummary;
  /** The monthly limits committed before and after. */
  readonly budget: Budget;
  /** The rule the effective limits in this plan assume. */
  readonly effectiveLimitRule: EffectiveLimitRule;
  /**
   * Members whose effective limit changes although their own limit does not (a directory group's
   * limit or membership changes), sorted by email. Members with a limit change carry theirs.
   */
  readonly effectiveLimitChanges: readonly EffectiveLimitChange[];
  /** Counts the plan was computed over, for context in summaries. */
  readonly counts: {
    readonly members: number;
    readonly liveBlocklists: number;
    readonly desiredBlocklists: number;
    /** Live directory groups (0 when the team has none or the API has no groups). */
    readonly liveDirectoryGroups: number;
    readonly desiredDirectoryGroups: number;
  };
  /** Who changed what the plan would change; added by src/core after planning. */
  readonly attribution?: Attribution;
}

/** A member whose effective limit changes because of directory-group changes alone. */
export interface EffectiveLimitChange extends EffectiveLimit {
  /** The normalised email. */
  readonly key: string;
  /** As listed by the API. */
  readonly email: string;
}

export interface PlanOptions {
  /** --allow-deletes: a delete threshold is reported but does not block. */
  readonly allowDeletes: boolean;
  /** --allow-large-changes: the other size thresholds (limit changes, raises) do not block. */
  readonly allowLargeChanges?: boolean;
  /**
   * --strict: warnings that can block become violations (an email the policy names that is not
   * on the team, a member cap a directory-group limit overrides).
   */
  readonly strict?: boolean;
  /**
   * Today's date in UTC, YYYY-MM-DD: temporary exceptions (`until`) end after it. An input
   * because the planner reads no clock.
   */
  readonly today: string;
  /** Default "highest-applicable" (docs/admin-api.md, "Effective limits"). */
  readonly effectiveLimitRule?: EffectiveLimitRule;
}
