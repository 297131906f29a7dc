// Synthetic teams and the policies the benchmarks plan them against. The team comes from the
// emulator's own generator (deterministic for a seed); the policy is written as policy files, so
// the benchmarks load it through the same loader the CLI uses.
//
// The policy uses every rule rank and both ownership modes, and disagrees with the team where a
// real first apply would: about half the members get a limit change, a quarter of the declared
// repos change patterns, 5 % of the repos are new, and of the undeclared ones some are ignored
// (managed elsewhere) and the rest pruned.

import { buildLiveState } from "../../src/api/live-state.js";
import type { ApiBlocklist, ApiMember, SpendRow } from "../../src/api/types.js";
import type { EmulatorState } from "../../src/emulator/index.js";
import type { LiveState } from "../../src/model/live.js";
import type { PolicyFile } from "../../src/policy/load.js";

const BENCH_DOMAIN = "bench.example";

export function memberEmail(index: number): string {
  return `user${String(index).padStart(5, "0")}@${BENCH_DOMAIN}`;
}

export function repoUrl(index: number): string {
  return `https://github.com/bench/repo-${String(index).padStart(5, "0")}`;
}

const GROUP_COUNT = 10;
const GROUP_SIZE = 50;

/** Share of live repos the policy declares; the rest are undeclared (ignored or pruned). */
const DECLARED_SHARE = 0.9;
/** Repos the policy adds, as a share of live repos. */
const NEW_SHARE = 0.05;

/** Policy files (name -> text) for a team made by generateTeamState. JSON is valid YAML 1.2. */
export function benchPolicyFiles(state: EmulatorState): PolicyFile[] {
  const members = state.members.length;
  const users: Record<string, number> = {};
  for (let i = 100; i <= members; i += 100) users[memberEmail(i)] = 250;
  const groups: Record<string, { limit: number; members: string[] }> = {};
  for (let g = 0; g < GROUP_COUNT; g++) {
    const list: string[] = [];
    for (let k = 0; k < GROUP_SIZE; k++) {
      const index = 3 + g * GROUP_SIZE * 2 + k * 2;
      if (index <= members && index % 100 !== 0) list.push(memberEmail(index));
    }
    if (list.length > 0) groups[`group-${g}`] = { limit: 400, members: list };
  }
  const limits = {
    version: 1,
    spendLimits: {
      default: 100,
      roles: { owner: 1000 },
      emailPatterns: { [`user*7@${BENCH_DOMAIN}`]: 150 },
      groups,
      users,
    },
  };

  const repos: Record<string, { patterns: string[] }> = {};
  const declared = Math.floor(state.blocklists.length * DECLARED_SHARE);
  state.blocklists.slice(0, declared).forEach((live, index) => {
    const changed = index % 4 === 0;
    repos[live.url] = {
      patterns: changed ? ["*.env", "**/*.pem", `generated/${index % 7}/**`] : [...live.patterns],
    };
  });
  const added = Math.ceil(state.blocklists.length * NEW_SHARE);
  for (let i = 1; i <= added; i++) {
    repos[`https://github.com/bench/new-${String(i).padStart(5, "0")}`] = {
      patterns: ["*.env", "secrets/**"],
    };
  }
  // Undeclared live repos: those numbered ...1 are managed elsewhere (ignored), the rest pruned.
  const blocklists = {
    version: 1,
    blocklists: { repos },
    ownership: { prune: true, ignore: ["https://github.com/bench/repo-*1"] },
  };

  return [
    { path: "bench-policy/spend-limits.yaml", text: `${JSON.stringify(limits, null, 2)}\n` },
    { path: "bench-policy/blocklists.yaml", text: `${JSON.stringify(blocklists, null, 2)}\n` },
  ];
}

/**
 * The live state the client would read from this emulator state: built from API-shaped rows by
 * the client's own join (buildLiveState), without HTTP, for the planner-alone benchmark.
 */
export function liveFromState(state: EmulatorState): LiveState {
  const members: ApiMember[] = state.members.map((m) => ({
    name: m.name,
    email: m.email,
    role: m.role,
    id: m.id,
    isRemoved: m.isRemoved ?? false,
  }));
  const rows: SpendRow[] = state.members
    .filter((m) => !m.isRemoved)
    .map((m) => ({
      name: m.name,
      email: m.email,
      role: m.role,
      userId: m.id,
      spendCents: m.spendCents,
      overallSpendCents: m.spendCents,
      fastPremiumRequests: m.fastPremiumRequests,
      monthlyLimitDollars: m.monthlyLimitDollars,
      hardLimitOverrideDollars: m.monthlyLimitDollars ?? 0,
      effectivePerUserLimitDollars: m.monthlyLimitDollars,
    }));
  const blocklists: ApiBlocklist[] = state.blocklists.map((b) => ({
    id: b.id,
    url: b.url,
    patterns: [...b.patterns],
  }));
  return buildLiveState({ members, blocklists, spend: { rows, cycleStart: 0 } });
}
