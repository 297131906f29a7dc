#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  require_ajv
} from "./cli-chunk-PLEXBNOR.js";
import {
  AUDIT_LOG_MAX_RANGE_DAYS,
  BULK_SPEND_LIMIT_MAX_UPDATES,
  DAILY_USAGE_MAX_RANGE_DAYS,
  DIRECTORY_GROUP_ENDPOINTS,
  ENDPOINTS,
  ENDPOINT_IDS,
  GROUP_MEMBERS_MAX_PER_CALL
} from "./cli-chunk-XPFRES5K.js";
import {
  systemClock
} from "./cli-chunk-PDWXNEN5.js";
import {
  CursorPolicyError,
  normalizeEmail
} from "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-PI3JQBMS.js";
import {
  __toESM
} from "./cli-chunk-LA6XIGWA.js";

// src/emulator/errors.ts
var EmulatorStateError = class extends CursorPolicyError {
  /** Every problem found, each naming the field: `members[3].email: expected a string, got 42`. */
  problems;
  constructor(source, problems, options = {}) {
    super(`${source} is not a valid emulator state:
  - ${problems.join("\n  - ")}`, {
      hint: "see docs/emulator.md (State file format); delete the file to start again from the demo team",
      cause: options.cause
    });
    this.problems = problems;
  }
};
var EmulatorConfigError = class extends CursorPolicyError {
};

// src/emulator/state-format.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/emulator-state.schema.json
var emulator_state_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/cursor-policy/cursor-policy/v0.1.0/schemas/emulator-state.schema.json",
  title: "cursor-policy emulator state",
  description: "The state of the Cursor Admin API emulator: what `cursor-policy emulator --state FILE` reads and writes, and what PUT /__emulator/state takes. See docs/emulator.md (The state file). Beyond this schema, ids, emails, URLs, keys, event ids and group names must be unique, and group members must be members.",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "team",
    "members",
    "blocklists",
    "apiKeys",
    "usage",
    "auditLog",
    "subscriptionCycleStart"
  ],
  expected: "an object",
  properties: {
    version: {
      description: "The format version.",
      const: 1,
      expected: "1"
    },
    team: {
      description: "The team.",
      type: "object",
      additionalProperties: false,
      required: [
        "name"
      ],
      properties: {
        name: {
          $ref: "#/definitions/string"
        },
        perUserLimitDollars: {
          description: "A team-wide per-user limit; counts in the effective-limit rule.",
          $ref: "#/definitions/limitDollars"
        }
      },
      expected: "an object"
    },
    members: {
      description: "Every member, removed ones included, in join order.",
      type: "array",
      items: {
        description: "A team member.",
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "email",
          "name",
          "role",
          "spendCents",
          "monthlyLimitDollars"
        ],
        properties: {
          id: {
            description: "`user_...`; unique. Served as `id` / `userId` in the current shape.",
            $ref: "#/definitions/nonEmptyString"
          },
          email: {
            description: "Unique, compared case-insensitively after trimming.",
            $ref: "#/definitions/nonEmptyString"
          },
          name: {
            $ref: "#/definitions/string"
          },
          role: {
            description: "owner, member or free-owner; other values are served as they are.",
            $ref: "#/definitions/nonEmptyString"
          },
          isRemoved: {
            description: "Listed with isRemoved: true in the current shape; cannot get limits.",
            $ref: "#/definitions/boolean"
          },
          spendCents: {
            description: "Spend this cycle in cents; may be fractional.",
            $ref: "#/definitions/nonNegative"
          },
          overallSpendCents: {
            description: "Defaults to spendCents.",
            $ref: "#/definitions/nonNegative"
          },
          fastPremiumRequests: {
            $ref: "#/definitions/count"
          },
          monthlyLimitDollars: {
            description: "The member's own limit: whole dollars, or null for none.",
            $ref: "#/definitions/limitDollars"
          },
          groupLimitDollars: {
            description: "A group-level limit not tied to a directory group (a stand-in from before directory groups); counts as one more group limit.",
            $ref: "#/definitions/limitDollars"
          }
        },
        expected: "an object"
      },
      expected: "an array"
    },
    blocklists: {
      description: "Repo blocklists.",
      type: "array",
      items: {
        description: "A repo blocklist.",
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "url",
          "patterns"
        ],
        properties: {
          id: {
            description: "`repo_...`; unique.",
            $ref: "#/definitions/nonEmptyString"
          },
          url: {
            description: "Unique; matched by exact string.",
            $ref: "#/definitions/nonEmptyString"
          },
          patterns: {
            type: "array",
            items: {
              $ref: "#/definitions/string"
            },
            expected: "an array of strings"
          }
        },
        expected: "an object"
      },
      expected: "an array"
    },
    directoryGroups: {
      description: "Directory groups; absent = none.",
      type: "array",
      items: {
        description: "A directory group.",
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "name",
          "monthlySpendingLimitDollars",
          "memberIds"
        ],
        properties: {
          id: {
            description: "`team_group_...`; unique.",
            $ref: "#/definitions/nonEmptyString"
          },
          name: {
            description: "Unique, compared case-insensitively after trimming.",
            $ref: "#/definitions/nonEmptyString"
          },
          monthlySpendingLimitDollars: {
            description: "The group's limit: whole dollars, or null for none.",
            $ref: "#/definitions/limitDollars"
          },
          memberIds: {
            description: "Ids of members (members[].id), each once.",
            type: "array",
            items: {
              $ref: "#/definitions/nonEmptyString"
            },
            expected: "an array of member ids"
          },
          scimSynced: {
            description: "Synced from an identity provider: API writes are refused. Never served.",
            $ref: "#/definitions/boolean"
          }
        },
        expected: "an object"
      },
      expected: "an array"
    },
    features: {
      description: "Which parts of the 2026 surface the team has; absent = all.",
      type: "object",
      additionalProperties: false,
      required: [],
      properties: {
        directoryGroups: {
          description: "false: the directory-group routes answer 404.",
          $ref: "#/definitions/boolean"
        },
        bulkSpendLimits: {
          description: "false: POST /teams/user-spend-limits answers 403 (preview off).",
          $ref: "#/definitions/boolean"
        },
        auditLog: {
          description: "false: GET /teams/audit-logs answers 403.",
          $ref: "#/definitions/boolean"
        }
      },
      expected: "an object"
    },
    apiKeys: {
      description: "API keys.",
      type: "array",
      items: {
        description: "An API key the emulator accepts.",
        type: "object",
        additionalProperties: false,
        required: [
          "key",
          "scope"
        ],
        properties: {
          key: {
            $ref: "#/definitions/nonEmptyString"
          },
          scope: {
            enum: [
              "admin",
              "read-only"
            ],
            expected: '"admin" or "read-only"'
          },
          revoked: {
            $ref: "#/definitions/boolean"
          },
          name: {
            description: "For people and for the audit log's actor (api-key:<name>).",
            $ref: "#/definitions/string"
          }
        },
        expected: "an object"
      },
      expected: "an array"
    },
    usage: {
      description: "Usage data served by the report endpoints.",
      type: "object",
      additionalProperties: false,
      required: [
        "daily",
        "events"
      ],
      properties: {
        daily: {
          description: "Daily usage rows.",
          type: "array",
          items: {
            description: "One member's usage counters for one day.",
            type: "object",
            additionalProperties: false,
            required: [
              "date",
              "email",
              "isActive",
              "mostUsedModel",
              "totalLinesAdded",
              "totalLinesDeleted",
              "acceptedLinesAdded",
              "acceptedLinesDeleted",
              "totalApplies",
              "totalAccepts",
              "totalRejects",
              "totalTabsShown",
              "totalTabsAccepted",
              "composerRequests",
              "chatRequests",
              "agentRequests",
              "cmdkUsages",
              "subscriptionIncludedReqs",
              "apiKeyReqs",
              "usageBasedReqs",
              "bugbotUsages"
            ],
            properties: {
              date: {
                description: "Start of the day, epoch ms.",
                $ref: "#/definitions/epochMs"
              },
              email: {
                $ref: "#/definitions/nonEmptyString"
              },
              isActive: {
                $ref: "#/definitions/boolean"
              },
              mostUsedModel: {
                $ref: "#/definitions/string"
              },
              totalLinesAdded: {
                $ref: "#/definitions/count"
              },
              totalLinesDeleted: {
                $ref: "#/definitions/count"
              },
              acceptedLinesAdded: {
                $ref: "#/definitions/count"
              },
              acceptedLinesDeleted: {
                $ref: "#/definitions/count"
              },
              totalApplies: {
                $ref: "#/definitions/count"
              },
              totalAccepts: {
                $ref: "#/definitions/count"
              },
              totalRejects: {
                $ref: "#/definitions/count"
              },
              totalTabsShown: {
                $ref: "#/definitions/count"
              },
              totalTabsAccepted: {
                $ref: "#/definitions/count"
              },
              composerRequests: {
                $ref: "#/definitions/count"
              },
              chatRequests: {
                $ref: "#/definitions/count"
              },
              agentRequests: {
                $ref: "#/definitions/count"
              },
              cmdkUsages: {
                $ref: "#/definitions/count"
              },
              subscriptionIncludedReqs: {
                $ref: "#/definitions/count"
              },
              apiKeyReqs: {
                $ref: "#/definitions/count"
              },
              usageBasedReqs: {
                $ref: "#/definitions/count"
              },
              bugbotUsages: {
                $ref: "#/definitions/count"
              },
              applyMostUsedExtension: {
                $ref: "#/definitions/string"
              },
              tabMostUsedExtension: {
                $ref: "#/definitions/string"
              },
              clientVersion: {
                $ref: "#/definitions/string"
              }
            },
            expected: "an object"
          },
          expected: "an array"
        },
        events: {
          description: "Usage events.",
          type: "array",
          items: {
            description: "One usage event.",
            type: "object",
            additionalProperties: false,
            required: [
              "timestamp",
              "userEmail",
              "model",
              "kind",
              "maxMode",
              "requestsCosts",
              "isTokenBasedCall",
              "isFreeBugbot"
            ],
            properties: {
              timestamp: {
                $ref: "#/definitions/epochMs"
              },
              userEmail: {
                $ref: "#/definitions/nonEmptyString"
              },
              model: {
                $ref: "#/definitions/string"
              },
              kind: {
                $ref: "#/definitions/string"
              },
              maxMode: {
                $ref: "#/definitions/boolean"
              },
              requestsCosts: {
                $ref: "#/definitions/nonNegative"
              },
              isTokenBasedCall: {
                $ref: "#/definitions/boolean"
              },
              tokenUsage: {
                description: "Token counts of one usage event.",
                type: "object",
                additionalProperties: false,
                required: [
                  "inputTokens",
                  "outputTokens",
                  "cacheWriteTokens",
                  "cacheReadTokens",
                  "totalCents"
                ],
                properties: {
                  inputTokens: {
                    $ref: "#/definitions/count"
                  },
                  outputTokens: {
                    $ref: "#/definitions/count"
                  },
                  cacheWriteTokens: {
                    $ref: "#/definitions/count"
                  },
                  cacheReadTokens: {
                    $ref: "#/definitions/count"
                  },
                  totalCents: {
                    $ref: "#/definitions/nonNegative"
                  }
                },
                expected: "an object"
              },
              isFreeBugbot: {
                $ref: "#/definitions/boolean"
              }
            },
            expected: "an object"
          },
          expected: "an array"
        }
      },
      expected: "an object"
    },
    auditLog: {
      description: "Audit-log events.",
      type: "array",
      items: {
        description: "One audit-log event, snake_case as served; timestamp in epoch ms.",
        type: "object",
        additionalProperties: false,
        required: [
          "event_id",
          "timestamp",
          "event_type",
          "user_email",
          "event_data"
        ],
        properties: {
          event_id: {
            description: "Unique.",
            $ref: "#/definitions/nonEmptyString"
          },
          timestamp: {
            $ref: "#/definitions/epochMs"
          },
          event_type: {
            description: "user_spend_limit, team_repo, team_directory_group, team_settings, ...",
            $ref: "#/definitions/nonEmptyString"
          },
          user_email: {
            description: "Who acted: api-key:<key name> for API writes, or an admin's email.",
            $ref: "#/definitions/string"
          },
          ip_address: {
            $ref: "#/definitions/string"
          },
          application_type: {
            description: "api, dashboard, scim, ... (served as null when absent).",
            $ref: "#/definitions/string"
          },
          event_data: {
            type: "object",
            expected: "an object"
          }
        },
        expected: "an object"
      },
      expected: "an array"
    },
    subscriptionCycleStart: {
      description: "Start of the billing cycle, epoch ms.",
      $ref: "#/definitions/epochMs"
    },
    nextId: {
      description: "The counter new ids are minted from.",
      $ref: "#/definitions/count"
    }
  },
  definitions: {
    nonEmptyString: {
      type: "string",
      pattern: "\\S",
      expected: "a non-empty string"
    },
    string: {
      type: "string",
      expected: "a string"
    },
    boolean: {
      type: "boolean",
      expected: "true or false"
    },
    nonNegative: {
      type: "number",
      minimum: 0,
      expected: "a number >= 0"
    },
    count: {
      type: "integer",
      minimum: 0,
      maximum: 9007199254740991,
      expected: "a whole number >= 0"
    },
    epochMs: {
      type: "integer",
      minimum: 0,
      maximum: 9007199254740991,
      expected: "epoch milliseconds (a whole number >= 0)"
    },
    limitDollars: {
      type: [
        "integer",
        "null"
      ],
      minimum: 0,
      maximum: 9007199254740991,
      expected: "whole dollars >= 0, or null for no limit"
    }
  }
};

