// A model of what a flawless apply does to the live state, as the API would then report it
// (including the legacy shape's inability to report $0). Used to check that planning converges:
// plan -> apply -> plan leaves only what the API can never confirm.

import type { LiveBlocklist, LiveMember, LiveState } from "../../src/model/live.js";
import type { Plan } from "../../src/model/plan.js";
import { normalizeRepoUrl } from "../../src/shared/normalize.js";

export function simulateApply(live: LiveState, plan: Plan): LiveState {
  const legacy = live.shape === "legacy";
  const limits = new Map<string, number | null>();
  const upserts = new Map<string, readonly string[]>();
  const deleted = new Set<string>();
  for (const change of plan.changes) {
    if (change.resource === "spendLimit") limits.set(change.key, change.after);
    else if (change.resource === "directoryGroup") continue;
    else if (change.kind === "delete") deleted.add(change.id);
    else upserts.set(change.url, change.after);
  }

  const members = live.members.map((member): LiveMember => {
    if (!limits.has(member.emailKey)) return member;
    const dollars = limits.get(member.emailKey) ?? null;
    return {
      ...member,
      limit: { dollars: legacy && dollars === 0 ? null : dollars, zeroIsAmbiguous: legacy },
    };
  });

  // The server matches an upsert by exact URL (the strictest reading of the unknown behaviour).
  const blocklists: LiveBlocklist[] = [];
  for (const entry of live.blocklists) {
    if (deleted.has(entry.id)) continue;
    const patterns = upserts.get(entry.url);
    upserts.delete(entry.url);
    blocklists.push(patterns ? { ...entry, patterns: [...patterns] } : entry);
  }
  for (const [url, patterns] of upserts) {
    const urlKey = normalizeRepoUrl(url) ?? url.toLowerCase();
    blocklists.push({ id: `repo_new_${blocklists.length}`, url, urlKey, patterns: [...patterns] });
  }
  return { ...live, members, blocklists };
}
