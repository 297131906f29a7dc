// Stage 1: bytes -> text -> YAML documents -> plain JSON-like data, with the source range of
// every node recorded under its JSON Pointer (so later stages can say file:line:col).
//
// YAML hazards are handled here, deliberately:
// - YAML 1.2 core schema: `yes`, `no`, `on`, `off` are strings, only `true`/`false` are booleans
//   (the schema stage explains the difference where it matters).
// - Duplicate keys are errors naming both places (YAML parsers otherwise keep one silently).
// - Anchors and aliases are allowed (reuse a member list); merge keys (`<<`) are not, because a
//   reviewer cannot see in a diff which keys they bring in. Cycles and alias bombs are errors.
// - Several documents in one file (`---`) are supported: each is merged like a separate file.
// - An empty value (`kim@acme.example:` with nothing after the colon) is an error, not "null":
//   "no limit" must be written as `none` so that a forgotten number cannot remove a limit.
// - Tabs used as indentation, non-UTF-8 and binary files are errors with a position.
// - Nothing here recurses or spreads in proportion to the input (docs/security.md, "Policy
//   files"): nesting deeper than MAX_NESTING is refused before the YAML library composes the
//   document (its recursion would overflow the stack, and V8 can abort the process instead of
//   throwing when that happens inside a regular expression), aliases are resolved from one
//   table built in document order, and what aliases expand to is capped.
// - Messages quote the parser's words only as a short, scrubbed excerpt.

import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type ParsedNode,
  Parser,
  type YAMLError,
} from "yaml";
import { excerpt } from "../shared/redact.js";
import { describePointer, pointerChild } from "./pointer.js";
import { type PolicyProblem, problemAt, relatedAt, type Span } from "./problems.js";

/** Where one node of a document was written. */
export interface NodeInfo {
  /** The key of the pair this node is the value of (absent for list items and the root). */
  readonly key?: Span;
  readonly value: Span;
  /** A value left empty (`key:` with nothing after it). */
  readonly empty: boolean;
  /** The source text of a scalar, as written (for messages about `yes`, `1_000`, `"100"`). */
  readonly source?: string;
  /** The explicit tag written on a scalar (`!!int`), when there is one. */
  readonly tag?: string;
  /** The scalar value is quoted: its text starts one column after `value`. */
  readonly quoted?: boolean;
  /** The key is quoted: its text starts one column after `key`. */
  readonly keyQuoted?: boolean;
  /**
   * How a number was written when that is not plain decimal digits: `a hexadecimal number`,
   * `a tagged value` (`!!int "50"`), `a number with a decimal point` (1.0). The schema stage decides where that is
   * an error: numbers in a policy are plain decimal (docs/policy-language.md, "Numbers").
   */
  readonly numberForm?: string;
}

/** One YAML document of one file: the unit that is validated and then merged. */
export interface Fragment {
  readonly file: string;
  /** 0-based document index within the file. */
  readonly document: number;
  readonly data: unknown;
  readonly nodes: ReadonlyMap<string, NodeInfo>;
  /** Pointers whose value already has a problem: schema errors at or under them are dropped. */
  readonly suppressed: ReadonlySet<string>;
}

interface ParsedFile {
  readonly fragments: Fragment[];
  readonly problems: PolicyProblem[];
}

/** Values that aliases may expand to in one document: far above any real policy. */
const ALIAS_EXPANSION_BUDGET = 200_000;

/**
 * How deep mappings and lists may nest, aliases included. A policy needs six levels
 * (spendLimits > groups > name > members > item); the YAML library recurses once per level.
 */
const MAX_NESTING = 64;