// src/emulator/state-format.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function objectsAt(parent, key) {
  const list = isRecord(parent) ? parent[key] : void 0;
  return Array.isArray(list) ? list.map((item) => isRecord(item) ? item : {}) : [];
}
function textOf(item, field) {
  const value = item[field];
  return typeof value === "string" ? value : "";
}
function checkUnique(problems, items, listPath, field, keyOf = (text) => text) {
  const seen = /* @__PURE__ */ new Map();
  items.forEach((item, index) => {
    const key = keyOf(textOf(item, field));
    if (key === "") return;
    const first = seen.get(key);
    if (first === void 0) seen.set(key, index);
    else problems.push(`${listPath}[${index}].${field}: same as ${listPath}[${first}].${field}`);
  });
}
var compiled;
function stateValidator() {
  if (compiled === void 0) {
    const ajv = new import_ajv.Ajv({ strict: true, allErrors: true, verbose: true, allowUnionTypes: true });
    ajv.addKeyword({ keyword: "expected", schemaType: "string" });
    compiled = ajv.compile(emulator_state_schema_default);
  }
  return compiled;
}
function fieldPath(pointer, data) {
  let path2 = "";
  let at = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      path2 += `[${segment}]`;
      at = at[Number(segment)];
    } else {
      path2 = path2 === "" ? segment : `${path2}.${segment}`;
      at = isRecord(at) ? at[segment] : void 0;
    }
  }
  return path2;
}
function childPointer(pointer, key) {
  return `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function expectedOf(schema) {
  if (!isRecord(schema)) return void 0;
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith("#/definitions/")) {
    return expectedOf(Reflect.get(emulator_state_schema_default.definitions, ref.slice("#/definitions/".length)));
  }
  return typeof schema.expected === "string" ? schema.expected : void 0;
}
function propertiesOf(schema) {
  return isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
}
function describeError(error, data) {
  const { params, parentSchema, instancePath } = error;
  if (error.keyword === "required" && typeof params.missingProperty === "string") {
    const pointer = childPointer(instancePath, params.missingProperty);
    const expected2 = expectedOf(propertiesOf(parentSchema)[params.missingProperty]);
    return {
      pointer,
      text: `${fieldPath(pointer, data)}: missing${expected2 === void 0 ? "" : ` (expected ${expected2})`}`
    };
  }
  if (error.keyword === "additionalProperties" && typeof params.additionalProperty === "string") {
    const pointer = childPointer(instancePath, params.additionalProperty);
    const allowed = Object.keys(propertiesOf(parentSchema)).join(", ");
    return {
      pointer,
      text: `${fieldPath(pointer, data)}: unknown field (expected one of ${allowed})`
    };
  }
  const expected = expectedOf(parentSchema) ?? error.message ?? "something else";
  const path2 = fieldPath(instancePath, data);
  const text = `expected ${expected}, got ${describeValue(error.data)}`;
  return { pointer: instancePath, text: path2 === "" ? text : `${path2}: ${text}` };
}
function documentOrder(pointer, data) {
  const order = [];
  let at = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(at)) {
      order.push(Number(segment));
      at = at[Number(segment)];
    } else {
      const keys = isRecord(at) ? Object.keys(at) : [];
      const index = keys.indexOf(segment);
      order.push(index === -1 ? keys.length : index);
      at = isRecord(at) ? at[segment] : void 0;
    }
  }
  return order;
}
function compareOrder(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
function schemaProblems(errors, data) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of errors) {
    const problem = describeError(error, data);
    if (seen.has(problem.pointer)) continue;
    seen.add(problem.pointer);
    problems.push({ ...problem, order: documentOrder(problem.pointer, data) });
  }
  return problems.sort((a, b) => compareOrder(a.order, b.order)).map((p) => p.text);
}
function crossProblems(state) {
  const problems = [];
  const members2 = objectsAt(state, "members");
  checkUnique(problems, members2, "members", "id");
  checkUnique(problems, members2, "members", "email", normalizeEmail);
  const blocklists = objectsAt(state, "blocklists");
  checkUnique(problems, blocklists, "blocklists", "id");
  checkUnique(problems, blocklists, "blocklists", "url");
  const groups = objectsAt(state, "directoryGroups");
  checkUnique(problems, groups, "directoryGroups", "id");
  checkUnique(problems, groups, "directoryGroups", "name", (name) => name.trim().toLowerCase());
  const memberIds = new Set(members2.map((m) => textOf(m, "id")));
  groups.forEach((group, index) => {
    const ids = Array.isArray(group.memberIds) ? group.memberIds : [];
    const seen = /* @__PURE__ */ new Set();
    ids.forEach((id, position) => {
      if (typeof id !== "string") return;
      const at = `directoryGroups[${index}].memberIds[${position}]`;
      if (!memberIds.has(id)) problems.push(`${at}: no member has the id ${JSON.stringify(id)}`);
      else if (seen.has(id)) problems.push(`${at}: ${JSON.stringify(id)} is listed twice`);
      seen.add(id);
    });
  });
  checkUnique(problems, objectsAt(state, "apiKeys"), "apiKeys", "key");
  checkUnique(problems, objectsAt(state, "auditLog"), "auditLog", "event_id");
  return problems;
}
function parseEmulatorState(value, source) {
  if (!isRecord(value)) {
    throw new EmulatorStateError(source, [
      `expected a JSON object at the top level, got ${describeValue(value)}`
    ]);
  }
  const validate = stateValidator();
  const valid = validate(value);
  const problems = [
    ...valid ? [] : schemaProblems(validate.errors ?? [], value),
    ...crossProblems(value)
  ];
  if (!valid || problems.length > 0) throw new EmulatorStateError(source, problems);
  return structuredClone(value);
}

// src/emulator/config.ts
var DEFAULT_SETTINGS = {
  shape: "current",
  legacyLimitField: "hardLimitOverrideDollars",
  rateLimits: {},
  retryAfterHeader: false,
  faults: {},
  // The real maximum is undocumented; 500 keeps a 1000-member team at two pages or more.
  maxSpendPageSize: 500,
  outcomeErrorStatus: 400,
  upsertResponse: "upserted",
  // The help page says "most specific wins", the 7 Sep 2026 release note implies "highest
  // applicable"; the project plans with the latter, so the emulator defaults to it.
  effectiveLimitRule: "highest-applicable",
  // The older body stays the default so existing clients and tests see what they always saw.
  tooManyRequests: "older",
  scimRefusalStatus: 403,
  duplicateGroupNameStatus: 409
};
var SETTING_NAMES = Object.keys(DEFAULT_SETTINGS);
var FAULT_RATES = ["errorRate", "dropRate", "malformedRate", "hangRate"];
var FAULT_FIELDS = ["latencyMs", ...FAULT_RATES, "burst429"];
function isEndpointId(value) {
  return ENDPOINT_IDS.some((id) => id === value);
}
function readRateLimits(value, problems) {
  if (value === "off") return "off";
  if (!isRecord(value)) {
    problems.push(
      `rateLimits: expected "off" or an object of endpoint -> per-minute limit, got ${describeValue(value)}`
    );
    return void 0;
  }
  const limits = {};
  for (const [key, limit] of Object.entries(value)) {
    if (!isEndpointId(key)) {
      problems.push(
        `rateLimits.${key}: unknown endpoint (expected one of ${ENDPOINT_IDS.join(", ")})`
      );
    } else if (limit === null || Number.isSafeInteger(limit) && Number(limit) >= 0) {
      limits[key] = limit === null ? null : Number(limit);
    } else {
      problems.push(
        `rateLimits.${key}: expected a whole number >= 0 per minute, or null for unlimited, got ${describeValue(limit)}`
      );
    }
  }
  return limits;
}
function readFaultSpec(path2, value, problems) {
  const spec = {};
  if (!isRecord(value)) {
    problems.push(`${path2}: expected an object, got ${describeValue(value)}`);
    return spec;
  }
  for (const [field, raw] of Object.entries(value)) {
    const name = FAULT_FIELDS.find((f) => f === field);
    if (name === void 0) {
      problems.push(`${path2}.${field}: unknown fault (expected one of ${FAULT_FIELDS.join(", ")})`);
      continue;
    }
    const n = typeof raw === "number" && Number.isFinite(raw) ? raw : Number.NaN;
    if (name === "latencyMs" || name === "burst429") {
      if (Number.isSafeInteger(n) && n >= 0) spec[name] = n;
      else
        problems.push(`${path2}.${name}: expected a whole number >= 0, got ${describeValue(raw)}`);
    } else if (n >= 0 && n <= 1) {
      spec[name] = n;
    } else {
      problems.push(`${path2}.${name}: expected a share between 0 and 1, got ${describeValue(raw)}`);
    }
  }
  const total = FAULT_RATES.reduce((sum, rate) => sum + (spec[rate] ?? 0), 0);
  if (total > 1 + 1e-9) {
    problems.push(
      `${path2}: ${FAULT_RATES.join(" + ")} add up to ${Math.round(total * 1e3) / 1e3}, more than 1`
    );
  }
  return spec;
}
function readFaults(value, problems) {
  if (!isRecord(value)) {
    problems.push(
      `faults: expected an object of endpoint (or "*") -> faults, got ${describeValue(value)}`
    );
    return void 0;
  }
  const faults = {};
  for (const [key, spec] of Object.entries(value)) {
    if (key === "*" || isEndpointId(key)) {
      faults[key] = readFaultSpec(`faults.${key}`, spec, problems);
    } else {
      problems.push(
        `faults.${key}: unknown endpoint (expected "*" or one of ${ENDPOINT_IDS.join(", ")})`
      );
    }
  }
  return faults;
}
function oneOf(name, value, allowed, problems) {
  const match = allowed.find((option) => option === value);
  if (match === void 0) {
    problems.push(
      `${name}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describeValue(value)}`
    );
  }
  return match;
}
function parseSettingsPatch(value, source) {
  if (!isRecord(value)) {
    throw new EmulatorConfigError(`${source}: expected an object, got ${describeValue(value)}`);
  }
  const problems = [];
  const patch = {};
  for (const [name, raw] of Object.entries(value)) {
    if (raw === void 0) continue;
    switch (name) {
      case "shape":
        patch.shape = oneOf(name, raw, ["current", "legacy"], problems);
        break;
      case "legacyLimitField":
        patch.legacyLimitField = oneOf(
          name,
          raw,
          ["hardLimitOverrideDollars", "hardLimitOverrideUSDR"],
          problems
        );
        break;
      case "rateLimits":
        patch.rateLimits = readRateLimits(raw, problems);
        break;
      case "retryAfterHeader":
        patch.retryAfterHeader = oneOf(name, raw, [true, false], problems);
        break;
      case "faults":
        patch.faults = readFaults(raw, problems);
        break;
      case "maxSpendPageSize":
        if (Number.isSafeInteger(raw) && Number(raw) >= 1) patch.maxSpendPageSize = Number(raw);
        else
          problems.push(
            `maxSpendPageSize: expected a whole number >= 1, got ${describeValue(raw)}`
          );
        break;
      case "outcomeErrorStatus":
        patch.outcomeErrorStatus = oneOf(name, raw, [200, 400], problems);
        break;
      case "upsertResponse":
        patch.upsertResponse = oneOf(name, raw, ["upserted", "all"], problems);
        break;
      case "effectiveLimitRule":
        patch.effectiveLimitRule = oneOf(
          name,
          raw,
          ["highest-applicable", "most-specific"],
          problems
        );
        break;
      case "tooManyRequests":
        patch.tooManyRequests = oneOf(name, raw, ["older", "2026"], problems);
        break;
      case "scimRefusalStatus":
        patch.scimRefusalStatus = oneOf(name, raw, [400, 403], problems);
        break;
      case "duplicateGroupNameStatus":
        patch.duplicateGroupNameStatus = oneOf(name, raw, [400, 409], problems);
        break;
      default:
        problems.push(`${name}: unknown setting (expected one of ${SETTING_NAMES.join(", ")})`);
    }
  }
  if (problems.length > 0) {
    throw new EmulatorConfigError(`${source}:
  - ${problems.join("\n  - ")}`, {
      hint: "see docs/emulator.md (Settings)"
    });
  }
  return patch;
}

// src/emulator/prng.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function hashString(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function randomToken(random, length) {
  let token = "";
  for (let i = 0; i < length; i++) token += BASE62[Math.floor(random() * BASE62.length)];
  return token;
}
function randomInt(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}

// src/emulator/types.ts
var STATE_FORMAT_VERSION = 1;

// src/emulator/demo.ts
var DEMO_ADMIN_KEY = `crsr_${"demo".repeat(16)}`;
var DEMO_READ_ONLY_KEY = `crsr_${"read".repeat(16)}`;
var DAY_MS = 864e5;
function demoKeys() {
  return [
    { key: DEMO_ADMIN_KEY, scope: "admin", name: "demo admin key" },
    { key: DEMO_READ_ONLY_KEY, scope: "read-only", name: "demo read-only key" }
  ];
}
function memberIdFor(email) {
  return `user_${randomToken(seededRandom(hashString(email)), 28)}`;
}
var DEMO_MEMBERS = [
  ["ada.lovelace@acme.example", "Ada Lovelace", "owner", 31240.5, null],
  ["grace.hopper@acme.example", "Grace Hopper", "owner", 8810.25, 500],
  ["it-admin@acme.example", "IT Admin", "free-owner", 0, null],
  ["alan.turing@acme.example", "Alan Turing", "member", 4525.125487, 100],
  ["barbara.liskov@acme.example", "Barbara Liskov", "member", 13075, 100],
  ["donald.knuth@acme.example", "Donald Knuth", "member", 2210.5, 150],
  ["edsger.dijkstra@acme.example", "Edsger Dijkstra", "member", 990, null],
  ["frances.allen@acme.example", "Frances Allen", "member", 6120.75, 100],
  ["john.backus@acme.example", "John Backus", "member", 0, 100],
  ["ken.thompson@acme.example", "Ken Thompson", "member", 7400, 100],
  ["dennis.ritchie@acme.example", "Dennis Ritchie", "member", 5230.3, 100],
  ["margaret.hamilton@acme.example", "Margaret Hamilton", "member", 9900.9, 200],
  ["radia.perlman@acme.example", "Radia Perlman", "member", 1500, 100],
  ["tim.berners-lee@acme.example", "Tim Berners-Lee", "member", 300.01, 100],
  ["guido.rossum@acme.example", "Guido van Rossum", "member", 8050, 100],
  ["bjarne.stroustrup@acme.example", "Bjarne Stroustrup", "member", 2750, 100],
  ["james.gosling@acme.example", "James Gosling", "member", 4100, 100],
  ["anders.hejlsberg@acme.example", "Anders Hejlsberg", "member", 6600.6, 100],
  ["brendan.eich@acme.example", "Brendan Eich", "member", 350, 100],
  ["rob.pike@acme.example", "Rob Pike", "member", 2900, 100],
  ["robert.griesemer@acme.example", "Robert Griesemer", "member", 1200, 100],
  ["leslie.lamport@acme.example", "Leslie Lamport", "member", 4400, 100],
  ["niklaus.wirth@acme.example", "Niklaus Wirth", "member", 0, 100],
  ["john.mccarthy@acme.example", "John McCarthy", "member", 700, 100],
  ["katherine.johnson@acme.example", "Katherine Johnson", "member", 5100, 100],
  ["hedy.lamarr@acme.example", "Hedy Lamarr", "member", 21e3, 400],
  ["claude.shannon@acme.example", "Claude Shannon", "member", 15500.5, 300],
  ["fei-fei.li@acme.example", "Fei-Fei Li", "member", 30100, 400],
  ["yann.lecun@acme.example", "Yann LeCun", "member", 12e3, null],
  ["sam.contractor@contractors.acme.example", "Sam Contractor", "member", 2300, 50],
  ["pat.consultant@contractors.acme.example", "Pat Consultant", "member", 6100, 100],
  ["lee.freelance@contractors.acme.example", "Lee Freelance", "member", 800, 50],
  ["kim.temp@contractors.acme.example", "Kim Temp", "member", 150, 50]
];
var DEMO_BLOCKLISTS = [
  {
    id: "repo_payments01",
    url: "https://github.com/acme/payments",
    patterns: ["*.env", "config/prod/*"]
  },
  {
    id: "repo_infra00002",
    url: "https://github.com/acme/infra",
    patterns: ["*.env", "**/*.pem", "terraform/*.tfvars"]
  },
  { id: "repo_marketing3", url: "https://github.com/acme/marketing-site", patterns: ["*.env"] },
  {
    id: "repo_dataplat04",
    url: "https://github.com/acme/data-platform",
    patterns: ["*.env", "secrets/**"]
  }
];
var DEMO_GROUPS = [
  {
    id: "team_group_datasci01",
    name: "data-science",
    limit: 400,
    members: [
      "hedy.lamarr@acme.example",
      "claude.shannon@acme.example",
      "fei-fei.li@acme.example",
      "yann.lecun@acme.example"
    ]
  },
  {
    id: "team_group_platform02",
    name: "platform",
    limit: null,
    members: [
      "ken.thompson@acme.example",
      "dennis.ritchie@acme.example",
      "rob.pike@acme.example",
      "robert.griesemer@acme.example",
      "leslie.lamport@acme.example"
    ]
  },
  {
    id: "team_group_oktaeng03",
    name: "Engineering (Okta)",
    limit: 100,
    scimSynced: true,
    members: [
      "alan.turing@acme.example",
      "barbara.liskov@acme.example",
      "donald.knuth@acme.example",
      "frances.allen@acme.example",
      "margaret.hamilton@acme.example"
    ]
  }
];
function demoGroups() {
  return DEMO_GROUPS.map((group) => ({
    id: group.id,
    name: group.name,
    monthlySpendingLimitDollars: group.limit,
    memberIds: group.members.map(memberIdFor),
    ...group.scimSynced ? { scimSynced: true } : {}
  }));
}
function demoMember([email, name, role, spendCents, limit]) {
  return {
    id: memberIdFor(email),
    email,
    name,
    role,
    spendCents,
    // Requests are roughly one per 4 cents of spend: plausible, and stable.
    fastPremiumRequests: Math.round(spendCents / 4),
    monthlyLimitDollars: limit
  };
}
function cycleStartFor(now) {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}
var MODELS = ["claude-4-sonnet", "gpt-5", "claude-4-opus", "auto"];
var EXTENSIONS = [".ts", ".tsx", ".py", ".go", ".md"];
function pick(random, items) {
  const item = items[Math.floor(random() * items.length)];
  if (item === void 0) throw new RangeError("pick() needs a non-empty list");
  return item;
}
function dailyRow(random, email, date) {
  const linesAdded = randomInt(random, 0, 2500);
  const accepted = Math.floor(linesAdded * random());
  const tabsShown = randomInt(random, 0, 500);
  return {
    date,
    email,
    isActive: linesAdded > 0,
    totalLinesAdded: linesAdded,
    totalLinesDeleted: Math.floor(linesAdded * random()),
    acceptedLinesAdded: accepted,
    acceptedLinesDeleted: Math.floor(accepted * random()),
    totalApplies: randomInt(random, 0, 120),
    totalAccepts: randomInt(random, 0, 100),
    totalRejects: randomInt(random, 0, 20),
    totalTabsShown: tabsShown,
    totalTabsAccepted: Math.floor(tabsShown * random()),
    composerRequests: randomInt(random, 0, 60),
    chatRequests: randomInt(random, 0, 150),
    agentRequests: randomInt(random, 0, 30),
    cmdkUsages: randomInt(random, 0, 80),
    subscriptionIncludedReqs: randomInt(random, 0, 300),
    apiKeyReqs: 0,
    usageBasedReqs: randomInt(random, 0, 10),
    bugbotUsages: randomInt(random, 0, 5),
    mostUsedModel: pick(random, MODELS),
    applyMostUsedExtension: pick(random, EXTENSIONS),
    tabMostUsedExtension: pick(random, EXTENSIONS),
    clientVersion: "1.7.2"
  };
}
function usageEvent(random, email, timestamp) {
  const tokenBased = random() < 0.6;
  const inputTokens = randomInt(random, 100, 8e3);
  const outputTokens = randomInt(random, 50, 2e3);
  return {
    timestamp,
    userEmail: email,
    model: pick(random, MODELS),
    kind: tokenBased ? "Usage-based" : "Included in Business",
    maxMode: random() < 0.3,
    requestsCosts: Math.round(random() * 100) / 10,
    isTokenBasedCall: tokenBased,
    ...tokenBased ? {
      tokenUsage: {
        inputTokens,
        outputTokens,
        cacheWriteTokens: randomInt(random, 0, 12e3),
        cacheReadTokens: randomInt(random, 0, 12e3),
        totalCents: Math.round((inputTokens * 3e-4 + outputTokens * 15e-4) * 1e3) / 1e3
      }
    } : {},
    isFreeBugbot: false
  };
}
function demoUsage(emails, now) {
  const random = seededRandom(20260101);
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const daily = [];
  const events = [];
  for (let day = 14; day >= 1; day--) {
    for (const email of emails) daily.push(dailyRow(random, email, today - day * DAY_MS));
  }
  for (let day = 7; day >= 1; day--) {
    for (const email of emails) {
      const count = randomInt(random, 0, 3);
      for (let i = 0; i < count; i++) {
        const at = today - day * DAY_MS + randomInt(random, 0, DAY_MS - 1);
        events.push(usageEvent(random, email, at));
      }
    }
  }
  events.sort((a, b) => b.timestamp - a.timestamp);
  return { daily, events };
}
function demoTeamState(options = {}) {
  const now = options.now ?? Date.now();
  const members2 = DEMO_MEMBERS.map(demoMember);
  members2.push({
    ...demoMember(["former.employee@acme.example", "Former Employee", "member", 0, 100]),
    isRemoved: true
  });
  const activeEmails = members2.filter((m) => !m.isRemoved).map((m) => m.email);
  return {
    version: STATE_FORMAT_VERSION,
    team: { name: "Acme" },
    members: members2,
    blocklists: DEMO_BLOCKLISTS.map((b) => ({ ...b, patterns: [...b.patterns] })),
    directoryGroups: demoGroups(),
    apiKeys: demoKeys(),
    usage: demoUsage(activeEmails, now),
    auditLog: [],
    subscriptionCycleStart: cycleStartFor(now),
    nextId: 1
  };
}
var SYNTHETIC_LIMITS = [0, 50, 100, 150, 200, 300, 500, 1e3];
var SYNTHETIC_PATTERNS = ["*.env", "**/*.pem", "**/*.key", "config/prod/*", "secrets/**"];
function generateTeamState(opts) {
  const random = seededRandom(opts.seed ?? 1);
  const share = Math.min(1, Math.max(0, opts.withLimits ?? 0.5));
  const members2 = [];
  for (let i = 1; i <= opts.members; i++) {
    const email = `user${String(i).padStart(5, "0")}@bench.example`;
    const spendCents = Math.round(random() * 5e6) / 100;
    const hasLimit = random() < share;
    const limit = pick(random, SYNTHETIC_LIMITS);
    members2.push({
      id: `user_bench${String(i).padStart(23, "0")}`,
      email,
      name: `Bench User ${i}`,
      role: i === 1 ? "owner" : "member",
      spendCents,
      fastPremiumRequests: Math.round(spendCents / 4),
      monthlyLimitDollars: hasLimit ? limit : null
    });
  }
  const blocklists = [];
  for (let i = 1; i <= opts.repos; i++) {
    const patterns = SYNTHETIC_PATTERNS.filter(() => random() < 0.5);
    blocklists.push({
      id: `repo_bench${String(i).padStart(5, "0")}`,
      url: `https://github.com/bench/repo-${String(i).padStart(5, "0")}`,
      patterns: patterns.length > 0 ? patterns : ["*.env"]
    });
  }
  return {
    version: STATE_FORMAT_VERSION,
    team: { name: "Bench" },
    members: members2,
    blocklists,
    apiKeys: demoKeys(),
    usage: { daily: [], events: [] },
    auditLog: [],
    subscriptionCycleStart: Date.UTC(2026, 10, 1),
    nextId: 1
  };
}

