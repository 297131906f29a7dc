#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  applyPlan,
  confirmByReadBack
} from "./cli-chunk-ZVQVWWKS.js";
import {
  plan,
  verifiableChanges
} from "./cli-chunk-D7ZCU7I2.js";
import {
  buildLiveState,
  liveLimit,
  readLiveState
} from "./cli-chunk-XDUNS5ZU.js";
import {
  checkSavedPlanStillHolds
} from "./cli-chunk-67ZVMJXN.js";
import {
  BlockedError
} from "./cli-chunk-5YM5QFID.js";
import {
  STABLE_SPEND_ORDER
} from "./cli-chunk-NUE4HGFL.js";
import {
  ExitCode,
  normalizeEmail
} from "./cli-chunk-EKOBLVTJ.js";

// src/core/read-back.ts
var SEARCH_PAGE_SIZE = 100;
async function readBack(input) {
  const { plan: plan2, live } = input;
  const limits = plan2.changes.filter(isLimitChange);
  const blocklistsChanged = plan2.changes.some((change) => change.resource === "blocklist");
  const known = (change) => change.resource === "blocklist" || isLimitChange(change);
  if (!plan2.changes.every(known)) return fullReadBack(input);
  const touched = new Set(limits.map((change) => change.key));
  const [spend, blocklists] = await Promise.all([
    readTouchedSpend(input.reader, touched, input.spend),
    blocklistsChanged ? input.reader.listBlocklists() : void 0
  ]);
  const notReverified = [];
  const members = [];
  for (const member of live.members) {
    if (!touched.has(member.emailKey)) {
      members.push(member);
      continue;
    }
    const row = spend.rows.get(member.emailKey);
    if (row === void 0) {
      notReverified.push({
        key: member.emailKey,
        reason: "not in the spend report when read back (no longer on the team?)"
      });
      continue;
    }
    members.push(refreshed(member, row));
  }
  const legacy = [...spend.rows.values()].some(
    (row) => row.monthlyLimitDollars === void 0 && row.hardLimitOverrideDollars !== void 0
  );
  const merged = {
    ...live,
    members,
    ...blocklists === void 0 ? {} : {
      blocklists: buildLiveState({ members: [], blocklists, spend: { rows: [] } }).blocklists
    },
    shape: legacy ? "legacy" : live.shape
  };
  return {
    verification: plan(input.desired, merged, { allowDeletes: input.allowDeletes }),
    summary: {
      scope: "targeted",
      spendPages: spend.pages,
      spendSearches: spend.searches,
      blocklists: blocklists !== void 0,
      notReverified
    }
  };
}
async function fullReadBack(input) {
  const live = await readLiveState(input.reader);
  return {
    verification: plan(input.desired, live, { allowDeletes: input.allowDeletes }),
    summary: {
      scope: "full",
      spendPages: 0,
      spendSearches: 0,
      blocklists: true,
      notReverified: []
    }
  };
}
async function readTouchedSpend(reader, touched, report) {
  const rows = /* @__PURE__ */ new Map();
  if (touched.size === 0) return { rows, pages: 0, searches: 0 };
  const pageOf = report?.pageOf;
  const pageSize = report?.pageSize;
  const pages = /* @__PURE__ */ new Set();
  const unpaged = [];
  for (const key of touched) {
    const page = pageOf?.get(key);
    if (page === void 0) unpaged.push(key);
    else pages.add(page);
  }
  const byPages = pageSize !== void 0 && pages.size + unpaged.length < touched.size;
  let pagesRead = 0;
  let searches = 0;
  const readPages = async (wanted) => {
    if (pageSize === void 0) return;
    const list = [...wanted];
    pagesRead += list.length;
    const answers = await Promise.all(
      list.map((page) => reader.listSpend({ ...STABLE_SPEND_ORDER, page, pageSize }))
    );
    for (const answer of answers) keep(answer.rows);
  };
  const search = async (keys) => {
    const found = await Promise.all(keys.map((key) => searchMember(reader, key)));
    for (const result of found) {
      searches += result.calls;
      if (result.row !== void 0) rows.set(normalizeEmail(result.row.email), result.row);
    }
  };
  const keep = (found) => {
    for (const row of found) {
      const key = normalizeEmail(row.email);
      if (touched.has(key) && !rows.has(key)) rows.set(key, row);
    }
  };
  const missing = () => [...touched].filter((key) => !rows.has(key));
  if (byPages) {
    await Promise.all([readPages(pages), search(unpaged)]);
    await search(missing().filter((key) => !unpaged.includes(key)));
  } else {
    await search([...touched]);
    const lost = missing().map((key) => pageOf?.get(key)).filter((page) => page !== void 0);
    await readPages(new Set(lost));
  }
  return { rows, pages: pagesRead, searches };
}
async function searchMember(reader, key) {
  for (let page = 1; ; page++) {
    const answer = await reader.listSpend({
      ...STABLE_SPEND_ORDER,
      searchTerm: key,
      page,
      pageSize: SEARCH_PAGE_SIZE
    });
    const row = answer.rows.find((candidate) => normalizeEmail(candidate.email) === key);
    const more = answer.totalPages !== void 0 && page < answer.totalPages && page < 10;
    if (row !== void 0 || !more || answer.rows.length === 0) return { row, calls: page };
  }
}
function capturingReader(reader) {
  let report;
  return {
    reader: Object.freeze({
      ...reader,
      listAllSpend: async () => {
        report = await reader.listAllSpend();
        return report;
      }
    }),
    spend: () => report
  };
}
function refreshed(member, row) {
  const { limit: _old, ...rest } = member;
  const limit = liveLimit(row);
  return { ...rest, spendCents: row.spendCents, ...limit === void 0 ? {} : { limit } };
}
function isLimitChange(change) {
  return change.kind === "set" || change.kind === "clear";
}

