// The whole GitHub flow of the example workflows, played through the Action (its code in the test
// process, see in-process.ts) against the emulator and the fake GitHub, with exactly the inputs
// the example files give it (example-workflows.ts reads them):
//   pull request → plan comment (cursor-policy-plan.yml)
//   merge → plan job saves the plan, uploads it (cursor-policy-apply.yml, job `plan`)
//   approval → apply job downloads and applies exactly that plan (job `apply`)
// and what can happen in between: spend moving (not a different plan), someone changing the team
// by hand (refused, exit code 1, nothing applied), a run by hand after a new member joined.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSavedPlan } from "../../src/core/saved-plan.js";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import type { MemberState } from "../../src/emulator/types.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { expectDocumented } from "./documented.js";
import {
  actionStep,
  exampleWorkflow,
  handOverArtifact,
  jobOf,
  type RunnerValues,
  withInputs,
} from "./example-workflows.js";
import {
  asPullRequest,
  examplePolicyWorkspace,
  leaks,
  PUSH_SHA,
  type Workspace,
} from "./harness.js";
import { runInProcess } from "./in-process.js";

const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
const TEST_MERGE_SHA = "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";
const WRITE_ENDPOINTS = [
  "userSpendLimit",
  "userSpendLimitsBulk",
  "blocklistsUpsert",
  "blocklistDelete",
  "directoryGroupCreate",
  "directoryGroupUpdate",
  "directoryGroupDelete",
  "directoryGroupBulkAdd",
  "directoryGroupBulkRemove",
];
const examplePolicies = path.resolve(import.meta.dirname, "../../policies");
const APPLY_MARKER = "<!-- cursor-policy:apply:policies -->";
const PLAN_MARKER = "<!-- cursor-policy:plan:policies -->";

const planWorkflow = exampleWorkflow("cursor-policy-plan.yml");
const applyWorkflow = exampleWorkflow("cursor-policy-apply.yml");

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

/** The repository's secrets as step 3 of docs/github-action.md sets them (the emulator's key). */
function runner(ws: Workspace): RunnerValues {
  return {
    runnerTemp: ws.runnerTemp,
    secrets: { CURSOR_READ_API_KEY: DEMO_ADMIN_KEY, CURSOR_API_KEY: DEMO_ADMIN_KEY },
  };
}

/** The inputs of the example's cursor-policy step in `job`, pointed at the emulator. */
function inputsOf(workflow: Record<string, unknown>, job: string, ws: Workspace) {
  return { ...withInputs(actionStep(jobOf(workflow, job)), runner(ws)), "base-url": emulator.url };
}

function planOnPullRequest(ws: Workspace, pr: number, runId: number) {
  return runInProcess({
    workspace: ws,
    github,
    event: "pull_request",
    patch: asPullRequest(pr, HEAD_SHA),
    sha: TEST_MERGE_SHA,
    runId,
    inputs: inputsOf(planWorkflow, "plan", ws),
  });
}

/** One run of the apply workflow: its plan job, the artifact, then (approved) its apply job. */
async function applyWorkflowRun(
  ws: Workspace,
  runId: number,
  options: {
    event?: "push" | "workflow_dispatch";
    /** What happens while the apply job waits for the environment's reviewer. */
    whileWaitingForApproval?: () => void;
  } = {},
) {
  const event = options.event ?? "push";
  const planJob = await runInProcess({
    workspace: ws,
    github,
    event,
    sha: PUSH_SHA,
    runId,
    inputs: inputsOf(applyWorkflow, "plan", ws),
  });
  if (planJob.code !== 0 || planJob.outputs["has-changes"] !== "true") {
    return { planJob, applyJob: undefined, savedPlanFile: undefined };
  }
  const savedPlanFile = handOverArtifact(applyWorkflow, "plan", "apply", runner(ws));
  options.whileWaitingForApproval?.();
  emulator.clearRequests();
  const applyJob = await runInProcess({
    workspace: ws,
    github,
    event,
    sha: PUSH_SHA,
    runId,
    inputs: inputsOf(applyWorkflow, "apply", ws),
  });
  return { planJob, applyJob, savedPlanFile };
}

