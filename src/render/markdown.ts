// Markdown for pull-request comments and job summaries: the summary table first, violations
// prominent, details folded, the fingerprint shown; always within `maxLength` characters.
//
// Truncation works on whole items (a table row, a repo's diff block, a list item): sections are
// filled until the budget runs out, every open table or <details> is closed, and a note says how
// much was left out. A comment is never cut mid-row or mid-tag.

import type { Plan } from "../model/plan.js";
import { DRIFT_KINDS, driftFraming } from "./drift.js";
import type { Fragment, Message } from "./fragments.js";
import { codeFence, codeSpan, escapeMarkdown, inTableCell } from "./markdown-escape.js";
import {
  type BlocklistRow,
  buildRows,
  type ChangeRow,
  type DirectoryGroupRow,
  type EffectiveChangeRow,
  type LimitRow,
  type PlanRows,
  type RenderMode,
} from "./rows.js";
import {
  blockedLine,
  budgetLine,
  DRIFT_NOUNS,
  driftRiskSentence,
  headline,
  riskSentence,
  summaryLine,
} from "./summary.js";
import { plural } from "./values.js";

/** GitHub's limit for an issue or pull-request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Default budget: the comment limit minus room for a marker and a header the caller adds. */
export const DEFAULT_MARKDOWN_MAX_LENGTH = GITHUB_COMMENT_LIMIT - 1_536;

export interface MarkdownOptions {
  /** Heading, e.g. the policy directory; defaults to "cursor-policy plan" / "cursor-policy drift". */
  readonly title?: string;
  /** The commit the plan describes (shown shortened). */
  readonly commit?: string;
  /** Most characters to return; default DEFAULT_MARKDOWN_MAX_LENGTH. */
  readonly maxLength?: number;
  readonly mode?: RenderMode;
  /** Where the full plan can be read when this one is truncated. */
  readonly fullPlanHint?: string;
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  return formatMarkdown(buildRows(plan, options.mode ?? "plan"), options);
}

interface Section {
  /** Which count an omitted item adds to. */
  readonly counts: "changes" | "effective" | "notes" | "warnings" | "violations";
  readonly open: string;
  readonly items: Items;
  readonly close: string;
}

/**
 * A section's items, formatted on first use: a plan with 100,000 changes is cut after a few
 * hundred, so formatting the rest would be wasted work.
 */
class Items {
  private readonly cache: string[] = [];

  constructor(
    private readonly count: number,
    private readonly format: (index: number) => string,
  ) {}

  get length(): number {
    return this.count;
  }

  at(index: number): string {
    this.cache[index] ??= this.format(index);
    return this.cache[index];
  }

  /** The first `count` items, joined. */
  take(count: number): string {
    let out = "";
    for (let i = 0; i < count; i++) out += this.at(i);
    return out;
  }
}

function items<T>(rows: readonly T[], format: (row: T) => string): Items {
  return new Items(rows.length, (index) => format(rows[index]!));
}

function formatMarkdown(rows: PlanRows, options: MarkdownOptions): string {
  const maxLength = options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
  const head = headBlock(rows, options);
  const sections = [
    violationsSection(rows),
    warningsSection(rows),
    ...(rows.mode === "drift"
      ? [driftSection(rows)]
      : [
          blocklistSection(rows),
          directoryGroupSection(rows),
          limitSection(rows),
          effectiveSection(rows),
        ]),
    notesSection(rows),
  ].filter((section) => section.items.length > 0);

  const fits = shareBudget(sections, maxLength - head.length);
  if (sections.every((section, i) => fits[i] === section.items.length)) {
    return head + sections.map((s) => s.open + s.items.take(s.items.length) + s.close).join("");
  }
  return truncated(
    head,
    sections,
    maxLength,
    options.fullPlanHint ?? "full plan in the job summary",
  );
}

function truncated(
  head: string,
  sections: readonly Section[],
  maxLength: number,
  hint: string,
): string {
  const total = { changes: 0, effective: 0, notes: 0, warnings: 0, violations: 0 };
  for (const section of sections) total[section.counts] += section.items.length;
  // Room for the note at its longest: counts only shrink as items are shown.
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
  // Only a budget smaller than the summary itself gets here: say so in as few words as possible.
  return note.trimStart().slice(0, maxLength);
}

/**
 * How many items of each section fit in `budget` characters. Each section first gets an equal
 * share of what is left (what it does not use passes on to the next), then leftovers go to the
 * sections in order — so a long blocklist section cannot crowd the limit changes out entirely.
 */
