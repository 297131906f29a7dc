// Saved plans (`plan --out FILE`, `apply --plan FILE`): what is written reads back as it was, and a
// file that is not a saved plan of this format is refused with an error naming the file, the place
// in it and what was found there, before anything talks to the API.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { StalePlanError } from "../../src/core/errors.js";
import { readSavedPlan, toSavedPlan, writeSavedPlan } from "../../src/core/saved-plan.js";
import { samplePlan } from "../render/sample.js";

const DIGEST = "ab".repeat(32);

async function savedFile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "cursor-policy-saved-plan-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, "plan.json");
  await writeSavedPlan(file, toSavedPlan(samplePlan(), DIGEST));
  return file;
}

/** The saved plan in `file`, changed by `edit`, written back. */
async function tamper(file: string, edit: (saved: Record<string, unknown>) => void) {
  const saved: Record<string, unknown> = JSON.parse(await readFile(file, "utf8"));
  edit(saved);
  await writeFile(file, JSON.stringify(saved));
}

async function refusal(file: string): Promise<StalePlanError> {
  const error = await readSavedPlan(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof StalePlanError))
    throw new Error(`expected a StalePlanError, got ${error}`);
  return error;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function planOf(saved: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(saved.plan)) throw new Error("no plan");
  return saved.plan;
}

describe("saved plans", () => {
  it("read back exactly as written, every change kind included", async () => {
    const file = await savedFile();
    expect(await readSavedPlan(file)).toEqual(toSavedPlan(samplePlan(), DIGEST));
  });

  it.each([
    {
      what: "another kind of file",
      edit: (saved: Record<string, unknown>) => {
        saved.kind = "terraform/plan";
      },
      detail: '/kind must be "cursor-policy/saved-plan", not "terraform/plan"',
    },
    {
      what: "another format version",
      edit: (saved: Record<string, unknown>) => {
        saved.formatVersion = 1;
      },
      detail: "/formatVersion must be 2, not 1",
    },
    {
      what: "no policy digest",
      edit: (saved: Record<string, unknown>) => {
        delete saved.policyDigest;
      },
      detail: 'the top level has no "policyDigest"',
    },
    {
      what: "a field this version does not know",
      edit: (saved: Record<string, unknown>) => {
        saved.approvedBy = "someone";
      },
      detail: 'the top level has a field this version does not know, "approvedBy"',
    },
    {
      what: "a fingerprint that is not one",
      edit: (saved: Record<string, unknown>) => {
        planOf(saved).fingerprint = "not-a-fingerprint";
      },
      detail: '/plan/fingerprint must match pattern "^[0-9a-f]{64}$" (found "not-a-fingerprint")',
    },
    {
      what: "changes that are not a list",
      edit: (saved: Record<string, unknown>) => {
        planOf(saved).changes = { kind: "set" };
      },
      detail: '/plan/changes must be array (found {"kind":"set"})',
    },
  ])("refuses $what, naming the file and the place", async ({ edit, detail }) => {
    const file = await savedFile();
    await tamper(file, edit);
    const error = await refusal(file);
    expect(error.message).toBe(
      `${file} is not a cursor-policy saved plan (format version 2): ${detail}`,
    );
    expect(error.hint).toContain("cursor-policy plan --out FILE");
  });

  it.each([
    {
      what: "a change of an unknown kind",
      edit: (change: Record<string, unknown>) => {
        change.kind = "rename";
      },
      detail:
        '/plan/changes/0/kind must be one of "create", "update", "delete", "set", "clear", "group-create", "group-update", "group-members", "group-delete", not "rename"',
    },
    {
      what: "a limit that is not a number",
      edit: (change: Record<string, unknown>) => {
        change.after = "100";
      },
      detail: '/plan/changes/0/after must be integer (found "100")',
    },
    {
      what: "a change without its email",
      edit: (change: Record<string, unknown>) => {
        delete change.email;
      },
      detail: '/plan/changes/0 has no "email"',
    },
  ])("refuses $what, naming the change by what its kind requires", async ({ edit, detail }) => {
    const file = await savedFile();
    await tamper(file, (saved) => {
      const plan = planOf(saved);
      if (!Array.isArray(plan.changes)) throw new Error("no changes");
      // The first limit change goes first, so the place named is /plan/changes/0.
      const set = plan.changes.find((change) => isRecord(change) && change.kind === "set");
      if (!isRecord(set)) throw new Error("no limit change in the sample plan");
      edit(set);
      plan.changes = [set];
    });
    const error = await refusal(file);
    expect(error.message).toBe(
      `${file} is not a cursor-policy saved plan (format version 2): ${detail}`,
    );
  });

  it("refuses a file that is not JSON, or is not there", async () => {
    const file = await savedFile();
    await writeFile(file, "{ not json");
    expect((await refusal(file)).message).toBe(`the saved plan ${file} is not valid JSON`);
    const missing = path.join(path.dirname(file), "missing.json");
    expect((await refusal(missing)).message).toBe(`cannot read the saved plan ${missing}: ENOENT`);
  });
});
