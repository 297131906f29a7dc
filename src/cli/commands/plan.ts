import type { Command } from "commander";
import { detectDrift, driftExitCode } from "../../core/drift.js";
import { loadPolicy } from "../../core/policy.js";
import { planAgainstLive, planExitCode } from "../../core/reconcile.js";
import { toSavedPlan, writeSavedPlan } from "../../core/saved-plan.js";
import { formatProblems } from "../../policy/format.js";
import { renderPlan } from "../../render/index.js";
import { connectFromFlags } from "../connection.js";
import type { CliIO } from "../io.js";
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
  command.action((flags: PlanFlags) => runCommand((io) => planCommand(io, flags, mode)));
}

async function planCommand(io: CliIO, flags: PlanFlags, mode: "plan" | "drift") {
  const policy = await loadPolicy(flags.policies);
  if (policy.warnings.length > 0) io.err(formatProblems([...policy.warnings], "text"));
  const connection = connectFromFlags(io, flags);
  const options = { allowDeletes: flags.allowDeletes ?? false };
  if (mode === "drift") {
    const drift = await detectDrift(policy.desired, connection.reader, options);
    io.out(renderPlan(drift.plan, flags.format, { color: io.color, mode }));
    // Printed is reported; drift fails the command (2) so that scripts notice it.
    return driftExitCode(drift, { failOnDrift: true, reported: true });
  }
  const { plan } = await planAgainstLive(policy.desired, connection.reader, options);
  io.out(renderPlan(plan, flags.format, { color: io.color, mode }));
  if (flags.out) {
    await writeSavedPlan(flags.out, toSavedPlan(plan, policy.digest));
    io.err(
      `Saved the plan to ${flags.out}. Apply exactly this plan with: cursor-policy apply --plan ${flags.out}`,
    );
  }
  return planExitCode(plan, flags.detailedExitcode ?? false);
}