// src/emulator/server.ts
import { createServer } from "node:http";

// src/emulator/act.ts
var DEFAULT_ACT_APPLICATION_TYPE = "dashboard";
var FIELDS = ["actor", "applicationType", "ipAddress", "at", "request", "teamLimitDollars"];
function parseOutOfBandChange(value, source) {
  const fail = (problems2) => new EmulatorConfigError(`${source}:
  - ${problems2.join("\n  - ")}`, {
    hint: "see docs/emulator.md (Out-of-band changes)"
  });
  if (!isRecord(value)) throw fail([`expected an object, got ${describeValue(value)}`]);
  const problems = [];
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key)) {
      problems.push(`${key}: unknown field (expected one of ${FIELDS.join(", ")})`);
    }
  }
  const text = (key, required) => {
    const field = value[key];
    if (field === void 0 && !required) return void 0;
    if (typeof field === "string" && field.trim() !== "") return field.trim();
    problems.push(`${key}: expected a non-empty string, got ${describeValue(field)}`);
    return void 0;
  };
  const actor = text("actor", true) ?? "";
  const applicationType = text("applicationType", false) ?? DEFAULT_ACT_APPLICATION_TYPE;
  const ipAddress = text("ipAddress", false);
  const at = readAt(value.at, problems);
  const hasRequest = value.request !== void 0;
  const hasTeamLimit = Object.hasOwn(value, "teamLimitDollars");
  let change;
  if (hasRequest === hasTeamLimit) {
    problems.push("send exactly one of request and teamLimitDollars");
  } else if (hasRequest) {
    const request = readRequest(value.request, problems);
    if (request) change = { kind: "request", request };
  } else {
    const dollars = value.teamLimitDollars;
    if (dollars === null || Number.isSafeInteger(dollars) && Number(dollars) >= 0) {
      change = { kind: "team-limit", dollars: dollars === null ? null : Number(dollars) };
    } else {
      problems.push(
        `teamLimitDollars: expected whole dollars >= 0, or null to clear, got ${describeValue(dollars)}`
      );
    }
  }
  if (problems.length > 0 || change === void 0) throw fail(problems);
  return {
    actor,
    applicationType,
    ...ipAddress === void 0 ? {} : { ipAddress },
    ...at === void 0 ? {} : { at },
    change
  };
}
function readAt(value, problems) {
  if (value === void 0) return void 0;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value.trim())) {
    const at = Date.parse(value.trim());
    if (Number.isFinite(at)) return at;
  }
  problems.push(`at: expected epoch milliseconds or an ISO date-time, got ${describeValue(value)}`);
  return void 0;
}
function readRequest(value, problems) {
  if (!isRecord(value)) {
    problems.push(`request: expected {method, path, body?}, got ${describeValue(value)}`);
    return void 0;
  }
  const method = value.method;
  const path2 = value.path;
  const okMethod = method === "POST" || method === "PATCH" || method === "DELETE";
  if (!okMethod) {
    problems.push(
      `request.method: expected "POST", "PATCH" or "DELETE", got ${describeValue(method)}`
    );
  }
  if (typeof path2 !== "string" || !path2.startsWith("/")) {
    problems.push(
      `request.path: expected an API path such as /teams/user-spend-limit, got ${describeValue(path2)}`
    );
  }
  if (!okMethod || typeof path2 !== "string" || !path2.startsWith("/")) return void 0;
  return { method, path: path2, ...value.body === void 0 ? {} : { body: value.body } };
}

