#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  systemClock,
  utcDate
} from "./cli-chunk-PDWXNEN5.js";
import {
  plan
} from "./cli-chunk-PR4YQT7K.js";
import "./cli-chunk-YOY5NVGM.js";
import {
  compareStrings,
  loadPolicyFiles,
  policyValidator,
  require_dist
} from "./cli-chunk-2ORLFR2B.js";
import "./cli-chunk-MHL6WGYV.js";
import "./cli-chunk-GO366PNV.js";
import "./cli-chunk-J3FXLKC5.js";
import {
  CursorPolicyError
} from "./cli-chunk-SMCOMD7A.js";
import "./cli-chunk-PI3JQBMS.js";
import {
  __toESM
} from "./cli-chunk-LA6XIGWA.js";

// src/policy/write.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_SCHEMA_PATH = "../schemas/policy.schema.json";
function canonicalPolicyDocument(doc) {
  const spend = doc.spendLimits ?? {};
  const blocklists = doc.blocklists ?? {};
  const ownership = doc.ownership ?? {};
  const guardrails = doc.guardrails ?? {};
  return compact({
    version: 1,
    spendLimits: compact({
      default: spend.default === void 0 ? void 0 : limitValue(spend.default),
      roles: sortedRecord(spend.roles, limitValue),
      emailPatterns: sortedRecord(spend.emailPatterns, limitValue),
      groups: sortedRecord(
        spend.groups,
        (group) => compact({ limit: limitValue(group.limit), members: sortedList(group.members) })
      ),
      users: sortedRecord(spend.users, limitValue)
    }),
    blocklists: compact({
      patternSets: sortedRecord(blocklists.patternSets, sortedList),
      repos: sortedRecord(
        blocklists.repos,
        (repo) => compact({ use: sortedList(repo.use ?? []), patterns: sortedList(repo.patterns ?? []) })
      )
    }),
    directoryGroups: sortedRecord(doc.directoryGroups, (group) => ({
      limit: limitValue(group.limit),
      // Kept when empty: `members: []` is how a group says it has nobody in it.
      members: sortedList(group.members),
      ...group.renamedFrom === void 0 ? {} : { renamedFrom: group.renamedFrom }
    })),
    ownership: compact({
      prune: ownership.prune,
      ignore: sortedList(ownership.ignore ?? []),
      directoryGroups: ownership.directoryGroups === void 0 ? void 0 : compact({
        prune: ownership.directoryGroups.prune,
        ignore: sortedList(ownership.directoryGroups.ignore ?? [])
      })
    }),
    guardrails: compact({
      maxUserLimit: guardrails.maxUserLimit,
      requireLimitForEveryMember: guardrails.requireLimitForEveryMember,
      maxDeletes: guardrails.maxDeletes === void 0 ? void 0 : compact({ count: guardrails.maxDeletes.count, percent: guardrails.maxDeletes.percent }),
      protectedRepos: sortedList(guardrails.protectedRepos ?? []),
      requireEffectiveCaps: guardrails.requireEffectiveCaps
    })
  });
}
function serializePolicy(doc, options = {}) {
  const document = new import_yaml.Document(canonicalPolicyDocument(doc), { version: "1.2" });
  styleDocument(document);
  const body = document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
  return `# yaml-language-server: $schema=${options.schemaPath ?? DEFAULT_SCHEMA_PATH}
${body}`;
}
function limitValue(limit) {
  return limit === null ? "none" : limit;
}
function sortedList(items) {
  return [...new Set(items)].sort(compareStrings);
}
function sortedRecord(record, map) {
  const result = {};
  for (const key of Object.keys(record ?? {}).sort(compareStrings)) {
    const value = record?.[key];
    if (value === void 0) continue;
    const mapped = map(value);
    if (mapped === void 0) continue;
    Object.defineProperty(result, key, {
      value: mapped,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return result;
}
function compact(record) {
  const result = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === void 0) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) {
      continue;
    }
    Object.defineProperty(result, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return result;
}
var QUOTED_LISTS = /* @__PURE__ */ new Set(["patterns", "ignore", "protectedRepos"]);
function styleDocument(document) {
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root)) return;
  root.items.forEach((pair, index) => {
    if (index > 0 && (0, import_yaml.isScalar)(pair.key)) pair.key.spaceBefore = true;
  });
  styleMap(root, []);
}
function styleMap(map, path) {
  for (const pair of map.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const here = [...path, key];
    if (path.at(-1) === "emailPatterns") quote(pair.key);
    if (path.at(-1) === "patternSets" && (0, import_yaml.isSeq)(pair.value)) quoteItems(pair.value);
    if ((0, import_yaml.isSeq)(pair.value)) {
      if (QUOTED_LISTS.has(key)) quoteItems(pair.value);
      if (key === "use") pair.value.flow = true;
    }
    if ((0, import_yaml.isMap)(pair.value)) styleMap(pair.value, here);
  }
}
function quoteItems(seq) {
  for (const item of seq.items) quote(item);
}
function quote(node) {
  if (node instanceof import_yaml.Scalar && typeof node.value === "string") node.type = "QUOTE_DOUBLE";
}

