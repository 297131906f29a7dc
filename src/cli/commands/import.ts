import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import policySchema from "../../../schemas/policy.schema.json" with { type: "json" };
import { outputPathError } from "../../core/errors.js";
import { ExitCode, UsageError } from "../../shared/errors.js";
import type { CliIO } from "../io.js";
import { cliProgress } from "../progress.js";
import { runCommand } from "../run.js";
import {
  type ConnectionFlags,
  DEFAULT_POLICIES_DIR,
  withConnectionFlags,
} from "./shared-options.js";

interface ImportFlags extends ConnectionFlags {
  readonly out: string;
  readonly force?: boolean;
}

export function registerImportCommand(program: Command): void {
  const command = program
    .command("import")
    .description("write policy files from the live team (read-only); a plan right after is empty");
  withConnectionFlags(command);
  command
    .option("--out <dir>", "directory to write the policy files to", DEFAULT_POLICIES_DIR)
    .option("--force", "overwrite policy files already in the directory")
    .action((flags: ImportFlags) => runCommand((io) => importCommand(io, flags)));
}

async function importCommand(io: CliIO, flags: ImportFlags): Promise<ExitCode> {
  const existing = existsSync(flags.out)
    ? (
        await readdir(flags.out).catch((error: unknown) => {
          throw outputPathError(flags.out, error, "--out");
        })
      ).filter((name) => /\.ya?ml$/i.test(name))
    : [];
  if (existing.length > 0 && !flags.force) {
    throw new UsageError(
      `${flags.out} already holds policy files (${existing.join(", ")}); import writes a complete policy, and merging it with them would declare things twice`,
      { hint: `choose an empty directory with --out, or pass --force to overwrite ${flags.out}` },
    );
  }
  // Loaded on use: `--help` and `validate` start without the API client.
  const [{ readLiveState }, { importPolicy }, { connectFromFlags }] = await Promise.all([
    import("../../api/live-state.js"),
    import("../../core/import.js"),
    import("../connection.js"),
  ]);
  const progress = cliProgress(io);
  const connection = connectFromFlags(io, flags, { progress });
  progress.phase("reading");
  const live = await readLiveState(connection.reader, { directoryGroups: true }).finally(() =>
    progress.end(),
  );
  const result = importPolicy(live, { schemaPath: schemaReference(flags.out) });
  for (const warning of result.warnings) io.logger.warn(warning);

  try {
    await mkdir(flags.out, { recursive: true });
  } catch (error) {
    throw outputPathError(flags.out, error, "--out");
  }
  if (flags.force) {
    for (const name of existing)
      await rename(path.join(flags.out, name), path.join(flags.out, `${name}.bak`));
  }
  for (const file of result.files) {
    const target = path.join(flags.out, file.name);
    // "wx": never write through a link or over a file that appeared since the check above (a
    // planted `limits.yaml -> ~/.bashrc` would otherwise be overwritten at its target).
    await writeFile(target, file.text, { flag: "wx" }).catch((error: unknown) => {
      throw outputPathError(target, error, "--out");
    });
    io.out(`wrote ${target}`);
  }
  io.out(
    `Imported ${live.members.length} members, ${live.blocklists.length} repo blocklists and ${live.directoryGroups?.supported ? live.directoryGroups.groups.length : 0} directory groups; verified: a plan of these files against the live team is empty.`,
  );
  return ExitCode.Ok;
}

/**
 * The `$schema` reference written into imported files. When the repository being written to keeps
 * its own copy of the schema (schemas/policy.schema.json at its root), the path to it relative to
 * the output directory, so editors check against the copy that repository reviews; otherwise the
 * schema's tag-pinned URL (its `$id`, the version of this tool). Never a path into wherever this
 * tool is installed, which means nothing in any other checkout.
 */
function schemaReference(outDir: string): string {
  const out = path.resolve(outDir);
  const repository = repositoryRoot(out);
  if (repository !== undefined) {
    const copy = path.join(repository, "schemas", "policy.schema.json");
    if (isPolicySchema(copy)) return path.relative(out, copy).split(path.sep).join("/");
  }
  return policySchema.$id;
}

/**
 * The nearest directory at or above `dir` that holds `.git` (a directory, or a worktree's file).
 * A directory the process may not look into (Node's permission model throws there) ends the search.
 */
function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    try {
      if (existsSync(path.join(current, ".git"))) return current;
    } catch {
      return undefined;
    }
    if (path.dirname(current) === current) return undefined;
  }
}

/** A file named policy.schema.json may belong to another tool: only ours counts. */
function isPolicySchema(file: string): boolean {
  try {
    const schema: unknown = JSON.parse(readFileSync(file, "utf8"));
    return (
      typeof schema === "object" &&
      schema !== null &&
      "title" in schema &&
      schema.title === policySchema.title
    );
  } catch {
    return false;
  }
}
