// One tracking issue per policy directory for drift: opened when live state drifts from policy,
// kept up to date while it lasts (untouched when nothing changed), reopened when drift comes
// back, closed with a comment when the team matches policy again. Found by label, hidden marker
// and author.

import { hasMarker } from "./markers.js";
import { type Issue, isOwnAuthor, type RepoApi } from "./repo-api.js";
import { sameText } from "./sticky.js";

export type DriftIssueAction = "opened" | "updated" | "reopened" | "unchanged" | "closed" | "none";

export interface DriftIssueResult {
  readonly action: DriftIssueAction;
  readonly issueNumber?: number;
  readonly url?: string;
}

export interface DriftIssueLabel {
  readonly name: string;
  readonly color: string;
  readonly description: string;
}

export type DriftIssueInput =
  | {
      readonly drift: true;
      readonly marker: string;
      readonly label: DriftIssueLabel;
      readonly title: string;
      readonly body: string;
    }
  | {
      readonly drift: false;
      readonly marker: string;
      readonly label: DriftIssueLabel;
      /** Posted on the issue before it is closed. */
      readonly closingComment: string;
    };

export async function syncDriftIssue(
  api: RepoApi,
  input: DriftIssueInput,
): Promise<DriftIssueResult> {
  const existing = await findDriftIssue(api, input.label.name, input.marker);

  if (!input.drift) {
    if (!existing || existing.state === "closed") {
      return existing
        ? { action: "none", issueNumber: existing.number, url: existing.html_url }
        : { action: "none" };
    }
    await api.createIssueComment(existing.number, input.closingComment);
    const closed = await api.updateIssue(existing.number, {
      state: "closed",
      state_reason: "completed",
    });
    return { action: "closed", issueNumber: closed.number, url: closed.html_url };
  }

  if (!existing) {
    await api.ensureLabel(input.label);
    const opened = await api.createIssue({
      title: input.title,
      body: input.body,
      labels: [input.label.name],
    });
    return { action: "opened", issueNumber: opened.number, url: opened.html_url };
  }
  if (existing.state === "closed") {
    const reopened = await api.updateIssue(existing.number, {
      state: "open",
      state_reason: "reopened",
      title: input.title,
      body: input.body,
    });
    return { action: "reopened", issueNumber: reopened.number, url: reopened.html_url };
  }
  if (sameText(existing.body, input.body) && existing.title === input.title) {
    return { action: "unchanged", issueNumber: existing.number, url: existing.html_url };
  }
  const updated = await api.updateIssue(existing.number, { title: input.title, body: input.body });
  return { action: "updated", issueNumber: updated.number, url: updated.html_url };
}

/** Ours, with this directory's marker: an open one first, else the most recently created closed one. */
async function findDriftIssue(
  api: RepoApi,
  label: string,
  markerText: string,
): Promise<Issue | undefined> {
  const identity = await api.identity();
  const ours = (await api.listIssuesWithLabel(label)).filter(
    (issue) => hasMarker(issue.body, markerText) && isOwnAuthor(identity, issue.user),
  );
  return ours.find((issue) => issue.state === "open") ?? ours.at(-1);
}
