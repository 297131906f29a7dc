import { describe, expect, it } from "vitest";
import { plan } from "../../src/plan/index.js";
import { renderPlan, renderText } from "../../src/render/index.js";
import {
  aLiveBlocklist,
  aMember,
  defaultLimit,
  desiredState,
  liveState,
  noOptions,
  userLimit,
} from "../plan/builders.js";
import { samplePlan } from "./sample.js";

describe("renderText", () => {
  it("renders a representative plan like terraform", () => {
    expect(renderText(samplePlan(), { color: false })).toMatchInlineSnapshot(`
      "Changes to make live state match policy:

        + blocklist https://github.com/acme/payments
            + **/*.pem
            + .env
            + secrets/**
        ~ blocklist https://github.com/acme/api (repo_acme_api)
            + **/*.pem
            - config/*
              (2 unchanged patterns not shown)
        ~ limit ana@acme.dev (Ana Lima, owner): $100 → $50
            set by group \`data-science\` at policies/team.yaml:9; spent $123.45 this cycle
        ~ limit cy@contractors.acme.dev (Cy, member): no limit → $20
            set by email pattern \`*@contractors.acme.dev\` at policies/team.yaml:14; spent $0.00 this cycle
        ~ limit dee@acme.dev (Dee, member): $20 → $200 [raised]
            set by default at policies/team.yaml:17; spent $20.00 this cycle
        ~ limit fay@acme.dev (Fay, member): unknown → $200
            set by default at policies/team.yaml:17; spent $0.00 this cycle (cannot be confirmed afterwards)
        - limit bo_smith@acme.dev (Bo *Smith*, member): $40 → no limit [cleared]
            set by user rule at policies/team.yaml:4; spent $3.00 this cycle
        - blocklist https://github.com/acme/old-site (repo_acme_old_site)
            - *

      Warnings (1):
        ⚠ fey@acme.dev is named by group \`data-science\` (policies/team.yaml:9) but is not on the team: did you mean fay@acme.dev? If they join later, list them under pendingMembers

      Notes (4):
        ! new.hire@acme.dev is named by user rule (policies/team.yaml:5) but is not on the team yet: the limit is applied once they join
        ! fay@acme.dev has no row in the spend report, so the current limit is unknown: the policy's limit is sent anyway
        ! ana@acme.dev: the new limit $50 is below the $123.45 already spent this cycle, so it blocks them at once
        ! \`https://github.com/platform/infra\` is matched by ownership.ignore \`https://github.com/platform/*\`: managed elsewhere, never touched

      Violations (5):
        x 1 blocklist deletion (33.3 % of 3 live blocklists) exceeds guardrails.maxDeletes (at most 0 and at most 25 %): pass --allow-deletes to proceed
        x dee@acme.dev: $20 → $200 raises the limit 10×, more than the built-in factor of 5×: pass --allow-large-changes to proceed, or set guardrails.maxLimitRaise
        x bo_smith@acme.dev would get no limit from user rule (policies/team.yaml:4), above the maximum of $150 (guardrails.maxUserLimit)
        x dee@acme.dev would get $200 from default (policies/team.yaml:17), above the maximum of $150 (guardrails.maxUserLimit)
        x fay@acme.dev would get $200 from default (policies/team.yaml:17), above the maximum of $150 (guardrails.maxUserLimit)

      Plan: 1 to create, 1 to update, 1 to delete, 4 limits to set, 1 to clear.
      Risky: 1 deletion, 1 raised limit, 1 cleared limit.
      Budget: $160 → $470 a month in limits (+$310); members without a limit: 1; members whose limit is unknown: 1 → 0
      Blocked: 5 guardrail violations; apply will not proceed until they are resolved.
      Live state fingerprint: 8c1754fa0ccd77fd605339426b01b654c5ec1d0a40c5f7fe767862fda6ae364f
      "
    `);
  });

  it("says so when there is nothing to do, and still shows notes", () => {
    const live = liveState({ members: [aMember({ email: "ana@acme.dev", role: "owner" })] });
    const quiet = plan(desiredState(), live, noOptions);
    expect(renderText(quiet, { color: false })).toMatchInlineSnapshot(`
      "No changes. Live state matches policy.

      Notes (1):
        ! ana@acme.dev (\`owner\`) is covered by no rule: left alone

      Budget: $0 a month in limits; members without a limit: 1
      Live state fingerprint: f5b4742bb623585a848bf08d864af38a75409285714aea1c53afe392cdaa8f21
      "
    `);
  });

  it("frames the same changes as drift", () => {
    const live = liveState({ members: [aMember({ email: "ana@acme.dev", limit: 90 })] });
    const drifted = plan(
      desiredState({ limits: { default: defaultLimit(50, 3) } }),
      live,
      noOptions,
    );
    const text = renderText(drifted, { color: false, mode: "drift" });
    expect(text.split("\n")[0]).toBe(
      "Drift: live state differs from policy (changed out of band), risky changes first:",
    );
    // Read from the live side: the policy said $50, someone raised it to $90.
    expect(text).toContain(
      "! limit ana@acme.dev (Ana, member): raised outside policy: $50 → $90 (policy says $50)",
    );
    expect(text).toContain(
      "Drift: 1 difference. Applying the policy would undo it: 0 to create, 0 to update, 0 to delete, 1 limit to set, 0 to clear.",
    );
    expect(text).toContain("Risky: 1 limit raised outside policy.");
    const none = plan(desiredState({ limits: { default: defaultLimit(90) } }), live, noOptions);
    expect(renderText(none, { color: false, mode: "drift" })).toMatch(
      /^No drift\. Live state matches policy\.\n/,
    );
  });

  it("uses ANSI colour only when asked", () => {
    const sample = samplePlan();
    expect(renderText(sample, { color: false })).not.toContain("\u001b[");
    const colored = renderText(sample, { color: true });
    expect(colored).toContain("\u001b[32m+\u001b[39m blocklist https://github.com/acme/payments");
    expect(colored).toContain("\u001b[31m-\u001b[39m blocklist https://github.com/acme/old-site");
  });

  it("never lets user data drive the terminal", () => {
    const live = liveState({
      members: [aMember({ email: "ana@acme.dev", name: "Ana\u001b[2J\nrm", limit: 1 })],
    });
    const text = renderText(
      plan(desiredState({ limits: { default: defaultLimit(2) } }), live, noOptions),
      {
        color: false,
      },
    );
    expect(text).toContain("Ana\\u001b[2J\\u000arm");
    expect(text).not.toContain("\u001b");
  });

  it("shows an ambiguous legacy before value honestly", () => {
    const live = liveState({
      shape: "legacy",
      members: [aMember({ email: "ana@acme.dev", legacy: true, limit: 0 })],
    });
    const result = plan(
      desiredState({ limits: { users: [userLimit("ana@acme.dev", 0)] } }),
      live,
      noOptions,
    );
    expect(renderText(result, { color: false })).toContain(
      "~ limit ana@acme.dev (Ana, member): no limit or $0 → $0",
    );
  });

  it("renderPlan dispatches on the format", () => {
    const sample = samplePlan();
    expect(renderPlan(sample, "text")).toBe(renderText(sample, { color: false }));
    expect(renderPlan(sample, "json")).toBe(`${JSON.stringify(sample, null, 2)}\n`);
    expect(renderPlan(sample, "markdown")).toMatch(/^### cursor-policy plan\n/);
    expect(renderPlan(sample, "markdown", { mode: "drift" })).toMatch(/^### cursor-policy drift\n/);
  });

  it("lists deletes of duplicate entries as such", () => {
    const live = liveState({
      blocklists: [
        aLiveBlocklist({ id: "repo_1", url: "https://github.com/acme/api", patterns: ["a"] }),
        aLiveBlocklist({ id: "repo_2", url: "git@github.com:acme/api.git", patterns: ["a"] }),
      ],
    });
    const desired = desiredState({
      blocklists: [
        {
          url: "https://github.com/acme/api",
          urlKey: "https://github.com/acme/api",
          patterns: ["a"],
          source: { file: "p.yaml", line: 1, column: 1 },
        },
      ],
      ownership: { prune: true },
    });
    expect(renderText(plan(desired, live, noOptions), { color: false })).toContain(
      "- blocklist git@github.com:acme/api.git (repo_2, duplicate entry)",
    );
  });
});
