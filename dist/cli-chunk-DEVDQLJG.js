#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  plural
} from "./cli-chunk-V2C4JFGT.js";
import {
  isUnverifiable
} from "./cli-chunk-PR4YQT7K.js";
import {
  appendAll,
  escapeHidden
} from "./cli-chunk-J3FXLKC5.js";

// src/render/fragments.ts
var code = (text) => ({ code: text });
var data = (text) => ({ data: text });
function plainText(message) {
  return message.map((fragment2) => {
    if (typeof fragment2 === "string") return fragment2;
    if ("code" in fragment2) return `\`${printable(fragment2.code)}\``;
    return printable(fragment2.data);
  }).join("");
}
var printable = escapeHidden;

// src/render/attribution.ts
function changedByOf(attribution, change) {
  if (attribution === void 0) return void 0;
  const id = "id" in change ? change.id : void 0;
  return attribution.changes.find((entry) => sameTarget(entry, change, id))?.changedBy;
}
function sameTarget(entry, change, id) {
  return entry.resource === change.resource && entry.key === change.key && entry.id === id;
}
function changedByMessage(changedBy) {
  if (changedBy.status === "unknown") {
    return [
      changedBy.reason === "audit-log-unavailable" ? "who: unknown (the audit log could not be read)" : "who: unknown (no audit-log event of the last 30 days names it)"
    ];
  }
  const parts = [
    changedBy.actor === void 0 ? ["changed by someone the audit log does not name"] : ["changed by ", data(changedBy.actor)]
  ];
  if (changedBy.at !== void 0) parts.push([" at ", data(utcMinute(changedBy.at))]);
  if (changedBy.applicationType !== void 0) {
    parts.push([" via ", data(changedBy.applicationType)]);
  }
  return parts.flat();
}
function utcMinute(iso) {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/render/drift.ts
var FRAMINGS = {
  "limit-raised": { rank: 0, label: "raised outside policy" },
  "limit-removed": { rank: 0, label: "limit removed outside policy" },
  "blocklist-deleted": { rank: 0, label: "deleted outside policy" },
  "patterns-removed": { rank: 0, label: "patterns removed outside policy" },
  "blocklist-unmanaged": { rank: 1, label: "exists live, not in policy" },
  "blocklist-duplicate": { rank: 1, label: "second entry for a repository the policy declares" },
  "patterns-added": { rank: 1, label: "patterns added outside policy" },
  "group-deleted": { rank: 0, label: "directory group deleted outside policy" },
  "group-limit-raised": { rank: 0, label: "group limit raised outside policy" },
  "group-limit-removed": { rank: 0, label: "group limit removed outside policy" },
  "group-unmanaged": { rank: 1, label: "directory group exists live, not in policy" },
  "group-members-added": { rank: 1, label: "members added to the group outside policy" },
  "limit-lowered": { rank: 2, label: "lowered outside policy" },
  "limit-added": { rank: 2, label: "limit set outside policy" },
  "limit-ambiguous": { rank: 2, label: "no limit or $0 live (the legacy API cannot tell)" },
  "limit-unknown": { rank: 2, label: "live limit unknown (no spend report row)" },
  "group-limit-lowered": { rank: 2, label: "group limit lowered outside policy" },
  "group-limit-added": { rank: 2, label: "group limit set outside policy" },
  "group-renamed": { rank: 2, label: "directory group renamed outside policy" },
  "group-members-removed": { rank: 2, label: "members removed from the group outside policy" }
};
var DRIFT_KINDS = Object.keys(FRAMINGS).sort(
  (a, b) => FRAMINGS[a].rank - FRAMINGS[b].rank
);
function driftFraming(kind) {
  return { kind, ...FRAMINGS[kind] };
}
function driftOf(change) {
  return driftFraming(driftKind(change));
}
function driftKind(change) {
  switch (change.kind) {
    case "create":
      return "blocklist-deleted";
    case "update":
      return change.added.length > 0 ? "patterns-removed" : "patterns-added";
    case "delete":
      return change.reason === "duplicate" ? "blocklist-duplicate" : "blocklist-unmanaged";
    case "clear":
      return change.before === "unknown" ? "limit-unknown" : "limit-added";
    case "set": {
      const live = change.before;
      if (live === "unknown") return "limit-unknown";
      if (change.beforeAmbiguous) return "limit-ambiguous";
      if (live === null) return "limit-removed";
      return live > change.after ? "limit-raised" : "limit-lowered";
    }
    case "group-create":
      return "group-deleted";
    case "group-delete":
      return "group-unmanaged";
    case "group-update": {
      const limit = change.limit;
      if (limit === void 0) return "group-renamed";
      if (limit.before === null) return "group-limit-removed";
      if (limit.after === null) return "group-limit-added";
      return limit.before > limit.after ? "group-limit-raised" : "group-limit-lowered";
    }
    case "group-members":
      return change.remove.length > 0 ? "group-members-added" : "group-members-removed";
  }
}

// src/render/risk-order.ts
function riskRank(change, mode = "plan") {
  if (mode === "drift") return driftOf(change).rank;
  switch (change.kind) {
    case "delete":
    case "clear":
      return 0;
    case "update":
      return change.removed.length > 0 ? 0 : 2;
    case "set":
      return typeof change.before === "number" && change.after > change.before ? 1 : 2;
    case "create":
      return 2;
    case "group-delete":
      return 0;
    case "group-update":
      if (change.limit === void 0) return 2;
      if (change.limit.after === null) return change.limit.before === null ? 2 : 0;
      return change.limit.before !== null && change.limit.after > change.limit.before ? 1 : 2;
    case "group-create":
    case "group-members":
      return 2;
  }
}
function inRiskOrder(changes, mode) {
  const ranked = changes.map((change, index) => ({ change, index, rank: riskRank(change, mode) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((entry) => entry.change);
}

// src/render/json.ts
function renderJson(plan, mode = "plan") {
  if (mode === "plan") return `${JSON.stringify(plan, null, 2)}
`;
  const index = new Map(plan.changes.map((change, i) => [change, i]));
  const drift = inRiskOrder(plan.changes, "drift").map((change) => {
    const framing = driftOf(change);
    const changedBy = changedByOf(plan.attribution, change);
    return {
      change: index.get(change) ?? -1,
      resource: change.resource,
      key: change.key,
      kind: framing.kind,
      risky: framing.rank === 0,
      ...changedBy === void 0 ? {} : { changedBy }
    };
  });
  return `${JSON.stringify({ ...plan, drift }, null, 2)}
`;
}

// src/render/markdown-escape.ts
function escapeMarkdown(text) {
  return neutraliseMentions(
    oneLine(text).replace(/[\\`*_[\]~]/g, (char) => `\\${char}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  );
}
function neutraliseMentions(markdown) {
  return markdown.replace(/(^|[^\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_-])/gu, "$1@&#8203;");
}
function codeSpan(text) {
  const content = oneLine(text);
  const longest = longestBacktickRun([content]);
  const fence = "`".repeat(longest + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content === "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function inTableCell(markdown) {
  return markdown.replace(/\|/g, "\\|");
}
function codeFence(lines2) {
  return "`".repeat(Math.max(3, longestBacktickRun(lines2) + 1));
}
function longestBacktickRun(lines2) {
  let longest = 0;
  for (const line of lines2) {
    for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  }
  return longest;
}
function oneLine(text) {
  return printable(text.replace(/\r\n|\r|\n/g, " "));
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/render/values.ts
function dollars(amount) {
  return `$${groupThousands(String(Math.trunc(amount)))}`;
}
function money(cents) {
  const rounded = Math.round(cents);
  const whole = Math.trunc(rounded / 100);
  const rest = String(Math.abs(rounded % 100)).padStart(2, "0");
  return `${rounded < 0 ? "-" : ""}$${groupThousands(String(Math.abs(whole)))}.${rest}`;
}
function limitValue(limit, ambiguous = false) {
  if (limit === "unknown") return "unknown";
  if (limit === null) return ambiguous ? "no limit or $0" : "no limit";
  return dollars(limit);
}
function limitDollars(limit) {
  return limitValue(limit);
}
function percent(value) {
  return `${Number(value.toFixed(1))} %`;
}
function location(rule) {
  return `${rule.source.file}:${rule.source.line}`;
}
function ruleName(rule) {
  switch (rule.rank) {
    case "user":
      return ["user rule"];
    case "group":
      return ["group ", code(rule.name)];
    case "emailPattern":
      return ["email pattern ", code(rule.name)];
    case "role":
      return ["role ", code(rule.name)];
    case "default":
      return ["default"];
  }
}
function ruleWithLocation(rule) {
  return [...ruleName(rule), ` (${location(rule)})`];
}
function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// src/render/ineffective-cap.ts
function ineffectiveCapMessage(cap) {
  return [
    `cap ${dollars(cap.limitDollars)} for `,
    data(cap.email),
    " does not take effect: directory group ",
    code(cap.group),
    ` allows ${dollars(cap.groupLimitDollars)}, and the highest applicable limit wins (the cap comes from `,
    ...ruleWithLocation(cap.rule),
    ")"
  ];
}

// src/render/warnings.ts
function warningMessage(warning) {
  switch (warning.kind) {
    case "member-not-on-team":
      return notOnTeam(warning.email, warning.rule, warning.suggestions);
    case "group-member-not-on-team":
      return groupMemberNotOnTeam(warning);
    case "ineffective-cap":
      return [
        ...ineffectiveCapMessage(warning),
        ": raise the cap, take the member out of the group, or lower the group's limit"
      ];
  }
}
function notOnTeam(email, rule, suggestions) {
  return [
    data(email),
    " is named by ",
    ...ruleWithLocation(rule),
    " but is not on the team",
    ...didYouMean(suggestions)
  ];
}
function groupMemberNotOnTeam(finding) {
  return [
    data(finding.email),
    " is a member of directory group ",
    code(finding.group),
    ` (${location({ source: finding.source })}) but is not on the team`,
    ...didYouMean(finding.suggestions)
  ];
}
function didYouMean(suggestions) {
  const guess = suggestions.length === 0 ? [": a typo, or someone who has left?"] : [
    ": did you mean ",
    ...suggestions.flatMap((suggestion, i) => [
      i === 0 ? "" : i === suggestions.length - 1 ? " or " : ", ",
      data(suggestion)
    ]),
    "?"
  ];
  return [...guess, " If they join later, list them under pendingMembers"];
}

// src/render/violations.ts
function violationMessage(violation) {
  switch (violation.kind) {
    case "threshold-exceeded":
      return [
        `${shareBreach(violation)}: pass --${violation.override} to proceed${violation.origin === "default" ? `, or set ${THRESHOLD_NAMES[violation.threshold].key} to change the threshold` : ""}`
      ];
    case "limit-raise-exceeded":
      return [
        ...raiseBreach(violation),
        `: pass --${violation.override} to proceed${violation.origin === "default" ? ", or set guardrails.maxLimitRaise" : ""}`
      ];
    case "total-limit-above-maximum":
      return [
        `the members' limits add up to ${dollars(violation.totalDollars)} a month after this plan, above the maximum of ${dollars(violation.maximum)} (guardrails.maxTotalLimit)`,
        violation.withoutLimit > 0 ? ` (${plural(violation.withoutLimit, "member")} without a limit not counted)` : "",
        ": lower some limits or raise guardrails.maxTotalLimit"
      ];
    case "member-not-on-team":
      return [
        ...notOnTeam(violation.email, violation.rule, violation.suggestions),
        violation.because === "strict" ? "; blocked by --strict" : "; blocked by guardrails.requireNamedMembersOnTeam"
      ];
    case "group-member-not-on-team":
      return [
        ...groupMemberNotOnTeam(violation),
        violation.because === "strict" ? "; blocked by --strict" : "; blocked by guardrails.requireNamedMembersOnTeam"
      ];
    case "protected-repo-delete":
      return [
        "the blocklist of ",
        code(violation.url),
        " would be deleted, but ",
        code(violation.pattern),
        " in guardrails.protectedRepos protects it: declare the repo in the policy or stop protecting it"
      ];
    case "limit-above-maximum":
      return [
        data(violation.email),
        ` would get ${limitDollars(violation.limit)} from `,
        ...ruleWithLocation(violation.rule),
        `, above the maximum of ${dollars(violation.maximum)} (guardrails.maxUserLimit)`
      ];
    case "member-without-limit":
      return violation.rule ? [
        data(violation.email),
        " gets no limit from ",
        ...ruleWithLocation(violation.rule),
        ", but every member must have one (guardrails.requireLimitForEveryMember)"
      ] : [
        data(violation.email),
        " is covered by no rule, but every member must have a limit: add a rule or a default"
      ];
    case "ineffective-cap":
      return [
        ...ineffectiveCapMessage(violation),
        violation.because === "strict" ? ": blocked by --strict; raise the cap, take the member out of the group, or lower the group's limit" : ": blocked by guardrails.requireEffectiveCaps; raise the cap, take the member out of the group, or lower the group's limit"
      ];
    case "limit-conflict":
      return [
        data(violation.email),
        " gets different limits from rules of the same rank: ",
        ...violation.rules.flatMap((rule, i) => [
          i === 0 ? "" : " and ",
          ...ruleWithLocation(rule)
        ]),
        ": make them agree or give the member a more specific rule"
      ];
  }
}
function describeViolation(violation) {
  return plainText(violationMessage(violation));
}
function violationList(violations) {
  return violations.map((violation) => `  - ${describeViolation(violation)}`).join("\n");
}
function withViolations(message, violations) {
  return `${message}:
${violationList(violations)}`;
}
var THRESHOLD_NAMES = {
  "blocklist-deletes": {
    change: "blocklist deletion",
    objects: "live blocklists",
    key: "guardrails.maxDeletes"
  },
  "directory-group-deletes": {
    change: "directory group deletion",
    objects: "live directory groups",
    key: "guardrails.maxDeletes"
  },
  "limit-changes": {
    change: "limit change",
    objects: "members",
    key: "guardrails.maxLimitChanges"
  }
};
function shareBreach(breach) {
  const names = THRESHOLD_NAMES[breach.threshold];
  const counted = plural(breach.changes, names.change);
  const share = breach.total > 0 ? ` (${percent(breach.changes / breach.total * 100)} of ${breach.total} ${names.objects})` : "";
  const source = breach.origin === "default" ? "the built-in threshold" : names.key;
  if (breach.everyOne) {
    return `${counted} would remove every one of the ${breach.total} ${names.objects}, which ${source} never allows`;
  }
  const limits = [
    breach.maxCount !== void 0 ? `at most ${breach.maxCount}` : void 0,
    breach.maxPercent !== void 0 ? `at most ${percent(breach.maxPercent)}` : void 0
  ].filter((part) => part !== void 0);
  const verb = breach.changes === 1 ? "exceeds" : "exceed";
  return `${counted}${share} ${verb} ${source} (${limits.join(" and ")})`;
}
function raiseBreach(breach) {
  const factor = Number((breach.after / breach.before).toFixed(1));
  const source = breach.origin === "default" ? "the built-in factor" : "guardrails.maxLimitRaise";
  return [
    data(breach.email),
    `: ${dollars(breach.before)} → ${dollars(breach.after)} raises the limit ${factor}×, more than ${source} of ${breach.maxFactor}×`
  ];
}

// src/render/notes.ts
function noteMessage(note) {
  switch (note.kind) {
    case "pending-member":
      return [
        data(note.email),
        " is named by ",
        ...ruleWithLocation(note.rule),
        " but is not on the team yet: the limit is applied once they join"
      ];
    case "uncovered-member":
      return [data(note.email), " (", code(note.role), ") is covered by no rule: left alone"];
    case "limit-unknown":
      return [
        data(note.email),
        " has no row in the spend report, so the current limit is unknown: the policy's limit is sent anyway"
      ];
    case "ambiguous-zero-limit":
      return note.wanted === 0 ? [
        data(note.email),
        ": the legacy API shows no limit, which may already be $0; the $0 limit is sent again (harmless) and cannot be confirmed"
      ] : [
        data(note.email),
        ": the legacy API cannot tell no limit from $0, so this is left as is; if it is really $0, remove it in the dashboard"
      ];
    case "legacy-clear":
      return [
        data(note.email),
        `: the API answered in the legacy shape, whose spend-limit write has no "no limit"; clearing the ${dollars(note.limitDollars)} limit may be refused — if apply reports it failed, remove the limit in the dashboard`
      ];
    case "limit-below-spend":
      return [
        data(note.email),
        `: the new limit ${dollars(note.limitDollars)} is below the ${money(note.spendCents)} already spent this cycle, so it blocks them at once`
      ];
    case "limit-not-effective":
      return [
        data(note.email),
        `: the limit ${limitDollars(note.limitDollars)} is set, but the API enforces ${note.effectiveDollars === null ? "no limit" : dollars(note.effectiveDollars)} (a higher group or team limit wins)`
      ];
    case "unmanaged-blocklist":
      return [
        code(note.url),
        " (",
        code(note.id),
        ") is not in the policy and ownership.prune is off: left alone"
      ];
    case "ignored-blocklist":
      return [
        code(note.url),
        " is matched by ownership.ignore ",
        code(note.pattern),
        ": managed elsewhere, never touched"
      ];
    case "duplicate-blocklist":
      return [
        code(note.url),
        " (",
        code(note.id),
        ") is a second entry for ",
        code(note.key),
        "; ownership.prune is off, so it is left alone"
      ];
    case "duplicate-pattern":
      return [code(note.url), " lists ", code(note.pattern), " more than once"];
    case "threshold-overridden":
      return [`${shareBreach(note)}: allowed by --${note.override}`];
    case "limit-raise-overridden":
      return [...raiseBreach(note), `: allowed by --${note.override}`];
    case "exception-expired":
      return [
        "the temporary limit of ",
        limitDollars(note.limitDollars),
        " for ",
        data(note.email),
        ` (${location(note.rule)}) held through ${note.until} and has ended: they fall back to their other rules; remove the entry once that is applied`
      ];
    case "pending-member-joined":
      return [data(note.email), " has joined the team: remove them from pendingMembers"];
    case "unmanaged-directory-group":
      return [
        "directory group ",
        code(note.name),
        " (",
        code(note.id),
        ") is not in the policy and ownership.directoryGroups.prune is off: left alone"
      ];
    case "ignored-directory-group":
      return [
        "directory group ",
        code(note.name),
        " is matched by ownership.directoryGroups.ignore ",
        code(note.pattern),
        ": managed elsewhere, never touched"
      ];
    case "pending-group-member":
      return [
        data(note.email),
        " is named as a member of directory group ",
        code(note.group),
        ` (${note.source.file}:${note.source.line}) but is not on the team yet: added once they join`
      ];
  }
}
function describeNote(note) {
  return plainText(noteMessage(note));
}

// src/render/rows.ts
var SYMBOLS = {
  create: "+",
  update: "~",
  delete: "-",
  set: "~",
  clear: "-",
  "group-create": "+",
  "group-update": "~",
  "group-members": "~",
  "group-delete": "-"
};
var RULE_WORDS = {
  "highest-applicable": "the highest applicable limit wins (a member's own limit or a directory group's)",
  "most-specific": "the most specific limit wins (a member's own, else their groups' highest)"
};
function buildRows(plan, mode = "plan") {
  const changes = [];
  const risk = {
    deletions: 0,
    raisedLimits: 0,
    clearedLimits: 0,
    groupDeletions: 0,
    loosenedGroupLimits: 0
  };
  const drift = Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, 0]));
  const ordered = mode === "drift" ? inRiskOrder(plan.changes, mode) : plan.changes;
  for (const change of ordered) {
    const context = rowContext(plan, change, mode);
    if (context.drift) drift[context.drift.kind]++;
    if (change.resource === "blocklist") {
      if (change.kind === "delete") risk.deletions++;
      changes.push(blocklistRow(change, mode, context));
    } else if (change.resource === "directoryGroup") {
      const row = directoryGroupRow(change, mode, context);
      if (row.risk === "deleted") risk.groupDeletions++;
      if (row.risk === "limit loosened") risk.loosenedGroupLimits++;
      changes.push(row);
    } else {
      const row = limitRow(change, context);
      if (row.risk === "raised") risk.raisedLimits++;
      if (row.risk === "cleared") risk.clearedLimits++;
      changes.push(row);
    }
  }
  const attribution = plan.attribution;
  const involvesGroups = plan.counts.liveDirectoryGroups > 0 || plan.counts.desiredDirectoryGroups > 0;
  return {
    mode,
    fingerprint: plan.fingerprint,
    shape: plan.shape,
    summary: plan.summary,
    risk,
    drift,
    changes,
    notes: plan.notes.map(noteMessage),
    warnings: plan.warnings.map(warningMessage),
    violations: plan.violations.map(violationMessage),
    counts: plan.counts,
    budget: plan.budget,
    ...attribution?.status === "unavailable" && plan.changes.length > 0 ? {
      attributionUnavailable: [
        "the audit log could not be read: ",
        data(attribution.reason ?? "no reason given")
      ]
    } : {},
    effectiveChanges: plan.effectiveLimitChanges.map((change) => ({
      email: printable(change.email),
      effective: effectiveRow(change)
    })),
    ...involvesGroups ? { effectiveAssumption: RULE_WORDS[plan.effectiveLimitRule] } : {}
  };
}
function effectiveRow(effective) {
  const before = limitValue(effective.before);
  const after = limitValue(effective.after);
  return {
    change: before === after ? after : `${before} → ${after}`,
    groups: effective.groups.length === 0 ? ["no directory group"] : [
      effective.groups.length === 1 ? "directory group " : "directory groups ",
      ...effective.groups.flatMap((group, i) => [
        i === 0 ? "" : ", ",
        code(group.name),
        ` ${limitValue(group.limit)}`
      ])
    ]
  };
}
function directoryGroupRow(change, mode, context) {
  const base = {
    resource: "directoryGroup",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    name: printable(change.name),
    ...context
  };
  const [added, removed] = mode === "drift" ? ["-", "+"] : ["+", "-"];
  const limitMove = (before, after) => mode === "drift" ? `limit ${limitValue(before)} live (policy says ${limitValue(after)})` : `limit ${limitValue(before)} → ${limitValue(after)}`;
  switch (change.kind) {
    case "group-create":
      return {
        ...base,
        details: [
          mode === "drift" ? `not live (policy says limit ${limitValue(change.limit)})` : `limit ${limitValue(change.limit)}`
        ],
        members: []
      };
    case "group-update": {
      const details = [
        ...change.renamedFrom === void 0 ? [] : mode === "drift" ? ["named ", code(change.renamedFrom), " live"] : ["renamed from ", code(change.renamedFrom)],
        ...change.renamedFrom !== void 0 && change.limit !== void 0 ? ["; "] : [],
        ...change.limit === void 0 ? [] : [limitMove(change.limit.before, change.limit.after)]
      ];
      return {
        ...base,
        id: change.id,
        details,
        members: [],
        ...change.limit !== void 0 && loosens(change.limit.before, change.limit.after) ? { risk: "limit loosened" } : {}
      };
    }
    case "group-members":
      return {
        ...base,
        ...change.id === void 0 ? {} : { id: change.id },
        details: [
          [
            change.add.length > 0 ? `${change.add.length} ${mode === "drift" ? "missing live" : "to add"}` : void 0,
            change.remove.length > 0 ? `${change.remove.length} ${mode === "drift" ? "not in policy" : "to remove"}` : void 0
          ].filter((part) => part !== void 0).join(", ")
        ],
        members: [
          ...change.add.map((member) => ({ sign: added, email: printable(member.email) })),
          ...change.remove.map((member) => ({ sign: removed, email: printable(member.email) }))
        ]
      };
    case "group-delete":
      return {
        ...base,
        id: change.id,
        details: [
          `limit ${limitValue(change.limit)}, ${change.members.length === 1 ? "1 member" : `${change.members.length} members`}`
        ],
        members: change.members.map((email) => ({ sign: removed, email: printable(email) })),
        risk: "deleted"
      };
  }
}
function loosens(before, after) {
  if (after === null) return before !== null;
  return before !== null && after > before;
}
function rowContext(plan, change, mode) {
  const changedBy = changedByOf(plan.attribution, change);
  const shown = mode === "drift" || changedBy?.status === "found" ? changedBy : void 0;
  return {
    ...mode === "drift" ? { drift: driftOf(change) } : {},
    ...shown === void 0 ? {} : { changedBy: changedByMessage(shown) }
  };
}
function blocklistRow(change, mode, context) {
  const base = {
    resource: "blocklist",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    url: printable(change.url),
    duplicate: change.kind === "delete" && change.reason === "duplicate",
    ...context
  };
  const [added, removed] = mode === "drift" ? ["-", "+"] : ["+", "-"];
  switch (change.kind) {
    case "create":
      return { ...base, lines: lines(added, change.after), unchanged: 0 };
    case "delete":
      return { ...base, id: change.id, lines: lines(removed, change.before), unchanged: 0 };
    case "update":
      return {
        ...base,
        id: change.id,
        ...mode === "drift" ? patternDiff(change.after, change.before) : patternDiff(change.before, change.after)
      };
  }
}
function patternDiff(before, after) {
  const out = [];
  let unchanged = 0;
  for (const part of diffArrays([...before], [...after])) {
    if (part.added) appendAll(out, lines("+", part.value));
    else if (part.removed) appendAll(out, lines("-", part.value));
    else unchanged += part.value.length;
  }
  return { lines: out, unchanged };
}
function lines(sign, patterns) {
  return patterns.map((pattern) => ({ sign, pattern: printable(pattern) }));
}
function limitRow(change, context) {
  const ambiguous = change.beforeAmbiguous === true;
  return {
    ...context,
    resource: "spendLimit",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    email: printable(change.email),
    name: printable(change.name),
    role: printable(change.role),
    before: limitValue(change.before, ambiguous),
    after: limitValue(change.after),
    rule: ruleName(change.rule),
    ruleLocation: printable(location(change.rule)),
    spend: money(change.spendCents),
    ...riskOf(change),
    unverifiable: isUnverifiable(change),
    ...change.rule.until === void 0 ? {} : { until: change.rule.until },
    effective: effectiveRow(change.effective)
  };
}
function riskOf(change) {
  if (change.kind === "clear") return { risk: "cleared" };
  if (typeof change.before === "number" && change.after > change.before) return { risk: "raised" };
  return {};
}

// src/render/summary.ts
function countsSentence(summary) {
  return `${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete, ${plural(summary.set, "limit")} to set, ${summary.clear} to clear.${groupsSentence(summary)}`;
}
function groupsSentence(summary) {
  const parts = [
    summary.groupCreate > 0 ? `${summary.groupCreate} to create` : void 0,
    summary.groupUpdate > 0 ? `${summary.groupUpdate} to update` : void 0,
    summary.groupMembers > 0 ? plural(summary.groupMembers, "membership change") : void 0,
    summary.groupDelete > 0 ? `${summary.groupDelete} to delete` : void 0
  ].filter((part) => part !== void 0);
  return parts.length === 0 ? "" : ` Directory groups: ${parts.join(", ")}.`;
}
function summaryLine(summary, mode) {
  if (mode === "drift") {
    return `Drift: ${plural(summary.total, "difference")}. Applying the policy would undo ${summary.total === 1 ? "it" : "them"}: ${countsSentence(summary)}`;
  }
  return `Plan: ${countsSentence(summary)}`;
}
function headline(mode, hasChanges) {
  if (mode === "drift") {
    return hasChanges ? "Drift: live state differs from policy (changed out of band), risky changes first:" : "No drift. Live state matches policy.";
  }
  return hasChanges ? "Changes to make live state match policy:" : "No changes. Live state matches policy.";
}
function riskSentence(risk) {
  const parts = [
    risk.deletions > 0 ? plural(risk.deletions, "deletion") : void 0,
    risk.raisedLimits > 0 ? plural(risk.raisedLimits, "raised limit") : void 0,
    risk.clearedLimits > 0 ? plural(risk.clearedLimits, "cleared limit") : void 0,
    risk.groupDeletions > 0 ? plural(risk.groupDeletions, "directory group deletion") : void 0,
    risk.loosenedGroupLimits > 0 ? plural(
      risk.loosenedGroupLimits,
      "directory group limit raised or cleared",
      "directory group limits raised or cleared"
    ) : void 0
  ].filter((part) => part !== void 0);
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function blockedLine(violations) {
  return `Blocked: ${plural(violations, "guardrail violation")}; apply will not proceed until ${violations === 1 ? "it is" : "they are"} resolved.`;
}
function driftRiskSentence(drift) {
  const parts = DRIFT_KINDS.filter((kind) => driftFraming(kind).rank === 0 && drift[kind] > 0).map(
    (kind) => `${DRIFT_NOUNS[kind](drift[kind])}`
  );
  return parts.length > 0 ? parts.join(", ") : void 0;
}
var DRIFT_NOUNS = {
  "limit-raised": (n) => `${plural(n, "limit")} raised outside policy`,
  "limit-removed": (n) => `${plural(n, "limit")} removed outside policy`,
  "blocklist-deleted": (n) => `${plural(n, "blocklist")} deleted outside policy`,
  "patterns-removed": (n) => `${plural(n, "blocklist")} with patterns removed outside policy`,
  "blocklist-unmanaged": (n) => `${plural(n, "blocklist")} live but not in policy`,
  "blocklist-duplicate": (n) => `${plural(n, "second entry", "second entries")} for a declared repository`,
  "patterns-added": (n) => `${plural(n, "blocklist")} with patterns added outside policy`,
  "limit-lowered": (n) => `${plural(n, "limit")} lowered outside policy`,
  "limit-added": (n) => `${plural(n, "limit")} set outside policy`,
  "limit-ambiguous": (n) => `${plural(n, "limit")} that may be $0 (legacy API)`,
  "limit-unknown": (n) => `${plural(n, "limit")} unknown`,
  "group-deleted": (n) => `${plural(n, "directory group")} deleted outside policy`,
  "group-limit-raised": (n) => `${plural(n, "group limit")} raised outside policy`,
  "group-limit-removed": (n) => `${plural(n, "group limit")} removed outside policy`,
  "group-limit-lowered": (n) => `${plural(n, "group limit")} lowered outside policy`,
  "group-limit-added": (n) => `${plural(n, "group limit")} set outside policy`,
  "group-renamed": (n) => `${plural(n, "directory group")} renamed outside policy`,
  "group-members-added": (n) => `${plural(n, "directory group")} with members added outside policy`,
  "group-members-removed": (n) => `${plural(n, "directory group")} with members removed outside policy`,
  "group-unmanaged": (n) => `${plural(n, "directory group")} live but not in policy`
};
function budgetLine(budget, mode) {
  const { before, after } = budget;
  const delta = after.committedDollars - before.committedDollars;
  const change = delta === 0 ? "" : ` (${delta > 0 ? "+" : "-"}${dollars(Math.abs(delta))})`;
  const apart = [
    countPair("members without a limit", before.withoutLimit, after.withoutLimit),
    countPair("members whose limit is unknown", before.unknown, after.unknown)
  ].filter((part) => part !== void 0);
  const rest = apart.length > 0 ? `; ${apart.join("; ")}` : "";
  if (delta === 0 && before.withoutLimit === after.withoutLimit && before.unknown === after.unknown) {
    return `Budget: ${committed(before)} a month in limits${rest}`;
  }
  if (mode === "drift") {
    return `Budget: live limits commit ${committed(before)} a month; the policy commits ${committed(after)}${rest}`;
  }
  return `Budget: ${committed(before)} → ${committed(after)} a month in limits${change}${rest}`;
}
function committed(totals) {
  return dollars(totals.committedDollars);
}
function countPair(label, before, after) {
  if (before === 0 && after === 0) return void 0;
  return before === after ? `${label}: ${before}` : `${label}: ${before} → ${after}`;
}

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var DEFAULT_MARKDOWN_MAX_LENGTH = GITHUB_COMMENT_LIMIT - 1536;
function renderMarkdown(plan, options = {}) {
  return formatMarkdown(buildRows(plan, options.mode ?? "plan"), options);
}
var Items = class {
  constructor(count, format) {
    this.count = count;
    this.format = format;
  }
  cache = [];
  get length() {
    return this.count;
  }
  at(index) {
    this.cache[index] ??= this.format(index);
    return this.cache[index];
  }
  /** The first `count` items, joined. */
  take(count) {
    let out = "";
    for (let i = 0; i < count; i++) out += this.at(i);
    return out;
  }
};
function items(rows, format) {
  return new Items(rows.length, (index) => format(rows[index]));
}
function formatMarkdown(rows, options) {
  const maxLength = options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  const head = headBlock(rows, options);
  const sections = [
    violationsSection(rows),
    warningsSection(rows),
    ...rows.mode === "drift" ? [driftSection(rows)] : [
      blocklistSection(rows),
      directoryGroupSection(rows),
      limitSection(rows),
      effectiveSection(rows)
    ],
    notesSection(rows)
  ].filter((section) => section.items.length > 0);
  const fits = shareBudget(sections, maxLength - head.length);
  if (sections.every((section, i) => fits[i] === section.items.length)) {
    return head + sections.map((s) => s.open + s.items.take(s.items.length) + s.close).join("");
  }
  return truncated(
    head,
    sections,
    maxLength,
    options.fullPlanHint ?? "full plan in the job summary"
  );
}
function truncated(head, sections, maxLength, hint) {
  const total = { changes: 0, effective: 0, notes: 0, warnings: 0, violations: 0 };
  for (const section of sections) total[section.counts] += section.items.length;
  const budget = maxLength - truncationNote(total, hint).length - head.length;
  const shown = shareBudget(sections, budget);
  let out = head;
  const omitted = { ...total };
  sections.forEach((section, i) => {
    const count = shown[i] ?? 0;
    if (count === 0) return;
    out += section.open + section.items.take(count) + section.close;
    omitted[section.counts] -= count;
  });
  const note = truncationNote(omitted, hint);
  if (out.length + note.length <= maxLength) return out + note;
  return note.trimStart().slice(0, maxLength);
}
function shareBudget(sections, budget) {
  const shown = sections.map(() => 0);
  const used = sections.map(() => 0);
  const cost = (i, extra) => extra + (shown[i] === 0 ? sections[i].open.length + sections[i].close.length : 0);
  const fill = (i, limit) => {
    const list = sections[i].items;
    while (shown[i] < list.length) {
      const next = cost(i, list.at(shown[i]).length);
      if (used[i] + next > limit) break;
      used[i] += next;
      shown[i]++;
    }
  };
  let remaining = budget;
  sections.forEach((_, i) => {
    fill(i, Math.floor(remaining / (sections.length - i)));
    remaining -= used[i];
  });
  sections.forEach((_, i) => {
    const before = used[i];
    fill(i, before + remaining);
    remaining -= used[i] - before;
  });
  return shown;
}
function truncationNote(omitted, hint) {
  const parts = [
    `${omitted.changes} more ${omitted.changes === 1 ? "change" : "changes"}`,
    omitted.violations > 0 ? plural(omitted.violations, "violation") : void 0,
    omitted.warnings > 0 ? plural(omitted.warnings, "warning") : void 0,
    omitted.effective > 0 ? plural(omitted.effective, "effective limit") : void 0,
    omitted.notes > 0 ? plural(omitted.notes, "note") : void 0
  ].filter((part) => part !== void 0);
  return `
> [!NOTE]
> …${parts.join(", ")} not shown; ${hint}.
`;
}
function headBlock(rows, options) {
  const title = options.title ?? `cursor-policy ${rows.mode}`;
  const context = [
    options.commit ? `Commit ${codeSpan(options.commit.slice(0, 12))}` : void 0,
    `live state fingerprint ${codeSpan(rows.fingerprint)}`,
    rows.shape === "legacy" ? "legacy API responses" : void 0,
    rows.effectiveAssumption ? `effective limits assume ${escapeMarkdown(rows.effectiveAssumption)}` : void 0
  ].filter((part) => part !== void 0);
  const lines2 = [
    `### ${escapeMarkdown(title)}`,
    "",
    context.join(" · "),
    "",
    `**${escapeMarkdown(headline(rows.mode, rows.changes.length > 0))}**`,
    ""
  ];
  if (rows.changes.length > 0) {
    lines2.push(
      ...rows.mode === "drift" ? driftTable(rows) : summaryTable(rows),
      "",
      escapeMarkdown(summaryLine(rows.summary, rows.mode)),
      ""
    );
    const risky = rows.mode === "drift" ? driftRiskSentence(rows.drift) : riskSentence(rows.risk);
    if (risky) lines2.push(`:warning: **Risky changes:** ${escapeMarkdown(risky)}.`, "");
    if (rows.attributionUnavailable) {
      lines2.push(`**Who:** unknown for every change, ${inline(rows.attributionUnavailable)}.`, "");
    }
  }
  if (rows.counts.members > 0) lines2.push(escapeMarkdown(budgetLine(rows.budget, rows.mode)), "");
  return `${lines2.join("\n")}
`;
}
function driftTable(rows) {
  return [
    "| Changed outside policy | Count |",
    "| --- | ---: |",
    ...DRIFT_KINDS.filter((kind) => rows.drift[kind] > 0).map((kind) => {
      const count = rows.drift[kind];
      const noun = DRIFT_NOUNS[kind](2).replace(/^\d+ /, "");
      const label = escapeMarkdown(noun.charAt(0).toUpperCase() + noun.slice(1));
      return driftFraming(kind).rank === 0 ? `| ${label} | **${count}** :warning: |` : `| ${label} | ${count} |`;
    })
  ];
}
function summaryTable(rows) {
  const { summary, risk } = rows;
  const row = (label, count, risky = false) => `| ${label} | ${risky && count > 0 ? `**${count}** :warning:` : String(count)} |`;
  const groupChanges = summary.groupCreate + summary.groupUpdate + summary.groupMembers + summary.groupDelete;
  return [
    "| Change | Count |",
    "| --- | ---: |",
    row("Blocklists to create", summary.create),
    row("Blocklists to update", summary.update),
    row("Blocklists to delete", summary.delete, true),
    ...groupChanges > 0 ? [
      row("Directory groups to create", summary.groupCreate),
      row("Directory groups to update", summary.groupUpdate),
      row("… of which a limit raised or cleared", risk.loosenedGroupLimits, true),
      row("Directory group memberships to change", summary.groupMembers),
      row("Directory groups to delete", summary.groupDelete, true)
    ] : [],
    row("Spend limits to set", summary.set),
    row("… of which raised", risk.raisedLimits, true),
    row("Spend limits to clear (no limit)", summary.clear, true)
  ];
}
function warningsSection(rows) {
  return {
    counts: "warnings",
    open: `> [!WARNING]
> **${escapeMarkdown(plural(rows.warnings.length, "warning"))}: probably not what the policy means**
>
`,
    items: items(rows.warnings, (w) => `> - ${inline(w)}
`),
    close: "\n"
  };
}
function driftSection(rows) {
  return {
    counts: "changes",
    open: `<details open><summary>Changed outside policy (${rows.changes.length})</summary>

`,
    items: items(rows.changes, driftItem),
    close: "\n</details>\n\n"
  };
}
function driftItem(row) {
  const framing = row.drift;
  const label = framing ? escapeMarkdown(framing.label) : "";
  const flag = framing?.rank === 0 ? ":warning: " : "";
  const who = row.changedBy ? `<br>${inline(row.changedBy)}` : "";
  if (row.resource === "spendLimit") {
    const [policy, live] = [escapeMarkdown(row.after), escapeMarkdown(row.before)];
    const values = `${policy} → **${live}** (policy says ${policy})`;
    const rule = `policy: ${inline(row.rule)}${row.until ? ` until ${row.until}` : ""} at ${codeSpan(row.ruleLocation)}`;
    return `- ${flag}**${label}:** ${escapeMarkdown(row.email)} (${escapeMarkdown(row.name)}): ${values}${who}<br>${rule}
`;
  }
  const id = row.id ? ` · ${codeSpan(row.id)}` : "";
  if (row.resource === "directoryGroup") {
    const members = row.members.map((member) => `${member.sign} ${member.email}`);
    const details = row.details.length > 0 ? `: ${inline(row.details)}` : "";
    return `- ${flag}**${label}:** directory group ${codeSpan(row.name)}${id}${details}${who}${indentedDiff(members)}
`;
  }
  const diff = row.lines.map((line) => `${line.sign} ${line.pattern}`);
  if (row.unchanged > 0) diff.push(`  (${plural(row.unchanged, "unchanged pattern")})`);
  return `- ${flag}**${label}:** ${codeSpan(row.url)}${id}${who}${indentedDiff(diff)}
`;
}
function indentedDiff(diff) {
  if (diff.length === 0) return "";
  const fence = codeFence(diff);
  return `

  ${fence}diff
${diff.map((l) => `  ${l}`).join("\n")}
  ${fence}`;
}
function violationsSection(rows) {
  return {
    counts: "violations",
    open: `> [!CAUTION]
> **${escapeMarkdown(blockedLine(rows.violations.length))}**
>
`,
    items: items(rows.violations, (v) => `> - ${inline(v)}
`),
    close: "\n"
  };
}
function blocklistSection(rows) {
  const blocklists = rows.changes.filter(
    (row) => row.resource === "blocklist"
  );
  return {
    counts: "changes",
    open: `<details><summary>Blocklist changes (${blocklists.length})</summary>

`,
    items: items(blocklists, blocklistItem),
    close: "</details>\n\n"
  };
}
function blocklistItem(row) {
  const what = {
    create: "create",
    update: "update",
    delete: row.duplicate ? "delete (duplicate entry)" : "delete"
  }[row.kind];
  const id = row.id ? ` · ${codeSpan(row.id)}` : "";
  const diff = row.lines.map((line) => `${line.sign} ${line.pattern}`);
  if (row.unchanged > 0) diff.push(`  (${plural(row.unchanged, "unchanged pattern")})`);
  const fence = codeFence(diff);
  const who = row.changedBy ? `

Live entry ${inline(row.changedBy)}.` : "";
  return `**${what}** ${codeSpan(row.url)}${id}${who}

${fence}diff
${diff.join("\n")}
${fence}

`;
}
function directoryGroupSection(rows) {
  const groups = rows.changes.filter(
    (row) => row.resource === "directoryGroup"
  );
  return {
    counts: "changes",
    open: `<details><summary>Directory group changes (${groups.length})</summary>

`,
    items: items(groups, directoryGroupItem),
    close: "</details>\n\n"
  };
}
function directoryGroupItem(row) {
  const what = {
    "group-create": "create",
    "group-update": "update",
    "group-members": "change members of",
    "group-delete": "delete"
  }[row.kind];
  const id = row.id ? ` · ${codeSpan(row.id)}` : "";
  const risk = row.risk ? ` :warning: ${row.risk}` : "";
  const who = row.changedBy ? ` (live group ${inline(row.changedBy)})` : "";
  const head = `**${what}** directory group ${codeSpan(row.name)}${id}: ${inline(row.details)}${risk}${who}

`;
  if (row.members.length === 0) return head;
  const lines2 = row.members.map((member) => `${member.sign} ${member.email}`);
  const fence = codeFence(lines2);
  return `${head}${fence}diff
${lines2.join("\n")}
${fence}

`;
}
function limitSection(rows) {
  const limits = rows.changes.filter((row) => row.resource === "spendLimit");
  const effective = rows.effectiveAssumption !== void 0;
  return {
    counts: "changes",
    open: `<details><summary>Spend limit changes (${limits.length})</summary>

` + (effective ? "| | Member | Role | Limit | Effective limit | Rule | Spent this cycle |\n| --- | --- | --- | --- | --- | --- | ---: |\n" : "| | Member | Role | Limit | Rule | Spent this cycle |\n| --- | --- | --- | --- | --- | ---: |\n"),
    items: items(limits, (row) => limitItem(row, effective)),
    close: "\n</details>\n\n"
  };
}
function limitItem(row, effective) {
  const change = `${row.before} → ${row.risk ? `**${row.after}** (${row.risk})` : row.after}`;
  const flag = row.unverifiable ? " (cannot be confirmed afterwards)" : "";
  const who = row.changedBy ? `<br>live value ${inline(row.changedBy)}` : "";
  const until = row.until ? ` until ${row.until}` : "";
  const cells = [
    row.symbol,
    `${escapeMarkdown(row.email)}<br>${escapeMarkdown(row.name)}`,
    escapeMarkdown(row.role),
    `${change}${flag}${who}`,
    ...effective ? [`${row.effective.change}<br>${inline(row.effective.groups)}`] : [],
    `${inline(row.rule)}${until}<br>${codeSpan(row.ruleLocation)}`,
    row.spend
  ];
  return `| ${cells.map(inTableCell).join(" | ")} |
`;
}
function effectiveSection(rows) {
  return {
    counts: "effective",
    open: `<details><summary>Effective limits changed by directory groups (${rows.effectiveChanges.length})</summary>

| Member | Effective limit | Directory groups |
| --- | --- | --- |
`,
    items: items(rows.effectiveChanges, effectiveItem),
    close: "\n</details>\n\n"
  };
}
function effectiveItem(row) {
  const cells = [escapeMarkdown(row.email), row.effective.change, inline(row.effective.groups)];
  return `| ${cells.map(inTableCell).join(" | ")} |
`;
}
function notesSection(rows) {
  return {
    counts: "notes",
    open: `<details><summary>Notes (${rows.notes.length})</summary>

`,
    items: items(rows.notes, (note) => `- ${inline(note)}
`),
    close: "\n</details>\n"
  };
}
function inline(message) {
  return message.map(fragment).join("");
}
function fragment(part) {
  if (typeof part === "string") return escapeMarkdown(part);
  if ("code" in part) return codeSpan(part.code);
  return escapeMarkdown(part.data);
}

// src/render/text.ts
function renderText(plan, options) {
  return formatText(buildRows(plan, options.mode ?? "plan"), options.color);
}
var ansi = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var COLOR = {
  create: ansi(32, 39),
  update: ansi(33, 39),
  remove: ansi(31, 39),
  warn: ansi(33, 39),
  error: (text) => ansi(1, 22)(ansi(31, 39)(text)),
  bold: ansi(1, 22),
  dim: ansi(2, 22)
};
var identity = (text) => text;
var PLAIN = {
  create: identity,
  update: identity,
  remove: identity,
  warn: identity,
  error: identity,
  bold: identity,
  dim: identity
};
function formatText(rows, color) {
  const paint = color ? COLOR : PLAIN;
  const out = [paint.bold(headline(rows.mode, rows.changes.length > 0))];
  if (rows.changes.length > 0) {
    out.push("");
    const showEffective = rows.effectiveAssumption !== void 0;
    for (const row of rows.changes) appendAll(out, changeLines(row, paint, showEffective));
  }
  if (rows.effectiveChanges.length > 0) {
    out.push(
      "",
      paint.bold(`Effective limits changed by directory groups (${rows.effectiveChanges.length}):`)
    );
    for (const row of rows.effectiveChanges) {
      out.push(
        `  ${paint.update("~")} ${row.email}: ${row.effective.change} (${plainText(row.effective.groups)})`
      );
    }
  }
  if (rows.warnings.length > 0) {
    out.push("", paint.warn(`Warnings (${rows.warnings.length}):`));
    appendAll(
      out,
      rows.warnings.map((w) => `  ${paint.warn("⚠")} ${plainText(w)}`)
    );
  }
  if (rows.notes.length > 0) {
    out.push("", paint.bold(`Notes (${rows.notes.length}):`));
    appendAll(
      out,
      rows.notes.map((note) => `  ${paint.warn("!")} ${plainText(note)}`)
    );
  }
  if (rows.violations.length > 0) {
    out.push("", paint.error(`Violations (${rows.violations.length}):`));
    appendAll(
      out,
      rows.violations.map((v) => `  ${paint.error("x")} ${plainText(v)}`)
    );
  }
  out.push("");
  if (rows.changes.length > 0) {
    out.push(paint.bold(summaryLine(rows.summary, rows.mode)));
    const risky = rows.mode === "drift" ? driftRiskSentence(rows.drift) : riskSentence(rows.risk);
    if (risky) out.push(`${paint.warn("Risky:")} ${risky}.`);
    if (rows.attributionUnavailable) {
      out.push(`Who: unknown for every change, ${plainText(rows.attributionUnavailable)}.`);
    }
  }
  if (rows.counts.members > 0) out.push(budgetLine(rows.budget, rows.mode));
  if (rows.violations.length > 0) out.push(paint.error(blockedLine(rows.violations.length)));
  if (rows.effectiveAssumption) {
    out.push(paint.dim(`Effective limits assume ${rows.effectiveAssumption}.`));
  }
  out.push(paint.dim(`Live state fingerprint: ${rows.fingerprint}`));
  return `${out.join("\n")}
`;
}
function symbolPaint(symbol, paint) {
  return symbol === "+" ? paint.create : symbol === "~" ? paint.update : paint.remove;
}
function marker(row, paint) {
  if (row.drift === void 0) return symbolPaint(row.symbol, paint)(row.symbol);
  return row.drift.rank === 0 ? paint.error("!") : paint.update("~");
}
function changeLines(row, paint, showEffective) {
  switch (row.resource) {
    case "blocklist":
      return blocklistLines(row, paint);
    case "spendLimit":
      return limitLines(row, paint, showEffective);
    case "directoryGroup":
      return directoryGroupLines(row, paint);
  }
}
function directoryGroupLines(row, paint) {
  const risk = row.risk && !row.drift ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  const id = row.id ? ` (${row.id})` : "";
  const what = row.kind === "group-members" ? "members of directory group" : "directory group";
  const framing = row.drift ? `: ${row.drift.rank === 0 ? paint.warn(row.drift.label) : row.drift.label}` : "";
  const out = [
    `  ${marker(row, paint)} ${what} ${row.name}${id}${framing}: ${plainText(row.details)}${risk}`
  ];
  for (const member of row.members) {
    const lineColor = member.sign === "+" ? paint.create : paint.remove;
    out.push(`      ${lineColor(member.sign)} ${member.email}`);
  }
  if (row.changedBy) out.push(`      ${plainText(row.changedBy)}`);
  return out;
}
function blocklistLines(row, paint) {
  const id = row.id ? ` (${row.id}${row.duplicate ? ", duplicate entry" : ""})` : "";
  const framing = row.drift ? `: ${row.drift.label}` : "";
  const out = [`  ${marker(row, paint)} blocklist ${row.url}${id}${framing}`];
  for (const line of row.lines) {
    const lineColor = line.sign === "+" ? paint.create : paint.remove;
    out.push(`      ${lineColor(line.sign)} ${line.pattern}`);
  }
  if (row.unchanged > 0) {
    out.push(paint.dim(`        (${plural(row.unchanged, "unchanged pattern")} not shown)`));
  }
  if (row.changedBy) out.push(`      ${plainText(row.changedBy)}`);
  return out;
}
function limitLines(row, paint, showEffective) {
  const unverifiable = row.unverifiable ? paint.dim(" (cannot be confirmed afterwards)") : "";
  const rule = `${plainText(row.rule)}${row.until ? ` until ${row.until}` : ""}`;
  const who = `limit ${row.email} (${row.name}, ${row.role})`;
  if (row.drift) {
    const label = row.drift.rank === 0 ? paint.warn(row.drift.label) : row.drift.label;
    return [
      `  ${marker(row, paint)} ${who}: ${label}: ${row.after} → ${row.before} (policy says ${row.after})`,
      ...row.changedBy ? [`      ${plainText(row.changedBy)}`] : [],
      `      policy: ${rule} at ${row.ruleLocation}; spent ${row.spend} this cycle${unverifiable}`
    ];
  }
  const risk = row.risk ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  return [
    `  ${marker(row, paint)} ${who}: ${row.before} → ${row.after}${risk}`,
    `      set by ${rule} at ${row.ruleLocation}; spent ${row.spend} this cycle${unverifiable}`,
    ...showEffective ? [`      effective limit ${row.effective.change} (${plainText(row.effective.groups)})`] : [],
    ...row.changedBy ? [`      live value ${plainText(row.changedBy)}`] : []
  ];
}

// src/render/index.ts
function renderPlan(plan, format, options = {}) {
  const mode = options.mode ?? "plan";
  switch (format) {
    case "text":
      return renderText(plan, { color: options.color ?? false, mode });
    case "markdown":
      return renderMarkdown(plan, { ...options, mode });
    case "json":
      return renderJson(plan, mode);
  }
}

export {
  printable,
  limitValue,
  describeViolation,
  withViolations,
  describeNote,
  renderText,
  renderJson,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MARKDOWN_MAX_LENGTH,
  renderMarkdown,
  renderPlan
};
