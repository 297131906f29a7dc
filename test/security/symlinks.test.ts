// Issue 9, item 1: a pull request can commit a policy "file" that is a symbolic link to a file
// outside the policy directory (.git/config with the checkout token, /etc/passwd). The loader
// must name the link as an error and never read the target, through the real CLI.

import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, demoEmulator } from "../e2e/support.js";
import { runCli } from "../helpers/cli.js";
import { checkout, SMALL_POLICY, tempFolder } from "./support.js";

/** What actions/checkout leaves in .git/config: base64 of `x-access-token:<token>`. */
const CHECKOUT_TOKEN = Buffer.from(
  "x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a",
).toString("base64");
const GIT_CONFIG = `[core]
\trepositoryformatversion = 0
[http "https://github.com/"]
\textraheader = AUTHORIZATION: basic ${CHECKOUT_TOKEN}
`;

async function repoWithLink(
  context: Parameters<typeof checkout>[0],
  target: (root: string) => string,
): Promise<string> {
  const root = await checkout(context, {
    "policies/limits.yaml": SMALL_POLICY,
    ".git/config": GIT_CONFIG,
  });
  await symlink(target(root), path.join(root, "policies", "zz.yaml"));
  return root;
}

function expectLinkRefused(output: string): void {
  expect(output).toContain("policies/zz.yaml error symlink-outside-policy-dir");
  expect(output).toContain("it was not read");
  // Nothing of the target: not the token, not the config's words, not the passwd format.
  expect(output).not.toContain(CHECKOUT_TOKEN.slice(0, 12));
  expect(output).not.toContain("extraheader");
  expect(output).not.toContain("repositoryformatversion");
  expect(output).not.toMatch(/root:.:0:0/);
}

// Each test runs the bundled CLI, some of them several times: on a busy two-core machine one
// run can take several seconds, so these get more than the default 20 s (they wait on exits).
describe("policy files are read only from inside the policy tree", { timeout: 90_000 }, () => {
  it("validate refuses policies/zz.yaml -> ../.git/config and names the link", async (context) => {
    const root = await repoWithLink(context, () => "../.git/config");
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.code).toBe(1);
    expectLinkRefused(result.stdout + result.stderr);
  });

  it("validate refuses an absolute link such as -> /etc/passwd", async (context) => {
    const root = await repoWithLink(context, () => "/etc/passwd");
    const result = await runCli(["validate", "--policies", "policies", "--format", "json"], {
      cwd: root,
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: Array<{ code: string; file: string }> };
    expect(report.problems).toContainEqual(
      expect.objectContaining({ code: "symlink-outside-policy-dir", file: "policies/zz.yaml" }),
    );
    expect(result.stdout + result.stderr).not.toMatch(/root:.:0:0/);
  });

  it("plan refuses the link before any API call, against the emulator", async (context) => {
    const emulator = await demoEmulator(context);
    const root = await repoWithLink(context, () => "../.git/config");
    const result = await cli(against(emulator, "policies", "plan"), { cwd: root });
    expect(result.code).toBe(1);
    expectLinkRefused(result.stdout + result.stderr);
    expect(emulator.requests()).toEqual([]);
  });

  it("refuses a link to a file elsewhere on the machine, and into a hidden directory", async (context) => {
    const elsewhere = await tempFolder(context, "elsewhere");
    await writeFile(path.join(elsewhere, "secret.yaml"), "version: 1 # SENTINEL-OUTSIDE\n");
    const root = await checkout(context, {
      "policies/limits.yaml": SMALL_POLICY,
      "policies/.hidden/inner.yaml": "version: 1 # SENTINEL-HIDDEN\n",
    });
    await symlink(path.join(elsewhere, "secret.yaml"), path.join(root, "policies", "a.yaml"));
    await symlink(".hidden/inner.yaml", path.join(root, "policies", "b.yaml"));
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("policies/a.yaml error symlink-outside-policy-dir");
    expect(result.stdout).toContain("policies/b.yaml error symlink-outside-policy-dir");
    expect(result.stdout).not.toContain("SENTINEL");
  });

  it("refuses a policy directory that is itself a link out of the repository", async (context) => {
    const elsewhere = await tempFolder(context, "elsewhere");
    await writeFile(path.join(elsewhere, "x.yaml"), "version: 1 # SENTINEL-DIR\n");
    const root = await checkout(context, { "README.md": "a checkout\n" });
    await symlink(elsewhere, path.join(root, "policies"));
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("policies error symlink-outside-policy-dir");
    expect(result.stdout).not.toContain("SENTINEL");
  });

  it("still follows a link that stays inside the policy directory", async (context) => {
    const root = await checkout(context, { "policies/shared/limits.yaml": SMALL_POLICY });
    await mkdir(path.join(root, "policies", "team"), { recursive: true });
    await symlink("../shared/limits.yaml", path.join(root, "policies", "team", "limits.yaml"));
    await symlink("shared", path.join(root, "policies", "linked-dir"));
    const result = await runCli(["validate", "--policies", "policies"], { cwd: root });
    // Followed once through the file link (a duplicate user proves it was read), never through
    // the directory link.
    expect(result.stdout).toContain("duplicate-user");
    expect(result.stdout).toContain("policies/team/limits.yaml");
    expect(result.stdout).not.toContain("linked-dir");
  });
});