function updateMembers(change: (member: MemberState) => MemberState): void {
  const state = emulator.getState();
  emulator.setState({ ...state, members: state.members.map(change) });
}

function writesToCursor() {
  return emulator.requests().filter((r) => WRITE_ENDPOINTS.includes(r.endpoint ?? ""));
}

describe("the example workflows, end to end", () => {
  it("plans the pull request, plans the merge commit, and applies exactly that plan; spend moving meanwhile is not a difference", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["policies/spend-limits.yaml"]);

    // 1. The pull request gets its plan comment.
    const reviewRun = await planOnPullRequest(ws, pr, 1);
    expect(reviewRun.code).toBe(0);
    const planComment = github.comments(pr).find((c) => c.body.startsWith(PLAN_MARKER));
    expect(planComment?.body).toContain("<!-- cursor-policy:reviewed fingerprint=");
    expect(planComment?.body).toContain(
      "([workflow run](https://github.com/acme/cursor-policies/actions/runs/9000001))",
    );
    const reviewedPlan = JSON.parse(readFileSync(reviewRun.outputs["plan-json"] ?? "", "utf8"));

    // People keep working: spend moves, which the reviewed plan shows but apply does not send.
    updateMembers((m) => ({ ...m, spendCents: m.spendCents + 1234 }));
    github.mergePullRequest(pr, PUSH_SHA);

    // 2-3. The apply workflow on the merge commit: plan, save, upload; approve; apply.
    let awaiting: { id: number; body: string } | undefined;
    const { planJob, applyJob, savedPlanFile } = await applyWorkflowRun(ws, 2, {
      whileWaitingForApproval: () => {
        // A copy: the apply job edits the same comment later.
        awaiting = structuredClone(
          github.comments(pr).find((c) => c.body.startsWith(APPLY_MARKER)),
        );
        updateMembers((m) => ({ ...m, spendCents: m.spendCents + 99 }));
      },
    });
    // Before approval, the merged pull request says where the plan is and that it is the one
    // reviewed there.
    expect(awaiting?.body).toContain(
      ":hourglass: **Waiting for approval:** the plan of the merge commit has 13 changes: 1 create, 2 update, 1 delete, 9 set. It is in the job summary of the [workflow run](https://github.com/acme/cursor-policies/actions/runs/9000002)",
    );
    expect(awaiting?.body).toContain(
      `:white_check_mark: These are exactly the changes reviewed in the plan on #${pr}`,
    );
    expect(planJob.code).toBe(0);
    expect(planJob.outputs["has-changes"]).toBe("true");
    // The reviewer sees the plan on the run's page before approving, and where it is kept.
    expect(planJob.summary).toContain("### Cursor policy plan: policies");
    expect(planJob.summary).toContain(":lock: **Saved plan:**");
    expect(planJob.summary).toContain(
      "uploaded as the [`cursor-policy-saved-plan` artifact](https://github.com/acme/cursor-policies/actions/runs/9000002#artifacts)",
    );
    const saved = await readSavedPlan(savedPlanFile ?? "");
    expect(saved.plan.changes).toHaveLength(13);
    expect(planJob.summary).toContain(
      `:white_check_mark: These are exactly the changes reviewed in the plan on #${pr}`,
    );

    expect(applyJob?.code).toBe(0);
    expect(applyJob?.outputs).toMatchObject({
      "exit-code": "0",
      summary: "applied 13 of 13 changes",
      fingerprint: saved.plan.fingerprint,
    });
    // Exactly the saved plan was applied: its 9 limits in one call of the bulk route, its
    // blocklists in batches.
    const endpoints = writesToCursor().map((r) => r.endpoint);
    expect(endpoints.filter((e) => e === "userSpendLimitsBulk")).toHaveLength(1);
    expect(endpoints.filter((e) => e === "userSpendLimit")).toHaveLength(0);
    expect(endpoints.filter((e) => e === "blocklistDelete")).toHaveLength(1);
    const applied = JSON.parse(readFileSync(applyJob?.outputs["plan-json"] ?? "", "utf8"));
    expect(applied.changes.map((c: { key: string }) => c.key)).toEqual(
      saved.plan.changes.map((c) => c.key),
    );

    // Spend moved between the review and the apply (so a digest of everything would differ)...
    const spend = (plan: { changes: Array<{ key: string; spendCents?: number }> }) =>
      plan.changes.map((c) => c.spendCents);
    expect(spend(applied)).not.toEqual(spend(reviewedPlan));
    // ...and yet there is no warning: what apply sends is what was reviewed.
    expect(applyJob?.commands.filter((c) => c.command === "warning")).toEqual([]);
    // The apply job edits the same comment with the outcome.
    const outcomeComment = github.comments(pr).find((c) => c.body.startsWith(APPLY_MARKER));
    expect(outcomeComment?.id).toBe(awaiting?.id);
    const outcome = outcomeComment?.body ?? "";
    expect(outcome).toContain(
      `:white_check_mark: These are exactly the changes reviewed in the plan on #${pr}`,
    );
    expect(outcome).toContain(
      ":lock: Applied exactly the plan saved by this run's plan job, the one approved for this environment",
    );
    expect(outcome).not.toContain("differs");
    expectDocumented("apply-comment", outcome);

    // Afterwards the apply workflow finds nothing to do: its apply job is skipped.
    const again = await applyWorkflowRun(ws, 3);
    expect(again.planJob.outputs["has-changes"]).toBe("false");
    expect(again.applyJob).toBeUndefined();

    for (const run of [reviewRun, planJob, applyJob]) {
      if (run) expect(leaks(DEMO_ADMIN_KEY, run, github)).toEqual([]);
    }
  });

  it("refuses, with exit code 1 and nothing applied, when the team changed while the apply waited for approval; re-running all jobs applies", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["policies/spend-limits.yaml"]);
    expect((await planOnPullRequest(ws, pr, 1)).code).toBe(0);
    github.mergePullRequest(pr, PUSH_SHA);

    const { applyJob, savedPlanFile } = await applyWorkflowRun(ws, 2, {
      // Someone edits a limit in the dashboard before the reviewer approves (one the plan
      // changes anyway: the plan stays within the built-in size thresholds).
      whileWaitingForApproval: () =>
        updateMembers((m) =>
          m.email === "grace.hopper@acme.example" ? { ...m, monthlyLimitDollars: 900 } : m,
        ),
    });
    expect(savedPlanFile && existsSync(savedPlanFile)).toBe(true);
    expect(applyJob?.code).toBe(1);
    expect(applyJob?.outputs["exit-code"]).toBe("1");
    const failure = applyJob?.commands.find((c) => c.command === "error")?.message ?? "";
    expect(failure).toMatch(/the live state has changed since the saved plan was made/);
    expect(failure).toContain("nothing was applied");
    expect(failure).toContain("re-run all jobs of this workflow run");
    expect(writesToCursor()).toEqual([]);
    expect(applyJob?.summary).toContain("the live state has changed since the saved plan was made");
    const outcome = github.comments(pr).find((c) => c.body.startsWith(APPLY_MARKER))?.body ?? "";
    expect(outcome).toContain(":x: **The apply failed:**");

    // "Re-run all jobs": the plan job plans the team as it is now (the hand edit undone too),
    // and that plan is applied.
    const rerun = await applyWorkflowRun(ws, 2);
    expect(rerun.planJob.outputs.summary).toBe("13 changes: 1 create, 2 update, 1 delete, 9 set");
    expect(rerun.applyJob?.code).toBe(0);
    expect(rerun.applyJob?.outputs.summary).toBe("applied 13 of 13 changes");
    const grace = emulator.getState().members.find((m) => m.email === "grace.hopper@acme.example");
    expect(grace?.monthlyLimitDollars).toBe(1000);
  });

  it("tells the approver, before approval, when the team changed between the review and the merge", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["policies/spend-limits.yaml"]);
    expect((await planOnPullRequest(ws, pr, 1)).code).toBe(0);
    updateMembers((m) =>
      m.email === "grace.hopper@acme.example" ? { ...m, monthlyLimitDollars: 900 } : m,
    );
    github.mergePullRequest(pr, PUSH_SHA);

    let awaiting = "";
    const { planJob, applyJob } = await applyWorkflowRun(ws, 2, {
      whileWaitingForApproval: () => {
        awaiting = github.comments(pr).find((c) => c.body.startsWith(APPLY_MARKER))?.body ?? "";
      },
    });
    const differs = `This plan differs from the one reviewed on #${pr}: the live team changed after the plan was reviewed`;
    expect(planJob.commands.find((c) => c.command === "warning")?.message).toContain(differs);
    expect(awaiting).toContain(`:warning: **${differs.replace(": the", ":** the")}`);
    expect(awaiting).toContain("Read it in the job summary before approving.");
    expect(planJob.summary).toContain(`:warning: **${differs.replace(": the", ":** the")}`);
    // Approved as planned (the hand edit undone too): applied, still flagged as not the reviewed plan.
    expect(applyJob?.code).toBe(0);
    expect(applyJob?.outputs.summary).toBe("applied 13 of 13 changes");
  });

  it("stops at the plan job when a guardrail blocks the merged policy: exit code 3, nobody asked to approve", async () => {
    const ws = examplePolicyWorkspace();
    ws.write(
      "policies/guardrails.yaml",
      readFileSync(path.join(examplePolicies, "guardrails.yaml"), "utf8").replace(
        "count: 2",
        "count: 0",
      ),
    );
    const pr = github.addPullRequest({ title: "Prune", headSha: HEAD_SHA });
    github.mergePullRequest(pr, PUSH_SHA);
    const { planJob, applyJob } = await applyWorkflowRun(ws, 1);
    expect(planJob.code).toBe(3);
    expect(applyJob).toBeUndefined();
    const body = github.comments(pr).find((c) => c.body.startsWith(APPLY_MARKER))?.body ?? "";
    expect(body).toContain("**Nothing was applied:** the plan breaks a guardrail.");
    expect(body).toContain(
      "1 blocklist deletion (25 % of 4 live blocklists) exceeds guardrails.maxDeletes (at most 0 and at most 50 %): set `allow-deletes: true` on the step to proceed",
    );
    expect(writesToCursor()).toEqual([]);
  });

  it("by hand (workflow_dispatch): sets the limit of a member who joined after the merge, and comments on no pull request", async () => {
    const ws = examplePolicyWorkspace();
    const first = await applyWorkflowRun(ws, 1);
    expect(first.applyJob?.code).toBe(0);
    // new.hire@acme.example is named by the policy but was not on the team: a note, no change.
    expect(first.planJob.summary).toContain("new.hire@acme.example");

    const state = emulator.getState();
    emulator.setState({
      ...state,
      members: [
        ...state.members,
        {
          id: "user_newhire0000000000000000001",
          email: "new.hire@acme.example",
          name: "New Hire",
          role: "member",
          spendCents: 0,
          monthlyLimitDollars: null,
        },
      ],
    });
    github.clearRequests();
    const byHand = await applyWorkflowRun(ws, 2, { event: "workflow_dispatch" });
    expect(byHand.planJob.outputs).toMatchObject({
      "has-changes": "true",
      summary: "1 change: 1 set",
    });
    expect(byHand.applyJob?.code).toBe(0);
    expect(
      emulator.getState().members.find((m) => m.email === "new.hire@acme.example")
        ?.monthlyLimitDollars,
    ).not.toBeNull();
    // A run by hand merged no pull request: nothing is looked up or posted on GitHub.
    expect(github.requests().map((r) => r.path)).not.toContainEqual(
      expect.stringMatching(/\/commits\/.*\/pulls$/),
    );
    expect(github.writes()).toEqual([]);
  });
});
