import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { PLAN_FORMAT_VERSION } from "../../src/model/plan.js";
import { plan } from "../../src/plan/index.js";
import { NOTE_ORDER, VIOLATION_ORDER, WARNING_ORDER } from "../../src/plan/order.js";
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
  // Ten members raised tenfold, every blocklist pruned, a total above the maximum, a typo, an
  // expired exception and a pending member who has joined.
  const crowd = liveState({
    members: Array.from({ length: 10 }, (_, i) => aMember({ email: `m${i}@acme.dev`, limit: 10 })),
    blocklists: [
      aLiveBlocklist({ url: "https://github.com/acme/one" }),
      aLiveBlocklist({ url: "https://github.com/acme/two" }),
    ],
  });
  const mistakes = desiredState({
    limits: {
      users: [userLimit("m0@acme.dev", 900, 2, "2026-01-01"), userLimit("m9@acme.dvv", 5)],
      default: defaultLimit(100),
    },
    ownership: { prune: true },
    guardrails: { maxTotalLimitDollars: 10 },
    pendingMembers: ["m2@acme.dev"],
  });
  return [
    samplePlan(),
    plan(legacyDesired, legacy, noOptions),
    plan(dupDesired(true), dupLive, noOptions),
    plan(dupDesired(true), dupLive, { ...noOptions, allowDeletes: true }),
    plan(mistakes, crowd, noOptions),
    plan(mistakes, crowd, {
      ...noOptions,
      allowDeletes: true,
      allowLargeChanges: true,
      strict: true,
    }),
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

/** Every directory-group change, note, warning and violation kind. */
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
  const desired = (prune: boolean, pendingMembers?: readonly string[]) =>
    desiredState({
      ...(pendingMembers === undefined ? {} : { pendingMembers }),
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
    plan(desired(true), live, { ...noOptions, allowDeletes: true, strict: true }),
    plan(desired(false), live, noOptions),
    plan(desired(false, ["later@acme.dev"]), live, noOptions),
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
    expect([...kinds((p) => p.warnings)].sort()).toEqual([...WARNING_ORDER].sort());
  });

  it("validates with attribution, and as drift with each change read from the live side", () => {
    const plans = variedPlans();
    for (const one of plans) {
      const attributed: Plan = {
        ...one,
        attribution: {
          status: "partial",
          windowStart: "2026-10-16T00:00:00.000Z",
          windowEnd: "2026-11-15T00:00:00.000Z",
          calls: 10,
          reason: "read the first 10 pages of 500 events only",
          changes: one.changes.map((change, i) => ({
            resource: change.resource,
            key: change.key,
            ...("id" in change ? { id: change.id } : {}),
            changedBy:
              i % 2 === 0
                ? {
                    status: "found",
                    actor: "ana@acme.example",
                    at: "2026-11-30T14:02:00.000Z",
                    eventType: "user_spend_limit",
                    applicationType: "dashboard",
                  }
                : { status: "unknown", reason: "not-found", detail: "no event names it" },
          })),
        },
      };
      for (const mode of ["plan", "drift"] as const) {
        const json = JSON.parse(renderJson(attributed, mode));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect("drift" in json).toBe(mode === "drift");
      }
    }
  });

  it("lists drift risky first, pointing into the changes in apply order", () => {
    const raised = plan(
      desiredState({
        limits: { users: [userLimit("a@acme.dev", 50), userLimit("b@acme.dev", 50)] },
        blocklists: [aBlocklist({ url: "https://github.com/acme/api" })],
      }),
      liveState({
        members: [
          aMember({ email: "a@acme.dev", limit: 10 }),
          aMember({ email: "b@acme.dev", limit: 999 }),
        ],
      }),
      noOptions,
    );
    const json = JSON.parse(renderJson(raised, "drift"));
    expect(json.changes.map((c: { kind: string }) => c.kind)).toEqual(["create", "set", "set"]);
    expect(json.drift).toEqual([
      {
        change: 0,
        resource: "blocklist",
        key: "https://github.com/acme/api",
        kind: "blocklist-deleted",
        risky: true,
      },
      { change: 2, resource: "spendLimit", key: "b@acme.dev", kind: "limit-raised", risky: true },
      { change: 1, resource: "spendLimit", key: "a@acme.dev", kind: "limit-lowered", risky: false },
    ]);
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
