// The example policies and every YAML example in docs/policy-language.md are checked here, and
// the schema is checked for what editors and ajv need: it compiles in strict mode, and every
// property carries a description. The error catalogue documents every code, with its severity.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { loadPolicyDir, loadPolicyFiles } from "../../src/policy/load.js";
import { PROBLEM_CODES } from "../../src/policy/problems.js";

const ROOT = path.join(import.meta.dirname, "../..");
const DOC = readFileSync(path.join(ROOT, "docs/policy-language.md"), "utf8");
const SCHEMA: object = JSON.parse(
  readFileSync(path.join(ROOT, "schemas/policy.schema.json"), "utf8"),
);

interface CodeBlock {
  readonly info: string;
  readonly text: string;
  /** 1-based line of the block's first content line in the Markdown file. */
  readonly line: number;
}

function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const match of markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const line = markdown.slice(0, match.index).split("\n").length + 1;
    blocks.push({ info: (match[1] ?? "").trim(), text: match[2] ?? "", line });
  }
  return blocks;
}

const yamlBlocks = codeBlocks(DOC).filter((block) => block.info === "yaml");
const invalidBlocks = codeBlocks(DOC).filter((block) => block.info === "yaml invalid");

describe("example policies", () => {
  it("policies/ is valid, without a single warning, and split across files", async () => {
    const result = await loadPolicyDir(path.join(ROOT, "policies"), { displayRoot: ROOT });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.desired.files).toEqual([
      "blocklists.yaml",
      "directory-groups.yaml",
      "guardrails.yaml",
      "spend-limits.yaml",
    ]);
  });

  it("every example policy file starts with the $schema line for editors", () => {
    for (const name of readdirSync(path.join(ROOT, "policies"))) {
      const text = readFileSync(path.join(ROOT, "policies", name), "utf8");
      expect(text.split("\n")[0], name).toBe(
        "# yaml-language-server: $schema=../schemas/policy.schema.json",
      );
    }
  });
});

describe("docs/policy-language.md", () => {
  it("has valid and invalid YAML examples to check", () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(7);
    expect(invalidBlocks.length).toBeGreaterThanOrEqual(10);
  });

  it.each(yamlBlocks.map((block) => [block.line, block] as const))(
    "the yaml example at line %i is a valid policy with no warnings",
    (_line, block) => {
      const result = loadPolicyFiles([{ path: "policies/example.yaml", text: block.text }]);
      expect(result.problems).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it.each(invalidBlocks.map((block) => [block.line, block] as const))(
    "the invalid example at line %i reports the code it documents",
    (_line, block) => {
      const expected = /^# expect: ([a-z0-9.-]+)$/m.exec(block.text)?.[1];
      expect(expected, "an invalid example starts with `# expect: <code>`").toBeDefined();
      const headings = [
        ...DOC.slice(0, DOC.split("\n").slice(0, block.line).join("\n").length).matchAll(
          /^#### `([a-z0-9.-]+)`/gm,
        ),
      ];
      expect(headings.at(-1)?.[1], "the example sits under the heading of its code").toBe(expected);
      const result = loadPolicyFiles([{ path: "policies/example.yaml", text: block.text }]);
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.code)).toContain(expected);
    },
  );

  it("documents every problem code, with its severity, in the error catalogue", () => {
    const documented = new Map(
      [...DOC.matchAll(/^#### `([a-z0-9.-]+)` \((error|warning)\)$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(Object.fromEntries(documented)).toEqual(PROBLEM_CODES);
  });
});

describe("schemas/policy.schema.json", () => {
  it("compiles in ajv strict mode", () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(() => ajv.compile(SCHEMA)).not.toThrow();
  });

  it("gives every property, item and value schema a description", () => {
    const missing: string[] = [];
    const isObject = (value: unknown): value is Record<string, unknown> =>
      value !== null && typeof value === "object" && !Array.isArray(value);
    const described = (child: unknown, at: string) => {
      if (isObject(child) && !("description" in child)) missing.push(at);
    };
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) {
        node.forEach((child, index) => {
          visit(child, `${where}/${index}`);
        });
        return;
      }
      if (!isObject(node)) return;
      const properties = isObject(node.properties) ? node.properties : {};
      for (const [name, child] of Object.entries(properties)) {
        described(child, `${where}/properties/${name}`);
      }
      described(node.items, `${where}/items`);
      described(node.additionalProperties, `${where}/additionalProperties`);
      for (const [key, child] of Object.entries(node)) visit(child, `${where}/${key}`);
    };
    visit(SCHEMA, "#");
    expect(missing).toEqual([]);
  });

  it("is what the loader validates against (the same file the editors use)", () => {
    const result = loadPolicyFiles([{ path: "p.yaml", text: "version: 1\nsurprise: true\n" }]);
    expect(result.problems.map((p) => p.code)).toEqual(["unknown-key"]);
  });
});
