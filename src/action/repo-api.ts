// The handful of repository calls the Action makes, typed with only the fields it reads.
// The command modules and the comment/issue logic depend on the RepoApi interface; createRepoApi
// binds it to the REST client for one repository.

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

/** The account the workflow's own GITHUB_TOKEN writes as. */
const WORKFLOW_TOKEN_AUTHOR = "github-actions[bot]";

/**
 * Who writes with this token, and how we know: named by the `github-author` input, answered by
 * GitHub (`GET /user` for a personal token, GraphQL `viewer` where it answers), or, when GitHub
 * answers neither, the workflow token's account.
 */
export interface TokenIdentity {
  readonly login: string;
  readonly source: "input" | "rest" | "graphql" | "workflow-token";
}

/** True for a comment or issue written by exactly this account. */
export function isOwnAuthor(identity: TokenIdentity, user: GitHubUser | null): boolean {
  return user !== null && user.login.toLowerCase() === identity.login.toLowerCase();
}

/** One file a pull request changes; a rename carries the path it had before. */
export interface PullRequestFile {
  readonly filename: string;
  readonly previous_filename?: string;
  readonly status?: string;
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
  /** A POST: never retried by the client; see create-once.ts. */
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** Deleting a comment that is already gone is not an error. */
  deleteIssueComment(commentId: number): Promise<void>;
  /**
   * The issues (not pull requests) our drift issue can be among: every issue with the label,
   * open or closed, and every open issue (one opened without the label, when the label could not
   * be created, is found there).
   */
  listDriftIssueCandidates(label: string): Promise<Issue[]>;
  /** A POST: never retried by the client; see create-once.ts. */
  createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<Issue>;
  updateIssue(issueNumber: number, update: IssueUpdate): Promise<Issue>;
  /** Creates the label when the repository does not have it yet. */
  ensureLabel(label: { name: string; color: string; description: string }): Promise<void>;
  /** The pull requests a commit belongs to (for a merge commit: the merged pull request). */
  pullRequestsForCommit(sha: string): Promise<PullRequestSummary[]>;
  /** The files a pull request changes; GitHub lists at most 3,000. */
  listPullRequestFiles(pullRequest: number): Promise<PullRequestFile[]>;
}

interface RepoApiOptions {
  /** The `github-author` input: whose comments are ours, when GitHub cannot say. */
  readonly expectedAuthor?: string | undefined;
}

export function createRepoApi(
  client: GitHubClient,
  repo: RepoRef,
  options: RepoApiOptions = {},
): RepoApi {
  const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
  let identity: Promise<TokenIdentity> | undefined;

  const issues = (query: Record<string, string>) =>
    client.paginate<Issue>(`${base}/issues`, { ...query, sort: "created", direction: "asc" });

  return {
    repo,
    identity() {
      identity ??= resolveIdentity(client, options.expectedAuthor);
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
    async deleteIssueComment(commentId) {
      try {
        await client.request({ method: "DELETE", path: `${base}/issues/comments/${commentId}` });
      } catch (error) {
        // A retried DELETE whose first attempt went through finds nothing: that is done.
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      }
    },
    async listDriftIssueCandidates(label) {
      const [labelled, open] = await Promise.all([
        issues({ labels: label, state: "all" }),
        issues({ state: "open" }),
      ]);
      const byNumber = new Map<number, Issue>();
      for (const issue of [...labelled, ...open]) {
        if (issue.pull_request === undefined) byNumber.set(issue.number, issue);
      }
      return [...byNumber.values()].sort((a, b) => a.number - b.number);
    },
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
        // Another run created it in the meantime (422), or our own POST did before its answer
        // was lost: look once more before giving up.
        if (error instanceof GitHubApiError && (error.status === 422 || error.ambiguous)) {
          await client.request({
            method: "GET",
            path: `${base}/labels/${encodeURIComponent(label.name)}`,
          });
          return;
        }
        throw error;
      }
    },
    pullRequestsForCommit: (sha) =>
      client.paginate<PullRequestSummary>(`${base}/commits/${encodeURIComponent(sha)}/pulls`),
    listPullRequestFiles: (pullRequest) =>
      client.paginate<PullRequestFile>(`${base}/pulls/${pullRequest}/files`),
  };
}

async function resolveIdentity(
  client: GitHubClient,
  expectedAuthor: string | undefined,
): Promise<TokenIdentity> {
  if (expectedAuthor) return { login: expectedAuthor, source: "input" };
  try {
    const user = await client.request<GitHubUser>({ method: "GET", path: "/user" });
    if (user.data?.login) return { login: user.data.login, source: "rest" };
  } catch (error) {
    // An installation token (GITHUB_TOKEN, a GitHub App's) may not read /user: 403 "Resource
    // not accessible by integration". Anything else is a real failure.
    if (!(error instanceof GitHubApiError && (error.status === 401 || error.status === 403))) {
      throw error;
    }
  }
  const viewer = await client.graphql<{ viewer?: { login?: unknown } }>(
    "query { viewer { login } }",
  );
  const login = viewer?.viewer?.login;
  if (typeof login === "string" && login !== "") return { login, source: "graphql" };
  return { login: WORKFLOW_TOKEN_AUTHOR, source: "workflow-token" };
}
