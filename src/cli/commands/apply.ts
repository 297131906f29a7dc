import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { InterruptedError } from "../../apply/apply.js";
import type { ApplyOutcome } from "../../core/reconcile.js";
import type { Plan } from "../../model/plan.js";
import { formatProblems } from "../../policy/format.js";
import { renderApplyOutcome } from "../../render/apply-result.js";
import { renderPlan } from "../../render/index.js";
import { systemClock } from "../../shared/clock.js";
import { ExitCode, UsageError } from "../../shared/errors.js";
import type { CliIO } from "../io.js";
import { cliProgress } from "../progress.js";
import { runCommand } from "../run.js";
import {
  type ConnectionFlags,
  type PolicyFlags,
  withConnectionFlags,
  withPolicyFlag,
} from "./shared-options.js";

interface ApplyFlags extends PolicyFlags, ConnectionFlags {
  readonly plan?: string;
  readonly autoApprove?: boolean;
  readonly allowDeletes?: boolean;
  readonly strict?: boolean;
}

export function registerApplyCommand(program: Command): void {
  const command = program
    .command("apply")
    .description("make the live team match the policy, then read it back and verify");
  withPolicyFlag(command);
  withConnectionFlags(command);
  command
    .option(
      "--plan <file>",
      "apply this saved plan; refused if the live state or policy changed since",
    )
    .option("--auto-approve", "do not ask for confirmation (required when there is no terminal)")
    .option("--allow-deletes", "let deletions beyond the guardrail threshold through")
    .option(
      "--strict",
      "block on warnings that can block: a member's limit a higher directory-group limit overrides",
    )
    .action((flags: ApplyFlags) => runCommand((io) => applyCommand(io, flags)));
}

async function applyCommand(io: CliIO, flags: ApplyFlags) {
  // Loaded on use: `--help` and `validate` start without the API client and the planner.
  const [{ loadPolicy }, { applyPolicy }, { readSavedPlan }, { connectFromFlags }] =
    await Promise.all([
      import("../../core/policy.js"),
      import("../../core/reconcile.js"),
      import("../../core/saved-plan.js"),
      import("../connection.js"),
    ]);
  const policy = await loadPolicy(flags.policies);
  if (policy.warnings.length > 0) io.err(formatProblems([...policy.warnings], "text"));
  const savedPlan = flags.plan ? await readSavedPlan(flags.plan) : undefined;
  const interrupt = new AbortController();
  const stopListening = stopGracefullyOnSignals(io, interrupt);
  const progress = cliProgress(io);
  try {
    const connection = connectFromFlags(io, flags, { stopWaiting: interrupt.signal, progress });
    const outcome = await applyPolicy({
      policy,
      connection,
      allowDeletes: flags.allowDeletes ?? false,
      strict: flags.strict ?? false,
      ...(savedPlan === undefined ? {} : { savedPlan }),
      confirm: (plan) => {
        progress.end();
        return confirmPlan(io, plan, flags.autoApprove ?? false, interrupt);
      },
      onPhase: (phase) => progress.phase(phase),
      onProgress: (update) => progress.apply(update),
      clock: systemClock,
      logger: io.logger,
      signal: interrupt.signal,
    }).finally(() => progress.end());
    reportOutcome(io, outcome);
    if (outcome.result?.interrupted) {
      io.err(
        `apply was ${interruptReason(interrupt.signal)}: ${outcome.result.skipped} change(s) skipped. Run apply again to finish; it sends only what is still different.`,
      );
    }
    return outcome.exitCode;
  } finally {
    stopListening();
  }
}

/**
 * SIGINT (Ctrl-C) and SIGTERM (a CI runner cancelling the job) stop an apply gracefully: no new
 * change starts, the request in flight finishes so its outcome is known, and the rest is reported
 * skipped ("interrupted"); exit code 1. A second signal exits at once. Returns the unsubscribe.
 */
function stopGracefullyOnSignals(io: CliIO, interrupt: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) {
      io.err(
        `received ${signal} again: exiting now. A change in flight may or may not have taken; run apply again to finish.`,
      );
      process.exit(ExitCode.Error);
    }
    io.err(
      `received ${signal}: finishing the request in flight, starting no new change (send it again to exit at once)`,
    );
    interrupt.abort(new InterruptedError(`received ${signal}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

function interruptReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof InterruptedError ? reason.message : "interrupted";
}

async function confirmPlan(
  io: CliIO,
  plan: Plan,
  autoApprove: boolean,
  interrupt?: AbortController,
): Promise<boolean> {
  io.out(renderPlan(plan, "text", { color: io.color, mode: "plan" }));
  if (autoApprove) return true;
  if (!io.stdinIsTTY) {
    throw new UsageError(
      "apply needs confirmation, and there is no terminal to ask on; nothing was changed",
      {
        hint: "review the plan above, then run again with --auto-approve (or apply a reviewed plan with --plan FILE --auto-approve)",
      },
    );
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  // On a terminal, Ctrl-C at the prompt reaches readline, not the process: treat it the same.
  prompt.on("SIGINT", () => interrupt?.abort(new InterruptedError("received SIGINT")));
  try {
    const answer = await prompt.question(
      `Apply these ${plan.changes.length} changes? Only "yes" is accepted: `,
      interrupt === undefined ? {} : { signal: interrupt.signal },
    );
    if (answer.trim() === "yes") return true;
    io.err("Apply cancelled; nothing was changed.");
    return false;
  } catch (error) {
    if (!interrupt?.signal.aborted) throw error;
    io.err("\nApply cancelled; nothing was changed.");
    return false;
  } finally {
    prompt.close();
  }
}

export function reportOutcome(io: CliIO, outcome: ApplyOutcome): void {
  if (outcome.status === "no-changes") {
    io.out("No changes. Live state matches policy.");
    return;
  }
  if (outcome.status === "declined") return;
  io.out(renderApplyOutcome(outcome, { color: io.color }));
}
