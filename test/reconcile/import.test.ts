// importPolicy against the emulator: what it writes, what it warns about, and that the files plan
// empty against the team they came from (importPolicy proves that itself before returning).

import { describe, expect, it } from "vitest";
import { readLiveState } from "../../src/api/live-state.js";
import { IMPORT_FILE_NAMES, importPolicy } from "../../src/core/import.js";
import { planAgainstLive } from "../../src/core/reconcile.js";
import { demoTeamState } from "../../src/emulator/index.js";
import { loadPolicyFiles } from "../../src/policy/load.js";
import { startReconcile, teamState } from "./support.js";

async function importFrom(setup: Awaited<ReturnType<typeof startReconcile>>) {
  const live = await readLiveState(setup.connection.reader, { directoryGroups: true });
  const result = importPolicy(live);
  const loaded = loadPolicyFiles(result.files.map((f) => ({ path: f.name, text: f.text })));
  if (!loaded.ok) throw new Error("the imported files do not load");
  const { plan } = await planAgainstLive(loaded.desired, setup.connection.reader, {
    allowDeletes: false,
  });
  return { result, plan, text: (name: string) => result.files.find((f) => f.name === name)?.text };
}

describe("importPolicy against the emulator", () => {
  it("imports the demo team compactly: the common limit as default, exceptions by user", async () => {
    const setup = await startReconcile({ state: demoTeamState() });
    const { result, plan, text } = await importFrom(setup);

    expect(result.warnings).toEqual([]);
    expect(plan.changes).toEqual([]);
    const limits = text(IMPORT_FILE_NAMES.spendLimits) ?? "";
    expect(limits).toContain("  default: 100\n");
    expect(limits).toContain("    ada.lovelace@acme.example: none\n");
    expect(limits).not.toContain("alan.turing@acme.example");
    const blocklists = text(IMPORT_FILE_NAMES.blocklists) ?? "";
    // The policy owns the team's blocklists from now on: one made by hand later is drift.
    expect(blocklists).toContain("prune: true");
    expect(blocklists).toContain("a blocklist made outside this policy (in the dashboard) is");
    expect(blocklists).toContain("https://github.com/acme/marketing-site:");
    const groups = text(IMPORT_FILE_NAMES.directoryGroups) ?? "";
    expect(groups).toContain("directoryGroups:\n  Engineering (Okta):\n    limit: 100\n");
    expect(groups).toContain("  data-science:\n    limit: 400\n    members:\n");
    expect(groups).toContain("  platform:\n    limit: none\n");
    // Every live group is declared: prune is on, so a group made by hand later is drift.
    expect(groups).toContain("ownership:\n  directoryGroups:\n    prune: true\n");
    // Deterministic: the same team gives byte-identical files.
    expect((await importFrom(setup)).result.files).toEqual(result.files);
  });

  it("leaves out, with a warning, what a policy cannot say, and still plans empty", async () => {
    const setup = await startReconcile({
      state: teamState(
        [{ email: "ana@x.io", monthlyLimitDollars: 0 }],
        [
          { id: "repo_empty", url: "https://github.com/acme/empty", patterns: [] },
          { id: "repo_a1", url: "https://github.com/acme/api", patterns: ["*.env"] },
          { id: "repo_a2", url: "git@github.com:acme/api.git", patterns: ["*.pem"] },
        ],
      ),
      shape: "legacy",
    });
    const { result, plan, text } = await importFrom(setup);

    expect(result.warnings).toEqual([
      expect.stringContaining("ana@x.io: the API answered in the legacy shape"),
      expect.stringContaining("git@github.com:acme/api.git (repo_a2) is another spelling"),
      expect.stringContaining(
        "https://github.com/acme/empty (repo_empty) has no patterns, which a policy cannot declare; listed under ownership.ignore",
      ),
    ]);
    const blocklists = text(IMPORT_FILE_NAMES.blocklists) ?? "";
    // Not declared (a policy has no empty pattern list), but ignored: no plan touches it.
    expect(blocklists).not.toContain("https://github.com/acme/empty:");
    expect(blocklists).toContain('- "https://github.com/acme/empty"');
    // A second spelling of a declared repo: prune would delete it, so prune stays off.
    expect(blocklists).toContain("prune: false");
    expect(plan.changes).toEqual([]);
    expect(plan.notes.map((n) => n.kind).sort()).toEqual([
      "ambiguous-zero-limit",
      "duplicate-blocklist",
      "ignored-blocklist",
    ]);
    // The legacy shape has no directory groups: no file for them.
    expect(text(IMPORT_FILE_NAMES.directoryGroups)).toBeUndefined();
  });

  it("leaves out a directory group whose name a policy cannot declare, with a warning", async () => {
    const state = teamState([{ email: "ana@x.io", monthlyLimitDollars: 5 }]);
    const setup = await startReconcile({
      state: {
        ...state,
        directoryGroups: [
          {
            id: "team_group_ok",
            name: "research",
            monthlySpendingLimitDollars: 50,
            memberIds: [state.members[0]?.id ?? ""],
          },
          {
            id: "team_group_tab",
            name: "tab\there",
            monthlySpendingLimitDollars: null,
            memberIds: [],
          },
        ],
      },
    });
    const { result, plan, text } = await importFrom(setup);
    expect(result.warnings).toEqual([
      expect.stringContaining(
        'directory group "tab\\there" (team_group_tab) has a name a policy cannot declare',
      ),
    ]);
    expect(text(IMPORT_FILE_NAMES.directoryGroups)).toContain(
      "  research:\n    limit: 50\n    members:\n      - ana@x.io\n",
    );
    // Prune would delete the group left out: it stays off.
    expect(text(IMPORT_FILE_NAMES.directoryGroups)).toContain("    prune: false\n");
    expect(plan.changes).toEqual([]);
    expect(plan.notes).toContainEqual({
      kind: "unmanaged-directory-group",
      name: "tab\there",
      id: "team_group_tab",
    });
  });

  it("with no second spellings, prune is on and the empty entry stays out of reach", async () => {
    const setup = await startReconcile({
      state: teamState(
        [{ email: "ana@x.io", monthlyLimitDollars: 10 }],
        [
          { id: "repo_empty", url: "https://github.com/acme/empty", patterns: [] },
          { id: "repo_a1", url: "https://github.com/acme/api", patterns: ["*.env"] },
        ],
      ),
    });
    const { plan, text } = await importFrom(setup);
    expect(text(IMPORT_FILE_NAMES.blocklists)).toContain("prune: true");
    expect(plan.changes).toEqual([]);
    expect(plan.notes.map((n) => n.kind)).toEqual(["ignored-blocklist"]);
  });
});
