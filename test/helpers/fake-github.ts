// A loopback stand-in for the GitHub REST API: the few endpoints the Action calls, with GitHub's
// behaviour where it matters to us (Link-header pagination with per_page capped at 100, the
// 65,536-character body limit, installation tokens that may not read /user, issues and pull
// requests sharing one number space, labels created on first use). It records every request and
// can be told to fail the next ones (5xx, secondary rate limit) so retries go over real HTTP.
// Modelled on changesets/action's test-utils: node:http on port 0.

import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUser {
  readonly login: string;
  readonly type: "User" | "Bot";
}

export const ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", type: "Bot" };

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  user: FakeUser;
  pullRequest?: { mergedAt: string | null; mergeCommitSha: string | null; headSha: string };
  createdAt: string;
  updatedAt: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  /** The answer's status. */
  status: number;
}

export interface InjectedFault {
  /** The status answered instead; ignored with `reset`. */
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** How many matching requests get it (default 1). */
  readonly times?: number;
  /** Only these requests get it, e.g. `(m, p) => m === "POST"`. Default: any. */
  readonly match?: (method: string, path: string) => boolean;
  /**
   * Carry the request out first, then answer with the fault: what GitHub does when it creates
   * the comment and its front end answers 502 anyway.
   */
  readonly afterHandling?: boolean;
  /** Close the connection without an answer (ECONNRESET for the client). */
  readonly reset?: boolean;
}

interface FakeGitHubOptions {
  /** owner/name of the one repository served. */
  readonly repository?: string;
  readonly token?: string;
  /**
   * Who the token writes as. A bot identity behaves like GITHUB_TOKEN: GET /user is refused
   * with 403 "Resource not accessible by integration".
   */
  readonly author?: FakeUser;
  /** GitHub's page size cap (100). */
  readonly maxPerPage?: number;
  /**
   * Whether GraphQL's `viewer` names the token's account (default true). GitHub answers it for
   * the workflow token too (github-actions[bot]); false models a server that does not.
   */
  readonly graphqlViewer?: boolean;
}

export interface FakeGitHub {
  readonly url: string;
  readonly token: string;
  readonly repository: string;
  close(): Promise<void>;
  requests(): RecordedRequest[];
  /** Requests that change something (not GET/HEAD, not a GraphQL query). */
  writes(): RecordedRequest[];
  clearRequests(): void;
  inject(fault: InjectedFault): void;
  /** A pull request (shares numbers with issues); returns its number. */
  addPullRequest(pr: {
    title: string;
    headSha: string;
    mergeCommitSha?: string;
    merged?: boolean;
    author?: FakeUser;
  }): number;
  /**
   * The files a pull request changes, as `GET /pulls/{n}/files` lists them (at most 3,000, as
   * GitHub). A rename is `{ filename, previous_filename }`.
   */
  setPullRequestFiles(
    number: number,
    files: ReadonlyArray<string | { filename: string; previous_filename: string }>,
  ): void;
  /** Merges an open pull request as `mergeCommitSha` (what GitHub does on "Merge"). */
  mergePullRequest(number: number, mergeCommitSha: string): void;
  /** A comment as someone else (or the bot) wrote it, e.g. to fill pages before ours. */
  addComment(issueNumber: number, body: string, user: FakeUser): FakeComment;
  addIssue(issue: { title: string; body: string; labels: string[]; user: FakeUser }): FakeIssue;
  addLabel(name: string): void;
  comments(issueNumber: number): FakeComment[];
  issues(): FakeIssue[];
  labels(): string[];
}

