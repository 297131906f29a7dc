// docs/releasing.md, played through on a copy of the repository: `npm version` makes one release
// commit (version everywhere, notes moved, dist/ rebuilt) and an annotated tag, and the commands
// the docs give for pinning and for moving the major tag by hand do what they say.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { basePath, run } from "./support.js";

const root = path.resolve(import.meta.dirname, "../..");
const releasing = readFileSync(path.join(root, "docs/releasing.md"), "utf8");
const scratch = mkdtempSync(path.join(tmpdir(), "cursor-policy-release-"));
const repo = path.join(scratch, "repo");
const NEXT = "0.9.0";

const env = {
  PATH: basePath(),
  HOME: scratch,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "release test",
  GIT_AUTHOR_EMAIL: "release@example.invalid",
  GIT_COMMITTER_NAME: "release test",
  GIT_COMMITTER_EMAIL: "release@example.invalid",
  npm_config_cache: path.join(scratch, "npm-cache"),
  npm_config_userconfig: path.join(scratch, ".npmrc"),
  npm_config_update_notifier: "false",
};
const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: repo, env, encoding: "utf8" }).trim();

let unreleasedNotes = "";

beforeAll(async () => {
  const skipped = new Set(["node_modules", ".git", "dist", ".tmp", "coverage"]);
  cpSync(root, repo, {
    recursive: true,
    filter: (source) => !skipped.has(path.relative(root, source).split(path.sep)[0] ?? ""),
  });
  cpSync(inject("distDir"), path.join(repo, "dist"), { recursive: true });
  // The build that `npm version` runs needs esbuild; node_modules stays out of git as in a clone.
  symlinkSync(path.join(root, "node_modules"), path.join(repo, "node_modules"), "dir");
  writeFileSync(env.npm_config_userconfig, "");
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("commit", "--quiet", "--message", "before the release");
  unreleasedNotes = execFileSync(
    process.execPath,
    ["scripts/changelog-section.mjs", "Unreleased"],
    { cwd: repo, encoding: "utf8" },
  );

  const version = await run("npm", ["version", NEXT], { cwd: repo, env });
  expect(version.code, version.stderr + version.stdout).toBe(0);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm version (docs/releasing.md, making a release)", { timeout: 60_000 }, () => {
  it("commits everything it changed in one release commit, leaving nothing behind", () => {
    expect(git("log", "-1", "--format=%s")).toBe(NEXT);
    expect(git("status", "--porcelain")).toBe("");
    const changed = git("diff", "--name-only", "HEAD~1", "HEAD").split("\n");
    expect(changed).toEqual(
      expect.arrayContaining([
        "CHANGELOG.md",
        "package.json",
        "package-lock.json",
        "schemas/plan.schema.json",
        "schemas/policy.schema.json",
        "src/shared/version.ts",
      ]),
    );
  });

  it("writes the version everywhere and moves the Unreleased notes to the release", () => {
    const show = (file: string) => git("show", `HEAD:${file}`);
    expect(JSON.parse(show("package.json")).version).toBe(NEXT);
    expect(show("src/shared/version.ts")).toContain(`export const VERSION = "${NEXT}";`);
    expect(JSON.parse(show("schemas/policy.schema.json")).$id).toBe(
      `https://raw.githubusercontent.com/cursor-policy/cursor-policy/v${NEXT}/schemas/policy.schema.json`,
    );
    const notes = execFileSync(process.execPath, ["scripts/changelog-section.mjs", `v${NEXT}`], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(notes).toBe(unreleasedNotes);
    // The rebuilt bundle in the release commit reports the new version.
    const cli = execFileSync(process.execPath, [path.join(repo, "dist/cli.js"), "--version"], {
      encoding: "utf8",
    });
    expect(cli.trim()).toBe(NEXT);
  });

  it("tags the release commit with an annotated tag", () => {
    expect(git("cat-file", "-t", `v${NEXT}`)).toBe("tag");
    expect(git("rev-parse", `v${NEXT}^{commit}`)).toBe(git("rev-parse", "HEAD"));
  });
});

describe("the documented commands", { timeout: 60_000 }, () => {
  it("git ls-remote with the peeled tag prints the release's commit, not the tag object", () => {
    const documented = /^git ls-remote (\S+) '(refs\/tags\/v[\d.]+\^\{\})'$/m.exec(releasing);
    expect(documented?.[1]).toBe("https://github.com/cursor-policy/cursor-policy");
    const ref = (documented?.[2] ?? "").replace(/v[\d.]+/, `v${NEXT}`);
    const printed = git("ls-remote", repo, ref);
    const commit = git("rev-parse", "HEAD");
    expect(printed).toBe(`${commit}\trefs/tags/v${NEXT}^{}`);
    // Without the ^{} the same command prints the tag object, which `uses:` cannot run.
    expect(git("ls-remote", repo, `refs/tags/v${NEXT}`).split("\t")[0]).not.toBe(commit);
  });

  it("the hand-made major tag move points v0 at the release's commit", () => {
    const documented = /`git tag --force v0 '(v[\d.]+)\^\{\}' && git push --force origin v0`/.exec(
      releasing,
    );
    expect(documented).not.toBeNull();
    git("tag", "--force", "v0", `v${NEXT}^{}`);
    expect(git("rev-parse", "v0")).toBe(git("rev-parse", "HEAD"));
  });
});
