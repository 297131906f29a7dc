// Policy files -> DesiredState, in stages, collecting every problem on the way:
//   text (decode, secrets scan) -> parse (YAML) -> schema (ajv) -> parts (normalise, merge)
//   -> rules (semantic checks) -> build (DesiredState).
// Nothing here throws for bad input: problems are returned as data, all at once.
//
// Policy files come from pull request authors (docs/security.md, "Policy files"): only files
// inside the policy tree are read — a symbolic link that leads out of it is an error naming the
// link, and its target is never opened — and no file or policy larger than the caps below is
// read at all.

import { Buffer } from "node:buffer";
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { DesiredState } from "../model/desired.js";
import { appendAll } from "../shared/arrays.js";
import { excerpt } from "../shared/redact.js";
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

/**
 * The largest policy file read (about 300,000 users at ~35 bytes a line), and the largest policy
 * in total. Far above any team's policy; they bound the memory a hostile file can make the
 * loader use (about 90 bytes per byte of YAML). Documented in docs/policy-language.md.
 */
const MAX_POLICY_FILE_BYTES = 10 * 1024 * 1024;
const MAX_POLICY_TOTAL_BYTES = 20 * 1024 * 1024;

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
  let total = 0;
  for (const file of sorted) {
    const size = typeof file.text === "string" ? Buffer.byteLength(file.text) : file.text.length;
    total += size;
    if (size > MAX_POLICY_FILE_BYTES) {
      problems.push(fileTooLarge(file.path, size));
      continue;
    }
    if (total > MAX_POLICY_TOTAL_BYTES) {
      problems.push(policyTooLarge(file.path, total));
      break;
    }
    const loaded = loadOneFile(file);
    appendAll(problems, loaded.problems);
    appendAll(parts, loaded.parts);
  }
  const merged = mergeParts(parts);
  appendAll(problems, applyRules(merged));
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
  appendAll(problems, parsed.problems);
  const parts: PolicyParts[] = [];
  for (const fragment of parsed.fragments) {
    const schema = checkSchema(fragment);
    appendAll(problems, schema.problems);
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

/** Longer than any message of ours: whatever is longer quotes too much of a file. */
const MAX_MESSAGE = 600;

function scrub(problem: PolicyProblem): PolicyProblem {
  return {
    ...problem,
    message: excerpt(problem.message, MAX_MESSAGE),
    ...(problem.hint === undefined ? {} : { hint: excerpt(problem.hint, MAX_MESSAGE) }),
    ...(problem.related === undefined
      ? {}
      : {
          related: problem.related.map((related) => ({
            ...related,
            message: excerpt(related.message, MAX_MESSAGE),
          })),
        }),
  };
}

function fileTooLarge(file: string, size: number): PolicyProblem {
  return problemAt(
    "file-too-large",
    { file, line: 0, column: 0 },
    {
      message: `${file} is ${megabytes(size)}; a policy file may be at most ${megabytes(MAX_POLICY_FILE_BYTES)}, so it was not read`,
      hint: "split the policy into several files (they are merged), or check that this is the file you meant",
    },
  );
}

function policyTooLarge(file: string, total: number): PolicyProblem {
  return problemAt(
    "policy-too-large",
    { file, line: 0, column: 0 },
    {
      message: `the policy files up to ${file} add up to ${megabytes(total)}; a policy may be at most ${megabytes(MAX_POLICY_TOTAL_BYTES)} in total, so the rest were not read`,
      hint: "check that the policy directory holds only policy files",
    },
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
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
 *
 * The policy tree is `dir` (for a single file: its directory) without hidden entries. Symbolic
 * links to files are followed only when their real path stays inside that tree; links to
 * directories are never followed (they can loop). `dir` itself may be a link, but when it lies
 * inside the working directory it must not lead out of it (nor into a hidden directory such as
 * .git): a pull request can replace the policy directory with a link.
 */
export async function loadPolicyDir(
  dir: string,
  options: LoadPolicyDirOptions = {},
): Promise<PolicyLoadResult> {
  const root = path.resolve(options.displayRoot ?? process.cwd());
  const absolute = path.resolve(dir);
  const display = (file: string) => displayPath(root, file);

  const found = await findPolicyFiles(absolute, root);
  if (found.kind === "missing") {
    return dirProblem("policy-dir-not-found", display(absolute), {
      message: `the policy directory ${display(absolute)} does not exist`,
      hint: "run from the repository root, or pass the directory with --policies DIR (default: policies)",
    });
  }
  if (found.kind === "escapes") {
    return {
      ok: false,
      problems: [linkProblem(display(absolute), "the working directory", display(root))],
    };
  }
  const treeName = display(found.tree);
  const readProblems: PolicyProblem[] = found.links.map((link) =>
    linkProblem(display(link), "the policy directory", treeName),
  );
  if (found.files.length === 0 && readProblems.length === 0) {
    return dirProblem("no-policy-files", display(absolute), {
      message: `no policy files (*.yaml, *.yml) in ${display(absolute)}`,
      hint: "pass the directory that holds the policy with --policies DIR",
    });
  }

  const inputs: PolicyFile[] = [];
  let total = 0;
  for (const file of found.files) {
    const unreadable = (reason: string) =>
      problemAt(
        "unreadable-file",
        { file: display(file.path), line: 0, column: 0 },
        {
          message: `cannot read ${display(file.path)}: ${reason}`,
          hint: "check the file's permissions",
        },
      );
    if (file.read === undefined) {
      readProblems.push(unreadable("it is a symbolic link to a file that does not exist"));
      continue;
    }
    try {
      // The size first: a file over the cap is never read into memory.
      const size = (await stat(file.read)).size;
      total += size;
      if (size > MAX_POLICY_FILE_BYTES) {
        readProblems.push(fileTooLarge(display(file.path), size));
        continue;
      }
      if (total > MAX_POLICY_TOTAL_BYTES) {
        readProblems.push(policyTooLarge(display(file.path), total));
        break;
      }
      inputs.push({ path: display(file.path), text: new Uint8Array(await readFile(file.read)) });
    } catch (error) {
      readProblems.push(
        unreadable(excerpt(error instanceof Error ? error.message : String(error), 200)),
      );
    }
  }
  const result = inputs.length > 0 ? loadPolicyFiles(inputs) : undefined;
  if (readProblems.length > 0 || result === undefined || !result.ok) {
    return {
      ok: false,
      problems: [...readProblems, ...(result?.problems ?? [])].sort(compareProblems),
    };
  }
  const base = found.kind === "file" ? path.dirname(absolute) : absolute;
  return {
    ...result,
    desired: {
      ...result.desired,
      files: found.files
        .map((file) => toPosix(path.relative(base, file.path)))
        .sort(compareStrings),
    },
  };
}

/** A policy file found: the path it was found at, and the real path to read (absent: a dangling link). */
interface FoundFile {
  readonly path: string;
  readonly read: string | undefined;
}

type FoundFiles =
  | { readonly kind: "missing" }
  /** `dir` is a link out of the working directory (or into a hidden directory in it). */
  | { readonly kind: "escapes" }
  | {
      readonly kind: "dir" | "file";
      /** The policy tree as named (for messages). */
      readonly tree: string;
      readonly files: FoundFile[];
      /** Links that lead out of the policy tree: reported, never read. */
      readonly links: string[];
    };

async function findPolicyFiles(absolute: string, workRoot: string): Promise<FoundFiles> {
  let real: string;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    real = await realpath(absolute);
    info = await stat(real);
  } catch {
    return { kind: "missing" };
  }
  if (isInside(absolute, workRoot)) {
    const realWorkRoot = await realpath(workRoot).catch(() => workRoot);
    const named = path.join(realWorkRoot, path.relative(workRoot, absolute));
    if (real !== named && !isInsideTree(real, realWorkRoot)) return { kind: "escapes" };
  }
  const found = { files: [] as FoundFile[], links: [] as string[] };
  if (info.isFile()) {
    const tree = path.dirname(absolute);
    const realTree = await realpath(tree);
    if (!isInsideTree(real, realTree)) return { kind: "file", tree, files: [], links: [absolute] };
    return { kind: "file", tree, files: [{ path: absolute, read: real }], links: [] };
  }
  await walk(absolute, real, found);
  found.files.sort((a, b) => compareStrings(a.path, b.path));
  found.links.sort(compareStrings);
  return { kind: "dir", tree: absolute, ...found };
}

async function walk(
  dir: string,
  realTree: string,
  into: { files: FoundFile[]; links: string[] },
): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(full, realTree, into);
    } else if (entry.isFile()) {
      if (POLICY_FILE.test(entry.name)) into.files.push({ path: full, read: full });
    } else if (entry.isSymbolicLink() && POLICY_FILE.test(entry.name)) {
      await followLink(full, realTree, into);
    }
  }
}

