// `cursor-policy emulator`: serves the Admin API emulator on loopback until Ctrl+C.
// Thin: flags -> EmulatorOptions (emulatorOptionsFromFlags), then runEmulatorCommand, which
// prints the base URL as the first line of stdout (scripts read it) and a note on stderr.
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { ENDPOINT_IDS, type EndpointId } from "../../api/endpoints.js";
import type { EmulatorOptions, FaultConfig, FaultSpec } from "../../emulator/index.js";
import { ExitCode, UsageError } from "../../shared/errors.js";
import type { CliIO } from "../io.js";
import { runCommand } from "../run.js";

/** The flags as commander hands them over (strings; repeatable flags as arrays). */
export interface EmulatorFlags {
  port?: string;
  host?: string;
  state?: string;
  shape?: string;
  legacyLimitField?: string;
  adminKey?: string[];
  readOnlyKey?: string[];
  rateLimits?: string;
  rateLimit?: string[];
  retryAfter?: boolean;
  fault?: string[];
  seed?: string;
  maxSpendPageSize?: string;
  outcomeErrorStatus?: string;
  upsertResponse?: string;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError(
      `${flag} ${JSON.stringify(text)}: expected a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

function choice<const T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  const match = allowed.find((option) => option === text);
  if (match === undefined) {
    throw new UsageError(`${flag} ${JSON.stringify(text)}: expected one of ${allowed.join(", ")}`);
  }
  return match;
}

function endpointId(flag: string, text: string): EndpointId {
  const match = ENDPOINT_IDS.find((id) => id === text);
  if (match === undefined) {
    throw new UsageError(
      `${flag}: unknown endpoint ${JSON.stringify(text)} (expected one of ${ENDPOINT_IDS.join(", ")})`,
    );
  }
  return match;
}

/** `--rate-limit spend=5`, `--rate-limit members=off`. */
function parseRateLimit(text: string): [EndpointId, number | null] {
  const match = /^([^=]+)=(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(
      `--rate-limit ${JSON.stringify(text)}: expected ENDPOINT=N or ENDPOINT=off`,
    );
  }
  const endpoint = endpointId("--rate-limit", match[1].trim());
  const value = match[2].trim();
  return [endpoint, value === "off" ? null : wholeNumber("--rate-limit", value, 0, 1_000_000)];
}

const FAULT_NAMES: Readonly<Record<string, keyof FaultSpec>> = {
  latency: "latencyMs",
  latencyMs: "latencyMs",
  error: "errorRate",
  errorRate: "errorRate",
  drop: "dropRate",
  dropRate: "dropRate",
  malformed: "malformedRate",
  malformedRate: "malformedRate",
  hang: "hangRate",
  hangRate: "hangRate",
  burst429: "burst429",
};

/** `--fault spend:error=0.2`, `--fault '*:latency=200,drop=0.1'`, `--fault all:burst429=3`. */
function addFault(faults: FaultConfig, text: string): void {
  const match = /^([^:]+):(.+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(
      `--fault ${JSON.stringify(text)}: expected ENDPOINT:KIND=VALUE (e.g. spend:error=0.2, '*:latency=200')`,
    );
  }
  const target = match[1].trim();
  const key = target === "*" || target === "all" ? "*" : endpointId("--fault", target);
  const spec: FaultSpec = { ...faults[key] };
  for (const part of match[2].split(",")) {
    const [name = "", value = ""] = part.split("=").map((s) => s.trim());
    const field = FAULT_NAMES[name];
    const number = Number(value);
    if (field === undefined || value === "" || !Number.isFinite(number)) {
      throw new UsageError(
        `--fault ${JSON.stringify(text)}: expected KIND=NUMBER with KIND one of latency, error, drop, malformed, hang, burst429`,
      );
    }
    spec[field] = number;
  }
  faults[key] = spec;
}

/** Turns the flags into emulator options; throws UsageError naming the bad flag. */
export function emulatorOptionsFromFlags(flags: EmulatorFlags): EmulatorOptions {
  const options: EmulatorOptions = {
    host: flags.host ?? "127.0.0.1",
    port: flags.port === undefined ? 0 : wholeNumber("--port", flags.port, 0, 65_535),
  };
  if (flags.state !== undefined) options.stateFile = flags.state;
  if (flags.shape !== undefined)
    options.shape = choice("--shape", flags.shape, ["current", "legacy"]);
  if (flags.legacyLimitField !== undefined) {
    options.legacyLimitField = choice("--legacy-limit-field", flags.legacyLimitField, [
      "hardLimitOverrideDollars",
      "hardLimitOverrideUSDR",
    ]);
  }
  if (flags.adminKey?.length) options.adminKeys = flags.adminKey;
  if (flags.readOnlyKey?.length) options.readOnlyKeys = flags.readOnlyKey;
  const mode =
    flags.rateLimits === undefined
      ? "default"
      : choice("--rate-limits", flags.rateLimits, ["off", "default"]);
  if (mode === "off") {
    if (flags.rateLimit?.length)
      throw new UsageError("--rate-limit cannot be combined with --rate-limits off");
    options.rateLimits = "off";
  } else if (flags.rateLimit?.length) {
    options.rateLimits = Object.fromEntries(flags.rateLimit.map(parseRateLimit));
  }
  if (flags.retryAfter) options.retryAfterHeader = true;
  if (flags.fault?.length) {
    const faults: FaultConfig = {};
    for (const text of flags.fault) addFault(faults, text);
    options.faults = faults;
  }
  if (flags.seed !== undefined) options.seed = wholeNumber("--seed", flags.seed, 0, 2 ** 32 - 1);
  if (flags.maxSpendPageSize !== undefined) {
    options.maxSpendPageSize = wholeNumber(
      "--max-spend-page-size",
      flags.maxSpendPageSize,
      1,
      1_000_000,
    );
  }
  if (flags.outcomeErrorStatus !== undefined) {
    options.outcomeErrorStatus =
      choice("--outcome-error-status", flags.outcomeErrorStatus, ["200", "400"]) === "200"
        ? 200
        : 400;
  }
  if (flags.upsertResponse !== undefined) {
    options.upsertResponse = choice("--upsert-response", flags.upsertResponse, ["upserted", "all"]);
  }
  return options;
}

/**
 * Starts the emulator, prints its URL (stdout, first line) and a note (stderr), and serves until
 * `stop` aborts. Keys given on the command line are never echoed; the demo keys are described
 * because they are public fakes (and the output scrubber would hide their literal value).
 */
async function runEmulatorCommand(
  options: EmulatorOptions,
  io: CliIO,
  stop: AbortSignal,
): Promise<ExitCode> {
  const seeding = options.stateFile !== undefined && !existsSync(options.stateFile);
  // Loaded on use: `--help` and the other commands start without the emulator.
  const { DEMO_ADMIN_KEY, DEMO_READ_ONLY_KEY, startEmulator } = await import(
    "../../emulator/index.js"
  );
  const emulator = await startEmulator(options);
  try {
    io.out(emulator.url);
    const state = emulator.getState();
    const active = state.members.filter((m) => !m.isRemoved).length;
    const liveKeys = state.apiKeys.filter((k) => !k.revoked).map((k) => k.key);
    const lines = [
      `Cursor Admin API emulator: team "${state.team.name}" (${active} members, ${state.blocklists.length} repo blocklists), ${options.shape ?? "current"} response shapes`,
      `  base URL:      ${emulator.url} (pass --base-url or set CURSOR_API_BASE_URL)`,
    ];
    if (liveKeys.includes(DEMO_ADMIN_KEY)) {
      lines.push(
        `  admin key:     the public demo key, "crsr_" followed by "demo" 16 times:`,
        `                 export CURSOR_API_KEY="crsr_$(printf 'demo%.0s' $(seq 16))"`,
      );
    }
    if (liveKeys.includes(DEMO_READ_ONLY_KEY)) {
      lines.push(`  read-only key: the public demo key, "crsr_" followed by "read" 16 times`);
    }
    const given = (options.adminKeys?.length ?? 0) + (options.readOnlyKeys?.length ?? 0);
    if (given > 0)
      lines.push(`  also accepted: ${given} key(s) given on the command line (not shown)`);
    lines.push(
      options.stateFile === undefined
        ? "  state:         in memory (changes are lost when the emulator stops; use --state FILE to keep them)"
        : `  state file:    ${options.stateFile}${seeding ? " (did not exist: created from the demo team)" : ""}`,
      `  control:       ${emulator.url}/__emulator/requests | state | config (loopback only)`,
      "Stop with Ctrl+C.",
    );
    io.err(lines.join("\n"));
    await new Promise<void>((resolve) => {
      if (stop.aborted) resolve();
      else stop.addEventListener("abort", () => resolve(), { once: true });
    });
  } finally {
    await emulator.close();
  }
  io.err("emulator stopped");
  return ExitCode.Ok;
}

/** An AbortSignal that fires on the first SIGINT or SIGTERM. */
function processStopSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    controller.abort();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return controller.signal;
}

/** What the command needs from its surroundings; tests replace both. */
interface EmulatorCommandDeps {
  /** Runs the command body with an IO and sets the exit code (default: runCommand). */
  readonly run?: (body: (io: CliIO) => Promise<ExitCode>) => Promise<void>;
  /** When to stop serving (default: SIGINT or SIGTERM). */
  readonly stopSignal?: () => AbortSignal;
}

export function registerEmulatorCommand(program: Command, deps: EmulatorCommandDeps = {}): void {
  const run = deps.run ?? runCommand;
  const stopSignal = deps.stopSignal ?? processStopSignal;
  program
    .command("emulator")
    .description(
      "Serve a local emulator of the Cursor Admin API (the demo team by default) until Ctrl+C; prints its URL first.",
    )
    .option("--port <n>", "port to listen on (0 = any free port)", "0")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option(
      "--state <file>",
      "load state from this JSON file and save every change to it (created from the demo team if missing)",
    )
    .option(
      "--shape <shape>",
      "response shapes: current or legacy (the older documented shapes)",
      "current",
    )
    .option(
      "--legacy-limit-field <name>",
      "legacy limit field: hardLimitOverrideDollars or hardLimitOverrideUSDR",
    )
    .option("--admin-key <key>", "also accept this admin key (repeatable; never printed)", collect)
    .option(
      "--read-only-key <key>",
      "also accept this read-only key (repeatable; never printed)",
      collect,
    )
    .option("--rate-limits <mode>", "default (the documented per-minute limits) or off")
    .option(
      "--rate-limit <endpoint=n>",
      "per-minute limit for one endpoint, or endpoint=off (repeatable)",
      collect,
    )
    .option("--retry-after", "send Retry-After with 429 responses (undocumented in the real API)")
    .option(
      "--fault <endpoint:kind=value>",
      "inject faults, e.g. spend:error=0.2, '*:latency=200', userSpendLimit:burst429=3 (repeatable)",
      collect,
    )
    .option("--seed <n>", "seed for fault sampling (default 1)")
    .option("--max-spend-page-size <n>", "largest pageSize /teams/spend honours (default 500)")
    .option(
      "--outcome-error-status <status>",
      "HTTP status of {outcome: error} answers: 400 (default) or 200",
    )
    .option(
      "--upsert-response <which>",
      "what the blocklist upsert returns: upserted (default) or all",
    )
    .action((flags: EmulatorFlags) =>
      run(async (io) => runEmulatorCommand(emulatorOptionsFromFlags(flags), io, stopSignal())),
    );
}
