import { existsSync } from "node:fs";
import { mkdir, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
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
  const live = await readLiveState(connection.reader).finally(() => progress.end());
  const result = importPolicy(live, { schemaPath: schemaPathFrom(flags.out) });
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
    await writeFile(target, file.text).catch((error: unknown) => {
      throw outputPathError(target, error, "--out");
    });
    io.out(`wrote ${target}`);
  }
  io.out(
    `Imported ${live.members.length} members and ${live.blocklists.length} repo blocklists; verified: a plan of these files against the live team is empty.`,
  );
  return ExitCode.Ok;
}

/** The schema shipped with this package, relative to the output directory, for editors. */
function schemaPathFrom(outDir: string): string {
  const schema = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "..",
    "schemas",
    "policy.schema.json",
  );
  return path.relative(path.resolve(outDir), schema).split(path.sep).join("/");
}
