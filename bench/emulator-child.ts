// A benchmark's emulator in its own process, so the client's time and memory are measured alone:
// a generated team, the rate limits and page size asked for, a fixed latency on every request
// (real timers).
//   emulator-child.ts '{"members":1000,"repos":500,"latencyMs":20,"maxSpendPageSize":100,"rateLimits":"off"}'
// Sends { url, key } once listening. Answers { type: "log" } with its request log (endpoint,
// status, time) and { type: "limits", dollars } with how many members have that limit. Closes on
// SIGTERM.

import {
  DEMO_ADMIN_KEY,
  type EmulatorOptions,
  generateTeamState,
  startEmulator,
} from "../src/emulator/index.js";

interface ChildOptions {
  readonly members?: number;
  readonly repos?: number;
  readonly seed?: number;
  readonly withLimits?: number;
  readonly latencyMs?: number;
  readonly maxSpendPageSize?: number;
  readonly rateLimits?: EmulatorOptions["rateLimits"];
}

// Our own runner passes this argument: JSON of ChildOptions.
const options = JSON.parse(process.argv[2] ?? "{}") as ChildOptions;
const latency = options.latencyMs ?? 0;
const emulator = await startEmulator({
  state: generateTeamState({
    members: options.members ?? 1000,
    repos: options.repos ?? 500,
    seed: options.seed ?? 1,
    ...(options.withLimits === undefined ? {} : { withLimits: options.withLimits }),
  }),
  rateLimits: options.rateLimits ?? "off",
  ...(options.maxSpendPageSize === undefined ? {} : { maxSpendPageSize: options.maxSpendPageSize }),
  faults: latency > 0 ? { "*": { latencyMs: latency } } : {},
});
process.on("SIGTERM", () => {
  void emulator.close().then(() => process.exit(0));
});
process.on("message", (message: { type?: string; dollars?: number }) => {
  if (message.type === "log") {
    process.send?.({
      entries: emulator
        .requests()
        .map((entry) => ({ endpoint: entry.endpoint, status: entry.status, time: entry.time })),
    });
  } else if (message.type === "limits") {
    const count = emulator
      .getState()
      .members.filter((m) => m.monthlyLimitDollars === message.dollars).length;
    process.send?.({ count });
  }
});
process.send?.({ url: emulator.url, key: DEMO_ADMIN_KEY });
