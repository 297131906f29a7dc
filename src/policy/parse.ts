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

import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type ParsedNode,
  parseAllDocuments,
  type YAMLError,
} from "yaml";
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

export interface ParsedFile {
  readonly fragments: Fragment[];
  readonly problems: PolicyProblem[];
}

/** Nodes one document may expand to, aliases included: far above any real policy. */
const NODE_BUDGET = 200_000;

const STANDARD_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`),
);

export function parsePolicyText(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
    version: "1.2",
    schema: "core",
  });
  const problems: PolicyProblem[] = [];
  const fragments: Fragment[] = [];
  const spanOf = spanFactory(file, lineCounter);

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

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").trim();
}

interface ConvertContext {
  readonly document: Document.Parsed;
  readonly spanOf: SpanOf;
  readonly nodes: Map<string, NodeInfo>;
  readonly suppressed: Set<string>;
  readonly problems: PolicyProblem[];
  /** Nodes being converted: an alias to one of them is a cycle. */
  readonly active: Set<Node>;
  budget: number;
  budgetReported: boolean;
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
    budget: NODE_BUDGET,
    budgetReported: false,
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
  const record = (value: Span, extra: { empty?: boolean; source?: string } = {}) => {
    context.nodes.set(pointer, {
      ...(keySpan === undefined ? {} : { key: keySpan }),
      value,
      empty: extra.empty ?? false,
      ...(extra.source === undefined ? {} : { source: extra.source }),
    });
  };
  const fallbackSpan = keySpan ?? context.spanOf(0, 0);

  context.budget -= 1;
  if (context.budget < 0) {
    context.suppressed.add(pointer);
    if (!context.budgetReported) {
      context.budgetReported = true;
      context.problems.push(
        problemAt("yaml-alias", fallbackSpan, {
          message: `the document expands to more than ${NODE_BUDGET} values (aliases repeated inside aliases?)`,
          hint: "write the values out instead of nesting aliases",
        }),
      );
    }
    return null;
  }

  // `key:` in a flow mapping (`{ key }`) has no value node at all.
  if (node === null || node === undefined) {
    record(fallbackSpan, { empty: true, source: "" });
    return null;
  }

  if (isAlias(node)) {
    const aliasSpan = rangeSpan(node, context) ?? fallbackSpan;
    const target = node.resolve(context.document);
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
    const value = convertNode(target, pointer, keySpan, context);
    const info = context.nodes.get(pointer);
    // Errors about the whole value point where the alias is used; errors inside it point into
    // the anchored definition, where the fix is made.
    if (info) context.nodes.set(pointer, { ...info, value: aliasSpan });
    return value;
  }

  if (isScalar(node)) {
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
      record(span, { source });
      return value;
    }
    return tagProblem(pointer, span, node.tag ?? "an unsupported type", context, record);
  }

  if (isMap(node) || isSeq(node)) {
    const span = rangeSpan(node, context) ?? fallbackSpan;
    if (node.tag !== undefined && !STANDARD_TAGS.has(node.tag)) {
      return tagProblem(pointer, span, node.tag, context, record);
    }
    record(span);
    context.active.add(node);
    try {
      return isMap(node)
        ? convertMap(node.items, pointer, context)
        : node.items.map((item, index) =>
            convertNode(item, pointerChild(pointer, index), undefined, context),
          );
    } finally {
      context.active.delete(node);
    }
  }

  context.suppressed.add(pointer);
  record(fallbackSpan);
  return null;
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
  const result: Record<string, unknown> = {};
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
    const value = convertNode(pair.value, pointerChild(pointer, key), at, context);
    // defineProperty, not assignment: a key such as "__proto__" must stay an ordinary key.
    Object.defineProperty(result, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
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
