// Shared by the reliability suite: a synthetic team and a policy for it, the expected end state,
// checks that nothing outside the policy was touched, the bundled CLI as a killable child
// process, and the figures each test records for docs/reliability.md.

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestContext } from "vitest";
import { connect } from "../../src/core/connect.js";
import { loadPolicy } from "../../src/core/policy.js";
import { applyPolicy } from "../../src/core/reconcile.js";
import {
  type BlocklistState,
  DEMO_ADMIN_KEY,
  type EmulatorState,
  generateTeamState,
  startEmulator,
} from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { cliPath } from "../helpers/cli.js";

export const email = (n: number) => `user${String(n).padStart(5, "0")}@bench.example`;
export const repo = (n: number) => `https://github.com/bench/repo-${String(n).padStart(5, "0")}`;

/**
 * A team of `members` members (half with a limit) and `repos` blocklists, from the emulator's
 * deterministic generator. Without the bulk spend-limit route: these tests interrupt, kill,
 * restart and fault an apply between writes, and the single route's call per member gives them
 * hundreds of such points (the bulk route, ten calls for a thousand members, has its own tests:
 * `bulkTeam`, and test/reconcile/directory-groups.http.test.ts).
 */
export function team(members: number, repos: number, seed: number): EmulatorState {
  return { ...bulkTeam(members, repos, seed), features: { bulkSpendLimits: false } };
}

/** The same team, with the bulk spend-limit route (100 members a call). */
export function bulkTeam(members: number, repos: number, seed: number): EmulatorState {
  return generateTeamState({ members, repos, seed, withLimits: 0.5 });
}

/**
 * A policy covering part of a 200-member, 40-repo team with every rule rank, written as JSON
 * (valid YAML). Covered: user00001-00099 (email pattern, $75), user00120-00129 (group, $0),
 * user00150-00160 (users, $300). Uncovered, so never to be touched: the other 80 members.
 * Blocklists: repos 1-25 declared with new patterns, 5 new repos, repos 30-39 ignored (managed
 * elsewhere), the rest pruned.
 */
export function killPolicy(): Record<string, unknown> {
  const users: Record<string, number> = {};
  for (let n = 150; n <= 160; n++) users[email(n)] = 300;
  const group = Array.from({ length: 10 }, (_, i) => email(120 + i));
  const repos: Record<string, { patterns: string[] }> = {};
  for (let n = 1; n <= 25; n++)
    repos[repo(n)] = { patterns: ["*.env", "secrets/**", `gen/${n}/**`] };
  for (let n = 1; n <= 5; n++) repos[`https://github.com/bench/new-${n}`] = { patterns: ["*.pem"] };
  return {
    version: 1,
    spendLimits: {
      emailPatterns: { "user000*@bench.example": 75 },
      groups: { "team-a": { limit: 0, members: group } },
      users,
    },
    blocklists: { repos },
    ownership: { prune: true, ignore: ["https://github.com/bench/repo-0003*"] },
  };
}

/** Members and repos the kill policy leaves alone. */
export function untouchedByKillPolicy(state: EmulatorState): {
  members: Map<string, number | null>;
  blocklists: BlocklistState[];
} {
  const covered = (n: number) => n <= 99 || (n >= 120 && n <= 129) || (n >= 150 && n <= 160);
  const members = new Map<string, number | null>();
  state.members.forEach((member, index) => {
    if (!covered(index + 1)) members.set(member.email, member.monthlyLimitDollars);
  });
  return {
    members,
    blocklists: state.blocklists.filter((b) => /repo-0003\d$/.test(b.url)),
  };
}

/** A directory holding `policy` as policies/policy.yaml; removed when the test ends. */
export async function policyDir(
  context: Pick<TestContext, "onTestFinished">,
  policy: Record<string, unknown>,
): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-reliability-"));
  context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, "policies"));
  await writeFile(path.join(dir, "policies", "policy.yaml"), JSON.stringify(policy, null, 2));
  return path.join(dir, "policies");
}

/** The team after a fault-free apply of the policy in `dir`, computed in-process. */
export async function expectedAfterApply(state: EmulatorState, dir: string): Promise<Managed> {
  const clock = new ManualClock();
  const emulator = await startEmulator({ state, clock });
  try {
    const outcome = await applyPolicy({
      policy: await loadPolicy(dir),
      connection: connect({
        baseUrl: emulator.url,
        env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
        logger: silentLogger,
        clock,
      }),
      allowDeletes: true,
      allowLargeChanges: true,
      confirm: async () => true,
      clock,
      logger: silentLogger,
    });
    if (outcome.exitCode !== 0) throw new Error(`the reference apply failed: ${outcome.exitCode}`);
    return managed(emulator.getState());
  } finally {
    await emulator.close();
  }
}

/** What the reconciler manages, comparable with toEqual: limits by email, blocklists by URL. */
export interface Managed {
  readonly limits: Record<string, number | null>;
  readonly blocklists: Record<string, string[]>;
}

export function managed(state: EmulatorState): Managed {
  const limits: Record<string, number | null> = {};
  for (const member of state.members) {
    if (!member.isRemoved) limits[member.email] = member.monthlyLimitDollars;
  }
  const blocklists: Record<string, string[]> = {};
  for (const entry of state.blocklists) blocklists[entry.url] = [...entry.patterns].sort();
  return { limits, blocklists };
}

/** How many values differ between two managed states (limits and blocklists). */
export function differences(a: Managed, b: Managed): number {
  let count = 0;
  for (const key of new Set([...Object.keys(a.limits), ...Object.keys(b.limits)])) {
    if (a.limits[key] !== b.limits[key]) count++;
  }
  for (const key of new Set([...Object.keys(a.blocklists), ...Object.keys(b.blocklists)])) {
    if (JSON.stringify(a.blocklists[key]) !== JSON.stringify(b.blocklists[key])) count++;
  }
  return count;
}

export interface CliRun {
  readonly child: ChildProcessWithoutNullStreams;
  readonly done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/**
 * Starts the bundled CLI (built by the test set-up) with the demo admin key, or with `apiKey`;
 * does not wait.
 */
export function startCli(args: readonly string[], apiKey: string = DEMO_ADMIN_KEY): CliRun {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith("CURSOR_")) env[name] = value;
  }
  const child = spawn(process.execPath, [cliPath(), ...args], {
    env: { ...env, NO_COLOR: "1", CURSOR_API_KEY: apiKey },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end();
  const done = new Promise<Awaited<CliRun["done"]>>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/**
 * Figures for docs/reliability.md: written as JSON to $CURSOR_POLICY_RELIABILITY_OUT/<name>.json
 * when that is set (`npm run test:reliability` sets it and prints a table); no-op otherwise.
 */
export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const dir = process.env.CURSOR_POLICY_RELIABILITY_OUT;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}
