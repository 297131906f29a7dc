// The Cursor Admin API emulator: a loopback HTTP server that tests, benchmarks and the quick
// start talk to instead of api.cursor.com. docs/emulator.md is the user-facing description.

export type { ActRequest, ActResult, OutOfBandChange } from "./act.js";
export { basicAuthorization, type KeyScopeSeen } from "./auth.js";
export { DEFAULT_SETTINGS } from "./config.js";
export {
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  demoTeamState,
  generateTeamState,
  memberIdFor,
} from "./demo.js";
export { EmulatorConfigError, EmulatorStateError } from "./errors.js";
export { readStateFile, writeStateFile } from "./persist.js";
export {
  type Emulator,
  type EmulatorConfigPatch,
  type EmulatorOptions,
  type RequestLogEntry,
  startEmulator,
} from "./server.js";
export { parseEmulatorState } from "./state-format.js";
export type {
  ApiKeyState,
  AuditEventState,
  BlocklistState,
  DailyUsageRow,
  DirectoryGroupState,
  EffectiveLimitRule,
  EmulatorSettings,
  EmulatorState,
  FaultConfig,
  FaultSpec,
  LegacyLimitField,
  MemberState,
  RateLimitConfig,
  ShapeName,
  TeamFeatures,
  TeamState,
  TokenUsage,
  TooManyRequestsStyle,
  UpsertResponse,
  UsageEventState,
} from "./types.js";
