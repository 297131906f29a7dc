// The plan job as a required check (docs/examples/workflows/cursor-policy-plan.yml runs it on every
// pull request): it must finish, and pass, whenever the pull request is not the policy's business
// or cannot be planned through no fault of its own; it must still plan every policy change.
// The Action's code in the test process (in-process.ts), the emulator and the fake GitHub.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADMIN_KEY, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { type FakeGitHub, startFakeGitHub } from "../helpers/fake-github.js";
import { actionStep, exampleWorkflow, jobOf, withInputs } from "./example-workflows.js";
import { asPullRequest, examplePolicyWorkspace, type Workspace } from "./harness.js";
import { runInProcess } from "./in-process.js";

const HEAD_SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";
const MERGE_SHA = "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b";
const MARKER = "<!-- cursor-policy:plan:policies -->";
const examplePolicies = path.resolve(import.meta.dirname, "../../policies");
/** A GitHub expression as written in a workflow (not a JS template). */
const expression = (inner: string) => `$\{{ ${inner} }}`;

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

/** The example plan workflow's step, with the read key set (or not) as a secret. */
function plan(
  ws: Workspace,
  pr: number,
  options: {
    runId?: number;
    readKey?: string;
    patch?: (payload: Record<string, unknown>) => void;
  } = {},
) {
  const inputs = withInputs(actionStep(jobOf(exampleWorkflow("cursor-policy-plan.yml"), "plan")), {
    runnerTemp: ws.runnerTemp,
    secrets: options.readKey === undefined ? {} : { CURSOR_READ_API_KEY: options.readKey },
  });
  return runInProcess({
    workspace: ws,
    github,
    event: "pull_request",
    patch: (payload) => {
      asPullRequest(pr, HEAD_SHA)(payload);
      options.patch?.(payload);
    },
    sha: MERGE_SHA,
    runId: options.runId ?? 1,
    inputs: { ...inputs, "base-url": emulator.url },
  });
}

describe("the required plan check", () => {
  it("passes at once, asking Cursor nothing, for a pull request that changes no policy file", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Docs", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["README.md", "docs/onboarding.md"]);

    const run = await plan(ws, pr, { readKey: DEMO_ADMIN_KEY });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      "exit-code": "0",
      "has-changes": "false",
      summary: "no policy change",
    });
    expect(run.summary).toContain(
      `No policy change: pull request #${pr} changes 2 files, none matching ${"\\`paths\\`"}`,
    );
    expect(emulator.requests()).toEqual([]);
    expect(github.writes()).toEqual([]);
    expect(github.requests().map((r) => r.path)).toContain(
      `/repos/acme/cursor-policies/pulls/${pr}/files`,
    );
  });

  it("plans a policy change, a change of its own workflow, and a file renamed out of the policy", async () => {
    const ws = examplePolicyWorkspace();
    for (const files of [
      ["README.md", "policies/spend-limits.yaml"],
      [".github/workflows/cursor-policy-plan.yml"],
      [{ filename: "archive/old.yaml", previous_filename: "policies/old.yaml" }],
    ]) {
      const pr = github.addPullRequest({ title: "Change", headSha: HEAD_SHA });
      github.setPullRequestFiles(pr, files);
      const run = await plan(ws, pr, { readKey: DEMO_ADMIN_KEY });
      expect(run.code, JSON.stringify(files)).toBe(0);
      expect(run.outputs.summary).toBe("13 changes: 1 create, 2 update, 1 delete, 9 set");
      expect(github.comments(pr)[0]?.body.split("\n")[0]).toBe(MARKER);
    }
  });

  it("plans when GitHub cannot list every file (over 3,000), rather than guess", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Huge", headSha: HEAD_SHA });
    const files = Array.from({ length: 3_100 }, (_, i) => `vendor/file-${i}.js`);
    github.setPullRequestFiles(pr, files);
    const run = await plan(ws, pr, {
      readKey: DEMO_ADMIN_KEY,
      patch: (payload) => {
        (payload.pull_request as Record<string, unknown>).changed_files = files.length;
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs["has-changes"]).toBe("true");
    expect(run.commands.find((c) => c.command === "warning")?.message).toContain(
      "GitHub listed 3000 of its 3100 changed files",
    );
  });

  it("turns its plan comment into a note when the pull request stops changing the policy", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Try a limit", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["policies/spend-limits.yaml"]);
    expect((await plan(ws, pr, { readKey: DEMO_ADMIN_KEY, runId: 1 })).code).toBe(0);
    const [planned] = github.comments(pr);
    expect(planned?.body).toContain("Plan: 1 to create");

    // The author reverts the policy change; the pull request still edits the README.
    github.setPullRequestFiles(pr, ["README.md"]);
    const run = await plan(ws, pr, { readKey: DEMO_ADMIN_KEY, runId: 2 });
    expect(run.code).toBe(0);
    expect(github.comments(pr)).toHaveLength(1);
    expect(github.comments(pr)[0]?.id).toBe(planned?.id);
    expect(github.comments(pr)[0]?.body).toContain(
      ":white_check_mark: **No policy change:** this pull request no longer changes a file matching `policies/**`, `.github/workflows/cursor-policy-*.yml`, so there is nothing to plan.",
    );
  });

  it("passes with a notice on Dependabot's pull request, which GitHub runs without the secret", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Bump actions/checkout", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, [".github/workflows/cursor-policy-plan.yml"]);
    const run = await plan(ws, pr, {
      patch: (payload) => {
        const pull = payload.pull_request as Record<string, unknown>;
        pull.user = { login: "dependabot[bot]", type: "Bot" };
      },
    });
    expect(run.code).toBe(0);
    expect(run.commands.filter((c) => c.command === "error")).toEqual([]);
    const notice = run.commands.find((c) => c.command === "notice")?.message ?? "";
    expect(notice).toContain(`pull request #${pr} is Dependabot's`);
    expect(notice).toContain("Settings → Secrets and variables → Dependabot");
    expect(run.outputs).toMatchObject({ "exit-code": "0", summary: "skipped" });
    expect(github.writes()).toEqual([]);
    expect(emulator.requests()).toEqual([]);
  });

  it("fails a pull request of this repository whose run has no key, naming the secret the example reads", async () => {
    const ws = examplePolicyWorkspace();
    const pr = github.addPullRequest({ title: "Tighten limits", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["policies/spend-limits.yaml"]);
    const run = await plan(ws, pr);
    expect(run.code).toBe(1);
    const failure = run.commands.find((c) => c.command === "error")?.message ?? "";
    expect(failure).toContain("the `api-key` input is empty");
    expect(failure).toContain(`pass \`api-key: ${expression("secrets.CURSOR_READ_API_KEY")}\``);
  });

  it("still fails a pull request that breaks a guardrail (exit code 3)", async () => {
    const ws = examplePolicyWorkspace();
    ws.write(
      "policies/guardrails.yaml",
      readFileSync(path.join(examplePolicies, "guardrails.yaml"), "utf8").replace(
        "count: 2",
        "count: 0",
      ),
    );
    const pr = github.addPullRequest({ title: "Too much", headSha: HEAD_SHA });
    github.setPullRequestFiles(pr, ["policies/guardrails.yaml"]);
    const run = await plan(ws, pr, { readKey: DEMO_ADMIN_KEY });
    expect(run.code).toBe(3);
  });
});