const STANDARD_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`),
);

export function parsePolicyText(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const spanOf = spanFactory(file, lineCounter);
  // The library's own parseAllDocuments, in its two steps, so that the token tree (built
  // without recursion) is checked for depth before the composer recurses through it.
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) {
    return { fragments: [], problems: [nestingProblem(spanOf(tooDeep, tooDeep))] };
  }
  const composer = new Composer({ uniqueKeys: false, version: "1.2", schema: "core" });
  const documents = Array.from(composer.compose(tokens));
  const problems: PolicyProblem[] = [];
  const fragments: Fragment[] = [];

  documents.forEach((document, index) => {
    for (const warning of document.warnings) {
      if (warning.code !== "TAG_RESOLVE_FAILED") problems.push(yamlWarningProblem(warning, spanOf));
    }
    if (document.errors.length > 0) {
      // The parser's best-effort tree after a syntax error would only produce misleading schema
      // errors; the syntax errors themselves say where to look.
      for (const error of document.errors) problems.push(yamlErrorProblem(error, spanOf));
      return;
    }
    if (document.directives.yaml.version !== "1.2") {
      problems.push(yamlVersionProblem(text, document, spanOf));
      return;
    }
    if (document.contents === null) return;
    fragments.push(convertDocument(file, index, document, spanOf, problems));
  });

  if (fragments.length === 0 && problems.length === 0) {
    problems.push(
      problemAt(
        "empty-file",
        { file, line: 1, column: 1 },
        {
          message: "the file contains no policy (only comments or whitespace)",
          hint: "add `version: 1` and some settings, or delete the file",
        },
      ),
    );
  }
  return { fragments, problems };
}

type SpanOf = (start: number, end: number) => Span;

function spanFactory(file: string, lineCounter: LineCounter): SpanOf {
  return (start, end) => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
}

const YAML_ERROR_HINTS: Readonly<Record<string, string>> = {
  BAD_INDENT: "line up the keys of one mapping (and the items of one list) in the same column",
  MISSING_CHAR: "a closing bracket, brace or quote is missing",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line: is a `:` missing on the line above?",
  BLOCK_AS_IMPLICIT_KEY: "a key must fit on one line: is a `:` missing on the line above?",
  UNEXPECTED_TOKEN: "check the punctuation near this position (commas, brackets, colons)",
  BAD_SCALAR_START: "quote a value that starts with a special character such as * & ! | > @ or `",
  DUPLICATE_KEY: "a mapping can hold each key once",
};

function yamlErrorProblem(error: YAMLError, spanOf: SpanOf): PolicyProblem {
  const at = spanOf(error.pos[0], error.pos[1]);
  if (error.code === "TAB_AS_INDENT") {
    return problemAt("yaml-tab", at, {
      message: "a tab is used for indentation; YAML allows only spaces there",
      hint: "replace the tab with spaces (two per level, as in the examples)",
    });
  }
  const message = firstLine(error.message);
  const unclosed = /end with an? ([\]}])/.exec(message)?.[1];
  return problemAt("yaml-syntax", at, {
    message: `YAML syntax error: ${message}`,
    hint:
      unclosed !== undefined
        ? `a ${unclosed === "]" ? "[ list" : "{ mapping"} above is not closed: add the missing ${unclosed}`
        : (YAML_ERROR_HINTS[error.code] ?? "check the YAML syntax near this position"),
  });
}

/**
 * `%YAML 1.1` would make `yes`/`no`/`on`/`off` booleans in that document only: the same text
 * would mean different things in different files, so the directive is refused.
 */
function yamlVersionProblem(
  text: string,
  document: Document.Parsed,
  spanOf: SpanOf,
): PolicyProblem {
  const start = document.range[0];
  const at = Math.max(0, text.lastIndexOf("%YAML", start));
  return problemAt("yaml-version", spanOf(at, at + "%YAML".length), {
    message: `the document declares %YAML ${document.directives.yaml.version}; policy files are YAML 1.2`,
    hint: "remove the %YAML line: in YAML 1.2 only true and false are booleans, and yes/no/on/off are text",
  });
}

function yamlWarningProblem(warning: YAMLError, spanOf: SpanOf): PolicyProblem {
  return problemAt("yaml-warning", spanOf(warning.pos[0], warning.pos[1]), {
    message: `YAML: ${firstLine(warning.message)}`,
    hint: "policy files need no YAML directives or special syntax; remove it",
  });
}

/** The parser's message, which can quote the file: its first line, as a short excerpt. */
function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return excerpt(line.replace(/ at line \d+, column \d+:?$/, ""), 120);
}

