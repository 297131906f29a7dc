import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv } from "ajv";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  demoTeamState,
  EmulatorStateError,
  generateTeamState,
  parseEmulatorState,
  startEmulator,
} from "../../src/emulator/index.js";
import { ManualClock } from "../../src/shared/clock.js";
import { callApi, withEmulator } from "../helpers/emulator.js";

const NOW = Date.UTC(2026, 10, 20, 12);

describe("the demo team", () => {
  it("has the 33 members, the removed member, the four blocklists, three directory groups and both demo keys", () => {
    const state = demoTeamState({ now: NOW });
    expect(state.members.filter((m) => !m.isRemoved)).toHaveLength(33);
    expect(state.members.filter((m) => m.isRemoved).map((m) => m.email)).toEqual([
      "former.employee@acme.example",
    ]);
    expect(state.members.find((m) => m.email === "alan.turing@acme.example")).toMatchObject({
      spendCents: 4525.125487,
      monthlyLimitDollars: 100,
    });
    expect(state.members.filter((m) => m.role === "owner").map((m) => m.name)).toEqual([
      "Ada Lovelace",
      "Grace Hopper",
    ]);
    expect(state.blocklists.map((b) => b.id)).toEqual([
      "repo_payments01",
      "repo_infra00002",
      "repo_marketing3",
      "repo_dataplat04",
    ]);
    expect(
      state.directoryGroups?.map((g) => [
        g.name,
        g.monthlySpendingLimitDollars,
        g.memberIds.length,
        g.scimSynced === true,
      ]),
    ).toEqual([
      ["data-science", 400, 4, false],
      ["platform", null, 5, false],
      ["Engineering (Okta)", 100, 5, true],
    ]);
    expect(state.apiKeys).toEqual([
      expect.objectContaining({ key: DEMO_ADMIN_KEY, scope: "admin" }),
      expect.objectContaining({ key: DEMO_READ_ONLY_KEY, scope: "read-only" }),
    ]);
    expect(DEMO_ADMIN_KEY).toBe(`crsr_${"demo".repeat(16)}`);
    expect(DEMO_READ_ONLY_KEY).toBe(`crsr_${"read".repeat(16)}`);
    expect(state.subscriptionCycleStart).toBe(Date.UTC(2026, 10, 1));
  });

  it("is deterministic for a given time and passes its own validation", () => {
    expect(demoTeamState({ now: NOW })).toEqual(demoTeamState({ now: NOW }));
    expect(parseEmulatorState(demoTeamState({ now: NOW }), "demo")).toEqual(
      demoTeamState({ now: NOW }),
    );
  });
});

describe("generateTeamState", () => {
  it("builds large deterministic teams with the asked share of limits", () => {
    const state = generateTeamState({ members: 5000, repos: 300, seed: 42, withLimits: 0.25 });
    expect(state.members).toHaveLength(5000);
    expect(state.blocklists).toHaveLength(300);
    expect(new Set(state.members.map((m) => m.email)).size).toBe(5000);
    const limited = state.members.filter((m) => m.monthlyLimitDollars !== null).length;
    expect(limited).toBeGreaterThan(1000);
    expect(limited).toBeLessThan(1500);
    expect(generateTeamState({ members: 5000, repos: 300, seed: 42, withLimits: 0.25 })).toEqual(
      state,
    );
    expect(generateTeamState({ members: 50, repos: 3, seed: 43 })).not.toEqual(
      generateTeamState({ members: 50, repos: 3, seed: 42 }),
    );
    expect(() => parseEmulatorState(state, "generated")).not.toThrow();
  });

  it("honours withLimits 0 and 1", () => {
    const none = generateTeamState({ members: 100, repos: 0, withLimits: 0 });
    expect(none.members.every((m) => m.monthlyLimitDollars === null)).toBe(true);
    const all = generateTeamState({ members: 100, repos: 0, withLimits: 1 });
    expect(all.members.every((m) => typeof m.monthlyLimitDollars === "number")).toBe(true);
  });
});

