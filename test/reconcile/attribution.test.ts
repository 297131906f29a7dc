// Drift that says who and when, over real HTTP: out-of-band changes made "as" named admins in the
// emulator are found in the audit log by src/core (detectDrift, planForReview) and reach every
// output as data — text, Markdown, JSON, the drift issue. A 403 on the audit log, or a hostile
// actor string, never fails the drift and never reaches an output unescaped.
import { describe, expect, it } from "vitest";
import { readLiveState } from "../../src/api/live-state.js";
import { detectDrift } from "../../src/core/drift.js";
import { importPolicy } from "../../src/core/import.js";
import { planForReview } from "../../src/core/reconcile.js";
import { demoTeamState } from "../../src/emulator/index.js";
import type { DesiredState } from "../../src/model/desired.js";
import { loadPolicyFiles } from "../../src/policy/load.js";
import { driftIssueBody } from "../../src/render/github/drift-issue.js";
import type { ReportFrame } from "../../src/render/github/frame.js";
import { renderPlan } from "../../src/render/index.js";
import { startReconcile } from "./support.js";

const NOW = Date.UTC(2026, 10, 1); // the ManualClock's default start
const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
const ALAN = "alan.turing@acme.example";
const KEN = "ken.thompson@acme.example";

/** The demo team, and the policy `import` makes of it (so that there is no drift to begin with). */
async function importedTeam() {
  const setup = await startReconcile({ state: demoTeamState() });
  const live = await readLiveState(setup.connection.reader);
  const files = importPolicy(live).files.map((file) => ({ path: file.name, text: file.text }));
  const loaded = loadPolicyFiles(files);
  if (!loaded.ok) throw new Error("the imported policy does not load");
  return { ...setup, desired: loaded.desired };
}

/** Three out-of-band changes by two admins, at known times within the audit log's window. */
function changeOutOfBand(emulator: Awaited<ReturnType<typeof importedTeam>>["emulator"]) {
  emulator.act({
    actor: "ana@acme.example",
    at: NOW - 2 * DAY + 14 * 60 * MINUTE + 2 * MINUTE,
    request: {
      method: "POST",
      path: "/teams/user-spend-limit",
      body: { userEmail: ALAN, spendLimitDollars: 999 },
    },
  });
  emulator.act({
    actor: "bob@acme.example",
    applicationType: "api",
    at: NOW - DAY,
    request: {
      method: "POST",
      path: "/teams/user-spend-limit",
      body: { userEmail: KEN, spendLimitDollars: null },
    },
  });
  emulator.act({
    actor: "ana@acme.example",
    at: NOW - 3 * 60 * MINUTE,
    request: {
      method: "POST",
      path: "/settings/repo-blocklists/repos/upsert",
      body: { repos: [{ url: "https://github.com/acme/handmade", patterns: ["*.key"] }] },
    },
  });
}

const frame: ReportFrame = {
  dir: "policies",
  marker: "<!-- cursor-policy:drift policies -->",
  commit: {
    sha: "0123456789abcdef0123456789abcdef01234567",
    url: "https://github.com/acme/policy/commit/0123456789abcdef0123456789abcdef01234567",
  },
  runUrl: undefined,
  planArtifact: undefined,
  blobUrl: () => undefined,
};

