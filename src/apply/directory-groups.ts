// Directory-group changes through the write API (docs/admin-api.md, "Directory groups").
//
// Creates, renames and limits first, then memberships: members are added to a group by its id,
// which a new group only has once it is created. One group after another (the routes are paced at
// an inferred 20 calls a minute each); a failure is that change's, and the next group goes on.
// A group synced by the identity provider refuses writes: the client reports that as "managed by
// your identity provider" (ManagedByIdentityProviderError), and the policy can leave such groups
// alone with ownership.directoryGroups.ignore.

import type { AdminWriter } from "../api/client.js";
import { DirectoryGroupNotFoundError } from "../api/errors.js";
import type { ChangeOutcome } from "../model/outcome.js";
import type {
  DirectoryGroupCreate,
  DirectoryGroupDelete,
  DirectoryGroupMembers,
  DirectoryGroupUpdate,
} from "../model/plan.js";

type GroupWrite = DirectoryGroupCreate | DirectoryGroupUpdate | DirectoryGroupMembers;

interface GroupApplyOptions {
  readonly writer: AdminWriter;
  readonly signal?: AbortSignal;
  /** Turns an error into the failed (or interrupted) outcome, as apply does for every change. */
  readonly failed: (change: GroupWrite | DirectoryGroupDelete, error: unknown) => ChangeOutcome;
  /** Runs one change's calls, timing them for the ETA. */
  readonly timed: <T>(call: () => Promise<T>) => Promise<T>;
}

/** Creates, updates and membership changes, in the plan's order (creates and updates first). */
export async function applyDirectoryGroupWrites(
  changes: readonly GroupWrite[],
  options: GroupApplyOptions,
  record: (outcome: ChangeOutcome) => void,
): Promise<void> {
  // The id of each group created now, by key: its membership change names no id.
  const created = new Map<string, string>();
  const notCreated = new Set<string>();
  for (const change of changes) {
    if (options.signal?.aborted) return;
    if (change.kind === "group-members" && change.id === undefined) {
      const id = created.get(change.key);
      if (id === undefined) {
        record({
          change,
          status: "skipped",
          reason: notCreated.has(change.key)
            ? `held back because creating directory group ${JSON.stringify(change.name)} failed`
            : `directory group ${JSON.stringify(change.name)} was not created in this run`,
        });
        continue;
      }
      record(await attempt(change, options, () => writeMembers(options.writer, id, change)));
      continue;
    }
    const outcome = await attempt(change, options, async () => {
      switch (change.kind) {
        case "group-create": {
          const group = await options.writer.createDirectoryGroup(change.name);
          created.set(change.key, group.id);
          if (change.limit !== null) {
            await options.writer.setDirectoryGroupLimit(group.id, change.limit);
          }
          return;
        }
        case "group-update":
          if (change.renamedFrom !== undefined) {
            await options.writer.renameDirectoryGroup(change.id, change.name);
          }
          if (change.limit !== undefined) {
            if (change.limit.after === null) {
              await options.writer.clearDirectoryGroupLimit(change.id);
            } else {
              await options.writer.setDirectoryGroupLimit(change.id, change.limit.after);
            }
          }
          return;
        case "group-members":
          if (change.id !== undefined) await writeMembers(options.writer, change.id, change);
          return;
      }
    });
    if (change.kind === "group-create" && outcome.status !== "applied") notCreated.add(change.key);
    record(outcome);
  }
}

/** Removals, then additions: two calls (a hundred members each) whose order the end state ignores. */
async function writeMembers(
  writer: AdminWriter,
  id: string,
  change: DirectoryGroupMembers,
): Promise<void> {
  if (change.remove.length > 0) {
    await writer.removeDirectoryGroupMembers(
      id,
      change.remove.map((member) => member.userId),
    );
  }
  if (change.add.length > 0) {
    await writer.addDirectoryGroupMembers(
      id,
      change.add.map((member) => member.userId),
    );
  }
}

/**
 * A delete that finds the group already gone is skipped, not failed, as for blocklists: the end
 * state it was for holds.
 */
export async function deleteDirectoryGroup(
  change: DirectoryGroupDelete,
  options: GroupApplyOptions,
): Promise<ChangeOutcome> {
  try {
    const result = await options.timed(() => options.writer.deleteDirectoryGroup(change.id));
    return result === "deleted"
      ? { change, status: "applied" }
      : { change, status: "applied", reason: "already gone when a retry reached it" };
  } catch (error) {
    if (!(error instanceof DirectoryGroupNotFoundError)) return options.failed(change, error);
    return {
      change,
      status: "skipped",
      reason: `already gone: the API has no directory group ${change.id} any more (deleted since the plan was made, by another run, in the dashboard or by your identity provider)`,
    };
  }
}

async function attempt(
  change: GroupWrite,
  options: GroupApplyOptions,
  write: () => Promise<void>,
): Promise<ChangeOutcome> {
  try {
    await options.timed(write);
    return { change, status: "applied" };
  } catch (error) {
    return options.failed(change, error);
  }
}
