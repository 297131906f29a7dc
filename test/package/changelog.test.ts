// CHANGELOG.md and the two scripts around it: changelog-section.mjs (the release notes the release
// workflow publishes) and sync-version.mjs (run by `npm version`: the version everywhere, and the
// Unreleased section turned into the release's section).
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const changelog = readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  version: string;
};

async function script(name: string, args: readonly string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      path.join(root, "scripts", name),
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const scratchDirs: string[] = [];
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cursor-policy-changelog-"));
  scratchDirs.push(dir);
  return dir;
}

describe("CHANGELOG.md", () => {
  const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1] ?? "");

  it("follows Keep a Changelog: Unreleased first, then versions newest first, each dated", () => {
    expect(headings[0]).toBe("[Unreleased]");
    const versions = headings.slice(1).map((heading) => {
      const match = /^\[(\d+)\.(\d+)\.(\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(heading);
      expect(match, heading).not.toBeNull();
      return [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])] as const;
    });
    const newestFirst = [...versions].sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
    expect(versions).toEqual(newestFirst);
    for (const sub of changelog.matchAll(/^### (.*)$/gm)) {
      expect(["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"]).toContain(sub[1]);
    }
  });

  it("has a section for package.json's version", () => {
    expect(headings.some((heading) => heading.startsWith(`[${version}] - `))).toBe(true);
  });
});

describe("scripts/changelog-section.mjs", { timeout: 60_000 }, () => {
  it("prints a release's section without its heading, for a tag or a bare version", async () => {
    const byTag = await script("changelog-section.mjs", ["v0.1.0"]);
    expect(byTag.code, byTag.stderr).toBe(0);
    expect(byTag.stdout).toMatch(/^The first version/);
    expect(byTag.stdout).toContain("### Added");
    expect(byTag.stdout).not.toMatch(/^## /m);
    expect(byTag.stdout).not.toContain("[Unreleased]:");
    expect(await script("changelog-section.mjs", ["0.1.0"])).toEqual(byTag);
  });

  it("stops at the next release and at the link definitions", async () => {
    const file = path.join(scratch(), "CHANGELOG.md");
    writeFileSync(
      file,
      "# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2026-01-02\n\n### Fixed\n\n- b\n\n## [1.0.0] - 2026-01-01\n\n### Added\n\n- a\n\n[1.1.0]: https://example.invalid/1.1.0\n",
    );
    expect((await script("changelog-section.mjs", ["v1.1.0", "--file", file])).stdout).toBe(
      "### Fixed\n\n- b\n",
    );
    expect((await script("changelog-section.mjs", ["v1.0.0", "--file", file])).stdout).toBe(
      "### Added\n\n- a\n",
    );
    const empty = await script("changelog-section.mjs", ["Unreleased", "--file", file]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(`${file}: the section "## [Unreleased]" is empty`);
  });

  it("refuses a version that has no section, naming the file and the fix", async () => {
    const result = await script("changelog-section.mjs", ["v9.9.9"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${path.join(root, "CHANGELOG.md")} has no section "## [9.9.9]"; add it (npm version 9.9.9 writes it from the Unreleased section).\n`,
    );
  });
});

describe("scripts/sync-version.mjs (npm version's lifecycle script)", { timeout: 60_000 }, () => {
  /** A copy of the files the script touches, with package.json at `next`. */
  function releaseTree(next: string, changelogText = changelog): string {
    const dir = scratch();
    mkdirSync(path.join(dir, "src", "shared"), { recursive: true });
    cpSync(path.join(root, "schemas"), path.join(dir, "schemas"), { recursive: true });
    cpSync(path.join(root, "src/shared/version.ts"), path.join(dir, "src/shared/version.ts"));
    writeFileSync(path.join(dir, "CHANGELOG.md"), changelogText);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ version: next }));
    return dir;
  }
  const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

  it("moves the version, the schema $ids and the Unreleased notes to the new release", async () => {
    const dir = releaseTree("0.9.0");
    const unreleased = await script("changelog-section.mjs", ["Unreleased"]);
    const result = await script("sync-version.mjs", ["--root", dir, "--date", "2027-01-15"]);
    expect(result.code, result.stderr).toBe(0);

    expect(read(dir, "src/shared/version.ts")).toContain('export const VERSION = "0.9.0";');
    for (const file of [
      "schemas/policy.schema.json",
      "schemas/plan.schema.json",
      "schemas/emulator-state.schema.json",
    ]) {
      expect(JSON.parse(read(dir, file)).$id).toBe(
        `https://raw.githubusercontent.com/cursor-policy/cursor-policy/v0.9.0/${file}`,
      );
    }
    const notes = await script("changelog-section.mjs", [
      "v0.9.0",
      "--file",
      path.join(dir, "CHANGELOG.md"),
    ]);
    expect(notes.stdout).toBe(unreleased.stdout);
    const text = read(dir, "CHANGELOG.md");
    expect(text).toContain("## [Unreleased]\n\n## [0.9.0] - 2027-01-15\n");
    expect(text).toContain(
      "[Unreleased]: https://github.com/cursor-policy/cursor-policy/compare/v0.9.0...HEAD\n[0.9.0]: https://github.com/cursor-policy/cursor-policy/releases/tag/v0.9.0",
    );

    // Run again (npm version retried): nothing changes.
    const before = read(dir, "CHANGELOG.md");
    expect((await script("sync-version.mjs", ["--root", dir, "--date", "2027-02-01"])).code).toBe(
      0,
    );
    expect(read(dir, "CHANGELOG.md")).toBe(before);
  });

  it("refuses a release with empty notes and leaves every file as it was", async () => {
    const dir = releaseTree(
      "0.9.0",
      "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-22\n\n- first\n",
    );
    const versionBefore = read(dir, "src/shared/version.ts");
    const schemaBefore = read(dir, "schemas/policy.schema.json");
    const result = await script("sync-version.mjs", ["--root", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "CHANGELOG.md: the Unreleased section is empty; list what changes for users in 0.9.0 before releasing it",
    );
    expect(read(dir, "src/shared/version.ts")).toBe(versionBefore);
    expect(read(dir, "schemas/policy.schema.json")).toBe(schemaBefore);
  });
});