describe("drift with attribution, against the emulator", () => {
  it("says who changed each item and when, risky first, in every output", async () => {
    const { emulator, connection, clock, desired } = await importedTeam();
    changeOutOfBand(emulator);
    emulator.clearRequests();

    const drift = await detectDrift(desired, connection.reader, { allowDeletes: false, clock });
    expect(drift.drifted).toBe(true);
    // One bounded read of the audit log, for all three items.
    const auditCalls = emulator.requests().filter((r) => r.endpoint === "auditLogs");
    expect(auditCalls).toHaveLength(1);
    expect(drift.plan.attribution).toMatchObject({ status: "complete", calls: 1 });

    const text = renderPlan(drift.plan, "text", { mode: "drift" });
    const lines = text.split("\n");
    const at = (needle: string) => lines.findIndex((line) => line.includes(needle));
    // Risky first: the raise and the removed limit, then the hand-made blocklist.
    expect(at("raised outside policy: $100 → $999 (policy says $100)")).toBeLessThan(
      at("exists live, not in policy"),
    );
    expect(at("limit removed outside policy: $100 → no limit (policy says $100)")).toBeLessThan(
      at("exists live, not in policy"),
    );
    expect(lines[at("raised outside policy") + 1]).toBe(
      "      changed by ana@acme.example at 2026-10-30 14:02 UTC via dashboard",
    );
    expect(lines[at("limit removed outside policy") + 1]).toBe(
      "      changed by bob@acme.example at 2026-10-31 00:00 UTC via api",
    );
    expect(text).toContain("changed by ana@acme.example at 2026-10-31 21:00 UTC via dashboard");

    const markdown = renderPlan(drift.plan, "markdown", { mode: "drift" });
    expect(markdown).toContain(
      "**raised outside policy:** alan.turing@acme.example (Alan Turing): $100 → **$999** (policy says $100)<br>changed by ana@acme.example at 2026-10-30 14:02 UTC via dashboard",
    );
    expect(markdown.indexOf("raised outside policy")).toBeLessThan(
      markdown.indexOf("exists live, not in policy"),
    );

    const json = JSON.parse(renderPlan(drift.plan, "json", { mode: "drift" }));
    expect(json.drift.map((entry: { kind: string }) => entry.kind)).toEqual([
      "limit-raised",
      "limit-removed",
      "blocklist-unmanaged",
    ]);
    expect(json.drift[0].changedBy).toEqual({
      status: "found",
      actor: "ana@acme.example",
      at: "2026-10-30T14:02:00.000Z",
      eventType: "user_spend_limit",
      applicationType: "dashboard",
    });

    const issue = driftIssueBody(drift.plan, frame);
    expect(issue).toContain("changed by ana@acme.example at 2026-10-30 14:02 UTC via dashboard");
    expect(issue).toContain("changed by bob@acme.example at 2026-10-31 00:00 UTC via api");
    expect(issue.indexOf("raised outside policy")).toBeLessThan(
      issue.indexOf("exists live, not in policy"),
    );
    // The same drift read again gives the same issue body: the issue is not rewritten every run.
    clock.advance(5 * MINUTE);
    const again = await detectDrift(desired, connection.reader, { allowDeletes: false, clock });
    expect(driftIssueBody(again.plan, frame)).toBe(issue);
  });

  it("still reports the drift when the audit log answers 403: who is unknown", async () => {
    const { emulator, connection, clock, desired } = await importedTeam();
    changeOutOfBand(emulator);
    emulator.setState({ ...emulator.getState(), features: { auditLog: false } });

    const drift = await detectDrift(desired, connection.reader, { allowDeletes: false, clock });
    expect(drift.drifted).toBe(true);
    expect(drift.plan.changes).toHaveLength(3);
    expect(drift.plan.attribution?.status).toBe("unavailable");
    for (const entry of drift.plan.attribution?.changes ?? []) {
      expect(entry.changedBy).toMatchObject({ status: "unknown", reason: "audit-log-unavailable" });
    }
    const text = renderPlan(drift.plan, "text", { mode: "drift" });
    expect(text.match(/who: unknown \(the audit log could not be read\)/g)).toHaveLength(3);
    expect(text).toContain("Who: unknown for every change, the audit log could not be read: ");
    expect(renderPlan(drift.plan, "markdown", { mode: "drift" })).toContain(
      "who: unknown (the audit log could not be read)",
    );
  });

  it("escapes the actor the server names, in every output", async () => {
    const { emulator, connection, clock, desired } = await importedTeam();
    emulator.act({
      actor: "@acme/admins <img src=x>\u001b[31m",
      at: NOW - DAY,
      request: {
        method: "POST",
        path: "/teams/user-spend-limit",
        body: { userEmail: ALAN, spendLimitDollars: 999 },
      },
    });
    const drift = await detectDrift(desired, connection.reader, { allowDeletes: false, clock });
    const text = renderPlan(drift.plan, "text", { mode: "drift" });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("changed by @acme/admins <img src=x>\\u001b[31m at");
    const markdown = renderPlan(drift.plan, "markdown", { mode: "drift" });
    expect(markdown).not.toContain("<img");
    expect(markdown).not.toContain("@acme/admins");
    expect(markdown).toContain("@&#8203;acme/admins &lt;img src=x&gt;");
    expect(driftIssueBody(drift.plan, frame)).not.toContain("<img");
  });

  it("plan names who changed a live value the policy would change; none when nothing changes", async () => {
    const { emulator, connection, clock, desired } = await importedTeam();
    const quiet = await planForReview(desired, connection.reader, { allowDeletes: false, clock });
    expect(quiet.plan.attribution).toBeUndefined();
    expect(emulator.requests().filter((r) => r.endpoint === "auditLogs")).toEqual([]);

    changeOutOfBand(emulator);
    const { plan } = await planForReview(desired as DesiredState, connection.reader, {
      allowDeletes: false,
      clock,
    });
    const text = renderPlan(plan, "text");
    expect(text).toContain(
      "      live value changed by ana@acme.example at 2026-10-30 14:02 UTC via dashboard",
    );
  });
});
