import { describe, expect, it } from "vitest";
import { PlanInputError, plan } from "../../src/plan/index.js";
import { aBlocklist, aLiveBlocklist, desiredState, liveState, noOptions } from "./builders.js";

const API = "https://github.com/acme/api";
const WEB = "https://github.com/acme/web";

describe("blocklists", () => {
  it("creates a blocklist the policy declares and live lacks", () => {
    const desired = desiredState({ blocklists: [aBlocklist({ url: API, patterns: ["b", "a"] })] });
    const result = plan(desired, liveState(), noOptions);
    expect(result.changes).toEqual([
      { kind: "create", resource: "blocklist", key: API, url: API, after: ["a", "b"] },
    ]);
    expect(result.summary).toMatchObject({ create: 1, total: 1 });
  });

  it("updates with sorted pattern-level additions and removals", () => {
    const desired = desiredState({
      blocklists: [aBlocklist({ url: API, patterns: ["*.pem", "*.env", "secrets/**"] })],
    });
    const live = liveState({
      blocklists: [
        aLiveBlocklist({ url: `${API}.git`, patterns: ["config/*", "*.env", "a/*", "*.env"] }),
      ],
    });
    const [change] = plan(desired, live, noOptions).changes;
    expect(change).toEqual({
      kind: "update",
      resource: "blocklist",
      key: API,
      url: `${API}.git`,
      id: "repo_acme_api",
      before: ["*.env", "a/*", "config/*"],
      after: ["*.env", "*.pem", "secrets/**"],
      added: ["*.pem", "secrets/**"],
      removed: ["a/*", "config/*"],
    });
  });

  it("compares patterns as sets: reordered or repeated patterns are no change", () => {
    const desired = desiredState({ blocklists: [aBlocklist({ url: API, patterns: ["b", "a"] })] });
    const live = liveState({
      blocklists: [aLiveBlocklist({ url: API, patterns: ["a", "b", "a", "b"] })],
    });
    expect(plan(desired, live, noOptions).changes).toEqual([]);
  });

  it("matches repos by normalised URL whatever the spelling", () => {
    const desired = desiredState({
      blocklists: [aBlocklist({ url: "git@github.com:Acme/API.git", patterns: ["*.env"] })],
    });
    const live = liveState({
      blocklists: [aLiveBlocklist({ url: "https://GitHub.com/acme/api/", patterns: ["*.env"] })],
    });
    expect(plan(desired, live, noOptions).changes).toEqual([]);
  });

  it("deletes undeclared live blocklists when prune is on", () => {
    const live = liveState({ blocklists: [aLiveBlocklist({ url: WEB, patterns: ["*", "*"] })] });
    const result = plan(desiredState({ ownership: { prune: true } }), live, noOptions);
    expect(result.changes).toEqual([
      {
        kind: "delete",
        resource: "blocklist",
        key: WEB,
        url: WEB,
        id: "repo_acme_web",
        before: ["*"],
        reason: "undeclared",
      },
    ]);
    expect(result.notes).toEqual([]);
  });

  it("only reports undeclared live blocklists when prune is off", () => {
    const live = liveState({ blocklists: [aLiveBlocklist({ url: WEB })] });
    const result = plan(desiredState({ ownership: { prune: false } }), live, noOptions);
    expect(result.changes).toEqual([]);
    expect(result.notes).toEqual([{ kind: "unmanaged-blocklist", url: WEB, id: "repo_acme_web" }]);
  });

  it("never touches live blocklists matched by an ignore glob, and says which glob", () => {
    const live = liveState({
      blocklists: [
        aLiveBlocklist({ url: "https://github.com/Platform/infra" }),
        aLiveBlocklist({ url: "git@github.com:acme/legacy.git" }),
        aLiveBlocklist({ url: WEB }),
      ],
    });
    const desired = desiredState({
      ownership: {
        prune: true,
        ignore: ["https://github.com/platform/*", "git@github.com:Acme/Legacy.git"],
      },
    });
    const result = plan(desired, live, noOptions);
    expect(result.changes.map((c) => [c.kind, c.key])).toEqual([["delete", WEB]]);
    expect(result.notes).toEqual([
      {
        kind: "ignored-blocklist",
        url: "git@github.com:acme/legacy.git",
        id: "repo_acme_legacy",
        pattern: "git@github.com:Acme/Legacy.git",
      },
      {
        kind: "ignored-blocklist",
        url: "https://github.com/Platform/infra",
        id: "repo_platform_infra",
        pattern: "https://github.com/platform/*",
      },
    ]);
  });

  it("manages a declared repo even when an ignore glob also matches it", () => {
    const desired = desiredState({
      blocklists: [aBlocklist({ url: API, patterns: ["*.pem"] })],
      ownership: { prune: true, ignore: ["https://github.com/acme/*"] },
    });
    const live = liveState({ blocklists: [aLiveBlocklist({ url: API, patterns: ["*.env"] })] });
    const result = plan(desired, live, noOptions);
    expect(result.changes.map((c) => c.kind)).toEqual(["update"]);
    expect(result.notes).toEqual([]);
  });

  describe("two live entries for one declared repo", () => {
    const twoSpellings = liveState({
      blocklists: [
        aLiveBlocklist({ id: "repo_1", url: `${API}.git`, patterns: ["*.env"] }),
        aLiveBlocklist({ id: "repo_2", url: API, patterns: ["old"] }),
      ],
    });

    it("updates the entry spelled as the policy spells it and deletes the other when pruning", () => {
      const desired = desiredState({
        blocklists: [aBlocklist({ url: API, patterns: ["new"] })],
        ownership: { prune: true },
      });
      const result = plan(desired, twoSpellings, noOptions);
      expect(result.changes.map((c) => [c.kind, "id" in c ? c.id : ""])).toEqual([
        ["update", "repo_2"],
        ["delete", "repo_1"],
      ]);
      expect(result.changes[1]).toMatchObject({ reason: "duplicate", url: `${API}.git` });
    });

    it("keeps the entry that is already right, whatever its spelling", () => {
      const desired = desiredState({
        blocklists: [aBlocklist({ url: "git@github.com:acme/api", patterns: ["old"] })],
        ownership: { prune: true },
      });
      const result = plan(desired, twoSpellings, noOptions);
      expect(result.changes).toMatchObject([{ kind: "delete", id: "repo_1", reason: "duplicate" }]);
    });

    it("notes the duplicate instead when prune is off", () => {
      const desired = desiredState({ blocklists: [aBlocklist({ url: API, patterns: ["old"] })] });
      const result = plan(desired, twoSpellings, noOptions);
      expect(result.changes).toEqual([]);
      expect(result.notes).toEqual([
        { kind: "duplicate-blocklist", url: `${API}.git`, id: "repo_1", key: API },
      ]);
    });
  });

  it("refuses two policy entries for one repository, naming both", () => {
    const desired = desiredState({
      blocklists: [aBlocklist({ url: API, line: 3 }), aBlocklist({ url: `${API}.git`, line: 9 })],
    });
    expect(() => plan(desired, liveState(), noOptions)).toThrow(PlanInputError);
    expect(() => plan(desired, liveState(), noOptions)).toThrow(
      /policies\/team\.yaml:3:3.*policies\/team\.yaml:9:3/,
    );
  });
});
