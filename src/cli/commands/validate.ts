// `cursor-policy validate`: offline policy check. Exit 0 valid, 1 invalid (warnings count only
// with --strict). No key, no network.
import type { Command } from "commander";
import { runCommand } from "../run.js";
import { formatOption, type PolicyFlags, withPolicyFlag } from "./shared-options.js";

interface ValidateFlags extends PolicyFlags {
  readonly format: "text" | "json";
  readonly strict?: boolean;
}

export function registerValidateCommand(program: Command): void {
  const command = program
    .command("validate")
    .description(
      "check the policy files offline (no API key, no network): every problem with file:line:col",
    );
  withPolicyFlag(command);
  command
    .addOption(formatOption(["text", "json"], "text"))
    .option("--strict", "fail on warnings too");
  command.action((flags: ValidateFlags) =>
    runCommand(async (io) => {
      // Loaded on use, like every command's work: `--help` and the other commands skip it.
      const { runValidate } = await import("../../policy/validate-command.js");
      const outcome = await runValidate({
        policiesDir: flags.policies,
        format: flags.format,
        strict: flags.strict ?? false,
      });
      io.out(outcome.output);
      return outcome.exitCode;
    }),
  );
}
