#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  connect,
  loadApiKey
} from "./cli-chunk-MWH77265.js";
import {
  parseRateLimits
} from "./cli-chunk-HQO3PKN4.js";
import "./cli-chunk-XPFRES5K.js";
import "./cli-chunk-PDWXNEN5.js";
import "./cli-chunk-JFXSESHN.js";
import "./cli-chunk-W3LY73ZL.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-J3FXLKC5.js";
import "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-LA6XIGWA.js";

// src/cli/connection.ts
function connectFromFlags(io, flags, options = {}) {
  const rateLimits = flags.rateLimit ?? [];
  const pacing = rateLimits.length === 0 ? void 0 : parseRateLimits(rateLimits, "--rate-limit");
  const { progress } = options;
  const loaded = loadApiKey({
    env: io.env,
    ...flags.apiKeyFile === void 0 ? {} : { apiKeyFile: flags.apiKeyFile }
  });
  io.addSecret(loaded.key.reveal());
  for (const warning of loaded.warnings) io.logger.warn(warning);
  const connection = connect({
    apiKey: loaded.key,
    env: io.env,
    logger: io.logger,
    ...flags.baseUrl === void 0 ? {} : { baseUrl: flags.baseUrl },
    ...options.stopWaiting === void 0 ? {} : { stopWaiting: options.stopWaiting },
    ...pacing === void 0 ? {} : { pacing },
    ...progress === void 0 ? {} : {
      onPages: (event) => progress.pages(event),
      onWait: (event) => progress.wait(event)
    }
  });
  progress?.usePacing(connection.pacing);
  return connection;
}
export {
  connectFromFlags
};
