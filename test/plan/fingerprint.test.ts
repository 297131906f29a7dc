import { describe, expect, it } from "vitest";
import { fingerprintLiveState, plan } from "../../src/plan/index.js";
import {
  aLiveBlocklist,
  aLiveGroup,
  aMember,
  desiredState,
  type LiveStateSpec,
  liveState,
  noOptions,
} from "./builders.js";

const base = liveState({
  members: [
    aMember({ email: "ana@acme.dev", limit: 50, spend: 10 }),
    aMember({ email: "bo@acme.dev", role: "owner", limit: null }),
  ],
  blocklists: [
    aLiveBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env", "*.pem"] }),
    aLiveBlocklist({ url: "https://github.com/acme/web", patterns: ["dist/**"] }),
  ],
});
const fingerprint = fingerprintLiveState(base);

describe("fingerprintLiveState", () => {
  it("is a sha256 hex digest, and the plan carries it", () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(plan(desiredState(), base, noOptions).fingerprint).toBe(fingerprint);
  });

  it("ignores spend, names, effective limits, order and repeated patterns", () => {
    const shuffled = liveState({
      members: [
        aMember({ email: "bo@acme.dev", role: "owner", limit: null, spend: 999.99, name: "Bob" }),
        aMember({ email: "ana@acme.dev", limit: 50, spend: 0, effective: 500 }),
      ],
      blocklists: [
        aLiveBlocklist({ url: "https://github.com/acme/web", patterns: ["dist/**", "dist/**"] }),
        aLiveBlocklist({ url: "https://github.com/acme/api", patterns: ["*.pem", "*.env"] }),
      ],
      cycleStart: 1_700_000_000_000,
    });
    expect(fingerprintLiveState(shuffled)).toBe(fingerprint);
  });

  it.each([
    ["a limit", { members: [aMember({ email: "ana@acme.dev", limit: 51 })] }],
    ["a role", { members: [aMember({ email: "ana@acme.dev", role: "owner", limit: 50 })] }],
    ["an unknown limit", { members: [aMember({ email: "ana@acme.dev", limit: "unknown" })] }],
    ["a legacy read", { members: [aMember({ email: "ana@acme.dev", limit: 50, legacy: true })] }],
    ["a member joining", { members: [aMember({ email: "cy@acme.dev" })] }],
    ["a pattern", { blocklists: [aLiveBlocklist({ patterns: ["*.env"] })] }],
    [
      "a blocklist id",
      { blocklists: [aLiveBlocklist({ id: "repo_9", patterns: ["*.env", "*.pem"] })] },
    ],
  ] as const)("changes with %s", (_, change) => {
    const changed = liveState({
      members: [
        ...("members" in change ? change.members : []),
        ...base.members.filter(
          (m) => !("members" in change) || !change.members.some((c) => c.emailKey === m.emailKey),
        ),
      ],
      blocklists:
        "blocklists" in change ? [...change.blocklists, base.blocklists[1]!] : base.blocklists,
    });
    expect(fingerprintLiveState(changed)).not.toBe(fingerprint);
  });

  it("changes with the response shape", () => {
    expect(fingerprintLiveState({ ...base, shape: "legacy" })).not.toBe(fingerprint);
  });
});

describe("fingerprintLiveState with directory groups", () => {
  const group = aLiveGroup({ id: "g1", name: "ds", limit: 400, members: ["ana@acme.dev"] });
  const withGroups = (groups: LiveStateSpec["directoryGroups"]) =>
    fingerprintLiveState(
      liveState({
        members: base.members,
        blocklists: base.blocklists,
        ...(groups === undefined ? {} : { directoryGroups: groups }),
      }),
    );

  it("is the same without groups, with none read and with none on the team", () => {
    expect(withGroups(undefined)).toBe(fingerprint);
    expect(withGroups("unsupported")).toBe(fingerprint);
    expect(withGroups([])).toBe(fingerprint);
  });

  it("changes with a group's limit, name or members, not with their order", () => {
    const one = withGroups([group]);
    expect(one).not.toBe(fingerprint);
    expect(withGroups([{ ...group, limitDollars: 500 }])).not.toBe(one);
    expect(withGroups([{ ...group, name: "data-science" }])).not.toBe(one);
    expect(withGroups([{ ...group, members: [] }])).not.toBe(one);
    const other = aLiveGroup({ id: "g2", name: "ops", members: ["bo@acme.dev", "ana@acme.dev"] });
    const reversed = { ...other, members: [...other.members].reverse() };
    expect(withGroups([group, other])).toBe(withGroups([reversed, group]));
  });
});
