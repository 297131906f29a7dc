// Builds the bundles once per test run into a temporary folder, so that tests which spawn the
// CLI or the Action run a bundle of the source under test (CI separately checks that the
// committed dist/ equals such a build).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject) {
  const distDir = mkdtempSync(path.join(tmpdir(), "cursor-policy-test-dist-"));
  execFileSync(process.execPath, ["scripts/build.mjs", distDir], { stdio: "inherit" });
  project.provide("distDir", distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
