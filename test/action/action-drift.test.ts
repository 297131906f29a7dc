// The Action (its code in the test process, see in-process.ts) on a schedule (`command: drift`), run as the runner runs it, against the
// emulator and the loopback fake GitHub: one tracking issue, opened, updated, left alone, closed,
// reopened.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadApiKey } from "../../src/api/credentials.js";
import { connect } from "../../src/core/connect.js";
import { loadPolicy } from "../../src/core/policy.js";
import { applyPolicy } from "../../src/core/reconcile.js";
import {
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  type Emulator,
  startEmulator,
} from "../../src/emulator/index.js";
import { systemClock } from "../../src/shared/clock.js";
import { silentLogger } from "../../src/shared/logger.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { expectDocumented } from "./documented.js";
import { examplePolicyWorkspace, leaks, type Workspace } from "./harness.js";
import { runInProcess } from "./in-process.js";

const MAIN_SHA = "e5bd3914e2e596debea16f433f57875b5b90bcd6";
const MARKER = "<!-- cursor-policy:drift:policies -->";

let emulator: Emulator;
let github: FakeGitHub;

beforeEach(async () => {
  emulator = await startEmulator({ rateLimits: "off" });
  github = await startFakeGitHub();
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

function drift(ws: Workspace, runId: number, inputs: Record<string, string> = {}) {
  return runInProcess({
    workspace: ws,
    github,
    event: "schedule",
    sha: MAIN_SHA,
    runId,
    // Drift only reads: the read-only key is enough (against the emulator, at least).
    inputs: {
      command: "drift",
      "api-key": DEMO_READ_ONLY_KEY,
      "base-url": emulator.url,
      ...inputs,
    },
  });
}

/** Someone changes a member's limit by hand in the dashboard. */
function changeByHand(email: string, limit: number | null): void {
  const state = emulator.getState();
  const member = state.members.find((m) => m.email === email);
  if (!member) throw new Error(`no member ${email}`);
  member.monthlyLimitDollars = limit;
  emulator.setState(state);
}

/** Makes the team match the policy, through the same core the apply command uses. */
async function makeTeamMatch(ws: Workspace): Promise<void> {
  const result = await applyPolicy({
    policy: await loadPolicy(path.join(ws.root, "policies")),
    connection: connect({
      apiKey: loadApiKey({ env: { CURSOR_API_KEY: DEMO_ADMIN_KEY } }).key,
      baseUrl: emulator.url,
      env: {},
      logger: silentLogger,
      pacing: "off",
    }),
    allowDeletes: false,
    // Undoing every difference at once is past the built-in share of limit changes.
    allowLargeChanges: true,
    confirm: async () => true,
    clock: systemClock,
    logger: silentLogger,
  });
  expect(result.verification?.changes).toEqual([]);
}

describe("drift on a schedule", () => {
  it("opens one issue, updates it while drift lasts, leaves it alone when unchanged, closes and reopens it", async () => {
    const ws = examplePolicyWorkspace();

    // 1. The demo team differs from the example policy: an issue is opened, with the label.
    const opened = await drift(ws, 1);
    expect(opened.code).toBe(0);
    expect(opened.outputs).toMatchObject({ "has-changes": "true", "exit-code": "0" });
    expect(github.issues()).toHaveLength(1);
    const issue = structuredClone(github.issues()[0]);
    expect(issue?.labels).toEqual(["cursor-policy-drift"]);
    expect(github.labels()).toEqual(["cursor-policy-drift"]);
    expect(issue?.title).toBe("Cursor team drifted from the policy in policies");
    expect(issue?.body.split("\n")[0]).toBe(MARKER);
    expect(issue?.body).toContain("Drift: live state differs from policy (changed out of band)");
    expectDocumented("drift-issue", issue?.body ?? "");
    expect(opened.outputs["issue-url"]).toBe(
      `https://github.com/acme/cursor-policies/issues/${issue?.number}`,
    );
    expect(opened.summary).toContain(`Drift issue opened: ${opened.outputs["issue-url"]}`);

    // 2. Someone raises a limit by hand in the dashboard: the same issue is updated, and says who
    // and when (from the audit log), the raise among the risky changes at the top.
    const when = Date.UTC(2026, 10, 1) - 3_600_000; // an hour before the run's clock (ManualClock)
    emulator.act({
      actor: "ana@acme.example",
      at: when,
      request: {
        method: "POST",
        path: "/teams/user-spend-limit",
        body: { userEmail: "alan.turing@acme.example", spendLimitDollars: 900 },
      },
    });
    github.clearRequests();
    const updated = await drift(ws, 2);
    expect(updated.code).toBe(0);
    expect(github.writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/cursor-policies/issues/${issue?.number}`,
    ]);
    expect(github.issues()).toHaveLength(1);
    const body = github.issues()[0]?.body ?? "";
    expect(body).toContain(
      "**raised outside policy:** alan.turing@acme.example (Alan Turing): $100 → **$900** (policy says $100)",
    );
    const minute = new Date(when).toISOString().slice(0, 16).replace("T", " ");
    expect(body).toContain(`changed by ana@acme.example at ${minute} UTC via dashboard`);
    expect(body.indexOf("raised outside policy")).toBeLessThan(
      body.indexOf("lowered outside policy"),
    );
    expect(body).not.toBe(issue?.body);

    // 3. Nothing changed since: no write at all.
    github.clearRequests();
    const unchanged = await drift(ws, 3);
    expect(unchanged.code).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(unchanged.summary).toContain("Drift issue unchanged:");

    // 4. The team matches the policy again: the issue is closed, with a comment saying so.
    await makeTeamMatch(ws);
    const closed = await drift(ws, 4);
    expect(closed.code).toBe(0);
    expect(closed.outputs).toMatchObject({ "has-changes": "false", summary: "no changes" });
    expect(github.issues()[0]).toMatchObject({ state: "closed", stateReason: "completed" });
    const comments = github.comments(issue?.number ?? 0);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(
      /^:white_check_mark: The Cursor team matches the policy in `policies` again \(checked at commit \[`e5bd391`\]/,
    );

    // 5. A later run with no drift does nothing.
    github.clearRequests();
    await drift(ws, 5);
    expect(github.writes()).toEqual([]);

    // 6. Drift comes back: the same issue is reopened, not a new one.
    changeByHand("grace.hopper@acme.example", 5000);
    const reopened = await drift(ws, 6);
    expect(reopened.code).toBe(0);
    expect(github.issues()).toHaveLength(1);
    expect(github.issues()[0]).toMatchObject({ state: "open", number: issue?.number });
    expect(github.issues()[0]?.body).toContain("grace.hopper@acme.example");

    for (const run of [opened, updated, unchanged, closed, reopened]) {
      expect(leaks(DEMO_READ_ONLY_KEY, run, github)).toEqual([]);
      expect(leaks(github.token, run, github)).toEqual([]);
    }
    // Drift never writes to Cursor: every call made with the drift key was a read.
    const driftCalls = emulator.requests().filter((r) => r.keyScope === "read-only");
    expect(driftCalls.length).toBeGreaterThan(0);
    expect(
      driftCalls.filter((r) =>
        ["userSpendLimit", "blocklistsUpsert", "blocklistDelete"].includes(r.endpoint ?? ""),
      ),
    ).toEqual([]);
  });

  it("fails the job with exit code 2 when asked to, and works on workflow_dispatch", async () => {
    const ws = examplePolicyWorkspace();
    const run = await runInProcess({
      workspace: ws,
      github,
      event: "workflow_dispatch",
      sha: MAIN_SHA,
      inputs: {
        command: "drift",
        "api-key": DEMO_READ_ONLY_KEY,
        "base-url": emulator.url,
        "fail-on-drift": "true",
      },
    });
    expect(run.code).toBe(2);
    expect(run.outputs["exit-code"]).toBe("2");
    expect(
      run.commands.find(
        (c) => c.command === "error" && c.message.startsWith("cursor-policy drift:"),
      )?.message,
    ).toMatch(/the team differs from the policy \(13 changes/);
    expect(github.issues()).toHaveLength(1);
  });
});
