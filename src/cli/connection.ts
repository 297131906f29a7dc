// Connecting from the command line: the key comes from CURSOR_API_KEY or --api-key-file (never
// a flag value), is registered with the output scrubber the moment it is read, and the client
// is built by the same core function the Action uses.
import { loadApiKey } from "../api/credentials.js";
import { parseRateLimits } from "../api/limiter.js";
import { type Connection, connect } from "../core/connect.js";
import type { ConnectionFlags } from "./commands/shared-options.js";
import type { CliIO } from "./io.js";
import type { ProgressDisplay } from "./progress.js";

export function connectFromFlags(
  io: CliIO,
  flags: ConnectionFlags,
  options: { stopWaiting?: AbortSignal; progress?: ProgressDisplay } = {},
): Connection {
  const rateLimits = flags.rateLimit ?? [];
  const pacing = rateLimits.length === 0 ? undefined : parseRateLimits(rateLimits, "--rate-limit");
  const { progress } = options;
  const loaded = loadApiKey({
    env: io.env,
    ...(flags.apiKeyFile === undefined ? {} : { apiKeyFile: flags.apiKeyFile }),
  });
  io.addSecret(loaded.key.reveal());
  for (const warning of loaded.warnings) io.logger.warn(warning);
  const connection = connect({
    apiKey: loaded.key,
    env: io.env,
    logger: io.logger,
    ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
    ...(options.stopWaiting === undefined ? {} : { stopWaiting: options.stopWaiting }),
    ...(pacing === undefined ? {} : { pacing }),
    ...(progress === undefined
      ? {}
      : {
          onPages: (event) => progress.pages(event),
          onWait: (event) => progress.wait(event),
        }),
  });
  progress?.usePacing(connection.pacing);
  return connection;
}
