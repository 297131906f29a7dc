// The Action's code run in the test process, with everything else as real as in runAction: the
// same event payload and environment the runner would give (prepareRun), the inputs and the
// context read from them as main.ts reads them, real HTTP to the emulator and to the fake
// GitHub, the real GitHub client. Only what main.ts does with @actions/core is mirrored here
// (outputs, summary, annotations, exit code), and a ManualClock makes every wait instant.
// No process is spawned, so these tests stay fast and steady on a busy machine; the few tests in
// action-process.test.ts and action-github-faults.test.ts run the bundle itself.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readContext } from "../../src/action/context.js";
import { GitHubClient } from "../../src/action/github.js";
import { type InputName, parseInputs } from "../../src/action/inputs.js";
import { createRepoApi } from "../../src/action/repo-api.js";
import { type ActionResult, runAction } from "../../src/action/run.js";
import { ManualClock } from "../../src/shared/clock.js";
import { CursorPolicyError, ExitCode } from "../../src/shared/errors.js";
import type { Logger } from "../../src/shared/logger.js";
import {
  type ActionRunResult,
  prepareRun,
  type RunOptions,
  type WorkflowCommand,
} from "./harness.js";

interface InProcessResult extends ActionRunResult {
  /** Every sleep the run asked for (retries, rate limits): none of them was waited. */
  readonly sleeps: readonly number[];
}

export async function runInProcess(options: RunOptions): Promise<InProcessResult> {
  const { env } = prepareRun(options);
  const clock = new ManualClock();
  const lines: string[] = [];
  const commands: WorkflowCommand[] = [];
  const logger: Logger = {
    debug: (message) => lines.push(`::debug::${message}`),
    info: (message) => lines.push(message),
    warn: (message) => {
      lines.push(`::warning::${message}`);
      commands.push({ command: "warning", properties: {}, message });
    },
    error: (message) => {
      lines.push(`::error::${message}`);
      commands.push({ command: "error", properties: {}, message });
    },
  };
  const base = { stderr: "", env, sleeps: clock.sleeps };
  let result: ActionResult;
  try {
    const inputs = parseInputs((name: InputName) =>
      (env[`INPUT_${name.toUpperCase()}`] ?? "").trim(),
    );
    const context = readContext(env, (file) => readFileSync(file, "utf8"), options.workspace.root);
    const token = inputs.githubToken;
    const github =
      token === undefined
        ? undefined
        : createRepoApi(
            new GitHubClient({ apiUrl: context.apiUrl, token: token.reveal(), clock, logger }),
            context.repo,
            { expectedAuthor: inputs.githubAuthor },
          );
    result = await runAction(inputs, context, {
      logger,
      clock,
      env: {},
      cwd: options.workspace.root,
      github,
      writeFile: async (file, text) => {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text, { mode: 0o600 });
      },
    });
  } catch (error) {
    if (!(error instanceof CursorPolicyError)) throw error;
    const message = error.hint ? `${error.message}\n${error.hint}` : error.message;
    commands.push({ command: "error", properties: {}, message });
    return {
      ...base,
      code: 1,
      stdout: [...lines, `::error::${message}`].join("\n"),
      outputs: { "exit-code": String(error.exitCode) },
      summary: "",
      commands,
    };
  }
  // What main.ts's publish() does with @actions/core.
  for (const annotation of result.annotations) {
    const properties: Record<string, string> = { title: annotation.title };
    if (annotation.file !== undefined) properties.file = annotation.file;
    if (annotation.startLine !== undefined) properties.line = String(annotation.startLine);
    if (annotation.startColumn !== undefined) properties.col = String(annotation.startColumn);
    commands.push({ command: annotation.level, properties, message: annotation.message });
  }
  if (result.notice) commands.push({ command: "notice", properties: {}, message: result.notice });
  if (result.exitCode !== ExitCode.Ok) {
    const failure = result.failure ?? `cursor-policy exited with code ${result.exitCode}`;
    commands.push({ command: "error", properties: {}, message: failure });
  }
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.outputs)) {
    if (value !== undefined) outputs[name] = value;
  }
  return {
    ...base,
    code: result.exitCode,
    stdout: [
      ...lines,
      ...commands.map((c) => `::${c.command}::${c.message.replace(/\n/g, "%0A")}`),
    ].join("\n"),
    outputs,
    summary: result.summary,
    commands,
  };
}
