#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  require_ajv
} from "./cli-chunk-7YADIGFD.js";
import {
  PLAN_FORMAT_VERSION
} from "./cli-chunk-7D7RI7CA.js";
import {
  canonicalJson
} from "./cli-chunk-OJCZX34S.js";
import {
  StalePlanError,
  outputPathError
} from "./cli-chunk-5YM5QFID.js";
import {
  VERSION
} from "./cli-chunk-W3LY73ZL.js";
import {
  safeForOutput
} from "./cli-chunk-CX6JMEBD.js";
import {
  __toESM
} from "./cli-chunk-EKOBLVTJ.js";

// src/core/saved-plan.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";

// schemas/plan.schema.json
var plan_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/cursor-policy/cursor-policy/v0.1.0/schemas/plan.schema.json",
  title: "cursor-policy plan",
  description: "The machine-readable plan (`cursor-policy plan --format json`): the changes that would make the live Cursor team match the policy, plus notes and guardrail violations. Documented in docs/plan-format.md. Within one formatVersion, fields and kinds may be added (consumers must ignore unknown fields and skip unknown kinds); anything else bumps formatVersion.",
  type: "object",
  additionalProperties: false,
  required: [
    "formatVersion",
    "fingerprint",
    "shape",
    "changes",
    "notes",
    "violations",
    "summary",
    "counts"
  ],
  properties: {
    formatVersion: {
      const: 1,
      description: "The version of this format. Changes only when a field is removed, renamed or changes meaning."
    },
    fingerprint: {
      type: "string",
      pattern: "^[0-9a-f]{64}$",
      description: "sha256 (hex) over the managed parts of the live state the plan was computed from (members' roles and limits, blocklists' ids, URLs and pattern sets, the response shape; not spend). Apply of a saved plan refuses when it differs."
    },
    shape: {
      type: "string",
      enum: [
        "current",
        "legacy"
      ],
      description: 'Which generation of API responses the live state was read from: "current" or "legacy" (where a $0 limit reads as no limit).'
    },
    changes: {
      type: "array",
      items: {
        $ref: "#/definitions/change"
      },
      description: "The changes, in apply order: create, update, set, clear, delete; then by key."
    },
    notes: {
      type: "array",
      items: {
        $ref: "#/definitions/note"
      },
      description: "Things worth reporting that are not actions."
    },
    violations: {
      type: "array",
      items: {
        $ref: "#/definitions/violation"
      },
      description: "Guardrail and threshold breaches; any one blocks apply."
    },
    summary: {
      type: "object",
      description: "Counts of changes by kind.",
      properties: {
        create: {
          type: "integer",
          minimum: 0,
          description: "Blocklists to create."
        },
        update: {
          type: "integer",
          minimum: 0,
          description: "Blocklists to update."
        },
        delete: {
          type: "integer",
          minimum: 0,
          description: "Blocklists to delete."
        },
        set: {
          type: "integer",
          minimum: 0,
          description: "Spend limits to set."
        },
        clear: {
          type: "integer",
          minimum: 0,
          description: "Spend limits to clear."
        },
        total: {
          type: "integer",
          minimum: 0,
          description: "All changes."
        }
      },
      required: [
        "create",
        "update",
        "delete",
        "set",
        "clear",
        "total"
      ],
      additionalProperties: false
    },
    counts: {
      type: "object",
      description: "What the plan was computed over.",
      properties: {
        members: {
          type: "integer",
          minimum: 0,
          description: "Live team members (active)."
        },
        liveBlocklists: {
          type: "integer",
          minimum: 0,
          description: "Live blocklists."
        },
        desiredBlocklists: {
          type: "integer",
          minimum: 0,
          description: "Blocklists the policy declares."
        }
      },
      required: [
        "members",
        "liveBlocklists",
        "desiredBlocklists"
      ],
      additionalProperties: false
    }
  },
  definitions: {
    limitDollars: {
      anyOf: [
        {
          type: "integer",
          minimum: 0,
          description: "Whole dollars; 0 is a $0 limit (nothing may be spent)."
        },
        {
          type: "null",
          description: "No per-user limit."
        }
      ],
      description: 'A spend limit in whole dollars, or null for "no limit".'
    },
    limitBefore: {
      anyOf: [
        {
          type: "integer",
          minimum: 0,
          description: "Whole dollars."
        },
        {
          type: "null",
          description: "No per-user limit (on the legacy shape possibly $0: see beforeAmbiguous)."
        },
        {
          const: "unknown",
          description: "The spend report had no row for this member."
        }
      ],
      description: 'The limit read from the live state: whole dollars, null (no limit), or "unknown" when the spend report had no row for the member.'
    },
    sourceLocation: {
      type: "object",
      description: "Where something is written in a policy file.",
      properties: {
        file: {
          type: "string",
          description: "Policy file, relative to the policy directory."
        },
        line: {
          type: "integer",
          minimum: 1,
          description: "1-based line."
        },
        column: {
          type: "integer",
          minimum: 1,
          description: "1-based column."
        }
      },
      required: [
        "file",
        "line",
        "column"
      ],
      additionalProperties: false
    },
    ruleRef: {
      type: "object",
      description: "The policy rule that produced a limit.",
      properties: {
        rank: {
          type: "string",
          enum: [
            "user",
            "group",
            "emailPattern",
            "role",
            "default"
          ],
          description: "The rule's kind, in precedence order: user > group > emailPattern > role > default."
        },
        name: {
          type: "string",
          description: 'The email, group name, email glob, role, or "default".'
        },
        source: {
          description: "Where the rule is written.",
          allOf: [
            {
              $ref: "#/definitions/sourceLocation"
            }
          ]
        }
      },
      required: [
        "rank",
        "name",
        "source"
      ],
      additionalProperties: false
    },
    blocklistCreate: {
      type: "object",
      description: "Create a blocklist for a repository the policy declares and live state lacks. Applied by an upsert.",
      properties: {
        kind: {
          const: "create",
          description: "Change kind."
        },
        resource: {
          const: "blocklist",
          description: 'Always "blocklist".'
        },
        key: {
          type: "string",
          description: "The normalised repository URL the change is keyed by (https://host/path, lower-case, no .git)."
        },
        url: {
          type: "string",
          description: "The URL as written in policy: what the upsert sends."
        },
        after: {
          type: "array",
          items: {
            type: "string",
            description: "A blocklist glob pattern."
          },
          description: "The patterns to set: de-duplicated and sorted."
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "url",
        "after"
      ],
      additionalProperties: false
    },
    blocklistUpdate: {
      type: "object",
      description: "Replace the patterns of a live blocklist whose pattern set differs from the policy. Applied by an upsert.",
      properties: {
        kind: {
          const: "update",
          description: "Change kind."
        },
        resource: {
          const: "blocklist",
          description: 'Always "blocklist".'
        },
        key: {
          type: "string",
          description: "The normalised repository URL the change is keyed by (https://host/path, lower-case, no .git)."
        },
        url: {
          type: "string",
          description: "The live entry's URL as the server stored it: the upsert sends this spelling so it addresses the existing entry."
        },
        id: {
          type: "string",
          description: "The live entry's id."
        },
        before: {
          type: "array",
          items: {
            type: "string",
            description: "A blocklist glob pattern."
          },
          description: "The live patterns as a set: de-duplicated and sorted."
        },
        after: {
          type: "array",
          items: {
            type: "string",
            description: "A blocklist glob pattern."
          },
          description: "The patterns to set: de-duplicated and sorted."
        },
        added: {
          type: "array",
          items: {
            type: "string",
            description: "A blocklist glob pattern."
          },
          description: "Patterns in after but not in before, sorted."
        },
        removed: {
          type: "array",
          items: {
            type: "string",
            description: "A blocklist glob pattern."
          },
          description: "Patterns in before but not in after, sorted."
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "url",
        "id",
        "before",
        "after",
        "added",
        "removed"
      ],
      additionalProperties: false
    },
    blocklistDelete: {
      type: "object",
      description: "Delete a live blocklist. Applied by DELETE by id, after all upserts and limits.",
      properties: {
        kind: {
          const: "delete",
          description: "Change kind."
        },
        resource: {
          const: "blocklist",
          description: 'Always "blocklist".'
        },
        key: {
          type: "string",
          description: "The normalised repository URL the change is keyed by (https://host/path, lower-case, no .git)."
        },
        url: {
          type: "string",
          description: "The URL as the server stored it."
        },
        id: {
          type: "string",
          description: "The live entry's id: what the delete sends."
        },
        before: {
          type: "array",
          items: {
            type: "string",
            description: "A blocklist glob pattern."
          },
          description: "The live patterns as a set: de-duplicated and sorted."
        },
        reason: {
          type: "string",
          enum: [
            "undeclared",
            "duplicate"
          ],
          description: 'Why it goes: "undeclared" (the policy does not declare the repo and ownership.prune is on) or "duplicate" (a second live entry for a repo the policy declares).'
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "url",
        "id",
        "before"
      ],
      additionalProperties: false
    },
    limitSet: {
      type: "object",
      description: "Set a member's monthly spend limit to a number of dollars.",
      properties: {
        kind: {
          const: "set",
          description: "Change kind."
        },
        resource: {
          const: "spendLimit",
          description: 'Always "spendLimit".'
        },
        key: {
          type: "string",
          description: "The normalised email (trimmed, lower-case) the change is keyed by."
        },
        email: {
          type: "string",
          minLength: 1,
          description: "The member's email as the API lists it: what the write sends."
        },
        name: {
          type: "string",
          description: "The member's name as the API lists it."
        },
        role: {
          type: "string",
          description: "The member's role, normalised (owner, member, free-owner, or an unknown value as is)."
        },
        before: {
          description: "The limit read from the live state.",
          allOf: [
            {
              $ref: "#/definitions/limitBefore"
            }
          ]
        },
        after: {
          type: "integer",
          minimum: 0,
          description: "The new limit in whole dollars (0 = $0)."
        },
        rule: {
          description: "The policy rule that produced the new limit.",
          allOf: [
            {
              $ref: "#/definitions/ruleRef"
            }
          ]
        },
        spendCents: {
          type: "number",
          minimum: 0,
          description: "Spend so far this billing cycle, in cents (may be fractional)."
        },
        beforeAmbiguous: {
          const: true,
          description: 'Present (true) when before was read from the legacy field, where 0 means "no override": before null may really be $0.'
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "email",
        "name",
        "role",
        "before",
        "after",
        "rule",
        "spendCents"
      ],
      additionalProperties: false
    },
    limitClear: {
      type: "object",
      description: "Remove a member's per-user spend limit.",
      properties: {
        kind: {
          const: "clear",
          description: "Change kind."
        },
        resource: {
          const: "spendLimit",
          description: 'Always "spendLimit".'
        },
        key: {
          type: "string",
          description: "The normalised email (trimmed, lower-case) the change is keyed by."
        },
        email: {
          type: "string",
          minLength: 1,
          description: "The member's email as the API lists it: what the write sends."
        },
        name: {
          type: "string",
          description: "The member's name as the API lists it."
        },
        role: {
          type: "string",
          description: "The member's role, normalised (owner, member, free-owner, or an unknown value as is)."
        },
        before: {
          description: "The limit read from the live state.",
          allOf: [
            {
              $ref: "#/definitions/limitBefore"
            }
          ]
        },
        after: {
          type: "null",
          description: "Always null: no limit."
        },
        rule: {
          description: "The policy rule that produced the new limit.",
          allOf: [
            {
              $ref: "#/definitions/ruleRef"
            }
          ]
        },
        spendCents: {
          type: "number",
          minimum: 0,
          description: "Spend so far this billing cycle, in cents (may be fractional)."
        },
        beforeAmbiguous: {
          const: true,
          description: 'Present (true) when before was read from the legacy field, where 0 means "no override": before null may really be $0.'
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "email",
        "name",
        "role",
        "before",
        "after",
        "rule",
        "spendCents"
      ],
      additionalProperties: false
    },
    change: {
      oneOf: [
        {
          $ref: "#/definitions/blocklistCreate"
        },
        {
          $ref: "#/definitions/blocklistUpdate"
        },
        {
          $ref: "#/definitions/blocklistDelete"
        },
        {
          $ref: "#/definitions/limitSet"
        },
        {
          $ref: "#/definitions/limitClear"
        }
      ],
      description: "One change. Changes are listed in a fixed order: create, update, set, clear, delete (the apply order), then by key, then by id."
    },
    note: {
      oneOf: [
        {
          type: "object",
          description: "A user named in policy who is not on the team yet: their limit is applied once they join.",
          properties: {
            kind: {
              const: "pending-member",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The normalised email from the policy."
            },
            rule: {
              description: "The rule that names them.",
              allOf: [
                {
                  $ref: "#/definitions/ruleRef"
                }
              ]
            }
          },
          required: [
            "kind",
            "email",
            "rule"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A member no rule covers: their limit is left alone.",
          properties: {
            kind: {
              const: "uncovered-member",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            role: {
              type: "string",
              description: "The member's normalised role."
            }
          },
          required: [
            "kind",
            "email",
            "role"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "The spend report had no row for this member, so the current limit is unknown; the policy's limit is planned anyway.",
          properties: {
            kind: {
              const: "limit-unknown",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            }
          },
          required: [
            "kind",
            "email"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: 'Legacy response shape: the member reads as "no limit", which may really be $0. Wanted 0: the (idempotent) set is planned and cannot be confirmed. Wanted null: nothing is planned.',
          properties: {
            kind: {
              const: "ambiguous-zero-limit",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            wanted: {
              description: "The limit the policy wants.",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            }
          },
          required: [
            "kind",
            "email",
            "wanted"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "Legacy response shape: the policy clears the member's limit, but the legacy spend-limit write has no null, so an API of that generation may refuse the clear. The clear is planned anyway.",
          properties: {
            kind: {
              const: "legacy-clear",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            limitDollars: {
              type: "integer",
              minimum: 0,
              description: "The limit the member has now, in whole dollars."
            }
          },
          required: [
            "kind",
            "email",
            "limitDollars"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "The new limit is below what the member already spent this cycle: it blocks them at once.",
          properties: {
            kind: {
              const: "limit-below-spend",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            limitDollars: {
              type: "integer",
              minimum: 0,
              description: "The new limit in dollars."
            },
            spendCents: {
              type: "number",
              minimum: 0,
              description: "Spend so far this cycle, in cents."
            }
          },
          required: [
            "kind",
            "email",
            "limitDollars",
            "spendCents"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "The live limit already equals the policy, but the API enforces a higher limit or none (a group or team limit wins).",
          properties: {
            kind: {
              const: "limit-not-effective",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            limitDollars: {
              description: "The member's limit (as the policy wants it).",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            },
            effectiveDollars: {
              description: "What the API says is enforced.",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            }
          },
          required: [
            "kind",
            "email",
            "limitDollars",
            "effectiveDollars"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A live blocklist the policy does not declare, left alone because ownership.prune is off.",
          properties: {
            kind: {
              const: "unmanaged-blocklist",
              description: "Note kind."
            },
            url: {
              type: "string",
              description: "The URL as the server stored it."
            },
            id: {
              type: "string",
              description: "The live entry's id."
            }
          },
          required: [
            "kind",
            "url",
            "id"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A live blocklist matched by ownership.ignore: managed elsewhere, never touched.",
          properties: {
            kind: {
              const: "ignored-blocklist",
              description: "Note kind."
            },
            url: {
              type: "string",
              description: "The URL as the server stored it."
            },
            id: {
              type: "string",
              description: "The live entry's id."
            },
            pattern: {
              type: "string",
              description: "The ignore glob that matched."
            }
          },
          required: [
            "kind",
            "url",
            "id",
            "pattern"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "The policy repeats a pattern for a repository.",
          properties: {
            kind: {
              const: "duplicate-pattern",
              description: "Note kind."
            },
            url: {
              type: "string",
              description: "The repository URL."
            },
            pattern: {
              type: "string",
              description: "The repeated pattern."
            }
          },
          required: [
            "kind",
            "url",
            "pattern"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A second live entry for a declared repo (another spelling of its URL), left alone because ownership.prune is off.",
          properties: {
            kind: {
              const: "duplicate-blocklist",
              description: "Note kind."
            },
            url: {
              type: "string",
              description: "The URL as the server stored it."
            },
            id: {
              type: "string",
              description: "The live entry's id."
            },
            key: {
              type: "string",
              description: "The normalised URL of the declared repo it duplicates."
            }
          },
          required: [
            "kind",
            "url",
            "id",
            "key"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "The delete threshold is exceeded, but --allow-deletes lets the plan through.",
          properties: {
            kind: {
              const: "deletes-allowed",
              description: "Note kind."
            },
            deletes: {
              type: "integer",
              minimum: 0,
              description: "Blocklist deletions in the plan."
            },
            total: {
              type: "integer",
              minimum: 0,
              description: "Live blocklists the percentage is taken of."
            },
            maxCount: {
              type: "integer",
              minimum: 0,
              description: "guardrails.maxDeletes.count, when set."
            },
            maxPercent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "guardrails.maxDeletes.percent, when set."
            }
          },
          required: [
            "kind",
            "deletes",
            "total"
          ],
          additionalProperties: false
        }
      ],
      description: "Something worth reporting that is not an action. Sorted by kind, then by email or URL."
    },
    violation: {
      oneOf: [
        {
          type: "object",
          description: "More blocklist deletions than guardrails.maxDeletes allows (by count or percentage of live blocklists). Overridable with --allow-deletes (then reported as the note deletes-allowed).",
          properties: {
            kind: {
              const: "too-many-deletes",
              description: "Violation kind."
            },
            deletes: {
              type: "integer",
              minimum: 0,
              description: "Blocklist deletions in the plan."
            },
            total: {
              type: "integer",
              minimum: 0,
              description: "Live blocklists the percentage is taken of."
            },
            maxCount: {
              type: "integer",
              minimum: 0,
              description: "guardrails.maxDeletes.count, when set."
            },
            maxPercent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "guardrails.maxDeletes.percent, when set."
            },
            overridable: {
              const: true,
              description: "Always true: --allow-deletes lets it through."
            }
          },
          required: [
            "kind",
            "deletes",
            "total",
            "overridable"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A member's policy limit is above guardrails.maxUserLimitDollars (no limit counts as above).",
          properties: {
            kind: {
              const: "limit-above-maximum",
              description: "Violation kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            limit: {
              description: "The limit the policy gives them.",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            },
            maximum: {
              type: "integer",
              minimum: 0,
              description: "guardrails.maxUserLimitDollars."
            },
            rule: {
              description: "The rule that gives the limit.",
              allOf: [
                {
                  $ref: "#/definitions/ruleRef"
                }
              ]
            }
          },
          required: [
            "kind",
            "email",
            "limit",
            "maximum",
            "rule"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "guardrails.requireLimitForEveryMember is on and a member ends uncovered or with no limit.",
          properties: {
            kind: {
              const: "member-without-limit",
              description: "Violation kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            rule: {
              description: 'The rule that gives "no limit"; absent when no rule covers the member.',
              allOf: [
                {
                  $ref: "#/definitions/ruleRef"
                }
              ]
            }
          },
          required: [
            "kind",
            "email"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "The plan deletes the blocklist of a repository in guardrails.protectedRepos. The delete stays listed; the plan is blocked.",
          properties: {
            kind: {
              const: "protected-repo-delete",
              description: "Violation kind."
            },
            url: {
              type: "string",
              description: "The URL as the server stored it."
            },
            pattern: {
              type: "string",
              description: "The protectedRepos glob that matched."
            }
          },
          required: [
            "kind",
            "url",
            "pattern"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "Rules of the same (winning) rank give a member different limits: a policy error. No change is planned for the member.",
          properties: {
            kind: {
              const: "limit-conflict",
              description: "Violation kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            rules: {
              type: "array",
              minItems: 2,
              items: {
                $ref: "#/definitions/ruleRef"
              },
              description: "The disagreeing rules, sorted."
            }
          },
          required: [
            "kind",
            "email",
            "rules"
          ],
          additionalProperties: false
        }
      ],
      description: "A guardrail or safety threshold the plan breaks. Any violation blocks apply (exit code 3). Sorted by kind, then by email or URL."
    }
  }
};

// src/core/review.ts
import { createHash } from "node:crypto";
function reviewDigest(plan) {
  return {
    fingerprint: plan.fingerprint,
    changes: createHash("sha256").update(canonicalJson(plan.changes.map(sentPart))).digest("hex")
  };
}
function compareReview(reviewed, applied) {
  if (reviewed.fingerprint !== applied.fingerprint) return "live-state-changed";
  return reviewed.changes === applied.changes ? "same" : "changes-differ";
}
function sentPart(change) {
  const { kind, key } = change;
  switch (change.kind) {
    case "create":
      return { kind, key, url: change.url, after: change.after };
    case "update":
      return { kind, key, url: change.url, id: change.id, after: change.after };
    case "delete":
      return { kind, key, url: change.url, id: change.id };
    case "set":
    case "clear":
      return { kind, key, email: change.email, after: change.after };
  }
}

// src/core/saved-plan.ts
var SAVED_PLAN_KIND = "cursor-policy/saved-plan";
function toSavedPlan(plan, policyDigest) {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    toolVersion: VERSION,
    policyDigest,
    plan
  };
}
function savedPlanText(saved) {
  return `${safeForOutput(JSON.stringify(saved, null, 2))}
`;
}
async function writeSavedPlan(file, saved) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, savedPlanText(saved), { mode: 384 });
    await rename(temp, file);
  } catch (error) {
    throw outputPathError(file, error, "--out");
  }
}
async function readSavedPlan(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new StalePlanError(`cannot read the saved plan ${file}: ${code}`, {
      hint: "create it with `cursor-policy plan --out FILE`"
    });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StalePlanError(`the saved plan ${file} is not valid JSON`, {
      hint: "create it again with `cursor-policy plan --out FILE`"
    });
  }
  const { ajv, validate } = savedPlanSchema();
  if (!validate(data)) {
    const problem = describeSchemaErrors(ajv, validate.errors ?? []);
    throw new StalePlanError(
      `${file} is not a cursor-policy saved plan (format version ${PLAN_FORMAT_VERSION})${problem ? `: ${problem}` : ""}`,
      {
        hint: "create it with `cursor-policy plan --out FILE` using this version of cursor-policy"
      }
    );
  }
  return data;
}
var SAVED_PLAN_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "formatVersion", "toolVersion", "policyDigest", "plan"],
  properties: {
    kind: { const: SAVED_PLAN_KIND },
    formatVersion: { const: PLAN_FORMAT_VERSION },
    toolVersion: { type: "string" },
    policyDigest: { type: "string", pattern: "^[0-9a-f]{64}$" },
    plan: { $ref: plan_schema_default.$id }
  }
};
var compiled;
function savedPlanSchema() {
  if (compiled === void 0) {
    const ajv = new import_ajv.Ajv({ strict: true, allErrors: true, verbose: true }).addSchema(plan_schema_default);
    compiled = { ajv, validate: ajv.compile(SAVED_PLAN_SCHEMA) };
  }
  return compiled;
}
function describeSchemaErrors(ajv, errors) {
  const first = errors.find((e) => e.keyword !== "oneOf");
  if (first === void 0) return void 0;
  const choice = errors.find(
    (e) => e.keyword === "oneOf" && (first.instancePath === e.instancePath || first.instancePath.startsWith(`${e.instancePath}/`))
  );
  if (choice === void 0) return describeSchemaError(first);
  const item = choice.data;
  const kind = isRecord(item) ? item.kind : void 0;
  const definition = Object.entries(plan_schema_default.definitions).find(
    ([, schema]) => isDeepStrictEqual(schema, choice.parentSchema)
  )?.[0];
  const count = Array.isArray(choice.schema) ? choice.schema.length : 0;
  const forms = Array.from({ length: definition === void 0 ? 0 : count }, (_, index) => {
    const check = ajv.getSchema(`${plan_schema_default.$id}#/definitions/${definition}/oneOf/${index}`);
    return check === void 0 ? [] : [{ kind: kindOf(ajv, check.schema), check }];
  }).flat();
  if (forms.length === 0) return describeSchemaError(first);
  const named = forms.find((form) => form.kind !== void 0 && form.kind === kind);
  if (named === void 0) {
    const kinds = forms.map((form) => quoted(form.kind)).join(", ");
    return `${choice.instancePath}/kind must be one of ${kinds}, not ${quoted(kind)}`;
  }
  named.check(item);
  const inForm = named.check.errors?.[0];
  return inForm ? describeSchemaError({
    ...inForm,
    instancePath: `${choice.instancePath}${inForm.instancePath}`
  }) : describeSchemaError(first);
}
function kindOf(ajv, schema) {
  if (isRecord(schema) && typeof schema.$ref === "string") {
    return kindOf(ajv, ajv.getSchema(`${plan_schema_default.$id}${schema.$ref}`)?.schema);
  }
  const properties = isRecord(schema) ? schema.properties : void 0;
  const kind = isRecord(properties) ? properties.kind : void 0;
  return isRecord(kind) ? kind.const : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeSchemaError(error) {
  const where = error.instancePath === "" ? "the top level" : error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `${where} has no "${String(params.missingProperty)}"`;
    case "additionalProperties":
      return `${where} has a field this version does not know, "${String(params.additionalProperty)}"`;
    case "const":
      return `${where} must be ${quoted(params.allowedValue)}, not ${quoted(error.data)}`;
    default:
      return `${where} ${error.message ?? "is not valid"} (found ${quoted(error.data)})`;
  }
}
function quoted(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var SavedPlanOutdatedError = class extends StalePlanError {
  constructor(mismatch, message, hint) {
    super(message, { hint });
    this.mismatch = mismatch;
  }
};
function checkSavedPlanStillHolds(saved, fresh, policyDigest) {
  if (saved.policyDigest !== policyDigest) {
    throw new SavedPlanOutdatedError(
      "policy",
      "the policy has changed since the saved plan was made; nothing was applied",
      "run `cursor-policy plan --out FILE` again on the current policy, review it, and apply that"
    );
  }
  const comparison = compareReview(reviewDigest(saved.plan), reviewDigest(fresh));
  if (comparison === "live-state-changed") {
    throw new SavedPlanOutdatedError(
      "live-state",
      `the live state has changed since the saved plan was made (fingerprint ${short(saved.plan.fingerprint)} is now ${short(fresh.fingerprint)}); nothing was applied`,
      "someone changed the team in the meantime: run `cursor-policy plan --out FILE` again, review it, and apply that"
    );
  }
  if (comparison === "changes-differ") {
    throw new SavedPlanOutdatedError(
      "changes",
      "the saved plan's changes differ from a fresh plan of the same policy and live state; nothing was applied",
      "the plan was probably made by another version of cursor-policy: make it again with this version"
    );
  }
}
function short(fingerprint) {
  return fingerprint.slice(0, 12);
}

export {
  SAVED_PLAN_KIND,
  toSavedPlan,
  savedPlanText,
  writeSavedPlan,
  readSavedPlan,
  SavedPlanOutdatedError,
  checkSavedPlanStillHolds
};
