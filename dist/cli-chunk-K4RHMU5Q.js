#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  plural
} from "./cli-chunk-V2C4JFGT.js";
import {
  isUnverifiable
} from "./cli-chunk-D7ZCU7I2.js";
import {
  escapeHidden
} from "./cli-chunk-BCS24QGU.js";

// src/render/json.ts
function renderJson(plan) {
  return `${JSON.stringify(plan, null, 2)}
`;
}

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

// src/render/violations.ts
function violationMessage(violation) {
  switch (violation.kind) {
    case "too-many-deletes":
      return [`${deleteBreach(violation)}: pass --allow-deletes to proceed`];
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
function deleteBreach(breach) {
  const share = breach.total > 0 ? ` (${percent(breach.deletes / breach.total * 100)})` : "";
  const limits = [
    breach.maxCount !== void 0 ? String(breach.maxCount) : void 0,
    breach.maxPercent !== void 0 ? percent(breach.maxPercent) : void 0
  ].filter((part) => part !== void 0);
  const limit = limits.length === 2 ? `${limits[0]} (${limits[1]})` : limits[0] ?? "?";
  const verb = breach.deletes === 1 ? "exceeds" : "exceed";
  return `${plural(breach.deletes, "deletion")}${share} ${verb} the limit of ${limit}`;
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
    case "deletes-allowed":
      return [`${deleteBreach(note)}: allowed by --allow-deletes`];
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
  clear: "-"
};
function buildRows(plan, mode = "plan") {
  const changes = [];
  const risk = { deletions: 0, raisedLimits: 0, clearedLimits: 0 };
  for (const change of plan.changes) {
    if (change.resource === "blocklist") {
      if (change.kind === "delete") risk.deletions++;
      changes.push(blocklistRow(change));
    } else {
      const row = limitRow(change);
      if (row.risk === "raised") risk.raisedLimits++;
      if (row.risk === "cleared") risk.clearedLimits++;
      changes.push(row);
    }
  }
  return {
    mode,
    fingerprint: plan.fingerprint,
    shape: plan.shape,
    summary: plan.summary,
    risk,
    changes,
    notes: plan.notes.map(noteMessage),
    violations: plan.violations.map(violationMessage),
    counts: plan.counts
  };
}
function blocklistRow(change) {
  const base = {
    resource: "blocklist",
    kind: change.kind,
    symbol: SYMBOLS[change.kind],
    url: printable(change.url),
    duplicate: change.kind === "delete" && change.reason === "duplicate"
  };
  switch (change.kind) {
    case "create":
      return { ...base, lines: lines("+", change.after), unchanged: 0 };
    case "delete":
      return { ...base, id: change.id, lines: lines("-", change.before), unchanged: 0 };
    case "update":
      return { ...base, id: change.id, ...patternDiff(change.before, change.after) };
  }
}
function patternDiff(before, after) {
  const out = [];
  let unchanged = 0;
  for (const part of diffArrays([...before], [...after])) {
    if (part.added) out.push(...lines("+", part.value));
    else if (part.removed) out.push(...lines("-", part.value));
    else unchanged += part.value.length;
  }
  return { lines: out, unchanged };
}
function lines(sign, patterns) {
  return patterns.map((pattern) => ({ sign, pattern: printable(pattern) }));
}
function limitRow(change) {
  const ambiguous = change.beforeAmbiguous === true;
  return {
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
    unverifiable: isUnverifiable(change)
  };
}
function riskOf(change) {
  if (change.kind === "clear") return { risk: "cleared" };
  if (typeof change.before === "number" && change.after > change.before) return { risk: "raised" };
  return {};
}

// src/render/summary.ts
function countsSentence(summary) {
  return `${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete, ${plural(summary.set, "limit")} to set, ${summary.clear} to clear.`;
}
function summaryLine(summary, mode) {
  return `${mode === "drift" ? "Drift" : "Plan"}: ${countsSentence(summary)}`;
}
function headline(mode, hasChanges) {
  if (mode === "drift") {
    return hasChanges ? "Drift: live state differs from policy (changed out of band). Applying the policy would:" : "No drift. Live state matches policy.";
  }
  return hasChanges ? "Changes to make live state match policy:" : "No changes. Live state matches policy.";
}
function riskSentence(risk) {
  const parts = [
    risk.deletions > 0 ? plural(risk.deletions, "deletion") : void 0,
    risk.raisedLimits > 0 ? plural(risk.raisedLimits, "raised limit") : void 0,
    risk.clearedLimits > 0 ? plural(risk.clearedLimits, "cleared limit") : void 0
  ].filter((part) => part !== void 0);
  return parts.length > 0 ? parts.join(", ") : void 0;
}
function blockedLine(violations) {
  return `Blocked: ${plural(violations, "guardrail violation")}; apply will not proceed until ${violations === 1 ? "it is" : "they are"} resolved.`;
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
    blocklistSection(rows),
    limitSection(rows),
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
  const total = { changes: 0, notes: 0, violations: 0 };
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
    rows.shape === "legacy" ? "legacy API responses" : void 0
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
    lines2.push(...summaryTable(rows), "", escapeMarkdown(summaryLine(rows.summary, rows.mode)), "");
    const risky = riskSentence(rows.risk);
    if (risky) lines2.push(`:warning: **Risky changes:** ${risky}.`, "");
  }
  return `${lines2.join("\n")}
`;
}
function summaryTable(rows) {
  const { summary, risk } = rows;
  const row = (label, count, risky = false) => `| ${label} | ${risky && count > 0 ? `**${count}** :warning:` : String(count)} |`;
  return [
    "| Change | Count |",
    "| --- | ---: |",
    row("Blocklists to create", summary.create),
    row("Blocklists to update", summary.update),
    row("Blocklists to delete", summary.delete, true),
    row("Spend limits to set", summary.set),
    row("… of which raised", risk.raisedLimits, true),
    row("Spend limits to clear (no limit)", summary.clear, true)
  ];
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
  return `**${what}** ${codeSpan(row.url)}${id}

${fence}diff
${diff.join("\n")}
${fence}

`;
}
function limitSection(rows) {
  const limits = rows.changes.filter((row) => row.resource === "spendLimit");
  return {
    counts: "changes",
    open: `<details><summary>Spend limit changes (${limits.length})</summary>

| | Member | Role | Limit | Rule | Spent this cycle |
| --- | --- | --- | --- | --- | ---: |
`,
    items: items(limits, limitItem),
    close: "\n</details>\n\n"
  };
}
function limitItem(row) {
  const change = `${row.before} → ${row.risk ? `**${row.after}** (${row.risk})` : row.after}`;
  const flag = row.unverifiable ? " (cannot be confirmed afterwards)" : "";
  const cells = [
    row.symbol,
    `${escapeMarkdown(row.email)}<br>${escapeMarkdown(row.name)}`,
    escapeMarkdown(row.role),
    `${change}${flag}`,
    `${inline(row.rule)}<br>${codeSpan(row.ruleLocation)}`,
    row.spend
  ];
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
    for (const row of rows.changes) {
      out.push(
        ...row.resource === "blocklist" ? blocklistLines(row, paint) : limitLines(row, paint)
      );
    }
  }
  if (rows.notes.length > 0) {
    out.push("", paint.bold(`Notes (${rows.notes.length}):`));
    out.push(...rows.notes.map((note) => `  ${paint.warn("!")} ${plainText(note)}`));
  }
  if (rows.violations.length > 0) {
    out.push("", paint.error(`Violations (${rows.violations.length}):`));
    out.push(...rows.violations.map((v) => `  ${paint.error("x")} ${plainText(v)}`));
  }
  out.push("");
  if (rows.changes.length > 0) {
    out.push(paint.bold(summaryLine(rows.summary, rows.mode)));
    const risky = riskSentence(rows.risk);
    if (risky) out.push(`${paint.warn("Risky:")} ${risky}.`);
  }
  if (rows.violations.length > 0) out.push(paint.error(blockedLine(rows.violations.length)));
  out.push(paint.dim(`Live state fingerprint: ${rows.fingerprint}`));
  return `${out.join("\n")}
`;
}
function symbolPaint(symbol, paint) {
  return symbol === "+" ? paint.create : symbol === "~" ? paint.update : paint.remove;
}
function blocklistLines(row, paint) {
  const color = symbolPaint(row.symbol, paint);
  const id = row.id ? ` (${row.id}${row.duplicate ? ", duplicate entry" : ""})` : "";
  const out = [`  ${color(row.symbol)} blocklist ${row.url}${id}`];
  for (const line of row.lines) {
    const lineColor = line.sign === "+" ? paint.create : paint.remove;
    out.push(`      ${lineColor(line.sign)} ${line.pattern}`);
  }
  if (row.unchanged > 0) {
    out.push(paint.dim(`        (${plural(row.unchanged, "unchanged pattern")} not shown)`));
  }
  return out;
}
function limitLines(row, paint) {
  const color = symbolPaint(row.symbol, paint);
  const risk = row.risk ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  const unverifiable = row.unverifiable ? paint.dim(" (cannot be confirmed afterwards)") : "";
  return [
    `  ${color(row.symbol)} limit ${row.email} (${row.name}, ${row.role}): ${row.before} → ${row.after}${risk}`,
    `      set by ${plainText(row.rule)} at ${row.ruleLocation}; spent ${row.spend} this cycle${unverifiable}`
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
      return renderJson(plan);
  }
}

export {
  printable,
  limitValue,
  describeViolation,
  withViolations,
  describeNote,
  buildRows,
  renderText,
  renderJson,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MARKDOWN_MAX_LENGTH,
  renderMarkdown,
  renderPlan
};
