// One tracking issue per policy directory for drift: opened when live state drifts from policy,
// kept up to date while it lasts (untouched when nothing changed), reopened when drift comes
// back, closed with a comment when the team matches policy again. Ours is an issue that starts
// with the directory's marker line and was opened by the token's own account. Every run
// converges on one open issue: duplicates of ours are closed, pointing at the one kept.
//
// The label helps people filter; it is not how we find the issue. When the label cannot be
// created or used (a token without that permission), the issue is opened without it and found
// again among the open issues by its marker.

import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { createOnce } from "./create-once.js";
import { GitHubApiError } from "./github.js";
import { startsWithMarker } from "./markers.js";
import { type Issue, isOwnAuthor, type RepoApi } from "./repo-api.js";
import { sameText, warnOnUnexpectedAuthor } from "./sticky.js";

export type DriftIssueAction = "opened" | "updated" | "reopened" | "unchanged" | "closed" | "none";

export interface DriftIssueResult {
  readonly action: DriftIssueAction;
  readonly issueNumber?: number;
  readonly url?: string;
  /** Our own extra open issues for this directory, closed on the way. */
  readonly duplicatesClosed: number;
  /** False when the issue had to be opened without the label. */
  readonly labelled: boolean;
}

interface DriftIssueLabel {
  readonly name: string;
  readonly color: string;
  readonly description: string;
}

type DriftIssueInput =
  | {
      readonly drift: true;
      readonly marker: string;
      readonly label: DriftIssueLabel;
      readonly title: string;
      readonly body: string;
      /** Posted on a duplicate before it is closed. */
      readonly duplicateComment: (keptUrl: string) => string;
    }
  | {
      readonly drift: false;
      readonly marker: string;
      readonly label: DriftIssueLabel;
      /** Posted on the issue before it is closed. */
      readonly closingComment: string;
    };

interface DriftIssueDeps {
  readonly clock: Clock;
  readonly logger: Logger;
}

export async function syncDriftIssue(
  api: RepoApi,
  input: DriftIssueInput,
  deps: DriftIssueDeps,
): Promise<DriftIssueResult> {
  const ours = await findOurIssues(api, input.label.name, input.marker);
  const open = ours.filter((issue) => issue.state === "open");

  if (!input.drift) {
    for (const issue of open) {
      await api.createIssueComment(issue.number, input.closingComment);
      await api.updateIssue(issue.number, { state: "closed", state_reason: "completed" });
    }
    const [first] = open;
    const last = ours.at(-1);
    if (first) {
      return {
        action: "closed",
        issueNumber: first.number,
        url: first.html_url,
        duplicatesClosed: open.length - 1,
        labelled: true,
      };
    }
    return last
      ? {
          action: "none",
          issueNumber: last.number,
          url: last.html_url,
          duplicatesClosed: 0,
          labelled: true,
        }
      : { action: "none", duplicatesClosed: 0, labelled: true };
  }

  const [kept, ...duplicates] = open;
  if (kept) {
    for (const duplicate of duplicates) {
      deps.logger.info(
        `closing a duplicate drift issue #${duplicate.number} (keeping #${kept.number})`,
      );
      await api.createIssueComment(duplicate.number, input.duplicateComment(kept.html_url));
      await api.updateIssue(duplicate.number, { state: "closed", state_reason: "not_planned" });
    }
    const base = { issueNumber: kept.number, duplicatesClosed: duplicates.length, labelled: true };
    if (sameText(kept.body, input.body) && kept.title === input.title) {
      return { action: "unchanged", url: kept.html_url, ...base };
    }
    const updated = await api.updateIssue(kept.number, { title: input.title, body: input.body });
    return { action: "updated", url: updated.html_url, ...base };
  }

  const closed = ours.at(-1);
  if (closed) {
    const reopened = await api.updateIssue(closed.number, {
      state: "open",
      state_reason: "reopened",
      title: input.title,
      body: input.body,
    });
    return {
      action: "reopened",
      issueNumber: reopened.number,
      url: reopened.html_url,
      duplicatesClosed: 0,
      labelled: true,
    };
  }

  const labelled = await labelUsable(api, input.label, deps.logger);
  const find = async () =>
    (await findOurIssues(api, input.label.name, input.marker)).find((i) => i.state === "open");
  const open1 = (labels: readonly string[]) =>
    createOnce({
      what: "the drift issue",
      create: () => api.createIssue({ title: input.title, body: input.body, labels }),
      find,
      ...deps,
    });
  let opened: Issue;
  let withLabel = labelled;
  try {
    opened = await open1(labelled ? [input.label.name] : []);
  } catch (error) {
    // The label exists but this token may not set it (422/403 on the create): open it bare.
    if (
      !(
        labelled &&
        error instanceof GitHubApiError &&
        !error.ambiguous &&
        (error.status === 403 || error.status === 422)
      )
    ) {
      throw error;
    }
    deps.logger.warn(
      `could not open the drift issue with the label "${input.label.name}" (${error.message}); opening it without the label`,
    );
    withLabel = false;
    opened = await open1([]);
  }
  await warnOnUnexpectedAuthor(api, opened, deps.logger);
  return {
    action: "opened",
    issueNumber: opened.number,
    url: opened.html_url,
    duplicatesClosed: 0,
    labelled: withLabel,
  };
}

/** The label exists or could be created; a refusal is a warning, not the end of the report. */
async function labelUsable(api: RepoApi, label: DriftIssueLabel, logger: Logger): Promise<boolean> {
  try {
    await api.ensureLabel(label);
    return true;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    logger.warn(
      `could not create the label "${label.name}" (${error.message}): the drift issue is opened without it, and found again by its marker`,
    );
    return false;
  }
}

/** Ours with this directory's marker, oldest first. */
async function findOurIssues(api: RepoApi, label: string, markerText: string): Promise<Issue[]> {
  const identity = await api.identity();
  return (await api.listDriftIssueCandidates(label)).filter(
    (issue) => startsWithMarker(issue.body, markerText) && isOwnAuthor(identity, issue.user),
  );
}
