// Creating a comment or an issue exactly once over a network that can lose answers. GitHub
// sometimes creates what a POST asked for and still answers 5xx; a connection can drop after the
// request went out. Retrying the POST would then create a second one. So a POST is never retried
// blindly: after an ambiguous failure we look for what we meant to create (by its marker and our
// author) and only create again when it is not there.

import type { Clock } from "../shared/clock.js";
import type { Logger } from "../shared/logger.js";
import { GitHubApiError } from "./github.js";

interface CreateOnceSteps<T> {
  /** What is being created, for the log: "the pull request comment". */
  readonly what: string;
  readonly create: () => Promise<T>;
  /** Ours, if an earlier attempt created it after all. */
  readonly find: () => Promise<T | undefined>;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Attempts to create, in all (default 3). */
  readonly attempts?: number;
}

/** Waits between attempts, in ms: GitHub's listing may lag a moment behind a create. */
const WAIT_BEFORE_LOOKING_MS = [1_000, 3_000];

export async function createOnce<T>(steps: CreateOnceSteps<T>): Promise<T> {
  const attempts = steps.attempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await steps.create();
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.ambiguous)) throw error;
      steps.logger.info(
        `creating ${steps.what} failed without a clear answer (${error.message}); looking for it before trying again`,
      );
      // Look again after each wait: a comment created a moment ago may not be listed yet.
      for (const wait of [0, ...WAIT_BEFORE_LOOKING_MS]) {
        if (wait > 0) await steps.clock.sleep(wait);
        const found = await steps.find();
        if (found !== undefined) {
          steps.logger.info(`${steps.what} was created after all; not creating another`);
          return found;
        }
      }
      if (attempt >= attempts) throw error;
    }
  }
}
