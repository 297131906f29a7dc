// The Admin API client's public surface, for the other areas (core, apply, CLI, bench).

export {
  type AdminClient,
  type AdminReader,
  type AdminWriter,
  type ClientOptions,
  createAdminClient,
  type Pacing,
  type RequestEvent,
} from "./client.js";
export { ApiKey, type ApiKeyKind, type LoadedApiKey, loadApiKey } from "./credentials.js";
export * from "./errors.js";
export { buildLiveState, liveLimit, readLiveState } from "./live-state.js";
export type * from "./types.js";
