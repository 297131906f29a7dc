// Blocklists: desired vs live, matched by normalised URL, patterns compared as sets.
//
// Decisions (docs/plan-format.md, "How blocklists are planned"):
// - A repo the policy declares is owned by the policy even when an ignore glob matches it: the
//   explicit declaration is the more specific statement. Ignore globs only shield undeclared entries.
// - An update sends the live entry's own URL spelling (BlocklistUpdate.url), so the upsert
//   addresses that entry whatever the server's URL matching is.
// - When the server holds two live entries for one declared repo (two spellings of one URL), one
//   is kept and updated — one whose patterns are already right, else the one spelled as the policy
//   spells it, else the lowest id — and the others are deleted when `prune` is on (the policy
//   declares the repo once; a second entry is not declared) or noted when it is off. Rewriting
//   every spelling instead could never be verified: the server's URL matching is unknown.

import type { DesiredBlocklist, DesiredState } from "../model/desired.js";
import type { LiveBlocklist, LiveState } from "../model/live.js";
import type { BlocklistChange, Note } from "../model/plan.js";
import { compileUrlGlobs } from "../shared/url-globs.js";
import { PlanInputError } from "./errors.js";
import { compareText, uniqueSorted } from "./order.js";

interface BlocklistPlan {
  readonly changes: BlocklistChange[];
  readonly notes: Note[];
}

export function planBlocklists(desired: DesiredState, live: LiveState): BlocklistPlan {
  const changes: BlocklistChange[] = [];
  const notes: Note[] = [];
  const desiredByKey = indexDesired(desired.blocklists);
  const liveByKey = groupLive(live.blocklists);
  const ignoredBy = compileUrlGlobs(desired.ownership.ignore);
  const prune = desired.ownership.prune;

  for (const [key, wanted] of desiredByKey) {
    const entries = liveByKey.get(key);
    const after = uniqueSorted(wanted.patterns);
    if (!entries) {
      changes.push({ kind: "create", resource: "blocklist", key, url: wanted.url, after });
      continue;
    }
    const [primary, ...duplicates] = rankForUpdate(entries, wanted.url, after);
    const update = updateOf(primary!, key, after);
    if (update) changes.push(update);
    for (const duplicate of duplicates) {
      if (prune) changes.push(deleteOf(duplicate, "duplicate"));
      else notes.push({ kind: "duplicate-blocklist", url: duplicate.url, id: duplicate.id, key });
    }
  }

  for (const [key, entries] of liveByKey) {
    if (desiredByKey.has(key)) continue;
    const ignoreGlob = ignoredBy(key);
    for (const entry of entries) {
      if (ignoreGlob !== undefined) {
        notes.push({
          kind: "ignored-blocklist",
          url: entry.url,
          id: entry.id,
          pattern: ignoreGlob,
        });
      } else if (prune) {
        changes.push(deleteOf(entry, "undeclared"));
      } else {
        notes.push({ kind: "unmanaged-blocklist", url: entry.url, id: entry.id });
      }
    }
  }
  return { changes, notes };
}

function updateOf(
  entry: LiveBlocklist,
  key: string,
  after: readonly string[],
): BlocklistChange | undefined {
  const liveSet = new Set(entry.patterns);
  const wantedSet = new Set(after);
  const added = after.filter((pattern) => !liveSet.has(pattern));
  const removed = uniqueSorted(entry.patterns.filter((pattern) => !wantedSet.has(pattern)));
  if (added.length === 0 && removed.length === 0) return undefined;
  return {
    kind: "update",
    resource: "blocklist",
    key,
    url: entry.url,
    id: entry.id,
    before: uniqueSorted(entry.patterns),
    after,
    added,
    removed,
  };
}

function deleteOf(entry: LiveBlocklist, reason: "undeclared" | "duplicate"): BlocklistChange {
  return {
    kind: "delete",
    resource: "blocklist",
    key: entry.urlKey,
    url: entry.url,
    id: entry.id,
    before: uniqueSorted(entry.patterns),
    reason,
  };
}

/** The entry to keep first: one already right, else the policy's spelling, else the lowest id. */
function rankForUpdate(
  entries: readonly LiveBlocklist[],
  url: string,
  after: readonly string[],
): LiveBlocklist[] {
  if (entries.length === 1) return [...entries];
  const score = (entry: LiveBlocklist) =>
    (samePatterns(entry.patterns, after) ? 0 : 2) + (entry.url === url ? 0 : 1);
  return [...entries].sort((a, b) => score(a) - score(b) || compareText(a.id, b.id));
}

function samePatterns(live: readonly string[], after: readonly string[]): boolean {
  const liveSet = new Set(live);
  return liveSet.size === after.length && after.every((pattern) => liveSet.has(pattern));
}

function indexDesired(blocklists: readonly DesiredBlocklist[]): Map<string, DesiredBlocklist> {
  const byKey = new Map<string, DesiredBlocklist>();
  for (const blocklist of blocklists) {
    const earlier = byKey.get(blocklist.urlKey);
    if (earlier) {
      throw new PlanInputError(
        `Two policy entries are the same repository ${blocklist.urlKey}: ${where(earlier)} and ${where(blocklist)}`,
        { hint: "Keep one entry per repository (URLs are compared after normalisation)." },
      );
    }
    byKey.set(blocklist.urlKey, blocklist);
  }
  return byKey;
}

function groupLive(blocklists: readonly LiveBlocklist[]): Map<string, LiveBlocklist[]> {
  const byKey = new Map<string, LiveBlocklist[]>();
  for (const blocklist of blocklists) {
    const list = byKey.get(blocklist.urlKey);
    if (list) list.push(blocklist);
    else byKey.set(blocklist.urlKey, [blocklist]);
  }
  return byKey;
}

function where(blocklist: DesiredBlocklist): string {
  return `"${blocklist.url}" (${blocklist.source.file}:${blocklist.source.line}:${blocklist.source.column})`;
}
