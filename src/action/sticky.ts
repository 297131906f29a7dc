// One comment per pull request and policy directory, edited in place. Ours is the comment that
// starts with the directory's marker line AND is written by the token's own account: a person or
// another app quoting the marker never has their comment edited. Every run converges: duplicates
// of ours (left by a create whose answer was lost, or by two runs at once) are deleted, the
// oldest is kept.

import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { createOnce } from "./create-once.js";
import { startsWithMarker } from "./markers.js";
import { type IssueComment, isOwnAuthor, type RepoApi } from "./repo-api.js";

type StickyAction = "created" | "updated" | "unchanged";

interface StickyResult {
  readonly action: StickyAction;
  readonly commentId: number;
  readonly url: string;
  /** Our own extra comments with the same marker, deleted on the way. */
  readonly duplicatesRemoved: number;
}

interface StickyDeps {
  readonly clock: Clock;
  readonly logger: Logger;
}

export async function upsertStickyComment(
  api: RepoApi,
  issueNumber: number,
  markerText: string,
  body: string,
  deps: StickyDeps,
): Promise<StickyResult> {
  const [existing, ...duplicates] = await findOurComments(api, issueNumber, markerText);
  for (const duplicate of duplicates) {
    deps.logger.info(
      `deleting a duplicate of our comment on #${issueNumber}: ${duplicate.html_url}`,
    );
    await api.deleteIssueComment(duplicate.id);
  }
  const duplicatesRemoved = duplicates.length;
  if (!existing) {
    const created = await createOnce({
      what: `the comment on #${issueNumber}`,
      create: () => api.createIssueComment(issueNumber, body),
      find: async () => (await findOurComments(api, issueNumber, markerText))[0],
      ...deps,
    });
    await warnOnUnexpectedAuthor(api, created, deps.logger);
    return { action: "created", commentId: created.id, url: created.html_url, duplicatesRemoved };
  }
  if (sameText(existing.body, body)) {
    return {
      action: "unchanged",
      commentId: existing.id,
      url: existing.html_url,
      duplicatesRemoved,
    };
  }
  const updated: IssueComment = await api.updateIssueComment(existing.id, body);
  return { action: "updated", commentId: updated.id, url: updated.html_url, duplicatesRemoved };
}

/** Our comment with this marker on the issue or pull request, looked for across every page. */
export async function findStickyComment(
  api: RepoApi,
  issueNumber: number,
  markerText: string,
): Promise<IssueComment | undefined> {
  return (await findOurComments(api, issueNumber, markerText))[0];
}

/** Ours, oldest first. */
async function findOurComments(
  api: RepoApi,
  issueNumber: number,
  markerText: string,
): Promise<IssueComment[]> {
  const identity = await api.identity();
  const comments = await api.listIssueComments(issueNumber);
  return comments
    .filter(
      (comment) =>
        startsWithMarker(comment.body, markerText) && isOwnAuthor(identity, comment.user),
    )
    .sort((a, b) => a.id - b.id);
}

/**
 * We could not ask GitHub who the token is and assumed an account: if what we just created says
 * otherwise, the next run would not recognise it. Say how to fix that.
 */
export async function warnOnUnexpectedAuthor(
  api: RepoApi,
  created: { user: { login: string } | null },
  logger: Logger,
): Promise<void> {
  const identity = await api.identity();
  const author = created.user?.login;
  if (author && !isOwnAuthor(identity, created.user)) {
    logger.warn(
      `this token writes as ${author}, but cursor-policy took ${identity.login} to be its author (${identity.source === "input" ? "the github-author input" : "GitHub did not say who the token is"}): set \`github-author: ${author}\` so the next run finds and edits this comment instead of posting another`,
    );
  }
}

/**
 * GitHub may hand back CRLF line ends and drop trailing white space: neither is a change. Nor is
 * the link to the workflow run that wrote the body (`/actions/runs/<id>`): a re-run that finds
 * the same plan or the same drift leaves the body, and its link to the run that first showed
 * it, alone, so nobody is notified of an edit that changes nothing.
 */
export function sameText(stored: string | null | undefined, wanted: string): boolean {
  const normalize = (text: string) =>
    text
      .replace(/\r\n/g, "\n")
      .replace(/\/actions\/runs\/\d+/g, "/actions/runs/…")
      .trimEnd();
  return normalize(stored ?? "") === normalize(wanted);
}
