// What every endpoint handler shares: its input and output types, the error a handler throws to
// answer with an error body, and small readers that check request fields and say exactly which
// field was wrong and why.

import type { EndpointId } from "../../api/endpoints.js";
import type { Actor } from "../state.js";
import { describeValue, isRecord } from "../state-format.js";
import type { EmulatorSettings, EmulatorState } from "../types.js";

export interface ApiResponse {
  readonly status: number;
  /** JSON-serialised; undefined means an empty body (204). */
  readonly body?: unknown;
}

export interface HandlerInput {
  readonly endpoint: EndpointId;
  readonly state: EmulatorState;
  readonly settings: EmulatorSettings;
  /** The emulator clock's time for this request. */
  readonly now: number;
  readonly actor: Actor;
  /** The parsed JSON body; undefined when the request had none. */
  readonly body: unknown;
  readonly query: URLSearchParams;
  /** Path parameters: `repoId` (blocklist routes), `groupId` (directory-group routes). */
  readonly params: Readonly<Record<string, string>>;
}

export interface HandlerOutput {
  readonly response: ApiResponse;
  /** The new state, when the request changed it. */
  readonly state?: EmulatorState;
}

export type Handler = (input: HandlerInput) => HandlerOutput;

/** Thrown by a handler to answer with an error; the dispatcher turns it into the response. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** 400 with the generic `{error, message}` body. */
export function badRequest(message: string): RequestError {
  return new RequestError(400, { error: "Bad Request", message });
}

export function ok(body: unknown): HandlerOutput {
  return { response: { status: 200, body } };
}

/**
 * The request body as an object: a missing body reads as `{}` (the docs' `-d '{}'` examples
 * make every field optional on the read endpoints); anything else that is not an object is an error.
 */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (isRecord(body)) return body;
  throw badRequest(`Request body must be a JSON object, got ${describeValue(body)}`);
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  throw badRequest(`${field} must be a string, got ${describeValue(value)}`);
}

export function optionalEnum<T extends string>(
  body: Record<string, unknown>,
  field: string,
  allowed: readonly T[],
): T | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const match = allowed.find((option) => option === value);
  if (match !== undefined) return match;
  throw badRequest(`${field} must be one of ${allowed.join(", ")}, got ${describeValue(value)}`);
}

/** A whole number >= min (and <= max when given). */
export function optionalInteger(
  body: Record<string, unknown>,
  field: string,
  range: { min: number; max?: number },
): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const inRange =
    typeof value === "number" &&
    Number.isSafeInteger(value) &&
    value >= range.min &&
    (range.max === undefined || value <= range.max);
  if (inRange) return value;
  const bounds =
    range.max === undefined ? `>= ${range.min}` : `between ${range.min} and ${range.max}`;
  throw badRequest(`${field} must be a whole number ${bounds}, got ${describeValue(value)}`);
}

/** Epoch milliseconds: a whole number >= 0. */
export function optionalEpochMs(body: Record<string, unknown>, field: string): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  throw badRequest(`${field} must be epoch milliseconds (a number), got ${describeValue(value)}`);
}

export function requiredEpochMs(body: Record<string, unknown>, field: string): number {
  const value = optionalEpochMs(body, field);
  if (value === undefined) throw badRequest(`${field} is required (epoch milliseconds)`);
  return value;
}

interface PageInfo {
  readonly page: number;
  readonly pageSize: number;
  readonly totalPages: number;
  readonly start: number;
}

/** 1-based page arithmetic; a page past the end is empty, and an empty list has 0 pages. */
export function pageOf(total: number, page: number, pageSize: number): PageInfo {
  return {
    page,
    pageSize,
    totalPages: Math.ceil(total / pageSize),
    start: (page - 1) * pageSize,
  };
}

export const DAY_MS = 86_400_000;
