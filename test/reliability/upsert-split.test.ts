// A batch of blocklist upserts the server refuses. A benchmark (docs/benchmarks.md) measured the
// old fallback — every repo of the batch sent on its own — at 501 calls for one bad repo among
// 500: 26 minutes at 20 upserts a minute. Now a refused batch is halved until the parts are
// small, then sent repo by repo; and a failure that is not about the content (a refused key,
// here) fails the batch once instead of being repeated for every repo.

import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/apply/apply.js";
import { connect } from "../../src/core/connect.js";
import { planAgainstLive } from "../../src/core/reconcile.js";
import type { BlocklistCreate, Plan } from "../../src/model/plan.js";
import { silentLogger } from "../../src/shared/logger.js";
import { aBlocklist, desiredState } from "../plan/builders.js";
import { reposSent, startReconcile, teamState } from "../reconcile/support.js";

const repoUrl = (n: number) => `https://github.com/acme/repo-${String(n).padStart(3, "0")}`;

async function planFor(repos: number) {
  const setup = await startReconcile({ state: teamState([{ email: "ana@acme.dev" }]) });
  const desired = desiredState({
    blocklists: Array.from({ length: repos }, (_, i) =>
      aBlocklist({ url: repoUrl(i + 1), patterns: ["*.env"] }),
    ),
  });
  const { plan } = await planAgainstLive(desired, setup.connection.reader, {
    allowDeletes: false,
    allowLargeChanges: true,
  });
  return { setup, plan };
}

/** The plan with one create the server refuses (a blank pattern) at `index`. */
function withRefused(plan: Plan, index: number): Plan {
  const bad: BlocklistCreate = {
    kind: "create",
    resource: "blocklist",
    key: "https://github.com/acme/refused",
    url: "https://github.com/acme/refused",
    after: ["  "],
  };
  const changes = [...plan.changes];
  changes.splice(index, 0, bad);
  return { ...plan, changes };
}

describe("a refused upsert batch", () => {
  it("is split in halves, then repo by repo: one bad repo among 300 costs ~20 calls, not 300", async () => {
    const { setup, plan } = await planFor(299);
    setup.emulator.clearRequests();

    const result = await applyPlan(withRefused(plan, 137), {
      writer: setup.connection.writer,
      clock: setup.clock,
    });

    expect(result.applied).toBe(299);
    expect(result.failed).toBe(1);
    const failure = result.outcomes.find((o) => o.status === "failed");
    expect(failure?.change.key).toBe("https://github.com/acme/refused");
    expect(failure?.reason).toContain("https://github.com/acme/refused");
    expect(failure?.reason).toContain("patterns[0]");

    const upserts = setup.emulator.requests().filter((e) => e.endpoint === "blocklistsUpsert");
    // The whole batch, then halves of the refused part (300 -> 150 -> 75 -> 37 -> 18 -> 9 -> 4),
    // then the last 4 repo by repo: 1 + 2 × 6 + 4 calls, of which 1 + 6 + 1 refused.
    expect(upserts.length).toBe(17);
    expect(upserts.filter((e) => e.status === 400)).toHaveLength(8);
    // Every good repo was sent and stored exactly as planned; the refused one is absent.
    const stored = new Set(setup.emulator.getState().blocklists.map((b) => b.url));
    expect(stored.size).toBe(299);
    expect(stored.has("https://github.com/acme/refused")).toBe(false);
    expect(upserts.reduce((n, e) => n + (e.status === 200 ? reposSent(e) : 0), 0)).toBe(299);
  });

  it("that fails for another reason (a key the server refuses) is reported failed after one call", async () => {
    const { setup, plan } = await planFor(120);
    const revoked = connect({
      baseUrl: setup.emulator.url,
      env: { CURSOR_API_KEY: `crsr_${"revoked0".repeat(8)}` },
      logger: silentLogger,
      clock: setup.clock,
    });
    setup.emulator.clearRequests();

    const result = await applyPlan(plan, { writer: revoked.writer, clock: setup.clock });

    expect(result.failed).toBe(120);
    expect(result.outcomes.every((o) => o.reason?.includes("401"))).toBe(true);
    expect(setup.emulator.requests().map((e) => [e.endpoint, e.status])).toEqual([
      ["blocklistsUpsert", 401],
    ]);
  });
});