// src/emulator/auth.ts
function keyFromAuthorization(header) {
  if (header === void 0) return void 0;
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header.trim());
  if (!match?.[1]) return void 0;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const key = colon === -1 ? decoded : decoded.slice(0, colon);
  return key === "" ? void 0 : key;
}
function identify(header, keys) {
  const key = keyFromAuthorization(header);
  if (key === void 0) return { scope: "none" };
  const entry = keys.find((candidate) => candidate.key === key && !candidate.revoked);
  return entry ? { scope: entry.scope, key: entry } : { scope: "unknown" };
}

// src/emulator/faults.ts
function faultSpecFor(config, endpoint) {
  return { ...config["*"], ...config[endpoint] };
}
var ERROR_STATUSES = [500, 502, 503];
function sampleFault(spec, random) {
  const bands = [
    ["error", spec.errorRate ?? 0],
    ["drop", spec.dropRate ?? 0],
    ["malformed", spec.malformedRate ?? 0],
    ["hang", spec.hangRate ?? 0]
  ];
  if (bands.every(([, rate]) => rate <= 0)) return { kind: "none" };
  let draw = random();
  for (const [kind, rate] of bands) {
    if (draw < rate) {
      switch (kind) {
        case "error":
          return {
            kind,
            status: ERROR_STATUSES[Math.floor(random() * ERROR_STATUSES.length)] ?? 500
          };
        case "malformed":
          return { kind, variant: random() < 0.5 ? "truncated" : "not-json" };
        default:
          return { kind };
      }
    }
    draw -= rate;
  }
  return { kind: "none" };
}
var BurstCounters = class {
  #remaining = /* @__PURE__ */ new Map();
  reset(config) {
    this.#remaining.clear();
    for (const [key, spec] of Object.entries(config)) {
      const target = key === "*" ? key : ENDPOINT_IDS.find((id) => id === key);
      if (target !== void 0 && spec?.burst429) this.#remaining.set(target, spec.burst429);
    }
  }
  /** True when this request is one of a burst of 429s (and uses it up). */
  take(endpoint) {
    for (const key of [endpoint, "*"]) {
      const left = this.#remaining.get(key) ?? 0;
      if (left > 0) {
        this.#remaining.set(key, left - 1);
        return true;
      }
    }
    return false;
  }
};
function errorBody(status) {
  switch (status) {
    case 500:
      return {
        contentType: "application/json",
        text: JSON.stringify({
          error: "Internal Server Error",
          message: "An unexpected error occurred"
        })
      };
    case 502:
      return {
        contentType: "text/html",
        text: "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
      };
    case 503:
      return {
        contentType: "application/json",
        text: JSON.stringify({
          error: "Service Unavailable",
          message: "The service is temporarily unavailable"
        })
      };
  }
}
function malformedBody(realBody, variant) {
  if (variant === "not-json") return "<!DOCTYPE html><html><body>Service error</body></html>";
  return realBody.slice(0, Math.max(1, Math.floor(realBody.length / 2))) || "{";
}

// src/emulator/handlers/common.ts
var RequestError = class extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
};
function badRequest(message) {
  return new RequestError(400, { error: "Bad Request", message });
}
function ok(body) {
  return { response: { status: 200, body } };
}
function bodyObject(body) {
  if (body === void 0) return {};
  if (isRecord(body)) return body;
  throw badRequest(`Request body must be a JSON object, got ${describeValue(body)}`);
}
function optionalString(body, field) {
  const value = body[field];
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string") return value;
  throw badRequest(`${field} must be a string, got ${describeValue(value)}`);
}
function optionalEnum(body, field, allowed) {
  const value = body[field];
  if (value === void 0 || value === null) return void 0;
  const match = allowed.find((option) => option === value);
  if (match !== void 0) return match;
  throw badRequest(`${field} must be one of ${allowed.join(", ")}, got ${describeValue(value)}`);
}
function optionalInteger(body, field, range) {
  const value = body[field];
  if (value === void 0 || value === null) return void 0;
  const inRange = typeof value === "number" && Number.isSafeInteger(value) && value >= range.min && (range.max === void 0 || value <= range.max);
  if (inRange) return value;
  const bounds = range.max === void 0 ? `>= ${range.min}` : `between ${range.min} and ${range.max}`;
  throw badRequest(`${field} must be a whole number ${bounds}, got ${describeValue(value)}`);
}
function optionalEpochMs(body, field) {
  const value = body[field];
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  throw badRequest(`${field} must be epoch milliseconds (a number), got ${describeValue(value)}`);
}
function requiredEpochMs(body, field) {
  const value = optionalEpochMs(body, field);
  if (value === void 0) throw badRequest(`${field} is required (epoch milliseconds)`);
  return value;
}
function pageOf(total, page, pageSize) {
  return {
    page,
    pageSize,
    totalPages: Math.ceil(total / pageSize),
    start: (page - 1) * pageSize
  };
}
var DAY_MS2 = 864e5;

