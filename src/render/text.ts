// Plain text for terminals, terraform-like: `+` create, `~` update or set, `-` delete or clear.
// Colour only when asked (the CLI decides: a TTY and no NO_COLOR).

import type { Plan } from "../model/plan.js";
import { appendAll } from "../shared/arrays.js";
import { type Message, plainText } from "./fragments.js";
import {
  type BlocklistRow,
  buildRows,
  type ChangeRow,
  type ChangeSymbol,
  type DirectoryGroupRow,
  type LimitRow,
  type PlanRows,
  type RenderMode,
} from "./rows.js";
import {
  blockedLine,
  budgetLine,
  driftRiskSentence,
  headline,
  riskSentence,
  summaryLine,
} from "./summary.js";
import { plural } from "./values.js";

interface TextOptions {
  readonly color: boolean;
  readonly mode?: RenderMode;
}

export function renderText(plan: Plan, options: TextOptions): string {
  return formatText(buildRows(plan, options.mode ?? "plan"), options.color);
}

type Paint = (text: string) => string;

interface Palette {
  readonly create: Paint;
  readonly update: Paint;
  readonly remove: Paint;
  readonly warn: Paint;
  readonly error: Paint;
  readonly bold: Paint;
  readonly dim: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLOR: Palette = {
  create: ansi(32, 39),
  update: ansi(33, 39),
  remove: ansi(31, 39),
  warn: ansi(33, 39),
  error: (text) => ansi(1, 22)(ansi(31, 39)(text)),
  bold: ansi(1, 22),
  dim: ansi(2, 22),
};

const identity: Paint = (text) => text;
const PLAIN: Palette = {
  create: identity,
  update: identity,
  remove: identity,
  warn: identity,
  error: identity,
  bold: identity,
  dim: identity,
};

function formatText(rows: PlanRows, color: boolean): string {
  const paint = color ? COLOR : PLAIN;
  const out: string[] = [paint.bold(headline(rows.mode, rows.changes.length > 0))];

  if (rows.changes.length > 0) {
    out.push("");
    const showEffective = rows.effectiveAssumption !== undefined;
    for (const row of rows.changes) appendAll(out, changeLines(row, paint, showEffective));
  }
  if (rows.effectiveChanges.length > 0) {
    out.push(
      "",
      paint.bold(`Effective limits changed by directory groups (${rows.effectiveChanges.length}):`),
    );
    for (const row of rows.effectiveChanges) {
      out.push(
        `  ${paint.update("~")} ${row.email}: ${row.effective.change} (${plainText(row.effective.groups)})`,
      );
    }
  }
  if (rows.warnings.length > 0) {
    out.push("", paint.warn(`Warnings (${rows.warnings.length}):`));
    appendAll(
      out,
      rows.warnings.map((w: Message) => `  ${paint.warn("⚠")} ${plainText(w)}`),
    );
  }
  if (rows.notes.length > 0) {
    out.push("", paint.bold(`Notes (${rows.notes.length}):`));
    appendAll(
      out,
      rows.notes.map((note) => `  ${paint.warn("!")} ${plainText(note)}`),
    );
  }
  if (rows.violations.length > 0) {
    out.push("", paint.error(`Violations (${rows.violations.length}):`));
    appendAll(
      out,
      rows.violations.map((v: Message) => `  ${paint.error("x")} ${plainText(v)}`),
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
  return `${out.join("\n")}\n`;
}

function symbolPaint(symbol: ChangeSymbol, paint: Palette): Paint {
  return symbol === "+" ? paint.create : symbol === "~" ? paint.update : paint.remove;
}

/** Plan: the change's symbol. Drift: `!` for what loosened out of band, else `~`. */
function marker(row: ChangeRow, paint: Palette): string {
  if (row.drift === undefined) return symbolPaint(row.symbol, paint)(row.symbol);
  return row.drift.rank === 0 ? paint.error("!") : paint.update("~");
}

function changeLines(row: ChangeRow, paint: Palette, showEffective: boolean): string[] {
  switch (row.resource) {
    case "blocklist":
      return blocklistLines(row, paint);
    case "spendLimit":
      return limitLines(row, paint, showEffective);
    case "directoryGroup":
      return directoryGroupLines(row, paint);
  }
}

function directoryGroupLines(row: DirectoryGroupRow, paint: Palette): string[] {
  const risk = row.risk && !row.drift ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  const id = row.id ? ` (${row.id})` : "";
  const what = row.kind === "group-members" ? "members of directory group" : "directory group";
  const framing = row.drift
    ? `: ${row.drift.rank === 0 ? paint.warn(row.drift.label) : row.drift.label}`
    : "";
  const out = [
    `  ${marker(row, paint)} ${what} ${row.name}${id}${framing}: ${plainText(row.details)}${risk}`,
  ];
  for (const member of row.members) {
    const lineColor = member.sign === "+" ? paint.create : paint.remove;
    out.push(`      ${lineColor(member.sign)} ${member.email}`);
  }
  if (row.changedBy) out.push(`      ${plainText(row.changedBy)}`);
  return out;
}

function blocklistLines(row: BlocklistRow, paint: Palette): string[] {
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

/** `showEffective`: the plan involves directory groups, so a limit may not be what is enforced. */
function limitLines(row: LimitRow, paint: Palette, showEffective: boolean): string[] {
  const unverifiable = row.unverifiable ? paint.dim(" (cannot be confirmed afterwards)") : "";
  const rule = `${plainText(row.rule)}${row.until ? ` until ${row.until}` : ""}`;
  const who = `limit ${row.email} (${row.name}, ${row.role})`;
  if (row.drift) {
    // From the live side: the policy's value, then what it is now.
    const label = row.drift.rank === 0 ? paint.warn(row.drift.label) : row.drift.label;
    return [
      `  ${marker(row, paint)} ${who}: ${label}: ${row.after} → ${row.before} (policy says ${row.after})`,
      ...(row.changedBy ? [`      ${plainText(row.changedBy)}`] : []),
      `      policy: ${rule} at ${row.ruleLocation}; spent ${row.spend} this cycle${unverifiable}`,
    ];
  }
  const risk = row.risk ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  return [
    `  ${marker(row, paint)} ${who}: ${row.before} → ${row.after}${risk}`,
    `      set by ${rule} at ${row.ruleLocation}; spent ${row.spend} this cycle${unverifiable}`,
    ...(showEffective
      ? [`      effective limit ${row.effective.change} (${plainText(row.effective.groups)})`]
      : []),
    ...(row.changedBy ? [`      live value ${plainText(row.changedBy)}`] : []),
  ];
}
