#!/usr/bin/env node
// Bundles third-party code; their licences: THIRD-PARTY-LICENSES.txt beside this file.
import { createRequire as __cpCreateRequire } from "node:module"; const require = __cpCreateRequire(import.meta.url);
import {
  excerpt,
  findSecrets
} from "./cli-chunk-MHL6WGYV.js";
import {
  EMAIL_GLOB_OPTIONS,
  GROUP_NAME_GLOB_OPTIONS,
  Minimatch,
  compileGroupNameGlobs,
  compileUrlGlobs,
  nearest
} from "./cli-chunk-GO366PNV.js";
import {
  appendAll,
  isHiddenCharacter
} from "./cli-chunk-J3FXLKC5.js";
import {
  normalizeEmail,
  normalizeGroupName,
  normalizeRepoUrl,
  normalizeRole
} from "./cli-chunk-SMCOMD7A.js";
import {
  require_ucs2length
} from "./cli-chunk-PI3JQBMS.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./cli-chunk-LA6XIGWA.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/policy/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/policy/pointer.ts
function pointerChild(parent, segment) {
  return `${parent}/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function pointerParent(pointer) {
  const index = pointer.lastIndexOf("/");
  return index <= 0 ? "" : pointer.slice(0, index);
}
function pointerWithin(pointer, ancestor) {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
function valueAtPointer(data, pointer, stop = () => false) {
  let current = data;
  let path2 = "";
  for (const segment of pointerSegments(pointer)) {
    path2 = pointerChild(path2, segment);
    if (stop(path2) || current === null || typeof current !== "object") return void 0;
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (Object.hasOwn(current, segment)) {
      current = Object.getOwnPropertyDescriptor(current, segment)?.value;
    } else return void 0;
  }
  return current;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describePointer(pointer) {
  const s = pointerSegments(pointer);
  if (s.length === 0) return "the top level of the file";
  const [section, kind, name, field, index] = s;
  if (section === "spendLimits" && kind !== void 0 && name !== void 0) {
    if (kind === "users") {
      return field === "until" ? `the end date (until) of user "${name}"` : `the limit of user "${name}"`;
    }
    if (kind === "roles") return `the limit of role "${name}"`;
    if (kind === "emailPatterns") return `the limit of email pattern "${name}"`;
    if (kind === "groups") {
      if (field === void 0) return `group "${name}"`;
      if (field === "members" && index !== void 0) {
        return `member ${Number(index) + 1} of group "${name}"`;
      }
      if (field === "limit") return `the limit of group "${name}"`;
      return `${field} of group "${name}"`;
    }
  }
  if (section === "directoryGroups" && kind !== void 0) {
    const group = `directory group "${kind}"`;
    if (name === void 0) return group;
    if (name === "limit") return `the limit of ${group}`;
    if (field !== void 0) {
      const noun = name === "members" ? "member" : name === "emailPatterns" ? "email pattern" : name === "roles" ? "role" : name;
      return `${noun} ${Number(field) + 1} of ${group}`;
    }
    return `${name} of ${group}`;
  }
  if (section === "blocklists" && kind !== void 0 && name !== void 0) {
    if (kind === "repos") {
      if (field === void 0) return `repo "${name}"`;
      if (index !== void 0) {
        const noun = field === "patterns" ? "pattern" : field === "use" ? "pattern set" : field;
        return `${noun} ${Number(index) + 1} ${field === "use" ? "used by" : "of"} repo "${name}"`;
      }
      return `${field} of repo "${name}"`;
    }
    if (kind === "patternSets") {
      if (field === void 0) return `pattern set "${name}"`;
      return `pattern ${Number(field) + 1} of pattern set "${name}"`;
    }
  }
  const last = s[s.length - 1];
  if (last !== void 0 && /^\d+$/.test(last) && s.length > 1) {
    return `entry ${Number(last) + 1} of ${s.slice(0, -1).join(".")}`;
  }
  return s.join(".");
}

// src/policy/problems.ts
var PROBLEM_CODES = {
  // Files and directories
  "policy-dir-not-found": "error",
  "no-policy-files": "error",
  "unreadable-file": "error",
  "binary-file": "error",
  "invalid-encoding": "error",
  "empty-file": "warning",
  "secret-in-policy": "error",
  "symlink-outside-policy-dir": "error",
  "file-too-large": "error",
  "policy-too-large": "error",
  // YAML
  "yaml-syntax": "error",
  "yaml-tab": "error",
  "yaml-version": "error",
  "duplicate-key": "error",
  "yaml-alias": "error",
  "yaml-merge-key": "error",
  "yaml-complex-key": "error",
  "yaml-tag": "error",
  "yaml-warning": "warning",
  "empty-value": "error",
  "nesting-too-deep": "error",
  // Schema
  "unknown-key": "error",
  "missing-key": "error",
  "wrong-type": "error",
  "yaml-1.1-boolean": "error",
  "unsupported-version": "error",
  "invalid-limit": "error",
  "limit-not-whole-dollars": "error",
  "limit-negative": "error",
  "limit-too-large": "error",
  "invalid-name": "error",
  "empty-list": "error",
  "out-of-range": "error",
  "invalid-value": "error",
  "number-not-decimal": "error",
  // Merging files
  "duplicate-setting": "error",
  "duplicate-user": "error",
  "duplicate-group": "error",
  "duplicate-role": "error",
  "duplicate-email-pattern": "error",
  "duplicate-pattern-set": "error",
  "duplicate-repo": "error",
  "duplicate-directory-group": "error",
  // Semantic rules
  "invalid-email": "error",
  "email-invisible-character": "error",
  "email-mixed-scripts": "error",
  "email-lookalike-character": "error",
  "invalid-date": "error",
  "unused-pending-member": "warning",
  "duplicate-member": "error",
  "conflicting-group-limits": "error",
  "unknown-role": "warning",
  "invalid-glob": "error",
  "email-pattern-never-matches": "error",
  "empty-pattern": "error",
  "absolute-pattern": "error",
  "parent-pattern": "error",
  "duplicate-pattern": "warning",
  "unknown-pattern-set": "error",
  "unused-pattern-set": "warning",
  "empty-blocklist": "error",
  "invalid-repo-url": "error",
  "invalid-repo-glob": "error",
  "duplicate-entry": "warning",
  "limit-above-maximum": "error",
  "no-limit-forbidden": "error",
  "protected-repo-would-be-deleted": "error",
  "declared-repo-ignored": "warning",
  "renamed-from-conflict": "error",
  "declared-directory-group-ignored": "warning"
};
function problemAt(code, at, input) {
  return {
    severity: PROBLEM_CODES[code],
    code,
    message: input.message,
    ...input.hint === void 0 ? {} : { hint: input.hint },
    file: at.file,
    line: at.line,
    column: at.column,
    ...at.endLine === void 0 ? {} : { endLine: at.endLine },
    ...at.endColumn === void 0 ? {} : { endColumn: at.endColumn },
    ...input.related === void 0 || input.related.length === 0 ? {} : { related: input.related }
  };
}
function relatedAt(at, message) {
  return { file: at.file, line: at.line, column: at.column, message };
}
function isError(problem) {
  return problem.severity === "error";
}
function compareProblems(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/policy/parse.ts
var ALIAS_EXPANSION_BUDGET = 2e5;
var MAX_NESTING = 64;
var STANDARD_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`)
);
function parsePolicyText(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const spanOf = spanFactory(file, lineCounter);
  const tokens = Array.from(new import_yaml.Parser(lineCounter.addNewLine).parse(text));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== void 0) {
    return { fragments: [], problems: [nestingProblem(spanOf(tooDeep, tooDeep))] };
  }
  const composer = new import_yaml.Composer({ uniqueKeys: false, version: "1.2", schema: "core" });
  const documents = Array.from(composer.compose(tokens));
  const problems = [];
  const fragments = [];
  documents.forEach((document, index) => {
    for (const warning of document.warnings) {
      if (warning.code !== "TAG_RESOLVE_FAILED") problems.push(yamlWarningProblem(warning, spanOf));
    }
    if (document.errors.length > 0) {
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
          hint: "add `version: 1` and some settings, or delete the file"
        }
      )
    );
  }
  return { fragments, problems };
}
function spanFactory(file, lineCounter) {
  return (start, end) => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
}
var YAML_ERROR_HINTS = {
  BAD_INDENT: "line up the keys of one mapping (and the items of one list) in the same column",
  MISSING_CHAR: "a closing bracket, brace or quote is missing",
  MULTILINE_IMPLICIT_KEY: "a key must fit on one line: is a `:` missing on the line above?",
  BLOCK_AS_IMPLICIT_KEY: "a key must fit on one line: is a `:` missing on the line above?",
  UNEXPECTED_TOKEN: "check the punctuation near this position (commas, brackets, colons)",
  BAD_SCALAR_START: "quote a value that starts with a special character such as * & ! | > @ or `",
  DUPLICATE_KEY: "a mapping can hold each key once"
};
function yamlErrorProblem(error, spanOf) {
  const at = spanOf(error.pos[0], error.pos[1]);
  if (error.code === "TAB_AS_INDENT") {
    return problemAt("yaml-tab", at, {
      message: "a tab is used for indentation; YAML allows only spaces there",
      hint: "replace the tab with spaces (two per level, as in the examples)"
    });
  }
  const message = firstLine(error.message);
  const unclosed = /end with an? ([\]}])/.exec(message)?.[1];
  return problemAt("yaml-syntax", at, {
    message: `YAML syntax error: ${message}`,
    hint: unclosed !== void 0 ? `a ${unclosed === "]" ? "[ list" : "{ mapping"} above is not closed: add the missing ${unclosed}` : YAML_ERROR_HINTS[error.code] ?? "check the YAML syntax near this position"
  });
}
function yamlVersionProblem(text, document, spanOf) {
  const start = document.range[0];
  const at = Math.max(0, text.lastIndexOf("%YAML", start));
  return problemAt("yaml-version", spanOf(at, at + "%YAML".length), {
    message: `the document declares %YAML ${document.directives.yaml.version}; policy files are YAML 1.2`,
    hint: "remove the %YAML line: in YAML 1.2 only true and false are booleans, and yes/no/on/off are text"
  });
}
function yamlWarningProblem(warning, spanOf) {
  return problemAt("yaml-warning", spanOf(warning.pos[0], warning.pos[1]), {
    message: `YAML: ${firstLine(warning.message)}`,
    hint: "policy files need no YAML directives or special syntax; remove it"
  });
}
function firstLine(message) {
  const line = message.split("\n")[0] ?? message;
  return excerpt(line.replace(/ at line \d+, column \d+:?$/, ""), 120);
}
function firstTooDeep(tokens) {
  const pending = tokens.map((token) => ({
    token,
    depth: 0
  }));
  let first;
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    const { token, depth } = next;
    if (token.type === "document") {
      if (token.value !== void 0) pending.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") {
      continue;
    }
    if (depth >= MAX_NESTING) {
      first = first === void 0 ? token.offset : Math.min(first, token.offset);
      continue;
    }
    for (const item of token.items) {
      if ("key" in item && item.key) pending.push({ token: item.key, depth: depth + 1 });
      if (item.value) pending.push({ token: item.value, depth: depth + 1 });
    }
  }
  return first;
}
function nestingProblem(at) {
  return problemAt("nesting-too-deep", at, {
    message: `mappings and lists are nested more than ${MAX_NESTING} levels deep here`,
    hint: "a policy needs six levels at most (spendLimits > groups > name > members > item): check the indentation and the brackets"
  });
}
function convertDocument(file, index, document, spanOf, problems) {
  const context = {
    document,
    spanOf,
    nodes: /* @__PURE__ */ new Map(),
    suppressed: /* @__PURE__ */ new Set(),
    problems,
    active: /* @__PURE__ */ new Set(),
    anchors: /* @__PURE__ */ new Map(),
    depth: 0,
    aliasDepth: 0,
    aliasBudget: ALIAS_EXPANSION_BUDGET,
    budgetReported: false,
    depthReported: false
  };
  const data = convertNode(document.contents, "", void 0, context);
  return {
    file,
    document: index,
    data,
    nodes: context.nodes,
    suppressed: context.suppressed
  };
}
function rangeSpan(node, context) {
  const range = node.range;
  return range ? context.spanOf(range[0], range[1]) : void 0;
}
function convertNode(node, pointer, keySpan2, context) {
  const record = (value, extra) => {
    const info = extra === void 0 ? { value, empty: false } : { ...extra, value, empty: extra.empty ?? false };
    context.nodes.set(pointer, keySpan2 === void 0 ? info : { key: keySpan2, ...info });
  };
  const fallbackSpan = keySpan2 ?? context.spanOf(0, 0);
  if (context.aliasDepth > 0) {
    context.aliasBudget -= 1;
    if (context.aliasBudget < 0) {
      context.suppressed.add(pointer);
      if (!context.budgetReported) {
        context.budgetReported = true;
        context.problems.push(
          problemAt("yaml-alias", fallbackSpan, {
            message: `aliases in this document expand to more than ${ALIAS_EXPANSION_BUDGET} values (aliases repeated inside aliases?)`,
            hint: "write the values out instead of nesting aliases"
          })
        );
      }
      return null;
    }
  }
  if (node === null || node === void 0) {
    record(fallbackSpan, { empty: true, source: "" });
    return null;
  }
  if ((0, import_yaml.isAlias)(node)) {
    const aliasSpan = rangeSpan(node, context) ?? fallbackSpan;
    const target = context.anchors.get(node.source);
    if (target === void 0) {
      return aliasProblem(pointer, aliasSpan, context, {
        message: `unknown alias "*${node.source}"`,
        hint: `define the anchor with "&${node.source}" on a value above this line before using it`
      });
    }
    if (context.active.has(target)) {
      return aliasProblem(pointer, aliasSpan, context, {
        message: `alias "*${node.source}" refers to a value that contains it (a cycle)`,
        hint: "an alias can only repeat a value defined outside of itself"
      });
    }
    context.aliasDepth += 1;
    let value;
    try {
      value = convertNode(target, pointer, keySpan2, context);
    } finally {
      context.aliasDepth -= 1;
    }
    const info = context.nodes.get(pointer);
    if (info) context.nodes.set(pointer, { ...info, value: aliasSpan });
    return value;
  }
  if ((0, import_yaml.isScalar)(node)) {
    rememberAnchor(node, context);
    const span = rangeSpan(node, context) ?? fallbackSpan;
    const source = typeof node.source === "string" ? node.source : String(node.value);
    if (node.tag !== void 0 && !STANDARD_TAGS.has(node.tag)) {
      return tagProblem(pointer, span, node.tag, context, record);
    }
    const value = node.value;
    if (value === null) {
      const empty = source === "" && node.type === "PLAIN";
      record(empty && keySpan2 ? keySpan2 : span, { empty, source });
      return null;
    }
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      const tag = node.tag?.replace("tag:yaml.org,2002:", "!!");
      const numeric = typeof value === "number" || tag === "!!int" || tag === "!!float";
      const form = numeric ? numberForm(source, tag, Number(value)) : void 0;
      record(span, {
        source,
        ...tag === void 0 ? {} : { tag },
        ...form === void 0 ? {} : { numberForm: form },
        ...node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? { quoted: true } : {}
      });
      return value;
    }
    return tagProblem(pointer, span, node.tag ?? "an unsupported type", context, record);
  }
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) {
    rememberAnchor(node, context);
    const span = rangeSpan(node, context) ?? fallbackSpan;
    if (node.tag !== void 0 && !STANDARD_TAGS.has(node.tag)) {
      return tagProblem(pointer, span, node.tag, context, record);
    }
    record(span);
    if (context.depth >= MAX_NESTING) {
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
      return (0, import_yaml.isMap)(node) ? convertMap(node.items, pointer, context) : node.items.map(
        (item, index) => convertNode(item, pointerChild(pointer, index), void 0, context)
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
function numberForm(source, tag, value) {
  if (tag !== void 0) return "a tagged value";
  if (/^[-+]?0x/i.test(source)) return "a hexadecimal number";
  if (/^[-+]?0o/i.test(source)) return "an octal number";
  if (!Number.isFinite(value)) return void 0;
  if (source.startsWith("+")) return "a number with a plus sign";
  if (/e/i.test(source)) return "a number in exponent notation";
  if (/^-?0\d/.test(source)) return "a number with a leading zero";
  if (/^-?\./.test(source) || source.endsWith(".")) return "a number with a bare decimal point";
  if (Number.isInteger(value) && source.includes(".")) return WHOLE_WITH_DECIMAL_POINT;
  return void 0;
}
var WHOLE_WITH_DECIMAL_POINT = "a number with a decimal point";
function rememberAnchor(node, context) {
  if (context.aliasDepth === 0 && typeof node.anchor === "string" && node.anchor !== "") {
    context.anchors.set(node.anchor, node);
  }
}
function convertMap(items, pointer, context) {
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  for (const pair of items) {
    const keyNode = pair.key;
    const keySpan2 = ((0, import_yaml.isScalar)(keyNode) || (0, import_yaml.isMap)(keyNode) || (0, import_yaml.isSeq)(keyNode) || (0, import_yaml.isAlias)(keyNode) ? rangeSpan(keyNode, context) : void 0) ?? context.nodes.get(pointer)?.value;
    const at = keySpan2 ?? context.spanOf(0, 0);
    const key = keyText(keyNode);
    if (key === void 0) {
      context.problems.push(
        problemAt("yaml-complex-key", at, {
          message: (0, import_yaml.isScalar)(keyNode) ? `a key is missing before ":" in ${describePointer(pointer)}` : `a key in ${describePointer(pointer)} is a list, mapping or alias; keys must be plain text`,
          hint: "write the key as plain text, e.g. `owner: 1000`"
        })
      );
      continue;
    }
    if (key === "<<" && (0, import_yaml.isScalar)(keyNode) && keyNode.type === "PLAIN") {
      context.suppressed.add(pointer);
      context.problems.push(
        problemAt("yaml-merge-key", at, {
          message: `merge keys ("<<") are not supported (in ${describePointer(pointer)})`,
          hint: "write the keys out: a reviewer cannot see in a diff which keys a merge brings in (aliases of whole values, like `members: *team`, are fine)"
        })
      );
      continue;
    }
    const first = seen.get(key);
    if (first !== void 0) {
      context.problems.push(
        problemAt("duplicate-key", at, {
          message: `duplicate key "${key}" in ${describePointer(pointer)}`,
          hint: "a mapping holds each key once (YAML would silently keep only one): merge the two entries or remove one",
          related: [relatedAt(first, `"${key}" first defined here`)]
        })
      );
      continue;
    }
    seen.set(key, at);
    const child = pointerChild(pointer, key);
    const value = convertNode(pair.value, child, at, context);
    if ((0, import_yaml.isScalar)(keyNode) && (keyNode.type === "QUOTE_DOUBLE" || keyNode.type === "QUOTE_SINGLE")) {
      const info = context.nodes.get(child);
      if (info !== void 0) context.nodes.set(child, { ...info, keyQuoted: true });
    }
    entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}
function keyText(keyNode) {
  if (!(0, import_yaml.isScalar)(keyNode)) return void 0;
  const value = keyNode.value;
  if (typeof value === "string") return value;
  if (value === null && (keyNode.source === "" || keyNode.source === void 0)) return void 0;
  return typeof keyNode.source === "string" ? keyNode.source : String(value);
}
function aliasProblem(pointer, span, context, input) {
  context.suppressed.add(pointer);
  context.nodes.set(pointer, { value: span, empty: false });
  context.problems.push(problemAt("yaml-alias", span, input));
  return null;
}
function tagProblem(pointer, span, tag, context, record) {
  record(span);
  context.suppressed.add(pointer);
  const shown = tag.replace("tag:yaml.org,2002:", "!!");
  context.problems.push(
    problemAt("yaml-tag", span, {
      message: `the tag ${shown} is not supported in policy files (${describePointer(pointer)})`,
      hint: "remove the tag and write a plain value (text, a number, true/false, or a list/mapping)"
    })
  );
  return null;
}

// src/policy/policy-validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/cursor-policy/cursor-policy/v0.1.0/schemas/policy.schema.json", "title": "cursor-policy policy file", "description": "One cursor-policy policy file. All *.yaml / *.yml files in the policy directory are merged into one policy; each setting and each named entry (user, group, role, email pattern, pattern set, repo, directory group) may be written in only one place. See docs/policy-language.md.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "description": "The policy language version. Always 1 for now; a future version will be announced with a migration.", "const": 1 }, "spendLimits": { "description": "Monthly per-user spend limits in whole US dollars. The most specific rule wins: users > groups > emailPatterns > roles > default. Members no rule covers are left alone and reported.", "type": "object", "additionalProperties": false, "properties": { "default": { "description": "The limit for every member no other rule covers. Whole dollars, 0 for a $0 limit, or none for no limit.", "$ref": "#/definitions/limit" }, "roles": { "description": "Limits by team role (owner, member, free-owner), compared case-insensitively.", "type": "object", "propertyNames": { "minLength": 1 }, "additionalProperties": { "description": "The limit for members with this role.", "$ref": "#/definitions/limit" } }, "emailPatterns": { "description": 'Limits for members whose email matches a glob (minimatch, case-insensitive), e.g. "*@contractors.example.com". A member matching two patterns with different limits is a conflict.', "type": "object", "propertyNames": { "minLength": 1 }, "additionalProperties": { "description": "The limit for members whose email matches this glob.", "$ref": "#/definitions/limit" } }, "groups": { "description": "Named groups of members sharing one limit. A member in two groups with different limits is an error.", "type": "object", "propertyNames": { "$ref": "#/definitions/name" }, "additionalProperties": { "description": "A group: its limit and its members.", "type": "object", "additionalProperties": false, "required": ["limit", "members"], "properties": { "limit": { "description": "The limit for every member of the group.", "$ref": "#/definitions/limit" }, "members": { "description": "The members' emails (compared case-insensitively); each listed once.", "type": "array", "minItems": 1, "items": { "description": "A member's email address.", "type": "string" } } } } }, "users": { "description": "Limits for individual members by email (compared case-insensitively). The most specific rule: it beats groups, patterns, roles and the default. A value is a limit, or a temporary exception {limit, until} that ends after the date given. Exact emails only: globs belong under emailPatterns.", "type": "object", "propertyNames": { "minLength": 1 }, "additionalProperties": { "description": "The limit for this member: whole dollars, 0, or none; or a temporary exception {limit, until}.", "anyOf": [{ "$ref": "#/definitions/limit" }, { "$ref": "#/definitions/exception" }] } } } }, "pendingMembers": { "description": "Emails named in this policy (under spendLimits.users or in a group) on purpose before they join the team. A plan notes them as pending instead of warning that they are not on the team (a typo, or someone who left): without this list, --strict and guardrails.requireNamedMembersOnTeam block on them.", "type": "array", "minItems": 1, "items": { "description": "The email of someone who has not joined the team yet.", "type": "string" } }, "blocklists": { "description": "Repository blocklists: files Cursor must never index or send as context, per repository.", "type": "object", "additionalProperties": false, "properties": { "patternSets": { "description": "Reusable named lists of glob patterns, used by repos through `use`.", "type": "object", "propertyNames": { "$ref": "#/definitions/name" }, "additionalProperties": { "description": "The glob patterns of this set.", "$ref": "#/definitions/patternList" } }, "repos": { "description": "Blocklists by repository URL. URLs are normalised before comparing (host and path case, .git suffix, trailing slash, git@host:org/repo and ssh:// forms): two spellings of one repository are an error.", "type": "object", "propertyNames": { "minLength": 1 }, "additionalProperties": { "description": "One repository's blocklist: the union of the pattern sets it uses and its own patterns.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "use": { "description": "Names of pattern sets (from blocklists.patternSets) whose patterns this repo gets.", "type": "array", "items": { "description": "A pattern set name.", "type": "string" } }, "patterns": { "description": "Glob patterns for this repo in addition to the pattern sets it uses.", "$ref": "#/definitions/patternList" } } } } } }, "directoryGroups": { "description": "Cursor's directory groups: groups on the team (Settings → Groups) with a monthly spending limit of their own and members, managed as declared objects. Not spendLimits.groups, which are only lists of members that get the same per-user limit. Keys are the groups' names as Cursor shows them (compared case-insensitively). See docs/policy-language.md.", "type": "object", "propertyNames": { "$ref": "#/definitions/directoryGroupName" }, "additionalProperties": { "description": "A directory group: its monthly limit and who is in it (members, emailPatterns and roles together; members: [] for nobody).", "type": "object", "additionalProperties": false, "required": ["limit"], "properties": { "limit": { "description": "The group's monthly spending limit: whole dollars, 0 for a $0 limit, or none for no group limit.", "$ref": "#/definitions/limit" }, "members": { "description": "Members by email (compared case-insensitively), each listed once; [] for a group with no members named by email.", "type": "array", "items": { "description": "A member's email address.", "type": "string" } }, "emailPatterns": { "description": 'Every team member whose email matches one of these globs (minimatch, case-insensitive) is a member, e.g. "*@contractors.acme.example".', "type": "array", "minItems": 1, "items": { "description": "An email glob.", "type": "string" } }, "roles": { "description": "Every team member with one of these roles (owner, member, free-owner; case-insensitive) is a member.", "type": "array", "minItems": 1, "items": { "description": "A team role.", "type": "string" } }, "renamedFrom": { "description": "The group's previous name: a live group of that name is renamed to this one (keeping its id and members) instead of a new group being created.", "$ref": "#/definitions/directoryGroupName" } } } }, "ownership": { "description": "Which live blocklists (prune, ignore) and directory groups (directoryGroups) this policy owns.", "type": "object", "additionalProperties": false, "properties": { "prune": { "description": "true: live blocklists the policy does not declare are deleted. false (the default): they are only reported as unmanaged.", "type": "boolean", "default": false }, "ignore": { "description": "Repository URL globs for live blocklists managed elsewhere: never deleted or reported, even with prune. A repo declared in blocklists.repos is managed by this policy even if it matches.", "$ref": "#/definitions/repoGlobList" }, "directoryGroups": { "description": "Which live directory groups this policy owns. Separate from prune and ignore above, which are about blocklists.", "type": "object", "additionalProperties": false, "properties": { "prune": { "description": "true: live directory groups the policy does not declare are deleted. false (the default): they are only reported as unmanaged.", "type": "boolean", "default": false }, "ignore": { "description": "Group names or globs over group names (case-insensitive) for groups managed elsewhere, such as the groups your identity provider syncs by SCIM: never changed, deleted or reported, even with prune. A group declared in directoryGroups is managed by this policy even if it matches.", "type": "array", "items": { "description": 'A group name or a glob over group names, e.g. "* (Okta)".', "type": "string" } } } } } }, "guardrails": { "description": "Rules every plan must satisfy; a plan that breaks one is blocked (exit code 3).", "type": "object", "additionalProperties": false, "properties": { "maxUserLimit": { "description": "No member may get a limit above this many dollars (no limit at all counts as above it).", "$ref": "#/definitions/dollars" }, "requireLimitForEveryMember": { "description": "true: every team member must end with a limit (covered by a rule, and not none).", "type": "boolean", "default": false }, "requireNamedMembersOnTeam": { "description": 'true: a plan is blocked when the policy names an email that is not on the team and not in pendingMembers (a typo, or someone who left), as --strict does. false (the default): a warning with "did you mean ...?".', "type": "boolean", "default": false }, "maxDeletes": { "description": "At most this many blocklist deletions per apply, unless --allow-deletes. Give count, percent or both (both must hold). Replaces the built-in threshold (more than 10 % of at least 10 live blocklists, or every one of two or more).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "count": { "description": "At most this many blocklists deleted per apply.", "type": "integer", "minimum": 0 }, "percent": { "description": "At most this percentage (0-100) of the live blocklists deleted per apply.", "type": "number", "minimum": 0, "maximum": 100 } } }, "maxLimitChanges": { "description": "At most this many members' limits changed per apply, unless --allow-large-changes. Give count, percent (of the live members) or both (both must hold). Replaces the built-in threshold (more than 30 % of at least 10 members).", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "count": { "description": "At most this many members' limits changed per apply.", "type": "integer", "minimum": 0 }, "percent": { "description": "At most this percentage (0-100) of the live members' limits changed per apply.", "type": "number", "minimum": 0, "maximum": 100 } } }, "maxLimitRaise": { "description": "No limit is raised to more than this many times what it is in one apply, unless --allow-large-changes (e.g. 5: $100 may become at most $500). Replaces the built-in factor of 5.", "type": "number", "minimum": 1 }, "maxTotalLimit": { "description": "The members' monthly limits may add up to at most this many dollars after an apply (members without a limit are not counted: use requireLimitForEveryMember for them).", "type": "integer", "minimum": 0, "maximum": 1e9 }, "protectedRepos": { "description": "Repository URL globs whose blocklists are never deleted: a plan that would delete one is blocked.", "$ref": "#/definitions/repoGlobList" }, "requireEffectiveCaps": { "description": "true: a member's own limit that a higher directory-group limit overrides (so it would not take effect) blocks the plan, instead of being a warning.", "type": "boolean", "default": false } } } }, "definitions": { "dollars": { "description": 'Whole US dollars, from 0 to 100000, in plain decimal digits (not 0x64, +100, 1e2, 100.0 or !!int "100").', "type": "integer", "minimum": 0, "maximum": 1e5 }, "limit": { "description": "A monthly spend limit: whole dollars (0 is a $0 limit), or none (or null) for explicitly no limit.", "anyOf": [{ "$ref": "#/definitions/dollars" }, { "description": "Explicitly no limit.", "const": "none" }, { "description": "Explicitly no limit (prefer writing none).", "type": "null" }], "examples": [100, 0, "none"] }, "exception": { "description": "A temporary exception: this limit through the date given (UTC, inclusive); from the day after, the member falls back to their other rules.", "type": "object", "additionalProperties": false, "required": ["limit", "until"], "properties": { "limit": { "description": "The limit while the exception holds.", "$ref": "#/definitions/limit" }, "until": { "description": "The last day the exception holds, YYYY-MM-DD (UTC), e.g. 2027-01-31.", "type": "string", "examples": ["2027-01-31"] } } }, "name": { "description": "A name: letters, digits, '.', '_' and '-', starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "directoryGroupName": { "description": `A directory group's name as Cursor shows it, e.g. "data-science" or "Engineering (Okta)": no leading or trailing spaces, no line breaks or other control characters, at most 200 characters.`, "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$" }, "patternList": { "description": 'Glob patterns relative to the repository root, e.g. "*.env", "config/prod/*", "**/*.pem".', "type": "array", "items": { "description": "A glob pattern relative to the repository root.", "type": "string" } }, "repoGlobList": { "description": 'Repository URLs or URL globs, e.g. "https://github.com/acme/payments" or "https://github.com/acme/data-*".', "type": "array", "items": { "description": "A repository URL or URL glob.", "type": "string" } } } };
var schema14 = { "description": "A name: letters, digits, '.', '_' and '-', starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$" };
var schema17 = { "description": 'Glob patterns relative to the repository root, e.g. "*.env", "config/prod/*", "**/*.pem".', "type": "array", "items": { "description": "A glob pattern relative to the repository root.", "type": "string" } };
var schema19 = { "description": `A directory group's name as Cursor shows it, e.g. "data-science" or "Engineering (Okta)": no leading or trailing spaces, no line breaks or other control characters, at most 200 characters.`, "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$" };
var schema21 = { "description": 'Repository URLs or URL globs, e.g. "https://github.com/acme/payments" or "https://github.com/acme/data-*".', "type": "array", "items": { "description": "A repository URL or URL glob.", "type": "string" } };
var schema13 = { "description": 'Whole US dollars, from 0 to 100000, in plain decimal digits (not 0x64, +100, 1e2, 100.0 or !!int "100").', "type": "integer", "minimum": 0, "maximum": 1e5 };
var schema12 = { "description": "A monthly spend limit: whole dollars (0 is a $0 limit), or none (or null) for explicitly no limit.", "anyOf": [{ "$ref": "#/definitions/dollars" }, { "description": "Explicitly no limit.", "const": "none" }, { "description": "Explicitly no limit (prefer writing none).", "type": "null" }], "examples": [100, 0, "none"] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/definitions/dollars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 1e5 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/definitions/dollars/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 0 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/definitions/dollars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    if ("none" !== data) {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/const", keyword: "const", params: { allowedValue: "none" }, message: "must be equal to constant", schema: "none", parentSchema: schema12.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (data !== null) {
        const err4 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema12.anyOf[2].type, parentSchema: schema12.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.anyOf, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema15 = { "description": "A temporary exception: this limit through the date given (UTC, inclusive); from the day after, the member falls back to their other rules.", "type": "object", "additionalProperties": false, "required": ["limit", "until"], "properties": { "limit": { "description": "The limit while the exception holds.", "$ref": "#/definitions/limit" }, "until": { "description": "The last day the exception holds, YYYY-MM-DD (UTC), e.g. 2027-01-31.", "type": "string", "examples": ["2027-01-31"] } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.limit === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.until === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "limit" || key0 === "until")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.limit !== void 0) {
      if (!validate11(data.limit, { instancePath: instancePath + "/limit", parentData: data, parentDataProperty: "limit", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.until !== void 0) {
      let data1 = data.until;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.until.type, parentSchema: schema15.properties.until, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var func2 = require_ucs2length().default;
var func10 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
var pattern2 = new RegExp("^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "spendLimits" || key0 === "pendingMembers" || key0 === "blocklists" || key0 === "directoryGroups" || key0 === "ownership" || key0 === "guardrails")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.spendLimits !== void 0) {
      let data1 = data.spendLimits;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "default" || key1 === "roles" || key1 === "emailPatterns" || key1 === "groups" || key1 === "users")) {
            const err3 = { instancePath: instancePath + "/spendLimits", schemaPath: "#/properties/spendLimits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spendLimits, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.default !== void 0) {
          if (!validate11(data1.default, { instancePath: instancePath + "/spendLimits/default", parentData: data1, parentDataProperty: "default", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data1.roles !== void 0) {
          let data3 = data1.roles;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              const _errs9 = errors;
              if (typeof key2 === "string") {
                if (func2(key2) < 1) {
                  const err4 = { instancePath: instancePath + "/spendLimits/roles", schemaPath: "#/properties/spendLimits/properties/roles/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spendLimits.properties.roles.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
              var valid2 = _errs9 === errors;
              if (!valid2) {
                const err5 = { instancePath: instancePath + "/spendLimits/roles", schemaPath: "#/properties/spendLimits/properties/roles/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.properties.spendLimits.properties.roles.propertyNames, parentSchema: schema11.properties.spendLimits.properties.roles, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            for (const key3 in data3) {
              if (!validate11(data3[key3], { instancePath: instancePath + "/spendLimits/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key3, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/spendLimits/roles", schemaPath: "#/properties/spendLimits/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spendLimits.properties.roles.type, parentSchema: schema11.properties.spendLimits.properties.roles, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.emailPatterns !== void 0) {
          let data5 = data1.emailPatterns;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key4 in data5) {
              const _errs14 = errors;
              if (typeof key4 === "string") {
                if (func2(key4) < 1) {
                  const err7 = { instancePath: instancePath + "/spendLimits/emailPatterns", schemaPath: "#/properties/spendLimits/properties/emailPatterns/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spendLimits.properties.emailPatterns.propertyNames, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              var valid4 = _errs14 === errors;
              if (!valid4) {
                const err8 = { instancePath: instancePath + "/spendLimits/emailPatterns", schemaPath: "#/properties/spendLimits/properties/emailPatterns/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema11.properties.spendLimits.properties.emailPatterns.propertyNames, parentSchema: schema11.properties.spendLimits.properties.emailPatterns, data: data5 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            for (const key5 in data5) {
              if (!validate11(data5[key5], { instancePath: instancePath + "/spendLimits/emailPatterns/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key5, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/spendLimits/emailPatterns", schemaPath: "#/properties/spendLimits/properties/emailPatterns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spendLimits.properties.emailPatterns.type, parentSchema: schema11.properties.spendLimits.properties.emailPatterns, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1.groups !== void 0) {
          let data7 = data1.groups;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key6 in data7) {
              const _errs19 = errors;
              if (typeof key6 === "string") {
                if (!pattern0.test(key6)) {
                  const err10 = { instancePath: instancePath + "/spendLimits/groups", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema14, data: key6, propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/spendLimits/groups", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: key6, propertyName: key6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var valid6 = _errs19 === errors;
              if (!valid6) {
                const err12 = { instancePath: instancePath + "/spendLimits/groups", schemaPath: "#/properties/spendLimits/properties/groups/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema11.properties.spendLimits.properties.groups.propertyNames, parentSchema: schema11.properties.spendLimits.properties.groups, data: data7 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            for (const key7 in data7) {
              let data8 = data7[key7];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.limit === void 0) {
                  const err13 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema11.properties.spendLimits.properties.groups.additionalProperties.required, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data8.members === void 0) {
                  const err14 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema11.properties.spendLimits.properties.groups.additionalProperties.required, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                for (const key8 in data8) {
                  if (!(key8 === "limit" || key8 === "members")) {
                    const err15 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data8.limit !== void 0) {
                  if (!validate11(data8.limit, { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", parentData: data8, parentDataProperty: "limit", rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                }
                if (data8.members !== void 0) {
                  let data10 = data8.members;
                  if (Array.isArray(data10)) {
                    if (data10.length < 1) {
                      const err16 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties.properties.members, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    const len0 = data10.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data11 = data10[i0];
                      if (typeof data11 !== "string") {
                        const err17 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i0, schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spendLimits.properties.groups.additionalProperties.properties.members.items.type, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties.properties.members.items, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err18 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spendLimits.properties.groups.additionalProperties.properties.members.type, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties.properties.members, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/spendLimits/groups/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spendLimits/properties/groups/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spendLimits.properties.groups.additionalProperties.type, parentSchema: schema11.properties.spendLimits.properties.groups.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/spendLimits/groups", schemaPath: "#/properties/spendLimits/properties/groups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spendLimits.properties.groups.type, parentSchema: schema11.properties.spendLimits.properties.groups, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data1.users !== void 0) {
          let data12 = data1.users;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key9 in data12) {
              const _errs33 = errors;
              if (typeof key9 === "string") {
                if (func2(key9) < 1) {
                  const err21 = { instancePath: instancePath + "/spendLimits/users", schemaPath: "#/properties/spendLimits/properties/users/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spendLimits.properties.users.propertyNames, data: key9, propertyName: key9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              var valid12 = _errs33 === errors;
              if (!valid12) {
                const err22 = { instancePath: instancePath + "/spendLimits/users", schemaPath: "#/properties/spendLimits/properties/users/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema11.properties.spendLimits.properties.users.propertyNames, parentSchema: schema11.properties.spendLimits.properties.users, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            for (const key10 in data12) {
              let data13 = data12[key10];
              const _errs36 = errors;
              let valid14 = false;
              const _errs37 = errors;
              if (!validate11(data13, { instancePath: instancePath + "/spendLimits/users/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data12, parentDataProperty: key10, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs37 === errors;
              valid14 = valid14 || _valid0;
              if (!valid14) {
                const _errs38 = errors;
                if (!validate17(data13, { instancePath: instancePath + "/spendLimits/users/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data12, parentDataProperty: key10, rootData })) {
                  vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs38 === errors;
                valid14 = valid14 || _valid0;
              }
              if (!valid14) {
                const err23 = { instancePath: instancePath + "/spendLimits/users/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spendLimits/properties/users/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.spendLimits.properties.users.additionalProperties.anyOf, parentSchema: schema11.properties.spendLimits.properties.users.additionalProperties, data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              } else {
                errors = _errs36;
                if (vErrors !== null) {
                  if (_errs36) {
                    vErrors.length = _errs36;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/spendLimits/users", schemaPath: "#/properties/spendLimits/properties/users/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spendLimits.properties.users.type, parentSchema: schema11.properties.spendLimits.properties.users, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/spendLimits", schemaPath: "#/properties/spendLimits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spendLimits.type, parentSchema: schema11.properties.spendLimits, data: data1 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.pendingMembers !== void 0) {
      let data14 = data.pendingMembers;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err26 = { instancePath: instancePath + "/pendingMembers", schemaPath: "#/properties/pendingMembers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.pendingMembers, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (typeof data15 !== "string") {
            const err27 = { instancePath: instancePath + "/pendingMembers/" + i1, schemaPath: "#/properties/pendingMembers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.pendingMembers.items.type, parentSchema: schema11.properties.pendingMembers.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/pendingMembers", schemaPath: "#/properties/pendingMembers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pendingMembers.type, parentSchema: schema11.properties.pendingMembers, data: data14 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.blocklists !== void 0) {
      let data16 = data.blocklists;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key11 in data16) {
          if (!(key11 === "patternSets" || key11 === "repos")) {
            const err29 = { instancePath: instancePath + "/blocklists", schemaPath: "#/properties/blocklists/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.blocklists, data: data16 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data16.patternSets !== void 0) {
          let data17 = data16.patternSets;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key12 in data17) {
              const _errs48 = errors;
              if (typeof key12 === "string") {
                if (!pattern0.test(key12)) {
                  const err30 = { instancePath: instancePath + "/blocklists/patternSets", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema14, data: key12, propertyName: key12 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/blocklists/patternSets", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: key12, propertyName: key12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              var valid18 = _errs48 === errors;
              if (!valid18) {
                const err32 = { instancePath: instancePath + "/blocklists/patternSets", schemaPath: "#/properties/blocklists/properties/patternSets/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema11.properties.blocklists.properties.patternSets.propertyNames, parentSchema: schema11.properties.blocklists.properties.patternSets, data: data17 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            for (const key13 in data17) {
              let data18 = data17[key13];
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (typeof data19 !== "string") {
                    const err33 = { instancePath: instancePath + "/blocklists/patternSets/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/definitions/patternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.items.type, parentSchema: schema17.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/blocklists/patternSets/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/patternList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.type, parentSchema: schema17, data: data18 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/blocklists/patternSets", schemaPath: "#/properties/blocklists/properties/patternSets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.blocklists.properties.patternSets.type, parentSchema: schema11.properties.blocklists.properties.patternSets, data: data17 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data16.repos !== void 0) {
          let data20 = data16.repos;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key14 in data20) {
              const _errs59 = errors;
              if (typeof key14 === "string") {
                if (func2(key14) < 1) {
                  const err36 = { instancePath: instancePath + "/blocklists/repos", schemaPath: "#/properties/blocklists/properties/repos/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.blocklists.properties.repos.propertyNames, data: key14, propertyName: key14 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              var valid24 = _errs59 === errors;
              if (!valid24) {
                const err37 = { instancePath: instancePath + "/blocklists/repos", schemaPath: "#/properties/blocklists/properties/repos/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid", schema: schema11.properties.blocklists.properties.repos.propertyNames, parentSchema: schema11.properties.blocklists.properties.repos, data: data20 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            for (const key15 in data20) {
              let data21 = data20[key15];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (Object.keys(data21).length < 1) {
                  const err38 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/blocklists/properties/repos/additionalProperties/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.blocklists.properties.repos.additionalProperties, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                for (const key16 in data21) {
                  if (!(key16 === "use" || key16 === "patterns")) {
                    const err39 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/blocklists/properties/repos/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.blocklists.properties.repos.additionalProperties, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data21.use !== void 0) {
                  let data22 = data21.use;
                  if (Array.isArray(data22)) {
                    const len3 = data22.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data23 = data22[i3];
                      if (typeof data23 !== "string") {
                        const err40 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/use/" + i3, schemaPath: "#/properties/blocklists/properties/repos/additionalProperties/properties/use/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.blocklists.properties.repos.additionalProperties.properties.use.items.type, parentSchema: schema11.properties.blocklists.properties.repos.additionalProperties.properties.use.items, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/use", schemaPath: "#/properties/blocklists/properties/repos/additionalProperties/properties/use/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.blocklists.properties.repos.additionalProperties.properties.use.type, parentSchema: schema11.properties.blocklists.properties.repos.additionalProperties.properties.use, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data21.patterns !== void 0) {
                  let data24 = data21.patterns;
                  if (Array.isArray(data24)) {
                    const len4 = data24.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data25 = data24[i4];
                      if (typeof data25 !== "string") {
                        const err42 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/patterns/" + i4, schemaPath: "#/definitions/patternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.items.type, parentSchema: schema17.items, data: data25 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/patterns", schemaPath: "#/definitions/patternList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.type, parentSchema: schema17, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/blocklists/repos/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/blocklists/properties/repos/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.blocklists.properties.repos.additionalProperties.type, parentSchema: schema11.properties.blocklists.properties.repos.additionalProperties, data: data21 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/blocklists/repos", schemaPath: "#/properties/blocklists/properties/repos/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.blocklists.properties.repos.type, parentSchema: schema11.properties.blocklists.properties.repos, data: data20 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/blocklists", schemaPath: "#/properties/blocklists/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.blocklists.type, parentSchema: schema11.properties.blocklists, data: data16 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.directoryGroups !== void 0) {
      let data26 = data.directoryGroups;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key17 in data26) {
          const _errs75 = errors;
          if (typeof key17 === "string") {
            if (func2(key17) > 200) {
              const err47 = { instancePath: instancePath + "/directoryGroups", schemaPath: "#/definitions/directoryGroupName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema19, data: key17, propertyName: key17 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (func2(key17) < 1) {
              const err48 = { instancePath: instancePath + "/directoryGroups", schemaPath: "#/definitions/directoryGroupName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19, data: key17, propertyName: key17 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern2.test(key17)) {
              const err49 = { instancePath: instancePath + "/directoryGroups", schemaPath: "#/definitions/directoryGroupName/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$" }, message: 'must match pattern "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$"', schema: "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$", parentSchema: schema19, data: key17, propertyName: key17 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/directoryGroups", schemaPath: "#/definitions/directoryGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: key17, propertyName: key17 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid32 = _errs75 === errors;
          if (!valid32) {
            const err51 = { instancePath: instancePath + "/directoryGroups", schemaPath: "#/properties/directoryGroups/propertyNames", keyword: "propertyNames", params: { propertyName: key17 }, message: "property name must be valid", schema: schema11.properties.directoryGroups.propertyNames, parentSchema: schema11.properties.directoryGroups, data: data26 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        for (const key18 in data26) {
          let data27 = data26[key18];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.limit === void 0) {
              const err52 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/directoryGroups/additionalProperties/required", keyword: "required", params: { missingProperty: "limit" }, message: "must have required property 'limit'", schema: schema11.properties.directoryGroups.additionalProperties.required, parentSchema: schema11.properties.directoryGroups.additionalProperties, data: data27 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            for (const key19 in data27) {
              if (!(key19 === "limit" || key19 === "members" || key19 === "emailPatterns" || key19 === "roles" || key19 === "renamedFrom")) {
                const err53 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/directoryGroups/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.directoryGroups.additionalProperties, data: data27 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data27.limit !== void 0) {
              if (!validate11(data27.limit, { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/limit", parentData: data27, parentDataProperty: "limit", rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
            if (data27.members !== void 0) {
              let data29 = data27.members;
              if (Array.isArray(data29)) {
                const len5 = data29.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data30 = data29[i5];
                  if (typeof data30 !== "string") {
                    const err54 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i5, schemaPath: "#/properties/directoryGroups/additionalProperties/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.directoryGroups.additionalProperties.properties.members.items.type, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.members.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/properties/directoryGroups/additionalProperties/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.directoryGroups.additionalProperties.properties.members.type, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.members, data: data29 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data27.emailPatterns !== void 0) {
              let data31 = data27.emailPatterns;
              if (Array.isArray(data31)) {
                if (data31.length < 1) {
                  const err56 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/emailPatterns", schemaPath: "#/properties/directoryGroups/additionalProperties/properties/emailPatterns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.emailPatterns, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                const len6 = data31.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data32 = data31[i6];
                  if (typeof data32 !== "string") {
                    const err57 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/emailPatterns/" + i6, schemaPath: "#/properties/directoryGroups/additionalProperties/properties/emailPatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.directoryGroups.additionalProperties.properties.emailPatterns.items.type, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.emailPatterns.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/emailPatterns", schemaPath: "#/properties/directoryGroups/additionalProperties/properties/emailPatterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.directoryGroups.additionalProperties.properties.emailPatterns.type, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.emailPatterns, data: data31 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data27.roles !== void 0) {
              let data33 = data27.roles;
              if (Array.isArray(data33)) {
                if (data33.length < 1) {
                  const err59 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/roles", schemaPath: "#/properties/directoryGroups/additionalProperties/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.roles, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                const len7 = data33.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data34 = data33[i7];
                  if (typeof data34 !== "string") {
                    const err60 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/roles/" + i7, schemaPath: "#/properties/directoryGroups/additionalProperties/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.directoryGroups.additionalProperties.properties.roles.items.type, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.roles.items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/roles", schemaPath: "#/properties/directoryGroups/additionalProperties/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.directoryGroups.additionalProperties.properties.roles.type, parentSchema: schema11.properties.directoryGroups.additionalProperties.properties.roles, data: data33 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data27.renamedFrom !== void 0) {
              let data35 = data27.renamedFrom;
              if (typeof data35 === "string") {
                if (func2(data35) > 200) {
                  const err62 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/renamedFrom", schemaPath: "#/definitions/directoryGroupName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema19, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (func2(data35) < 1) {
                  const err63 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/renamedFrom", schemaPath: "#/definitions/directoryGroupName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (!pattern2.test(data35)) {
                  const err64 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/renamedFrom", schemaPath: "#/definitions/directoryGroupName/pattern", keyword: "pattern", params: { pattern: "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$" }, message: 'must match pattern "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$"', schema: "^[^\\s\\u0000-\\u001f\\u007f-\\u009f](?:[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f])?$", parentSchema: schema19, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/renamedFrom", schemaPath: "#/definitions/directoryGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data: data35 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/directoryGroups/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/directoryGroups/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.directoryGroups.additionalProperties.type, parentSchema: schema11.properties.directoryGroups.additionalProperties, data: data27 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/directoryGroups", schemaPath: "#/properties/directoryGroups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.directoryGroups.type, parentSchema: schema11.properties.directoryGroups, data: data26 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.ownership !== void 0) {
      let data36 = data.ownership;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        for (const key20 in data36) {
          if (!(key20 === "prune" || key20 === "ignore" || key20 === "directoryGroups")) {
            const err68 = { instancePath: instancePath + "/ownership", schemaPath: "#/properties/ownership/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ownership, data: data36 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data36.prune !== void 0) {
          let data37 = data36.prune;
          if (typeof data37 !== "boolean") {
            const err69 = { instancePath: instancePath + "/ownership/prune", schemaPath: "#/properties/ownership/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.ownership.properties.prune.type, parentSchema: schema11.properties.ownership.properties.prune, data: data37 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data36.ignore !== void 0) {
          let data38 = data36.ignore;
          if (Array.isArray(data38)) {
            const len8 = data38.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data39 = data38[i8];
              if (typeof data39 !== "string") {
                const err70 = { instancePath: instancePath + "/ownership/ignore/" + i8, schemaPath: "#/definitions/repoGlobList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.items.type, parentSchema: schema21.items, data: data39 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/ownership/ignore", schemaPath: "#/definitions/repoGlobList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.type, parentSchema: schema21, data: data38 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data36.directoryGroups !== void 0) {
          let data40 = data36.directoryGroups;
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            for (const key21 in data40) {
              if (!(key21 === "prune" || key21 === "ignore")) {
                const err72 = { instancePath: instancePath + "/ownership/directoryGroups", schemaPath: "#/properties/ownership/properties/directoryGroups/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.ownership.properties.directoryGroups, data: data40 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data40.prune !== void 0) {
              let data41 = data40.prune;
              if (typeof data41 !== "boolean") {
                const err73 = { instancePath: instancePath + "/ownership/directoryGroups/prune", schemaPath: "#/properties/ownership/properties/directoryGroups/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.ownership.properties.directoryGroups.properties.prune.type, parentSchema: schema11.properties.ownership.properties.directoryGroups.properties.prune, data: data41 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data40.ignore !== void 0) {
              let data42 = data40.ignore;
              if (Array.isArray(data42)) {
                const len9 = data42.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data43 = data42[i9];
                  if (typeof data43 !== "string") {
                    const err74 = { instancePath: instancePath + "/ownership/directoryGroups/ignore/" + i9, schemaPath: "#/properties/ownership/properties/directoryGroups/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ownership.properties.directoryGroups.properties.ignore.items.type, parentSchema: schema11.properties.ownership.properties.directoryGroups.properties.ignore.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/ownership/directoryGroups/ignore", schemaPath: "#/properties/ownership/properties/directoryGroups/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ownership.properties.directoryGroups.properties.ignore.type, parentSchema: schema11.properties.ownership.properties.directoryGroups.properties.ignore, data: data42 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/ownership/directoryGroups", schemaPath: "#/properties/ownership/properties/directoryGroups/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ownership.properties.directoryGroups.type, parentSchema: schema11.properties.ownership.properties.directoryGroups, data: data40 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/ownership", schemaPath: "#/properties/ownership/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ownership.type, parentSchema: schema11.properties.ownership, data: data36 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.guardrails !== void 0) {
      let data44 = data.guardrails;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (const key22 in data44) {
          if (!func10.call(schema11.properties.guardrails.properties, key22)) {
            const err78 = { instancePath: instancePath + "/guardrails", schemaPath: "#/properties/guardrails/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.guardrails, data: data44 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data44.maxUserLimit !== void 0) {
          let data45 = data44.maxUserLimit;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err79 = { instancePath: instancePath + "/guardrails/maxUserLimit", schemaPath: "#/definitions/dollars/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data: data45 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 > 1e5 || isNaN(data45)) {
              const err80 = { instancePath: instancePath + "/guardrails/maxUserLimit", schemaPath: "#/definitions/dollars/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema13, data: data45 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data45 < 0 || isNaN(data45)) {
              const err81 = { instancePath: instancePath + "/guardrails/maxUserLimit", schemaPath: "#/definitions/dollars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema13, data: data45 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          }
        }
        if (data44.requireLimitForEveryMember !== void 0) {
          let data46 = data44.requireLimitForEveryMember;
          if (typeof data46 !== "boolean") {
            const err82 = { instancePath: instancePath + "/guardrails/requireLimitForEveryMember", schemaPath: "#/properties/guardrails/properties/requireLimitForEveryMember/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.guardrails.properties.requireLimitForEveryMember.type, parentSchema: schema11.properties.guardrails.properties.requireLimitForEveryMember, data: data46 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data44.requireNamedMembersOnTeam !== void 0) {
          let data47 = data44.requireNamedMembersOnTeam;
          if (typeof data47 !== "boolean") {
            const err83 = { instancePath: instancePath + "/guardrails/requireNamedMembersOnTeam", schemaPath: "#/properties/guardrails/properties/requireNamedMembersOnTeam/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.guardrails.properties.requireNamedMembersOnTeam.type, parentSchema: schema11.properties.guardrails.properties.requireNamedMembersOnTeam, data: data47 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data44.maxDeletes !== void 0) {
          let data48 = data44.maxDeletes;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (Object.keys(data48).length < 1) {
              const err84 = { instancePath: instancePath + "/guardrails/maxDeletes", schemaPath: "#/properties/guardrails/properties/maxDeletes/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.guardrails.properties.maxDeletes, data: data48 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            for (const key23 in data48) {
              if (!(key23 === "count" || key23 === "percent")) {
                const err85 = { instancePath: instancePath + "/guardrails/maxDeletes", schemaPath: "#/properties/guardrails/properties/maxDeletes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.guardrails.properties.maxDeletes, data: data48 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data48.count !== void 0) {
              let data49 = data48.count;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                const err86 = { instancePath: instancePath + "/guardrails/maxDeletes/count", schemaPath: "#/properties/guardrails/properties/maxDeletes/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.guardrails.properties.maxDeletes.properties.count.type, parentSchema: schema11.properties.guardrails.properties.maxDeletes.properties.count, data: data49 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (typeof data49 == "number" && isFinite(data49)) {
                if (data49 < 0 || isNaN(data49)) {
                  const err87 = { instancePath: instancePath + "/guardrails/maxDeletes/count", schemaPath: "#/properties/guardrails/properties/maxDeletes/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.guardrails.properties.maxDeletes.properties.count, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            }
            if (data48.percent !== void 0) {
              let data50 = data48.percent;
              if (typeof data50 == "number" && isFinite(data50)) {
                if (data50 > 100 || isNaN(data50)) {
                  const err88 = { instancePath: instancePath + "/guardrails/maxDeletes/percent", schemaPath: "#/properties/guardrails/properties/maxDeletes/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.guardrails.properties.maxDeletes.properties.percent, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data50 < 0 || isNaN(data50)) {
                  const err89 = { instancePath: instancePath + "/guardrails/maxDeletes/percent", schemaPath: "#/properties/guardrails/properties/maxDeletes/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.guardrails.properties.maxDeletes.properties.percent, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/guardrails/maxDeletes/percent", schemaPath: "#/properties/guardrails/properties/maxDeletes/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.guardrails.properties.maxDeletes.properties.percent.type, parentSchema: schema11.properties.guardrails.properties.maxDeletes.properties.percent, data: data50 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/guardrails/maxDeletes", schemaPath: "#/properties/guardrails/properties/maxDeletes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.guardrails.properties.maxDeletes.type, parentSchema: schema11.properties.guardrails.properties.maxDeletes, data: data48 };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data44.maxLimitChanges !== void 0) {
          let data51 = data44.maxLimitChanges;
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            if (Object.keys(data51).length < 1) {
              const err92 = { instancePath: instancePath + "/guardrails/maxLimitChanges", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges, data: data51 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            for (const key24 in data51) {
              if (!(key24 === "count" || key24 === "percent")) {
                const err93 = { instancePath: instancePath + "/guardrails/maxLimitChanges", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges, data: data51 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data51.count !== void 0) {
              let data52 = data51.count;
              if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                const err94 = { instancePath: instancePath + "/guardrails/maxLimitChanges/count", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.guardrails.properties.maxLimitChanges.properties.count.type, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges.properties.count, data: data52 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (typeof data52 == "number" && isFinite(data52)) {
                if (data52 < 0 || isNaN(data52)) {
                  const err95 = { instancePath: instancePath + "/guardrails/maxLimitChanges/count", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges.properties.count, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            }
            if (data51.percent !== void 0) {
              let data53 = data51.percent;
              if (typeof data53 == "number" && isFinite(data53)) {
                if (data53 > 100 || isNaN(data53)) {
                  const err96 = { instancePath: instancePath + "/guardrails/maxLimitChanges/percent", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges.properties.percent, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data53 < 0 || isNaN(data53)) {
                  const err97 = { instancePath: instancePath + "/guardrails/maxLimitChanges/percent", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges.properties.percent, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/guardrails/maxLimitChanges/percent", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.guardrails.properties.maxLimitChanges.properties.percent.type, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges.properties.percent, data: data53 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = { instancePath: instancePath + "/guardrails/maxLimitChanges", schemaPath: "#/properties/guardrails/properties/maxLimitChanges/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.guardrails.properties.maxLimitChanges.type, parentSchema: schema11.properties.guardrails.properties.maxLimitChanges, data: data51 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data44.maxLimitRaise !== void 0) {
          let data54 = data44.maxLimitRaise;
          if (typeof data54 == "number" && isFinite(data54)) {
            if (data54 < 1 || isNaN(data54)) {
              const err100 = { instancePath: instancePath + "/guardrails/maxLimitRaise", schemaPath: "#/properties/guardrails/properties/maxLimitRaise/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.guardrails.properties.maxLimitRaise, data: data54 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          } else {
            const err101 = { instancePath: instancePath + "/guardrails/maxLimitRaise", schemaPath: "#/properties/guardrails/properties/maxLimitRaise/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.guardrails.properties.maxLimitRaise.type, parentSchema: schema11.properties.guardrails.properties.maxLimitRaise, data: data54 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data44.maxTotalLimit !== void 0) {
          let data55 = data44.maxTotalLimit;
          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
            const err102 = { instancePath: instancePath + "/guardrails/maxTotalLimit", schemaPath: "#/properties/guardrails/properties/maxTotalLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.guardrails.properties.maxTotalLimit.type, parentSchema: schema11.properties.guardrails.properties.maxTotalLimit, data: data55 };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
          if (typeof data55 == "number" && isFinite(data55)) {
            if (data55 > 1e9 || isNaN(data55)) {
              const err103 = { instancePath: instancePath + "/guardrails/maxTotalLimit", schemaPath: "#/properties/guardrails/properties/maxTotalLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema11.properties.guardrails.properties.maxTotalLimit, data: data55 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            if (data55 < 0 || isNaN(data55)) {
              const err104 = { instancePath: instancePath + "/guardrails/maxTotalLimit", schemaPath: "#/properties/guardrails/properties/maxTotalLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.guardrails.properties.maxTotalLimit, data: data55 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          }
        }
        if (data44.protectedRepos !== void 0) {
          let data56 = data44.protectedRepos;
          if (Array.isArray(data56)) {
            const len10 = data56.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data57 = data56[i10];
              if (typeof data57 !== "string") {
                const err105 = { instancePath: instancePath + "/guardrails/protectedRepos/" + i10, schemaPath: "#/definitions/repoGlobList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.items.type, parentSchema: schema21.items, data: data57 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
          } else {
            const err106 = { instancePath: instancePath + "/guardrails/protectedRepos", schemaPath: "#/definitions/repoGlobList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.type, parentSchema: schema21, data: data56 };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data44.requireEffectiveCaps !== void 0) {
          let data58 = data44.requireEffectiveCaps;
          if (typeof data58 !== "boolean") {
            const err107 = { instancePath: instancePath + "/guardrails/requireEffectiveCaps", schemaPath: "#/properties/guardrails/properties/requireEffectiveCaps/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.guardrails.properties.requireEffectiveCaps.type, parentSchema: schema11.properties.guardrails.properties.requireEffectiveCaps, data: data58 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
      } else {
        const err108 = { instancePath: instancePath + "/guardrails", schemaPath: "#/properties/guardrails/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.guardrails.type, parentSchema: schema11.properties.guardrails, data: data44 };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
  } else {
    const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err109];
    } else {
      vErrors.push(err109);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function compilePolicyValidator() {
  return validate;
}

// src/policy/suggest.ts
function closest(input, candidates) {
  return nearest(input, candidates, Math.max(1, Math.floor(input.length / 3)))[0]?.candidate;
}

// src/policy/schema.ts
var MAX_DOLLARS = 1e5;
var compiled;
function policyValidator() {
  compiled ??= compilePolicyValidator();
  return compiled;
}
var HOME_OF_KEY = {
  version: "the top level",
  spendLimits: "the top level",
  blocklists: "the top level",
  directoryGroups: "the top level",
  ownership: "the top level",
  guardrails: "the top level",
  pendingMembers: "the top level",
  default: "spendLimits",
  roles: "spendLimits",
  emailPatterns: "spendLimits",
  groups: "spendLimits",
  users: "spendLimits",
  patternSets: "blocklists",
  repos: "blocklists",
  prune: "ownership",
  ignore: "ownership",
  maxUserLimit: "guardrails",
  requireLimitForEveryMember: "guardrails",
  maxDeletes: "guardrails",
  maxLimitChanges: "guardrails",
  maxLimitRaise: "guardrails",
  maxTotalLimit: "guardrails",
  requireNamedMembersOnTeam: "guardrails",
  protectedRepos: "guardrails",
  until: "a user's temporary exception (spendLimits.users.<email>: { limit, until })",
  requireEffectiveCaps: "guardrails",
  renamedFrom: "a directory group (directoryGroups.<name>)",
  limit: "a group (spendLimits.groups.<name>)",
  members: "a group (spendLimits.groups.<name>)",
  use: "a repo (blocklists.repos.<url>)",
  patterns: "a repo (blocklists.repos.<url>)",
  count: "guardrails.maxDeletes or guardrails.maxLimitChanges",
  percent: "guardrails.maxDeletes or guardrails.maxLimitChanges"
};
function checkSchema(fragment) {
  const numbers = numberFormProblems(fragment);
  const validate2 = policyValidator();
  if (validate2(fragment.data)) {
    return {
      problems: [...numbers.values(), ...emptyLimitProblems(fragment, /* @__PURE__ */ new Set())],
      flawed: new Set(numbers.keys())
    };
  }
  const errors = (validate2.errors ?? []).filter(
    (error) => error.keyword !== "propertyNames" && !numbers.has(error.instancePath) && !isSuppressed(fragment, targetPointer(error))
  );
  return {
    problems: [...numbers.values(), ...explainErrors(fragment, errors)],
    flawed: /* @__PURE__ */ new Set([...numbers.keys(), ...errors.map((error) => error.instancePath)])
  };
}
function numberFormProblems(fragment) {
  const problems = /* @__PURE__ */ new Map();
  for (const [pointer, info] of fragment.nodes) {
    const form = info.numberForm;
    if (form === void 0 || isSuppressed(fragment, pointer)) continue;
    const whole = WHOLE_NUMBER_POINTERS.has(pointer) || isDollarPointer(pointer);
    if (!whole && !OTHER_NUMBER_POINTERS.has(pointer)) continue;
    if (form === WHOLE_WITH_DECIMAL_POINT && !whole) continue;
    const decimal = String(valueAtPointer(fragment.data, pointer));
    const source = info.source ?? decimal;
    const shown = info.tag === void 0 ? source : `${info.tag} ${info.quoted ? JSON.stringify(source) : source}`;
    problems.set(
      pointer,
      problemAt("number-not-decimal", info.value, {
        message: `${describePointer(pointer)} is ${shown}, ${form} that YAML reads as ${decimal}; numbers in a policy are written in plain decimal digits`,
        hint: info.tag === void 0 ? `write ${decimal}` : `remove the tag${info.quoted ? " and the quotes" : ""}: write ${decimal}`
      })
    );
  }
  return problems;
}
var WHOLE_NUMBER_POINTERS = /* @__PURE__ */ new Set([
  "/version",
  "/guardrails/maxDeletes/count",
  "/guardrails/maxLimitChanges/count",
  "/guardrails/maxTotalLimit"
]);
var OTHER_NUMBER_POINTERS = /* @__PURE__ */ new Set([
  "/guardrails/maxDeletes/percent",
  "/guardrails/maxLimitChanges/percent",
  "/guardrails/maxLimitRaise"
]);
function isWrittenAsException(fragment, pointer) {
  const s = pointerSegments(pointer);
  if (s.length !== 3 || s[0] !== "spendLimits" || s[1] !== "users") return false;
  const value = valueAtPointer(fragment.data, pointer);
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function explainErrors(fragment, errors) {
  const problems = [];
  const explained = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const pointer = targetPointer(error);
    if (error.propertyName === void 0 && isWrittenAsException(fragment, pointer)) {
      if (error.keyword !== "required" && error.keyword !== "additionalProperties") continue;
      const problem2 = explainError(fragment, error);
      const key2 = `${pointer}\0${problem2.code}\0${problem2.message}`;
      if (!explained.has(key2)) {
        explained.add(key2);
        problems.push(problem2);
      }
      continue;
    }
    if (isDollarPointer(pointer) && error.propertyName === void 0) {
      if (explained.has(pointer)) continue;
      explained.add(pointer);
      problems.push(explainDollars(fragment, pointer));
      continue;
    }
    const problem = explainError(fragment, error);
    const key = `${pointer}\0${problem.code}\0${problem.message}`;
    if (explained.has(key)) continue;
    explained.add(key);
    problems.push(problem);
  }
  return [...problems, ...emptyLimitProblems(fragment, explained)];
}
function targetPointer(error) {
  return error.propertyName === void 0 ? error.instancePath : pointerChild(error.instancePath, error.propertyName);
}
function isSuppressed(fragment, pointer) {
  for (const suppressed of fragment.suppressed) {
    if (pointerWithin(pointer, suppressed)) return true;
  }
  return false;
}
function isDollarPointer(pointer) {
  return isLimitPointer(pointer) || pointer === "/guardrails/maxUserLimit";
}
function isLimitPointer(pointer) {
  const s = pointerSegments(pointer);
  if (s[0] === "directoryGroups") return s.length === 3 && s[2] === "limit";
  if (s[0] !== "spendLimits") return false;
  if (s.length === 2) return s[1] === "default";
  if (s.length === 3) return s[1] === "roles" || s[1] === "emailPatterns" || s[1] === "users";
  return s.length === 4 && (s[1] === "groups" || s[1] === "users") && s[3] === "limit";
}
function emptyLimitProblems(fragment, explained) {
  const problems = [];
  for (const [pointer, info] of fragment.nodes) {
    if (!info.empty || !isLimitPointer(pointer) || explained.has(pointer)) continue;
    if (isSuppressed(fragment, pointer)) continue;
    problems.push(
      problemAt("empty-value", info.key ?? info.value, {
        message: `${describePointer(pointer)} is empty`,
        hint: "write a whole-dollar amount, 0 for a $0 limit, or none for no limit (an empty value is not read as none, so that a forgotten number cannot remove a limit)"
      })
    );
  }
  return problems;
}
function nodeAt(fragment, pointer) {
  return fragment.nodes.get(pointer);
}
function valueSpan(fragment, pointer) {
  const info = nodeAt(fragment, pointer);
  if (info === void 0) return { file: fragment.file, line: 1, column: 1 };
  return info.empty ? info.key ?? info.value : info.value;
}
function keySpan(fragment, pointer) {
  const info = nodeAt(fragment, pointer);
  if (info === void 0) return { file: fragment.file, line: 1, column: 1 };
  return info.key ?? info.value;
}
function describeValue(value, info) {
  if (info?.empty) return "empty";
  if (value === null) return "null";
  if (typeof value === "string") return `the text "${truncate(value)}"`;
  if (typeof value === "number") return `the number ${info?.source ?? String(value)}`;
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  if (Array.isArray(value)) return "a list";
  return "a mapping";
}
function truncate(text) {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var TYPE_NAMES = {
  object: "a mapping (key: value lines)",
  array: "a list",
  string: "text",
  boolean: "true or false",
  integer: "a whole number",
  number: "a number",
  null: "null"
};
var YAML11_TRUE = /* @__PURE__ */ new Set(["yes", "y", "on"]);
var YAML11_FALSE = /* @__PURE__ */ new Set(["no", "n", "off"]);
function explainError(fragment, error) {
  const pointer = error.instancePath;
  const where = describePointer(pointer);
  const value = valueAtPointer(fragment.data, pointer);
  const info = nodeAt(fragment, pointer);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return unknownKeyProblem(fragment, error, String(params.additionalProperty));
    case "required":
      return missingKeyProblem(fragment, pointer, String(params.missingProperty));
    case "type":
      return typeProblem(fragment, pointer, String(params.type), value, info);
    case "const":
      return problemAt("unsupported-version", valueSpan(fragment, pointer), {
        message: `${where} must be 1, but it is ${describeValue(value, info)}`,
        hint: "write `version: 1`: it is the only policy language version this cursor-policy understands"
      });
    case "minItems":
      return problemAt("empty-list", valueSpan(fragment, pointer), {
        message: `${where} is an empty list`,
        hint: pointer.endsWith("/members") ? "list at least one member's email, or remove the group" : "add at least one entry, or remove the key"
      });
    case "minProperties":
      return missingAnyProblem(fragment, pointer);
    case "minimum":
    case "maximum":
      return problemAt("out-of-range", valueSpan(fragment, pointer), {
        message: `${where} is ${String(value)}; it must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}`,
        hint: pointer.endsWith("/percent") ? "a percentage between 0 and 100" : pointer === "/guardrails/maxLimitRaise" ? "a factor of 1 or more: 5 lets a limit become at most five times what it is" : "a whole number of 0 or more"
      });
    case "pattern":
    case "minLength":
    case "maxLength":
      return invalidNameProblem(fragment, error);
    default:
      return problemAt("invalid-value", valueSpan(fragment, pointer), {
        message: `${where}: ${error.message ?? "is not valid"}`
      });
  }
}
function unknownKeyProblem(fragment, error, key) {
  const pointer = error.instancePath;
  const parentSchema = error.parentSchema;
  const allowed = allowedKeys(parentSchema);
  const suggestion = closest(key, allowed);
  const home = HOME_OF_KEY[key];
  let hint;
  if (suggestion !== void 0) hint = `did you mean "${suggestion}"?`;
  else if (home !== void 0) hint = `"${key}" belongs under ${home}, not here`;
  else if (allowed.length > 0) hint = `the keys allowed here are: ${allowed.join(", ")}`;
  else hint = "remove the key";
  return problemAt("unknown-key", keySpan(fragment, pointerChild(pointer, key)), {
    message: `unknown key "${truncate(key)}" in ${describePointer(pointer)}`,
    hint
  });
}
function allowedKeys(schema) {
  if (schema === null || typeof schema !== "object" || !("properties" in schema)) return [];
  const properties = schema.properties;
  return properties !== null && typeof properties === "object" ? Object.keys(properties) : [];
}
function missingKeyProblem(fragment, pointer, key) {
  const where = describePointer(pointer);
  if (pointer === "" && key === "version") {
    return problemAt(
      "missing-key",
      { file: fragment.file, ...firstLine2(fragment) },
      {
        message: 'the file does not say "version: 1"',
        hint: "add `version: 1` as the first line (after the `# yaml-language-server: $schema=...` comment)"
      }
    );
  }
  const hints = {
    limit: "add `limit:` with whole dollars, 0, or none",
    members: "add `members:` with a list of the members' emails",
    until: "add `until: YYYY-MM-DD`, the last day the exception holds, or write the limit directly for one that does not end"
  };
  const user = pointerSegments(pointer);
  const subject = user.length === 3 && user[1] === "users" ? `the temporary exception of user "${user[2]}" ({ limit, until })` : where;
  return problemAt("missing-key", keySpan(fragment, pointer), {
    message: `${subject} is missing "${key}"`,
    hint: hints[key] ?? `add "${key}"`
  });
}
function firstLine2(fragment) {
  const root = fragment.nodes.get("");
  return root ? { line: root.value.line, column: root.value.column } : { line: 1, column: 1 };
}
function missingAnyProblem(fragment, pointer) {
  const segments = pointerSegments(pointer);
  const isRepo = segments[1] === "repos";
  return problemAt("missing-key", keySpan(fragment, pointer), {
    message: isRepo ? `${describePointer(pointer)} has neither "patterns" nor "use"` : `${describePointer(pointer)} has neither "count" nor "percent"`,
    hint: isRepo ? 'list its glob patterns under "patterns:", pattern sets under "use:", or both' : `give "count", "percent" or both, or remove ${segments.at(-1) ?? "it"}`
  });
}
function invalidNameProblem(fragment, error) {
  const pointer = targetPointer(error);
  const name = error.propertyName ?? String(valueAtPointer(fragment.data, pointer));
  const container = describePointer(error.instancePath);
  if (name === "") {
    return problemAt("invalid-name", keySpan(fragment, pointer), {
      message: `an empty key in ${container}`,
      hint: "give the entry a name, or remove it"
    });
  }
  if (pointerSegments(pointer)[0] === "directoryGroups") {
    return problemAt("invalid-name", keySpan(fragment, pointer), {
      message: `${JSON.stringify(truncate(name))} is not a valid directory group name${error.propertyName === void 0 ? ` (${describePointer(pointer)})` : ""}`,
      hint: "write the group's name as Cursor shows it, without leading or trailing spaces, line breaks or other control characters, in at most 200 characters"
    });
  }
  return problemAt("invalid-name", keySpan(fragment, pointer), {
    message: `"${truncate(name)}" is not a valid name in ${container}`,
    hint: `names use letters, digits, ".", "_" and "-", starting with a letter or digit (e.g. "${suggestName(name)}")`
  });
}
function suggestName(name) {
  const cleaned = name.trim().replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  return cleaned === "" ? "data-science" : cleaned;
}
function typeProblem(fragment, pointer, expected, value, info) {
  const where = describePointer(pointer);
  const at = valueSpan(fragment, pointer);
  const expectedText = TYPE_NAMES[expected] ?? expected;
  if (expected === "boolean" && typeof value === "string") {
    const lower = value.trim().toLowerCase();
    const meant = YAML11_TRUE.has(lower) ? "true" : YAML11_FALSE.has(lower) ? "false" : void 0;
    if (meant !== void 0) {
      return problemAt("yaml-1.1-boolean", at, {
        message: `${where} is "${value}", which YAML 1.2 reads as text, not as a boolean`,
        hint: `write ${meant}: only true and false are booleans (yes/no/on/off were YAML 1.1)`
      });
    }
  }
  let hint;
  if (expected === "string" && (typeof value === "boolean" || typeof value === "number")) {
    hint = `put it in quotes if you meant the text: "${info?.source ?? String(value)}"`;
  } else if (info?.empty) {
    hint = expected === "object" || expected === "array" ? "add entries under it, or remove the key" : `write ${expectedText}`;
  } else if (pointer === "") {
    hint = "a policy file is a mapping that starts with `version: 1`; see docs/policy-language.md";
  } else if (expected === "object" && Array.isArray(value)) {
    hint = listInsteadOfMappingHint(pointer);
  } else if (expected === "array") {
    const example = typeof value === "string" ? value : "...";
    hint = `write a list, even of one item: \`[${example}]\`, or one \`- item\` per line`;
  } else {
    hint = `write ${expectedText}`;
  }
  return problemAt("wrong-type", at, {
    message: `${where} must be ${expectedText}, but it is ${describeValue(value, info)}`,
    hint
  });
}
function listInsteadOfMappingHint(pointer) {
  const last = pointerSegments(pointer).at(-1);
  if (last === "users")
    return "write one `email: limit` line per user, e.g. `ada@acme.example: 200`";
  if (last === "repos") {
    return "write each repo as a key: `https://github.com/acme/app: { patterns: [...] }`";
  }
  if (last === "groups") return "write each group as a key with `limit:` and `members:`";
  if (last === "directoryGroups") {
    return "write each directory group as a key (its name) with `limit:` and `members:`";
  }
  if (last === "roles") return "write one `role: limit` line per role, e.g. `owner: 1000`";
  if (last === "emailPatterns") {
    return 'write one `"glob": limit` line per pattern, e.g. `"*@contractors.acme.example": 50`';
  }
  if (pointerParent(pointer) === "/blocklists/repos") {
    return 'put the list under "patterns:", e.g. `patterns: ["*.env"]`';
  }
  return "write key: value lines instead of a list";
}
function explainDollars(fragment, pointer) {
  const value = valueAtPointer(fragment.data, pointer);
  const info = nodeAt(fragment, pointer);
  const at = valueSpan(fragment, pointer);
  const isLimit = isLimitPointer(pointer);
  const where = describePointer(pointer);
  const accepted = isLimit ? "whole dollars, 0 for a $0 limit, or none for no limit" : "whole dollars";
  const problem = (code, message, hint) => problemAt(code, at, { message, hint });
  if (typeof value === "number") {
    const shown = info?.source ?? String(value);
    if (!Number.isFinite(value)) {
      return problem(
        "invalid-limit",
        `${where} is ${shown}, not a dollar amount`,
        `write ${accepted}`
      );
    }
    if (!Number.isInteger(value)) {
      return problem(
        "limit-not-whole-dollars",
        `${where} is ${shown}; limits are whole dollars`,
        `write ${Math.floor(value)} or ${Math.ceil(value)}`
      );
    }
    if (value < 0) {
      return problem(
        "limit-negative",
        `${where} is ${shown}; a dollar amount cannot be negative`,
        isLimit ? "write 0 for a $0 limit, or none for no limit" : "write 0 or more"
      );
    }
    return problem(
      "limit-too-large",
      `${where} is ${shown} dollars, above the ${MAX_DOLLARS} sanity ceiling`,
      `amounts are whole dollars, not cents (${shown} cents would be ${Math.floor(value / 100)}); write at most ${MAX_DOLLARS}`
    );
  }
  if (typeof value === "string") return explainDollarText(value, where, accepted, isLimit, at);
  if (typeof value === "boolean") {
    return problem(
      "invalid-limit",
      `${where} is the boolean ${String(value)}, not a dollar amount`,
      `write ${accepted}`
    );
  }
  if (value === null) {
    return problem(
      "invalid-limit",
      `${where} is ${info?.empty ? "empty" : "null"}`,
      "write whole dollars, or remove the line for no maximum"
    );
  }
  return problem(
    "invalid-limit",
    `${where} is ${describeValue(value, info)}, not a dollar amount`,
    pointerSegments(pointer).length === 3 ? `write the amount directly, e.g. \`${pointerSegments(pointer)[2]}: 100\`` : `write ${accepted}`
  );
}
function explainDollarText(value, where, accepted, isLimit, at) {
  const text = value.trim();
  const message = `${where} is the text "${truncate(value)}", not a dollar amount`;
  const numeric = /^\$?\s*\d[\d,_]*(\.\d+)?$/.exec(text);
  let hint;
  if (numeric) {
    const digits = text.replace(/[$,_\s]/g, "");
    if (text.startsWith("$")) hint = `write ${digits} without the "$"`;
    else if (/[,_]/.test(text)) hint = `write ${digits} without separators`;
    else hint = `remove the quotes: ${digits}`;
  } else if (isLimit && /^(none|null|unlimited|no[ -]?limit|off|no|false|n)$/i.test(text)) {
    hint = "write none (lower-case, unquoted) for no limit, or 0 for a $0 limit";
  } else {
    hint = `write ${accepted}`;
  }
  return problemAt("invalid-limit", at, { message, hint });
}

// src/policy/load.ts
import { Buffer } from "node:buffer";
import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

// src/shared/unicode-names.ts
var INVISIBLE = {
  173: "SOFT HYPHEN",
  847: "COMBINING GRAPHEME JOINER",
  1564: "ARABIC LETTER MARK",
  4447: "HANGUL CHOSEONG FILLER",
  4448: "HANGUL JUNGSEONG FILLER",
  6158: "MONGOLIAN VOWEL SEPARATOR",
  8203: "ZERO WIDTH SPACE",
  8204: "ZERO WIDTH NON-JOINER",
  8205: "ZERO WIDTH JOINER",
  8206: "LEFT-TO-RIGHT MARK",
  8207: "RIGHT-TO-LEFT MARK",
  8232: "LINE SEPARATOR",
  8233: "PARAGRAPH SEPARATOR",
  8234: "LEFT-TO-RIGHT EMBEDDING",
  8235: "RIGHT-TO-LEFT EMBEDDING",
  8236: "POP DIRECTIONAL FORMATTING",
  8237: "LEFT-TO-RIGHT OVERRIDE",
  8238: "RIGHT-TO-LEFT OVERRIDE",
  8288: "WORD JOINER",
  8289: "FUNCTION APPLICATION",
  8290: "INVISIBLE TIMES",
  8291: "INVISIBLE SEPARATOR",
  8292: "INVISIBLE PLUS",
  8294: "LEFT-TO-RIGHT ISOLATE",
  8295: "RIGHT-TO-LEFT ISOLATE",
  8296: "FIRST STRONG ISOLATE",
  8297: "POP DIRECTIONAL ISOLATE",
  12644: "HANGUL FILLER",
  65279: "ZERO WIDTH NO-BREAK SPACE",
  65440: "HALFWIDTH HANGUL FILLER"
};
var CYRILLIC_BASIC = "A|BE|VE|GHE|DE|IE|ZHE|ZE|I|SHORT I|KA|EL|EM|EN|O|PE|ER|ES|TE|U|EF|HA|TSE|CHE|SHA|SHCHA|HARD SIGN|YERU|SOFT SIGN|E|YU|YA";
var CYRILLIC_EXTRA = "IE WITH GRAVE|IO|DJE|GJE|UKRAINIAN IE|DZE|BYELORUSSIAN-UKRAINIAN I|YI|JE|LJE|NJE|TSHE|KJE|I WITH GRAVE|SHORT U|DZHE";
var GREEK = "ALPHA|BETA|GAMMA|DELTA|EPSILON|ZETA|ETA|THETA|IOTA|KAPPA|LAMDA|MU|NU|XI|OMICRON|PI|RHO||SIGMA|TAU|UPSILON|PHI|CHI|PSI|OMEGA";
var ASCII_PUNCTUATION = {
  " ": "SPACE",
  "-": "HYPHEN-MINUS",
  ".": "FULL STOP",
  _: "LOW LINE",
  "+": "PLUS SIGN",
  "@": "COMMERCIAL AT"
};
var DIGITS = "ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE".split("|");
var SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Cherokee",
  "Hebrew",
  "Arabic",
  "Devanagari",
  "Thai",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Bopomofo"
];
var SCRIPT_TESTS = SCRIPTS.map((name) => ({
  name,
  test: new RegExp(`^\\p{Script=${name}}$`, "u")
}));
function knownScript(char) {
  return SCRIPT_TESTS.find((script) => script.test.test(char))?.name;
}
function describeCharacter(char) {
  const codePoint = char.codePointAt(0) ?? 0;
  const label = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = characterName(codePoint);
  if (name !== void 0) return `${label} ${name}`;
  const script = knownScript(char);
  if (script !== void 0) return `${label} (${script})`;
  if (new RegExp("^\\p{Cc}$", "u").test(char)) return `${label} (a control character)`;
  if (/^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u.test(char)) {
    return `${label} (an invisible character)`;
  }
  return label;
}
function characterName(codePoint) {
  const invisible = INVISIBLE[codePoint];
  if (invisible !== void 0) return invisible;
  if (codePoint >= 65024 && codePoint <= 65039) {
    return `VARIATION SELECTOR-${codePoint - 65024 + 1}`;
  }
  if (codePoint < 128) return asciiName(String.fromCodePoint(codePoint));
  if (codePoint >= 65313 && codePoint <= 65338) {
    return `FULLWIDTH LATIN CAPITAL LETTER ${String.fromCodePoint(codePoint - 65313 + 65)}`;
  }
  if (codePoint >= 65345 && codePoint <= 65370) {
    return `FULLWIDTH LATIN SMALL LETTER ${String.fromCodePoint(codePoint - 65345 + 65)}`;
  }
  return fromList(codePoint, 1040, CYRILLIC_BASIC, "CYRILLIC CAPITAL LETTER") ?? fromList(codePoint, 1072, CYRILLIC_BASIC, "CYRILLIC SMALL LETTER") ?? fromList(codePoint, 1024, CYRILLIC_EXTRA, "CYRILLIC CAPITAL LETTER") ?? fromList(codePoint, 1104, CYRILLIC_EXTRA, "CYRILLIC SMALL LETTER") ?? (codePoint === 962 ? "GREEK SMALL LETTER FINAL SIGMA" : void 0) ?? fromList(codePoint, 913, GREEK, "GREEK CAPITAL LETTER") ?? fromList(codePoint, 945, GREEK, "GREEK SMALL LETTER");
}
function fromList(codePoint, first, list, prefix) {
  const names = list.split("|");
  const name = codePoint >= first ? names[codePoint - first] : void 0;
  return name === void 0 || name === "" ? void 0 : `${prefix} ${name}`;
}
function asciiName(char) {
  if (/[A-Z]/.test(char)) return `LATIN CAPITAL LETTER ${char}`;
  if (/[a-z]/.test(char)) return `LATIN SMALL LETTER ${char.toUpperCase()}`;
  if (/[0-9]/.test(char)) return `DIGIT ${DIGITS[Number(char)]}`;
  return ASCII_PUNCTUATION[char];
}
function scriptOf(char) {
  if (!new RegExp("^\\p{L}$", "u").test(char) || /^[\p{Script=Common}\p{Script=Inherited}]$/u.test(char)) {
    return void 0;
  }
  return knownScript(char) ?? "another script";
}

// src/policy/lookalikes.ts
var PRINTABLE_ASCII = /^[\x21-\x7e]*$/;
var WRITTEN_TOGETHER = [
  /* @__PURE__ */ new Set(["Han", "Hiragana", "Katakana"]),
  /* @__PURE__ */ new Set(["Han", "Bopomofo"]),
  /* @__PURE__ */ new Set(["Han", "Hangul"])
];
function findLookalike(email) {
  if (PRINTABLE_ASCII.test(email)) return void 0;
  for (let index = 0; index < email.length; ) {
    const char = String.fromCodePoint(email.codePointAt(index) ?? 0);
    if (isHiddenCharacter(char)) {
      return { kind: "invisible", index, char, described: describeCharacter(char), detail: "" };
    }
    const stands = char.normalize("NFKC");
    if (stands !== char) {
      return {
        kind: "compatibility",
        index,
        char,
        described: describeCharacter(char),
        detail: stands
      };
    }
    index += char.length;
  }
  const at = email.lastIndexOf("@");
  if (at < 0) return mixedScripts(email, 0);
  return mixedScripts(email.slice(0, at), 0) ?? mixedScripts(email.slice(at + 1), at + 1);
}
function mixedScripts(text, offset) {
  const letters = [];
  const counts = /* @__PURE__ */ new Map();
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const script = scriptOf(char);
    if (script !== void 0) {
      letters.push({ index, char, script });
      counts.set(script, (counts.get(script) ?? 0) + 1);
    }
    index += char.length;
  }
  if (counts.size < 2) return void 0;
  const scripts = [...counts.keys()];
  if (WRITTEN_TOGETHER.some((set) => scripts.every((script) => set.has(script)))) return void 0;
  const byUse = [...scripts].sort(
    (a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || Number(a === "Latin") - Number(b === "Latin")
  );
  const odd = byUse[0];
  const main = byUse[byUse.length - 1];
  const letter = letters.find((candidate) => candidate.script === odd);
  if (letter === void 0 || main === void 0) return void 0;
  return {
    kind: "mixed-scripts",
    index: offset + letter.index,
    char: letter.char,
    described: describeCharacter(letter.char),
    detail: main
  };
}

// src/policy/parts.ts
function memberEntry(entry) {
  return {
    written: entry.text,
    email: normalizeEmail(entry.text),
    at: entry.at,
    textColumn: entry.textColumn
  };
}
function emptyParts() {
  return {
    defaults: [],
    roles: [],
    emailPatterns: [],
    groups: [],
    users: [],
    pending: [],
    patternSets: [],
    repos: [],
    prune: [],
    ignore: [],
    maxUserLimit: [],
    requireLimitForEveryMember: [],
    maxDeletesCount: [],
    maxDeletesPercent: [],
    maxLimitChangesCount: [],
    maxLimitChangesPercent: [],
    maxLimitRaise: [],
    maxTotalLimit: [],
    requireNamedMembersOnTeam: [],
    protectedRepos: [],
    directoryGroupSections: [],
    directoryGroups: [],
    directoryGroupsPrune: [],
    directoryGroupsIgnore: [],
    directoryGroupOwnership: [],
    requireEffectiveCaps: []
  };
}
function mergeParts(all) {
  const merged = emptyParts();
  for (const parts of all) {
    appendAll(merged.defaults, parts.defaults);
    appendAll(merged.roles, parts.roles);
    appendAll(merged.emailPatterns, parts.emailPatterns);
    appendAll(merged.groups, parts.groups);
    appendAll(merged.users, parts.users);
    appendAll(merged.pending, parts.pending);
    appendAll(merged.patternSets, parts.patternSets);
    appendAll(merged.repos, parts.repos);
    appendAll(merged.prune, parts.prune);
    appendAll(merged.ignore, parts.ignore);
    appendAll(merged.maxUserLimit, parts.maxUserLimit);
    appendAll(merged.requireLimitForEveryMember, parts.requireLimitForEveryMember);
    appendAll(merged.maxDeletesCount, parts.maxDeletesCount);
    appendAll(merged.maxDeletesPercent, parts.maxDeletesPercent);
    appendAll(merged.maxLimitChangesCount, parts.maxLimitChangesCount);
    appendAll(merged.maxLimitChangesPercent, parts.maxLimitChangesPercent);
    appendAll(merged.maxLimitRaise, parts.maxLimitRaise);
    appendAll(merged.maxTotalLimit, parts.maxTotalLimit);
    appendAll(merged.requireNamedMembersOnTeam, parts.requireNamedMembersOnTeam);
    appendAll(merged.protectedRepos, parts.protectedRepos);
    appendAll(merged.directoryGroupSections, parts.directoryGroupSections);
    appendAll(merged.directoryGroups, parts.directoryGroups);
    appendAll(merged.directoryGroupsPrune, parts.directoryGroupsPrune);
    appendAll(merged.directoryGroupsIgnore, parts.directoryGroupsIgnore);
    appendAll(merged.directoryGroupOwnership, parts.directoryGroupOwnership);
    appendAll(merged.requireEffectiveCaps, parts.requireEffectiveCaps);
  }
  return merged;
}
function extractParts(fragment, flawed) {
  const parts = emptyParts();
  const reader = new Reader(fragment);
  const root = reader.record("");
  if (root === void 0) return parts;
  const spend = reader.record("/spendLimits");
  if (spend) {
    if (Object.hasOwn(spend, "default")) {
      const limit = reader.limit("/spendLimits/default");
      const at = reader.keyAt("/spendLimits/default");
      parts.defaults.push({ written: "default", key: "default", limit, at, textColumn: at.column });
    }
    appendAll(parts.roles, reader.limitMap("/spendLimits/roles", normalizeRole));
    appendAll(
      parts.emailPatterns,
      reader.limitMap("/spendLimits/emailPatterns", (glob) => glob.trim().toLowerCase())
    );
    appendAll(parts.users, reader.limitMap("/spendLimits/users", normalizeEmail, true));
    for (const [name, pointer] of reader.entries("/spendLimits/groups")) {
      if (reader.record(pointer) === void 0) continue;
      parts.groups.push({
        name,
        limit: reader.limit(pointerChild(pointer, "limit")),
        members: reader.texts(pointerChild(pointer, "members")).map(memberEntry),
        at: reader.keyAt(pointer)
      });
    }
  }
  for (const pending of reader.texts("/pendingMembers")) parts.pending.push(memberEntry(pending));
  for (const [name, pointer] of reader.entries("/blocklists/patternSets")) {
    parts.patternSets.push({ name, patterns: reader.texts(pointer), at: reader.keyAt(pointer) });
  }
  for (const [url, pointer] of reader.entries("/blocklists/repos")) {
    if (reader.record(pointer) === void 0) continue;
    parts.repos.push({
      url: url.trim(),
      urlKey: repoUrlKey(url),
      use: reader.texts(pointerChild(pointer, "use")),
      patterns: reader.texts(pointerChild(pointer, "patterns")),
      complete: ![...flawed].some((bad) => pointerWithin(bad, pointer)),
      at: reader.keyAt(pointer)
    });
  }
  if (reader.record("/directoryGroups") !== void 0) {
    parts.directoryGroupSections.push(reader.keyAt("/directoryGroups"));
  }
  for (const [name, pointer] of reader.entries("/directoryGroups")) {
    const group = reader.record(pointer);
    if (group === void 0) continue;
    const renamedFrom = reader.value(pointerChild(pointer, "renamedFrom"));
    const renamedAt = reader.valueAt(pointerChild(pointer, "renamedFrom"));
    parts.directoryGroups.push({
      name,
      nameKey: normalizeGroupName(name),
      limit: reader.limit(pointerChild(pointer, "limit")),
      members: reader.texts(pointerChild(pointer, "members")).map(memberEntry),
      emailPatterns: reader.texts(pointerChild(pointer, "emailPatterns")),
      roles: reader.texts(pointerChild(pointer, "roles")),
      renamedFrom: typeof renamedFrom === "string" ? { text: renamedFrom, at: renamedAt, textColumn: renamedAt.column } : void 0,
      saysMembers: ["members", "emailPatterns", "roles"].some((key) => Object.hasOwn(group, key)),
      complete: ![...flawed].some((bad) => pointerWithin(bad, pointer)),
      at: reader.keyAt(pointer)
    });
  }
  appendAll(parts.prune, reader.setting("/ownership/prune", isBoolean));
  appendAll(parts.ignore, reader.texts("/ownership/ignore"));
  appendAll(parts.maxUserLimit, reader.setting("/guardrails/maxUserLimit", isDollars));
  appendAll(
    parts.requireLimitForEveryMember,
    reader.setting("/guardrails/requireLimitForEveryMember", isBoolean)
  );
  appendAll(parts.maxDeletesCount, reader.setting("/guardrails/maxDeletes/count", isCount));
  appendAll(parts.maxDeletesPercent, reader.setting("/guardrails/maxDeletes/percent", isPercent));
  appendAll(
    parts.maxLimitChangesCount,
    reader.setting("/guardrails/maxLimitChanges/count", isCount)
  );
  appendAll(
    parts.maxLimitChangesPercent,
    reader.setting("/guardrails/maxLimitChanges/percent", isPercent)
  );
  appendAll(parts.maxLimitRaise, reader.setting("/guardrails/maxLimitRaise", isFactor));
  appendAll(parts.maxTotalLimit, reader.setting("/guardrails/maxTotalLimit", isCount));
  appendAll(
    parts.requireNamedMembersOnTeam,
    reader.setting("/guardrails/requireNamedMembersOnTeam", isBoolean)
  );
  appendAll(parts.protectedRepos, reader.texts("/guardrails/protectedRepos"));
  if (reader.record("/ownership/directoryGroups") !== void 0) {
    parts.directoryGroupOwnership.push(reader.keyAt("/ownership/directoryGroups"));
  }
  appendAll(
    parts.directoryGroupsPrune,
    reader.setting("/ownership/directoryGroups/prune", isBoolean)
  );
  appendAll(parts.directoryGroupsIgnore, reader.texts("/ownership/directoryGroups/ignore"));
  appendAll(
    parts.requireEffectiveCaps,
    reader.setting("/guardrails/requireEffectiveCaps", isBoolean)
  );
  return parts;
}
function repoUrlKey(url) {
  try {
    return normalizeRepoUrl(url);
  } catch {
    return void 0;
  }
}
function isBoolean(value) {
  return typeof value === "boolean";
}
function isDollars(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_DOLLARS;
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isPercent(value) {
  return typeof value === "number" && value >= 0 && value <= 100;
}
function isFactor(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 1;
}
var Reader = class {
  #fragment;
  constructor(fragment) {
    this.#fragment = fragment;
  }
  value(pointer) {
    return valueAtPointer(this.#fragment.data, pointer, (at) => this.#fragment.suppressed.has(at));
  }
  info(pointer) {
    return this.#fragment.nodes.get(pointer);
  }
  record(pointer) {
    const value = this.value(pointer);
    return isRecord(value) ? value : void 0;
  }
  /** [key, pointer] of every entry of a mapping, in written order. */
  entries(pointer) {
    const record = this.record(pointer);
    if (record === void 0) return [];
    return Object.keys(record).map((key) => [key, pointerChild(pointer, key)]);
  }
  keyAt(pointer) {
    const info = this.info(pointer);
    return info?.key ?? info?.value ?? { file: this.#fragment.file, line: 1, column: 1 };
  }
  valueAt(pointer) {
    const info = this.info(pointer);
    return info?.value ?? this.keyAt(pointer);
  }
  limit(pointer) {
    return this.#limitOf(this.value(pointer), pointer);
  }
  #limitOf(value, pointer) {
    if (isDollars(value)) return value;
    if (value === "none") return null;
    if (value === null && this.info(pointer)?.empty === false) return null;
    return void 0;
  }
  /**
   * Every entry of a mapping of limits. Reads each value from the mapping itself rather than
   * walking from the root once per entry: a policy can list 200k users.
   */
  limitMap(pointer, normalize, exceptions = false) {
    const record = this.record(pointer);
    if (record === void 0) return [];
    const entries = [];
    for (const written of Object.keys(record)) {
      const child = pointerChild(pointer, written);
      const value = this.#fragment.suppressed.has(child) ? void 0 : record[written];
      const at = this.keyAt(child);
      const entry = {
        written,
        key: normalize(written),
        limit: this.#limitOf(value, child),
        at,
        textColumn: at.column + (this.info(child)?.keyQuoted ? 1 : 0)
      };
      entries.push(exceptions && isRecord(value) ? this.#exception(entry, child) : entry);
    }
    return entries;
  }
  /** A users entry written as `{ limit, until }`: its limit, and the date as written. */
  #exception(entry, pointer) {
    const limitAt = pointerChild(pointer, "limit");
    const untilAt = pointerChild(pointer, "until");
    const until = this.value(untilAt);
    const at = this.valueAt(untilAt);
    return {
      ...entry,
      limit: this.limit(limitAt),
      ...typeof until === "string" ? {
        until: {
          text: until,
          at,
          textColumn: at.column + (this.info(untilAt)?.quoted ? 1 : 0)
        }
      } : {}
    };
  }
  /** The string items of a list, located; other items are skipped (reported by the schema). */
  texts(pointer) {
    const value = this.value(pointer);
    if (!Array.isArray(value)) return [];
    const items = [];
    value.forEach((item, index) => {
      if (typeof item === "string") {
        const child = pointerChild(pointer, index);
        const at = this.valueAt(child);
        const textColumn = at.column + (this.info(child)?.quoted ? 1 : 0);
        items.push({ text: item, at, textColumn });
      }
    });
    return items;
  }
  setting(pointer, accept) {
    const value = this.value(pointer);
    return accept(value) ? [{ value, at: this.keyAt(pointer) }] : [];
  }
};

// src/policy/rules.ts
var KNOWN_ROLES = ["owner", "member", "free-owner"];
var KNOWN_ROLE_SET = new Set(KNOWN_ROLES);
function placeOf(at) {
  return `${at.file}:${at.line}:${at.column}`;
}
function showLimit(limit) {
  return limit === null ? "none (no limit)" : `$${limit}`;
}
function single(settings) {
  return settings.length === 1 ? settings[0] : void 0;
}
function settingsWrittenOnce(parts) {
  const settings = [
    ["spendLimits.default", parts.defaults],
    ["ownership.prune", parts.prune],
    ["guardrails.maxUserLimit", parts.maxUserLimit],
    ["guardrails.requireLimitForEveryMember", parts.requireLimitForEveryMember],
    ["guardrails.maxDeletes.count", parts.maxDeletesCount],
    ["guardrails.maxDeletes.percent", parts.maxDeletesPercent],
    ["guardrails.maxLimitChanges.count", parts.maxLimitChangesCount],
    ["guardrails.maxLimitChanges.percent", parts.maxLimitChangesPercent],
    ["guardrails.maxLimitRaise", parts.maxLimitRaise],
    ["guardrails.maxTotalLimit", parts.maxTotalLimit],
    ["guardrails.requireNamedMembersOnTeam", parts.requireNamedMembersOnTeam],
    ["ownership.directoryGroups.prune", parts.directoryGroupsPrune],
    ["guardrails.requireEffectiveCaps", parts.requireEffectiveCaps]
  ];
  const problems = [];
  for (const [name, entries] of settings) {
    const [first, ...rest] = entries;
    if (first === void 0) continue;
    for (const again of rest) {
      problems.push(
        problemAt("duplicate-setting", again.at, {
          message: `${name} is set twice (first at ${placeOf(first.at)})`,
          hint: "a setting is written in one place across all policy files: remove one of them",
          related: [relatedAt(first.at, `${name} first set here`)]
        })
      );
    }
  }
  return problems;
}
function duplicatesBy(entries, key, report) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  for (const entry of entries) {
    const k = key(entry);
    if (k === void 0) continue;
    const first = seen.get(k);
    if (first === void 0) seen.set(k, entry);
    else problems.push(report(entry, first));
  }
  return problems;
}
function spelling(again, first) {
  return again === first ? "" : ` (written "${first}" there)`;
}
function namedEntriesWrittenOnce(parts) {
  const limitDuplicates = (entries, code, noun, hint) => duplicatesBy(
    entries,
    (entry) => entry.key,
    (again, first) => problemAt(code, again.at, {
      message: `${noun} "${again.written}" is given a limit twice: here and at ${placeOf(first.at)}${spelling(again.written, first.written)}`,
      hint,
      related: [relatedAt(first.at, `${noun} "${first.written}" first given a limit here`)]
    })
  );
  return [
    ...limitDuplicates(
      parts.users,
      "duplicate-user",
      "user",
      "give each user one entry under spendLimits.users (emails are compared case-insensitively)"
    ),
    ...limitDuplicates(
      parts.roles,
      "duplicate-role",
      "role",
      "give each role one entry under spendLimits.roles (roles are compared case-insensitively)"
    ),
    ...limitDuplicates(
      parts.emailPatterns,
      "duplicate-email-pattern",
      "email pattern",
      "give each email pattern one entry (patterns are compared case-insensitively)"
    ),
    ...duplicatesBy(
      parts.groups,
      (group) => group.name,
      (again, first) => problemAt("duplicate-group", again.at, {
        message: `group "${again.name}" is defined twice: here and at ${placeOf(first.at)}`,
        hint: "define each group once; list all its members there",
        related: [relatedAt(first.at, `group "${first.name}" first defined here`)]
      })
    ),
    ...duplicatesBy(
      parts.directoryGroups,
      (group) => group.nameKey,
      (again, first) => problemAt("duplicate-directory-group", again.at, {
        message: `directory group "${again.name}" is declared twice: here and at ${placeOf(first.at)}${spelling(again.name, first.name)}`,
        hint: "declare each directory group once, with all its members (names are compared case-insensitively)",
        related: [relatedAt(first.at, `directory group "${first.name}" first declared here`)]
      })
    ),
    ...duplicatesBy(
      parts.patternSets,
      (set) => set.name,
      (again, first) => problemAt("duplicate-pattern-set", again.at, {
        message: `pattern set "${again.name}" is defined twice: here and at ${placeOf(first.at)}`,
        hint: "define each pattern set once",
        related: [relatedAt(first.at, `pattern set "${first.name}" first defined here`)]
      })
    )
  ];
}
function reposWrittenOnce(parts) {
  return duplicatesBy(
    parts.repos,
    (repo) => repo.urlKey,
    (again, first) => problemAt("duplicate-repo", again.at, {
      message: again.url === first.url ? `repo "${again.url}" is declared twice: here and at ${placeOf(first.at)}` : `repo "${again.url}" and repo "${first.url}" (at ${placeOf(first.at)}) are the same repository: both normalise to ${again.urlKey ?? ""}`,
      hint: "declare each repository once; URLs are compared ignoring case, a .git suffix, a trailing slash and the ssh/https form",
      related: [relatedAt(first.at, `"${first.url}" first declared here`)]
    })
  );
}
var EMAIL = /^[^\s@"<>(),;:[\]\\]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
function isValidEmail(normalized) {
  return EMAIL.test(normalized);
}
function emailsAreValid(parts) {
  const problems = [];
  const check = (entry, role) => {
    const lookalike = findLookalike(entry.written);
    if (lookalike !== void 0) {
      problems.push(lookalikeProblem(entry, lookalike, role));
      return;
    }
    if (GLOB_CHARACTERS.test(entry.written)) {
      problems.push(globProblem(entry, role));
      return;
    }
    if (isValidEmail(entry.email)) return;
    problems.push(
      problemAt("invalid-email", entry.at, {
        message: `"${entry.written}" is not a valid email address (${role})${nonAsciiDomain(entry)}`,
        hint: emailHint(entry.written)
      })
    );
  };
  for (const user of parts.users) {
    check({ ...user, email: user.key }, "under spendLimits.users");
  }
  for (const group of parts.groups) {
    for (const member of group.members) check(member, `member of group "${group.name}"`);
  }
  for (const pending of parts.pending) check(pending, "in pendingMembers");
  for (const group of parts.directoryGroups) {
    for (const member of group.members) {
      check(member, `member of directory group "${group.name}"`);
    }
  }
  return problems;
}
var GLOB_CHARACTERS = /[*?[\]{}]/;
function globProblem(entry, role) {
  const quoted = JSON.stringify(entry.written);
  return problemAt("invalid-email", entry.at, {
    message: `${quoted} (${role}) is a glob, not an email address: it names nobody`,
    hint: role === "under spendLimits.users" ? `to give everyone it matches a limit, move it under spendLimits.emailPatterns (${quoted}: <limit>); users are exact emails` : "list exact emails here; to give everyone a glob matches a limit, use spendLimits.emailPatterns"
  });
}
function lookalikeProblem(entry, found, role) {
  const column = entry.textColumn + found.index;
  const at = { file: entry.at.file, line: entry.at.line, column };
  const where = `${found.described} at column ${column}`;
  const address = `"${entry.written}" (${role})`;
  switch (found.kind) {
    case "invisible":
      return problemAt("email-invisible-character", at, {
        message: `${address} contains ${where}, an invisible character`,
        hint: "retype the address: an invisible character makes an address that looks like a real member's but names nobody"
      });
    case "compatibility":
      return problemAt("email-lookalike-character", at, {
        message: `${address} contains ${where}, a look-alike of "${found.detail}"`,
        hint: `write "${found.detail}" instead: the look-alike makes an address that reads like a real member's but names nobody`
      });
    case "mixed-scripts":
      return problemAt("email-mixed-scripts", at, {
        message: `${address} mixes scripts: ${where} among ${found.detail} letters`,
        hint: "retype the address in one script: a letter from another script makes an address that looks like a real member's but names nobody"
      });
  }
}
function nonAsciiDomain(entry) {
  const at = entry.written.lastIndexOf("@");
  if (at < 0) return "";
  const offset = entry.written.slice(at + 1).search(/[^\p{ASCII}]/u);
  if (offset < 0) return "";
  const index = at + 1 + offset;
  const char = String.fromCodePoint(entry.written.codePointAt(index) ?? 0);
  return `: the domain must be ASCII (an internationalised domain in its xn-- form), but it contains ${describeCharacter(char)} at column ${entry.textColumn + index}`;
}
function emailHint(written) {
  if (!written.includes("@")) return "write the full address, e.g. ada.lovelace@acme.example";
  return "write a plain address such as ada.lovelace@acme.example (no name, no angle brackets)";
}
function groupMembersListedOnce(parts) {
  const groups = [
    ...parts.groups.map((group) => ({ what: `group "${group.name}"`, members: group.members })),
    ...parts.directoryGroups.map((group) => ({
      what: `directory group "${group.name}"`,
      members: group.members
    }))
  ];
  return groups.flatMap(
    (group) => duplicatesBy(
      group.members,
      (member) => member.email,
      (again, first) => problemAt("duplicate-member", again.at, {
        message: `"${again.written}" is listed twice in ${group.what} (first at ${placeOf(first.at)})`,
        hint: "list each member once",
        related: [relatedAt(first.at, `"${first.written}" first listed here`)]
      })
    )
  );
}
function groupLimitsAgree(parts) {
  const hasUserRule = new Set(parts.users.map((user) => user.key));
  const firstMembership = /* @__PURE__ */ new Map();
  const problems = [];
  for (const group of parts.groups) {
    if (group.limit === void 0) continue;
    const seenInGroup = /* @__PURE__ */ new Set();
    for (const member of group.members) {
      if (seenInGroup.has(member.email)) continue;
      seenInGroup.add(member.email);
      const first = firstMembership.get(member.email);
      if (first === void 0) {
        firstMembership.set(member.email, { group, at: member.at });
        continue;
      }
      if (first.group.limit === group.limit || hasUserRule.has(member.email)) continue;
      if (first.group.name === group.name) continue;
      problems.push(
        problemAt("conflicting-group-limits", member.at, {
          message: `"${member.written}" is in group "${group.name}" (${showLimit(group.limit ?? null)}) and in group "${first.group.name}" (${showLimit(first.group.limit ?? null)}, at ${placeOf(first.at)}): two groups give different limits`,
          hint: `remove the member from one group, or give them their own limit under spendLimits.users (users beat groups)`,
          related: [relatedAt(first.at, `also a member of group "${first.group.name}" here`)]
        })
      );
    }
  }
  return problems;
}
function exceptionDatesAreValid(parts) {
  const problems = [];
  for (const user of parts.users) {
    const until = user.until;
    if (until === void 0 || isCalendarDate(until.text.trim())) continue;
    problems.push(
      problemAt("invalid-date", until.at, {
        message: `the end date (until) of user "${user.written}" is "${until.text}", not a date written YYYY-MM-DD`,
        hint: "write the last day the exception holds as YYYY-MM-DD, e.g. 2027-01-31 (UTC)"
      })
    );
  }
  return problems;
}
function isCalendarDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function pendingMembersAreNamed(parts) {
  const named = new Set(parts.users.map((user) => user.key));
  for (const group of parts.groups) for (const member of group.members) named.add(member.email);
  for (const group of parts.directoryGroups) {
    for (const member of group.members) named.add(member.email);
  }
  const problems = [];
  for (const pending of parts.pending) {
    if (named.has(pending.email) || !isValidEmail(pending.email)) continue;
    problems.push(
      problemAt("unused-pending-member", pending.at, {
        message: `"${pending.written}" is in pendingMembers, but no user entry, group or directory group names it`,
        hint: "give them a limit under spendLimits.users, add them to a group or a directory group, or remove the entry"
      })
    );
  }
  problems.push(
    ...duplicatesBy(
      parts.pending,
      (pending) => pending.email,
      (again, first) => problemAt("duplicate-entry", again.at, {
        message: `"${again.written}" is listed twice in pendingMembers (first at ${placeOf(first.at)})`,
        hint: "list it once",
        related: [relatedAt(first.at, "first listed here")]
      })
    )
  );
  return problems;
}
function rolesAreKnown(parts) {
  const roles = [
    ...parts.roles.map((role) => ({ written: role.written, key: role.key, at: role.at })),
    ...parts.directoryGroups.flatMap(
      (group) => group.roles.map((role) => ({
        written: role.text,
        key: role.text.trim().toLowerCase(),
        at: role.at
      }))
    )
  ];
  return roles.filter((role) => !KNOWN_ROLE_SET.has(role.key)).map((role) => {
    const suggestion = closest(role.key, KNOWN_ROLES);
    return problemAt("unknown-role", role.at, {
      message: `role "${role.written}" is not a Cursor team role (${KNOWN_ROLES.join(", ")}), so it may match nobody`,
      hint: suggestion === void 0 ? "check the role names the Admin API returns for your team" : `did you mean "${suggestion}"?`
    });
  });
}
function emailPatternsCanMatch(parts) {
  const problems = [];
  const entries = [
    ...parts.emailPatterns.map((entry) => ({
      written: entry.written,
      key: entry.key,
      at: entry.at
    })),
    ...parts.directoryGroups.flatMap(
      (group) => group.emailPatterns.map((entry) => ({
        written: entry.text,
        key: entry.text.trim().toLowerCase(),
        at: entry.at
      }))
    )
  ];
  for (const entry of entries) {
    const glob = entry.key;
    if (!globCompiles(glob, EMAIL_GLOB_OPTIONS)) {
      problems.push(
        problemAt("invalid-glob", entry.at, {
          message: `email pattern "${entry.written}" is not a glob minimatch can use (it can never match)`,
          hint: "check brackets and braces; a character range such as [a-z] must go from low to high"
        })
      );
      continue;
    }
    const reason = whyEmailGlobNeverMatches(glob);
    if (reason !== void 0) {
      problems.push(
        problemAt("email-pattern-never-matches", entry.at, {
          message: `email pattern "${entry.written}" can never match an email address: ${reason.why}`,
          hint: reason.hint
        })
      );
    }
  }
  return problems;
}
function globCompiles(glob, options) {
  try {
    const regex = new Minimatch(glob, options).makeRe();
    return regex !== false && !regex.source.includes("$.");
  } catch {
    return false;
  }
}
function whyEmailGlobNeverMatches(glob) {
  if (glob.includes("/")) {
    return {
      why: 'it contains "/", which no email has (and which globs treat as a path separator)',
      hint: 'remove the "/", e.g. "*@contractors.acme.example"'
    };
  }
  const magic = new Minimatch(glob, { dot: true }).hasMagic();
  const literalAts = glob.replace(/\[[^\]]*\]/g, "").split("@").length - 1;
  if (!magic && !isValidEmail(glob)) {
    return {
      why: "it has no wildcard and is not an email address",
      hint: glob.includes("@") ? "check the address, or use a wildcard such as *@domain" : `did you mean "*@${glob.replace(/^@/, "")}"?`
    };
  }
  if (literalAts > 1) {
    return { why: 'it contains more than one "@"', hint: 'use one "@", e.g. "*@acme.example"' };
  }
  if (glob.startsWith("@")) {
    return { why: 'nothing can come before the "@"', hint: `did you mean "*${glob}"?` };
  }
  if (glob.endsWith("@")) {
    return { why: 'nothing can come after the "@"', hint: `did you mean "${glob}*"?` };
  }
  return void 0;
}
function allPatterns(parts) {
  return [
    ...parts.patternSets.flatMap(
      (set) => set.patterns.map((entry) => ({ entry, owner: `pattern set "${set.name}"` }))
    ),
    ...parts.repos.flatMap(
      (repo) => repo.patterns.map((entry) => ({ entry, owner: `repo "${repo.url}"` }))
    )
  ];
}
function blocklistPatternsAreRelativeGlobs(parts) {
  const problems = [];
  for (const { entry, owner } of allPatterns(parts)) {
    const pattern = entry.text;
    const add = (code, message, hint) => problems.push(problemAt(code, entry.at, { message: `${message} (in ${owner})`, hint }));
    if (pattern.trim() === "") {
      add(
        "empty-pattern",
        "a blocklist pattern is empty",
        'remove it, or write a glob such as "*.env"'
      );
    } else if (/^(\/|~|[A-Za-z]:[\\/]|\\\\)/.test(pattern.trim())) {
      add(
        "absolute-pattern",
        `blocklist pattern "${pattern}" is an absolute path`,
        `patterns are relative to the repository root: write "${pattern.trim().replace(/^(\/+|~\/?|[A-Za-z]:[\\/]+|\\\\+)/, "")}"`
      );
    } else if (pattern.split(/[\\/]/).includes("..")) {
      add(
        "parent-pattern",
        `blocklist pattern "${pattern}" uses "..", which leaves the repository`,
        "patterns match files inside the repository: remove the .. segments"
      );
    } else if (!globCompiles(pattern, {})) {
      add(
        "invalid-glob",
        `blocklist pattern "${pattern}" is not a glob minimatch can use (it can never match a file)`,
        "check brackets and braces; a character range such as [a-z] must go from low to high"
      );
    }
  }
  return problems;
}
function patternSetsResolve(parts) {
  const defined = new Map(parts.patternSets.map((set) => [set.name, set]));
  const used = /* @__PURE__ */ new Set();
  const problems = [];
  for (const repo of parts.repos) {
    for (const use of repo.use) {
      used.add(use.text);
      if (defined.has(use.text)) continue;
      const suggestion = closest(use.text, [...defined.keys()].sort());
      if (suggestion !== void 0) used.add(suggestion);
      problems.push(
        problemAt("unknown-pattern-set", use.at, {
          message: `repo "${repo.url}" uses pattern set "${use.text}", which is not defined`,
          hint: suggestion !== void 0 ? `did you mean "${suggestion}"?` : defined.size > 0 ? `the pattern sets defined are: ${[...defined.keys()].sort().join(", ")}` : "define it under blocklists.patternSets"
        })
      );
    }
  }
  for (const set of parts.patternSets) {
    if (used.has(set.name)) continue;
    problems.push(
      problemAt("unused-pattern-set", set.at, {
        message: `pattern set "${set.name}" is not used by any repo`,
        hint: `add it to a repo's "use:" list, or remove it`
      })
    );
  }
  return problems;
}
function patternsListedOnce(parts) {
  const problems = [];
  const sets = new Map(parts.patternSets.map((set) => [set.name, set]));
  const repeated = (entries, owner) => duplicatesBy(
    entries,
    (entry) => entry.text,
    (again, first) => problemAt("duplicate-pattern", again.at, {
      message: `pattern "${again.text}" is listed twice in ${owner} (first at ${placeOf(first.at)})`,
      hint: "remove the repeated pattern",
      related: [relatedAt(first.at, "first listed here")]
    })
  );
  for (const set of parts.patternSets) {
    appendAll(problems, repeated(set.patterns, `pattern set "${set.name}"`));
  }
  for (const repo of parts.repos) {
    appendAll(problems, repeated(repo.patterns, `repo "${repo.url}"`));
    appendAll(
      problems,
      duplicatesBy(
        repo.use,
        (use) => use.text,
        (again, first) => problemAt("duplicate-entry", again.at, {
          message: `repo "${repo.url}" uses pattern set "${again.text}" twice (first at ${placeOf(first.at)})`,
          hint: "list each pattern set once",
          related: [relatedAt(first.at, "first listed here")]
        })
      )
    );
    for (const entry of repo.patterns) {
      const from = repo.use.find(
        (use) => sets.get(use.text)?.patterns.some((p) => p.text === entry.text)
      );
      if (from === void 0) continue;
      problems.push(
        problemAt("duplicate-pattern", entry.at, {
          message: `pattern "${entry.text}" in repo "${repo.url}" is already in pattern set "${from.text}", which the repo uses`,
          hint: "remove it from the repo's patterns"
        })
      );
    }
  }
  return problems;
}
function blocklistsAreNotEmpty(parts) {
  const defined = new Set(parts.patternSets.map((set) => set.name));
  return parts.repos.filter((repo) => repo.complete && expandedPatterns(repo, parts).length === 0).filter((repo) => repo.use.every((use) => defined.has(use.text))).map(
    (repo) => problemAt("empty-blocklist", repo.at, {
      message: `repo "${repo.url}" has no patterns`,
      hint: 'list patterns under "patterns:" or pattern sets under "use:"; to stop managing the repo, remove the entry (with prune: true its blocklist is then deleted)'
    })
  );
}
function expandedPatterns(repo, parts) {
  const sets = new Map(parts.patternSets.map((set) => [set.name, set]));
  const patterns = /* @__PURE__ */ new Set();
  for (const use of repo.use) {
    for (const entry of sets.get(use.text)?.patterns ?? []) patterns.add(entry.text);
  }
  for (const entry of repo.patterns) patterns.add(entry.text);
  return [...patterns].sort();
}
function repoUrlsAreValid(parts) {
  return parts.repos.filter((repo) => repo.urlKey === void 0).map(
    (repo) => problemAt("invalid-repo-url", repo.at, {
      message: `"${repo.url}" is not a repository URL`,
      hint: /%(?![0-9a-f]{2})/i.test(repo.url) ? 'a "%" in a URL must start an escape such as %20: copy the URL from the address bar' : "write the URL as you would clone it, e.g. https://github.com/acme/payments or git@github.com:acme/payments.git"
    })
  );
}
function repoGlobsAreValid(parts) {
  const problems = [];
  const lists = [
    ["ownership.ignore", parts.ignore],
    ["guardrails.protectedRepos", parts.protectedRepos]
  ];
  for (const [list, entries] of lists) {
    for (const entry of entries) {
      const reason = whyRepoGlobIsInvalid(entry.text);
      if (reason !== void 0) {
        problems.push(
          problemAt("invalid-repo-glob", entry.at, {
            message: `"${entry.text}" in ${list} ${reason}`,
            hint: "write a repository URL (https://github.com/acme/payments) or a glob over normalised URLs (https://github.com/acme/data-*)"
          })
        );
      }
    }
    problems.push(
      ...duplicatesBy(
        entries,
        (entry) => entry.text.trim().toLowerCase(),
        (again, first) => problemAt("duplicate-entry", again.at, {
          message: `"${again.text}" is listed twice in ${list} (first at ${placeOf(first.at)})`,
          hint: "list it once",
          related: [relatedAt(first.at, "first listed here")]
        })
      )
    );
  }
  return problems;
}
function validRepoGlobs(entries) {
  return entries.filter((e) => whyRepoGlobIsInvalid(e.text) === void 0).map((e) => e.text);
}
function whyRepoGlobIsInvalid(text) {
  const glob = text.trim().toLowerCase();
  if (glob === "") return "is empty";
  let matcher;
  try {
    matcher = new Minimatch(glob, { dot: true, nocomment: true, nonegate: true });
  } catch {
    return "is not a glob minimatch can read";
  }
  if (!matcher.hasMagic()) {
    return repoUrlKey(text) === void 0 ? "is not a repository URL" : void 0;
  }
  if (!globCompiles(glob, { dot: true, nocomment: true, nonegate: true })) {
    return "is not a glob minimatch can use (it can never match)";
  }
  if (!glob.startsWith("https://") && !/^[*?[{]/.test(glob)) {
    return "can never match: globs are matched against normalised URLs, which start with https://";
  }
  if (glob.endsWith(".git") || glob.endsWith("/")) {
    return "can never match: normalised URLs have no .git suffix and no trailing slash";
  }
  return void 0;
}
function limitRules(parts) {
  const rules = [];
  const add = (what, limit, at) => {
    if (limit !== void 0) rules.push({ what, limit, at });
  };
  for (const entry of parts.defaults) add("spendLimits.default", entry.limit, entry.at);
  for (const entry of parts.roles) add(`role "${entry.written}"`, entry.limit, entry.at);
  for (const entry of parts.emailPatterns) {
    add(`email pattern "${entry.written}"`, entry.limit, entry.at);
  }
  for (const group of parts.groups) add(`group "${group.name}"`, group.limit, group.at);
  for (const entry of parts.users) add(`user "${entry.written}"`, entry.limit, entry.at);
  return rules;
}
function limitsWithinMaximum(parts) {
  const maximum = single(parts.maxUserLimit);
  if (maximum === void 0) return [];
  const noneReportedElsewhere = single(parts.requireLimitForEveryMember)?.value === true;
  const groupLimits = parts.directoryGroups.flatMap(
    (group) => typeof group.limit === "number" ? [{ what: `directory group "${group.name}"`, limit: group.limit, at: group.at }] : []
  );
  return [...limitRules(parts), ...groupLimits].filter((rule) => rule.limit === null ? !noneReportedElsewhere : rule.limit > maximum.value).map(
    (rule) => problemAt("limit-above-maximum", rule.at, {
      message: `${rule.what} gives ${showLimit(rule.limit)}, above guardrails.maxUserLimit ($${maximum.value}, at ${placeOf(maximum.at)})`,
      hint: `give at most ${maximum.value}, or raise guardrails.maxUserLimit`,
      related: [relatedAt(maximum.at, "the maximum is set here")]
    })
  );
}
function limitsAreRequired(parts) {
  const required = single(parts.requireLimitForEveryMember);
  if (required?.value !== true) return [];
  return limitRules(parts).filter((rule) => rule.limit === null).map(
    (rule) => problemAt("no-limit-forbidden", rule.at, {
      message: `${rule.what} gives no limit (none), but guardrails.requireLimitForEveryMember is true (at ${placeOf(required.at)})`,
      hint: "give a dollar amount, or set requireLimitForEveryMember to false",
      related: [relatedAt(required.at, "the guardrail is set here")]
    })
  );
}
function protectedReposAreKept(parts) {
  const prune = single(parts.prune);
  if (prune?.value !== true) return [];
  const declared = new Set(parts.repos.map((repo) => repo.urlKey));
  const ignoredBy = compileUrlGlobs(validRepoGlobs(parts.ignore));
  const problems = [];
  for (const entry of parts.protectedRepos) {
    if (whyRepoGlobIsInvalid(entry.text) !== void 0) continue;
    if (new Minimatch(entry.text.trim().toLowerCase()).hasMagic()) continue;
    const key = repoUrlKey(entry.text);
    if (key === void 0 || declared.has(key) || ignoredBy(key) !== void 0) continue;
    problems.push(
      problemAt("protected-repo-would-be-deleted", entry.at, {
        message: `protected repo "${entry.text}" is not declared in blocklists.repos and ownership.prune is true (at ${placeOf(prune.at)}), so this policy would delete its blocklist`,
        hint: "declare the repo under blocklists.repos, add it to ownership.ignore, or set prune: false",
        related: [relatedAt(prune.at, "prune is set here")]
      })
    );
  }
  return problems;
}
function declaredReposAreNotIgnored(parts) {
  if (parts.ignore.length === 0) return [];
  const ignoredBy = compileUrlGlobs(validRepoGlobs(parts.ignore));
  const problems = [];
  for (const repo of parts.repos) {
    if (repo.urlKey === void 0) continue;
    const glob = ignoredBy(repo.urlKey);
    if (glob === void 0) continue;
    const ignoreEntry = parts.ignore.find((entry) => entry.text === glob);
    problems.push(
      problemAt("declared-repo-ignored", repo.at, {
        message: `repo "${repo.url}" is declared here and also matches ownership.ignore "${glob}"; the declaration wins: this policy manages it`,
        hint: "narrow the ignore glob, or remove the declaration if the repo is managed elsewhere",
        ...ignoreEntry ? { related: [relatedAt(ignoreEntry.at, "the ignore glob")] } : {}
      })
    );
  }
  return problems;
}
function directoryGroupsSayWhoIsIn(parts) {
  return parts.directoryGroups.filter((group) => group.complete && !group.saysMembers).map(
    (group) => problemAt("missing-key", group.at, {
      message: `directory group "${group.name}" does not say who is in it`,
      hint: "list the members' emails under members: (members: [] for a group with nobody in it), or select them with emailPatterns: or roles:"
    })
  );
}
function directoryGroupNamesAreVisible(parts) {
  const problems = [];
  const check = (name, at, what) => {
    const index = [...name].findIndex(isHiddenCharacter);
    if (index < 0) return;
    const char = [...name][index] ?? "";
    problems.push(
      problemAt("invalid-name", at, {
        message: `${what} contains ${describeCharacter(char)}, an invisible character`,
        hint: "retype the name: an invisible character makes a name that looks like another group's"
      })
    );
  };
  for (const group of parts.directoryGroups) {
    check(group.name, group.at, `the name of directory group "${group.name}"`);
    if (group.renamedFrom !== void 0) {
      check(
        group.renamedFrom.text,
        group.renamedFrom.at,
        `renamedFrom of directory group "${group.name}"`
      );
    }
  }
  return problems;
}
function directoryGroupRenamesAreClear(parts) {
  const declared = new Map(parts.directoryGroups.map((group) => [group.nameKey, group]));
  const problems = [];
  const renamed = parts.directoryGroups.filter(
    (group) => group.renamedFrom !== void 0
  );
  for (const group of renamed) {
    const from = group.renamedFrom;
    const fromKey = normalizeGroupName(from.text);
    if (fromKey === group.nameKey) {
      problems.push(
        problemAt("renamed-from-conflict", from.at, {
          message: `directory group "${group.name}" is renamed from its own name`,
          hint: "names are compared case-insensitively, so nothing needs renaming: remove renamedFrom (a change of letter case alone is applied anyway)"
        })
      );
      continue;
    }
    const other = declared.get(fromKey);
    if (other !== void 0) {
      problems.push(
        problemAt("renamed-from-conflict", from.at, {
          message: `directory group "${group.name}" is renamed from "${from.text}", but "${other.name}" is declared too (at ${placeOf(other.at)})`,
          hint: "a group is either renamed or kept: remove renamedFrom, or the declaration of the old name",
          related: [relatedAt(other.at, `directory group "${other.name}" declared here`)]
        })
      );
    }
  }
  appendAll(
    problems,
    duplicatesBy(
      renamed,
      (group) => normalizeGroupName(group.renamedFrom.text),
      (again, first) => problemAt("renamed-from-conflict", again.renamedFrom.at, {
        message: `directory groups "${again.name}" and "${first.name}" (at ${placeOf(first.at)}) are both renamed from "${again.renamedFrom.text}"`,
        hint: "one live group can become only one group: keep renamedFrom on one of them",
        related: [relatedAt(first.renamedFrom.at, "also renamed from it here")]
      })
    )
  );
  return problems;
}
function directoryGroupGlobsAreValid(parts) {
  const problems = [];
  for (const entry of parts.directoryGroupsIgnore) {
    if (entry.text.trim() === "") {
      problems.push(
        problemAt("invalid-glob", entry.at, {
          message: "an entry of ownership.directoryGroups.ignore is empty",
          hint: 'write a group name, or a glob over group names such as "* (Okta)"'
        })
      );
    } else if (!globCompiles(entry.text.trim().toLowerCase(), GROUP_NAME_GLOB_OPTIONS)) {
      problems.push(
        problemAt("invalid-glob", entry.at, {
          message: `"${entry.text}" in ownership.directoryGroups.ignore is not a glob minimatch can use (it can never match)`,
          hint: "check brackets and braces; a character range such as [a-z] must go from low to high"
        })
      );
    }
  }
  appendAll(
    problems,
    duplicatesBy(
      parts.directoryGroupsIgnore,
      (entry) => entry.text.trim().toLowerCase(),
      (again, first) => problemAt("duplicate-entry", again.at, {
        message: `"${again.text}" is listed twice in ownership.directoryGroups.ignore (first at ${placeOf(first.at)})`,
        hint: "list it once",
        related: [relatedAt(first.at, "first listed here")]
      })
    )
  );
  return problems;
}
function declaredDirectoryGroupsAreNotIgnored(parts) {
  const globs = parts.directoryGroupsIgnore.filter(
    (entry) => entry.text.trim() !== "" && globCompiles(entry.text.trim().toLowerCase(), GROUP_NAME_GLOB_OPTIONS)
  );
  if (globs.length === 0) return [];
  const ignoredBy = compileGroupNameGlobs(globs.map((entry) => entry.text));
  const problems = [];
  for (const group of parts.directoryGroups) {
    const glob = ignoredBy(group.name);
    if (glob === void 0) continue;
    const ignoreEntry = globs.find((entry) => entry.text === glob);
    problems.push(
      problemAt("declared-directory-group-ignored", group.at, {
        message: `directory group "${group.name}" is declared here and also matches ownership.directoryGroups.ignore "${glob}"; the declaration wins: this policy manages it`,
        hint: "narrow the ignore glob, or remove the declaration if the group is managed elsewhere (for example synced by your identity provider)",
        ...ignoreEntry ? { related: [relatedAt(ignoreEntry.at, "the ignore glob")] } : {}
      })
    );
  }
  return problems;
}
var POLICY_RULES = [
  settingsWrittenOnce,
  namedEntriesWrittenOnce,
  reposWrittenOnce,
  emailsAreValid,
  exceptionDatesAreValid,
  pendingMembersAreNamed,
  groupMembersListedOnce,
  groupLimitsAgree,
  rolesAreKnown,
  emailPatternsCanMatch,
  blocklistPatternsAreRelativeGlobs,
  patternSetsResolve,
  patternsListedOnce,
  blocklistsAreNotEmpty,
  repoUrlsAreValid,
  repoGlobsAreValid,
  limitsWithinMaximum,
  limitsAreRequired,
  protectedReposAreKept,
  declaredReposAreNotIgnored,
  directoryGroupsSayWhoIsIn,
  directoryGroupNamesAreVisible,
  directoryGroupRenamesAreClear,
  directoryGroupGlobsAreValid,
  declaredDirectoryGroupsAreNotIgnored
];
function applyRules(parts) {
  return POLICY_RULES.flatMap((rule) => rule(parts));
}

// src/policy/build.ts
function buildDesiredState(parts, files) {
  const defaultEntry = withLimits(parts.defaults)[0];
  return {
    spendLimits: {
      users: withLimits(parts.users).map((entry) => ({
        email: entry.key,
        limit: entry.limit,
        source: location(entry.at),
        ...entry.until === void 0 ? {} : { until: entry.until.text.trim() }
      })).sort((a, b) => compareStrings(a.email, b.email)),
      groups: parts.groups.flatMap(
        (group) => group.limit === void 0 ? [] : [
          {
            name: group.name,
            limit: group.limit,
            members: uniqueSorted(group.members.map((member) => member.email)),
            source: location(group.at)
          }
        ]
      ).sort((a, b) => compareStrings(a.name, b.name)),
      emailPatterns: withLimits(parts.emailPatterns).map((entry) => ({ pattern: entry.key, limit: entry.limit, source: location(entry.at) })).sort((a, b) => compareStrings(a.pattern, b.pattern)),
      roles: withLimits(parts.roles).map((entry) => ({ role: entry.key, limit: entry.limit, source: location(entry.at) })).sort((a, b) => compareStrings(a.role, b.role)),
      ...defaultEntry === void 0 ? {} : { default: { limit: defaultEntry.limit, source: location(defaultEntry.at) } }
    },
    blocklists: parts.repos.flatMap(
      (repo) => repo.urlKey === void 0 ? [] : [
        {
          url: repo.url,
          urlKey: repo.urlKey,
          patterns: expandedPatterns(repo, parts),
          source: location(repo.at)
        }
      ]
    ).sort((a, b) => compareStrings(a.urlKey, b.urlKey)),
    ownership: {
      prune: parts.prune[0]?.value ?? false,
      ignore: uniqueSorted(parts.ignore.map((entry) => entry.text.trim()))
    },
    guardrails: buildGuardrails(parts),
    ...parts.pending.length === 0 ? {} : { pendingMembers: uniqueSorted(parts.pending.map((entry) => entry.email)) },
    ...directoryGroupsOf(parts),
    files: uniqueSorted(files)
  };
}
function directoryGroupsOf(parts) {
  const mentioned = parts.directoryGroupSections.length > 0 || parts.directoryGroupOwnership.length > 0;
  if (!mentioned) return {};
  return {
    directoryGroups: {
      groups: parts.directoryGroups.flatMap(
        (group) => group.limit === void 0 ? [] : [
          {
            name: group.name,
            nameKey: group.nameKey,
            limit: group.limit,
            members: uniqueSorted(group.members.map((member) => member.email)),
            emailPatterns: uniqueSorted(
              group.emailPatterns.map((entry) => entry.text.trim().toLowerCase())
            ),
            roles: uniqueSorted(group.roles.map((entry) => normalizeRole(entry.text))),
            ...group.renamedFrom === void 0 ? {} : { renamedFrom: group.renamedFrom.text },
            source: location(group.at)
          }
        ]
      ).sort((a, b) => compareStrings(a.nameKey, b.nameKey)),
      ownership: {
        prune: parts.directoryGroupsPrune[0]?.value ?? false,
        ignore: uniqueSorted(parts.directoryGroupsIgnore.map((entry) => entry.text.trim()))
      }
    }
  };
}
function buildGuardrails(parts) {
  const maxDeletes = threshold(parts.maxDeletesCount[0]?.value, parts.maxDeletesPercent[0]?.value);
  const maxLimitChanges = threshold(
    parts.maxLimitChangesCount[0]?.value,
    parts.maxLimitChangesPercent[0]?.value
  );
  const maximum = parts.maxUserLimit[0]?.value;
  const raise = parts.maxLimitRaise[0]?.value;
  const total = parts.maxTotalLimit[0]?.value;
  const named = parts.requireNamedMembersOnTeam[0]?.value;
  return {
    ...maximum === void 0 ? {} : { maxUserLimitDollars: maximum },
    requireLimitForEveryMember: parts.requireLimitForEveryMember[0]?.value ?? false,
    ...maxDeletes === void 0 ? {} : { maxDeletes },
    ...maxLimitChanges === void 0 ? {} : { maxLimitChanges },
    ...raise === void 0 ? {} : { maxLimitRaise: raise },
    ...total === void 0 ? {} : { maxTotalLimitDollars: total },
    ...named === void 0 ? {} : { requireNamedMembersOnTeam: named },
    protectedRepos: uniqueSorted(parts.protectedRepos.map((entry) => entry.text.trim())),
    ...parts.requireEffectiveCaps[0]?.value === true ? { requireEffectiveCaps: true } : {}
  };
}
function threshold(count, percent) {
  if (count === void 0 && percent === void 0) return void 0;
  return {
    ...count === void 0 ? {} : { count },
    ...percent === void 0 ? {} : { percent }
  };
}
function withLimits(entries) {
  return entries.flatMap(
    (entry) => entry.limit === void 0 ? [] : [{ ...entry, limit: entry.limit }]
  );
}
function location(at) {
  return { file: at.file, line: at.line, column: at.column };
}
function uniqueSorted(values) {
  return [...new Set(values)].sort(compareStrings);
}

// src/policy/text.ts
function decodePolicyText(file, input) {
  if (typeof input === "string") {
    const text = stripBom(input);
    const nul2 = text.indexOf("\0");
    if (nul2 >= 0)
      return unreadable(text, binaryProblem(file, textPosition(text, nul2), "character"));
    return { text, scanText: text, problems: [] };
  }
  const lenient = new TextDecoder("utf-8", { fatal: false }).decode(input);
  if (input.length >= 2 && (input[0] === 255 && input[1] === 254 || input[0] === 254 && input[1] === 255)) {
    return unreadable(
      lenient,
      problemAt(
        "invalid-encoding",
        { file, line: 1, column: 1 },
        {
          message: "the file is encoded as UTF-16; policy files must be UTF-8",
          hint: "save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)"
        }
      )
    );
  }
  const nul = input.indexOf(0);
  if (nul >= 0) return unreadable(lenient, binaryProblem(file, bytePosition(input, nul), "byte"));
  const invalid = firstInvalidUtf8(input);
  if (invalid >= 0) {
    return unreadable(
      lenient,
      problemAt(
        "invalid-encoding",
        { file, ...bytePosition(input, invalid) },
        {
          message: `the file is not valid UTF-8 (byte 0x${input[invalid].toString(16).padStart(2, "0")} at offset ${invalid})`,
          hint: "save the file as UTF-8; it was probably written as Latin-1 or Windows-1252"
        }
      )
    );
  }
  return { text: stripBom(lenient), scanText: lenient, problems: [] };
}
function unreadable(scanText, problem) {
  return { text: void 0, scanText, problems: [problem] };
}
function secretProblems(file, text) {
  return findSecrets(text).map((finding) => {
    const at = textPosition(text, finding.index);
    return problemAt(
      "secret-in-policy",
      { file, line: at.line, column: at.column },
      {
        message: `this looks like ${finding.kind.description}; secrets must never be written in policy files (comments included)`,
        hint: "remove it and rotate the credential: anything committed stays in git history. The API key belongs in the CURSOR_API_KEY environment variable or a CI secret"
      }
    );
  });
}
function stripBom(text) {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}
function binaryProblem(file, at, unit) {
  return problemAt(
    "binary-file",
    { file, ...at },
    {
      message: `the file is binary (it contains a NUL ${unit}), not YAML text`,
      hint: "policy files must be UTF-8 YAML text; move other files out of the policy directory"
    }
  );
}
function textPosition(text, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}
function bytePosition(bytes, offset) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i += 1) {
    const byte = bytes[i];
    if (byte === 10) {
      line += 1;
      column = 1;
    } else if ((byte & 192) !== 128) {
      column += 1;
    }
  }
  return { line, column };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 128) {
      i += 1;
      continue;
    }
    let continuation;
    if (lead >= 194 && lead <= 223) continuation = 1;
    else if (lead >= 224 && lead <= 239) continuation = 2;
    else if (lead >= 240 && lead <= 244) continuation = 3;
    else return i;
    for (let k = 1; k <= continuation; k += 1) {
      const next = bytes[i + k];
      if (next === void 0 || (next & 192) !== 128) return i;
    }
    const second = bytes[i + 1];
    if (lead === 224 && second < 160) return i;
    if (lead === 237 && second > 159) return i;
    if (lead === 240 && second < 144) return i;
    if (lead === 244 && second > 143) return i;
    i += continuation + 1;
  }
  return -1;
}

// src/policy/load.ts
var MAX_POLICY_FILE_BYTES = 10 * 1024 * 1024;
var MAX_POLICY_TOTAL_BYTES = 20 * 1024 * 1024;
function loadPolicyFiles(files) {
  if (files.length === 0) {
    return {
      ok: false,
      problems: [
        problemAt(
          "no-policy-files",
          { file: ".", line: 0, column: 0 },
          {
            message: "no policy files were given",
            hint: "policy files are *.yaml or *.yml files in the policy directory"
          }
        )
      ]
    };
  }
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  const problems = [];
  const parts = [];
  let total = 0;
  for (const file of sorted) {
    const size = typeof file.text === "string" ? Buffer.byteLength(file.text) : file.text.length;
    total += size;
    if (size > MAX_POLICY_FILE_BYTES) {
      problems.push(fileTooLarge(file.path, size));
      continue;
    }
    if (total > MAX_POLICY_TOTAL_BYTES) {
      problems.push(policyTooLarge(file.path, total));
      break;
    }
    const loaded = loadOneFile(file);
    appendAll(problems, loaded.problems);
    appendAll(parts, loaded.parts);
  }
  const merged = mergeParts(parts);
  appendAll(problems, applyRules(merged));
  const final = finish(problems);
  if (final.some(isError)) return { ok: false, problems: final };
  return {
    ok: true,
    desired: buildDesiredState(
      merged,
      sorted.map((file) => file.path)
    ),
    problems: final
  };
}
function loadOneFile(file) {
  const decoded = decodePolicyText(file.path, file.text);
  const problems = [...decoded.problems, ...secretProblems(file.path, decoded.scanText)];
  if (decoded.text === void 0) return { problems, parts: [] };
  const parsed = parsePolicyText(file.path, decoded.text);
  appendAll(problems, parsed.problems);
  const parts = [];
  for (const fragment of parsed.fragments) {
    const schema = checkSchema(fragment);
    appendAll(problems, schema.problems);
    parts.push(extractParts(fragment, schema.flawed));
  }
  return { problems, parts };
}
function finish(problems) {
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const problem of problems.map(scrub).sort(compareProblems)) {
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.code}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(problem);
  }
  return result;
}
var MAX_MESSAGE = 600;
function scrub(problem) {
  return {
    ...problem,
    message: excerpt(problem.message, MAX_MESSAGE),
    ...problem.hint === void 0 ? {} : { hint: excerpt(problem.hint, MAX_MESSAGE) },
    ...problem.related === void 0 ? {} : {
      related: problem.related.map((related) => ({
        ...related,
        message: excerpt(related.message, MAX_MESSAGE)
      }))
    }
  };
}
function fileTooLarge(file, size) {
  return problemAt(
    "file-too-large",
    { file, line: 0, column: 0 },
    {
      message: `${file} is ${megabytes(size)}; a policy file may be at most ${megabytes(MAX_POLICY_FILE_BYTES)}, so it was not read`,
      hint: "split the policy into several files (they are merged), or check that this is the file you meant"
    }
  );
}
function policyTooLarge(file, total) {
  return problemAt(
    "policy-too-large",
    { file, line: 0, column: 0 },
    {
      message: `the policy files up to ${file} add up to ${megabytes(total)}; a policy may be at most ${megabytes(MAX_POLICY_TOTAL_BYTES)} in total, so the rest were not read`,
      hint: "check that the policy directory holds only policy files"
    }
  );
}
function megabytes(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
var POLICY_FILE = /\.ya?ml$/i;
async function loadPolicyDir(dir, options = {}) {
  const root = path.resolve(options.displayRoot ?? process.cwd());
  const absolute = path.resolve(dir);
  const display = (file) => displayPath(root, file);
  const found = await findPolicyFiles(absolute, root);
  if (found.kind === "missing") {
    return dirProblem("policy-dir-not-found", display(absolute), {
      message: `the policy directory ${display(absolute)} does not exist`,
      hint: "run from the repository root, or pass the directory with --policies DIR (default: policies)"
    });
  }
  if (found.kind === "escapes") {
    return {
      ok: false,
      problems: [linkProblem(display(absolute), "the working directory", display(root))]
    };
  }
  const treeName = display(found.tree);
  const readProblems = found.links.map(
    (link) => linkProblem(display(link), "the policy directory", treeName)
  );
  if (found.files.length === 0 && readProblems.length === 0) {
    return dirProblem("no-policy-files", display(absolute), {
      message: `no policy files (*.yaml, *.yml) in ${display(absolute)}`,
      hint: "pass the directory that holds the policy with --policies DIR"
    });
  }
  const inputs = [];
  let total = 0;
  for (const file of found.files) {
    const unreadable2 = (reason) => problemAt(
      "unreadable-file",
      { file: display(file.path), line: 0, column: 0 },
      {
        message: `cannot read ${display(file.path)}: ${reason}`,
        hint: "check the file's permissions"
      }
    );
    if (file.read === void 0) {
      readProblems.push(unreadable2("it is a symbolic link to a file that does not exist"));
      continue;
    }
    try {
      const size = (await stat(file.read)).size;
      total += size;
      if (size > MAX_POLICY_FILE_BYTES) {
        readProblems.push(fileTooLarge(display(file.path), size));
        continue;
      }
      if (total > MAX_POLICY_TOTAL_BYTES) {
        readProblems.push(policyTooLarge(display(file.path), total));
        break;
      }
      inputs.push({ path: display(file.path), text: new Uint8Array(await readFile(file.read)) });
    } catch (error) {
      readProblems.push(
        unreadable2(excerpt(error instanceof Error ? error.message : String(error), 200))
      );
    }
  }
  const result = inputs.length > 0 ? loadPolicyFiles(inputs) : void 0;
  if (readProblems.length > 0 || result === void 0 || !result.ok) {
    return {
      ok: false,
      problems: [...readProblems, ...result?.problems ?? []].sort(compareProblems)
    };
  }
  const base = found.kind === "file" ? path.dirname(absolute) : absolute;
  return {
    ...result,
    desired: {
      ...result.desired,
      files: found.files.map((file) => toPosix(path.relative(base, file.path))).sort(compareStrings)
    }
  };
}
async function findPolicyFiles(absolute, workRoot) {
  let real;
  let info;
  try {
    real = await realpath(absolute);
    info = await stat(real);
  } catch {
    return { kind: "missing" };
  }
  if (isInside(absolute, workRoot)) {
    const realWorkRoot = await realpath(workRoot).catch(() => workRoot);
    const named = path.join(realWorkRoot, path.relative(workRoot, absolute));
    if (real !== named && !isInsideTree(real, realWorkRoot)) return { kind: "escapes" };
  }
  const found = { files: [], links: [] };
  if (info.isFile()) {
    const tree = path.dirname(absolute);
    const realTree = await realpath(tree);
    if (!isInsideTree(real, realTree)) return { kind: "file", tree, files: [], links: [absolute] };
    return { kind: "file", tree, files: [{ path: absolute, read: real }], links: [] };
  }
  await walk(absolute, real, found);
  found.files.sort((a, b) => compareStrings(a.path, b.path));
  found.links.sort(compareStrings);
  return { kind: "dir", tree: absolute, ...found };
}
async function walk(dir, realTree, into) {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      await walk(full, realTree, into);
    } else if (entry.isFile()) {
      if (POLICY_FILE.test(entry.name)) into.files.push({ path: full, read: full });
    } else if (entry.isSymbolicLink() && POLICY_FILE.test(entry.name)) {
      await followLink(full, realTree, into);
    }
  }
}
async function followLink(link, realTree, into) {
  const target = await realpath(link).catch(() => void 0);
  if (target === void 0) {
    const exists = await lstat(link).then(
      () => true,
      () => false
    );
    if (exists) into.files.push({ path: link, read: void 0 });
    return;
  }
  if (!isInsideTree(target, realTree)) {
    into.links.push(link);
    return;
  }
  const info = await stat(target).catch(() => void 0);
  if (info?.isFile()) into.files.push({ path: link, read: target });
}
function linkProblem(link, boundary, boundaryName) {
  return problemAt(
    "symlink-outside-policy-dir",
    { file: link, line: 0, column: 0 },
    {
      message: `${link} is a symbolic link that leads outside ${boundary} (${boundaryName}); it was not read`,
      hint: "policy files are read only from inside the policy directory (hidden directories such as .git excluded): replace the link with the file itself, or with a link to a file inside the policy directory"
    }
  );
}
function isInside(file, dir) {
  const relative = path.relative(dir, file);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
function isInsideTree(file, dir) {
  if (!isInside(file, dir)) return false;
  const relative = path.relative(dir, file);
  return relative === "" || !relative.split(path.sep).some((part) => part.startsWith("."));
}
function displayPath(root, file) {
  const relative = path.relative(root, file);
  if (relative === "") return ".";
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return toPosix(file);
  }
  return toPosix(relative);
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}
function dirProblem(code, file, input) {
  return { ok: false, problems: [problemAt(code, { file, line: 0, column: 0 }, input)] };
}

export {
  compareStrings,
  require_dist,
  policyValidator,
  loadPolicyFiles,
  loadPolicyDir
};
