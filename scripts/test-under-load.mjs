// Runs `npm test` several times in a row while CPU-busy processes run beside it, and reports
// whether each run passed and how long it took. The suite must hold on a busy machine (a shared
// CI runner, a laptop compiling something else); this is how to show that it does.
//
//   node scripts/test-under-load.mjs [--runs 3] [--busy 4]
//
// --busy 0 measures the suite on an otherwise idle machine. Each run's full output is kept in a
// log file whose path is printed; the summary names the failed tests of a failed run. Exits 1
// when any run failed.

import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    busy: { type: "string", default: "4" },
  },
});
const runs = wholeNumber("--runs", values.runs, 1);
const busy = wholeNumber("--busy", values.busy, 0);

function wholeNumber(flag, text, least) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) {
    console.error(`${flag} must be a whole number of at least ${least}, not "${text}"`);
    process.exit(2);
  }
  return value;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

// The busy processes: each spins one core until it is killed.
const spinners = Array.from({ length: busy }, () =>
  spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
);
const stopSpinners = () => {
  for (const spinner of spinners) spinner.kill("SIGKILL");
};
process.on("SIGINT", () => {
  stopSpinners();
  process.exit(130);
});

const logDir = await mkdtemp(path.join(tmpdir(), "cursor-policy-test-under-load-"));
console.log(
  `npm test × ${runs}, ${busy} CPU-busy processes beside it, ${availableParallelism()} cores; ` +
    `load average now ${load()}; logs in ${logDir}`,
);

const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const log = path.join(logDir, `run-${run}.log`);
    const loadBefore = load();
    const started = performance.now();
    const code = await npmTest(log);
    const seconds = (performance.now() - started) / 1000;
    const output = await readFile(log, "utf8");
    const result = {
      run,
      passed: code === 0,
      seconds,
      loadBefore,
      loadAfter: load(),
      tests: summaryLine(output, "Tests"),
      failed: failedTests(output),
      log,
    };
    results.push(result);
    console.log(
      `run ${run}: ${result.passed ? "passed" : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s` +
        ` — ${result.tests}; load average ${result.loadBefore} before, ${result.loadAfter} after`,
    );
    for (const name of result.failed) console.log(`    ✗ ${name}`);
    if (!result.passed) console.log(`    log: ${log}`);
  }
} finally {
  stopSpinners();
}

const passed = results.filter((r) => r.passed).length;
const times = results.map((r) => r.seconds.toFixed(1)).join(", ");
console.log(`${passed} of ${runs} runs passed; durations ${times} s`);
process.exit(passed === runs ? 0 : 1);

function npmTest(log) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log);
    const child = spawn("npm", ["test"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on("error", reject);
    child.on("close", (code) => out.end(() => resolve(code)));
  });
}

/** "667 passed (667)" from vitest's "Tests  667 passed (667)" line. */
function summaryLine(output, label) {
  const line = output.split("\n").find((l) => l.trimStart().startsWith(`${label} `));
  return line === undefined
    ? "no summary"
    : `${label.toLowerCase()}: ${line.trim().slice(label.length).trim()}`;
}

/** The names vitest prints for failed tests ("FAIL  test/x.test.ts > suite > name"). */
function failedTests(output) {
  const names = output
    .split("\n")
    .filter((line) => /^\s*FAIL\s/.test(line))
    .map((line) => line.replace(/^\s*FAIL\s+/, "").trim());
  return [...new Set(names)];
}
