import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type EmulatorFlags,
  emulatorOptionsFromFlags,
  registerEmulatorCommand,
} from "../../src/cli/commands/emulator.js";
import type { CliIO } from "../../src/cli/io.js";
import { DEMO_ADMIN_KEY, EmulatorConfigError, startEmulator } from "../../src/emulator/index.js";
import { type ExitCode, UsageError } from "../../src/shared/errors.js";
import { silentLogger } from "../../src/shared/logger.js";
import { callApi } from "../helpers/emulator.js";

function fakeIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    color: false,
    env: {},
    logger: silentLogger,
    addSecret: () => {},
  };
}

describe("emulatorOptionsFromFlags", () => {
  it("defaults to loopback on any free port", () => {
    expect(emulatorOptionsFromFlags({})).toEqual({ host: "127.0.0.1", port: 0 });
  });

  it("turns every flag into an option", () => {
    const flags: EmulatorFlags = {
      port: "8787",
      host: "::1",
      state: "team.json",
      shape: "legacy",
      legacyLimitField: "hardLimitOverrideUSDR",
      adminKey: ["crsr_a"],
      readOnlyKey: ["crsr_b", "crsr_c"],
      rateLimit: ["spend=5", "members=off"],
      retryAfter: true,
      fault: [
        "spend:error=0.2,latency=30",
        "*:burst429=2",
        "all:drop=0.1",
        "members:hangRate=0.05",
      ],
      seed: "9",
      maxSpendPageSize: "50",
      outcomeErrorStatus: "200",
      upsertResponse: "all",
    };
    expect(emulatorOptionsFromFlags(flags)).toEqual({
      host: "::1",
      port: 8787,
      stateFile: "team.json",
      shape: "legacy",
      legacyLimitField: "hardLimitOverrideUSDR",
      adminKeys: ["crsr_a"],
      readOnlyKeys: ["crsr_b", "crsr_c"],
      rateLimits: { spend: 5, members: null },
      retryAfterHeader: true,
      faults: {
        spend: { errorRate: 0.2, latencyMs: 30 },
        "*": { burst429: 2, dropRate: 0.1 },
        members: { hangRate: 0.05 },
      },
      seed: 9,
      maxSpendPageSize: 50,
      outcomeErrorStatus: 200,
      upsertResponse: "all",
    });
    expect(emulatorOptionsFromFlags({ rateLimits: "off" }).rateLimits).toBe("off");
  });

  it.each([
    [{ port: "http" }, /--port "http": expected a whole number from 0 to 65535/],
    [{ port: "70000" }, /--port/],
    [{ shape: "old" }, /--shape "old": expected one of current, legacy/],
    [{ rateLimit: ["spend"] }, /--rate-limit "spend": expected ENDPOINT=N/],
    [
      { rateLimit: ["teams=3"] },
      /--rate-limit: unknown endpoint "teams" \(expected one of members, spend/,
    ],
    [{ rateLimits: "off", rateLimit: ["spend=1"] }, /cannot be combined/],
    [{ fault: ["spend"] }, /--fault "spend": expected ENDPOINT:KIND=VALUE/],
    [{ fault: ["spend:boom=1"] }, /KIND one of latency, error, drop, malformed, hang, burst429/],
    [{ fault: ["spend:error=lots"] }, /--fault "spend:error=lots"/],
    [{ seed: "-1" }, /--seed/],
    [{ outcomeErrorStatus: "500" }, /--outcome-error-status "500": expected one of 200, 400/],
  ])("refuses %j with a UsageError naming the flag", (flags, message) => {
    expect(() => emulatorOptionsFromFlags(flags)).toThrow(UsageError);
    expect(() => emulatorOptionsFromFlags(flags)).toThrow(message);
  });
});

describe("the emulator command", () => {
  let dir = "";
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `cursor-policy emulator ...args` in-process until `whileRunning` is done. */
  async function runCommand(
    args: string[],
    whileRunning: (url: string) => Promise<void>,
  ): Promise<{ code: ExitCode | undefined; io: ReturnType<typeof fakeIO> }> {
    const io = fakeIO();
    const stop = new AbortController();
    let code: ExitCode | undefined;
    const program = new Command().exitOverride();
    registerEmulatorCommand(program, {
      run: async (body) => {
        code = await body(io);
      },
      stopSignal: () => stop.signal,
    });
    const parsing = program.parseAsync(["node", "cursor-policy", "emulator", ...args]);
    await vi.waitFor(() => expect(io.stdout.length).toBeGreaterThan(0));
    try {
      await whileRunning(io.stdout[0] ?? "");
    } finally {
      stop.abort();
      await parsing;
    }
    return { code, io };
  }

  it("prints the URL first on stdout, serves until stopped, and exits 0", async () => {
    const adminKey = `crsr_${"Z".repeat(64)}`;
    const { code, io } = await runCommand(
      ["--admin-key", adminKey, "--shape", "legacy"],
      async (url) => {
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const members = await callApi({ url }, "GET", "/teams/members", { key: adminKey });
        expect(members.status).toBe(200);
        expect(
          (members.json as { teamMembers: Array<{ role: string }> }).teamMembers[0]?.role,
        ).toBe("Owner");
        expect((await callApi({ url }, "GET", "/teams/members")).status).toBe(200);
      },
    );
    expect(code).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const note = io.stderr.join("\n");
    expect(note).toContain('team "Acme" (33 members, 4 repo blocklists), legacy response shapes');
    expect(note).toContain("1 key(s) given on the command line (not shown)");
    expect(note).toContain('"crsr_" followed by "demo" 16 times');
    expect(note).not.toContain(adminKey);
    expect(note).toContain("emulator stopped");
  });

  it("seeds a missing --state file from the demo team and says so", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "emulator-cli-"));
    const file = path.join(dir, "team.json");
    const { io } = await runCommand(["--state", file], async (url) => {
      const write = await callApi({ url }, "POST", "/teams/user-spend-limit", {
        key: DEMO_ADMIN_KEY,
        body: { userEmail: "kim.temp@contractors.acme.example", spendLimitDollars: 0 },
      });
      expect(write.status).toBe(200);
    });
    expect(existsSync(file)).toBe(true);
    expect(io.stderr.join("\n")).toContain(`${file} (did not exist: created from the demo team)`);

    const again = await runCommand(["--state", file], async () => {});
    expect(again.io.stderr.join("\n")).not.toContain("did not exist");
  });

  /** What the command body throws for these args (the entry point would report it). */
  async function failureOf(args: string[]): Promise<unknown> {
    let failure: unknown;
    const program = new Command().exitOverride();
    registerEmulatorCommand(program, {
      run: async (body) => {
        try {
          await body(fakeIO());
        } catch (error) {
          failure = error;
        }
      },
      stopSignal: () => new AbortController().signal,
    });
    await program.parseAsync(["node", "cursor-policy", "emulator", ...args]);
    return failure;
  }

  it("reports a port in use as a clear error naming host and port", async () => {
    const busy = await startEmulator();
    const port = new URL(busy.url).port;
    const failure = await failureOf(["--port", port]).finally(() => busy.close());
    expect(failure).toBeInstanceOf(EmulatorConfigError);
    expect(String((failure as Error).message)).toContain(`cannot listen on 127.0.0.1:${port}`);
  });

  it("reports a bad flag as a UsageError before starting anything", async () => {
    expect(await failureOf(["--port", "nope"])).toBeInstanceOf(UsageError);
  });
});
