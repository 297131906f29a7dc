// State queries and the member and blocklist writes the Admin API can make, as pure functions:
// each takes a state and returns a new one (the inputs are never changed), with the audit event
// the write leaves behind. The HTTP layer only decides which of these to call. Directory-group
// writes are in groups.ts, the effective-limit rule in effective-limit.ts.

import { normalizeEmail } from "../shared/normalize.js";
import type { AuditEventState, BlocklistState, EmulatorState, MemberState } from "./types.js";

/** Who made a write, as the audit log records it. The key itself is never recorded. */
export interface Actor {
  /** The audit event's `user_email`: `api-key:<key name>` for API writes, or an admin's email. */
  readonly userEmail: string;
  /** The audit event's `application_type`: `api` for API writes; `dashboard`, `scim`, ... */
  readonly applicationType: string;
  /** The caller's address, recorded as the audit event's ip_address. */
  readonly ip?: string;
}

/** The actor of a write made with an API key: named after the key, never the key itself. */
export function apiKeyActor(keyName: string, ip?: string): Actor {
  return {
    userEmail: `api-key:${keyName}`,
    applicationType: API_APPLICATION_TYPE,
    ...(ip === undefined ? {} : { ip }),
  };
}

/** The application type of writes through the Admin API; only these are refused on SCIM groups. */
export const API_APPLICATION_TYPE = "api";

/** Members that are on the team now (not removed). */
export function activeMembers(state: EmulatorState): MemberState[] {
  return state.members.filter((member) => !member.isRemoved);
}

const activeByEmail = new WeakMap<EmulatorState, ReadonlyMap<string, MemberState>>();

/**
 * The active member with this email, compared case-insensitively after trimming. The index is
 * built once per state (states are never changed in place): a bulk write looks up 100 members
 * per call, and scanning a large team for each took most of a benchmark's emulator time.
 */
export function findActiveMember(state: EmulatorState, email: string): MemberState | undefined {
  let index = activeByEmail.get(state);
  if (index === undefined) {
    const built = new Map<string, MemberState>();
    for (const member of state.members) {
      const key = normalizeEmail(member.email);
      if (!member.isRemoved && !built.has(key)) built.set(key, member);
    }
    index = built;
    activeByEmail.set(state, index);
  }
  return index.get(normalizeEmail(email));
}

/** Takes the next number from the state's id counter. */
export function takeId(state: EmulatorState): { id: number; state: EmulatorState } {
  const id = state.nextId ?? 1;
  return { id, state: { ...state, nextId: id + 1 } };
}

/** An audit event as a write describes it; the id, actor and address are filled in. */
export type AuditEventDraft = Omit<
  AuditEventState,
  "event_id" | "user_email" | "ip_address" | "application_type"
>;

export function withAuditEvent(
  state: EmulatorState,
  actor: Actor,
  event: AuditEventDraft,
): { state: EmulatorState; event: AuditEventState } {
  const { state: next, events } = withAuditEvents(state, actor, [event]);
  const [full] = events;
  if (full === undefined) throw new Error("withAuditEvents() dropped an event");
  return { state: next, event: full };
}

/**
 * Appends several events in one copy of the log: a bulk write of 100 rows must not copy a long
 * log 100 times.
 */
function withAuditEvents(
  state: EmulatorState,
  actor: Actor,
  drafts: readonly AuditEventDraft[],
): { state: EmulatorState; events: AuditEventState[] } {
  if (drafts.length === 0) return { state, events: [] };
  let next = state;
  const used = new Set(state.auditLog.map((e) => e.event_id));
  const events: AuditEventState[] = [];
  for (const draft of drafts) {
    let eventId: string;
    do {
      const taken = takeId(next);
      next = taken.state;
      eventId = `audit_${String(taken.id).padStart(8, "0")}`;
    } while (used.has(eventId));
    used.add(eventId);
    const full: AuditEventState = {
      event_id: eventId,
      user_email: actor.userEmail,
      application_type: actor.applicationType,
      ...draft,
    };
    if (actor.ip !== undefined) full.ip_address = actor.ip;
    events.push(full);
  }
  return { state: { ...next, auditLog: [...next.auditLog, ...events] }, events };
}

interface SpendLimitWrite {
  readonly state: EmulatorState;
  readonly member: MemberState;
  readonly event: AuditEventState;
}

/** Sets (or with null clears) the per-user limit of `member`, which must be in `state`. */
export function setSpendLimit(
  state: EmulatorState,
  member: MemberState,
  dollars: number | null,
  context: { now: number; actor: Actor },
): SpendLimitWrite {
  const updated: MemberState = { ...member, monthlyLimitDollars: dollars };
  const next: EmulatorState = {
    ...state,
    members: state.members.map((m) => (m.id === member.id ? updated : m)),
  };
  const { state: audited, event } = withAuditEvent(
    next,
    context.actor,
    spendLimitEvent(member, dollars, context.now),
  );
  return { state: audited, member: updated, event };
}

function spendLimitEvent(
  member: MemberState,
  dollars: number | null,
  now: number,
): AuditEventDraft {
  return {
    timestamp: now,
    event_type: "user_spend_limit",
    event_data: {
      target_email: member.email,
      target_user_id: member.id,
      previous_limit_dollars: member.monthlyLimitDollars,
      new_limit_dollars: dollars,
    },
  };
}

