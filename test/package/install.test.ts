// The npm package as a stranger gets it: `npm pack` of the source under test (bundles built from
// it, as every test uses), installed offline into an empty prefix, then run from an empty
// directory by a Node process that may read only the installed package and its working directory,
// so any reach into the clone (a file, a node_modules) fails instead of passing by accident. The
// tarball has no dependencies, which is why `npm install --offline` of it alone must work.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN_KEY } from "../../src/emulator/index.js";
import { demoEmulator } from "../e2e/support.js";
import { basePath, confinedNodeOptions, type Run, run } from "./support.js";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
const policyFiles = readdirSync(path.join(root, "policies")).sort();
const cliChunks = readdirSync(path.join(root, "dist")).filter((name) =>
  /^cli-chunk-.*\.js$/.test(name),
);

const scratch = mkdtempSync(path.join(tmpdir(), "cursor-policy-package-"));
const dirs = {
  stage: path.join(scratch, "stage"),
  packed: path.join(scratch, "packed"),
  prefix: path.join(scratch, "prefix"),
  home: path.join(scratch, "home"),
  cache: path.join(scratch, "npm-cache"),
  work: path.join(scratch, "work"),
};
const installed = path.join(dirs.prefix, "lib", "node_modules", ...manifest.name.split("/"));

/** npm with a fresh cache and home: nothing from this machine's npm setup takes part. */
function npm(args: readonly string[], cwd: string): Promise<Run> {
  return run("npm", args, {
    cwd,
    env: {
      PATH: basePath(),
      HOME: dirs.home,
      npm_config_cache: dirs.cache,
      npm_config_userconfig: path.join(dirs.home, ".npmrc"),
      npm_config_update_notifier: "false",
    },
  });
}

/** The installed `cursor-policy`, confined to the installed package and `cwd`. */
function cursorPolicy(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Run> {
  return run(path.join(dirs.prefix, "bin", "cursor-policy"), args, {
    cwd,
    env: {
      PATH: basePath(path.join(dirs.prefix, "bin")),
      HOME: dirs.home,
      NO_COLOR: "1",
      NODE_OPTIONS: confinedNodeOptions([dirs.prefix], [cwd]),
      ...env,
    },
  });
}

function workDir(name: string): string {
  const dir = path.join(dirs.work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

let packed: { filename: string; files: { path: string }[] };

beforeAll(async () => {
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dirs.home, ".npmrc"), "");
  // The repository as a fresh clone has it, with dist/ built from the source under test.
  const skipped = new Set(["node_modules", ".git", "dist", ".tmp", "coverage"]);
  cpSync(root, dirs.stage, {
    recursive: true,
    filter: (source) => !skipped.has(path.relative(root, source).split(path.sep)[0] ?? ""),
  });
  cpSync(inject("distDir"), path.join(dirs.stage, "dist"), { recursive: true });

  const pack = await npm(
    ["pack", "--ignore-scripts", "--json", "--pack-destination", dirs.packed],
    dirs.stage,
  );
  expect(pack.code, pack.stderr).toBe(0);
  const [result] = JSON.parse(pack.stdout) as (typeof packed)[];
  if (!result) throw new Error(`npm pack printed no result: ${pack.stdout}`);
  packed = result;

  const install = await npm(
    [
      "install",
      "--global",
      "--prefix",
      dirs.prefix,
      "--offline",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      path.join(dirs.packed, packed.filename),
    ],
    scratch,
  );
  expect(install.code, install.stderr).toBe(0);
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the packed tarball", () => {
  it("holds what a user runs and reads, and nothing else", () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(
      [
        "CHANGELOG.md",
        "LICENSE",
        "README.md",
        "dist/THIRD-PARTY-LICENSES.txt",
        "dist/cli.js",
        // The CLI is split at its lazily loaded commands (scripts/build.mjs).
        ...cliChunks.map((name) => `dist/${name}`),
        "package.json",
        ...policyFiles.map((name) => `policies/${name}`),
        "schemas/emulator-state.schema.json",
        "schemas/plan.schema.json",
        "schemas/policy.schema.json",
      ].sort(),
    );
  });

  it("is a public, scoped package that depends on nothing at run time", () => {
    const shipped = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(shipped.name).toMatch(/^@cursor-policy\//);
    expect(shipped.private).toBeUndefined();
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
      expect(shipped[field], field).toBeUndefined();
    }
    expect(shipped.bin).toEqual({ "cursor-policy": "dist/cli.js" });
    expect(shipped.repository.url).toBe("git+https://github.com/cursor-policy/cursor-policy.git");
    expect(shipped.homepage).toMatch(/^https:\/\/github\.com\/cursor-policy\/cursor-policy/);
    expect(shipped.bugs.url).toBe("https://github.com/cursor-policy/cursor-policy/issues");
    expect(shipped.keywords).toEqual(expect.arrayContaining(["cursor", "policy-as-code"]));
  });

  it("installs offline into an empty prefix as one package, with nothing beside it", () => {
    expect(readdirSync(path.join(dirs.prefix, "lib", "node_modules"))).toEqual(["@cursor-policy"]);
    expect(readdirSync(installed)).not.toContain("node_modules");
    expect(readdirSync(path.join(dirs.prefix, "bin"))).toEqual(["cursor-policy"]);
  });
});

