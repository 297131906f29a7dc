// What the Action posts, composed from plans built directly: markers first, commit links,
// stable bodies, GitHub's limits, problems as a table.
import { describe, expect, it } from "vitest";
import { marker } from "../../src/action/markers.js";
import { sameText } from "../../src/action/sticky.js";
import { reviewDigest } from "../../src/core/review.js";
import { plan as computePlan } from "../../src/plan/plan.js";
import type { PolicyProblem } from "../../src/policy/problems.js";
import { driftClosingComment, driftIssueBody } from "../../src/render/github/drift-issue.js";
import { fitComment, type ReportFrame } from "../../src/render/github/frame.js";
import { planComment, policyInvalidComment } from "../../src/render/github/pull-request.js";
import { planSummaryLine } from "../../src/render/github/summary-line.js";
import {
  aBlocklist,
  aLiveBlocklist,
  aMember,
  defaultLimit,
  desiredState,
  liveState,
  noOptions,
} from "../plan/builders.js";

const SHA = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";

function frame(kind: "plan" | "drift", overrides: Partial<ReportFrame> = {}): ReportFrame {
  return {
    dir: "policies",
    marker: marker(kind, "policies"),
    commit: { sha: SHA, url: `https://github.com/acme/p/pull/7/commits/${SHA}` },
    runUrl: "https://github.com/acme/p/actions/runs/123",
    planArtifact: undefined,
    blobUrl: (file, line) => `https://github.com/acme/p/blob/${SHA}/${file}#L${line}`,
    ...overrides,
  };
}

function smallPlan() {
  return computePlan(
    desiredState({
      limits: { default: defaultLimit(100) },
      blocklists: [
        aBlocklist({ url: "https://github.com/acme/api", patterns: ["*.env", "*.pem"] }),
      ],
      ownership: { prune: true },
    }),
    liveState({
      members: [
        aMember({ email: "ada@acme.example", limit: 50 }),
        aMember({ email: "bob@acme.example", limit: 100 }),
      ],
      blocklists: [aLiveBlocklist({ url: "https://github.com/acme/old", patterns: ["*"] })],
    }),
    noOptions,
  );
}

function hugePlan(members: number) {
  return computePlan(
    desiredState({ limits: { default: defaultLimit(77) } }),
    liveState({
      members: Array.from({ length: members }, (_, i) =>
        aMember({ email: `person.with.a.long.name.${i}@a-rather-long-domain.example`, limit: 500 }),
      ),
    }),
    noOptions,
  );
}

describe("planSummaryLine", () => {
  it("counts by kind, and says when nothing changes or a guardrail blocks", () => {
    expect(planSummaryLine(smallPlan())).toBe("3 changes: 1 create, 1 delete, 1 set");
    const empty = computePlan(desiredState(), liveState(), noOptions);
    expect(planSummaryLine(empty)).toBe("no changes");
    const blocked = computePlan(
      desiredState({ ownership: { prune: true }, guardrails: { maxDeletes: { count: 0 } } }),
      liveState({ blocklists: [aLiveBlocklist({ url: "https://github.com/acme/x" })] }),
      noOptions,
    );
    expect(planSummaryLine(blocked)).toBe("1 change: 1 delete; blocked by 1 guardrail violation");
  });
});

describe("planComment", () => {
  it("starts with the marker, names the commit with a link, shows the fingerprint and risks", () => {
    const plan = smallPlan();
    const body = planComment(plan, reviewDigest(plan), frame("plan"));
    expect(body.split("\n")[0]).toBe("<!-- cursor-policy:plan:policies -->");
    expect(body).toContain(
      `Planned at commit [\`3b18e51\`](https://github.com/acme/p/pull/7/commits/${SHA})`,
    );
    expect(body).toContain(plan.fingerprint);
    expect(body).toContain(":warning: **Risky changes:** 1 deletion");
    // The run that made it is linked; another run's identical plan counts as the same body, so
    // a re-run writes nothing (and the link keeps naming a run that shows this plan).
    expect(body).toContain(
      `(https://github.com/acme/p/pull/7/commits/${SHA}) ([workflow run](https://github.com/acme/p/actions/runs/123))`,
    );
    const rerun = planComment(
      plan,
      reviewDigest(plan),
      frame("plan", { runUrl: "https://github.com/acme/p/actions/runs/999" }),
    );
    expect(rerun).not.toBe(body);
    expect(sameText(body, rerun)).toBe(true);
    expect(sameText(body, planComment(hugePlan(3), reviewDigest(plan), frame("plan")))).toBe(false);
  });

  it("lists risky changes first: deletions and removals, cleared and raised limits", () => {
    const plan = computePlan(
      desiredState({
        limits: { default: defaultLimit(100) },
        blocklists: [
          aBlocklist({ url: "https://github.com/acme/new", patterns: ["*.env"] }),
          aBlocklist({ url: "https://github.com/acme/kept", patterns: ["*.env"] }),
        ],
        ownership: { prune: true },
      }),
      liveState({
        members: [
          aMember({ email: "a-lowered@acme.example", limit: 500 }),
          aMember({ email: "b-raised@acme.example", limit: 50 }),
        ],
        blocklists: [
          aLiveBlocklist({ url: "https://github.com/acme/kept", patterns: ["*.env", "*.pem"] }),
          aLiveBlocklist({ url: "https://github.com/acme/zz-gone", patterns: ["*"] }),
        ],
      }),
      noOptions,
    );
    // Plan (apply) order: create, update, set, set, delete.
    expect(plan.changes.map((c) => c.kind)).toEqual(["create", "update", "set", "set", "delete"]);
    const body = planComment(plan, reviewDigest(plan), frame("plan"));
    const at = (text: string) => body.indexOf(text);
    expect(at("acme/kept")).toBeLessThan(at("acme/new"));
    expect(at("acme/zz-gone")).toBeLessThan(at("acme/new"));
    expect(at("b-raised@acme.example")).toBeLessThan(at("a-lowered@acme.example"));
    expect(at("acme/new")).toBeGreaterThan(0);
  });
  it("stays within 65,536 characters for thousands of changes and points to the full plan", () => {
    const huge = hugePlan(3000);
    const body = planComment(huge, reviewDigest(huge), frame("plan"));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /more changes.* not shown; the full plan is in the job summary of the \[workflow run\]\(https:\/\/github\.com\/acme\/p\/actions\/runs\/123\)/,
    );
    expect(body.trimEnd().endsWith("</sub>")).toBe(true);
    // With the plan JSON uploaded as an artifact, the note links to it on the run's page.
    const linked = planComment(
      huge,
      reviewDigest(huge),
      frame("plan", { planArtifact: "cursor-policy-plan" }),
    );
    expect(linked).toContain(
      "not shown; the whole plan is the [`cursor-policy-plan` artifact](https://github.com/acme/p/actions/runs/123#artifacts) (JSON) of the [workflow run](https://github.com/acme/p/actions/runs/123), whose job summary shows up to 1 MiB of it.",
    );
  });
});