/**
 * The offset of the first mapping or list nested deeper than MAX_NESTING in the token tree,
 * found without recursion; undefined when there is none.
 */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const pending: Array<{ token: CST.Token; depth: number }> = tokens.map((token) => ({
    token,
    depth: 0,
  }));
  let first: number | undefined;
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { token, depth } = next;
    if (token.type === "document") {
      if (token.value !== undefined) pending.push({ token: token.value, depth });
      continue;
    }
    if (
      token.type !== "block-map" &&
      token.type !== "block-seq" &&
      token.type !== "flow-collection"
    ) {
      continue;
    }
    if (depth >= MAX_NESTING) {
      first = first === undefined ? token.offset : Math.min(first, token.offset);
      continue;
    }
    for (const item of token.items) {
      if ("key" in item && item.key) pending.push({ token: item.key, depth: depth + 1 });
      if (item.value) pending.push({ token: item.value, depth: depth + 1 });
    }
  }
  return first;
}

function nestingProblem(at: Span): PolicyProblem {
  return problemAt("nesting-too-deep", at, {
    message: `mappings and lists are nested more than ${MAX_NESTING} levels deep here`,
    hint: "a policy needs six levels at most (spendLimits > groups > name > members > item): check the indentation and the brackets",
  });
}

interface ConvertContext {
  readonly document: Document.Parsed;
  readonly spanOf: SpanOf;
  readonly nodes: Map<string, NodeInfo>;
  readonly suppressed: Set<string>;
  readonly problems: PolicyProblem[];
  /** Nodes being converted: an alias to one of them is a cycle. */
  readonly active: Set<Node>;
  /** Each anchor's node, as of the place being converted (YAML: the last one defined before). */
  readonly anchors: Map<string, Node>;
  /** How many mappings and lists enclose the node being converted, through aliases too. */
  depth: number;
  /** How many aliases are being expanded around the node being converted. */
  aliasDepth: number;
  aliasBudget: number;
  /** Each of these is reported once per document. */
  budgetReported: boolean;
  depthReported: boolean;
}

function convertDocument(
  file: string,
  index: number,
  document: Document.Parsed,
  spanOf: SpanOf,
  problems: PolicyProblem[],
): Fragment {
  const context: ConvertContext = {
    document,
    spanOf,
    nodes: new Map(),
    suppressed: new Set(),
    problems,
    active: new Set(),
    anchors: new Map(),
    depth: 0,
    aliasDepth: 0,
    aliasBudget: ALIAS_EXPANSION_BUDGET,
    budgetReported: false,
    depthReported: false,
  };
  const data = convertNode(document.contents, "", undefined, context);
  return {
    file,
    document: index,
    data,
    nodes: context.nodes,
    suppressed: context.suppressed,
  };
}

function rangeSpan(node: ParsedNode | Node, context: ConvertContext): Span | undefined {
  const range = node.range;
  return range ? context.spanOf(range[0], range[1]) : undefined;
}

/**
 * Converts one node to plain data and records where it was written. `keySpan` is the span of the
 * key it is the value of. Never throws: problems are collected in the context.
 */
