// State queries and the three writes the Admin API can make, as pure functions: each takes a
// state and returns a new one (the inputs are never changed), with the audit event the write
// leaves behind. The HTTP layer only decides which of these to call.

import { normalizeEmail } from "../shared/normalize.js";
import type { AuditEventState, BlocklistState, EmulatorState, MemberState } from "./types.js";

/** Who made a write, as the audit log records it. The key itself is never recorded. */
export interface Actor {
  readonly keyName: string;
  /** The caller's address, recorded as the audit event's ip_address. */
  readonly ip?: string;
}

export function actorLabel(actor: Actor): string {
  return `api-key:${actor.keyName}`;
}

/** Members that are on the team now (not removed). */
export function activeMembers(state: EmulatorState): MemberState[] {
  return state.members.filter((member) => !member.isRemoved);
}

/** The active member with this email, compared case-insensitively after trimming. */
export function findActiveMember(state: EmulatorState, email: string): MemberState | undefined {
  const key = normalizeEmail(email);
  return state.members.find((m) => !m.isRemoved && normalizeEmail(m.email) === key);
}

/**
 * What is actually enforced: the higher of the member's own limit and a group/team limit.
 * A member with no own limit gets the group limit; with neither, there is no limit (null).
 */
export function effectiveLimitDollars(member: MemberState): number | null {
  const own = member.monthlyLimitDollars;
  const group = member.groupLimitDollars ?? null;
  if (group === null) return own;
  if (own === null) return group;
  return Math.max(own, group);
}

/** Takes the next number from the state's id counter. */
function takeId(state: EmulatorState): { id: number; state: EmulatorState } {
  const id = state.nextId ?? 1;
  return { id, state: { ...state, nextId: id + 1 } };
}

function withAuditEvent(
  state: EmulatorState,
  actor: Actor,
  event: Omit<AuditEventState, "event_id" | "user_email" | "ip_address">,
): { state: EmulatorState; event: AuditEventState } {
  let next = state;
  let eventId: string;
  do {
    const taken = takeId(next);
    next = taken.state;
    eventId = `audit_${String(taken.id).padStart(8, "0")}`;
  } while (next.auditLog.some((e) => e.event_id === eventId));
  const full: AuditEventState = { event_id: eventId, user_email: actorLabel(actor), ...event };
  if (actor.ip !== undefined) full.ip_address = actor.ip;
  return { state: { ...next, auditLog: [...next.auditLog, full] }, event: full };
}

export interface SpendLimitWrite {
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
  const { state: audited, event } = withAuditEvent(next, context.actor, {
    timestamp: context.now,
    event_type: "user_spend_limit",
    event_data: {
      target_email: member.email,
      target_user_id: member.id,
      previous_limit_dollars: member.monthlyLimitDollars,
      new_limit_dollars: dollars,
    },
  });
  return { state: audited, member: updated, event };
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

export interface BlocklistUpsert {
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

export interface BlocklistDeletion {
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