function shareBudget(sections: readonly Section[], budget: number): number[] {
  const shown = sections.map(() => 0);
  const used = sections.map(() => 0);
  const cost = (i: number, extra: number) =>
    extra + (shown[i] === 0 ? sections[i]!.open.length + sections[i]!.close.length : 0);
  const fill = (i: number, limit: number) => {
    const list = sections[i]!.items;
    while (shown[i]! < list.length) {
      const next = cost(i, list.at(shown[i]!).length);
      if (used[i]! + next > limit) break;
      used[i]! += next;
      shown[i]!++;
    }
  };
  let remaining = budget;
  sections.forEach((_, i) => {
    fill(i, Math.floor(remaining / (sections.length - i)));
    remaining -= used[i]!;
  });
  sections.forEach((_, i) => {
    const before = used[i]!;
    fill(i, before + remaining);
    remaining -= used[i]! - before;
  });
  return shown;
}

function truncationNote(omitted: Record<Section["counts"], number>, hint: string): string {
  const parts = [
    `${omitted.changes} more ${omitted.changes === 1 ? "change" : "changes"}`,
    omitted.violations > 0 ? plural(omitted.violations, "violation") : undefined,
    omitted.warnings > 0 ? plural(omitted.warnings, "warning") : undefined,
    omitted.effective > 0 ? plural(omitted.effective, "effective limit") : undefined,
    omitted.notes > 0 ? plural(omitted.notes, "note") : undefined,
  ].filter((part) => part !== undefined);
  return `\n> [!NOTE]\n> …${parts.join(", ")} not shown; ${hint}.\n`;
}

function headBlock(rows: PlanRows, options: MarkdownOptions): string {
  const title = options.title ?? `cursor-policy ${rows.mode}`;
  const context = [
    options.commit ? `Commit ${codeSpan(options.commit.slice(0, 12))}` : undefined,
    `live state fingerprint ${codeSpan(rows.fingerprint)}`,
    rows.shape === "legacy" ? "legacy API responses" : undefined,
    rows.effectiveAssumption
      ? `effective limits assume ${escapeMarkdown(rows.effectiveAssumption)}`
      : undefined,
  ].filter((part) => part !== undefined);
  const lines = [
    `### ${escapeMarkdown(title)}`,
    "",
    context.join(" · "),
    "",
    `**${escapeMarkdown(headline(rows.mode, rows.changes.length > 0))}**`,
    "",
  ];
  if (rows.changes.length > 0) {
    lines.push(
      ...(rows.mode === "drift" ? driftTable(rows) : summaryTable(rows)),
      "",
      escapeMarkdown(summaryLine(rows.summary, rows.mode)),
      "",
    );
    const risky = rows.mode === "drift" ? driftRiskSentence(rows.drift) : riskSentence(rows.risk);
    if (risky) lines.push(`:warning: **Risky changes:** ${escapeMarkdown(risky)}.`, "");
    if (rows.attributionUnavailable) {
      lines.push(`**Who:** unknown for every change, ${inline(rows.attributionUnavailable)}.`, "");
    }
  }
  if (rows.counts.members > 0) lines.push(escapeMarkdown(budgetLine(rows.budget, rows.mode)), "");
  return `${lines.join("\n")}\n`;
}

/** Drift's table: what happened outside the policy, by kind, risky kinds first and flagged. */
function driftTable(rows: PlanRows): string[] {
  return [
    "| Changed outside policy | Count |",
    "| --- | ---: |",
    ...DRIFT_KINDS.filter((kind) => rows.drift[kind] > 0).map((kind) => {
      const count = rows.drift[kind];
      // The plural noun, without its count, as a heading: "Limits raised outside policy".
      const noun = DRIFT_NOUNS[kind](2).replace(/^\d+ /, "");
      const label = escapeMarkdown(noun.charAt(0).toUpperCase() + noun.slice(1));
      return driftFraming(kind).rank === 0
        ? `| ${label} | **${count}** :warning: |`
        : `| ${label} | ${count} |`;
    }),
  ];
}