// src/emulator/handlers/audit.ts
var DEFAULT_AUDIT_WINDOW_DAYS = 7;
var DEFAULT_AUDIT_PAGE_SIZE = 100;
var MAX_AUDIT_PAGE_SIZE = 500;
var UNIT_MS = { d: DAY_MS2, h: 36e5, s: 1e3 };
var SECONDS_BELOW = 1e11;
var FORMATS = "now, today, yesterday, a relative time such as 7d, 5h or 300s, an ISO 8601 date-time, YYYY-MM-DD, or unix seconds or milliseconds";
function parseAuditTime(text, now) {
  const value = text.trim().toLowerCase();
  if (value === "now") return now;
  const today = Math.floor(now / DAY_MS2) * DAY_MS2;
  if (value === "today") return today;
  if (value === "yesterday") return today - DAY_MS2;
  const relative = /^(\d+)([dhs])$/.exec(value);
  if (relative?.[1] !== void 0 && relative[2] !== void 0) {
    return now - Number(relative[1]) * (UNIT_MS[relative[2]] ?? 0);
  }
  if (/^\d+$/.test(value)) {
    const number = Number(value);
    if (!Number.isSafeInteger(number)) return void 0;
    return number < SECONDS_BELOW ? number * 1e3 : number;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) {
    const at = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return new Date(at).toISOString().startsWith(value) ? at : void 0;
  }
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}/.test(value)) {
    const iso = /(z|[+-]\d{2}:?\d{2})$/.test(value) ? text.trim() : `${text.trim()}Z`;
    const at = Date.parse(iso);
    return Number.isFinite(at) ? at : void 0;
  }
  return void 0;
}
function timeParam(query, name, now) {
  const raw = query.get(name);
  if (raw === null || raw.trim() === "") return void 0;
  const value = parseAuditTime(raw, now);
  if (value === void 0) {
    throw badRequest(`${name} must be one of: ${FORMATS}; got ${JSON.stringify(raw)}`);
  }
  return value;
}
function integerParam(query, name, range) {
  const raw = query.get(name);
  if (raw === null || raw.trim() === "") return void 0;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw badRequest(
      `${name} must be a whole number between ${range.min} and ${range.max}, got ${JSON.stringify(raw)}`
    );
  }
  return value;
}
function listParam(query, name) {
  return query.getAll(name).flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "");
}
function servedEvent(event) {
  return {
    event_id: event.event_id,
    timestamp: new Date(event.timestamp).toISOString(),
    ip_address: event.ip_address ?? null,
    user_email: event.user_email,
    event_type: event.event_type,
    application_type: event.application_type ?? null,
    event_data: structuredClone(event.event_data)
  };
}
function auditLogs({ state, now, query }) {
  if (state.features?.auditLog === false) {
    throw new RequestError(403, {
      error: "Forbidden",
      message: "Audit logs are not available on this team's plan (Enterprise access required)"
    });
  }
  const endTime = timeParam(query, "endTime", now) ?? now;
  const startTime = timeParam(query, "startTime", now) ?? endTime - DEFAULT_AUDIT_WINDOW_DAYS * DAY_MS2;
  if (endTime < startTime) throw badRequest("endTime must not be before startTime");
  if (endTime - startTime > AUDIT_LOG_MAX_RANGE_DAYS * DAY_MS2) {
    throw badRequest(`Date range cannot exceed ${AUDIT_LOG_MAX_RANGE_DAYS} days`);
  }
  const eventTypes = listParam(query, "eventTypes");
  const users = listParam(query, "users").map(normalizeEmail);
  const search = query.get("search")?.trim().toLowerCase() ?? "";
  const page = integerParam(query, "page", { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
  const pageSize = integerParam(query, "pageSize", { min: 1, max: MAX_AUDIT_PAGE_SIZE }) ?? DEFAULT_AUDIT_PAGE_SIZE;
  const matching = state.auditLog.filter((e) => e.timestamp >= startTime && e.timestamp <= endTime).filter((e) => eventTypes.length === 0 || eventTypes.includes(e.event_type)).filter((e) => users.length === 0 || users.includes(normalizeEmail(e.user_email))).filter((e) => search === "" || JSON.stringify(e.event_data).toLowerCase().includes(search)).sort((a, b) => b.timestamp - a.timestamp || b.event_id.localeCompare(a.event_id));
  const info = pageOf(matching.length, page, pageSize);
  return ok({
    events: matching.slice(info.start, info.start + pageSize).map(servedEvent),
    pagination: {
      page,
      pageSize,
      totalCount: matching.length,
      totalPages: info.totalPages,
      hasNextPage: page < info.totalPages,
      hasPreviousPage: page > 1
    },
    params: {
      startTime: new Date(startTime).toISOString(),
      endTime: new Date(endTime).toISOString(),
      ...eventTypes.length > 0 ? { eventTypes } : {},
      ...users.length > 0 ? { users } : {},
      ...search !== "" ? { search } : {},
      page,
      pageSize
    }
  });
}

// src/emulator/state.ts
function apiKeyActor(keyName, ip) {
  return {
    userEmail: `api-key:${keyName}`,
    applicationType: API_APPLICATION_TYPE,
    ...ip === void 0 ? {} : { ip }
  };
}
var API_APPLICATION_TYPE = "api";
function activeMembers(state) {
  return state.members.filter((member) => !member.isRemoved);
}
var activeByEmail = /* @__PURE__ */ new WeakMap();
function findActiveMember(state, email) {
  let index = activeByEmail.get(state);
  if (index === void 0) {
    const built = /* @__PURE__ */ new Map();
    for (const member of state.members) {
      const key = normalizeEmail(member.email);
      if (!member.isRemoved && !built.has(key)) built.set(key, member);
    }
    index = built;
    activeByEmail.set(state, index);
  }
  return index.get(normalizeEmail(email));
}
function takeId(state) {
  const id = state.nextId ?? 1;
  return { id, state: { ...state, nextId: id + 1 } };
}
function withAuditEvent(state, actor, event) {
  const { state: next, events } = withAuditEvents(state, actor, [event]);
  const [full] = events;
  if (full === void 0) throw new Error("withAuditEvents() dropped an event");
  return { state: next, event: full };
}
function withAuditEvents(state, actor, drafts) {
  if (drafts.length === 0) return { state, events: [] };
  let next = state;
  const used = new Set(state.auditLog.map((e) => e.event_id));
  const events = [];
  for (const draft of drafts) {
    let eventId;
    do {
      const taken = takeId(next);
      next = taken.state;
      eventId = `audit_${String(taken.id).padStart(8, "0")}`;
    } while (used.has(eventId));
    used.add(eventId);
    const full = {
      event_id: eventId,
      user_email: actor.userEmail,
      application_type: actor.applicationType,
      ...draft
    };
    if (actor.ip !== void 0) full.ip_address = actor.ip;
    events.push(full);
  }
  return { state: { ...next, auditLog: [...next.auditLog, ...events] }, events };
}
function setSpendLimit(state, member, dollars, context) {
  const updated = { ...member, monthlyLimitDollars: dollars };
  const next = {
    ...state,
    members: state.members.map((m) => m.id === member.id ? updated : m)
  };
  const { state: audited, event } = withAuditEvent(
    next,
    context.actor,
    spendLimitEvent(member, dollars, context.now)
  );
  return { state: audited, member: updated, event };
}
function spendLimitEvent(member, dollars, now) {
  return {
    timestamp: now,
    event_type: "user_spend_limit",
    event_data: {
      target_email: member.email,
      target_user_id: member.id,
      previous_limit_dollars: member.monthlyLimitDollars,
      new_limit_dollars: dollars
    }
  };
}
function setSpendLimits(state, changes, context) {
  if (changes.length === 0) return { state, events: [] };
  const byId = new Map(changes.map((change) => [change.member.id, change.dollars]));
  const next = {
    ...state,
    members: state.members.map((m) => {
      const dollars = byId.get(m.id);
      return dollars === void 0 ? m : { ...m, monthlyLimitDollars: dollars };
    })
  };
  return withAuditEvents(
    next,
    context.actor,
    changes.map((change) => spendLimitEvent(change.member, change.dollars, context.now))
  );
}
function mintRepoId(state) {
  let next = state;
  for (; ; ) {
    const taken = takeId(next);
    const id = `repo_em${String(taken.id).padStart(8, "0")}`;
    next = taken.state;
    if (!next.blocklists.some((b) => b.id === id)) return { id, state: next };
  }
}
function upsertBlocklists(state, repos, context) {
  let next = state;
  const events = [];
  const order = [];
  for (const repo of repos) {
    const existing = next.blocklists.find((b) => b.url === repo.url);
    let entry;
    if (existing) {
      entry = { ...existing, patterns: [...repo.patterns] };
      next = {
        ...next,
        blocklists: next.blocklists.map((b) => b.id === existing.id ? entry : b)
      };
    } else {
      const minted = mintRepoId(next);
      entry = { id: minted.id, url: repo.url, patterns: [...repo.patterns] };
      next = { ...minted.state, blocklists: [...minted.state.blocklists, entry] };
    }
    if (!order.includes(entry.id)) order.push(entry.id);
    const audited = withAuditEvent(next, context.actor, {
      timestamp: context.now,
      event_type: "team_repo",
      event_data: {
        action: existing ? "update" : "create",
        repo_id: entry.id,
        repo_url: entry.url,
        patterns: [...entry.patterns],
        previous_patterns: existing ? [...existing.patterns] : null
      }
    });
    next = audited.state;
    events.push(audited.event);
  }
  const upserted = order.flatMap((id) => next.blocklists.filter((b) => b.id === id));
  return { state: next, upserted, events };
}
function deleteBlocklist(state, repoId, context) {
  const deleted = state.blocklists.find((b) => b.id === repoId);
  if (!deleted) return void 0;
  const next = { ...state, blocklists: state.blocklists.filter((b) => b.id !== repoId) };
  const { state: audited, event } = withAuditEvent(next, context.actor, {
    timestamp: context.now,
    event_type: "team_repo",
    event_data: {
      action: "delete",
      repo_id: deleted.id,
      repo_url: deleted.url,
      patterns: null,
      previous_patterns: [...deleted.patterns]
    }
  });
  return { state: audited, deleted, event };
}
function setTeamLimit(state, dollars, context) {
  const previous = state.team.perUserLimitDollars ?? null;
  const next = { ...state, team: { ...state.team, perUserLimitDollars: dollars } };
  return withAuditEvent(next, context.actor, {
    timestamp: context.now,
    event_type: "team_settings",
    event_data: {
      setting: "per_user_spend_limit",
      previous_limit_dollars: previous,
      new_limit_dollars: dollars
    }
  });
}

// src/emulator/handlers/blocklists.ts
function served(blocklist) {
  return { id: blocklist.id, url: blocklist.url, patterns: [...blocklist.patterns] };
}
function listBlocklists({ state }) {
  return ok({ repos: state.blocklists.map(served) });
}
function readRepo(value, index) {
  const at = `repos[${index}]`;
  if (!isRecord(value)) throw badRequest(`${at} must be an object, got ${describeValue(value)}`);
  const { url, patterns } = value;
  if (typeof url !== "string" || url.trim() === "") {
    throw badRequest(`${at}.url must be a non-empty string, got ${describeValue(url)}`);
  }
  if (!Array.isArray(patterns)) {
    throw badRequest(`${at}.patterns must be an array of strings, got ${describeValue(patterns)}`);
  }
  const checked = [];
  patterns.forEach((pattern, p) => {
    if (typeof pattern !== "string" || pattern.trim() === "") {
      throw badRequest(
        `${at}.patterns[${p}] must be a non-empty string, got ${describeValue(pattern)}`
      );
    }
    checked.push(pattern);
  });
  return { url, patterns: checked };
}
function upsertBlocklistsHandler({
  state,
  settings,
  now,
  actor,
  body: rawBody
}) {
  const body = bodyObject(rawBody);
  const repos = body.repos;
  if (!Array.isArray(repos)) {
    throw badRequest(`repos is required: an array of {url, patterns}, got ${describeValue(repos)}`);
  }
  const inputs = repos.map(readRepo);
  const result = upsertBlocklists(state, inputs, { now, actor });
  const returned = settings.upsertResponse === "all" ? result.state.blocklists : result.upserted;
  return {
    response: { status: 200, body: { repos: returned.map(served) } },
    state: result.state
  };
}
function deleteBlocklistHandler({ state, now, actor, params }) {
  const repoId = params.repoId ?? "";
  const result = deleteBlocklist(state, repoId, { now, actor });
  if (!result) {
    throw new RequestError(404, {
      error: "Not Found",
      message: `No repo blocklist with id ${JSON.stringify(repoId)}`
    });
  }
  return { response: { status: 204 }, state: result.state };
}

// src/emulator/effective-limit.ts
var groupLimitIndex = /* @__PURE__ */ new WeakMap();
function groupLimitsByMember(state) {
  const cached = groupLimitIndex.get(state);
  if (cached !== void 0) return cached;
  const index = /* @__PURE__ */ new Map();
  for (const group of state.directoryGroups ?? []) {
    const limit = group.monthlySpendingLimitDollars;
    if (limit === null) continue;
    for (const id of new Set(group.memberIds)) {
      const limits = index.get(id);
      if (limits === void 0) index.set(id, [limit]);
      else limits.push(limit);
    }
  }
  groupLimitIndex.set(state, index);
  return index;
}
function limitInputs(state, member) {
  const groups = [...groupLimitsByMember(state).get(member.id) ?? []];
  const standIn = member.groupLimitDollars ?? null;
  if (standIn !== null) groups.push(standIn);
  return {
    own: member.monthlyLimitDollars,
    groups,
    team: state.team.perUserLimitDollars ?? null
  };
}
function combineLimits(inputs, rule) {
  const highestGroup = inputs.groups.length === 0 ? null : Math.max(...inputs.groups);
  if (rule === "most-specific") return inputs.own ?? highestGroup ?? inputs.team;
  const applicable = [inputs.own, highestGroup, inputs.team].filter(
    (limit) => limit !== null
  );
  return applicable.length === 0 ? null : Math.max(...applicable);
}
function effectiveLimitDollars(state, member, rule) {
  return combineLimits(limitInputs(state, member), rule);
}

// src/emulator/handlers/team.ts
var LEGACY_ROLE_NAMES = {
  owner: "Owner",
  member: "Member",
  "free-owner": "Free-owner"
};
function members({ state, settings }) {
  if (settings.shape === "legacy") {
    return ok({
      teamMembers: activeMembers(state).map((m) => ({
        name: m.name,
        email: m.email,
        role: LEGACY_ROLE_NAMES[m.role] ?? m.role
      }))
    });
  }
  return ok({
    teamMembers: state.members.map((m) => ({
      name: m.name,
      email: m.email,
      role: m.role,
      id: m.id,
      isRemoved: m.isRemoved === true
    }))
  });
}
var DEFAULT_SPEND_PAGE_SIZE = 100;
var SORT_FIELDS = ["amount", "date", "user"];
function compareMembers(sortBy, position) {
  const byPosition = (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  switch (sortBy) {
    case "amount":
      return (a, b) => a.spendCents - b.spendCents || byPosition(a, b);
    case "user":
      return (a, b) => a.name.localeCompare(b.name, "en") || a.email.localeCompare(b.email, "en");
    case "date":
      return byPosition;
  }
}
function spendRow(state, member, settings) {
  const legacyOverride = member.monthlyLimitDollars ?? 0;
  const common = {
    name: member.name,
    email: member.email,
    role: member.role,
    spendCents: member.spendCents,
    fastPremiumRequests: member.fastPremiumRequests ?? 0
  };
  if (settings.shape === "legacy") {
    return { ...common, [settings.legacyLimitField]: legacyOverride };
  }
  return {
    ...common,
    userId: member.id,
    overallSpendCents: member.overallSpendCents ?? member.spendCents,
    monthlyLimitDollars: member.monthlyLimitDollars,
    effectivePerUserLimitDollars: effectiveLimitDollars(state, member, settings.effectiveLimitRule),
    hardLimitOverrideDollars: legacyOverride
  };
}
var reportCache = /* @__PURE__ */ new WeakMap();
function sortedReport(state, searchTerm, sortBy, sortDirection) {
  const key = JSON.stringify([searchTerm, sortBy, sortDirection]);
  let cached = reportCache.get(state);
  if (cached === void 0) {
    cached = /* @__PURE__ */ new Map();
    reportCache.set(state, cached);
  }
  const hit = cached.get(key);
  if (hit !== void 0) return hit;
  const listed = activeMembers(state);
  const position = new Map(listed.map((m, index) => [m, index]));
  const matching = listed.filter(
    (m) => !searchTerm || m.name.toLowerCase().includes(searchTerm) || m.email.toLowerCase().includes(searchTerm)
  );
  const compare = compareMembers(sortBy, position);
  matching.sort(sortDirection === "asc" ? compare : (a, b) => compare(b, a));
  if (cached.size >= 8) cached.delete(cached.keys().next().value ?? "");
  cached.set(key, matching);
  return matching;
}
function spend({ state, settings, body: rawBody }) {
  const body = bodyObject(rawBody);
  const searchTerm = optionalString(body, "searchTerm")?.trim().toLowerCase();
  const sortBy = optionalEnum(body, "sortBy", SORT_FIELDS) ?? "date";
  const sortDirection = optionalEnum(body, "sortDirection", ["asc", "desc"]) ?? "desc";
  const page = optionalInteger(body, "page", { min: 1 }) ?? 1;
  const requested = optionalInteger(body, "pageSize", { min: 1 }) ?? DEFAULT_SPEND_PAGE_SIZE;
  const pageSize = Math.min(requested, settings.maxSpendPageSize);
  const matching = sortedReport(state, searchTerm ?? "", sortBy, sortDirection);
  const info = pageOf(matching.length, page, pageSize);
  return ok({
    teamMemberSpend: matching.slice(info.start, info.start + pageSize).map((m) => spendRow(state, m, settings)),
    subscriptionCycleStart: state.subscriptionCycleStart,
    totalMembers: matching.length,
    totalPages: info.totalPages
  });
}
var EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function userSpendLimit({ state, settings, now, actor, body }) {
  const failure = (message2) => new RequestError(settings.outcomeErrorStatus, { outcome: "error", message: message2 });
  if (!isRecord(body)) {
    throw failure(`Request body must be a JSON object, got ${describeValue(body)}`);
  }
  const email = body.userEmail;
  const dollars = body.spendLimitDollars;
  if (email === void 0 || email === null) throw failure("userEmail is required");
  if (typeof email !== "string") {
    throw failure(`userEmail must be a string, got ${describeValue(email)}`);
  }
  if (!EMAIL_FORMAT.test(email.trim())) throw failure("Invalid email format");
  if (dollars === void 0) throw failure("spendLimitDollars is required");
  const nullAllowed = settings.shape === "current";
  const valid = dollars === null && nullAllowed || typeof dollars === "number" && Number.isSafeInteger(dollars) && dollars >= 0;
  if (!valid) {
    throw failure(
      `spendLimitDollars must be a whole number of dollars >= 0${nullAllowed ? " or null to remove the limit" : ""}, got ${describeValue(dollars)}`
    );
  }
  const limit = typeof dollars === "number" ? dollars : null;
  const member = findActiveMember(state, email);
  if (!member) throw new RequestError(400, { error: "User is not a member of this team" });
  const write = setSpendLimit(state, member, limit, { now, actor });
  const message = limit === null ? `Spend limit removed for user ${member.email}` : `Spend limit set to $${limit} for user ${member.email}`;
  return { response: { status: 200, body: { outcome: "success", message } }, state: write.state };
}

// src/emulator/handlers/bulk-spend-limits.ts
function readUpdates(body) {
  const updates = body.updates;
  if (!Array.isArray(updates)) {
    throw badRequest(
      `updates is required: an array of 1 to ${BULK_SPEND_LIMIT_MAX_UPDATES} {userEmail, spendLimitDollars}, got ${describeValue(updates)}`
    );
  }
  if (updates.length === 0 || updates.length > BULK_SPEND_LIMIT_MAX_UPDATES) {
    throw badRequest(
      `updates must have 1 to ${BULK_SPEND_LIMIT_MAX_UPDATES} entries, got ${updates.length}; nothing was applied`
    );
  }
  const seen = /* @__PURE__ */ new Map();
  return updates.map((update, index) => {
    const at = `updates[${index}]`;
    if (!isRecord(update))
      throw badRequest(`${at} must be an object, got ${describeValue(update)}`);
    const { userEmail, spendLimitDollars } = update;
    if (typeof userEmail !== "string") {
      throw badRequest(`${at}.userEmail must be a string, got ${describeValue(userEmail)}`);
    }
    const wholeDollars = spendLimitDollars === null || typeof spendLimitDollars === "number" && Number.isSafeInteger(spendLimitDollars) && spendLimitDollars >= 0;
    if (!wholeDollars) {
      throw badRequest(
        `${at}.spendLimitDollars must be a whole number of dollars >= 0 or null, got ${describeValue(spendLimitDollars)}`
      );
    }
    const key = normalizeEmail(userEmail);
    const first = seen.get(key);
    if (first !== void 0) {
      throw badRequest(
        `${at}.userEmail repeats updates[${first}].userEmail (${JSON.stringify(userEmail)}); each member may appear once; nothing was applied`
      );
    }
    seen.set(key, index);
    return { userEmail, dollars: spendLimitDollars };
  });
}
function userSpendLimitsBulk({
  state,
  now,
  actor,
  body: rawBody
}) {
  if (state.features?.bulkSpendLimits === false) {
    throw new RequestError(403, {
      error: "Forbidden",
      message: "Bulk spend limits are a preview feature that is not enabled for this team; use POST /teams/user-spend-limit"
    });
  }
  const updates = readUpdates(bodyObject(rawBody));
  const results = [];
  const changes = [];
  for (const update of updates) {
    const { userEmail, dollars } = update;
    if (!EMAIL_FORMAT.test(userEmail.trim())) {
      results.push({ userEmail, status: "failed", error: "Invalid email format" });
      continue;
    }
    const member = findActiveMember(state, userEmail);
    if (member === void 0) {
      results.push({ userEmail, status: "failed", error: "User is not a member of this team" });
    } else if (member.monthlyLimitDollars === dollars) {
      results.push({ userEmail, status: "unchanged" });
    } else {
      results.push({ userEmail, status: "updated" });
      changes.push({ member, dollars });
    }
  }
  const written2 = setSpendLimits(state, changes, { now, actor });
  const count = (status) => results.filter((r) => r.status === status).length;
  return {
    response: {
      status: 200,
      body: {
        requestedCount: updates.length,
        updatedCount: count("updated"),
        unchangedCount: count("unchanged"),
        failedCount: count("failed"),
        results
      }
    },
    ...changes.length > 0 ? { state: written2.state } : {}
  };
}

// src/emulator/groups.ts
var GROUP_EVENT_TYPE = "team_directory_group";
function directoryGroupsOf(state) {
  return state.directoryGroups ?? [];
}
function findGroup(state, id) {
  return directoryGroupsOf(state).find((group) => group.id === id);
}
function groupNameKey(name) {
  return name.trim().toLowerCase();
}
function findGroupByName(state, name) {
  const key = groupNameKey(name);
  return directoryGroupsOf(state).find((group) => groupNameKey(group.name) === key);
}
function activeGroupMembers(state, group) {
  const byId = activeMembersById(state);
  const seen = /* @__PURE__ */ new Set();
  const members2 = [];
  for (const id of group.memberIds) {
    const member = byId.get(id);
    if (member === void 0 || seen.has(id)) continue;
    seen.add(id);
    members2.push(member);
  }
  return members2;
}
var activeIndex = /* @__PURE__ */ new WeakMap();
function activeMembersById(state) {
  let index = activeIndex.get(state);
  if (index === void 0) {
    index = new Map(state.members.filter((m) => !m.isRemoved).map((m) => [m.id, m]));
    activeIndex.set(state, index);
  }
  return index;
}
function replaceGroup(state, group) {
  return {
    ...state,
    directoryGroups: directoryGroupsOf(state).map((g) => g.id === group.id ? group : g)
  };
}
function audit(state, context, data) {
  const draft = {
    timestamp: context.now,
    event_type: GROUP_EVENT_TYPE,
    event_data: data
  };
  return withAuditEvent(state, context.actor, draft);
}
function createGroup(state, name, context) {
  let next = state;
  let id;
  do {
    const taken = takeId(next);
    next = taken.state;
    id = `team_group_em${String(taken.id).padStart(8, "0")}`;
  } while (findGroup(next, id) !== void 0);
  const group = {
    id,
    name,
    monthlySpendingLimitDollars: null,
    memberIds: []
  };
  next = { ...next, directoryGroups: [...directoryGroupsOf(next), group] };
  const audited = audit(next, context, { action: "create", group_id: id, group_name: name });
  return { state: audited.state, group, event: audited.event };
}
function updateGroup(state, group, update, context) {
  const renamed = update.name !== void 0 && update.name !== group.name;
  const limitChanged = update.limitDollars !== void 0 && update.limitDollars !== group.monthlySpendingLimitDollars;
  const updated = {
    ...group,
    ...renamed && update.name !== void 0 ? { name: update.name } : {},
    ...limitChanged && update.limitDollars !== void 0 ? { monthlySpendingLimitDollars: update.limitDollars } : {}
  };
  if (!renamed && !limitChanged) return { state, group };
  const audited = audit(replaceGroup(state, updated), context, {
    action: "update",
    group_id: group.id,
    group_name: updated.name,
    ...renamed ? { previous_name: group.name } : {},
    ...limitChanged ? {
      previous_limit_dollars: group.monthlySpendingLimitDollars,
      new_limit_dollars: updated.monthlySpendingLimitDollars
    } : {}
  });
  return { state: audited.state, group: updated, event: audited.event };
}
function deleteGroup(state, group, context) {
  const next = {
    ...state,
    directoryGroups: directoryGroupsOf(state).filter((g) => g.id !== group.id)
  };
  const audited = audit(next, context, {
    action: "delete",
    group_id: group.id,
    group_name: group.name,
    previous_limit_dollars: group.monthlySpendingLimitDollars
  });
  return { state: audited.state, group, event: audited.event };
}
function changeGroupMembers(state, group, memberIds, change, context) {
  const current = new Set(group.memberIds);
  const changed = [...new Set(memberIds)].filter(
    (id) => change === "add" ? !current.has(id) : current.has(id)
  );
  if (changed.length === 0) return { state, group };
  const changedSet = new Set(changed);
  const updated = {
    ...group,
    memberIds: change === "add" ? [...group.memberIds, ...changed] : group.memberIds.filter((id) => !changedSet.has(id))
  };
  const byId = activeMembersById(state);
  const audited = audit(replaceGroup(state, updated), context, {
    action: change === "add" ? "add_members" : "remove_members",
    group_id: group.id,
    group_name: group.name,
    user_ids: changed,
    user_emails: changed.map((id) => byId.get(id)?.email ?? null)
  });
  return { state: audited.state, group: updated, event: audited.event };
}

// src/emulator/handlers/groups.ts
var DEFAULT_GROUP_PAGE_SIZE = 50;
var MAX_GROUP_PAGE_SIZE = 100;
var MAX_GROUP_NAME_LENGTH = 100;
function servedGroup(state, group) {
  return {
    id: group.id,
    name: group.name,
    memberCount: activeGroupMembers(state, group).length,
    monthlySpendingLimitDollars: group.monthlySpendingLimitDollars
  };
}
function paging(query) {
  const read = (name) => {
    const raw = query.get(name);
    if (raw === null || raw.trim() === "") return void 0;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
      throw badRequest(`${name} must be a whole number >= 1, got ${JSON.stringify(raw)}`);
    }
    return value;
  };
  return {
    page: read("page") ?? 1,
    pageSize: Math.min(read("pageSize") ?? DEFAULT_GROUP_PAGE_SIZE, MAX_GROUP_PAGE_SIZE)
  };
}
function pageOfList(items, query) {
  const { page, pageSize } = paging(query);
  const info = pageOf(items.length, page, pageSize);
  return {
    items: items.slice(info.start, info.start + pageSize),
    pagination: { page, totalPages: info.totalPages, hasNextPage: page < info.totalPages }
  };
}
function groupOr404(state, params) {
  const id = params.groupId ?? "";
  const group = findGroup(state, id);
  if (group === void 0) {
    throw new RequestError(404, {
      error: "Not Found",
      message: `Directory group ${JSON.stringify(id)} not found`
    });
  }
  return group;
}
function refuseIfScim(input, group) {
  if (!group.scimSynced || input.actor.applicationType !== API_APPLICATION_TYPE) return;
  const status = input.settings.scimRefusalStatus;
  throw new RequestError(status, {
    error: status === 403 ? "Forbidden" : "Bad Request",
    message: `Directory group ${JSON.stringify(group.name)} is synced from your identity provider (SCIM) and cannot be modified through the API`
  });
}
function readName(body, required) {
  const name = body.name;
  if (name === void 0 && !required) return void 0;
  if (typeof name !== "string" || name.trim() === "") {
    throw badRequest(`name must be a non-empty string, got ${describeValue(name)}`);
  }
  if (name.trim().length > MAX_GROUP_NAME_LENGTH) {
    throw badRequest(`name must be at most ${MAX_GROUP_NAME_LENGTH} characters`);
  }
  return name.trim();
}
function refuseTakenName(input, name, except) {
  const holder = findGroupByName(input.state, name);
  if (holder === void 0 || holder.id === except?.id) return;
  const status = input.settings.duplicateGroupNameStatus;
  throw new RequestError(status, {
    error: status === 409 ? "Conflict" : "Bad Request",
    message: `A directory group named ${JSON.stringify(holder.name)} already exists`
  });
}
function written(state, result) {
  return {
    response: { status: 200, body: { group: servedGroup(result.state, result.group) } },
    ...result.state === state ? {} : { state: result.state }
  };
}
function listGroups({ state, query }) {
  const page = pageOfList(directoryGroupsOf(state), query);
  return ok({
    groups: page.items.map((group) => servedGroup(state, group)),
    pagination: page.pagination
  });
}
function getGroup({ state, params }) {
  return ok({ group: servedGroup(state, groupOr404(state, params)) });
}
function listGroupMembers({ state, params, query }) {
  const group = groupOr404(state, params);
  const page = pageOfList(activeGroupMembers(state, group), query);
  return ok({
    members: page.items.map((m) => ({ userId: m.id, email: m.email, name: m.name })),
    pagination: page.pagination
  });
}
function createGroupHandler(input) {
  const { state, now, actor } = input;
  const name = readName(bodyObject(input.body), true) ?? "";
  refuseTakenName(input, name);
  return written(state, createGroup(state, name, { now, actor }));
}
function readUpdate(body) {
  const name = readName(body, false);
  const limit = body.monthlySpendingLimitDollars;
  const clear = body.clearMonthlySpendingLimitDollars;
  if (clear !== void 0 && clear !== true) {
    throw badRequest(
      `clearMonthlySpendingLimitDollars must be true when sent, got ${describeValue(clear)}`
    );
  }
  if (limit !== void 0) {
    if (!(typeof limit === "number" && Number.isSafeInteger(limit) && limit >= 0)) {
      throw badRequest(
        `monthlySpendingLimitDollars must be a whole number of dollars >= 0 (use clearMonthlySpendingLimitDollars to remove it), got ${describeValue(limit)}`
      );
    }
    if (clear === true) {
      throw badRequest(
        "send either monthlySpendingLimitDollars or clearMonthlySpendingLimitDollars, not both"
      );
    }
  }
  if (name === void 0 && limit === void 0 && clear === void 0) {
    throw badRequest(
      "nothing to change: send name, monthlySpendingLimitDollars or clearMonthlySpendingLimitDollars"
    );
  }
  return {
    ...name === void 0 ? {} : { name },
    ...typeof limit === "number" ? { limitDollars: limit } : {},
    ...clear === true ? { limitDollars: null } : {}
  };
}
function updateGroupHandler(input) {
  const { state, now, actor, params } = input;
  const group = groupOr404(state, params);
  refuseIfScim(input, group);
  const update = readUpdate(bodyObject(input.body));
  if (update.name !== void 0) refuseTakenName(input, update.name, group);
  return written(state, updateGroup(state, group, update, { now, actor }));
}
function deleteGroupHandler(input) {
  const { state, now, actor, params } = input;
  const group = groupOr404(state, params);
  refuseIfScim(input, group);
  return { response: { status: 204 }, state: deleteGroup(state, group, { now, actor }).state };
}
function readUserIds(state, body) {
  const ids = body.userIds;
  if (!Array.isArray(ids)) {
    throw badRequest(`userIds is required: an array of member ids, got ${describeValue(ids)}`);
  }
  if (ids.length === 0 || ids.length > GROUP_MEMBERS_MAX_PER_CALL) {
    throw badRequest(
      `userIds must have 1 to ${GROUP_MEMBERS_MAX_PER_CALL} ids, got ${ids.length}; nothing was applied`
    );
  }
  const members2 = activeMembersById(state);
  const unknown = [];
  const checked = ids.map((id, index) => {
    if (typeof id !== "string" || id.trim() === "") {
      throw badRequest(`userIds[${index}] must be a non-empty string, got ${describeValue(id)}`);
    }
    if (!members2.has(id)) unknown.push(id);
    return id;
  });
  if (unknown.length > 0) {
    throw badRequest(
      `not members of this team: ${unknown.map((id) => JSON.stringify(id)).join(", ")}; nothing was applied`
    );
  }
  return checked;
}
function membersHandler(change) {
  return (input) => {
    const { state, now, actor, params } = input;
    const group = groupOr404(state, params);
    refuseIfScim(input, group);
    const ids = readUserIds(state, bodyObject(input.body));
    return written(state, changeGroupMembers(state, group, ids, change, { now, actor }));
  };
}
var bulkAddGroupMembers = membersHandler("add");
var bulkRemoveGroupMembers = membersHandler("remove");

// src/emulator/handlers/usage.ts
var DEFAULT_DAILY_PAGE_SIZE = 500;
function dailyUsage({ state, settings, body: rawBody }) {
  const body = bodyObject(rawBody);
  const startDate = requiredEpochMs(body, "startDate");
  const endDate = requiredEpochMs(body, "endDate");
  if (endDate < startDate) throw badRequest("endDate must not be before startDate");
  const maxDays = DAILY_USAGE_MAX_RANGE_DAYS[settings.shape];
  if (endDate - startDate > maxDays * DAY_MS2) {
    throw badRequest(
      `Date range cannot exceed ${maxDays} days; split longer ranges into several requests`
    );
  }
  const rows = state.usage.daily.filter((row) => row.date >= startDate && row.date <= endDate).sort((a, b) => a.date - b.date || a.email.localeCompare(b.email, "en"));
  const period = { startDate, endDate };
  const page = settings.shape === "current" ? optionalInteger(body, "page", { min: 1 }) : void 0;
  const pageSize = settings.shape === "current" ? optionalInteger(body, "pageSize", { min: 1, max: 1e3 }) : void 0;
  if (page === void 0 && pageSize === void 0) return ok({ data: rows, period });
  const info = pageOf(rows.length, page ?? 1, pageSize ?? DEFAULT_DAILY_PAGE_SIZE);
  return ok({
    data: rows.slice(info.start, info.start + info.pageSize),
    period,
    pagination: paginationOf(info.page, info.pageSize, info.totalPages)
  });
}
function paginationOf(page, pageSize, numPages) {
  return {
    numPages,
    currentPage: page,
    pageSize,
    hasNextPage: page < numPages,
    hasPreviousPage: page > 1
  };
}
var DEFAULT_EVENTS_PAGE_SIZE = { current: 100, legacy: 10 };
var MAX_EVENTS_PAGE_SIZE = 1e3;
var DEFAULT_EVENTS_WINDOW_DAYS = 30;
function servedEvent2(event) {
  return {
    // A string of epoch ms, as the docs show: clients must not expect a number.
    timestamp: String(event.timestamp),
    model: event.model,
    kind: event.kind,
    maxMode: event.maxMode,
    requestsCosts: event.requestsCosts,
    isTokenBasedCall: event.isTokenBasedCall,
    ...event.tokenUsage ? { tokenUsage: { ...event.tokenUsage } } : {},
    isFreeBugbot: event.isFreeBugbot,
    userEmail: event.userEmail
  };
}
function readUserId(body) {
  const value = body.userId;
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string" || typeof value === "number" && Number.isFinite(value)) {
    return String(value);
  }
  throw badRequest(`userId must be a string or a number, got ${describeValue(value)}`);
}
function usageEvents({ state, settings, now, body: rawBody }) {
  const body = bodyObject(rawBody);
  const endDate = optionalEpochMs(body, "endDate") ?? now;
  const startDate = optionalEpochMs(body, "startDate") ?? Math.max(0, endDate - DEFAULT_EVENTS_WINDOW_DAYS * DAY_MS2);
  if (endDate < startDate) throw badRequest("endDate must not be before startDate");
  const email = optionalString(body, "email");
  const userId = readUserId(body);
  const page = optionalInteger(body, "page", { min: 1 }) ?? 1;
  const pageSize = optionalInteger(body, "pageSize", { min: 1, max: MAX_EVENTS_PAGE_SIZE }) ?? DEFAULT_EVENTS_PAGE_SIZE[settings.shape];
  const emailKey = email === void 0 ? void 0 : normalizeEmail(email);
  const idOwner = userId === void 0 ? void 0 : state.members.find((m) => m.id === userId);
  const idEmailKey = userId === void 0 ? void 0 : idOwner ? normalizeEmail(idOwner.email) : null;
  const matching = state.usage.events.filter((e) => e.timestamp >= startDate && e.timestamp <= endDate).filter((e) => {
    const key = normalizeEmail(e.userEmail);
    return (emailKey === void 0 || key === emailKey) && (idEmailKey === void 0 || key === idEmailKey);
  }).sort((a, b) => b.timestamp - a.timestamp);
  const info = pageOf(matching.length, page, pageSize);
  return ok({
    totalUsageEventsCount: matching.length,
    pagination: paginationOf(page, pageSize, info.totalPages),
    usageEvents: matching.slice(info.start, info.start + pageSize).map(servedEvent2),
    period: { startDate, endDate }
  });
}

// src/emulator/handlers/index.ts
var HANDLERS = {
  members,
  spend,
  userSpendLimit,
  blocklists: listBlocklists,
  blocklistsUpsert: upsertBlocklistsHandler,
  blocklistDelete: deleteBlocklistHandler,
  dailyUsage,
  usageEvents,
  auditLogs,
  userSpendLimitsBulk,
  directoryGroups: listGroups,
  directoryGroup: getGroup,
  directoryGroupMembers: listGroupMembers,
  directoryGroupCreate: createGroupHandler,
  directoryGroupUpdate: updateGroupHandler,
  directoryGroupDelete: deleteGroupHandler,
  directoryGroupBulkAdd: bulkAddGroupMembers,
  directoryGroupBulkRemove: bulkRemoveGroupMembers
};
function routeAvailable(endpoint, state, settings) {
  const isGroupRoute = DIRECTORY_GROUP_ENDPOINTS.includes(endpoint);
  if (!isGroupRoute && endpoint !== "userSpendLimitsBulk") return true;
  if (settings.shape === "legacy") return false;
  return !(isGroupRoute && state.features?.directoryGroups === false);
}
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return void 0;
  }
}
function matchTemplate(template, path2) {
  const expected = template.split("/");
  const actual = path2.split("/");
  if (expected.length !== actual.length) return void 0;
  const params = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] ?? "";
    const got = actual[i] ?? "";
    if (want.startsWith(":")) {
      if (got === "") return void 0;
      const decoded = decodeSegment(got);
      if (decoded === void 0) return void 0;
      params[want.slice(1)] = decoded;
    } else if (want !== got) {
      return void 0;
    }
  }
  return params;
}
function matchRoute(method, path2) {
  const trimmed = path2.length > 1 ? path2.replace(/\/+$/, "") : path2;
  for (const endpoint of Object.values(ENDPOINTS)) {
    if (endpoint.method !== method) continue;
    const params = matchTemplate(endpoint.path, trimmed);
    if (params) return { endpoint: endpoint.id, params };
  }
  return void 0;
}
function handle(input) {
  try {
    return HANDLERS[input.endpoint](input);
  } catch (error) {
    if (error instanceof RequestError) {
      return { response: { status: error.status, body: error.body } };
    }
    throw error;
  }
}

