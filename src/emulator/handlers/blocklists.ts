// The repo blocklist endpoints: list, upsert (many repos per call), delete by id.

import { type BlocklistInput, deleteBlocklist, upsertBlocklists } from "../state.js";
import { describeValue, isRecord } from "../state-format.js";
import type { BlocklistState } from "../types.js";
import {
  badRequest,
  bodyObject,
  type HandlerInput,
  type HandlerOutput,
  ok,
  RequestError,
} from "./common.js";

function served(blocklist: BlocklistState): BlocklistState {
  return { id: blocklist.id, url: blocklist.url, patterns: [...blocklist.patterns] };
}

export function listBlocklists({ state }: HandlerInput): HandlerOutput {
  return ok({ repos: state.blocklists.map(served) });
}

function readRepo(value: unknown, index: number): BlocklistInput {
  const at = `repos[${index}]`;
  if (!isRecord(value)) throw badRequest(`${at} must be an object, got ${describeValue(value)}`);
  const { url, patterns } = value;
  if (typeof url !== "string" || url.trim() === "") {
    throw badRequest(`${at}.url must be a non-empty string, got ${describeValue(url)}`);
  }
  if (!Array.isArray(patterns)) {
    throw badRequest(`${at}.patterns must be an array of strings, got ${describeValue(patterns)}`);
  }
  const checked: string[] = [];
  patterns.forEach((pattern: unknown, p) => {
    if (typeof pattern !== "string" || pattern.trim() === "") {
      throw badRequest(
        `${at}.patterns[${p}] must be a non-empty string, got ${describeValue(pattern)}`,
      );
    }
    checked.push(pattern);
  });
  return { url, patterns: checked };
}

export function upsertBlocklistsHandler({
  state,
  settings,
  now,
  actor,
  body: rawBody,
}: HandlerInput): HandlerOutput {
  const body = bodyObject(rawBody);
  const repos = body.repos;
  if (!Array.isArray(repos)) {
    throw badRequest(`repos is required: an array of {url, patterns}, got ${describeValue(repos)}`);
  }
  const inputs = repos.map(readRepo);
  const result = upsertBlocklists(state, inputs, { now, actor });
  // Whether the real API returns only the repos sent or every repo is unknown: a setting.
  const returned = settings.upsertResponse === "all" ? result.state.blocklists : result.upserted;
  return {
    response: { status: 200, body: { repos: returned.map(served) } },
    state: result.state,
  };
}

export function deleteBlocklistHandler({ state, now, actor, params }: HandlerInput): HandlerOutput {
  const repoId = params.repoId ?? "";
  const result = deleteBlocklist(state, repoId, { now, actor });
  if (!result) {
    throw new RequestError(404, {
      error: "Not Found",
      message: `No repo blocklist with id ${JSON.stringify(repoId)}`,
    });
  }
  return { response: { status: 204 }, state: result.state };
}
