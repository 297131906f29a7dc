import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { PLAN_FORMAT_VERSION } from "../../src/model/plan.js";
import { plan } from "../../src/plan/index.js";
import { NOTE_ORDER, VIOLATION_ORDER } from "../../src/plan/order.js";
import { renderJson } from "../../src/render/index.js";
import {
  aBlocklist,
  aDirectoryGroup,
  aLiveBlocklist,
  aLiveGroup,
  aMember,
  defaultLimit,
  desiredState,
  groupLimit,
  liveState,
  memberId,
  noOptions,
  roleLimit,
  userLimit,
} from "../plan/builders.js";
import { samplePlan } from "./sample.js";

const schema = JSON.parse(
  readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8"),
);
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

/** Plans that between them contain every change, note and violation kind the planner emits. */
function variedPlans(): Plan[] {
  const legacy = liveState({
    shape: "legacy",
    members: [
      aMember({ email: "zero@acme.dev", legacy: true, limit: 0 }),
      aMember({ email: "none@acme.dev", legacy: true, limit: 0 }),
    ],
  });
  const legacyDesired = desiredState({
    limits: { users: [userLimit("zero@acme.dev", 0), userLimit("none@acme.dev", null)] },
  });
  const dupLive = liveState({
    members: [
      aMember({ email: "eff@acme.dev", limit: 5, effective: 50 }),
      aMember({ email: "clash@acme.dev", limit: 5 }),
      aMember({ email: "lone@acme.dev", role: "free-owner" }),
    ],
    blocklists: [
      aLiveBlocklist({ id: "r1", url: "https://github.com/acme/api" }),
      aLiveBlocklist({ id: "r2", url: "https://github.com/acme/api.git" }),
      aLiveBlocklist({ url: "https://github.com/acme/stray" }),
      aLiveBlocklist({ url: "https://github.com/acme/vault" }),
    ],
  });
  const dupDesired = (prune: boolean) =>
    desiredState({
      limits: {
        users: [userLimit("eff@acme.dev", 5)],
        groups: [groupLimit("a", ["clash@acme.dev"], 1), groupLimit("b", ["clash@acme.dev"], 2)],
        roles: [roleLimit("member", 5)],
      },
      blocklists: [aBlocklist({ url: "https://github.com/acme/api" })],
      ownership: { prune },
      guardrails: {
        maxDeletes: { count: 1 },
        protectedRepos: ["https://github.com/acme/vault"],
        requireLimitForEveryMember: true,
      },
    });
  return [
    samplePlan(),
    plan(legacyDesired, legacy, noOptions),
    plan(dupDesired(true), dupLive, noOptions),
    plan(dupDesired(true), dupLive, { allowDeletes: true }),
    plan(dupDesired(false), dupLive, noOptions),
    plan(desiredState({ limits: { default: defaultLimit(null) } }), dupLive, noOptions),
    plan(
      desiredState({ limits: { default: defaultLimit(null) } }),
      liveState({ shape: "legacy", members: [aMember({ legacy: true, limit: 30 })] }),
      noOptions,
    ),
    ...groupPlans(),
  ];
}

/** Every directory-group change, note and violation kind. */
function groupPlans(): Plan[] {
  const member = (email: string) => aMember({ email, limit: 50, id: memberId(email) });
  const live = liveState({
    members: [member("ana@acme.dev"), member("bo@acme.dev")],
    directoryGroups: [
      aLiveGroup({ id: "g1", name: "ds", limit: 100, members: ["ana@acme.dev"] }),
      aLiveGroup({ id: "g2", name: "Okta Eng", limit: 10, members: ["bo@acme.dev"] }),
      aLiveGroup({ id: "g3", name: "stale", members: ["bo@acme.dev"] }),
      aLiveGroup({ id: "g4", name: "other" }),
    ],
  });
  const desired = (prune: boolean) =>
    desiredState({
      limits: { users: [userLimit("ana@acme.dev", 50)] },
      directoryGroups: [
        aDirectoryGroup({
          name: "data-science",
          renamedFrom: "ds",
          limit: 400,
          members: ["ana@acme.dev", "bo@acme.dev"],
        }),
        aDirectoryGroup({ name: "new", limit: null, members: ["ana@acme.dev", "later@acme.dev"] }),
      ],
      groupOwnership: { prune, ignore: ["okta*"] },
      guardrails: { maxDeletes: { count: 1 } },
    });
  return [
    plan(desired(true), live, noOptions),
    plan(desired(true), live, { allowDeletes: true, strict: true }),
    plan(desired(false), live, noOptions),
  ];
}

describe("renderJson", () => {
  it("is the plan itself, with its formatVersion", () => {
    const sample = samplePlan();
    const parsed = JSON.parse(renderJson(sample));
    expect(parsed).toEqual(sample);
    expect(parsed.formatVersion).toBe(PLAN_FORMAT_VERSION);
  });

  it("validates against schemas/plan.schema.json (ajv, strict mode) for every kind", () => {
    const plans = variedPlans();
    for (const one of plans) {
      const ok = validate(JSON.parse(renderJson(one)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    const kinds = (pick: (p: Plan) => readonly { kind: string }[]) =>
      new Set(plans.flatMap((p) => pick(p).map((item) => item.kind)));
    expect([...kinds((p) => p.changes)].sort()).toEqual([
      "clear",
      "create",
      "delete",
      "group-create",
      "group-delete",
      "group-members",
      "group-update",
      "set",
      "update",
    ]);
    // duplicate-pattern is reserved for the loader's information; the planner never emits it.
    expect([...kinds((p) => p.notes)].sort()).toEqual(
      NOTE_ORDER.filter((k) => k !== "duplicate-pattern").sort(),
    );
    expect([...kinds((p) => p.violations)].sort()).toEqual([...VIOLATION_ORDER].sort());
  });

  it("rejects what the format does not allow", () => {
    const sample = JSON.parse(renderJson(samplePlan()));
    expect(validate({ ...sample, formatVersion: 1 })).toBe(false);
    expect(validate({ ...sample, formatVersion: 3 })).toBe(false);
    expect(validate({ ...sample, surprise: true })).toBe(false);
    expect(validate({ ...sample, changes: [{ kind: "rename", resource: "blocklist" }] })).toBe(
      false,
    );
    expect(
      validate({ ...sample, notes: [{ kind: "duplicate-pattern", url: "u", pattern: "*" }] }),
    ).toBe(true);
  });

  it("describes every property in the schema", () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`);
        return;
      }
      if (!node || typeof node !== "object") return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === "object") {
        for (const [name, property] of Object.entries(record.properties)) {
          const described = property && typeof property === "object" && "description" in property;
          if (!described) undocumented.push(`${path}.${name}`);
        }
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    walk(schema, "#");
    expect(undocumented).toEqual([]);
  });
});
