// End-to-end helpers: an emulator started in the test process (closed when the test ends, safe in
// concurrent tests), the real bundled CLI run against it, and policy directories in temp folders.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestContext } from "vitest";
import { ENDPOINTS } from "../../src/api/endpoints.js";
import {
  DEMO_ADMIN_KEY,
  demoTeamState,
  type Emulator,
  type EmulatorOptions,
  type EmulatorState,
  type RequestLogEntry,
  startEmulator,
} from "../../src/emulator/index.js";
import { type CliResult, runCli } from "../helpers/cli.js";

/** The example policies, which match the demo team. */
export const EXAMPLE_POLICIES = path.resolve("policies");

/**
 * The demo team on a fresh emulator for this test. Rate limits are off unless asked for: the CLI
 * paces itself to the documented limits with the real clock, and these tests are not about pacing.
 */
export async function demoEmulator(
  context: Pick<TestContext, "onTestFinished">,
  options: EmulatorOptions = {},
): Promise<Emulator> {
  const emulator = await startEmulator({
    state: demoTeamState(),
    rateLimits: "off",
    ...options,
  });
  context.onTestFinished(() => emulator.close());
  return emulator;
}

/**
 * Runs the bundled CLI with the demo admin key in CURSOR_API_KEY. Every run is checked for the
 * key: it must never appear on stdout or stderr, whatever the command did.
 */
export async function cli(
  args: readonly string[],
  options: { key?: string; cwd?: string } = {},
): Promise<CliResult> {
  const key = options.key ?? DEMO_ADMIN_KEY;
  const result = await runCli(args, {
    // Not CI, whatever runs the tests: progress lines only appear when a test asks for them.
    env: {
      CURSOR_API_KEY: key,
      CURSOR_API_BASE_URL: undefined,
      CURSOR_API_KEY_FILE: undefined,
      CI: undefined,
      GITHUB_ACTIONS: undefined,
    },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  if (result.stdout.includes(key) || result.stderr.includes(key)) {
    throw new Error(`the API key appeared in the output of cursor-policy ${args.join(" ")}`);
  }
  return result;
}

/** `args` plus the flags pointing a command at this emulator and a policy directory. */
export function against(
  emulator: Emulator,
  policies: string,
  ...args: readonly string[]
): string[] {
  return [...args, "--policies", policies, "--base-url", emulator.url];
}

/** A temp directory removed when the test ends. */
export async function tempDir(
  context: Pick<TestContext, "onTestFinished">,
  prefix: string,
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `cursor-policy-e2e-${prefix}-`));
  context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A policy directory holding these files (name -> YAML text). */
export async function policyDir(
  context: Pick<TestContext, "onTestFinished">,
  files: Readonly<Record<string, string>>,
): Promise<string> {
  const dir = await tempDir(context, "policy");
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

export function writesIn(log: readonly RequestLogEntry[]): RequestLogEntry[] {
  return log.filter((entry) => entry.endpoint !== null && ENDPOINTS[entry.endpoint].write);
}

/** Limits by email and blocklists by URL (patterns sorted): what a policy decides. */
export function managedState(state: EmulatorState): {
  limits: Record<string, number | null>;
  blocklists: Record<string, string[]>;
} {
  const limits: Record<string, number | null> = {};
  for (const member of state.members) {
    if (!member.isRemoved) limits[member.email] = member.monthlyLimitDollars;
  }
  const blocklists: Record<string, string[]> = {};
  for (const entry of state.blocklists) blocklists[entry.url] = [...entry.patterns].sort();
  return { limits, blocklists };
}

/** Sets one member's per-user limit in the emulator, as a change made by hand in the dashboard. */
export function setLimitOutOfBand(emulator: Emulator, email: string, dollars: number | null): void {
  const state = emulator.getState();
  emulator.setState({
    ...state,
    members: state.members.map((m) =>
      m.email === email ? { ...m, monthlyLimitDollars: dollars } : m,
    ),
  });
}
