// Policy files -> DesiredState, in stages, collecting every problem on the way:
//   text (decode, secrets scan) -> parse (YAML) -> schema (ajv) -> parts (normalise, merge)
//   -> rules (semantic checks) -> build (DesiredState).
// Nothing here throws for bad input: problems are returned as data, all at once.

import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { DesiredState } from "../model/desired.js";
import { redact } from "../shared/redact.js";
import { buildDesiredState } from "./build.js";
import { parsePolicyText } from "./parse.js";
import { extractParts, mergeParts, type PolicyParts } from "./parts.js";
import {
  compareProblems,
  compareStrings,
  isError,
  type PolicyProblem,
  problemAt,
} from "./problems.js";
import { applyRules } from "./rules.js";
import { checkSchema } from "./schema.js";
import { decodePolicyText, secretProblems } from "./text.js";

export type PolicyLoadResult =
  | { readonly ok: true; readonly desired: DesiredState; readonly problems: PolicyProblem[] }
  | { readonly ok: false; readonly problems: PolicyProblem[] };

export interface PolicyFile {
  /** The path as the user would type it; used in problems and source locations. */
  readonly path: string;
  readonly text: string | Uint8Array;
}

/** Pure: no I/O. For tests, fuzzing and the Action. Files are processed in path order. */
export function loadPolicyFiles(files: readonly PolicyFile[]): PolicyLoadResult {
  if (files.length === 0) {
    return {
      ok: false,
      problems: [
        problemAt(
          "no-policy-files",
          { file: ".", line: 0, column: 0 },
          {
            message: "no policy files were given",
            hint: "policy files are *.yaml or *.yml files in the policy directory",
          },
        ),
      ],
    };
  }
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  const problems: PolicyProblem[] = [];
  const parts: PolicyParts[] = [];
  for (const file of sorted) {
    const loaded = loadOneFile(file);
    problems.push(...loaded.problems);
    parts.push(...loaded.parts);
  }
  const merged = mergeParts(parts);
  problems.push(...applyRules(merged));
  const final = finish(problems);
  if (final.some(isError)) return { ok: false, problems: final };
  return {
    ok: true,
    desired: buildDesiredState(
      merged,
      sorted.map((file) => file.path),
    ),
    problems: final,
  };
}

function loadOneFile(file: PolicyFile): { problems: PolicyProblem[]; parts: PolicyParts[] } {
  const decoded = decodePolicyText(file.path, file.text);
  const problems = [...decoded.problems, ...secretProblems(file.path, decoded.scanText)];
  if (decoded.text === undefined) return { problems, parts: [] };
  const parsed = parsePolicyText(file.path, decoded.text);
  problems.push(...parsed.problems);
  const parts: PolicyParts[] = [];
  for (const fragment of parsed.fragments) {
    const schema = checkSchema(fragment);
    problems.push(...schema.problems);
    parts.push(extractParts(fragment, schema.flawed));
  }
  return { problems, parts };
}

/**
 * Sorted, de-duplicated, and scrubbed of anything secret-looking: a secret written where a key
 * or value is expected must not come back in a message quoting that key or value.
 */
function finish(problems: readonly PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  const result: PolicyProblem[] = [];
  for (const problem of problems.map(scrub).sort(compareProblems)) {
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.code}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(problem);
  }
  return result;
}

function scrub(problem: PolicyProblem): PolicyProblem {
  return {
    ...problem,
    message: redact(problem.message),
    ...(problem.hint === undefined ? {} : { hint: redact(problem.hint) }),
    ...(problem.related === undefined
      ? {}
      : {
          related: problem.related.map((related) => ({
            ...related,
            message: redact(related.message),
          })),
        }),
  };
}

export interface LoadPolicyDirOptions {
  /**
   * Problems and source locations name files relative to this directory (default: the current
   * directory), so they read as the user would type them: `policies/limits.yaml`. The Action
   * passes the workspace root so annotations land on the right file.
   */
  readonly displayRoot?: string;
}

const POLICY_FILE = /\.ya?ml$/i;

/**
 * Reads every *.yaml / *.yml file under `dir` (recursively, sorted; names starting with "." are
 * skipped) and loads them as one policy. `dir` may also be a single policy file.
 * DesiredState.files are relative to `dir`.
 */
export async function loadPolicyDir(
  dir: string,
  options: LoadPolicyDirOptions = {},
): Promise<PolicyLoadResult> {
  const root = path.resolve(options.displayRoot ?? process.cwd());
  const absolute = path.resolve(dir);
  const display = (file: string) => displayPath(root, file);

  const found = await findPolicyFiles(absolute);
  if (found.kind === "missing") {
    return dirProblem("policy-dir-not-found", display(absolute), {
      message: `the policy directory ${display(absolute)} does not exist`,
      hint: "run from the repository root, or pass the directory with --policies DIR (default: policies)",
    });
  }
  if (found.files.length === 0) {
    return dirProblem("no-policy-files", display(absolute), {
      message: `no policy files (*.yaml, *.yml) in ${display(absolute)}`,
      hint: "pass the directory that holds the policy with --policies DIR",
    });
  }

  const readProblems: PolicyProblem[] = [];
  const inputs: PolicyFile[] = [];
  for (const file of found.files) {
    try {
      inputs.push({ path: display(file), text: new Uint8Array(await readFile(file)) });
    } catch (error) {
      readProblems.push(
        problemAt(
          "unreadable-file",
          { file: display(file), line: 0, column: 0 },
          {
            message: `cannot read ${display(file)}: ${error instanceof Error ? error.message : String(error)}`,
            hint: "check the file's permissions",
          },
        ),
      );
    }
  }
  const result = loadPolicyFiles(inputs);
  if (readProblems.length > 0 || !result.ok) {
    return { ok: false, problems: [...readProblems, ...result.problems].sort(compareProblems) };
  }
  const base = found.kind === "file" ? path.dirname(absolute) : absolute;
  return {
    ...result,
    desired: {
      ...result.desired,
      files: found.files.map((file) => toPosix(path.relative(base, file))).sort(compareStrings),
    },
  };
}

type FoundFiles =
  | { readonly kind: "missing" }
  | { readonly kind: "dir" | "file"; readonly files: string[] };

async function findPolicyFiles(absolute: string): Promise<FoundFiles> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch {
    return { kind: "missing" };
  }
  if (info.isFile()) return { kind: "file", files: [absolute] };
  const files: string[] = [];
  await walk(absolute, files);
  return { kind: "dir", files: files.sort(compareStrings) };
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      isDir = false; // never follow directory links: they can loop
      isFile = target?.isFile() ?? false;
    }
    if (isDir) await walk(full, into);
    else if (isFile && POLICY_FILE.test(entry.name)) into.push(full);
  }
}

/**
 * How a file is named in problems: relative to the root (the working directory, or the Action's
 * workspace, where annotations need it), or absolute when it lies outside — "../../tmp/x.yaml"
 * names a file nobody typed.
 */
function displayPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  if (relative === "") return ".";
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return toPosix(file);
  }
  return toPosix(relative);
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

function dirProblem(
  code: "policy-dir-not-found" | "no-policy-files",
  file: string,
  input: { message: string; hint: string },
): PolicyLoadResult {
  return { ok: false, problems: [problemAt(code, { file, line: 0, column: 0 }, input)] };
}