/** A link named like a policy file: read through only when it stays inside the policy tree. */
async function followLink(
  link: string,
  realTree: string,
  into: { files: FoundFile[]; links: string[] },
): Promise<void> {
  const target = await realpath(link).catch(() => undefined);
  if (target === undefined) {
    // Dangling (or a loop): say so rather than leave a policy file out without a word.
    const exists = await lstat(link).then(
      () => true,
      () => false,
    );
    if (exists) into.files.push({ path: link, read: undefined });
    return;
  }
  if (!isInsideTree(target, realTree)) {
    into.links.push(link);
    return;
  }
  // Never follow directory links: they can loop.
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) into.files.push({ path: link, read: target });
}

function linkProblem(link: string, boundary: string, boundaryName: string): PolicyProblem {
  return problemAt(
    "symlink-outside-policy-dir",
    { file: link, line: 0, column: 0 },
    {
      message: `${link} is a symbolic link that leads outside ${boundary} (${boundaryName}); it was not read`,
      hint: "policy files are read only from inside the policy directory (hidden directories such as .git excluded): replace the link with the file itself, or with a link to a file inside the policy directory",
    },
  );
}

/** `file` lies in `dir` or below it (both absolute, symbolic links resolved or not alike). */
function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return (
    relative === "" ||
    (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

/** Inside `dir`, and not in a hidden directory of it: the policy tree the walk itself reads. */
function isInsideTree(file: string, dir: string): boolean {
  if (!isInside(file, dir)) return false;
  const relative = path.relative(dir, file);
  return relative === "" || !relative.split(path.sep).some((part) => part.startsWith("."));
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