// Each test starts Node processes; on a busy machine that takes far longer than here.
describe("the installed cursor-policy, outside the clone", { timeout: 120_000 }, () => {
  it("cannot read the clone (so the checks below prove what they claim)", async () => {
    const cwd = workDir("sandbox");
    const probe = await run(
      process.execPath,
      [
        "-e",
        `for (const f of process.argv.slice(1)) { try { require("fs").readFileSync(f); console.log("read", f) } catch (e) { console.log(e.code, f) } }`,
        path.join(root, "package.json"),
        path.join(installed, "package.json"),
      ],
      { cwd, env: { PATH: basePath(), NODE_OPTIONS: confinedNodeOptions([dirs.prefix], [cwd]) } },
    );
    expect(probe.stdout).toBe(
      `ERR_ACCESS_DENIED ${path.join(root, "package.json")}\nread ${path.join(installed, "package.json")}\n`,
    );
  });

  it("--version prints the package's version", async () => {
    const result = await cursorPolicy(["--version"], workDir("version"));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(manifest.version);
  });

  it("validate checks a copied example policy, and names the line of a broken one", async () => {
    const cwd = workDir("validate");
    cpSync(path.join(root, "policies"), path.join(cwd, "policies"), { recursive: true });
    const valid = await cursorPolicy(["validate"], cwd);
    expect(valid.code, valid.stderr + valid.stdout).toBe(0);
    expect(valid.stdout).toMatch(new RegExp(`^policies: valid\\. ${policyFiles.length} files;`));

    writeFileSync(
      path.join(cwd, "policies", "broken.yaml"),
      "version: 1\nspendLimits:\n  default: $100\n",
    );
    const broken = await cursorPolicy(["validate"], cwd);
    expect(broken.code).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/broken\.yaml:3:/);
  });

  it("demo runs in an empty directory on the example policies the package ships", async () => {
    const result = await cursorPolicy(["demo"], workDir("demo"));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `==> cursor-policy validate --policies ${path.join(installed, "policies")}`,
    );
    expect(result.stdout).toContain("verified: live state matches policy");
    expect(result.stdout).toContain("No changes. Live state matches policy.");
  });

  it("import writes the schema's tag-pinned URL, never a path into the installation", async ({
    onTestFinished,
  }) => {
    const emulator = await demoEmulator({ onTestFinished });
    const cwd = workDir("import");
    const result = await cursorPolicy(
      ["import", "--out", "policies", "--base-url", emulator.url],
      cwd,
      {
        CURSOR_API_KEY: DEMO_ADMIN_KEY,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const written = readdirSync(path.join(cwd, "policies")).sort();
    expect(written).toEqual(["blocklists.yaml", "directory-groups.yaml", "spend-limits.yaml"]);
    for (const name of written) {
      const text = readFileSync(path.join(cwd, "policies", name), "utf8");
      expect(text.split("\n")[0]).toBe(
        `# yaml-language-server: $schema=https://raw.githubusercontent.com/cursor-policy/cursor-policy/v${manifest.version}/schemas/policy.schema.json`,
      );
      expect(text).not.toContain(dirs.prefix);
    }
  });
});