function convertNode(
  node: unknown,
  pointer: string,
  keySpan: Span | undefined,
  context: ConvertContext,
): unknown {
  const record = (value: Span, extra?: Omit<Partial<NodeInfo>, "key" | "value">) => {
    const info: NodeInfo =
      extra === undefined
        ? { value, empty: false }
        : { ...extra, value, empty: extra.empty ?? false };
    context.nodes.set(pointer, keySpan === undefined ? info : { key: keySpan, ...info });
  };
  const fallbackSpan = keySpan ?? context.spanOf(0, 0);

  if (context.aliasDepth > 0) {
    context.aliasBudget -= 1;
    if (context.aliasBudget < 0) {
      context.suppressed.add(pointer);
      if (!context.budgetReported) {
        context.budgetReported = true;
        context.problems.push(
          problemAt("yaml-alias", fallbackSpan, {
            message: `aliases in this document expand to more than ${ALIAS_EXPANSION_BUDGET} values (aliases repeated inside aliases?)`,
            hint: "write the values out instead of nesting aliases",
          }),
        );
      }
      return null;
    }
  }

  // `key:` in a flow mapping (`{ key }`) has no value node at all.
  if (node === null || node === undefined) {
    record(fallbackSpan, { empty: true, source: "" });
    return null;
  }

  if (isAlias(node)) {
    const aliasSpan = rangeSpan(node, context) ?? fallbackSpan;
    const target = context.anchors.get(node.source);
    if (target === undefined) {
      return aliasProblem(pointer, aliasSpan, context, {
        message: `unknown alias "*${node.source}"`,
        hint: `define the anchor with "&${node.source}" on a value above this line before using it`,
      });
    }
    if (context.active.has(target)) {
      return aliasProblem(pointer, aliasSpan, context, {
        message: `alias "*${node.source}" refers to a value that contains it (a cycle)`,
        hint: "an alias can only repeat a value defined outside of itself",
      });
    }
    context.aliasDepth += 1;
    let value: unknown;
    try {
      value = convertNode(target, pointer, keySpan, context);
    } finally {
      context.aliasDepth -= 1;
    }
    const info = context.nodes.get(pointer);
    // Errors about the whole value point where the alias is used; errors inside it point into
    // the anchored definition, where the fix is made.
    if (info) context.nodes.set(pointer, { ...info, value: aliasSpan });
    return value;
  }

  if (isScalar(node)) {
    rememberAnchor(node, context);
    const span = rangeSpan(node, context) ?? fallbackSpan;
    const source = typeof node.source === "string" ? node.source : String(node.value);
    if (node.tag !== undefined && !STANDARD_TAGS.has(node.tag)) {
      return tagProblem(pointer, span, node.tag, context, record);
    }
    const value: unknown = node.value;
    if (value === null) {
      const empty = source === "" && node.type === "PLAIN";
      record(empty && keySpan ? keySpan : span, { empty, source });
      return null;
    }
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      const tag = node.tag?.replace("tag:yaml.org,2002:", "!!");
      // `!!float 5` stays the text "5" (the tag does not resolve): still a tagged number.
      const numeric = typeof value === "number" || tag === "!!int" || tag === "!!float";
      const form = numeric ? numberForm(source, tag, Number(value)) : undefined;
      record(span, {
        source,
        ...(tag === undefined ? {} : { tag }),
        ...(form === undefined ? {} : { numberForm: form }),
        ...(node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? { quoted: true } : {}),
      });
      return value;
    }
    return tagProblem(pointer, span, node.tag ?? "an unsupported type", context, record);
  }

  if (isMap(node) || isSeq(node)) {
    rememberAnchor(node, context);
    const span = rangeSpan(node, context) ?? fallbackSpan;
    if (node.tag !== undefined && !STANDARD_TAGS.has(node.tag)) {
      return tagProblem(pointer, span, node.tag, context, record);
    }
    record(span);
    if (context.depth >= MAX_NESTING) {
      // Only aliases get here: the token tree was checked before composing.
      context.suppressed.add(pointer);
      if (!context.depthReported) {
        context.depthReported = true;
        context.problems.push(nestingProblem(span));
      }
      return null;
    }
    context.active.add(node);
    context.depth += 1;
    try {
      return isMap(node)
        ? convertMap(node.items, pointer, context)
        : node.items.map((item, index) =>
            convertNode(item, pointerChild(pointer, index), undefined, context),
          );
    } finally {
      context.active.delete(node);
      context.depth -= 1;
    }
  }

  context.suppressed.add(pointer);
  record(fallbackSpan);
  return null;
}

/**
 * How a number was written, when YAML 1.2 read something other than plain decimal digits as a
 * number: `0x10` is 16, `0o17` is 15, `!!int "50"` is 50, `+7`, `1e3`, `007`, `1.0`. Infinity and
 * NaN are left to the schema stage, which explains them where a number is expected.
 */
function numberForm(source: string, tag: string | undefined, value: number): string | undefined {
  if (tag !== undefined) return "a tagged value";
  if (/^[-+]?0x/i.test(source)) return "a hexadecimal number";
  if (/^[-+]?0o/i.test(source)) return "an octal number";
  if (!Number.isFinite(value)) return undefined;
  if (source.startsWith("+")) return "a number with a plus sign";
  if (/e/i.test(source)) return "a number in exponent notation";
  if (/^-?0\d/.test(source)) return "a number with a leading zero";
  if (/^-?\./.test(source) || source.endsWith(".")) return "a number with a bare decimal point";
  if (Number.isInteger(value) && source.includes(".")) return WHOLE_WITH_DECIMAL_POINT;
  return undefined;
}

/** `1.0`: a plain decimal, wrong only where a whole number is expected. */
export const WHOLE_WITH_DECIMAL_POINT = "a number with a decimal point";

