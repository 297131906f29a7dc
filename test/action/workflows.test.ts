// action.yml and every workflow file (the project's own and the examples users copy), checked
// with GitHub's own parser (@actions/languageservice, offline), plus the rules the parser does
// not know: inputs and outputs in step with the code, minimal permissions, pinned actions, an
// apply that is never cancelled, a schedule at an odd minute.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INPUT_NAMES } from "../../src/action/inputs.js";
import { OUTPUT_NAMES } from "../../src/action/outputs.js";
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

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const mapping = (value: unknown): Mapping => (isMapping(value) ? value : {});

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

describe("the example workflows", () => {
  const workflow = (name: string) => mapping(parse(read(`docs/examples/workflows/${name}`)));
  const steps = (wf: Mapping) =>
    Object.values(mapping(wf.jobs)).flatMap((job) => {
      const list = mapping(job).steps;
      return Array.isArray(list) ? list.map(mapping) : [];
    });
  const ourStep = (wf: Mapping) => {
    const step = steps(wf).find((s) => String(s.uses).startsWith("cursor-policy/cursor-policy@"));
    if (!step) throw new Error("the workflow does not use the action");
    return step;
  };

  it.each(exampleWorkflows)("%s pins every action to a full commit SHA", (file) => {
    for (const step of steps(mapping(parse(read(file))))) {
      if (step.uses !== undefined)
        expect(String(step.uses)).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
    expect(read(file)).toMatch(/persist-credentials: false/);
  });

  it.each(exampleWorkflows)("%s passes only declared inputs and the key from a secret", (file) => {
    const step = ourStep(mapping(parse(read(file))));
    const given = mapping(step.with);
    for (const name of Object.keys(given)) expect(INPUT_NAMES as readonly string[]).toContain(name);
    expect(String(given["api-key"])).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/);
  });

  it("plan: pull requests touching policies/, may comment, nothing more", () => {
    const wf = workflow("cursor-policy-plan.yml");
    expect(mapping(mapping(wf.on).pull_request).paths).toContain("policies/**");
    expect(wf.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(mapping(ourStep(wf).with).command).toBe("plan");
  });

  it("apply: push to main, an environment, one apply at a time and never cancelled", () => {
    const wf = workflow("cursor-policy-apply.yml");
    expect(mapping(mapping(wf.on).push).branches).toEqual(["main"]);
    expect(wf.permissions).toEqual({ contents: "read", "pull-requests": "write" });
    expect(wf.concurrency).toEqual({ group: "cursor-policy-apply", "cancel-in-progress": false });
    expect(mapping(mapping(wf.jobs).apply).environment).toBe("cursor-admin");
    expect(mapping(ourStep(wf).with)).toMatchObject({
      command: "apply",
      "api-key": expression("secrets.CURSOR_API_KEY"),
    });
  });

  it("drift: a cron at an odd minute plus a manual trigger, may write issues only", () => {
    const wf = workflow("cursor-policy-drift.yml");
    const on = mapping(wf.on);
    expect(Object.keys(on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const schedule = on.schedule;
    expect(Array.isArray(schedule)).toBe(true);
    const cron = String(mapping(Array.isArray(schedule) ? schedule[0] : undefined).cron);
    const minute = Number(cron.split(" ")[0]);
    expect(Number.isInteger(minute)).toBe(true);
    expect([0, 15, 30, 45]).not.toContain(minute);
    expect(wf.permissions).toEqual({ contents: "read", issues: "write" });
    expect(mapping(ourStep(wf).with).command).toBe("drift");
  });
});

describe("docs/github-action.md", () => {
  const doc = read("docs/github-action.md");

  it("documents every input and output action.yml declares", () => {
    for (const name of [...INPUT_NAMES, ...OUTPUT_NAMES]) expect(doc).toContain(`| \`${name}\` |`);
  });

  it("links the example workflows that exist", () => {
    for (const file of exampleWorkflows) expect(doc).toContain(`(${file.replace("docs/", "")})`);
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
