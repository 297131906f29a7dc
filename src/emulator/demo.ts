// The built-in teams: the demo team "Acme" that the quick start, the example policies and the
// docs share (/work/brief/demo-team.md is its source of truth), and large synthetic teams for
// benchmarks. Both are deterministic: the same inputs give byte-identical states.

import { hashString, randomInt, randomToken, seededRandom } from "./prng.js";
import {
  type ApiKeyState,
  type BlocklistState,
  type DailyUsageRow,
  type DirectoryGroupState,
  type EmulatorState,
  type MemberState,
  STATE_FORMAT_VERSION,
  type UsageEventState,
} from "./types.js";

/** The demo team's admin key. Public and fake on purpose: it only opens the emulator. */
export const DEMO_ADMIN_KEY = `crsr_${"demo".repeat(16)}`;
/** The demo team's read-only key. Public and fake on purpose. */
export const DEMO_READ_ONLY_KEY = `crsr_${"read".repeat(16)}`;

const DAY_MS = 86_400_000;

function demoKeys(): ApiKeyState[] {
  return [
    { key: DEMO_ADMIN_KEY, scope: "admin", name: "demo admin key" },
    { key: DEMO_READ_ONLY_KEY, scope: "read-only", name: "demo read-only key" },
  ];
}

/** A stable `user_...` id derived from the email, shaped like the API's (28 base-62 characters). */
export function memberIdFor(email: string): string {
  return `user_${randomToken(seededRandom(hashString(email)), 28)}`;
}

// [email, name, role, spend this cycle in cents, per-user limit in dollars]
type DemoRow = readonly [string, string, string, number, number | null];

const DEMO_MEMBERS: readonly DemoRow[] = [
  ["ada.lovelace@acme.example", "Ada Lovelace", "owner", 31240.5, null],
  ["grace.hopper@acme.example", "Grace Hopper", "owner", 8810.25, 500],
  ["it-admin@acme.example", "IT Admin", "free-owner", 0, null],
  ["alan.turing@acme.example", "Alan Turing", "member", 4525.125487, 100],
  ["barbara.liskov@acme.example", "Barbara Liskov", "member", 13075, 100],
  ["donald.knuth@acme.example", "Donald Knuth", "member", 2210.5, 150],
  ["edsger.dijkstra@acme.example", "Edsger Dijkstra", "member", 990, null],
  ["frances.allen@acme.example", "Frances Allen", "member", 6120.75, 100],
  ["john.backus@acme.example", "John Backus", "member", 0, 100],
  ["ken.thompson@acme.example", "Ken Thompson", "member", 7400, 100],
  ["dennis.ritchie@acme.example", "Dennis Ritchie", "member", 5230.3, 100],
  ["margaret.hamilton@acme.example", "Margaret Hamilton", "member", 9900.9, 200],
  ["radia.perlman@acme.example", "Radia Perlman", "member", 1500, 100],
  ["tim.berners-lee@acme.example", "Tim Berners-Lee", "member", 300.01, 100],
  ["guido.rossum@acme.example", "Guido van Rossum", "member", 8050, 100],
  ["bjarne.stroustrup@acme.example", "Bjarne Stroustrup", "member", 2750, 100],
  ["james.gosling@acme.example", "James Gosling", "member", 4100, 100],
  ["anders.hejlsberg@acme.example", "Anders Hejlsberg", "member", 6600.6, 100],
  ["brendan.eich@acme.example", "Brendan Eich", "member", 350, 100],
  ["rob.pike@acme.example", "Rob Pike", "member", 2900, 100],
  ["robert.griesemer@acme.example", "Robert Griesemer", "member", 1200, 100],
  ["leslie.lamport@acme.example", "Leslie Lamport", "member", 4400, 100],
  ["niklaus.wirth@acme.example", "Niklaus Wirth", "member", 0, 100],
  ["john.mccarthy@acme.example", "John McCarthy", "member", 700, 100],
  ["katherine.johnson@acme.example", "Katherine Johnson", "member", 5100, 100],
  ["hedy.lamarr@acme.example", "Hedy Lamarr", "member", 21000, 400],
  ["claude.shannon@acme.example", "Claude Shannon", "member", 15500.5, 300],
  ["fei-fei.li@acme.example", "Fei-Fei Li", "member", 30100, 400],
  ["yann.lecun@acme.example", "Yann LeCun", "member", 12000, null],
  ["sam.contractor@contractors.acme.example", "Sam Contractor", "member", 2300, 50],
  ["pat.consultant@contractors.acme.example", "Pat Consultant", "member", 6100, 100],
  ["lee.freelance@contractors.acme.example", "Lee Freelance", "member", 800, 50],
  ["kim.temp@contractors.acme.example", "Kim Temp", "member", 150, 50],
];

