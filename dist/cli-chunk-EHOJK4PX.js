#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  DirectoryGroupNotFoundError,
  DirectoryGroupsUnavailableError
} from "./cli-chunk-JFXSESHN.js";
import {
  normalizeEmail,
  normalizeRepoUrl
} from "./cli-chunk-SMCOMD7A.js";

// src/api/live-state.ts
async function readLiveState(reader, options = {}) {
  const [members, blocklists, spend, directoryGroups] = await Promise.all([
    reader.listMembers(),
    reader.listBlocklists(),
    reader.listAllSpend(),
    options.directoryGroups ? readDirectoryGroups(reader) : void 0
  ]);
  return buildLiveState({
    members,
    blocklists,
    spend,
    ...directoryGroups === void 0 ? {} : { directoryGroups }
  });
}
async function readDirectoryGroups(reader) {
  let groups;
  try {
    groups = await reader.listDirectoryGroups();
  } catch (error) {
    if (error instanceof DirectoryGroupsUnavailableError) {
      return { supported: false, reason: error.message };
    }
    throw error;
  }
  return withGroupMembers(reader, groups);
}
async function withGroupMembers(reader, groups, known = () => void 0) {
  const withMembers = await Promise.all(
    groups.map(async (group) => {
      const members = known(group);
      if (members !== void 0) return [{ group, members }];
      try {
        return [{ group, members: await reader.listDirectoryGroupMembers(group.id) }];
      } catch (error) {
        if (error instanceof DirectoryGroupNotFoundError) return [];
        throw error;
      }
    })
  );
  return { supported: true, groups: withMembers.flat() };
}
function buildLiveState(input) {
  const spendByEmail = /* @__PURE__ */ new Map();
  for (const row of input.spend.rows) {
    const key = normalizeEmail(row.email);
    if (!spendByEmail.has(key)) spendByEmail.set(key, row);
  }
  const members = [];
  const seen = /* @__PURE__ */ new Set();
  for (const member of input.members) {
    const emailKey = normalizeEmail(member.email);
    if (member.isRemoved || seen.has(emailKey)) continue;
    seen.add(emailKey);
    const row = spendByEmail.get(emailKey);
    const limit = row === void 0 ? void 0 : liveLimit(row);
    members.push({
      email: member.email,
      emailKey,
      name: member.name,
      role: member.role,
      ...member.id === void 0 ? {} : { id: member.id },
      spendCents: row?.spendCents ?? 0,
      ...limit === void 0 ? {} : { limit }
    });
  }
  return {
    members,
    blocklists: input.blocklists.map(liveBlocklist),
    ...input.directoryGroups === void 0 ? {} : { directoryGroups: liveDirectoryGroups(input.directoryGroups, input.members) },
    ...input.spend.cycleStart === void 0 ? {} : { cycleStart: input.spend.cycleStart },
    shape: responseShape(input.spend.rows)
  };
}
function liveDirectoryGroups(read, teamMembers) {
  if (!read.supported) return read;
  const active = teamMembers.filter((member) => !member.isRemoved);
  const emailById = /* @__PURE__ */ new Map();
  for (const member of active) {
    if (member.id !== void 0 && !emailById.has(member.id))
      emailById.set(member.id, member.email);
  }
  const groups = read.groups.map(({ group, members }) => {
    const seen = /* @__PURE__ */ new Set();
    const listed = members.flatMap((member) => {
      if (seen.has(member.userId)) return [];
      seen.add(member.userId);
      const email = member.email ?? emailById.get(member.userId);
      return [
        {
          userId: member.userId,
          ...email === void 0 ? {} : { email, emailKey: normalizeEmail(email) }
        }
      ];
    });
    return {
      id: group.id,
      name: group.name,
      nameKey: group.name.trim().toLowerCase(),
      limitDollars: group.monthlySpendingLimitDollars,
      members: listed
    };
  });
  return {
    supported: true,
    groups,
    membersHaveIds: active.length === 0 || active.every((member) => member.id !== void 0)
  };
}
function liveLimit(row) {
  const effective = row.effectivePerUserLimitDollars === void 0 ? {} : { effectiveDollars: row.effectivePerUserLimitDollars };
  if (row.monthlyLimitDollars !== void 0) {
    return { dollars: row.monthlyLimitDollars, zeroIsAmbiguous: false, ...effective };
  }
  const legacy = row.hardLimitOverrideDollars;
  if (legacy === void 0) return void 0;
  if (legacy === null || legacy === 0) {
    return { dollars: null, zeroIsAmbiguous: true, ...effective };
  }
  return { dollars: legacy, zeroIsAmbiguous: false, ...effective };
}
function responseShape(rows) {
  const legacy = rows.some(
    (row) => row.monthlyLimitDollars === void 0 && row.hardLimitOverrideDollars !== void 0
  );
  return legacy ? "legacy" : "current";
}
function liveBlocklist(blocklist) {
  return {
    id: blocklist.id,
    url: blocklist.url,
    urlKey: normalizeRepoUrl(blocklist.url) ?? blocklist.url.trim().toLowerCase(),
    patterns: blocklist.patterns
  };
}

export {
  readLiveState,
  withGroupMembers,
  buildLiveState,
  liveLimit
};