describe("driftIssueBody", () => {
  it("links the run that found it, and counts as unchanged from run to run", () => {
    const plan = smallPlan();
    const a = driftIssueBody(plan, frame("drift"));
    const b = driftIssueBody(
      plan,
      frame("drift", { runUrl: "https://github.com/acme/p/actions/runs/2" }),
    );
    expect(a).toContain("by this [workflow run](https://github.com/acme/p/actions/runs/123)");
    expect(sameText(a, b)).toBe(true);
    expect(a.split("\n")[0]).toBe("<!-- cursor-policy:drift:policies -->");
    expect(a).toContain("Drift: live state differs from policy");
    // The advice names what exists: the apply workflow's Run workflow button, a CLI command.
    expect(a).toContain("**How to resolve:**");
    expect(a).toContain("**Run workflow**");
    expect(a).toContain("`cursor-policy apply --policies policies`");
  });

  it("closes with the commit and the run that saw the team match again", () => {
    expect(driftClosingComment(frame("drift"))).toBe(
      `:white_check_mark: The Cursor team matches the policy in \`policies\` again (checked at commit [\`3b18e51\`](https://github.com/acme/p/pull/7/commits/${SHA}), [workflow run](https://github.com/acme/p/actions/runs/123)). Closing.`,
    );
  });
});

describe("policyInvalidComment", () => {
  const problem = (line: number): PolicyProblem => ({
    severity: "error",
    code: "limit-negative",
    message: `the limit for user${line}@acme.example is -1 | negative`,
    hint: "use 0 for a $0 limit",
    file: "policies/limits.yaml",
    line,
    column: 5,
  });

  it("lists problems with links to the file and line, escaping table syntax", () => {
    const body = policyInvalidComment("plan", [problem(7)], frame("plan"));
    expect(body.split("\n")[0]).toBe("<!-- cursor-policy:plan:policies -->");
    expect(body).toContain(":x: **The policy has 1 error**");
    expect(body).toContain(
      `| [\`policies/limits.yaml:7:5\`](https://github.com/acme/p/blob/${SHA}/policies/limits.yaml#L7) | :x: error | \`limit-negative\` | the limit for user7@acme.example is -1 \\| negative<br>_Hint:_ use 0 for a $0 limit |`,
    );
  });

  it("shows at most 50 problems and says how many more are in the job summary", () => {
    const body = policyInvalidComment(
      "plan",
      Array.from({ length: 60 }, (_, i) => problem(i + 1)),
      frame("plan"),
    );
    expect(body.match(/\| :x: error \|/g)).toHaveLength(50);
    expect(body).toContain("…and 10 more problems, listed in the job summary.");
  });
});

describe("fitComment", () => {
  it("cuts any body to GitHub's limit with a note where the rest is", () => {
    const long = `${marker("apply", "policies")}\n${"| row |\n".repeat(20_000)}`;
    const cut = fitComment(
      long,
      frame("plan", { runUrl: "https://github.com/acme/p/actions/runs/5" }),
    );
    expect(cut.length).toBeLessThanOrEqual(65_536);
    expect(cut.startsWith(marker("apply", "policies"))).toBe(true);
    expect(cut).toMatch(
      /Cut to fit GitHub's comment limit \(\d+ more lines\); the full plan is in the job summary of the \[workflow run\]\(https:\/\/github\.com\/acme\/p\/actions\/runs\/5\)\.$/,
    );
  });
});