const DEMO_BLOCKLISTS: readonly BlocklistState[] = [
  {
    id: "repo_payments01",
    url: "https://github.com/acme/payments",
    patterns: ["*.env", "config/prod/*"],
  },
  {
    id: "repo_infra00002",
    url: "https://github.com/acme/infra",
    patterns: ["*.env", "**/*.pem", "terraform/*.tfvars"],
  },
  { id: "repo_marketing3", url: "https://github.com/acme/marketing-site", patterns: ["*.env"] },
  {
    id: "repo_dataplat04",
    url: "https://github.com/acme/data-platform",
    patterns: ["*.env", "secrets/**"],
  },
];

/**
 * The demo team's directory groups. Their limits never raise a member above what the example
 * policies in policies/ give them, so the quick start's verified apply stays quiet; the Okta
 * group is synced by SCIM (API writes to it are refused) and nothing in the API says so.
 */
const DEMO_GROUPS: ReadonlyArray<{
  readonly id: string;
  readonly name: string;
  readonly limit: number | null;
  readonly members: readonly string[];
  readonly scimSynced?: boolean;
}> = [
  {
    id: "team_group_datasci01",
    name: "data-science",
    limit: 400,
    members: [
      "hedy.lamarr@acme.example",
      "claude.shannon@acme.example",
      "fei-fei.li@acme.example",
      "yann.lecun@acme.example",
    ],
  },
  {
    id: "team_group_platform02",
    name: "platform",
    limit: null,
    members: [
      "ken.thompson@acme.example",
      "dennis.ritchie@acme.example",
      "rob.pike@acme.example",
      "robert.griesemer@acme.example",
      "leslie.lamport@acme.example",
    ],
  },
  {
    id: "team_group_oktaeng03",
    name: "Engineering (Okta)",
    limit: 100,
    scimSynced: true,
    members: [
      "alan.turing@acme.example",
      "barbara.liskov@acme.example",
      "donald.knuth@acme.example",
      "frances.allen@acme.example",
      "margaret.hamilton@acme.example",
    ],
  },
];

function demoGroups(): DirectoryGroupState[] {
  return DEMO_GROUPS.map((group) => ({
    id: group.id,
    name: group.name,
    monthlySpendingLimitDollars: group.limit,
    memberIds: group.members.map(memberIdFor),
    ...(group.scimSynced ? { scimSynced: true } : {}),
  }));
}

function demoMember([email, name, role, spendCents, limit]: DemoRow): MemberState {
  return {
    id: memberIdFor(email),
    email,
    name,
    role,
    spendCents,
    // Requests are roughly one per 4 cents of spend: plausible, and stable.
    fastPremiumRequests: Math.round(spendCents / 4),
    monthlyLimitDollars: limit,
  };
}

/** Midnight UTC on the first day of `now`'s month: the demo billing cycle start. */
function cycleStartFor(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

const MODELS = ["claude-4-sonnet", "gpt-5", "claude-4-opus", "auto"] as const;
const EXTENSIONS = [".ts", ".tsx", ".py", ".go", ".md"] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pick() needs a non-empty list");
  return item;
}

function dailyRow(random: () => number, email: string, date: number): DailyUsageRow {
  const linesAdded = randomInt(random, 0, 2500);
  const accepted = Math.floor(linesAdded * random());
  const tabsShown = randomInt(random, 0, 500);
  return {
    date,
    email,
    isActive: linesAdded > 0,
    totalLinesAdded: linesAdded,
    totalLinesDeleted: Math.floor(linesAdded * random()),
    acceptedLinesAdded: accepted,
    acceptedLinesDeleted: Math.floor(accepted * random()),
    totalApplies: randomInt(random, 0, 120),
    totalAccepts: randomInt(random, 0, 100),
    totalRejects: randomInt(random, 0, 20),
    totalTabsShown: tabsShown,
    totalTabsAccepted: Math.floor(tabsShown * random()),
    composerRequests: randomInt(random, 0, 60),
    chatRequests: randomInt(random, 0, 150),
    agentRequests: randomInt(random, 0, 30),
    cmdkUsages: randomInt(random, 0, 80),
    subscriptionIncludedReqs: randomInt(random, 0, 300),
    apiKeyReqs: 0,
    usageBasedReqs: randomInt(random, 0, 10),
    bugbotUsages: randomInt(random, 0, 5),
    mostUsedModel: pick(random, MODELS),
    applyMostUsedExtension: pick(random, EXTENSIONS),
    tabMostUsedExtension: pick(random, EXTENSIONS),
    clientVersion: "1.7.2",
  };
}

function usageEvent(random: () => number, email: string, timestamp: number): UsageEventState {
  const tokenBased = random() < 0.6;
  const inputTokens = randomInt(random, 100, 8000);
  const outputTokens = randomInt(random, 50, 2000);
  return {
    timestamp,
    userEmail: email,
    model: pick(random, MODELS),
    kind: tokenBased ? "Usage-based" : "Included in Business",
    maxMode: random() < 0.3,
    requestsCosts: Math.round(random() * 100) / 10,
    isTokenBasedCall: tokenBased,
    ...(tokenBased
      ? {
          tokenUsage: {
            inputTokens,
            outputTokens,
            cacheWriteTokens: randomInt(random, 0, 12000),
            cacheReadTokens: randomInt(random, 0, 12000),
            totalCents: Math.round((inputTokens * 0.0003 + outputTokens * 0.0015) * 1000) / 1000,
          },
        }
      : {}),
    isFreeBugbot: false,
  };
}

