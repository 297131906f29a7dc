// The Cursor Admin API emulator: a loopback HTTP server that tests, benchmarks and the quick
// start talk to instead of api.cursor.com. docs/emulator.md is the user-facing description.

export { DEFAULT_SETTINGS } from "./config.js";
export {
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  demoTeamState,
  generateTeamState,
  memberIdFor,
} from "./demo.js";
export { EmulatorConfigError, EmulatorStateError } from "./errors.js";
export {
  type Emulator,
  type EmulatorOptions,
  type RequestLogEntry,
  startEmulator,
} from "./server.js";
export { parseEmulatorState } from "./state-format.js";
export type {
  BlocklistState,
  DirectoryGroupState,
  EmulatorState,
  FaultConfig,
  FaultSpec,
  MemberState,
  ShapeName,
} from "./types.js";
