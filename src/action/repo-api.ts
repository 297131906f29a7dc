// The handful of repository calls the Action makes, typed with only the fields it reads.
// run.ts and the comment/issue logic depend on the RepoApi interface; createRepoApi binds it to
// the REST client for one repository.

import { GitHubApiError, type GitHubClient } from "./github.js";

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface GitHubUser {
  readonly login: string;
  /** "User", "Bot" or "Organization". */
  readonly type?: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly user: GitHubUser | null;
  readonly html_url: string;
}

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body?: string | null;
  readonly state: "open" | "closed";
  readonly user: GitHubUser | null;
  readonly html_url: string;
  readonly updated_at?: string;
  /** Present when the "issue" is a pull request (the issues listing returns both). */
  readonly pull_request?: unknown;
}

export interface PullRequestSummary {
  readonly number: number;
  readonly state: string;
  readonly title: string;
  readonly html_url: string;
  readonly merged_at: string | null;
  readonly merge_commit_sha: string | null;
}

/**
 * Whose comments and issues are ours. A personal token can say who it is (GET /user); the
 * workflow's GITHUB_TOKEN and GitHub App tokens cannot (403 "Resource not accessible by
 * integration"), and write as a bot account (github-actions[bot], my-app[bot]).
 */
export type TokenIdentity =
  | { readonly kind: "user"; readonly login: string }
  | { readonly kind: "bot" };

/** True for a comment or issue written with this token (or, for an app token, by a bot). */
export function isOwnAuthor(identity: TokenIdentity, user: GitHubUser | null): boolean {
  if (!user) return false;
  if (identity.kind === "user") return user.login.toLowerCase() === identity.login.toLowerCase();
  return user.type === "Bot" || user.login.endsWith("[bot]");
}

export interface IssueUpdate {
  readonly title?: string;
  readonly body?: string;
  readonly state?: "open" | "closed";
  readonly state_reason?: "completed" | "not_planned" | "reopened";
}

export interface RepoApi {
  readonly repo: RepoRef;
  identity(): Promise<TokenIdentity>;
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** Issues (not pull requests) with this label, open and closed. */
  listIssuesWithLabel(label: string): Promise<Issue[]>;
  createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<Issue>;
  updateIssue(issueNumber: number, update: IssueUpdate): Promise<Issue>;
  /** Creates the label when the repository does not have it yet. */
  ensureLabel(label: { name: string; color: string; description: string }): Promise<void>;
  /** The pull requests a commit belongs to (for a merge commit: the merged pull request). */
  pullRequestsForCommit(sha: string): Promise<PullRequestSummary[]>;
}

export function createRepoApi(client: GitHubClient, repo: RepoRef): RepoApi {
  const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
  let identity: Promise<TokenIdentity> | undefined;

  return {
    repo,
    identity() {
      identity ??= client.request<GitHubUser>({ method: "GET", path: "/user" }).then(
        (response) => ({ kind: "user" as const, login: response.data.login }),
        (error: unknown) => {
          // An installation token (GITHUB_TOKEN, GitHub App) may not read /user.
          if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401)) {
            return { kind: "bot" as const };
          }
          throw error;
        },
      );
      return identity;
    },
    listIssueComments: (issueNumber) =>
      client.paginate<IssueComment>(`${base}/issues/${issueNumber}/comments`),
    createIssueComment: async (issueNumber, body) =>
      (
        await client.request<IssueComment>({
          method: "POST",
          path: `${base}/issues/${issueNumber}/comments`,
          body: { body },
        })
      ).data,
    updateIssueComment: async (commentId, body) =>
      (
        await client.request<IssueComment>({
          method: "PATCH",
          path: `${base}/issues/comments/${commentId}`,
          body: { body },
        })
      ).data,
    listIssuesWithLabel: async (label) =>
      (
        await client.paginate<Issue>(`${base}/issues`, {
          labels: label,
          state: "all",
          sort: "created",
          direction: "asc",
        })
      ).filter((issue) => issue.pull_request === undefined),
    createIssue: async (issue) =>
      (
        await client.request<Issue>({
          method: "POST",
          path: `${base}/issues`,
          body: { title: issue.title, body: issue.body, labels: issue.labels },
        })
      ).data,
    updateIssue: async (issueNumber, update) =>
      (
        await client.request<Issue>({
          method: "PATCH",
          path: `${base}/issues/${issueNumber}`,
          body: update,
        })
      ).data,
    async ensureLabel(label) {
      try {
        await client.request({
          method: "GET",
          path: `${base}/labels/${encodeURIComponent(label.name)}`,
        });
        return;
      } catch (error) {
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      }
      try {
        await client.request({ method: "POST", path: `${base}/labels`, body: label });
      } catch (error) {
        // Another run created it in the meantime: that is what we wanted.
        if (!(error instanceof GitHubApiError && error.status === 422)) throw error;
      }
    },
    pullRequestsForCommit: (sha) =>
      client.paginate<PullRequestSummary>(`${base}/commits/${encodeURIComponent(sha)}/pulls`),
  };
}
