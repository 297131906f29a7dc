// `npm run test:reliability`: runs the reliability suite (it also runs as part of `npm test`)
// with CURSOR_POLICY_RELIABILITY_OUT set, so each test records its figures, then prints them as
// the Markdown table docs/reliability.md quotes. The figures are whatever this run measured.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const out = mkdtempSync(path.join(tmpdir(), "cursor-policy-reliability-figures-"));
// The package's own bin (its "exports" do not list it, so resolve the package and go from there).
const vitest = path.join(
  path.dirname(createRequire(import.meta.url).resolve("vitest/package.json")),
  "vitest.mjs",
);
const run = spawnSync(process.execPath, [vitest, "run", "test/reliability"], {
  stdio: "inherit",
  env: { ...process.env, CURSOR_POLICY_RELIABILITY_OUT: out },
});

const figures = Object.fromEntries(
  readdirSync(out)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [
      name.replace(/\.json$/, ""),
      JSON.parse(readFileSync(path.join(out, name), "utf8")),
    ]),
);
rmSync(out, { recursive: true, force: true });

const rows = [];
const add = (test, figure, value) => rows.push(`| ${test} | ${figure} | ${value} |`);
const faults = figures.faults;
if (faults) {
  const f = faults.faultsInjected;
  add("faults", "changes attempted", faults.changesAttempted);
  add(
    "faults",
    "faults injected",
    `${f.error5xx} × 5xx, ${f.dropped} dropped connections, ${f.burst429} × 429 (bursts)`,
  );
  add("faults", "requests sent / retried", `${faults.requestsSent} / ${faults.retries}`);
  add("faults", "apply runs to converge", faults.applyRuns);
  add("faults", "simulated time", `${faults.simulatedMinutes} min`);
  add(
    "faults",
    "final mismatches / re-plan changes",
    `${faults.finalMismatches} / ${faults.replanChanges}`,
  );
}
const kill = figures.kill;
if (kill) {
  add("kill", "changes planned", kill.changesPlanned);
  add("kill", "runs killed mid-apply", kill.killedMidRun);
  add(
    "kill",
    "kills (signal after N writes → changes still to do)",
    kill.kills.map((k) => `${k.signal} after ${k.afterWrites} → ${k.stillToDo}`).join("; "),
  );
  add("kill", "final mismatches", kill.finalMismatches);
}
const concurrent = figures.concurrent;
if (concurrent) {
  add("concurrent", "exit codes of the two runs", concurrent.exitCodes.join(", "));
  add("concurrent", "deletes found already gone", concurrent.deletesFoundAlreadyGone);
  add("concurrent", "write requests (both runs)", concurrent.writeRequests);
  add("concurrent", "final mismatches", concurrent.finalMismatches);
}
const different = figures["concurrent-different"];
if (different) {
  add(
    "concurrent, two policies",
    "values left from the other policy",
    different.valuesLeftFromTheOtherPolicy,
  );
}
const restart = figures.restart;
if (restart) {
  add("restart", "changes attempted", restart.changesAttempted);
  add(
    "restart",
    "restarts / connection errors retried",
    `${restart.restarts} / ${restart.connectionErrorsRetried} (${restart.errorCodes.join(", ")})`,
  );
  add("restart", "final mismatches", restart.finalMismatches);
}
const parse = figures["fuzz-parse"];
if (parse) {
  add(
    "fuzz: parsers",
    "inputs (parsed / ShapeError / crash)",
    `${parse.cases} (${parse.ok} / ${parse.shapeErrors} / ${parse.crashes})`,
  );
}
const client = figures["fuzz-client"];
if (client) {
  const errors = Object.entries(client.byError)
    .sort(([, a], [, b]) => b - a)
    .map(([name, n]) => `${n} ${name}`)
    .join(", ");
  add(
    "fuzz: client",
    "calls (value / ApiError / crash)",
    `${client.calls} (${client.values} / ${client.apiErrors} / ${client.crashes})`,
  );
  add("fuzz: client", "errors by kind", errors);
  add("fuzz: client", "answers served", client.requestsAnswered);
}

process.stdout.write(
  `\n| test | figure | value |\n| --- | --- | --- |\n${rows.join("\n")}\n\nRun ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, Node ${process.version}.\n`,
);
process.exit(run.status ?? 1);