function summaryTable(rows: PlanRows): string[] {
  const { summary, risk } = rows;
  const row = (label: string, count: number, risky = false) =>
    `| ${label} | ${risky && count > 0 ? `**${count}** :warning:` : String(count)} |`;
  const groupChanges =
    summary.groupCreate + summary.groupUpdate + summary.groupMembers + summary.groupDelete;
  return [
    "| Change | Count |",
    "| --- | ---: |",
    row("Blocklists to create", summary.create),
    row("Blocklists to update", summary.update),
    row("Blocklists to delete", summary.delete, true),
    ...(groupChanges > 0
      ? [
          row("Directory groups to create", summary.groupCreate),
          row("Directory groups to update", summary.groupUpdate),
          row("… of which a limit raised or cleared", risk.loosenedGroupLimits, true),
          row("Directory group memberships to change", summary.groupMembers),
          row("Directory groups to delete", summary.groupDelete, true),
        ]
      : []),
    row("Spend limits to set", summary.set),
    row("… of which raised", risk.raisedLimits, true),
    row("Spend limits to clear (no limit)", summary.clear, true),
  ];
}

function warningsSection(rows: PlanRows): Section {
  return {
    counts: "warnings",
    open: `> [!WARNING]\n> **${escapeMarkdown(plural(rows.warnings.length, "warning"))}: probably not what the policy means**\n>\n`,
    items: items(rows.warnings, (w) => `> - ${inline(w)}\n`),
    close: "\n",
  };
}

/** Drift: every difference in one list, risky first, each read from the live side with who. */
function driftSection(rows: PlanRows): Section {
  return {
    counts: "changes",
    open: `<details open><summary>Changed outside policy (${rows.changes.length})</summary>\n\n`,
    items: items(rows.changes, driftItem),
    close: "\n</details>\n\n",
  };
}

function driftItem(row: ChangeRow): string {
  const framing = row.drift;
  const label = framing ? escapeMarkdown(framing.label) : "";
  const flag = framing?.rank === 0 ? ":warning: " : "";
  const who = row.changedBy ? `<br>${inline(row.changedBy)}` : "";
  if (row.resource === "spendLimit") {
    const [policy, live] = [escapeMarkdown(row.after), escapeMarkdown(row.before)];
    const values = `${policy} → **${live}** (policy says ${policy})`;
    const rule = `policy: ${inline(row.rule)}${row.until ? ` until ${row.until}` : ""} at ${codeSpan(row.ruleLocation)}`;
    return `- ${flag}**${label}:** ${escapeMarkdown(row.email)} (${escapeMarkdown(row.name)}): ${values}${who}<br>${rule}\n`;
  }
  const id = row.id ? ` · ${codeSpan(row.id)}` : "";
  if (row.resource === "directoryGroup") {
    const members = row.members.map((member) => `${member.sign} ${member.email}`);
    const details = row.details.length > 0 ? `: ${inline(row.details)}` : "";
    return `- ${flag}**${label}:** directory group ${codeSpan(row.name)}${id}${details}${who}${indentedDiff(members)}\n`;
  }
  const diff = row.lines.map((line) => `${line.sign} ${line.pattern}`);
  if (row.unchanged > 0) diff.push(`  (${plural(row.unchanged, "unchanged pattern")})`);
  return `- ${flag}**${label}:** ${codeSpan(row.url)}${id}${who}${indentedDiff(diff)}\n`;
}

/** A diff block inside a list item (indented to stay in it), or nothing for no lines. */
function indentedDiff(diff: readonly string[]): string {
  if (diff.length === 0) return "";
  const fence = codeFence(diff);
  return `\n\n  ${fence}diff\n${diff.map((l) => `  ${l}`).join("\n")}\n  ${fence}`;
}

function violationsSection(rows: PlanRows): Section {
  return {
    counts: "violations",
    open: `> [!CAUTION]\n> **${escapeMarkdown(blockedLine(rows.violations.length))}**\n>\n`,
    items: items(rows.violations, (v) => `> - ${inline(v)}\n`),
    close: "\n",
  };
}

function blocklistSection(rows: PlanRows): Section {
  const blocklists = rows.changes.filter(
    (row): row is BlocklistRow => row.resource === "blocklist",
  );
  return {
    counts: "changes",
    open: `<details><summary>Blocklist changes (${blocklists.length})</summary>\n\n`,
    items: items(blocklists, blocklistItem),
    close: "</details>\n\n",
  };
}

function blocklistItem(row: BlocklistRow): string {
  const what = {
    create: "create",
    update: "update",
    delete: row.duplicate ? "delete (duplicate entry)" : "delete",
  }[row.kind];
  const id = row.id ? ` · ${codeSpan(row.id)}` : "";
  const diff = row.lines.map((line) => `${line.sign} ${line.pattern}`);
  if (row.unchanged > 0) diff.push(`  (${plural(row.unchanged, "unchanged pattern")})`);
  const fence = codeFence(diff);
  const who = row.changedBy ? `\n\nLive entry ${inline(row.changedBy)}.` : "";
  return `**${what}** ${codeSpan(row.url)}${id}${who}\n\n${fence}diff\n${diff.join("\n")}\n${fence}\n\n`;
}

