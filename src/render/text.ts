// Plain text for terminals, terraform-like: `+` create, `~` update or set, `-` delete or clear.
// Colour only when asked (the CLI decides: a TTY and no NO_COLOR).

import type { Plan } from "../model/plan.js";
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
import { blockedLine, headline, riskSentence, summaryLine } from "./summary.js";
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
    for (const row of rows.changes) out.push(...changeLines(row, paint, showEffective));
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
  if (rows.notes.length > 0) {
    out.push("", paint.bold(`Notes (${rows.notes.length}):`));
    out.push(...rows.notes.map((note) => `  ${paint.warn("!")} ${plainText(note)}`));
  }
  if (rows.violations.length > 0) {
    out.push("", paint.error(`Violations (${rows.violations.length}):`));
    out.push(...rows.violations.map((v: Message) => `  ${paint.error("x")} ${plainText(v)}`));
  }

  out.push("");
  if (rows.changes.length > 0) {
    out.push(paint.bold(summaryLine(rows.summary, rows.mode)));
    const risky = riskSentence(rows.risk);
    if (risky) out.push(`${paint.warn("Risky:")} ${risky}.`);
  }
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
  const color = symbolPaint(row.symbol, paint);
  const risk = row.risk ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  const id = row.id ? ` (${row.id})` : "";
  const what = row.kind === "group-members" ? "members of directory group" : "directory group";
  const out = [`  ${color(row.symbol)} ${what} ${row.name}${id}: ${plainText(row.details)}${risk}`];
  for (const member of row.members) {
    const lineColor = member.sign === "+" ? paint.create : paint.remove;
    out.push(`      ${lineColor(member.sign)} ${member.email}`);
  }
  return out;
}

function blocklistLines(row: BlocklistRow, paint: Palette): string[] {
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

/** `showEffective`: the plan involves directory groups, so a limit may not be what is enforced. */
function limitLines(row: LimitRow, paint: Palette, showEffective: boolean): string[] {
  const color = symbolPaint(row.symbol, paint);
  const risk = row.risk ? ` ${paint.warn(`[${row.risk}]`)}` : "";
  const unverifiable = row.unverifiable ? paint.dim(" (cannot be confirmed afterwards)") : "";
  return [
    `  ${color(row.symbol)} limit ${row.email} (${row.name}, ${row.role}): ${row.before} → ${row.after}${risk}`,
    `      set by ${plainText(row.rule)} at ${row.ruleLocation}; spent ${row.spend} this cycle${unverifiable}`,
    ...(showEffective
      ? [`      effective limit ${row.effective.change} (${plainText(row.effective.groups)})`]
      : []),
  ];
}