describe("state validation", () => {
  it("names the source and every bad field at once", () => {
    const state = JSON.parse(JSON.stringify(demoTeamState({ now: NOW })));
    state.version = 2;
    delete state.members[1].email;
    state.members[2].monthlyLimitDollars = 12.5;
    state.members[3].monthlyLimit = 100;
    state.members[4].email = "ADA.LOVELACE@acme.example";
    state.blocklists[0].patterns = "*.env";
    state.apiKeys[0].scope = "owner";
    let error: unknown;
    try {
      parseEmulatorState(state, "state file /tmp/x.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EmulatorStateError);
    const problems = (error as EmulatorStateError).problems;
    expect(problems).toEqual([
      "version: expected 1, got 2",
      "members[1].email: missing (expected a non-empty string)",
      "members[2].monthlyLimitDollars: expected whole dollars >= 0, or null for no limit, got 12.5",
      expect.stringMatching(/^members\[3\]\.monthlyLimit: unknown field/),
      'blocklists[0].patterns: expected an array of strings, got "*.env"',
      'apiKeys[0].scope: expected "admin" or "read-only", got "owner"',
      "members[4].email: same as members[0].email",
    ]);
    expect((error as Error).message).toContain(
      "state file /tmp/x.json is not a valid emulator state",
    );
  });

  it("checks directory groups, team settings and features, naming each problem", () => {
    const state = JSON.parse(JSON.stringify(demoTeamState({ now: NOW })));
    state.team.perUserLimitDollars = -5;
    state.features = { directoryGroups: "yes", bulk: true };
    state.directoryGroups[0].monthlySpendingLimitDollars = "400";
    state.directoryGroups[1].name = "DATA-SCIENCE ";
    state.directoryGroups[1].memberIds.push("user_nobody", state.directoryGroups[1].memberIds[0]);
    delete state.directoryGroups[2].memberIds;
    state.directoryGroups[2].scim = true;
    let error: unknown;
    try {
      parseEmulatorState(state, "x.json");
    } catch (caught) {
      error = caught;
    }
    expect((error as EmulatorStateError).problems).toEqual([
      "team.perUserLimitDollars: expected whole dollars >= 0, or null for no limit, got -5",
      'directoryGroups[0].monthlySpendingLimitDollars: expected whole dollars >= 0, or null for no limit, got "400"',
      expect.stringMatching(
        /^directoryGroups\[2\]\.scim: unknown field \(expected one of id, name, monthlySpendingLimitDollars, memberIds, scimSynced\)$/,
      ),
      "directoryGroups[2].memberIds: missing (expected an array of member ids)",
      'features.directoryGroups: expected true or false, got "yes"',
      expect.stringMatching(/^features\.bulk: unknown field/),
      "directoryGroups[1].name: same as directoryGroups[0].name",
      'directoryGroups[1].memberIds[5]: no member has the id "user_nobody"',
      expect.stringMatching(/^directoryGroups\[1\]\.memberIds\[6\]: "user_\w+" is listed twice$/),
    ]);
  });

  it("is published as schemas/emulator-state.schema.json, which the demo team passes", async () => {
    const schema = JSON.parse(readFileSync("schemas/emulator-state.schema.json", "utf8"));
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(demoTeamState({ now: NOW }))))).toBe(true);
    expect(validate({ ...demoTeamState({ now: NOW }), members: [{ id: "x" }] })).toBe(false);
  });

  it("refuses a top level that is not an object", () => {
    expect(() => parseEmulatorState([], "x.json")).toThrow(/x\.json .*got an array/s);
  });
});

describe("getState / setState", () => {
  it("hands out deep copies and checks what it is given", async () => {
    const emu = await withEmulator({ clock: new ManualClock(NOW) });
    const copy = emu.getState();
    for (const member of copy.members) member.monthlyLimitDollars = 1;
    expect(emu.getState().members[0]?.monthlyLimitDollars).toBeNull();

    const bad = emu.getState();
    bad.members = bad.members.map((m, i) => (i === 0 ? { ...m, spendCents: -5 } : m));
    expect(() => emu.setState(bad)).toThrow(/setState\(\).*members\[0\]\.spendCents/s);
    expect(emu.getState().members[0]?.spendCents).toBe(31240.5);

    const good = emu.getState();
    good.members = good.members.slice(0, 3);
    const orphans = emu.getState();
    orphans.members = orphans.members.slice(0, 3);
    expect(() => emu.setState(orphans)).toThrow(
      /directoryGroups\[0\]\.memberIds\[0\]: no member has the id "user_/,
    );
    good.directoryGroups = [];
    emu.setState(good);
    const listed = await callApi(emu, "GET", "/teams/members");
    expect((listed.json as { teamMembers: unknown[] }).teamMembers).toHaveLength(3);
  });

  it("refuses an invalid initial state with a clear error", async () => {
    const state = demoTeamState({ now: NOW });
    state.blocklists.push({
      id: "repo_payments01",
      url: "https://github.com/acme/other",
      patterns: [],
    });
    await expect(startEmulator({ state })).rejects.toThrow(
      /options\.state .*blocklists\[4\]\.id: same as blocklists\[0\]\.id/s,
    );
  });
});