function directoryGroupSection(rows: PlanRows): Section {
  const groups = rows.changes.filter(
    (row): row is DirectoryGroupRow => row.resource === "directoryGroup",
  );
  return {
    counts: "changes",
    open: `<details><summary>Directory group changes (${groups.length})</summary>\n\n`,
    items: items(groups, directoryGroupItem),
    close: "</details>\n\n",
  };
}

function directoryGroupItem(row: DirectoryGroupRow): string {
  const what = {
    "group-create": "create",
    "group-update": "update",
    "group-members": "change members of",
    "group-delete": "delete",
  }[row.kind];
  const id = row.id ? ` · ${codeSpan(row.id)}` : "";
  const risk = row.risk ? ` :warning: ${row.risk}` : "";
  const who = row.changedBy ? ` (live group ${inline(row.changedBy)})` : "";
  const head = `**${what}** directory group ${codeSpan(row.name)}${id}: ${inline(row.details)}${risk}${who}\n\n`;
  if (row.members.length === 0) return head;
  const lines = row.members.map((member) => `${member.sign} ${member.email}`);
  const fence = codeFence(lines);
  return `${head}${fence}diff\n${lines.join("\n")}\n${fence}\n\n`;
}

function limitSection(rows: PlanRows): Section {
  const limits = rows.changes.filter((row): row is LimitRow => row.resource === "spendLimit");
  const effective = rows.effectiveAssumption !== undefined;
  return {
    counts: "changes",
    open:
      `<details><summary>Spend limit changes (${limits.length})</summary>\n\n` +
      (effective
        ? "| | Member | Role | Limit | Effective limit | Rule | Spent this cycle |\n" +
          "| --- | --- | --- | --- | --- | --- | ---: |\n"
        : "| | Member | Role | Limit | Rule | Spent this cycle |\n" +
          "| --- | --- | --- | --- | --- | ---: |\n"),
    items: items(limits, (row) => limitItem(row, effective)),
    close: "\n</details>\n\n",
  };
}

/** `effective`: the plan involves directory groups, so the table shows each effective limit. */
function limitItem(row: LimitRow, effective: boolean): string {
  const change = `${row.before} → ${row.risk ? `**${row.after}** (${row.risk})` : row.after}`;
  const flag = row.unverifiable ? " (cannot be confirmed afterwards)" : "";
  const who = row.changedBy ? `<br>live value ${inline(row.changedBy)}` : "";
  const until = row.until ? ` until ${row.until}` : "";
  const cells = [
    row.symbol,
    `${escapeMarkdown(row.email)}<br>${escapeMarkdown(row.name)}`,
    escapeMarkdown(row.role),
    `${change}${flag}${who}`,
    ...(effective ? [`${row.effective.change}<br>${inline(row.effective.groups)}`] : []),
    `${inline(row.rule)}${until}<br>${codeSpan(row.ruleLocation)}`,
    row.spend,
  ];
  return `| ${cells.map(inTableCell).join(" | ")} |\n`;
}

function effectiveSection(rows: PlanRows): Section {
  return {
    counts: "effective",
    open:
      `<details><summary>Effective limits changed by directory groups (${rows.effectiveChanges.length})</summary>\n\n` +
      "| Member | Effective limit | Directory groups |\n| --- | --- | --- |\n",
    items: items(rows.effectiveChanges, effectiveItem),
    close: "\n</details>\n\n",
  };
}

function effectiveItem(row: EffectiveChangeRow): string {
  const cells = [escapeMarkdown(row.email), row.effective.change, inline(row.effective.groups)];
  return `| ${cells.map(inTableCell).join(" | ")} |\n`;
}

function notesSection(rows: PlanRows): Section {
  return {
    counts: "notes",
    open: `<details><summary>Notes (${rows.notes.length})</summary>\n\n`,
    items: items(rows.notes, (note) => `- ${inline(note)}\n`),
    close: "\n</details>\n",
  };
}

function inline(message: Message): string {
  return message.map(fragment).join("");
}

/** A message as inline Markdown: our words escaped, names in code spans, user data escaped. */
export const inlineMarkdown = inline;

function fragment(part: Fragment): string {
  if (typeof part === "string") return escapeMarkdown(part);
  if ("code" in part) return codeSpan(part.code);
  return escapeMarkdown(part.data);
}
