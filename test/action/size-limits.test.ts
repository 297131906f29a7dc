// Cutting Markdown to GitHub's limits, and policy problems as annotations.
import { describe, expect, it } from "vitest";
import { MAX_ANNOTATIONS_PER_TYPE, problemAnnotations } from "../../src/action/annotations.js";
import type { PolicyProblem } from "../../src/policy/problems.js";
import { truncateMarkdown, utf8Bytes } from "../../src/render/github/size-limits.js";

describe("truncateMarkdown", () => {
  const note = (omitted: number) => `_${omitted} more lines in the job summary_`;

  it("leaves text that fits alone", () => {
    expect(truncateMarkdown("a\nb", 10, note)).toEqual({ text: "a\nb", truncated: false });
  });

  it("cuts at a line, stays within the limit and says how much is missing", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `| row ${i} | value |`).join("\n");
    const { text: cut, truncated } = truncateMarkdown(text, 2000, note);
    expect(truncated).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(2000);
    const kept = cut.split("\n").filter((line) => line.startsWith("| row")).length;
    expect(cut).toContain(`_${1000 - kept} more lines in the job summary_`);
    expect(cut.split("\n").at(-1)).toBe(note(1000 - kept));
  });

  it("closes a fold and a code block it cut through, so the note stays visible", () => {
    const text = [
      "<details><summary>Changes</summary>",
      "",
      "```diff",
      ...Array.from({ length: 500 }, (_, i) => `+ pattern-${i}`),
      "```",
      "</details>",
    ].join("\n");
    const { text: cut } = truncateMarkdown(text, 1500, note);
    expect(cut).toMatch(
      /\+ pattern-\d+\n```\n\n<\/details>\n\n_\d+ more lines in the job summary_$/,
    );
    expect(cut.length).toBeLessThanOrEqual(1500);
  });

  it("can measure in UTF-8 bytes for the job summary", () => {
    const text = "é".repeat(3000);
    const lines = Array.from({ length: 10 }, () => text).join("\n");
    const { text: cut } = truncateMarkdown(lines, 10_000, note, utf8Bytes);
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(10_000);
    expect(cut.startsWith(text)).toBe(true);
  });
});

describe("problemAnnotations", () => {
  const problem = (overrides: Partial<PolicyProblem>): PolicyProblem => ({
    severity: "error",
    code: "unknown-key",
    message: 'unknown key "limt"',
    hint: 'did you mean "limit"?',
    file: "policies/limits.yaml",
    line: 7,
    column: 5,
    ...overrides,
  });
  const paths = { cwd: "/w", workspace: "/w" };

  it("puts each problem on its file and line, relative to the repository", () => {
    const { annotations, overflow } = problemAnnotations(
      [
        problem({ endLine: 7, endColumn: 9 }),
        problem({
          file: "/w/policies/x.yml",
          line: 0,
          column: 0,
          severity: "warning",
          code: "empty-file",
        }),
      ],
      paths,
    );
    expect(overflow).toEqual([]);
    expect(annotations).toEqual([
      {
        level: "error",
        title: "cursor-policy: unknown-key",
        message: 'unknown key "limt"\nHint: did you mean "limit"?',
        file: "policies/limits.yaml",
        startLine: 7,
        startColumn: 5,
        endLine: 7,
        endColumn: 9,
      },
      {
        level: "warning",
        title: "cursor-policy: empty-file",
        message: 'unknown key "limt"\nHint: did you mean "limit"?',
        file: "policies/x.yml",
      },
    ]);
  });

  it("resolves paths against the working directory when it is not the repository root", () => {
    const { annotations } = problemAnnotations([problem({ file: "policies/a.yaml" })], {
      cwd: "/w/infra",
      workspace: "/w",
    });
    expect(annotations[0]?.file).toBe("infra/policies/a.yaml");
  });

  it("annotates at most 10 of each type and hands the rest back", () => {
    const errors = Array.from({ length: 14 }, (_, i) => problem({ line: i + 1 }));
    const warnings = Array.from({ length: 3 }, (_, i) =>
      problem({ severity: "warning", code: "unused-pattern-set", line: 100 + i }),
    );
    const { annotations, overflow } = problemAnnotations([...warnings, ...errors], paths);
    expect(annotations.filter((a) => a.level === "error")).toHaveLength(MAX_ANNOTATIONS_PER_TYPE);
    expect(annotations.filter((a) => a.level === "warning")).toHaveLength(3);
    expect(overflow.map((p) => p.line)).toEqual([11, 12, 13, 14]);
  });
});
