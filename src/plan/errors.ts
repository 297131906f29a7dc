import { CursorPolicyError } from "../shared/errors.js";

/**
 * The planner was handed inputs that break the DesiredState / LiveState contract (the loader or
 * client should have refused them). Thrown rather than guessed around: a plan built on a guess
 * could delete or loosen the wrong thing.
 */
export class PlanInputError extends CursorPolicyError {}

/**
 * The policy declares directory groups, but the API answered 404 on the group routes: this team,
 * or this version of the Admin API, has no directory groups (docs/admin-api.md). Planning the
 * rest without them would promise effective limits the team cannot have.
 */
export class DirectoryGroupsUnavailableError extends CursorPolicyError {
  constructor(groups: number, reason: string) {
    super(
      `the policy declares ${groups === 1 ? "a directory group" : `${groups} directory groups`}, but this team or this version of the Cursor Admin API has no directory groups (${reason})`,
      {
        hint: "remove directoryGroups from the policy (spend limits and blocklists work without them), or ask Cursor to enable directory groups for the team; check --base-url too",
      },
    );
  }
}

/**
 * Directory-group membership is written by member id, and the API listed the team's members
 * without ids (the older answer shape): the plan cannot add or remove members.
 */
export class GroupMembersNeedIdsError extends CursorPolicyError {
  constructor(email: string, group: string) {
    super(
      `directory group "${group}" should gain ${email}, but the Admin API lists this team's members without ids (the older answer shape), and membership can only be changed by member id`,
      {
        hint: "leave directoryGroups out of the policy for this team, or check that the base URL points at the current Cursor Admin API; spend limits and blocklists are not affected",
      },
    );
  }
}