// src/emulator/persist.ts
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync
} from "node:fs";
import path from "node:path";
function readStateFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (isErrnoException(error) && error.code === "ENOENT") return void 0;
    throw new CursorPolicyError(
      `cannot read the emulator state file ${file}: ${messageOf(error)}`,
      {
        hint: "check the path and its permissions",
        cause: error
      }
    );
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EmulatorStateError(`state file ${file}`, [`not valid JSON: ${messageOf(error)}`], {
      cause: error
    });
  }
  return parseEmulatorState(value, `state file ${file}`);
}
var tempCounter = 0;
function writeStateFile(file, state) {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${++tempCounter}.tmp`);
  try {
    const fd = openSync(temp, "w", 384);
    try {
      writeSync(fd, `${JSON.stringify(state, null, 2)}
`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CursorPolicyError(
      `cannot write the emulator state file ${file}: ${messageOf(error)}`,
      {
        hint: "check that the directory exists and is writable",
        cause: error
      }
    );
  }
}
function isErrnoException(error) {
  return error instanceof Error && "code" in error;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/emulator/rate-limit.ts
var RATE_WINDOW_MS = 6e4;
function rateLimitFor(endpoint, config, shape) {
  if (config === "off") return null;
  const configured = config[endpoint];
  if (configured !== void 0) return configured;
  const table = ENDPOINTS[endpoint];
  return shape === "legacy" ? table.legacyRatePerMinute : table.ratePerMinute;
}
var RateLimiter = class {
  #clock;
  #windows = /* @__PURE__ */ new Map();
  constructor(clock) {
    this.#clock = clock;
  }
  /** Counts one request against `endpoint` if `limit` allows it. */
  take(endpoint, limit) {
    if (limit === null) return { allowed: true };
    const now = this.#clock.now();
    const start = Math.floor(now / RATE_WINDOW_MS) * RATE_WINDOW_MS;
    let window = this.#windows.get(endpoint);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.#windows.set(endpoint, window);
    }
    if (window.count < limit) {
      window.count++;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: secondsUntilReset(now) };
  }
};
function secondsUntilReset(now) {
  const end = (Math.floor(now / RATE_WINDOW_MS) + 1) * RATE_WINDOW_MS;
  return Math.max(1, Math.ceil((end - now) / 1e3));
}

// src/emulator/server.ts
var MAX_BODY_BYTES = 10 * 1024 * 1024;
var CONTROL_PREFIX = "/__emulator";
var UNAUTHORIZED = {
  status: 401,
  body: { error: "Unauthorized", message: "Invalid API key" }
};
var FORBIDDEN = {
  status: 403,
  body: {
    error: "Forbidden",
    message: "This API key is read-only; this endpoint requires an admin API key"
  }
};
var TOO_MANY_REQUESTS = {
  older: { error: "Too Many Requests", message: "Rate limit exceeded. Please try again later." },
  "2026": { code: "error", message: "Rate limit exceeded" }
};
var RETRY_AFTER_2026_SECONDS = 60;
function extraKeys(options) {
  const keys = [];
  const add = (list, scope, label) => {
    for (const [index, key] of (list ?? []).entries()) {
      if (typeof key !== "string" || key.trim() === "") {
        throw new EmulatorConfigError(`${label}[${index}] must be a non-empty string`);
      }
      keys.push({ key: key.trim(), scope, name: `${label} #${index + 1}` });
    }
  };
  add(options.adminKeys, "admin", "adminKeys");
  add(options.readOnlyKeys, "read-only", "readOnlyKeys");
  return keys;
}
function initialState(options, clock) {
  if (options.stateFile !== void 0) {
    const stored = readStateFile(options.stateFile);
    if (stored) return stored;
  }
  const state = options.state === void 0 ? demoTeamState({ now: clock.now() }) : parseEmulatorState(options.state, "options.state");
  if (options.stateFile !== void 0) writeStateFile(options.stateFile, state);
  return state;
}
function urlOf(address) {
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
function isLoopback(address) {
  if (address === void 0) return false;
  return address === "::1" || /^(::ffff:)?127\./.test(address);
}
function sendJson(res, status, body, headers = {}) {
  if (body === void 0) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers
  }).end(text);
}
function sendText(res, status, contentType, text) {
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) }).end(text);
}
var BodyTooLarge = class extends Error {
};
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) reject(new BodyTooLarge());
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}
function parseBody(text) {
  if (text.trim() === "") return { ok: true, value: void 0 };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: text };
  }
}
var EmulatorServer = class {
  url = "";
  #server;
  #clock;
  #random;
  #stateFile;
  #extraKeys;
  #limiter;
  #bursts = new BurstCounters();
  #timers = /* @__PURE__ */ new Set();
  #settings;
  #state;
  #log = [];
  #seq = 0;
  #closed = false;
  constructor(options) {
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? seededRandom(options.seed ?? 1);
    this.#stateFile = options.stateFile;
    this.#settings = {
      ...DEFAULT_SETTINGS,
      ...parseSettingsPatch(
        {
          shape: options.shape,
          legacyLimitField: options.legacyLimitField,
          rateLimits: options.rateLimits,
          retryAfterHeader: options.retryAfterHeader,
          faults: options.faults,
          maxSpendPageSize: options.maxSpendPageSize,
          outcomeErrorStatus: options.outcomeErrorStatus,
          upsertResponse: options.upsertResponse,
          effectiveLimitRule: options.effectiveLimitRule,
          tooManyRequests: options.tooManyRequests,
          scimRefusalStatus: options.scimRefusalStatus,
          duplicateGroupNameStatus: options.duplicateGroupNameStatus
        },
        "emulator options"
      )
    };
    this.#bursts.reset(this.#settings.faults);
    this.#extraKeys = extraKeys(options);
    this.#limiter = new RateLimiter(this.#clock);
    this.#state = initialState(options, this.#clock);
    this.#server = createServer((req, res) => {
      this.#onRequest(req, res).catch((error) => this.#internalError(res, error));
    });
  }
  listen(host, port) {
    return new Promise((resolve, reject) => {
      const onError = (error) => reject(
        new EmulatorConfigError(
          `the emulator cannot listen on ${host}:${port}: ${error.message}`,
          {
            hint: "choose another --port (0 picks a free one) or --host",
            cause: error
          }
        )
      );
      this.#server.once("error", onError);
      this.#server.listen(port, host, () => {
        this.#server.off("error", onError);
        const address = this.#server.address();
        if (address === null || typeof address === "string") {
          reject(new EmulatorConfigError(`the emulator is not listening on TCP (${address})`));
          return;
        }
        this.url = urlOf(address);
        resolve();
      });
    });
  }
  close() {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }
  requests() {
    return structuredClone(this.#log);
  }
  clearRequests() {
    this.#log = [];
  }
  getState() {
    return structuredClone(this.#state);
  }
  setState(state) {
    this.#commit(parseEmulatorState(state, "setState()"));
  }
  configure(patch) {
    const parsed = parseSettingsPatch(patch, "configure()");
    this.#settings = { ...this.#settings, ...parsed };
    if (parsed.faults !== void 0) this.#bursts.reset(parsed.faults);
  }
  resetRateLimits() {
    this.#limiter = new RateLimiter(this.#clock);
  }
  settings() {
    return structuredClone(this.#settings);
  }
  act(change) {
    return this.#act(parseOutOfBandChange(change, "act()"));
  }
  #act(checked) {
    const now = checked.at ?? this.#clock.now();
    const actor = {
      userEmail: checked.actor,
      applicationType: checked.applicationType,
      ...checked.ipAddress === void 0 ? {} : { ip: checked.ipAddress }
    };
    if (checked.change.kind === "team-limit") {
      this.#commit(setTeamLimit(this.#state, checked.change.dollars, { now, actor }).state);
      return { status: 200, body: { teamLimitDollars: checked.change.dollars } };
    }
    const { method, path: path2, body } = checked.change.request;
    const url = new URL(path2, "http://emulator.invalid");
    const route = matchRoute(method, url.pathname);
    if (!route || !routeAvailable(route.endpoint, this.#state, this.#settings)) {
      return {
        status: 404,
        body: { error: "Not Found", message: `No such endpoint: ${method} ${url.pathname}` }
      };
    }
    const output = handle({
      endpoint: route.endpoint,
      state: this.#state,
      settings: this.#settings,
      now,
      actor,
      body,
      query: url.searchParams,
      params: route.params
    });
    if (output.state) this.#commit(output.state);
    return output.response;
  }
  /** Makes `state` current, writing the state file first so memory never runs ahead of disk. */
  #commit(state) {
    if (this.#stateFile !== void 0) writeStateFile(this.#stateFile, state);
    this.#state = state;
  }
  async #onRequest(req, res) {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
      await this.#onControl(req, res, url);
      return;
    }
    const method = req.method ?? "GET";
    const route = matchRoute(method, url.pathname);
    const credentials = identify(req.headers.authorization, [
      ...this.#extraKeys,
      ...this.#state.apiKeys
    ]);
    const entry = this.#logArrival(method, url, route?.endpoint ?? null, credentials.scope);
    const reply = (response, headers) => {
      entry.status = response.status;
      sendJson(res, response.status, response.body, headers);
    };
    const body = await readBody(req).catch((error) => {
      if (error instanceof BodyTooLarge) return void 0;
      throw error;
    });
    if (body === void 0) {
      reply({
        status: 413,
        body: { error: "Payload Too Large", message: "Request body over 10 MB" }
      });
      return;
    }
    const parsed = parseBody(body);
    if (parsed.value !== void 0) entry.body = parsed.value;
    if (!route) {
      reply({
        status: 404,
        body: { error: "Not Found", message: `No such endpoint: ${method} ${url.pathname}` }
      });
      return;
    }
    if (!routeAvailable(route.endpoint, this.#state, this.#settings)) {
      reply({
        status: 404,
        body: { error: "Not Found", message: `No such endpoint: ${method} ${url.pathname}` }
      });
      return;
    }
    const fault = await this.#injectFault(route.endpoint, req, res, entry);
    if (fault === "answered") return;
    const refusal = this.#gate(route.endpoint, credentials, parsed);
    if (refusal) {
      reply(refusal.response, refusal.headers);
      return;
    }
    const output = handle({
      endpoint: route.endpoint,
      state: this.#state,
      settings: this.#settings,
      now: this.#clock.now(),
      actor: apiKeyActor(
        credentials.key?.name ?? `${credentials.scope} key`,
        req.socket.remoteAddress
      ),
      body: parsed.value,
      query: url.searchParams,
      params: route.params
    });
    if (output.state) this.#commit(output.state);
    if (fault.kind === "malformed") {
      entry.fault = "malformed";
      entry.status = 200;
      const real = output.response.body === void 0 ? "" : JSON.stringify(output.response.body);
      sendText(res, 200, "application/json; charset=utf-8", malformedBody(real, fault.variant));
      return;
    }
    reply(output.response);
  }
  #logArrival(method, url, endpoint, keyScope) {
    const entry = {
      seq: ++this.#seq,
      time: this.#clock.now(),
      method,
      path: `${url.pathname}${url.search}`,
      endpoint,
      status: 0,
      keyScope
    };
    this.#log.push(entry);
    return entry;
  }
  /**
   * Applies this request's faults (they model the network and the infrastructure in front of
   * the API, so they come before auth). Returns "answered" when the fault already decided the
   * outcome; otherwise the decision, which may still be "malformed" (applied to the answer).
   */
  async #injectFault(endpoint, req, res, entry) {
    const spec = faultSpecFor(this.#settings.faults, endpoint);
    if (spec.latencyMs) {
      entry.fault = "latency";
      await this.#delay(spec.latencyMs);
      if (this.#closed) return "answered";
    }
    if (this.#bursts.take(endpoint)) {
      entry.fault = "burst429";
      entry.status = 429;
      sendJson(res, 429, TOO_MANY_REQUESTS[this.#settings.tooManyRequests], this.#retryAfter());
      return "answered";
    }
    const fault = sampleFault(spec, this.#random);
    switch (fault.kind) {
      case "error": {
        const { contentType, text } = errorBody(fault.status);
        entry.fault = "error";
        entry.status = fault.status;
        sendText(res, fault.status, contentType, text);
        return "answered";
      }
      case "drop":
        entry.fault = "drop";
        req.socket.destroy();
        return "answered";
      case "hang":
        entry.fault = "hang";
        return "answered";
      default:
        return fault;
    }
  }
  /** Auth (401), scope (403), rate limit (429) and a JSON body (400), in that order. */
  #gate(endpoint, credentials, parsed) {
    if (!credentials.key) return { response: UNAUTHORIZED };
    if (ENDPOINTS[endpoint].write && credentials.key.scope !== "admin") {
      return { response: FORBIDDEN };
    }
    const limit = rateLimitFor(endpoint, this.#settings.rateLimits, this.#settings.shape);
    if (!this.#limiter.take(endpoint, limit).allowed) {
      return {
        response: { status: 429, body: TOO_MANY_REQUESTS[this.#settings.tooManyRequests] },
        headers: this.#retryAfter()
      };
    }
    if (!parsed.ok) {
      return {
        response: {
          status: 400,
          body: { error: "Bad Request", message: "Request body is not valid JSON" }
        }
      };
    }
    return void 0;
  }
  #retryAfter() {
    if (this.#settings.tooManyRequests === "2026") {
      return { "retry-after": String(RETRY_AFTER_2026_SECONDS) };
    }
    if (!this.#settings.retryAfterHeader) return {};
    return { "retry-after": String(secondsUntilReset(this.#clock.now())) };
  }
  /** Real time on purpose: latency exists to exercise the client's wall-clock timeouts. */
  #delay(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        resolve();
      }, ms);
      this.#timers.add(timer);
    });
  }
  async #onControl(req, res, url) {
    if (!isLoopback(req.socket.remoteAddress)) {
      sendJson(res, 404, { error: "Not Found", message: "No such endpoint" });
      return;
    }
    const text = await readBody(req);
    const route = `${req.method ?? "GET"} ${url.pathname.replace(/\/+$/, "")}`;
    const readJson = () => {
      try {
        return JSON.parse(text);
      } catch {
        throw new EmulatorConfigError("the request body is not valid JSON");
      }
    };
    try {
      switch (route) {
        case "GET /__emulator/requests":
          sendJson(res, 200, { requests: this.requests() });
          return;
        case "DELETE /__emulator/requests":
          this.clearRequests();
          sendJson(res, 204, void 0);
          return;
        case "GET /__emulator/state":
          sendJson(res, 200, this.#state);
          return;
        case "PUT /__emulator/state":
          this.#commit(parseEmulatorState(readJson(), "PUT /__emulator/state"));
          sendJson(res, 204, void 0);
          return;
        case "GET /__emulator/config":
          sendJson(res, 200, this.settings());
          return;
        case "PATCH /__emulator/config":
          this.configure(parseSettingsPatch(readJson(), "PATCH /__emulator/config"));
          sendJson(res, 200, this.settings());
          return;
        case "POST /__emulator/act":
          sendJson(res, 200, this.#act(parseOutOfBandChange(readJson(), "POST /__emulator/act")));
          return;
        default:
          sendJson(res, 404, {
            error: "Not Found",
            message: `No such control endpoint: ${route} (see docs/emulator.md)`
          });
      }
    } catch (error) {
      if (!(error instanceof EmulatorStateError || error instanceof EmulatorConfigError)) {
        throw error;
      }
      sendJson(res, 400, {
        error: "Bad Request",
        message: error.message,
        ...error instanceof EmulatorStateError ? { problems: error.problems } : {}
      });
    }
  }
  #internalError(res, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, 500, { error: "Internal Server Error", message: `emulator: ${message}` });
  }
};
async function startEmulator(options = {}) {
  const server = new EmulatorServer(options);
  await server.listen(options.host ?? "127.0.0.1", options.port ?? 0);
  return server;
}
export {
  DEFAULT_SETTINGS,
  DEMO_ADMIN_KEY,
  DEMO_READ_ONLY_KEY,
  EmulatorConfigError,
  EmulatorStateError,
  demoTeamState,
  generateTeamState,
  memberIdFor,
  parseEmulatorState,
  startEmulator
};
