// The GitHub Action entry (runs.main in action.yml, bundled to dist/index.js). Thin: mask the
// secrets first, parse the inputs once, read the run context, call the core, and write what it
// returns through @actions/core. The only file that imports @actions/core.

import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { InterruptedError } from "../apply/apply.js";
import { useBaselineWasm } from "../shared/baseline-wasm.js";
import { systemClock } from "../shared/clock.js";
import { CursorPolicyError, ExitCode } from "../shared/errors.js";
import type { Logger } from "../shared/logger.js";
import { redact } from "../shared/redact.js";
import { readContext } from "./context.js";
import { GitHubClient } from "./github.js";
import { type ActionInputs, parseInputs } from "./inputs.js";
import { OUTPUT_NAMES } from "./outputs.js";
import { createRepoApi } from "./repo-api.js";
import { type ActionResult, runAction } from "./run.js";

useBaselineWasm();

// Before anything else can print: every later line the runner logs has these masked.
const secrets = [core.getInput("api-key"), core.getInput("github-token")].filter((v) => v !== "");
for (const secret of secrets) core.setSecret(secret);
const scrub = (text: string) => redact(text, secrets);

const logger: Logger = {
  debug: (message) => core.debug(scrub(message)),
  info: (message) => core.info(scrub(message)),
  warn: (message) => core.warning(scrub(message)),
  error: (message) => core.error(scrub(message)),
};

// A cancelled run gets SIGINT, then SIGTERM a few seconds later, then is killed: stop starting
// changes at the first, so the summary can say what was applied and what was skipped.
const stop = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    core.warning(`received ${signal}: finishing the request in flight, starting no new change`);
    stop.abort(new InterruptedError(`received ${signal}`));
  });
}

async function main(): Promise<void> {
  let inputs: ActionInputs;
  let result: ActionResult;
  try {
    inputs = parseInputs((name) => core.getInput(name));
    const context = readContext(process.env, (file) => readFileSync(file, "utf8"), process.cwd());
    const token = inputs.githubToken;
    const github =
      token === undefined
        ? undefined
        : createRepoApi(
            new GitHubClient({
              apiUrl: context.apiUrl,
              token: token.reveal(),
              clock: systemClock,
              logger,
            }),
            context.repo,
            { expectedAuthor: inputs.githubAuthor },
          );
    result = await runAction(inputs, context, {
      logger,
      clock: systemClock,
      env: process.env,
      cwd: process.cwd(),
      github,
      stop: stop.signal,
      writeFile: async (file, text) => {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text, { mode: 0o600 });
      },
    });
  } catch (error) {
    // Bad inputs or context are user errors with a hint; anything else is a bug.
    if (error instanceof CursorPolicyError) {
      core.setOutput("exit-code", String(error.exitCode));
      core.setFailed(scrub(error.hint ? `${error.message}\n${error.hint}` : error.message));
      return;
    }
    core.setOutput("exit-code", String(ExitCode.Error));
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    core.setFailed(
      scrub(`internal error in cursor-policy: ${detail}\nThis is a bug; please report it.`),
    );
    return;
  }
  await publish(result);
}

async function publish(result: ActionResult): Promise<void> {
  for (const annotation of result.annotations) {
    const properties = {
      title: annotation.title,
      ...(annotation.file === undefined ? {} : { file: annotation.file }),
      ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine }),
      ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
      ...(annotation.endLine === undefined ? {} : { endLine: annotation.endLine }),
      ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
    };
    if (annotation.level === "error") core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
  if (result.notice) core.notice(result.notice, { title: "cursor-policy" });
  for (const name of OUTPUT_NAMES) {
    const value = result.outputs[name];
    if (value !== undefined) core.setOutput(name, value);
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary, true).write();
  if (result.exitCode !== ExitCode.Ok) {
    core.setFailed(result.failure ?? `cursor-policy exited with code ${result.exitCode}`);
    // setFailed sets 1; keep the documented code (2 drift, 3 blocked) for whoever reads it.
    process.exitCode = result.exitCode;
  }
}

await main();
