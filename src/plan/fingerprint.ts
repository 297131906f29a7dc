// The fingerprint of the live state a plan was computed from. A saved plan is applied only while
// the live state still has this fingerprint.
//
// It covers only what the plan depends on and apply changes — members (who, role, limit),
// blocklists (id, repo, pattern set), directory groups (id, name, limit, member ids) and the
// response shape — and leaves out what moves on its own:
// spend (every editor request changes it; a reviewed plan must not go stale because someone
// worked), names, effective limits, the billing cycle. Order and repeated patterns do not matter,
// just as they do not matter to the plan.

import { createHash } from "node:crypto";
import type { LiveState } from "../model/live.js";
import { uniqueSorted } from "./order.js";

/** Bump when the canonical form below changes: old saved plans then refuse cleanly. */
const FINGERPRINT_DOMAIN = "cursor-policy/live-state/v1";

/** sha256 hex of the canonical JSON of the managed live state. */
export function fingerprintLiveState(live: LiveState): string {
  const hash = createHash("sha256");
  hash.update(`${FINGERPRINT_DOMAIN}\n`);
  hash.update(`${JSON.stringify({ shape: live.shape })}\n`);

  const members = live.members.map((member) =>
    JSON.stringify([
      "member",
      member.emailKey,
      member.role,
      member.limit === undefined ? "unknown" : [member.limit.dollars, member.limit.zeroIsAmbiguous],
    ]),
  );
  // Default sort compares UTF-16 code units, like compareText, without a callback per comparison.
  hash.update(lines(members.sort()));

  const blocklists = live.blocklists.map((blocklist) =>
    JSON.stringify(["blocklist", blocklist.id, blocklist.urlKey, uniqueSorted(blocklist.patterns)]),
  );
  hash.update(lines(blocklists.sort()));

  // Only a team with directory groups adds lines: fingerprints of teams without any (and of
  // plans made before groups were read) stay what they were.
  const groups = live.directoryGroups?.supported ? live.directoryGroups.groups : [];
  const groupLines = groups.map((group) =>
    JSON.stringify([
      "directoryGroup",
      group.id,
      group.name,
      group.limitDollars,
      uniqueSorted(group.members.map((member) => member.userId)),
    ]),
  );
  hash.update(lines(groupLines.sort()));

  return hash.digest("hex");
}

function lines(items: readonly string[]): string {
  return items.map((item) => `${item}\n`).join("");
}
