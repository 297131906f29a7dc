#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import "./cli-chunk-LA6XIGWA.js";

// schemas/plan.schema.json
var plan_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/cursor-policy/cursor-policy/v0.1.0/schemas/plan.schema.json",
  title: "cursor-policy plan",
  description: "The machine-readable plan (`cursor-policy plan --format json`): the changes that would make the live Cursor team match the policy, plus notes, warnings, guardrail violations, the budget and (when looked up) who changed the live values. `cursor-policy drift --format json` adds `drift`. Documented in docs/plan-format.md. Within one formatVersion, fields and kinds may be added (consumers must ignore unknown fields and skip unknown kinds); anything else bumps formatVersion.",
  type: "object",
  additionalProperties: false,
  required: [
    "formatVersion",
    "fingerprint",
    "shape",
    "changes",
    "notes",
    "warnings",
    "violations",
    "summary",
    "budget",
    "counts",
    "effectiveLimitRule",
    "effectiveLimitChanges"
  ],
  properties: {
    formatVersion: {
      const: 2,
      description: "The version of this format. Changes only when a field is removed, renamed or changes meaning."
    },
    fingerprint: {
      type: "string",
      pattern: "^[0-9a-f]{64}$",
      description: "sha256 (hex) over the managed parts of the live state the plan was computed from (members' roles and limits, blocklists' ids, URLs and pattern sets, directory groups' ids, names, limits and member ids, the response shape; not spend). Apply of a saved plan refuses when it differs."
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
      description: "The changes, in apply order: create, update, group-create, group-update, group-members, set, clear, group-delete, delete; then by key."
    },
    notes: {
      type: "array",
      items: {
        $ref: "#/definitions/note"
      },
      description: "Things worth reporting that are not actions."
    },
    warnings: {
      type: "array",
      items: {
        $ref: "#/definitions/warning"
      },
      description: "Probable mistakes in the policy (an email that is not on the team): not actions, and not blocks unless --strict or a guardrail makes them violations."
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
        groupCreate: {
          type: "integer",
          minimum: 0,
          description: "Directory groups to create."
        },
        groupUpdate: {
          type: "integer",
          minimum: 0,
          description: "Directory groups to rename or whose limit changes."
        },
        groupMembers: {
          type: "integer",
          minimum: 0,
          description: "Directory groups whose membership changes."
        },
        groupDelete: {
          type: "integer",
          minimum: 0,
          description: "Directory groups to delete."
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
        "groupCreate",
        "groupUpdate",
        "groupMembers",
        "groupDelete",
        "total"
      ],
      additionalProperties: false
    },
    budget: {
      type: "object",
      description: "The budget line: monthly limits committed now (before) and after the plan is applied.",
      properties: {
        before: {
          description: "Now, as the live team reads.",
          allOf: [
            {
              $ref: "#/definitions/limitTotals"
            }
          ]
        },
        after: {
          description: "After the plan is applied.",
          allOf: [
            {
              $ref: "#/definitions/limitTotals"
            }
          ]
        }
      },
      required: [
        "before",
        "after"
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
        },
        liveDirectoryGroups: {
          type: "integer",
          minimum: 0,
          description: "Live directory groups (0 when the team or the API has none)."
        },
        desiredDirectoryGroups: {
          type: "integer",
          minimum: 0,
          description: "Directory groups the policy declares."
        }
      },
      required: [
        "members",
        "liveBlocklists",
        "desiredBlocklists",
        "liveDirectoryGroups",
        "desiredDirectoryGroups"
      ],
      additionalProperties: false
    },
    attribution: {
      description: "Who last changed each live value the plan would change, from the audit log (looked up by plan and drift; absent when it was not).",
      allOf: [
        {
          $ref: "#/definitions/attribution"
        }
      ]
    },
    drift: {
      type: "array",
      items: {
        $ref: "#/definitions/driftEntry"
      },
      description: "`drift --format json` only: each change read from the live side, risky first (the risk order of every output)."
    },
    effectiveLimitRule: {
      type: "string",
      enum: [
        "highest-applicable",
        "most-specific"
      ],
      description: `The rule the effective limits in this plan assume (docs/admin-api.md, "Effective limits"): "highest-applicable" — the highest limit that is set wins, a member's own or a directory group's; "most-specific" — the member's own limit when set, else the highest group limit.`
    },
    effectiveLimitChanges: {
      type: "array",
      items: {
        $ref: "#/definitions/effectiveLimitChange"
      },
      description: "Members whose effective limit changes although their own limit does not (a directory group's limit or membership changes), sorted by email. Members with a limit change carry theirs in the change's effective field."
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
        },
        until: {
          type: "string",
          description: "A temporary exception (a users entry with until): the last day it holds, YYYY-MM-DD.",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$"
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
        },
        effective: {
          description: "The member's effective limit before and after, under effectiveLimitRule.",
          allOf: [
            {
              $ref: "#/definitions/effectiveLimit"
            }
          ]
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
        "spendCents",
        "effective"
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
        },
        effective: {
          description: "The member's effective limit before and after, under effectiveLimitRule.",
          allOf: [
            {
              $ref: "#/definitions/effectiveLimit"
            }
          ]
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
        "spendCents",
        "effective"
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
        },
        {
          $ref: "#/definitions/groupCreate"
        },
        {
          $ref: "#/definitions/groupUpdate"
        },
        {
          $ref: "#/definitions/groupMembers"
        },
        {
          $ref: "#/definitions/groupDelete"
        }
      ],
      description: "One change. Changes are listed in a fixed order: create, update, group-create, group-update, group-members, set, clear, group-delete, delete (the apply order), then by key, then by id."
    },
    note: {
      oneOf: [
        {
          type: "object",
          description: "A temporary exception has ended: the member falls back to their other rules.",
          properties: {
            kind: {
              const: "exception-expired",
              description: "Note kind."
            },
            email: {
              type: "string",
              description: "The member's email."
            },
            limitDollars: {
              description: "The exception's limit.",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            },
            until: {
              type: "string",
              pattern: "^\\d{4}-\\d{2}-\\d{2}$",
              description: "The last day it held, YYYY-MM-DD."
            },
            rule: {
              description: "The users entry of the exception.",
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
            "limitDollars",
            "until",
            "rule"
          ],
          additionalProperties: false
        },
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
          description: "An email in pendingMembers is on the team now: the entry can go.",
          properties: {
            kind: {
              const: "pending-member-joined",
              description: "Note kind."
            },
            email: {
              type: "string",
              description: "The member's email."
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
          description: "A size threshold is exceeded, and --allow-deletes or --allow-large-changes lets the plan through.",
          properties: {
            kind: {
              const: "threshold-overridden",
              description: "Note kind."
            },
            threshold: {
              type: "string",
              enum: [
                "blocklist-deletes",
                "directory-group-deletes",
                "limit-changes"
              ],
              description: "What the threshold counts: blocklist deletions (of the live blocklists), or members whose limit changes (of the live members)."
            },
            changes: {
              type: "integer",
              minimum: 0,
              description: "Changes of the kind in the plan."
            },
            total: {
              type: "integer",
              minimum: 0,
              description: "Live objects of the kind, the base of the percentage."
            },
            maxCount: {
              type: "integer",
              minimum: 0,
              description: "At most this many changes (the policy's count), when set."
            },
            maxPercent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "At most this percentage of the live objects, when set."
            },
            everyOne: {
              const: true,
              description: "The plan removes every live object of the kind, which a built-in threshold never allows."
            },
            origin: {
              type: "string",
              enum: [
                "default",
                "policy"
              ],
              description: "`default`: the built-in threshold; `policy`: the policy's guardrails."
            },
            override: {
              type: "string",
              enum: [
                "allow-deletes",
                "allow-large-changes"
              ],
              description: "The switch that lets it through: --allow-deletes or --allow-large-changes (Action inputs of the same names)."
            }
          },
          required: [
            "kind",
            "threshold",
            "changes",
            "total",
            "origin",
            "override"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A limit is raised beyond the raise factor, and --allow-large-changes lets the plan through.",
          properties: {
            kind: {
              const: "limit-raise-overridden",
              description: "Note kind."
            },
            email: {
              type: "string",
              description: "The member's email."
            },
            before: {
              type: "integer",
              minimum: 1,
              description: "The live limit, whole dollars."
            },
            after: {
              type: "integer",
              minimum: 0,
              description: "The planned limit, whole dollars."
            },
            maxFactor: {
              type: "number",
              minimum: 1,
              description: "The raise factor it exceeds."
            },
            origin: {
              type: "string",
              enum: [
                "default",
                "policy"
              ],
              description: "`default`: the built-in threshold; `policy`: the policy's guardrails."
            },
            override: {
              const: "allow-large-changes",
              description: "The switch that lets it through."
            }
          },
          required: [
            "kind",
            "email",
            "before",
            "after",
            "maxFactor",
            "origin",
            "override"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A live directory group the policy does not declare, left alone because ownership.directoryGroups.prune is off.",
          properties: {
            kind: {
              const: "unmanaged-directory-group",
              description: "Note kind."
            },
            name: {
              type: "string",
              description: "The group's name as listed."
            },
            id: {
              type: "string",
              description: "The group's id."
            }
          },
          required: [
            "kind",
            "name",
            "id"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A live directory group matched by ownership.directoryGroups.ignore: managed elsewhere, never touched.",
          properties: {
            kind: {
              const: "ignored-directory-group",
              description: "Note kind."
            },
            name: {
              type: "string",
              description: "The group's name as listed."
            },
            id: {
              type: "string",
              description: "The group's id."
            },
            pattern: {
              type: "string",
              description: "The ignore glob that matched."
            }
          },
          required: [
            "kind",
            "name",
            "id",
            "pattern"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "An email a directory group names that is not on the team but is listed in pendingMembers: added once they join.",
          properties: {
            kind: {
              const: "pending-group-member",
              description: "Note kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The normalised email from the policy."
            },
            group: {
              type: "string",
              description: "The directory group, as the policy names it."
            },
            source: {
              description: "Where the policy declares the group.",
              allOf: [
                {
                  $ref: "#/definitions/sourceLocation"
                }
              ]
            }
          },
          required: [
            "kind",
            "email",
            "group",
            "source"
          ],
          additionalProperties: false
        }
      ],
      description: "Something worth reporting that is not an action. Sorted by kind, then by email, URL or group name."
    },
    warning: {
      description: "A probable mistake in the policy.",
      oneOf: [
        {
          type: "object",
          description: "An email the policy names (under users or in a group) that is not on the team and not in pendingMembers: a typo, or someone who left.",
          properties: {
            kind: {
              const: "member-not-on-team",
              description: "Warning kind."
            },
            email: {
              type: "string",
              description: "The email as the policy names it (normalised)."
            },
            rule: {
              description: "The rule that names it.",
              allOf: [
                {
                  $ref: "#/definitions/ruleRef"
                }
              ]
            },
            suggestions: {
              type: "array",
              items: {
                type: "string"
              },
              description: "The live members whose email is nearest (one or two edits), up to three; empty when none is close."
            }
          },
          required: [
            "kind",
            "email",
            "rule",
            "suggestions"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "An email a directory group lists that is not on the team and not in pendingMembers: a typo, or someone who has left.",
          properties: {
            kind: {
              const: "group-member-not-on-team",
              description: "Warning kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The normalised email from the policy."
            },
            group: {
              type: "string",
              description: "The directory group, as the policy names it."
            },
            source: {
              description: "Where the policy declares the group.",
              allOf: [
                {
                  $ref: "#/definitions/sourceLocation"
                }
              ]
            },
            suggestions: {
              type: "array",
              items: {
                type: "string"
              },
              description: "The live members whose email is nearest (one or two edits), up to three; empty when none is close."
            }
          },
          required: [
            "kind",
            "email",
            "group",
            "source",
            "suggestions"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A member's own limit that a higher directory-group limit overrides under effectiveLimitRule: the cap does not take effect. A violation instead with --strict or guardrails.requireEffectiveCaps.",
          properties: {
            kind: {
              const: "ineffective-cap",
              description: "Warning kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            limitDollars: {
              type: "integer",
              minimum: 0,
              description: "The member's own limit the policy asks for."
            },
            group: {
              type: "string",
              description: "The directory group with the highest limit, which overrides the cap."
            },
            groupLimitDollars: {
              type: "integer",
              minimum: 0,
              description: "That group's limit."
            },
            rule: {
              description: "The rule that gives the cap.",
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
            "limitDollars",
            "group",
            "groupLimitDollars",
            "rule"
          ],
          additionalProperties: false
        }
      ]
    },
    violation: {
      oneOf: [
        {
          type: "object",
          description: "More changes of one kind than a size threshold allows: the policy's (guardrails.maxDeletes, guardrails.maxLimitChanges) or the built-in one. --allow-deletes or --allow-large-changes (see `override`) lets it through, as the note threshold-overridden.",
          properties: {
            kind: {
              const: "threshold-exceeded",
              description: "Violation kind."
            },
            threshold: {
              type: "string",
              enum: [
                "blocklist-deletes",
                "directory-group-deletes",
                "limit-changes"
              ],
              description: "What the threshold counts: blocklist deletions (of the live blocklists), or members whose limit changes (of the live members)."
            },
            changes: {
              type: "integer",
              minimum: 0,
              description: "Changes of the kind in the plan."
            },
            total: {
              type: "integer",
              minimum: 0,
              description: "Live objects of the kind, the base of the percentage."
            },
            maxCount: {
              type: "integer",
              minimum: 0,
              description: "At most this many changes (the policy's count), when set."
            },
            maxPercent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "At most this percentage of the live objects, when set."
            },
            everyOne: {
              const: true,
              description: "The plan removes every live object of the kind, which a built-in threshold never allows."
            },
            origin: {
              type: "string",
              enum: [
                "default",
                "policy"
              ],
              description: "`default`: the built-in threshold; `policy`: the policy's guardrails."
            },
            override: {
              type: "string",
              enum: [
                "allow-deletes",
                "allow-large-changes"
              ],
              description: "The switch that lets it through: --allow-deletes or --allow-large-changes (Action inputs of the same names)."
            }
          },
          required: [
            "kind",
            "threshold",
            "changes",
            "total",
            "origin",
            "override"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A limit raised to more than the raise factor (guardrails.maxLimitRaise, or the built-in 5x) allows. --allow-large-changes lets it through, as the note limit-raise-overridden.",
          properties: {
            kind: {
              const: "limit-raise-exceeded",
              description: "Violation kind."
            },
            email: {
              type: "string",
              description: "The member's email."
            },
            before: {
              type: "integer",
              minimum: 1,
              description: "The live limit, whole dollars."
            },
            after: {
              type: "integer",
              minimum: 0,
              description: "The planned limit, whole dollars."
            },
            maxFactor: {
              type: "number",
              minimum: 1,
              description: "The raise factor it exceeds."
            },
            origin: {
              type: "string",
              enum: [
                "default",
                "policy"
              ],
              description: "`default`: the built-in threshold; `policy`: the policy's guardrails."
            },
            override: {
              const: "allow-large-changes",
              description: "The switch that lets it through."
            }
          },
          required: [
            "kind",
            "email",
            "before",
            "after",
            "maxFactor",
            "origin",
            "override"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "A member's policy limit is above guardrails.maxUserLimit (no limit counts as above).",
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
              description: "guardrails.maxUserLimit, in dollars."
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
        },
        {
          type: "object",
          description: "The members' limits after the apply add up to more than guardrails.maxTotalLimit.",
          properties: {
            kind: {
              const: "total-limit-above-maximum",
              description: "Violation kind."
            },
            totalDollars: {
              type: "integer",
              minimum: 0,
              description: "The sum of the limits after the apply."
            },
            maximum: {
              type: "integer",
              minimum: 0,
              description: "guardrails.maxTotalLimit."
            },
            withoutLimit: {
              type: "integer",
              minimum: 0,
              description: "Members without a limit, not in the sum."
            }
          },
          required: [
            "kind",
            "totalDollars",
            "maximum",
            "withoutLimit"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "--strict or guardrails.requireNamedMembersOnTeam: an email the policy names is not on the team (the warning member-not-on-team, made a block).",
          properties: {
            kind: {
              const: "member-not-on-team",
              description: "Violation kind."
            },
            email: {
              type: "string",
              description: "The email as the policy names it (normalised)."
            },
            rule: {
              description: "The rule that names it.",
              allOf: [
                {
                  $ref: "#/definitions/ruleRef"
                }
              ]
            },
            suggestions: {
              type: "array",
              items: {
                type: "string"
              },
              description: "The live members whose email is nearest (one or two edits), up to three; empty when none is close."
            },
            because: {
              type: "string",
              enum: [
                "strict",
                "guardrail"
              ],
              description: "`strict`: --strict; `guardrail`: guardrails.requireNamedMembersOnTeam."
            }
          },
          required: [
            "kind",
            "email",
            "rule",
            "suggestions",
            "because"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "--strict or guardrails.requireNamedMembersOnTeam: an email a directory group lists is not on the team (the warning group-member-not-on-team, made a block).",
          properties: {
            kind: {
              const: "group-member-not-on-team",
              description: "Violation kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The normalised email from the policy."
            },
            group: {
              type: "string",
              description: "The directory group, as the policy names it."
            },
            source: {
              description: "Where the policy declares the group.",
              allOf: [
                {
                  $ref: "#/definitions/sourceLocation"
                }
              ]
            },
            suggestions: {
              type: "array",
              items: {
                type: "string"
              },
              description: "The live members whose email is nearest (one or two edits), up to three; empty when none is close."
            },
            because: {
              type: "string",
              enum: [
                "strict",
                "guardrail"
              ],
              description: "`strict`: --strict; `guardrail`: guardrails.requireNamedMembersOnTeam."
            }
          },
          required: [
            "kind",
            "email",
            "group",
            "source",
            "suggestions",
            "because"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "An ineffective cap (the warning of that kind), blocking because of --strict or guardrails.requireEffectiveCaps.",
          properties: {
            kind: {
              const: "ineffective-cap",
              description: "Violation kind."
            },
            email: {
              type: "string",
              minLength: 1,
              description: "The member's email as listed."
            },
            limitDollars: {
              type: "integer",
              minimum: 0,
              description: "The member's own limit the policy asks for."
            },
            group: {
              type: "string",
              description: "The directory group with the highest limit, which overrides the cap."
            },
            groupLimitDollars: {
              type: "integer",
              minimum: 0,
              description: "That group's limit."
            },
            rule: {
              description: "The rule that gives the cap.",
              allOf: [
                {
                  $ref: "#/definitions/ruleRef"
                }
              ]
            },
            because: {
              type: "string",
              enum: [
                "strict",
                "guardrail"
              ],
              description: "What makes it block: --strict, or guardrails.requireEffectiveCaps."
            }
          },
          required: [
            "kind",
            "email",
            "limitDollars",
            "group",
            "groupLimitDollars",
            "rule",
            "because"
          ],
          additionalProperties: false
        }
      ],
      description: "A guardrail or safety threshold the plan breaks. Any violation blocks apply (exit code 3). Sorted by kind, then by email or URL."
    },
    limitTotals: {
      type: "object",
      description: "Monthly limits committed across the team at one point in time.",
      properties: {
        committedDollars: {
          type: "integer",
          minimum: 0,
          description: "The sum of the limits of the members who have one, in whole dollars."
        },
        withLimit: {
          type: "integer",
          minimum: 0,
          description: "Members with a limit."
        },
        withoutLimit: {
          type: "integer",
          minimum: 0,
          description: "Members with no limit: not in the sum."
        },
        unknown: {
          type: "integer",
          minimum: 0,
          description: "Members whose limit is unknown (no spend report row): not in the sum."
        }
      },
      required: [
        "committedDollars",
        "withLimit",
        "withoutLimit",
        "unknown"
      ],
      additionalProperties: false
    },
    changedBy: {
      description: "Who last changed the live value, or why that is unknown.",
      oneOf: [
        {
          type: "object",
          description: "An audit-log event names the object.",
          properties: {
            status: {
              const: "found",
              description: "Found."
            },
            actor: {
              type: "string",
              description: "Who acted, as the server wrote it (an admin's email, api-key:...): untrusted text."
            },
            at: {
              type: "string",
              description: "When, ISO 8601 in UTC."
            },
            eventType: {
              type: "string",
              description: "The event's type, e.g. user_spend_limit or team_repo."
            },
            applicationType: {
              type: "string",
              description: "How the change was made, e.g. dashboard or api."
            }
          },
          required: [
            "status"
          ],
          additionalProperties: false
        },
        {
          type: "object",
          description: "Nobody could be named.",
          properties: {
            status: {
              const: "unknown",
              description: "Unknown."
            },
            reason: {
              type: "string",
              enum: [
                "audit-log-unavailable",
                "not-found"
              ],
              description: "`audit-log-unavailable`: the audit log could not be read (a 403, an unreadable answer); `not-found`: no event of the window names the object."
            },
            detail: {
              type: "string",
              description: "Why, for people."
            }
          },
          required: [
            "status",
            "reason",
            "detail"
          ],
          additionalProperties: false
        }
      ]
    },
    attribution: {
      type: "object",
      description: "Who changed the live values the plan would change, read from the audit log.",
      properties: {
        status: {
          type: "string",
          enum: [
            "complete",
            "partial",
            "unavailable"
          ],
          description: "How much of the window was read: every event, the first pages only, or nothing (then every change is unknown)."
        },
        windowStart: {
          type: "string",
          description: "The start of the window searched, ISO 8601 (the API keeps 30 days)."
        },
        windowEnd: {
          type: "string",
          description: "The end of the window searched, ISO 8601."
        },
        calls: {
          type: "integer",
          minimum: 0,
          description: "Audit-log pages requested."
        },
        reason: {
          type: "string",
          description: "Why the read was partial or unavailable."
        },
        changes: {
          type: "array",
          description: "One per change, in plan order.",
          items: {
            type: "object",
            description: "The attribution of one change.",
            properties: {
              resource: {
                type: "string",
                enum: [
                  "blocklist",
                  "spendLimit",
                  "directoryGroup"
                ],
                description: "The change's resource."
              },
              key: {
                type: "string",
                description: "The change's key."
              },
              id: {
                type: "string",
                description: "The live entry's id, for changes that have one."
              },
              changedBy: {
                description: "Who.",
                allOf: [
                  {
                    $ref: "#/definitions/changedBy"
                  }
                ]
              }
            },
            required: [
              "resource",
              "key",
              "changedBy"
            ],
            additionalProperties: false
          }
        }
      },
      required: [
        "status",
        "windowStart",
        "windowEnd",
        "calls",
        "changes"
      ],
      additionalProperties: false
    },
    driftEntry: {
      type: "object",
      description: "One change read from the live side: what happened outside the policy.",
      properties: {
        change: {
          type: "integer",
          minimum: 0,
          description: "The change's index in `changes`."
        },
        resource: {
          type: "string",
          enum: [
            "blocklist",
            "spendLimit",
            "directoryGroup"
          ],
          description: "The change's resource."
        },
        key: {
          type: "string",
          description: "The change's key."
        },
        kind: {
          type: "string",
          enum: [
            "limit-raised",
            "limit-removed",
            "blocklist-deleted",
            "patterns-removed",
            "blocklist-unmanaged",
            "blocklist-duplicate",
            "patterns-added",
            "limit-lowered",
            "limit-added",
            "limit-ambiguous",
            "limit-unknown",
            "group-deleted",
            "group-limit-raised",
            "group-limit-removed",
            "group-unmanaged",
            "group-members-added",
            "group-limit-lowered",
            "group-limit-added",
            "group-renamed",
            "group-members-removed"
          ],
          description: "What happened: a limit raised or removed, a blocklist deleted or its patterns removed outside the policy (risky); a blocklist live but not in the policy, a second entry, patterns added; a limit lowered or set outside the policy; a legacy limit that may be $0; an unknown limit. For directory groups: a group deleted, its limit raised or removed outside the policy (risky); a group live but not in the policy, members added outside it; a group limit lowered or set, a group renamed, members removed outside the policy."
        },
        risky: {
          type: "boolean",
          description: "Protection or a limit was loosened outside the policy."
        },
        changedBy: {
          description: "Who, when it was looked up.",
          allOf: [
            {
              $ref: "#/definitions/changedBy"
            }
          ]
        }
      },
      required: [
        "change",
        "resource",
        "key",
        "kind",
        "risky"
      ],
      additionalProperties: false
    },
    groupLimitRef: {
      type: "object",
      description: "A directory group a member is in, with its limit.",
      properties: {
        name: {
          type: "string",
          description: "The group's name."
        },
        limit: {
          description: "The group's monthly limit; null when it has none.",
          allOf: [
            {
              $ref: "#/definitions/limitDollars"
            }
          ]
        }
      },
      required: [
        "name",
        "limit"
      ],
      additionalProperties: false
    },
    effectiveLimit: {
      type: "object",
      description: "A member's effective limit before and after the plan, under effectiveLimitRule, from their own limit and their directory groups' limits (a team-wide limit, which the API does not show, is not included).",
      properties: {
        before: {
          description: `Before the plan; "unknown" when the member's own limit is unknown.`,
          allOf: [
            {
              $ref: "#/definitions/limitBefore"
            }
          ]
        },
        after: {
          description: `After the plan; "unknown" when the member's own limit stays unknown.`,
          allOf: [
            {
              $ref: "#/definitions/limitBefore"
            }
          ]
        },
        groups: {
          type: "array",
          items: {
            $ref: "#/definitions/groupLimitRef"
          },
          description: "The directory groups the member is in after the plan, sorted by name."
        }
      },
      required: [
        "before",
        "after",
        "groups"
      ],
      additionalProperties: false
    },
    effectiveLimitChange: {
      type: "object",
      description: "A member whose effective limit changes through directory-group changes alone.",
      properties: {
        key: {
          type: "string",
          description: "The normalised email."
        },
        email: {
          type: "string",
          minLength: 1,
          description: "The member's email as the API lists it."
        },
        before: {
          description: "Before the plan.",
          allOf: [
            {
              $ref: "#/definitions/limitBefore"
            }
          ]
        },
        after: {
          description: "After the plan.",
          allOf: [
            {
              $ref: "#/definitions/limitBefore"
            }
          ]
        },
        groups: {
          type: "array",
          items: {
            $ref: "#/definitions/groupLimitRef"
          },
          description: "The directory groups the member is in after the plan, sorted by name."
        }
      },
      required: [
        "key",
        "email",
        "before",
        "after",
        "groups"
      ],
      additionalProperties: false
    },
    groupMemberRef: {
      type: "object",
      description: "A team member a directory-group change adds or removes.",
      properties: {
        email: {
          type: "string",
          description: "The member's email as the API lists it."
        },
        userId: {
          type: "string",
          minLength: 1,
          description: "The member's id: membership is written by id."
        }
      },
      required: [
        "email",
        "userId"
      ],
      additionalProperties: false
    },
    groupCreate: {
      type: "object",
      description: "Create a directory group the policy declares and the team lacks, with its limit. Its members follow as a group-members change without an id.",
      properties: {
        kind: {
          const: "group-create",
          description: "Change kind."
        },
        resource: {
          const: "directoryGroup",
          description: 'Always "directoryGroup".'
        },
        key: {
          type: "string",
          description: "The group's name, trimmed and lower-cased (names compare case-insensitively)."
        },
        name: {
          type: "string",
          description: "The name as the policy writes it: what the create sends."
        },
        limit: {
          description: "The group's limit; null for none.",
          allOf: [
            {
              $ref: "#/definitions/limitDollars"
            }
          ]
        },
        source: {
          description: "Where the policy declares the group.",
          allOf: [
            {
              $ref: "#/definitions/sourceLocation"
            }
          ]
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "name",
        "limit",
        "source"
      ],
      additionalProperties: false
    },
    groupUpdate: {
      type: "object",
      description: "Rename a live directory group, change its limit, or both.",
      properties: {
        kind: {
          const: "group-update",
          description: "Change kind."
        },
        resource: {
          const: "directoryGroup",
          description: 'Always "directoryGroup".'
        },
        key: {
          type: "string",
          description: "The group's name, trimmed and lower-cased (names compare case-insensitively)."
        },
        name: {
          type: "string",
          description: "The name after the change, as the policy writes it."
        },
        id: {
          type: "string",
          description: "The live group's id."
        },
        renamedFrom: {
          type: "string",
          description: "The live name, when the group is renamed."
        },
        limit: {
          type: "object",
          description: "The limit before and after, when it changes.",
          properties: {
            before: {
              description: "The live limit.",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            },
            after: {
              description: "The new limit; null clears it.",
              allOf: [
                {
                  $ref: "#/definitions/limitDollars"
                }
              ]
            }
          },
          required: [
            "before",
            "after"
          ],
          additionalProperties: false
        },
        source: {
          description: "Where the policy declares the group.",
          allOf: [
            {
              $ref: "#/definitions/sourceLocation"
            }
          ]
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "name",
        "id",
        "source"
      ],
      additionalProperties: false
    },
    groupMembers: {
      type: "object",
      description: "Add members to and remove members from one directory group.",
      properties: {
        kind: {
          const: "group-members",
          description: "Change kind."
        },
        resource: {
          const: "directoryGroup",
          description: 'Always "directoryGroup".'
        },
        key: {
          type: "string",
          description: "The group's name, trimmed and lower-cased (names compare case-insensitively)."
        },
        name: {
          type: "string",
          description: "The group's name after the plan."
        },
        id: {
          type: "string",
          description: "The live group's id; absent when the group is created by the same plan."
        },
        add: {
          type: "array",
          items: {
            $ref: "#/definitions/groupMemberRef"
          },
          description: "Members to add, sorted by email."
        },
        remove: {
          type: "array",
          items: {
            $ref: "#/definitions/groupMemberRef"
          },
          description: "Members to remove, sorted by email."
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "name",
        "add",
        "remove"
      ],
      additionalProperties: false
    },
    groupDelete: {
      type: "object",
      description: "Delete a live directory group the policy does not declare (ownership.directoryGroups.prune).",
      properties: {
        kind: {
          const: "group-delete",
          description: "Change kind."
        },
        resource: {
          const: "directoryGroup",
          description: 'Always "directoryGroup".'
        },
        key: {
          type: "string",
          description: "The group's name, trimmed and lower-cased (names compare case-insensitively)."
        },
        name: {
          type: "string",
          description: "The name as the API lists it."
        },
        id: {
          type: "string",
          description: "The live group's id: what the delete sends."
        },
        limit: {
          description: "The group's limit.",
          allOf: [
            {
              $ref: "#/definitions/limitDollars"
            }
          ]
        },
        members: {
          type: "array",
          items: {
            type: "string",
            description: "An email."
          },
          description: "The emails of its members on the team, sorted."
        }
      },
      required: [
        "kind",
        "resource",
        "key",
        "name",
        "id",
        "limit",
        "members"
      ],
      additionalProperties: false
    }
  }
};
export {
  plan_schema_default as default
};
