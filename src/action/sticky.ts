// One comment per pull request and policy directory, edited in place. Found again by its hidden
// marker AND its author, so a person quoting the marker never has their comment overwritten.

import { hasMarker } from "./markers.js";
import { type IssueComment, isOwnAuthor, type RepoApi } from "./repo-api.js";

export type StickyAction = "created" | "updated" | "unchanged";

export interface StickyResult {
  readonly action: StickyAction;
  readonly commentId: number;
  readonly url: string;
}

export async function upsertStickyComment(
  api: RepoApi,
  issueNumber: number,
  markerText: string,
  body: string,
): Promise<StickyResult> {
  const existing = await findStickyComment(api, issueNumber, markerText);
  if (!existing) {
    const created = await api.createIssueComment(issueNumber, body);
    return { action: "created", commentId: created.id, url: created.html_url };
  }
  if (sameText(existing.body, body)) {
    return { action: "unchanged", commentId: existing.id, url: existing.html_url };
  }
  const updated: IssueComment = await api.updateIssueComment(existing.id, body);
  return { action: "updated", commentId: updated.id, url: updated.html_url };
}

/** Our comment with this marker on the issue or pull request, looked for across every page. */
export async function findStickyComment(
  api: RepoApi,
  issueNumber: number,
  markerText: string,
): Promise<IssueComment | undefined> {
  const identity = await api.identity();
  const comments = await api.listIssueComments(issueNumber);
  return comments.find(
    (comment) => hasMarker(comment.body, markerText) && isOwnAuthor(identity, comment.user),
  );
}

/** GitHub may hand back CRLF line ends and drop trailing white space: neither is a change. */
export function sameText(stored: string | null | undefined, wanted: string): boolean {
  const normalize = (text: string) => text.replace(/\r\n/g, "\n").trimEnd();
  return normalize(stored ?? "") === normalize(wanted);
}