/**
 * Records a node's anchor as the one later aliases refer to. Not while expanding an alias: the
 * anchors inside the repeated value were defined where it was first written.
 */
function rememberAnchor(node: Node, context: ConvertContext): void {
  if (context.aliasDepth === 0 && typeof node.anchor === "string" && node.anchor !== "") {
    context.anchors.set(node.anchor, node);
  }
}

interface PairLike {
  readonly key: unknown;
  readonly value: unknown;
}

function convertMap(
  items: readonly PairLike[],
  pointer: string,
  context: ConvertContext,
): Record<string, unknown> {
  const entries: Array<[string, unknown]> = [];
  const seen = new Map<string, Span>();
  for (const pair of items) {
    const keyNode = pair.key;
    const keySpan =
      (isScalar(keyNode) || isMap(keyNode) || isSeq(keyNode) || isAlias(keyNode)
        ? rangeSpan(keyNode, context)
        : undefined) ?? context.nodes.get(pointer)?.value;
    const at = keySpan ?? context.spanOf(0, 0);
    const key = keyText(keyNode);
    if (key === undefined) {
      context.problems.push(
        problemAt("yaml-complex-key", at, {
          message: isScalar(keyNode)
            ? `a key is missing before ":" in ${describePointer(pointer)}`
            : `a key in ${describePointer(pointer)} is a list, mapping or alias; keys must be plain text`,
          hint: "write the key as plain text, e.g. `owner: 1000`",
        }),
      );
      continue;
    }
    if (key === "<<" && isScalar(keyNode) && keyNode.type === "PLAIN") {
      // Without the merged keys the mapping is incomplete: its "missing key" errors would only
      // repeat this one.
      context.suppressed.add(pointer);
      context.problems.push(
        problemAt("yaml-merge-key", at, {
          message: `merge keys ("<<") are not supported (in ${describePointer(pointer)})`,
          hint: "write the keys out: a reviewer cannot see in a diff which keys a merge brings in (aliases of whole values, like `members: *team`, are fine)",
        }),
      );
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      context.problems.push(
        problemAt("duplicate-key", at, {
          message: `duplicate key "${key}" in ${describePointer(pointer)}`,
          hint: "a mapping holds each key once (YAML would silently keep only one): merge the two entries or remove one",
          related: [relatedAt(first, `"${key}" first defined here`)],
        }),
      );
      continue;
    }
    seen.set(key, at);
    const child = pointerChild(pointer, key);
    const value = convertNode(pair.value, child, at, context);
    if (isScalar(keyNode) && (keyNode.type === "QUOTE_DOUBLE" || keyNode.type === "QUOTE_SINGLE")) {
      const info = context.nodes.get(child);
      if (info !== undefined) context.nodes.set(child, { ...info, keyQuoted: true });
    }
    entries.push([key, value]);
  }
  // fromEntries defines own properties (as defineProperty would, not as assignment does): a key
  // such as "__proto__" stays an ordinary key. One object built at once is also much faster
  // than 200k properties defined one by one.
  return Object.fromEntries(entries);
}

function keyText(keyNode: unknown): string | undefined {
  if (!isScalar(keyNode)) return undefined;
  const value: unknown = keyNode.value;
  if (typeof value === "string") return value;
  if (value === null && (keyNode.source === "" || keyNode.source === undefined)) return undefined;
  return typeof keyNode.source === "string" ? keyNode.source : String(value);
}

function aliasProblem(
  pointer: string,
  span: Span,
  context: ConvertContext,
  input: { message: string; hint: string },
): null {
  context.suppressed.add(pointer);
  context.nodes.set(pointer, { value: span, empty: false });
  context.problems.push(problemAt("yaml-alias", span, input));
  return null;
}

function tagProblem(
  pointer: string,
  span: Span,
  tag: string,
  context: ConvertContext,
  record: (value: Span) => void,
): null {
  record(span);
  context.suppressed.add(pointer);
  const shown = tag.replace("tag:yaml.org,2002:", "!!");
  context.problems.push(
    problemAt("yaml-tag", span, {
      message: `the tag ${shown} is not supported in policy files (${describePointer(pointer)})`,
      hint: "remove the tag and write a plain value (text, a number, true/false, or a list/mapping)",
    }),
  );
  return null;
}
