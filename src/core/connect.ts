// Builds the API client from flags and environment, in one place for the CLI and the Action.
import type { Dispatcher } from "undici";
import {
  type AdminReader,
  type AdminWriter,
  type ClientOptions,
  createAdminClient,
  type PacingControl,
} from "../api/client.js";
import { type ApiKey, loadApiKey } from "../api/credentials.js";
import { DEFAULT_BASE_URL } from "../api/endpoints.js";
import { type Clock, systemClock } from "../shared/clock.js";
import { UsageError } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { isLoopbackHost } from "../shared/loopback.js";
import { excerpt } from "../shared/redact.js";

interface ConnectOptions {
  /** --base-url; falls back to CURSOR_API_BASE_URL, then the real API. */
  readonly baseUrl?: string;
  /**
   * An already loaded key (the CLI's --api-key-file, the Action's input); without it the key
   * comes from CURSOR_API_KEY in `env`. Never from a command-line value.
   */
  readonly apiKey?: ApiKey;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly logger: Logger;
  readonly clock?: Clock;
  readonly dispatcher?: Dispatcher;
  readonly pacing?: ClientOptions["pacing"];
  readonly onRequest?: ClientOptions["onRequest"];
  readonly onWait?: ClientOptions["onWait"];
  readonly onPages?: ClientOptions["onPages"];
  /** Cancels the client's waits but not a request in flight (graceful stop of apply). */
  readonly stopWaiting?: AbortSignal;
}

export interface Connection {
  readonly baseUrl: string;
  readonly reader: AdminReader;
  readonly writer: AdminWriter;
  /** The client's pacing: apply announces its writes and asks it for ETAs. */
  readonly pacing?: PacingControl;
}

/**
 * The API base URL from the flag, the environment, or the default. Checked before anything is
 * sent: https:// for any host, http:// only for this machine (the emulator), since the key
 * travels in every request's Authorization header.
 */
function resolveBaseUrl(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const raw = (flag ?? env.CURSOR_API_BASE_URL ?? DEFAULT_BASE_URL).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`the API base URL "${excerpt(raw, 100)}" is not a URL`, {
      hint: `pass --base-url or set CURSOR_API_BASE_URL to something like ${DEFAULT_BASE_URL} or the emulator's http://127.0.0.1:PORT`,
    });
  }
  // Shown without any user:password part, which would be a credential.
  const shown = excerpt(`${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`, 100);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(
      `the API base URL "${shown}" must start with https:// (or http:// for the local emulator)`,
    );
  }
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `the API base URL "${shown}" uses plain http:// for ${url.hostname}, which is not this ` +
        "machine: the API key would cross the network unencrypted, so nothing was sent",
      {
        hint: "use https://, or http:// only for the local emulator on localhost, 127.0.0.1 or [::1]",
      },
    );
  }
  return raw.replace(/\/+$/, "");
}

export function connect(options: ConnectOptions): Connection {
  const baseUrl = resolveBaseUrl(options.baseUrl, options.env);
  let key = options.apiKey;
  if (!key) {
    const loaded = loadApiKey({ env: options.env });
    for (const warning of loaded.warnings) options.logger.warn(warning);
    key = loaded.key;
  }
  const client = createAdminClient({
    baseUrl,
    apiKey: key,
    clock: options.clock ?? systemClock,
    logger: options.logger,
    ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
    ...(options.pacing === undefined ? {} : { pacing: options.pacing }),
    ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
    ...(options.onWait === undefined ? {} : { onWait: options.onWait }),
    ...(options.onPages === undefined ? {} : { onPages: options.onPages }),
    ...(options.stopWaiting === undefined ? {} : { stopWaiting: options.stopWaiting }),
  });
  return { baseUrl, reader: client.reader, writer: client.writer, pacing: client.pacing };
}