describe("the state file", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    dir = mkdtempSync(path.join(tmpdir(), "emulator-state-"));
    return dir;
  };

  it("is created from the demo team when missing, and rewritten by rename after each write", async () => {
    const file = path.join(tempDir(), "state.json");
    const emu = await withEmulator({ stateFile: file, clock: new ManualClock(NOW) });
    const created = JSON.parse(readFileSync(file, "utf8"));
    expect(created).toEqual(demoTeamState({ now: NOW }));
    const inodeBefore = statSync(file).ino;

    const write = await callApi(emu, "POST", "/teams/user-spend-limit", {
      body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 999 },
    });
    expect(write.status).toBe(200);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(
      saved.members.find((m: { email: string }) => m.email === "alan.turing@acme.example"),
    ).toMatchObject({ monthlyLimitDollars: 999 });
    expect(saved.auditLog).toHaveLength(1);
    // A new inode: the file was replaced by rename, not rewritten in place (no torn file).
    expect(statSync(file).ino).not.toBe(inodeBefore);
    expect(readdirSync(dir)).toEqual(["state.json"]);
  });

  it("reloads what an earlier emulator saved, ids and all", async () => {
    const file = path.join(tempDir(), "state.json");
    const first = await startEmulator({ stateFile: file, clock: new ManualClock(NOW) });
    const upsert = await callApi(first, "POST", "/settings/repo-blocklists/repos/upsert", {
      body: { repos: [{ url: "https://github.com/acme/kept", patterns: ["*.env"] }] },
    });
    const id = (upsert.json as { repos: Array<{ id: string }> }).repos[0]?.id;
    await callApi(first, "DELETE", "/settings/repo-blocklists/repos/repo_marketing3");
    await first.close();

    const second = await withEmulator({ stateFile: file, clock: new ManualClock(NOW) });
    const listed = await callApi(second, "GET", "/settings/repo-blocklists/repos");
    const repos = (listed.json as { repos: Array<{ id: string; url: string }> }).repos;
    expect(repos.map((r) => r.id)).toEqual([
      "repo_payments01",
      "repo_infra00002",
      "repo_dataplat04",
      id,
    ]);
    // The id counter survived too: the next new repo does not reuse an id.
    const next = await callApi(second, "POST", "/settings/repo-blocklists/repos/upsert", {
      body: { repos: [{ url: "https://github.com/acme/later", patterns: ["*"] }] },
    });
    const nextId = (next.json as { repos: Array<{ id: string }> }).repos[0]?.id;
    expect(nextId).not.toBe(id);
    expect(second.getState().auditLog).toHaveLength(3);
  });

  it("persists setState", async () => {
    const file = path.join(tempDir(), "state.json");
    const emu = await withEmulator({ stateFile: file });
    emu.setState(generateTeamState({ members: 3, repos: 1 }));
    expect(JSON.parse(readFileSync(file, "utf8")).members).toHaveLength(3);
  });

  it("prefers an existing file over options.state", async () => {
    const file = path.join(tempDir(), "state.json");
    writeFileSync(file, JSON.stringify(generateTeamState({ members: 2, repos: 0 })));
    const emu = await withEmulator({ stateFile: file, state: demoTeamState({ now: NOW }) });
    expect(emu.getState().members).toHaveLength(2);
  });

  it("refuses a file that is not JSON, naming the file", async () => {
    const file = path.join(tempDir(), "broken.json");
    writeFileSync(file, '{"version": 1, "members": [');
    await expect(startEmulator({ stateFile: file })).rejects.toThrow(
      new RegExp(`state file ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} .*not valid JSON`, "s"),
    );
  });

  it("refuses a file with bad fields, naming the file and the fields", async () => {
    const file = path.join(tempDir(), "bad.json");
    const state = JSON.parse(JSON.stringify(demoTeamState({ now: NOW })));
    state.members[7].spendCents = "lots";
    writeFileSync(file, JSON.stringify(state));
    const failure = startEmulator({ stateFile: file });
    await expect(failure).rejects.toBeInstanceOf(EmulatorStateError);
    await expect(failure).rejects.toThrow(
      /bad\.json.*members\[7\]\.spendCents: expected a number >= 0, got "lots"/s,
    );
  });
});
