// The `cursor-policy` command line. Thin: each command parses its flags into an options object
// and calls the core; errors are turned into messages and exit codes in one place (run.ts).
import { Command } from "commander";
import { useBaselineWasm } from "../shared/baseline-wasm.js";
import { VERSION } from "../shared/version.js";
import { registerCommands } from "./commands/index.js";

useBaselineWasm();

const program = new Command()
  .name("cursor-policy")
  .description(
    "GitOps policy-as-code for Cursor team administration: spend limits and repo blocklists.",
  )
  .version(VERSION)
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

registerCommands(program);

await program.parseAsync(process.argv);
