// The schemas' stable address: each `$id` is the raw URL of the file at the release's tag, kept in
// step with package.json's version (scripts/sync-version.mjs moves them together), and `import`
// writes that URL into policy files unless the repository written to keeps its own copy of the
// schema, in which case it writes the path to that copy relative to the output directory.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/shared/version.js";
import { cli, demoEmulator, tempDir } from "../e2e/support.js";

const root = path.resolve(import.meta.dirname, "../..");
const readJson = (file: string) =>
  JSON.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, unknown>;
const { version } = readJson("package.json") as { version: string };
const schemaUrl = (file: string) =>
  `https://raw.githubusercontent.com/cursor-policy/cursor-policy/v${version}/${file}`;

describe("one version everywhere", () => {
  it("package.json, package-lock.json and --version agree", () => {
    const lock = readJson("package-lock.json") as {
      version: string;
      packages: Record<string, { version?: string }>;
    };
    expect(lock.version).toBe(version);
    expect(lock.packages[""]?.version).toBe(version);
    expect(VERSION).toBe(version);
  });

  it.each([
    "schemas/policy.schema.json",
    "schemas/plan.schema.json",
    "schemas/emulator-state.schema.json",
  ])("%s has the tag-pinned raw URL of this version as its $id", (file) => {
    expect(readJson(file).$id).toBe(schemaUrl(file));
  });
});

describe("the $schema line import writes", { timeout: 120_000 }, () => {
  async function importInto(
    context: Parameters<typeof demoEmulator>[0],
    repository: string,
    out: string,
  ): Promise<string> {
    const emulator = await demoEmulator(context);
    const result = await cli(["import", "--out", out, "--base-url", emulator.url], {
      cwd: repository,
    });
    expect(result.code, result.stderr).toBe(0);
    const first = readFileSync(path.join(repository, out, "spend-limits.yaml"), "utf8").split(
      "\n",
    )[0];
    const other = readFileSync(path.join(repository, out, "blocklists.yaml"), "utf8").split(
      "\n",
    )[0];
    expect(other).toBe(first);
    return first ?? "";
  }

  it("is the tag-pinned URL in a repository without the schema", async ({ onTestFinished }) => {
    const repository = await tempDir({ onTestFinished }, "schema-url");
    mkdirSync(path.join(repository, ".git"));
    expect(await importInto({ onTestFinished }, repository, "policies")).toBe(
      `# yaml-language-server: $schema=${schemaUrl("schemas/policy.schema.json")}`,
    );
  });

  it("is the relative path to the repository's own copy of the schema", async ({
    onTestFinished,
  }) => {
    const repository = await tempDir({ onTestFinished }, "schema-copy");
    mkdirSync(path.join(repository, ".git"));
    cpSync(path.join(root, "schemas"), path.join(repository, "schemas"), { recursive: true });
    expect(await importInto({ onTestFinished }, repository, "config/cursor")).toBe(
      "# yaml-language-server: $schema=../../schemas/policy.schema.json",
    );
  });

  it("is the URL when the repository's schemas/policy.schema.json belongs to another tool", async ({
    onTestFinished,
  }) => {
    const repository = await tempDir({ onTestFinished }, "schema-other");
    mkdirSync(path.join(repository, ".git"));
    mkdirSync(path.join(repository, "schemas"));
    writeFileSync(
      path.join(repository, "schemas", "policy.schema.json"),
      JSON.stringify({ title: "some other policy", type: "object" }),
    );
    expect(await importInto({ onTestFinished }, repository, "policies")).toBe(
      `# yaml-language-server: $schema=${schemaUrl("schemas/policy.schema.json")}`,
    );
  });
});
