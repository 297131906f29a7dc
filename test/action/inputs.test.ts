// Input parsing and the run context: pure functions fed plain maps.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ActionContextError, readContext } from "../../src/action/context.js";
import { ActionInputError, parseInputs } from "../../src/action/inputs.js";

const fixtures = path.join(import.meta.dirname, "../fixtures/github");
const reader = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("parseInputs", () => {
  it("applies the defaults", () => {
    const inputs = parseInputs(reader({ command: "plan", "api-key": "crsr_x" }));
    expect(inputs).toMatchObject({
      command: "plan",
      policies: "policies",
      baseUrl: undefined,
      rateLimits: undefined,
      comment: true,
      allowDeletes: false,
      failOnDrift: false,
      driftIssue: true,
      driftLabel: "cursor-policy-drift",
      githubToken: undefined,
    });
    expect(inputs.apiKey?.reveal()).toBe("crsr_x");
  });

  it("reads every input", () => {
    const inputs = parseInputs(
      reader({
        command: " Apply ",
        policies: "teams/eu",
        "base-url": "http://127.0.0.1:9999",
        "rate-limits": "user-spend-limit=60\nspend=10",
        comment: "false",
        "allow-deletes": "TRUE",
        "fail-on-drift": "True",
        "drift-issue": "false",
        "drift-label": "drift",
        "github-token": "ghs_abc",
      }),
    );
    expect(inputs).toMatchObject({
      command: "apply",
      policies: "teams/eu",
      baseUrl: "http://127.0.0.1:9999",
      rateLimits: { userSpendLimit: 60, spend: 10 },
      comment: false,
      allowDeletes: true,
      failOnDrift: true,
      driftIssue: false,
      driftLabel: "drift",
      apiKey: undefined,
    });
  });

  it("names a rate limit it cannot read", () => {
    expect(() => parseInputs(reader({ command: "plan", "rate-limits": "writes=60" }))).toThrow(
      /the `rate-limits` input "writes=60" does not name an endpoint/,
    );
  });

  it("names the input, the value and the allowed ones", () => {
    expect(() => parseInputs(reader({ command: "destroy" }))).toThrow(
      /the `command` input is "destroy", which is not a command/,
    );
    expect(() => parseInputs(reader({}))).toThrow(ActionInputError);
    const error = (() => {
      try {
        parseInputs(reader({ command: "plan", comment: "yes" }));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ActionInputError);
    expect(String(error)).toContain('the `comment` input is "yes", which is not true or false');
    expect((error as ActionInputError).hint).toContain("comment: true");
  });

  it("reads the flow inputs: paths one per line, plan-out for plan, plan-file for apply", () => {
    const plan = parseInputs(
      reader({
        command: "plan",
        paths: "policies/**\n\n# the workflows too\n  .github/workflows/cursor-policy-*.yml  \n",
        "plan-out": "/tmp/run/saved.json",
        "plan-artifact": "cursor-policy-plan",
      }),
    );
    expect(plan).toMatchObject({
      paths: ["policies/**", ".github/workflows/cursor-policy-*.yml"],
      planOut: "/tmp/run/saved.json",
      planFile: undefined,
      planArtifact: "cursor-policy-plan",
    });
    expect(parseInputs(reader({ command: "apply", "plan-file": "saved.json" }))).toMatchObject({
      paths: [],
      planOut: undefined,
      planFile: "saved.json",
      planArtifact: undefined,
    });
  });

  it("refuses a flow input the command would silently ignore, or a pattern that never matches", () => {
    expect(() => parseInputs(reader({ command: "apply", "plan-out": "x.json" }))).toThrow(
      "the `plan-out` input is for `command: plan`, and this step runs `command: apply`",
    );
    expect(() => parseInputs(reader({ command: "plan", "plan-file": "x.json" }))).toThrow(
      "the `plan-file` input is for `command: apply`, and this step runs `command: plan`",
    );
    expect(() => parseInputs(reader({ command: "drift", paths: "policies/**" }))).toThrow(
      "the `paths` input is for `command: plan` on pull requests",
    );
    const error = (() => {
      try {
        parseInputs(reader({ command: "plan", paths: "./policies/**" }));
      } catch (e) {
        return e;
      }
    })();
    expect(String(error)).toContain('the `paths` input has the pattern "./policies/**"');
    expect((error as ActionInputError).hint).toBe('write it as "policies/**"');
    expect(() => parseInputs(reader({ command: "plan", "plan-artifact": "a/b" }))).toThrow(
      "which GitHub does not accept as an artifact name",
    );
  });

  it("never prints the secrets", () => {
    const inputs = parseInputs(
      reader({ command: "plan", "api-key": "crsr_SECRETVALUE", "github-token": "ghs_TOKENVALUE" }),
    );
    const printed = `${JSON.stringify(inputs)} ${inspect(inputs)} ${String(inputs.apiKey)}`;
    expect(printed).not.toContain("SECRETVALUE");
    expect(printed).not.toContain("TOKENVALUE");
    expect(printed).toContain("[REDACTED]");
  });
});

describe("readContext", () => {
  const env = (event: string, file: string) => ({
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path.join(fixtures, file),
    GITHUB_REPOSITORY: "acme/cursor-policies",
    GITHUB_SHA: "7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b",
    GITHUB_REF: "refs/pull/42/merge",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com/",
    GITHUB_RUN_ID: "1234567890",
    RUNNER_TEMP: "/home/runner/work/_temp",
  });
  const read = (file: string) => readFileSync(file, "utf8");

  it("reads a pull request from the same repository", () => {
    const context = readContext(env("pull_request", "pull_request.json"), read, "/w");
    expect(context).toMatchObject({
      eventName: "pull_request",
      repo: { owner: "acme", repo: "cursor-policies" },
      apiUrl: "https://api.github.com",
      runUrl: "https://github.com/acme/cursor-policies/actions/runs/1234567890",
      runnerTemp: "/home/runner/work/_temp",
      workspace: "/w",
      defaultBranch: "main",
      pullRequest: {
        number: 42,
        headSha: "3b18e512dba79e4c8300dd08aeb37f8e728b8dad",
        fromFork: false,
        baseRepo: "acme/cursor-policies",
        author: "alice",
      },
    });
  });

  it("recognises a pull request from a fork", () => {
    const context = readContext(env("pull_request", "pull_request_fork.json"), read, "/w");
    expect(context.pullRequest).toMatchObject({
      number: 43,
      fromFork: true,
      headRepo: "mallory/cursor-policies",
    });
  });

  it("has no pull request on push or schedule", () => {
    expect(readContext(env("push", "push.json"), read, "/w").pullRequest).toBeUndefined();
    expect(readContext(env("schedule", "schedule.json"), read, "/w").pullRequest).toBeUndefined();
  });

  it("says what is missing outside a runner", () => {
    expect(() => readContext({}, read, "/w")).toThrow(ActionContextError);
    expect(() => readContext({}, read, "/w")).toThrow("GITHUB_REPOSITORY is not set");
    expect(() =>
      readContext({ ...env("push", "push.json"), GITHUB_EVENT_PATH: "/nope.json" }, read, "/w"),
    ).toThrow("cannot read the event payload GITHUB_EVENT_PATH=/nope.json (ENOENT)");
  });
});
