// "Did you mean ...?" for an email the policy names that is not on the team: shared by the rules
// that give limits (src/plan/spend-limits.ts) and directory-group members
// (src/plan/directory-groups.ts), so both suggest the same way.

import { nearest } from "../shared/edit-distance.js";

/**
 * The live members whose email is nearest to one the policy names, when they are close enough
 * to be a typo of it: one or two edits (one for a local part of four characters or fewer), and
 * every member at the nearest distance, up to three.
 */
export function nearestMembers(email: string, onTeam: Iterable<string>): string[] {
  const local = email.split("@")[0] ?? email;
  const found = nearest(email, onTeam, local.length <= 4 ? 1 : 2, 3);
  const best = found[0]?.distance;
  return found.filter((entry) => entry.distance === best).map((entry) => entry.candidate);
}