const MAX_BODY_CHARS = 65_536;
/** GET /pulls/{n}/files lists at most this many files, whatever the pull request changes. */
const MAX_LISTED_PULL_FILES = 3_000;

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = options.repository ?? "acme/cursor-policies";
  const token = options.token ?? "ghs_fakeInstallationToken000000000000000";
  const author = options.author ?? ACTIONS_BOT;
  const maxPerPage = options.maxPerPage ?? 100;
  const graphqlViewer = options.graphqlViewer ?? true;

  const issues = new Map<number, FakeIssue>();
  const comments = new Map<number, FakeComment>();
  const labels = new Set<string>();
  const pullFiles = new Map<number, Array<{ filename: string; previous_filename?: string }>>();
  const recorded: RecordedRequest[] = [];
  const faults: Array<InjectedFault & { left: number }> = [];
  let nextNumber = 1;
  let nextCommentId = 1_000_001;
  let tick = 0;
  let baseUrl = "";

  // Deterministic timestamps: each write is one second after the last.
  const timestamp = () => new Date(Date.UTC(2026, 10, 1) + 1000 * tick++).toISOString();
  const repoPath = `/repos/${repository}`;
  const htmlBase = `https://github.com/${repository}`;

  const commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: { login: c.user.login, type: c.user.type },
    html_url: `${htmlBase}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}${repoPath}/issues/${c.issueNumber}`,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  });
  const issueJson = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    labels: i.labels.map((name) => ({ name })),
    user: { login: i.user.login, type: i.user.type },
    html_url: `${htmlBase}/${i.pullRequest ? "pull" : "issues"}/${i.number}`,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    ...(i.pullRequest ? { pull_request: { url: `${baseUrl}${repoPath}/pulls/${i.number}` } } : {}),
  });
  const pullJson = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    state: i.state,
    html_url: `${htmlBase}/pull/${i.number}`,
    merged_at: i.pullRequest?.mergedAt ?? null,
    merge_commit_sha: i.pullRequest?.mergeCommitSha ?? null,
    head: { sha: i.pullRequest?.headSha },
    user: { login: i.user.login, type: i.user.type },
  });

  const addComment = (issueNumber: number, body: string, user: FakeUser): FakeComment => {
    const now = timestamp();
    const comment: FakeComment = {
      id: nextCommentId++,
      issueNumber,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    };
    comments.set(comment.id, comment);
    return comment;
  };
  const addIssue = (input: {
    title: string;
    body: string;
    labels: string[];
    user: FakeUser;
  }): FakeIssue => {
    const now = timestamp();
    for (const label of input.labels) labels.add(label);
    const issue: FakeIssue = {
      number: nextNumber++,
      title: input.title,
      body: input.body,
      state: "open",
      stateReason: null,
      labels: [...input.labels],
      user: input.user,
      createdAt: now,
      updatedAt: now,
    };
    issues.set(issue.number, issue);
    return issue;
  };

  type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
  const notFound: Reply = {
    status: 404,
    body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
  };
  const tooLong = (resource: string): Reply => ({
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [
        {
          resource,
          code: "custom",
          field: "body",
          message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)`,
        },
      ],
    },
  });

  /** One page of `items` and the Link header GitHub would send with it. */
  const page = <T>(url: URL, items: readonly T[]): Reply => {
    const perPage = Math.min(
      maxPerPage,
      Math.max(1, Number(url.searchParams.get("per_page") ?? 30) || 30),
    );
    const pageNumber = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url.href);
      target.searchParams.set("page", String(n));
      target.searchParams.set("per_page", String(perPage));
      return `<${baseUrl}${target.pathname}${target.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (pageNumber > 1) links.push(link(pageNumber - 1, "prev"));
    if (pageNumber < last) links.push(link(pageNumber + 1, "next"), link(last, "last"));
    if (pageNumber > 1) links.push(link(1, "first"));
    return {
      status: 200,
      body: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
      headers: links.length > 0 ? { link: links.join(", ") } : {},
    };
  };

  const route = (method: string, url: URL, body: unknown): Reply => {
    const path = url.pathname;
    if (method === "GET" && path === "/user") {
      if (author.type === "Bot") {
        return {
          status: 403,
          body: {
            message: "Resource not accessible by integration",
            documentation_url:
              "https://docs.github.com/rest/users/users#get-the-authenticated-user",
          },
        };
      }
      return { status: 200, body: { login: author.login, type: author.type } };
    }
    if (method === "POST" && path === "/graphql") {
      const query =
        body && typeof body === "object" && "query" in body ? String(body.query) : undefined;
      if (query && /\bviewer\b/.test(query) && graphqlViewer) {
        return { status: 200, body: { data: { viewer: { login: author.login } } } };
      }
      return {
        status: 200,
        body: {
          errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }],
        },
      };
    }
    if (!path.startsWith(`${repoPath}/`)) return notFound;
    const rest = path.slice(repoPath.length);
    const bodyText = (field: string): string | undefined => {
      if (body && typeof body === "object" && field in body) {
        const value = (body as Record<string, unknown>)[field];
        return typeof value === "string" ? value : undefined;
      }
      return undefined;
    };

    let match = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (match) {
      const issue = issues.get(Number(match[1]));
      if (!issue) return notFound;
      if (method === "GET") {
        const list = [...comments.values()]
          .filter((c) => c.issueNumber === issue.number)
          .sort((a, b) => a.id - b.id)
          .map(commentJson);
        return page(url, list);
      }
      if (method === "POST") {
        const text = bodyText("body");
        if (text === undefined) return { status: 422, body: { message: "Invalid request." } };
        if (text.length > MAX_BODY_CHARS) return tooLong("IssueComment");
        return { status: 201, body: commentJson(addComment(issue.number, text, author)) };
      }
    }
    match = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (match && method === "DELETE") {
      if (!comments.delete(Number(match[1]))) return notFound;
      return { status: 204 };
    }
    if (match && method === "PATCH") {
      const comment = comments.get(Number(match[1]));
      if (!comment) return notFound;
      const text = bodyText("body");
      if (text === undefined) return { status: 422, body: { message: "Invalid request." } };
      if (text.length > MAX_BODY_CHARS) return tooLong("IssueComment");
      comment.body = text;
      comment.updatedAt = timestamp();
      return { status: 200, body: commentJson(comment) };
    }
    if (rest === "/issues" && method === "GET") {
      const state = url.searchParams.get("state") ?? "open";
      const wanted = (url.searchParams.get("labels") ?? "")
        .split(",")
        .map((l) => l.trim())
        .filter(Boolean);
      const direction = url.searchParams.get("direction") ?? "desc";
      const list = [...issues.values()]
        .filter((i) => state === "all" || i.state === state)
        .filter((i) => wanted.every((label) => i.labels.includes(label)))
        .sort((a, b) => (direction === "asc" ? a.number - b.number : b.number - a.number))
        .map(issueJson);
      return page(url, list);
    }
    if (rest === "/issues" && method === "POST") {
      const title = bodyText("title");
      const text = bodyText("body") ?? "";
      if (!title) return { status: 422, body: { message: "Validation Failed" } };
      if (text.length > MAX_BODY_CHARS) return tooLong("Issue");
      const requested =
        body && typeof body === "object" && "labels" in body && Array.isArray(body.labels)
          ? body.labels.filter((l: unknown): l is string => typeof l === "string")
          : [];
      return {
        status: 201,
        body: issueJson(addIssue({ title, body: text, labels: requested, user: author })),
      };
    }
    match = /^\/issues\/(\d+)$/.exec(rest);
    if (match && method === "PATCH") {
      const issue = issues.get(Number(match[1]));
      if (!issue) return notFound;
      const text = bodyText("body");
      if (text !== undefined && text.length > MAX_BODY_CHARS) return tooLong("Issue");
      const title = bodyText("title");
      const state = bodyText("state");
      if (text !== undefined) issue.body = text;
      if (title !== undefined) issue.title = title;
      if (state === "open" || state === "closed") {
        issue.state = state;
        issue.stateReason = bodyText("state_reason") ?? (state === "closed" ? "completed" : null);
      }
      issue.updatedAt = timestamp();
      return { status: 200, body: issueJson(issue) };
    }
    match = /^\/labels\/([^/]+)$/.exec(rest);
    if (match && method === "GET") {
      const name = decodeURIComponent(match[1] ?? "");
      return labels.has(name) ? { status: 200, body: { name } } : notFound;
    }
    if (rest === "/labels" && method === "POST") {
      const name = bodyText("name");
      if (!name) return { status: 422, body: { message: "Validation Failed" } };
      if (labels.has(name)) {
        return {
          status: 422,
          body: { message: "Validation Failed", errors: [{ code: "already_exists" }] },
        };
      }
      labels.add(name);
      return { status: 201, body: { name, color: bodyText("color") } };
    }
    match = /^\/pulls\/(\d+)\/files$/.exec(rest);
    if (match && method === "GET") {
      const number = Number(match[1]);
      if (!issues.get(number)?.pullRequest) return notFound;
      const files = (pullFiles.get(number) ?? []).slice(0, MAX_LISTED_PULL_FILES).map((f) => ({
        ...f,
        status: f.previous_filename ? "renamed" : "modified",
      }));
      return page(url, files);
    }
    match = /^\/commits\/([^/]+)\/pulls$/.exec(rest);
    if (match && method === "GET") {
      const sha = decodeURIComponent(match[1] ?? "");
      const list = [...issues.values()]
        .filter((i) => i.pullRequest?.mergeCommitSha === sha || i.pullRequest?.headSha === sha)
        .map(pullJson);
      return page(url, list);
    }
    return notFound;
  };

  const authorized = (request: IncomingMessage): boolean => {
    const header = request.headers.authorization ?? "";
    return header === `Bearer ${token}` || header === `token ${token}`;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(request.url ?? "/", baseUrl);
    const method = request.method ?? "GET";
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const entry: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...request.headers },
      body,
      status: 0,
    };
    recorded.push(entry);

    let reply: Reply;
    const fault = faults.find((f) => f.left > 0 && (f.match?.(method, url.pathname) ?? true));
    if (fault) fault.left -= 1;
    const injected = (f: InjectedFault): Reply => ({
      status: f.status,
      body: f.body ?? { message: `injected ${f.status}` },
      headers: { ...f.headers },
    });
    if (fault && !fault.afterHandling) {
      reply = injected(fault);
    } else if (!authorized(request)) {
      reply = {
        status: 401,
        body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" },
      };
    } else {
      reply = route(method, url, body);
      if (fault) reply = injected(fault);
    }
    if (fault?.reset) {
      entry.status = 0;
      request.socket.destroy();
      return;
    }
    entry.status = reply.status;
    const payload = reply.body === undefined ? "" : JSON.stringify(reply.body);
    response.writeHead(reply.status, {
      "content-type": "application/json; charset=utf-8",
      ...reply.headers,
    });
    response.end(payload);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: String(error) }));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${address.port}`;

  return {
    url: baseUrl,
    token,
    repository,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    requests: () => [...recorded],
    // A GraphQL query is a POST that reads.
    writes: () =>
      recorded.filter((r) => r.method !== "GET" && r.method !== "HEAD" && r.path !== "/graphql"),
    clearRequests: () => {
      recorded.length = 0;
    },
    inject: (fault) => {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    addPullRequest: (pr) => {
      const issue = addIssue({
        title: pr.title,
        body: "",
        labels: [],
        user: pr.author ?? { login: "octocat", type: "User" },
      });
      issue.pullRequest = {
        headSha: pr.headSha,
        mergeCommitSha: pr.mergeCommitSha ?? null,
        mergedAt: pr.merged ? timestamp() : null,
      };
      if (pr.merged) issue.state = "closed";
      return issue.number;
    },
    setPullRequestFiles: (number, files) => {
      pullFiles.set(
        number,
        files.map((f) => (typeof f === "string" ? { filename: f } : { ...f })),
      );
    },
    mergePullRequest: (number, mergeCommitSha) => {
      const issue = issues.get(number);
      if (!issue?.pullRequest) throw new Error(`#${number} is not a pull request`);
      issue.pullRequest = { ...issue.pullRequest, mergeCommitSha, mergedAt: timestamp() };
      issue.state = "closed";
    },
    addComment,
    addIssue,
    addLabel: (name) => {
      labels.add(name);
    },
    comments: (issueNumber) =>
      [...comments.values()]
        .filter((c) => c.issueNumber === issueNumber)
        .sort((a, b) => a.id - b.id),
    issues: () => [...issues.values()].filter((i) => !i.pullRequest),
    labels: () => [...labels],
  };
}
