// The quick start's main job: the real flow against the built-in emulator, no key and no network.
// Validate the example policies, plan against the demo team, apply, and verify by planning again.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { ENDPOINTS } from "../../api/endpoints.js";
import { progressReporter } from "../../core/progress.js";
import { formatProblems } from "../../policy/format.js";
import { renderPlan } from "../../render/index.js";
import { systemClock } from "../../shared/clock.js";
import type { ExitCode } from "../../shared/errors.js";
import type { CliIO } from "../io.js";
import { runCommand } from "../run.js";
import { reportOutcome } from "./apply.js";
import { type PolicyFlags, withPolicyFlag } from "./shared-options.js";

export function registerDemoCommand(program: Command): void {
  const command = program
    .command("demo")
    .description(
      "try it end to end: plan and apply the example policies against the built-in emulator (no key, no network)",
    );
  withPolicyFlag(command);
  command.action((flags: PolicyFlags) =>
    runCommand((io) =>
      demoCommand(io, {
        policies: demoPolicies(flags.policies, command.getOptionValueSource("policies")),
      }),
    ),
  );
}

/**
 * The policies the demo plans: `--policies` when given, else ./policies; when there is none (the
 * package installed outside a clone, `npx @cursor-policy/cli demo` in any directory), the example
 * policies the package ships beside dist/, which are the ones the demo team is built to match.
 */
function demoPolicies(given: string, source: string | undefined): string {
  if (source !== "default" || existsSync(given)) return given;
  const shipped = fileURLToPath(new URL("../policies", import.meta.url));
  return existsSync(shipped) ? shipped : given;
}

async function demoCommand(io: CliIO, flags: PolicyFlags): Promise<ExitCode> {
  // Loaded on use: `--help` and `validate` start without the emulator, client and planner.
  const [{ connect }, { loadPolicy }, { applyPolicy, planAgainstLive }, emulatorModule] =
    await Promise.all([
      import("../../core/connect.js"),
      import("../../core/policy.js"),
      import("../../core/reconcile.js"),
      import("../../emulator/index.js"),
    ]);
  const { DEMO_ADMIN_KEY, demoTeamState, startEmulator } = emulatorModule;
  const state = demoTeamState();
  const emulator = await startEmulator({ state });
  try {
    io.out(`==> Started the Cursor Admin API emulator at ${emulator.url} with the demo team`);
    io.out(
      `    (${state.members.filter((m) => !m.isRemoved).length} members, ${state.blocklists.length} repo blocklists, ${state.directoryGroups?.length ?? 0} directory groups; demo admin key ${DEMO_ADMIN_KEY.slice(0, 9)}…)`,
    );

    io.out(`\n==> cursor-policy validate --policies ${flags.policies}`);
    const policy = await loadPolicy(flags.policies);
    io.out(
      policy.warnings.length > 0
        ? formatProblems([...policy.warnings], "text")
        : "Policy is valid.",
    );

    const connection = connect({
      baseUrl: emulator.url,
      env: { CURSOR_API_KEY: DEMO_ADMIN_KEY },
      logger: io.logger,
    });

    io.out(`\n==> cursor-policy plan   (read-only calls against ${emulator.url})`);
    const { plan } = await planAgainstLive(policy.desired, connection.reader, {
      allowDeletes: false,
    });
    io.out(renderPlan(plan, "text", { color: io.color, mode: "plan" }));

    io.out("\n==> cursor-policy apply --auto-approve");
    const outcome = await applyPolicy({
      policy,
      connection,
      allowDeletes: false,
      confirm: async () => true,
      onProgress: progressReporter((line) => io.err(line), { tty: false, intervalMs: 2_000 }),
      clock: systemClock,
      logger: io.logger,
    });
    reportOutcome(io, outcome);

    // apply already read the team back and planned again to verify; show that plan rather than
    // reading everything a third time.
    io.out("\n==> cursor-policy plan   (again: a verified apply leaves nothing to do)");
    io.out(renderPlan(outcome.verification ?? plan, "text", { color: io.color, mode: "plan" }));

    const writes = emulator
      .requests()
      .filter((entry) => entry.endpoint !== null && ENDPOINTS[entry.endpoint].write);
    io.out(
      `\nThe emulator received ${emulator.requests().length} API calls, ${writes.length} of them writes.`,
    );
    io.out(
      "Next: point it at your team with CURSOR_API_KEY set (see README.md), or run `cursor-policy emulator` to experiment.",
    );
    return outcome.exitCode;
  } finally {
    await emulator.close();
  }
}
