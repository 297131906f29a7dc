// The example workflows (docs/examples/workflows) read as data, so that tests run the Action with
// exactly the inputs a user who copies them gives it, and hand the saved plan from job to job the
// way their upload-artifact and download-artifact steps do.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export type Mapping = Record<string, unknown>;

const root = path.resolve(import.meta.dirname, "../..");

const isMapping = (value: unknown): value is Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value);
export const mapping = (value: unknown): Mapping => (isMapping(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function exampleWorkflow(name: string): Mapping {
  return mapping(parse(readFileSync(path.join(root, "docs/examples/workflows", name), "utf8")));
}

export function jobOf(workflow: Mapping, job: string): Mapping {
  const found = mapping(workflow.jobs)[job];
  if (!isMapping(found)) throw new Error(`the workflow has no job "${job}"`);
  return found;
}

export function stepsOf(job: Mapping): Mapping[] {
  return list(job.steps).map(mapping);
}

/** The job's step that uses `action` (e.g. `actions/upload-artifact`). */
export function stepUsing(job: Mapping, action: string): Mapping {
  const step = stepsOf(job).find((s) => String(s.uses ?? "").startsWith(`${action}@`));
  if (!step) throw new Error(`the job has no step using ${action}`);
  return step;
}

/** The job's cursor-policy step. */
export function actionStep(job: Mapping): Mapping {
  return stepUsing(job, "cursor-policy/cursor-policy");
}

export interface RunnerValues {
  readonly runnerTemp: string;
  /** The secrets the repository (and environment) holds, by name. */
  readonly secrets: Readonly<Record<string, string>>;
}

/**
 * A step's `with:` as the runner hands it over: `${{ runner.temp }}` and `${{ secrets.NAME }}`
 * replaced (a missing secret is "", as on GitHub). Any other expression fails the test: it would
 * need a run to evaluate.
 */
export function withInputs(step: Mapping, values: RunnerValues): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, raw] of Object.entries(mapping(step.with))) {
    inputs[name] = String(raw).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      if (expression === "runner.temp") return values.runnerTemp;
      const secret = /^secrets\.([A-Z_][A-Z0-9_]*)$/.exec(expression)?.[1];
      if (secret) return values.secrets[secret] ?? "";
      throw new Error(`cannot evaluate \${{ ${expression} }} in input ${name}`);
    });
  }
  return inputs;
}

/**
 * What `actions/upload-artifact` in job `from` and `actions/download-artifact` in job `to` do
 * together for one file: the same artifact name, the file at the root of the download path.
 * Returns where the file is for the second job.
 */
export function handOverArtifact(
  workflow: Mapping,
  from: string,
  to: string,
  values: RunnerValues,
): string {
  const upload = withInputs(stepUsing(jobOf(workflow, from), "actions/upload-artifact"), values);
  const download = withInputs(stepUsing(jobOf(workflow, to), "actions/download-artifact"), values);
  if (upload.name !== download.name || !upload.name) {
    throw new Error(`uploaded as "${upload.name}", downloaded as "${download.name}"`);
  }
  const source = upload.path ?? "";
  const dir = download.path ?? "";
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, path.basename(source));
  copyFileSync(source, target);
  return target;
}