export interface SpendLimitChange {
  readonly member: MemberState;
  readonly dollars: number | null;
}

/**
 * Sets several per-user limits in one new state (the bulk route), one audit event per member;
 * each member must be in `state` and appear once.
 */
export function setSpendLimits(
  state: EmulatorState,
  changes: readonly SpendLimitChange[],
  context: { now: number; actor: Actor },
): { state: EmulatorState; events: AuditEventState[] } {
  if (changes.length === 0) return { state, events: [] };
  const byId = new Map(changes.map((change) => [change.member.id, change.dollars]));
  const next: EmulatorState = {
    ...state,
    members: state.members.map((m) => {
      const dollars = byId.get(m.id);
      return dollars === undefined ? m : { ...m, monthlyLimitDollars: dollars };
    }),
  };
  return withAuditEvents(
    next,
    context.actor,
    changes.map((change) => spendLimitEvent(change.member, change.dollars, context.now)),
  );
}

/** A new `repo_em...` id, skipping any a hand-edited state already uses. */
function mintRepoId(state: EmulatorState): { id: string; state: EmulatorState } {
  let next = state;
  for (;;) {
    const taken = takeId(next);
    const id = `repo_em${String(taken.id).padStart(8, "0")}`;
    next = taken.state;
    if (!next.blocklists.some((b) => b.id === id)) return { id, state: next };
  }
}

export interface BlocklistInput {
  readonly url: string;
  readonly patterns: readonly string[];
}

interface BlocklistUpsert {
  readonly state: EmulatorState;
  /** One entry per distinct URL sent, in the order first sent, as stored after the write. */
  readonly upserted: BlocklistState[];
  readonly events: AuditEventState[];
}

/**
 * Replaces the patterns of each repo sent; repos not sent are untouched; a URL not seen before
 * gets a new entry and id. URLs are matched by exact string (the server's normalisation is
 * unknown, so the emulator does none: the conservative reading). When one call sends a URL
 * twice, the last patterns win.
 */
export function upsertBlocklists(
  state: EmulatorState,
  repos: readonly BlocklistInput[],
  context: { now: number; actor: Actor },
): BlocklistUpsert {
  let next = state;
  const events: AuditEventState[] = [];
  const order: string[] = [];
  for (const repo of repos) {
    const existing = next.blocklists.find((b) => b.url === repo.url);
    let entry: BlocklistState;
    if (existing) {
      entry = { ...existing, patterns: [...repo.patterns] };
      next = {
        ...next,
        blocklists: next.blocklists.map((b) => (b.id === existing.id ? entry : b)),
      };
    } else {
      const minted = mintRepoId(next);
      entry = { id: minted.id, url: repo.url, patterns: [...repo.patterns] };
      next = { ...minted.state, blocklists: [...minted.state.blocklists, entry] };
    }
    if (!order.includes(entry.id)) order.push(entry.id);
    const audited = withAuditEvent(next, context.actor, {
      timestamp: context.now,
      event_type: "team_repo",
      event_data: {
        action: existing ? "update" : "create",
        repo_id: entry.id,
        repo_url: entry.url,
        patterns: [...entry.patterns],
        previous_patterns: existing ? [...existing.patterns] : null,
      },
    });
    next = audited.state;
    events.push(audited.event);
  }
  const upserted = order.flatMap((id) => next.blocklists.filter((b) => b.id === id));
  return { state: next, upserted, events };
}

interface BlocklistDeletion {
  readonly state: EmulatorState;
  readonly deleted: BlocklistState;
  readonly event: AuditEventState;
}

/** Removes the blocklist with this id; undefined when there is none. */
export function deleteBlocklist(
  state: EmulatorState,
  repoId: string,
  context: { now: number; actor: Actor },
): BlocklistDeletion | undefined {
  const deleted = state.blocklists.find((b) => b.id === repoId);
  if (!deleted) return undefined;
  const next = { ...state, blocklists: state.blocklists.filter((b) => b.id !== repoId) };
  const { state: audited, event } = withAuditEvent(next, context.actor, {
    timestamp: context.now,
    event_type: "team_repo",
    event_data: {
      action: "delete",
      repo_id: deleted.id,
      repo_url: deleted.url,
      patterns: null,
      previous_patterns: [...deleted.patterns],
    },
  });
  return { state: audited, deleted, event };
}

/**
 * Sets (null: clears) the team-wide per-user limit. The Admin API has no route for it: tests
 * change it "as" an admin through the control surface (`act`), which records `team_settings`.
 */
export function setTeamLimit(
  state: EmulatorState,
  dollars: number | null,
  context: { now: number; actor: Actor },
): { state: EmulatorState; event: AuditEventState } {
  const previous = state.team.perUserLimitDollars ?? null;
  const next: EmulatorState = { ...state, team: { ...state.team, perUserLimitDollars: dollars } };
  return withAuditEvent(next, context.actor, {
    timestamp: context.now,
    event_type: "team_settings",
    event_data: {
      setting: "per_user_spend_limit",
      previous_limit_dollars: previous,
      new_limit_dollars: dollars,
    },
  });
}
