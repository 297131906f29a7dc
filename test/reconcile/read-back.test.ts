// The read-back after apply re-reads only what the plan touched, over HTTP against the emulator:
// which calls it makes (the spend pages that hold the changes, a search per changed member, the
// blocklists only when they changed), and that verification stays strict — a value that did not
// take is still caught, and a member who cannot be found again is reported, not passed silently.

import { describe, expect, it } from "vitest";
import { applyPolicy } from "../../src/core/reconcile.js";
import type { EmulatorState, RequestLogEntry } from "../../src/emulator/index.js";
import { ExitCode } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { aBlocklist, desiredState, userLimit } from "../plan/builders.js";
import { loaded, type ReconcileSetup, startReconcile, teamState } from "./support.js";

/** 250 members, named so the spend report sorted by user lists them in number order. */
function bigTeam(): EmulatorState {
  return teamState(
    Array.from({ length: 250 }, (_, i) => ({
      email: `m${String(i + 1).padStart(3, "0")}@acme.dev`,
      monthlyLimitDollars: 10,
    })),
    [{ id: "repo_1", url: "https://github.com/acme/api", patterns: ["*.env"] }],
  );
}

const member = (n: number) => `m${String(n).padStart(3, "0")}@acme.dev`;
const keepRepo = aBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env"] });

async function setUp(): Promise<ReconcileSetup> {
  // 100 rows a page, as public clients use: three pages.
  return startReconcile({ state: bigTeam(), rateLimits: "off", maxSpendPageSize: 100 });
}

/** Runs applyPolicy; `beforeReadBack` runs when apply has written and verification begins. */
function apply(
  setup: ReconcileSetup,
  desired: ReturnType<typeof desiredState>,
  beforeReadBack?: () => void,
) {
  return applyPolicy({
    policy: loaded(desired),
    connection: setup.connection,
    allowDeletes: false,
    confirm: async () => {
      setup.emulator.clearRequests();
      return true;
    },
    onPhase: (phase) => {
      if (phase === "verifying") {
        beforeReadBack?.();
        readBackStart = setup.emulator.requests().length;
      }
    },
    clock: setup.clock,
    logger: silentLogger,
  });
}

let readBackStart = 0;
/** The requests the read-back made. */
function readBackRequests(setup: ReconcileSetup): RequestLogEntry[] {
  return setup.emulator.requests().slice(readBackStart);
}

const bodyOf = (entry: RequestLogEntry | undefined): Record<string, unknown> => {
  const body = entry?.body;
  return typeof body === "object" && body !== null ? { ...body } : {};
};

describe("read-back after apply", () => {
  it("one change on a three-page team: one search for that member, nothing else", async () => {
    const setup = await setUp();
    const outcome = await apply(
      setup,
      desiredState({ limits: { users: [userLimit(member(180), 99)] }, blocklists: [keepRepo] }),
    );
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.verification?.changes).toEqual([]);
    const calls = readBackRequests(setup);
    expect(calls.map((c) => c.endpoint)).toEqual(["spend"]);
    expect(bodyOf(calls[0]).searchTerm).toBe(member(180));
    expect(outcome.readBack).toMatchObject({
      scope: "targeted",
      spendPages: 0,
      spendSearches: 1,
      blocklists: false,
      notReverified: [],
    });
  });

  it("several changes on one page: that page, once", async () => {
    const setup = await setUp();
    const users = [120, 130, 140, 150, 160].map((n) => userLimit(member(n), 42));
    const outcome = await apply(setup, desiredState({ limits: { users }, blocklists: [keepRepo] }));
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    const calls = readBackRequests(setup);
    expect(calls.map((c) => c.endpoint)).toEqual(["spend"]);
    expect(bodyOf(calls[0])).toMatchObject({ page: 2, sortBy: "user", sortDirection: "asc" });
    expect(outcome.readBack?.spendPages).toBe(1);
  });

  it("a blocklist change alone re-reads the blocklists and no spend page", async () => {
    const setup = await setUp();
    const outcome = await apply(
      setup,
      desiredState({
        blocklists: [
          keepRepo,
          aBlocklist({ url: "https://github.com/acme/web", patterns: ["dist/**"] }),
        ],
      }),
    );
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(readBackRequests(setup).map((c) => c.endpoint)).toEqual(["blocklists"]);
    expect(outcome.readBack).toMatchObject({ blocklists: true, spendPages: 0, spendSearches: 0 });
  });

  it("still catches a change that did not hold: verification is as strict as a full re-read", async () => {
    const setup = await setUp();
    const users = [120, 130].map((n) => userLimit(member(n), 42));
    const outcome = await apply(
      setup,
      desiredState({ limits: { users }, blocklists: [keepRepo] }),
      () => {
        // Someone puts one value back between the write and the read-back.
        const state = setup.emulator.getState();
        const target = state.members.find((m) => m.email === member(130));
        if (target) target.monthlyLimitDollars = 10;
        setup.emulator.setState(state);
      },
    );
    expect(outcome.exitCode).toBe(ExitCode.Error);
    expect(outcome.verification?.changes.map((c) => c.key)).toEqual([member(130)]);
  });

  it("finds a member whose row moved to the next page since the plan read it", async () => {
    const setup = await setUp();
    // m196-m200 sit at the end of page 2; a newcomer sorting first pushes m200 onto page 3.
    const users = [196, 197, 198, 199, 200].map((n) => userLimit(member(n), 42));
    const outcome = await apply(
      setup,
      desiredState({ limits: { users }, blocklists: [keepRepo] }),
      () => {
        const state = setup.emulator.getState();
        state.members.push({
          id: "user_newcomer",
          email: "a000@acme.dev",
          name: "a000",
          role: "member",
          spendCents: 0,
          monthlyLimitDollars: null,
        });
        setup.emulator.setState(state);
      },
    );
    expect(outcome.exitCode).toBe(ExitCode.Ok);
    expect(outcome.verification?.changes).toEqual([]);
    expect(outcome.readBack).toMatchObject({ spendPages: 1, spendSearches: 1, notReverified: [] });
  });

  it("reports a changed member who left the team before the read-back as not re-verified", async () => {
    const setup = await setUp();
    const users = [userLimit(member(10), 42), userLimit(member(11), 42)];
    const outcome = await apply(
      setup,
      desiredState({ limits: { users }, blocklists: [keepRepo] }),
      () => {
        const state = setup.emulator.getState();
        state.members = state.members.filter((m) => m.email !== member(11));
        setup.emulator.setState(state);
      },
    );
    expect(outcome.readBack?.notReverified).toEqual([
      { key: member(11), reason: expect.stringContaining("not in the spend report") },
    ]);
    expect(outcome.verification?.changes).toEqual([]);
  });
});
