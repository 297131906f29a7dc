// A benchmark's emulator in its own process, so the client's time and memory are measured alone:
// a generated team, rate limits off, a fixed latency on every request (real timers).
//   emulator-child.ts MEMBERS REPOS LATENCY_MS
// Sends { url } once listening; closes on SIGTERM.

import { generateTeamState, startEmulator } from "../src/emulator/index.js";

const [members = "1000", repos = "500", latency = "20"] = process.argv.slice(2);
const emulator = await startEmulator({
  state: generateTeamState({ members: Number(members), repos: Number(repos), seed: 1 }),
  rateLimits: "off",
  faults: Number(latency) > 0 ? { "*": { latencyMs: Number(latency) } } : {},
});
process.on("SIGTERM", () => {
  void emulator.close().then(() => process.exit(0));
});
process.send?.({ url: emulator.url });