/**
 * Usage for the active members: one daily row per member for each of the 14 days before
 * `now`'s day, and a few events per member per day for the last 7 days, newest first.
 */
function demoUsage(
  emails: readonly string[],
  now: number,
): { daily: DailyUsageRow[]; events: UsageEventState[] } {
  const random = seededRandom(20_260_101);
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const daily: DailyUsageRow[] = [];
  const events: UsageEventState[] = [];
  for (let day = 14; day >= 1; day--) {
    for (const email of emails) daily.push(dailyRow(random, email, today - day * DAY_MS));
  }
  for (let day = 7; day >= 1; day--) {
    for (const email of emails) {
      const count = randomInt(random, 0, 3);
      for (let i = 0; i < count; i++) {
        const at = today - day * DAY_MS + randomInt(random, 0, DAY_MS - 1);
        events.push(usageEvent(random, email, at));
      }
    }
  }
  events.sort((a, b) => b.timestamp - a.timestamp);
  return { daily, events };
}

/**
 * The demo team "Acme": 33 active members, one removed member, four repo blocklists, three
 * directory groups (one synced by SCIM), the demo keys, and usage for the two weeks before `now`
 * (default: the current time). The billing cycle starts on the first day of `now`'s month (UTC).
 */
export function demoTeamState(options: { now?: number } = {}): EmulatorState {
  const now = options.now ?? Date.now();
  const members = DEMO_MEMBERS.map(demoMember);
  members.push({
    ...demoMember(["former.employee@acme.example", "Former Employee", "member", 0, 100]),
    isRemoved: true,
  });
  const activeEmails = members.filter((m) => !m.isRemoved).map((m) => m.email);
  return {
    version: STATE_FORMAT_VERSION,
    team: { name: "Acme" },
    members,
    blocklists: DEMO_BLOCKLISTS.map((b) => ({ ...b, patterns: [...b.patterns] })),
    directoryGroups: demoGroups(),
    apiKeys: demoKeys(),
    usage: demoUsage(activeEmails, now),
    auditLog: [],
    subscriptionCycleStart: cycleStartFor(now),
    nextId: 1,
  };
}

const SYNTHETIC_LIMITS = [0, 50, 100, 150, 200, 300, 500, 1000] as const;
const SYNTHETIC_PATTERNS = ["*.env", "**/*.pem", "**/*.key", "config/prod/*", "secrets/**"];

/**
 * A large synthetic team for benchmarks and tests: `members` members
 * (`user00001@bench.example`..., the first an owner), `repos` blocklists
 * (`https://github.com/bench/repo-00001`...), a `withLimits` share (0..1, default 0.5) of members
 * with a per-user limit, the demo keys, no usage. Deterministic for a given seed.
 */
export function generateTeamState(opts: {
  members: number;
  repos: number;
  seed?: number;
  withLimits?: number;
}): EmulatorState {
  const random = seededRandom(opts.seed ?? 1);
  const share = Math.min(1, Math.max(0, opts.withLimits ?? 0.5));
  const members: MemberState[] = [];
  for (let i = 1; i <= opts.members; i++) {
    const email = `user${String(i).padStart(5, "0")}@bench.example`;
    const spendCents = Math.round(random() * 5_000_000) / 100;
    const hasLimit = random() < share;
    const limit = pick(random, SYNTHETIC_LIMITS);
    members.push({
      id: `user_bench${String(i).padStart(23, "0")}`,
      email,
      name: `Bench User ${i}`,
      role: i === 1 ? "owner" : "member",
      spendCents,
      fastPremiumRequests: Math.round(spendCents / 4),
      monthlyLimitDollars: hasLimit ? limit : null,
    });
  }
  const blocklists: BlocklistState[] = [];
  for (let i = 1; i <= opts.repos; i++) {
    const patterns = SYNTHETIC_PATTERNS.filter(() => random() < 0.5);
    blocklists.push({
      id: `repo_bench${String(i).padStart(5, "0")}`,
      url: `https://github.com/bench/repo-${String(i).padStart(5, "0")}`,
      patterns: patterns.length > 0 ? patterns : ["*.env"],
    });
  }
  return {
    version: STATE_FORMAT_VERSION,
    team: { name: "Bench" },
    members,
    blocklists,
    apiKeys: demoKeys(),
    usage: { daily: [], events: [] },
    auditLog: [],
    subscriptionCycleStart: Date.UTC(2026, 10, 1),
    nextId: 1,
  };
}
