// Connecting from the command line: the key comes from CURSOR_API_KEY or --api-key-file (never
// a flag value), is registered with the output scrubber the moment it is read, and the client
// is built by the same core function the Action uses.
import { loadApiKey } from "../api/credentials.js";
import { type Connection, connect } from "../core/connect.js";
import type { ConnectionFlags } from "./commands/shared-options.js";
import type { CliIO } from "./io.js";

export function connectFromFlags(
  io: CliIO,
  flags: ConnectionFlags,
  options: { stopWaiting?: AbortSignal } = {},
): Connection {
  const loaded = loadApiKey({
    env: io.env,
    ...(flags.apiKeyFile === undefined ? {} : { apiKeyFile: flags.apiKeyFile }),
  });
  io.addSecret(loaded.key.reveal());
  for (const warning of loaded.warnings) io.logger.warn(warning);
  return connect({
    apiKey: loaded.key,
    env: io.env,
    logger: io.logger,
    ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
    ...(options.stopWaiting === undefined ? {} : { stopWaiting: options.stopWaiting }),
  });
}
