// The bundles validate policies with code Ajv generated at build time (scripts/policy-validator.mjs)
// instead of compiling the schema at start-up. Both must judge every document alike: the same
// verdict and the same errors (with the schema each error points at, which the hints read), on
// the example policies and on every broken fixture.

import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ValidateFunction } from "ajv";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
// @ts-expect-error: a build script in plain JavaScript, without type declarations.
import { precompiledValidatorPlugin } from "../../scripts/policy-validator.mjs";
import { compilePolicyValidator } from "../../src/policy/policy-validator.js";

const root = path.resolve(import.meta.dirname, "../..");
let dir = "";
let precompiled: ValidateFunction;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-validator-"));
  const outfile = path.join(dir, "validator.mjs");
  await build({
    absWorkingDir: root,
    stdin: {
      contents: 'export { compilePolicyValidator } from "./src/policy/policy-validator.ts";',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    plugins: [precompiledValidatorPlugin(root)],
  });
  const module: unknown = await import(pathToFileURL(outfile).href);
  const compile: unknown = Reflect.get(Object(module), "compilePolicyValidator");
  if (typeof compile !== "function")
    throw new Error("the bundle exports no compilePolicyValidator");
  precompiled = compile();
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function yamlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("the precompiled policy validator", () => {
  it("is not Ajv compiling at run time: the bundled code has no compiler in it", async () => {
    const code = await readFile(path.join(dir, "validator.mjs"), "utf8");
    expect(code).not.toContain("new Ajv");
    expect(code).toContain("validate10");
  });

  it("judges the examples and every broken fixture exactly as the schema compiled at run time", async () => {
    const runtime = compilePolicyValidator();
    const files = [
      ...(await yamlFiles(path.join(root, "policies"))),
      ...(await yamlFiles(path.join(root, "test/fixtures/policy"))),
    ];
    let documents = 0;
    let invalid = 0;
    for (const file of files) {
      const text = await readFile(file, "utf8");
      for (const document of parseAllDocuments(text)) {
        // Fixtures that do not even parse (broken YAML) never reach the schema.
        if (!("toJS" in document) || document.errors.length > 0) continue;
        let data: unknown;
        try {
          data = document.toJS();
        } catch {
          continue;
        }
        documents += 1;
        const expected = runtime(data);
        expect(precompiled(data), file).toBe(expected);
        expect(precompiled.errors ?? null, file).toEqual(runtime.errors ?? null);
        if (!expected) invalid += 1;
      }
    }
    expect(documents).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(10);
  });
});