// src/core/reconcile.ts
async function planAgainstLive(desired, reader, options) {
  const live = await readLiveState(reader);
  return { plan: plan(desired, live, { allowDeletes: options.allowDeletes }), live };
}
function planExitCode(plan2, detailedExitCode) {
  if (plan2.violations.length > 0) return ExitCode.Blocked;
  if (detailedExitCode && plan2.changes.length > 0) return ExitCode.ChangesPending;
  return ExitCode.Ok;
}
async function applyPolicy(options) {
  const { policy, connection, logger } = options;
  options.onPhase?.("reading");
  const reading = capturingReader(connection.reader);
  const { plan: plan2, live } = await planAgainstLive(policy.desired, reading.reader, {
    allowDeletes: options.allowDeletes
  });
  if (options.savedPlan) checkSavedPlanStillHolds(options.savedPlan, plan2, policy.digest);
  if (plan2.violations.length > 0) throw new BlockedError(plan2.violations);
  if (plan2.changes.length === 0) return { status: "no-changes", plan: plan2, exitCode: ExitCode.Ok };
  if (!await options.confirm(plan2)) return { status: "declined", plan: plan2, exitCode: ExitCode.Error };
  options.signal?.throwIfAborted();
  options.onPhase?.("writing");
  const result = await applyPlan(plan2, {
    writer: connection.writer,
    clock: options.clock,
    ...connection.pacing === void 0 ? {} : { pacing: connection.pacing },
    ...options.limitWriter === void 0 ? {} : { limitWriter: options.limitWriter },
    ...options.onProgress === void 0 ? {} : { onProgress: options.onProgress },
    ...options.signal === void 0 ? {} : { signal: options.signal }
  });
  logger.debug(
    `applied ${result.applied}, failed ${result.failed}, skipped ${result.skipped} in ${result.durationMs} ms`
  );
  if (result.interrupted) return { status: "applied", plan: plan2, result, exitCode: ExitCode.Error };
  options.onPhase?.("verifying");
  const { verification, summary } = await readBack({
    desired: policy.desired,
    reader: connection.reader,
    allowDeletes: options.allowDeletes,
    plan: plan2,
    live,
    spend: reading.spend()
  });
  const converged = verifiableChanges(verification).length === 0;
  const settled = confirmByReadBack(result, verification);
  return {
    status: "applied",
    plan: plan2,
    result: settled,
    verification,
    readBack: summary,
    exitCode: settled.failed > 0 || !converged ? ExitCode.Error : ExitCode.Ok
  };
}

export {
  planAgainstLive,
  planExitCode,
  applyPolicy
};
