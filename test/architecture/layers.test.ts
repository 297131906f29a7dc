// The layer check of `npm run lint` (.dependency-cruiser.mjs, docs/architecture.md) catches the
// imports it exists to stop. It runs, as lint runs it, on a copy of src/ with back-edges planted
// in it: the check must fail, name every one, and name nothing else (so the real src/ passes).

import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(".");

/** Planted files: each imports what a rule forbids, and that rule must name it. */
const PLANTED = [
  {
    file: "src/render/planted-core.ts",
    text: 'import type { ApplyOutcome } from "../core/reconcile.js";\nexport type Planted = ApplyOutcome;\n',
    rule: "layers-render",
  },
  {
    file: "src/core/planted-render.ts",
    text: 'export { describeViolation } from "../render/violations.js";\n',
    rule: "layers-core",
  },
  {
    file: "src/plan/planted-policy.ts",
    text: 'export { loadPolicyFiles } from "../policy/load.js";\n',
    rule: "layers-plan",
  },
  {
    file: "src/model/planted-shared.ts",
    text: 'export { ExitCode } from "../shared/errors.js";\n',
    rule: "layers-model",
  },
  {
    file: "src/action/planted-emulator.ts",
    text: 'export { startEmulator } from "../emulator/index.js";\n',
    rule: "layers-action",
  },
  {
    file: "src/cli/planted-actions-core.ts",
    text: 'export { setFailed } from "@actions/core";\n',
    rule: "actions-core-only-in-the-action-entry",
  },
  {
    file: "src/shared/planted-circle-a.ts",
    text: 'import { b } from "./planted-circle-b.js";\nexport const a = () => b;\n',
    rule: "no-circular",
  },
  {
    file: "src/shared/planted-circle-b.ts",
    text: 'import { a } from "./planted-circle-a.js";\nexport const b = () => a;\n',
    rule: "no-circular",
  },
] as const;

/**
 * The violations in dependency-cruiser's report for people ("error RULE: FROM → TO"; a circle
 * goes on over the next lines): which rule, from which file.
 */
function violations(report: string): { rule: string; from: string }[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing colour escapes is the point.
  const plain = report.replace(/\u001b\[[0-9;]*m/g, "");
  return [...plain.matchAll(/^\s*error ([\w-]+): (\S+) →/gm)].map(([, rule = "", from = ""]) => ({
    rule,
    from,
  }));
}

function run(command: string, args: readonly string[], cwd: string) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("the layer check of npm run lint", () => {
  it("fails on planted back-edges and names each one with its rule", async ({ onTestFinished }) => {
    const copy = await mkdtemp(path.join(tmpdir(), "cursor-policy-layers-"));
    onTestFinished(() => rm(copy, { recursive: true, force: true }));
    await cp(path.join(ROOT, "src"), path.join(copy, "src"), { recursive: true });
    for (const file of ["tsconfig.json", ".dependency-cruiser.mjs", "package.json", "schemas"]) {
      await cp(path.join(ROOT, file), path.join(copy, file), { recursive: true });
    }
    await symlink(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
    for (const planted of PLANTED) await writeFile(path.join(copy, planted.file), planted.text);

    // The command `npm run lint` runs after Biome, run in the copy.
    const depcruise = path.join(
      ROOT,
      "node_modules",
      "dependency-cruiser",
      "bin",
      "dependency-cruise.mjs",
    );
    const result = await run(
      process.execPath,
      [depcruise, "src", "--config", ".dependency-cruiser.mjs", "--output-type", "err"],
      copy,
    );

    expect(result.code, result.output).not.toBe(0);
    const found = violations(result.output);
    const circle = PLANTED.filter((p) => p.rule === "no-circular").map((p) => p.file);
    for (const planted of PLANTED) {
      // A circle is reported once, from whichever of its files the cruise met first.
      const from: readonly string[] = planted.rule === "no-circular" ? circle : [planted.file];
      expect(
        found.some((v) => v.rule === planted.rule && from.includes(v.from)),
        `${planted.rule} for ${planted.file} in ${JSON.stringify(found)}`,
      ).toBe(true);
    }
    // Nothing but the planted files is reported: the real src/ keeps its layers.
    expect(found.filter((v) => !v.from.includes("/planted-"))).toEqual([]);
  });
});