// src/core/import.ts
var IMPORT_FILE_NAMES = {
  spendLimits: "spend-limits.yaml",
  blocklists: "blocklists.yaml",
  directoryGroups: "directory-groups.yaml"
};
function importPolicy(live, options = {}) {
  const warnings = [];
  const serializeOptions = options.schemaPath === void 0 ? {} : { schemaPath: options.schemaPath };
  const limits = /* @__PURE__ */ new Map();
  for (const member of live.members) {
    if (!member.limit) {
      warnings.push(
        `${member.email}: the spend report has no row for this member, so their limit is unknown; left out`
      );
      continue;
    }
    if (member.limit.dollars === null && member.limit.zeroIsAmbiguous) {
      warnings.push(
        `${member.email}: the API answered in the legacy shape, where a $0 limit and no limit look the same; written as none — check it`
      );
    }
    limits.set(member.emailKey, member.limit.dollars);
  }
  const fallback = mostCommon([...limits.values()]);
  const users = {};
  for (const [email, dollars] of limits) {
    if (fallback === void 0 || dollars !== fallback.value) users[email] = toPolicyLimit(dollars);
  }
  const spendDoc = {
    version: 1,
    spendLimits: {
      ...fallback === void 0 ? {} : { default: toPolicyLimit(fallback.value) },
      ...Object.keys(users).length === 0 ? {} : { users }
    }
  };
  const repos = {};
  const ignore = [];
  const seen = /* @__PURE__ */ new Map();
  const entriesPerRepo = /* @__PURE__ */ new Map();
  for (const blocklist of live.blocklists) {
    entriesPerRepo.set(blocklist.urlKey, (entriesPerRepo.get(blocklist.urlKey) ?? 0) + 1);
  }
  const duplicates = [...entriesPerRepo.values()].filter((count) => count > 1).length;
  for (const blocklist of [...live.blocklists].sort((a, b) => a.id.localeCompare(b.id))) {
    const earlier = seen.get(blocklist.urlKey);
    if (earlier !== void 0) {
      warnings.push(
        `${blocklist.url} (${blocklist.id}) is another spelling of ${earlier}; only the first is declared, and prune is left off so that no plan deletes this duplicate (delete it in the dashboard, then turn prune on)`
      );
      continue;
    }
    if (blocklist.patterns.length === 0) {
      if ((entriesPerRepo.get(blocklist.urlKey) ?? 0) > 1) {
        warnings.push(
          `${blocklist.url} (${blocklist.id}) has no patterns and is one of several entries for ${blocklist.urlKey}; left out, and prune is left off so that no plan deletes it (delete it in the dashboard, then turn prune on)`
        );
        continue;
      }
      warnings.push(
        `${blocklist.url} (${blocklist.id}) has no patterns, which a policy cannot declare; listed under ownership.ignore, so no plan touches it`
      );
      ignore.push(blocklist.url);
      continue;
    }
    seen.set(blocklist.urlKey, blocklist.url);
    repos[blocklist.url] = { patterns: [...blocklist.patterns] };
  }
  const blocklistDoc = {
    version: 1,
    blocklists: { repos },
    ownership: { prune: duplicates === 0, ...ignore.length === 0 ? {} : { ignore } }
  };
  const files = [
    {
      name: IMPORT_FILE_NAMES.spendLimits,
      text: withHeader(serializePolicy(spendDoc, serializeOptions), "spend limits", live)
    },
    {
      name: IMPORT_FILE_NAMES.blocklists,
      text: withHeader(
        serializePolicy(blocklistDoc, serializeOptions),
        "repo blocklists",
        live,
        duplicates === 0 ? [
          "# ownership.prune is true: a blocklist made outside this policy (in the dashboard) is",
          "# drift, and apply deletes it. Declare it here to keep it."
        ] : []
      )
    }
  ];
  const groups = directoryGroupsDocument(live, warnings);
  if (groups !== void 0) {
    files.push({
      name: IMPORT_FILE_NAMES.directoryGroups,
      text: withHeader(
        serializePolicy(groups.document, serializeOptions),
        "directory groups",
        live,
        groups.prune ? [
          "# ownership.directoryGroups.prune is true: a directory group made outside this policy",
          "# is drift, and apply deletes it. Declare it here to keep it; list groups your identity",
          "# provider syncs under ownership.directoryGroups.ignore."
        ] : []
      )
    });
  }
  proveRoundTrip(files, live);
  return { files, warnings };
}
function directoryGroupsDocument(live, warnings) {
  const read = live.directoryGroups;
  if (read === void 0 || !read.supported || read.groups.length === 0) return void 0;
  const onTeam = new Set(live.members.map((member) => member.emailKey));
  const groups = {};
  const seen = /* @__PURE__ */ new Set();
  let leftOut = 0;
  for (const group of [...read.groups].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!isWritableGroupName(group.name)) {
      leftOut++;
      warnings.push(
        `directory group ${JSON.stringify(group.name)} (${group.id}) has a name a policy cannot declare (spaces at either end, a control character, or more than 200 characters); left out, so a plan reports it as unmanaged`
      );
      continue;
    }
    if (seen.has(group.nameKey)) {
      leftOut++;
      warnings.push(
        `directory group ${JSON.stringify(group.name)} (${group.id}) has the name of another group (names are compared case-insensitively); only the first is declared`
      );
      continue;
    }
    seen.add(group.nameKey);
    const members = [];
    for (const member of group.members) {
      if (member.emailKey !== void 0 && onTeam.has(member.emailKey)) {
        members.push(member.emailKey);
      }
    }
    const others = group.members.length - members.length;
    if (others > 0) {
      warnings.push(
        `directory group ${JSON.stringify(group.name)} lists ${others} member(s) who are not on the team; left out (a plan leaves them where they are)`
      );
    }
    Object.defineProperty(groups, group.name, {
      value: { limit: toPolicyLimit(group.limitDollars), members },
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  if (Object.keys(groups).length === 0) return void 0;
  const prune = leftOut === 0;
  return {
    document: { version: 1, directoryGroups: groups, ownership: { directoryGroups: { prune } } },
    prune
  };
}
function isWritableGroupName(name) {
  return policyValidator()({
    version: 1,
    directoryGroups: { [name]: { limit: "none", members: [] } }
  });
}
function proveRoundTrip(files, live) {
  const loaded = loadPolicyFiles(files.map((file) => ({ path: file.name, text: file.text })));
  if (!loaded.ok) {
    const first = loaded.problems.find((p) => p.severity === "error");
    throw new CursorPolicyError(
      `the imported policy does not validate (${first ? `${first.file}:${first.line}: ${first.message}` : "unknown problem"})`,
      {
        hint: "the live team holds a value the policy language rejects; please report this with the message above"
      }
    );
  }
  const check = plan(loaded.desired, live, {
    allowDeletes: true,
    allowLargeChanges: true,
    today: utcDate(systemClock)
  });
  if (check.changes.length > 0) {
    throw new CursorPolicyError(
      `the imported policy would still change ${check.changes.length} thing(s) on the live team; nothing was written`,
      { hint: "this is a bug in import; please report it" }
    );
  }
}
function withHeader(text, what, live, extra = []) {
  const newline = text.indexOf("\n") + 1;
  return text.slice(0, newline) + header(what, live, extra) + text.slice(newline);
}
function header(what, live, extra) {
  return [
    "#",
    `# Imported from the live team by \`cursor-policy import\`: ${what} as they are today`,
    `# (${live.members.length} members, ${live.blocklists.length} repo blocklists${groupCount(live)}). Review before committing.`,
    ...extra,
    ""
  ].join("\n");
}
function groupCount(live) {
  const read = live.directoryGroups;
  if (read === void 0 || !read.supported) return "";
  return `, ${read.groups.length} directory group${read.groups.length === 1 ? "" : "s"}`;
}
function toPolicyLimit(dollars) {
  return dollars === null ? "none" : dollars;
}
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best;
  for (const [value, count] of counts) {
    if (!best || count > best.count || count === best.count && rank(value) < rank(best.value)) {
      best = { value, count };
    }
  }
  return best !== void 0 && best.count > 1 ? best : void 0;
}
function rank(value) {
  return value === null ? Number.POSITIVE_INFINITY : value;
}
export {
  IMPORT_FILE_NAMES,
  importPolicy
};
