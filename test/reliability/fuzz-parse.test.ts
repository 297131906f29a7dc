// Fuzzing the API response parsers (src/api/parse.ts): whatever JSON a server sends — random
// values, bodies shaped almost like the real ones with wrong, missing or hostile fields, bodies
// nested thousands of levels deep — each parser returns a value or throws a ShapeError naming
// the field. Never another exception (that would surface as an "internal error"), never a hang.
// The policy loader has its own property tests (test/policy/properties.test.ts).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseAuditLogs,
  parseBlocklists,
  parseDailyUsage,
  parseMembers,
  parseSpendLimitResult,
  parseSpendPage,
  parseUsageEvents,
  readErrorBody,
} from "../../src/api/parse.js";
import { MAX_JSON_DEPTH, ShapeError } from "../../src/api/response-reader.js";
import { recordFigures } from "./support.js";

const SEED = Number(process.env.FC_SEED ?? 20_261_122);
const RUNS = Number(process.env.FC_RUNS ?? 300);

const PARSERS: Record<string, (value: unknown) => unknown> = {
  parseMembers,
  parseSpendPage,
  parseBlocklists,
  parseSpendLimitResult,
  parseDailyUsage,
  parseUsageEvents,
  parseAuditLogs,
};

/** Keys that trip up naive code: prototype names, empty, unicode. */
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", ""];

/** A value a field might hold on a bad day. */
const messy: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53 + 1, 1e308),
  fc.string(),
  fc.constantFrom("", " ", "0", "1.5", "2026-11-01T00:00:00Z", "not a date", "\u0000", "🙂"),
  fc.jsonValue({ maxDepth: 2 }),
);

/** An object with some of `keys` (and maybe hostile ones), each holding a messy value. */
function objectWith(
  keys: readonly string[],
  values = messy,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.constantFrom(...keys, ...HOSTILE_KEYS), values, {
    maxKeys: keys.length + 2,
  });
}

function listOf(name: string, item: fc.Arbitrary<unknown>, extra: readonly string[] = []) {
  return fc
    .tuple(fc.array(fc.oneof(item, messy), { maxLength: 6 }), objectWith(extra))
    .map(([items, rest]) => ({ ...rest, [name]: items }));
}

/** Bodies shaped almost like each endpoint's real answer. */
const NEAR_VALID: Record<string, fc.Arbitrary<unknown>> = {
  parseMembers: listOf("teamMembers", objectWith(["name", "email", "role", "id", "isRemoved"])),
  parseSpendPage: listOf(
    "teamMemberSpend",
    objectWith([
      "name",
      "email",
      "role",
      "userId",
      "spendCents",
      "overallSpendCents",
      "fastPremiumRequests",
      "monthlyLimitDollars",
      "hardLimitOverrideDollars",
      "hardLimitOverrideUSDR",
      "effectivePerUserLimitDollars",
    ]),
    ["subscriptionCycleStart", "totalMembers", "totalPages"],
  ),
  parseBlocklists: listOf("repos", objectWith(["id", "url", "patterns"])),
  parseSpendLimitResult: objectWith(["outcome", "message"]),
  parseDailyUsage: listOf(
    "data",
    objectWith(["date", "email", "isActive", "mostUsedModel", "totalLinesAdded", "chatRequests"]),
    ["pagination", "totalPages"],
  ),
  parseUsageEvents: listOf(
    "usageEvents",
    objectWith([
      "timestamp",
      "userEmail",
      "model",
      "kind",
      "maxMode",
      "tokenUsage",
      "requestsCosts",
    ]),
    ["pagination"],
  ),
  parseAuditLogs: listOf(
    "events",
    objectWith(["event_id", "event_type", "timestamp", "user_email", "ip_address", "event_data"]),
    ["pagination", "auditLogs", "logs"],
  ),
};

/** Returns "ok" or "shape"; anything else thrown fails the property. */
function outcomeOf(parse: (value: unknown) => unknown, value: unknown): "ok" | "shape" {
  try {
    parse(value);
    return "ok";
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    expect(typeof error.fieldPath).toBe("string");
    expect(error.message.length).toBeGreaterThan(0);
    // Values are described, never dumped: a message stays short whatever the body held.
    expect(error.message.length).toBeLessThan(400);
    return "shape";
  }
}

describe("API response parsers under fuzzing", () => {
  const tally = { cases: 0, ok: 0, shapeErrors: 0 };
  const count = (result: "ok" | "shape") => {
    tally.cases += 1;
    if (result === "ok") tally.ok += 1;
    else tally.shapeErrors += 1;
  };

  it("any JSON value: a parsed value or a ShapeError, for every parser", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        for (const parse of Object.values(PARSERS)) count(outcomeOf(parse, value));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  for (const [name, arbitrary] of Object.entries(NEAR_VALID)) {
    it(`${name}: bodies almost like the real ones`, () => {
      const parse = PARSERS[name];
      if (!parse) throw new Error(`no parser ${name}`);
      const seen = { ok: 0, shape: 0 };
      fc.assert(
        fc.property(arbitrary, (value) => {
          const result = outcomeOf(parse, value);
          seen[result] += 1;
          count(result);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // The arbitrary reaches both outcomes, so it really explores the parser.
      expect(seen.shape).toBeGreaterThan(0);
    });
  }

  it("JSON nested far deeper than any answer: a ShapeError, not a stack overflow", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_JSON_DEPTH, max: 50_000 }),
        fc.boolean(),
        (depth, asObjects) => {
          const open = asObjects ? '{"a":' : "[";
          const close = asObjects ? "}" : "]";
          const deep: unknown = JSON.parse(`${open.repeat(depth)}1${close.repeat(depth)}`);
          const body = { events: [{ event_type: "x", timestamp: 1, event_data: deep }] };
          expect(outcomeOf(parseAuditLogs, body)).toBe("shape");
          count("shape");
        },
      ),
      { seed: SEED, numRuns: 20 },
    );
  });

  it("error bodies: readErrorBody never throws and always says something or nothing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          objectWith(["error", "message", "outcome", "code", "statusCode"]),
        ),
        (value) => {
          const read = readErrorBody(value);
          expect(typeof read.outcomeFailed).toBe("boolean");
          if (read.message !== undefined) expect(read.message.trim()).not.toBe("");
          tally.cases += 1;
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("records the figures", async () => {
    expect(tally.cases).toBeGreaterThan(RUNS * 8);
    await recordFigures("fuzz-parse", { ...tally, crashes: 0 });
  });
});
