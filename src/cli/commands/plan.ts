import type { Command } from "commander";
import { formatProblems } from "../../policy/format.js";
import type { CliIO } from "../io.js";
import { cliProgress } from "../progress.js";
import { runCommand } from "../run.js";
import {
  type ConnectionFlags,
  formatOption,
  type PolicyFlags,
  withConnectionFlags,
  withPolicyFlag,
} from "./shared-options.js";

interface PlanFlags extends PolicyFlags, ConnectionFlags {
  readonly format: "text" | "markdown" | "json";
  readonly out?: string;
  readonly detailedExitcode?: boolean;
  readonly allowDeletes?: boolean;
  readonly strict?: boolean;
}

export function registerPlanCommand(program: Command, mode: "plan" | "drift"): void {
  const command = program
    .command(mode)
    .description(
      mode === "plan"
        ? "show what apply would change (read-only: sends no write call)"
        : "report live changes made outside policy (read-only); exits 2 when there is drift",
    );
  withPolicyFlag(command);
  withConnectionFlags(command);
  command.addOption(formatOption(["text", "markdown", "json"], "text"));
  if (mode === "plan") {
    command
      .option(
        "--out <file>",
        "save the plan, with the fingerprint of the live state, for `apply --plan`",
      )
      .option("--detailed-exitcode", "exit 2 when there are changes to apply (0 when none)")
      .option("--allow-deletes", "do not block on the deletion threshold");
  }
  command.option(
    "--strict",
    "block on warnings that can block: a member's limit a higher directory-group limit overrides",
  );
  command.action((flags: PlanFlags) => runCommand((io) => planCommand(io, flags, mode)));
}

async function planCommand(io: CliIO, flags: PlanFlags, mode: "plan" | "drift") {
  // Loaded on use: `--help` and `validate` start without the API client and the planner.
  const [
    { loadPolicy },
    { planAgainstLive, planExitCode },
    { detectDrift, driftExitCode },
    savedPlan,
    { renderPlan },
    { connectFromFlags },
  ] = await Promise.all([
    import("../../core/policy.js"),
    import("../../core/reconcile.js"),
    import("../../core/drift.js"),
    import("../../core/saved-plan.js"),
    import("../../render/index.js"),
    import("../connection.js"),
  ]);
  const policy = await loadPolicy(flags.policies);
  if (policy.warnings.length > 0) io.err(formatProblems([...policy.warnings], "text"));
  const progress = cliProgress(io);
  const connection = connectFromFlags(io, flags, { progress });
  const options = { allowDeletes: flags.allowDeletes ?? false, strict: flags.strict ?? false };
  progress.phase("reading");
  if (mode === "drift") {
    const drift = await detectDrift(policy.desired, connection.reader, options).finally(() =>
      progress.end(),
    );
    io.out(renderPlan(drift.plan, flags.format, { color: io.color, mode }));
    // Printed is reported; drift fails the command (2) so that scripts notice it.
    return driftExitCode(drift, { failOnDrift: true, reported: true });
  }
  const { plan } = await planAgainstLive(policy.desired, connection.reader, options).finally(() =>
    progress.end(),
  );
  io.out(renderPlan(plan, flags.format, { color: io.color, mode }));
  if (flags.out) {
    await savedPlan.writeSavedPlan(flags.out, savedPlan.toSavedPlan(plan, policy.digest));
    io.err(
      `Saved the plan to ${flags.out}. Apply exactly this plan with: cursor-policy apply --plan ${flags.out}`,
    );
  }
  return planExitCode(plan, flags.detailedExitcode ?? false);
}
