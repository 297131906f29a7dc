// Directory-group membership is written by member id (`userIds`), while policies name members
// by email. This turns emails into ids using the team's member list, and refuses clearly — for
// group features only — when the list carries no ids (the older answer shape).

import { normalizeEmail } from "../shared/normalize.js";
import { GroupsNeedMemberIdsError } from "./errors.js";

interface MemberIds {
  /** The id of each email that is an active member, in the order the emails were given. */
  readonly ids: readonly string[];
  /** Emails that are not (active) members of the team, as given. */
  readonly notOnTeam: readonly string[];
}

/**
 * The member ids of `emails` (compared case-insensitively after trimming) among `members`
 * (LiveState's members, or the API's, without removed ones). Throws GroupsNeedMemberIdsError
 * when a member that is needed has no id. `what` names the change in that message.
 */
export function memberIdsFor(
  emails: readonly string[],
  members: ReadonlyArray<{ readonly email: string; readonly id?: string }>,
  what = "changing directory-group membership",
): MemberIds {
  const byEmail = new Map<string, { readonly id?: string }>();
  for (const member of members) {
    const key = normalizeEmail(member.email);
    if (!byEmail.has(key)) byEmail.set(key, member);
  }
  const ids: string[] = [];
  const notOnTeam: string[] = [];
  for (const email of emails) {
    const member = byEmail.get(normalizeEmail(email));
    if (member === undefined) notOnTeam.push(email);
    else if (member.id === undefined) throw new GroupsNeedMemberIdsError(what);
    else ids.push(member.id);
  }
  return { ids, notOnTeam };
}
