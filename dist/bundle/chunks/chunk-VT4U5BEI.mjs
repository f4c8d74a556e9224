import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);
import {
  CFN_TAGS,
  parseYaml
} from "./chunk-FFEINJQE.mjs";
import {
  INPUTS,
  MAX_SCENARIOS,
  combinedState,
  detectKind,
  emptyModel,
  mergeInto,
  resourceCount,
  scenarioLabel,
  takeDeclaredApart,
  toDisplay,
  walk,
  yaml
} from "./chunk-YPORQWOW.mjs";
import {
  InputError,
  parseJson
} from "./chunk-3566JZRY.mjs";
import {
  PARSE_ERROR,
  RULES
} from "./chunk-B5YSNK2V.mjs";
import {
  INTERNAL_ERROR,
  runRules
} from "./chunk-L3U4QQF4.mjs";
import {
  lineCol,
  makeSource,
  pos
} from "./chunk-RKRRC2OQ.mjs";
import {
  buildLinks,
  literal,
  partsKey,
  partsOf
} from "./chunk-NC6JVQ5I.mjs";

// dist/src/pipeline/options.js
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

// dist/src/inputs/read.js
import { readFileSync, statSync } from "node:fs";

// dist/src/parse/yaml-offsets.js
var KIND_MASK = 3;
var K_NONE = 0;
var K_SCALAR = 1;
var K_SEQ = 2;
var K_MAP = 3;
var F_WRAPPER = 4;
var STRIDE = 4;
var YamlOffsets = class {
  text;
  raw;
  buf = new Int32Array(512);
  /** Number of events. */
  n = 0;
  /** Anchor name → event index of the node that carries it (the last one wins, as in YAML). */
  anchors;
  stack = [];
  lastClosed = -1;
  lastResult = void 0;
  /** `raw` maps a node's constructed result back to what was read (a tag's construct wraps it). */
  constructor(text, raw = (r) => r) {
    this.text = text;
    this.raw = raw;
  }
  listener = (type, state) => {
    if (type === "open") {
      const i2 = this.n++;
      if ((i2 + 1) * STRIDE > this.buf.length) {
        const b = new Int32Array(this.buf.length * 2);
        b.set(this.buf);
        this.buf = b;
      }
      this.buf[i2 * STRIDE] = Math.min(state.position, this.text.length);
      this.stack.push(i2);
      return;
    }
    const i = this.stack.pop() ?? 0;
    const o = i * STRIDE;
    const kind = state.kind === "scalar" ? K_SCALAR : state.kind === "sequence" ? K_SEQ : state.kind === "mapping" ? K_MAP : K_NONE;
    let flags = kind;
    if (kind >= K_SEQ && this.lastClosed === i + 1 && this.n === this.next(i + 1) && this.lastResult === this.raw(state.result))
      flags |= F_WRAPPER;
    this.buf[o + 1] = Math.min(state.position, this.text.length);
    this.buf[o + 2] = this.n;
    this.buf[o + 3] = flags;
    if (state.anchor)
      (this.anchors ??= /* @__PURE__ */ new Map()).set(state.anchor, i);
    this.lastClosed = i;
    this.lastResult = state.result;
  };
  open(i) {
    return this.buf[i * STRIDE] ?? 0;
  }
  close(i) {
    return this.buf[i * STRIDE + 1] ?? 0;
  }
  /** Index of the event after `i`'s subtree. */
  next(i) {
    return this.buf[i * STRIDE + 2] ?? 0;
  }
  kind(i) {
    return (this.buf[i * STRIDE + 3] ?? 0) & KIND_MASK;
  }
  isWrapper(i) {
    return ((this.buf[i * STRIDE + 3] ?? 0) & F_WRAPPER) !== 0;
  }
  /** Drops the parse-time state (the results the listener kept a reference to). */
  done() {
    this.lastResult = void 0;
    this.stack.length = 0;
  }
  /** First offset at or after `p` that is not white space, a line break or a comment. */
  skipSeparation(p) {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13)
        p++;
      else if (c === 35) {
        while (p < t.length && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
          p++;
      } else
        return p;
    }
  }
  /** Where the node's content starts: after separation and its `!tag` / `&anchor` properties. */
  contentStart(i) {
    const t = this.text;
    let p = this.skipSeparation(this.open(i));
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c !== 33 && c !== 38)
        return p;
      while (p < t.length && !isWsOrEol(t.charCodeAt(p)))
        p++;
      p = this.skipSeparation(p);
    }
  }
  /** End of a token followed, in block context, by optional blanks, a comment and one line break
   * (the `yaml` package's node end, which a block collection's range ends at). */
  lineEndAfter(p) {
    const t = this.text;
    while (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 9)
      p++;
    if (t.charCodeAt(p) === 35)
      while (p < t.length && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13)
        p++;
    if (t.charCodeAt(p) === 13)
      p++;
    if (t.charCodeAt(p) === 10)
      p++;
    return p;
  }
  /** Back over blanks and line breaks. */
  trimBack(p, floor) {
    const t = this.text;
    while (p > floor) {
      const c = t.charCodeAt(p - 1);
      if (c === 32 || c === 9 || c === 10 || c === 13)
        p--;
      else
        break;
    }
    return p;
  }
  /** End of a block scalar (`|` / `>`) that starts at `start`: after its last content line's line
   * break, or, with keep chomping (`+`), after its trailing empty lines too. */
  blockScalarEnd(start, close) {
    const t = this.text;
    let h = start + 1;
    let keep = false;
    while (h < t.length && !isWsOrEol(t.charCodeAt(h))) {
      if (t.charCodeAt(h) === 43)
        keep = true;
      h++;
    }
    let p = close;
    while (p > start && (t.charCodeAt(p - 1) === 32 || t.charCodeAt(p - 1) === 9))
      p--;
    if (keep)
      return p;
    const last = this.trimBack(p, start);
    if (last <= h)
      return p;
    let e = last;
    if (t.charCodeAt(e) === 13)
      e++;
    if (t.charCodeAt(e) === 10)
      e++;
    return e;
  }
};
function isWsOrEol(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

// dist/src/parse/yaml-fast.js
var Tagged = class {
  longForm;
  tag;
  data;
  kind;
  constructor(longForm, tag, data, kind) {
    this.longForm = longForm;
    this.tag = tag;
    this.data = data;
    this.kind = kind;
  }
};
var NumText = class {
  text;
  constructor(text) {
    this.text = text;
  }
  /** js-yaml names a mapping entry by `String(key)`: a numeric key (`1:`, an unquoted account ID
   * in `Mappings`) is named by its source text, as CloudFormation reads it, not "[object Object]". */
  toString() {
    return this.text;
  }
  // js-yaml names any plain object key "[object Object]" before calling String(); a tag of our own
  // keeps it from taking this for a plain object.
  get [Symbol.toStringTag]() {
    return "NumText";
  }
};
var nullType = new yaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (d) => /^(?:~|null|Null|NULL)?$/.test(d),
  construct: () => null
});
var boolType = new yaml.Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (d) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(d),
  construct: (d) => /^t/i.test(d)
});
var numType = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (d) => /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(d),
  construct: (d) => new NumText(d)
});
var tagTypes = Object.entries(CFN_TAGS).flatMap(([tag, longForm]) => ["scalar", "sequence", "mapping"].map((kind) => new yaml.Type(tag, { kind, construct: (data) => new Tagged(longForm, tag, data, kind) })));
var SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, numType], explicit: tagTypes });
function numValue(text) {
  if (/^0o/.test(text))
    return parseInt(text.slice(2), 8);
  if (/^0x/.test(text))
    return parseInt(text.slice(2), 16);
  if (/\.(inf|Inf|INF)$/.test(text))
    return text.startsWith("-") ? -Infinity : Infinity;
  if (/\.(nan|NaN|NAN)$/.test(text))
    return NaN;
  return Number(text);
}
var PathPositions = class {
  src;
  map;
  constructor(src) {
    this.src = src;
  }
  get(key) {
    if (!this.map) {
      this.map = /* @__PURE__ */ new Map();
      const walk2 = (n, path) => {
        this.map?.set(path, n.pos);
        if (n.kind === "object") {
          for (const e of n.entries) {
            this.map?.set(`${path}\0${e.key}\0#key`, e.keyPos);
            walk2(e.value, `${path}\0${e.key}`);
          }
        } else if (n.kind === "array")
          n.items.forEach((it, i) => walk2(it, `${path}\0${i}`));
      };
      walk2(parseYaml(this.src).root, "");
    }
    return this.map.get(key);
  }
};
var LazyPos = class {
  src;
  positions;
  parent;
  segment;
  resolved;
  constructor(src, positions, parent, segment) {
    this.src = src;
    this.positions = positions;
    this.parent = parent;
    this.segment = segment;
  }
  key() {
    return this.parent ? `${this.parent.key()}\0${this.segment}` : this.segment;
  }
  get r() {
    this.resolved ??= this.positions.get(this.key()) ?? { src: this.src, start: 0, end: 0 };
    return this.resolved;
  }
  get start() {
    return this.r.start;
  }
  get end() {
    return this.r.end;
  }
};
var TooLarge = class extends Error {
};
function parseYamlFast(src) {
  let data;
  const offsets = new YamlOffsets(src.text, (r) => r instanceof Tagged ? r.data : r);
  try {
    data = yaml.load(src.text, { schema: SCHEMA, json: false, listener: offsets.listener });
  } catch {
    return parseYaml(src);
  }
  offsets.done();
  if (data === void 0 || data === null || typeof data !== "object")
    return parseYaml(src);
  const budget = { nodes: 0, max: Math.max(2e5, src.text.length * 4) };
  try {
    try {
      if (hasLoneCR(src.text))
        throw new Mismatch();
      return { root: new OffsetConverter(src, offsets, budget).node(data, 0, 0), issues: [] };
    } catch (e) {
      if (!(e instanceof Mismatch))
        throw e;
      budget.nodes = 0;
      return { root: convertLazy(src, data, budget), issues: [] };
    }
  } catch (e) {
    if (e instanceof TooLarge)
      return parseYaml(src);
    throw e;
  }
}
function hasLoneCR(text) {
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1))
    if (text.charCodeAt(i + 1) !== 10)
      return true;
  return false;
}
var Mismatch = class extends Error {
};
var YScalar = class {
  value;
  text;
  src;
  start;
  end;
  kind = "scalar";
  constructor(value, text, src, start, end) {
    this.value = value;
    this.text = text;
    this.src = src;
    this.start = start;
    this.end = end;
  }
  get pos() {
    return this;
  }
};
var YArray = class {
  items;
  src;
  start;
  end;
  kind = "array";
  constructor(items, src, start, end) {
    this.items = items;
    this.src = src;
    this.start = start;
    this.end = end;
  }
  get pos() {
    return this;
  }
};
var YObject = class {
  entries;
  src;
  start;
  end;
  tag;
  kind = "object";
  constructor(entries, src, start, end, tag) {
    this.entries = entries;
    this.src = src;
    this.start = start;
    this.end = end;
    this.tag = tag;
  }
  get pos() {
    return this;
  }
};
var YEntry = class {
  key;
  value;
  src;
  start;
  end;
  constructor(key, value, src, start, end) {
    this.key = key;
    this.value = value;
    this.src = src;
    this.start = start;
    this.end = end;
  }
  get keyPos() {
    return this;
  }
};
var INDEX_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
var OffsetConverter = class {
  src;
  o;
  budget;
  text;
  /** Content start of the event `resolve` returned last. */
  cs = 0;
  constructor(src, o, budget) {
    this.src = src;
    this.o = o;
    this.budget = budget;
    this.text = src.text;
  }
  /** The event that carries the node's content: through wrappers and aliases. */
  resolve(i) {
    for (let hops = 0; hops < 64; hops++) {
      if (i >= this.o.n)
        throw new Mismatch();
      if (this.o.isWrapper(i)) {
        i++;
        continue;
      }
      const cs = this.o.contentStart(i);
      this.cs = cs;
      if (this.text.charCodeAt(cs) !== 42)
        return i;
      const target = this.o.anchors?.get(this.aliasName(cs));
      if (target === void 0)
        throw new Mismatch();
      i = target;
    }
    throw new Mismatch();
  }
  aliasName(cs) {
    const t = this.text;
    let p = cs + 1;
    while (p < t.length && !/[\s,[\]{}]/.test(t[p] ?? " "))
      p++;
    return t.slice(cs + 1, p);
  }
  /** Child events of `i` in document order. A mapping's key attempt that found no node (a `...`
   * document end after its last entry) is no child. */
  children(i) {
    const out = [];
    const end = this.o.next(i);
    for (let c = i + 1; c < end; c = this.o.next(c))
      out.push(c);
    const stray = out[out.length - 1];
    if (this.o.kind(i) === K_MAP && out.length % 2 === 1 && stray !== void 0 && this.o.kind(stray) === K_NONE)
      out.pop();
    return out;
  }
  /** The last child event of a collection (as `children` counts them). */
  lastChild(i) {
    const end = this.o.next(i);
    let last = -1;
    let prev = -1;
    let count = 0;
    for (let c = i + 1; c < end; c = this.o.next(c)) {
      prev = last;
      last = c;
      count++;
    }
    if (this.o.kind(i) === K_MAP && count % 2 === 1 && last >= 0 && this.o.kind(last) === K_NONE)
      last = prev;
    if (last < 0)
      throw new Mismatch();
    return last;
  }
  /** The `yaml` package's range end of a node whose content starts at `cs`. */
  valueEnd(i, cs, v) {
    const t = this.text;
    const c = t.charCodeAt(cs);
    if (this.o.kind(i) === K_NONE && v === null)
      return this.emptyAt(i);
    if (c === 124 || c === 62)
      return this.o.blockScalarEnd(cs, this.o.close(i));
    if (c === 91 || c === 123)
      return this.o.close(i);
    if (typeof v === "object" && v !== null && !(v instanceof NumText) && !(v instanceof Tagged && v.kind === "scalar")) {
      return this.nodeEnd(this.lastChild(i));
    }
    return this.o.trimBack(this.o.close(i), cs);
  }
  /** Where an empty node sits: right after the indicator before it and any blanks. */
  emptyAt(i) {
    let p = this.o.open(i);
    while (this.text.charCodeAt(p) === 32 || this.text.charCodeAt(p) === 9)
      p++;
    const props = this.text.slice(p, this.o.close(i));
    if (props.includes("!") || props.includes("&"))
      throw new Mismatch();
    return p;
  }
  /** The `yaml` package's node end (range[2]) of a block collection's entry. */
  nodeEnd(i) {
    while (this.o.isWrapper(i))
      i++;
    const cs = this.o.contentStart(i);
    const t = this.text;
    const c = t.charCodeAt(cs);
    if (c === 42)
      return this.o.lineEndAfter(cs + 1 + this.aliasName(cs).length);
    const kind = this.o.kind(i);
    if (kind === K_NONE) {
      const at = this.emptyAt(i);
      if (t.slice(at, this.o.close(i)).includes("#"))
        throw new Mismatch();
      return at;
    }
    if (c === 124 || c === 62)
      return this.o.blockScalarEnd(cs, this.o.close(i));
    if (c === 91 || c === 123)
      return this.o.lineEndAfter(this.o.close(i));
    if (kind >= K_SEQ)
      return this.blockCollectionEnd(i, cs);
    return this.o.lineEndAfter(this.o.trimBack(this.o.close(i), cs));
  }
  /** A block collection's own node end: its last entry's, unless the first comment after it (past
   * blank lines) is indented at least as deep as the collection; then the collection keeps that
   * comment and everything up to the next token, where js-yaml closed it. */
  blockCollectionEnd(i, cs) {
    const e = this.nodeEnd(this.lastChild(i));
    const t = this.text;
    let p = e;
    let lineStart = e;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9)
        p++;
      else if (c === 10 || c === 13)
        lineStart = ++p;
      else
        break;
    }
    if (t.charCodeAt(p) !== 35 || p - lineStart < cs - (t.lastIndexOf("\n", cs - 1) + 1))
      return e;
    return this.o.close(i);
  }
  /** The node's start, widened over a CloudFormation `!Tag` before it (as yaml.ts does). */
  tagStart(cs, tag) {
    const t = this.text;
    let i = cs - 1;
    for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 13 || c === 10; c = t.charCodeAt(i))
      i--;
    return t.slice(i - tag.length + 1, i + 1) === tag ? i - tag.length + 1 : cs;
  }
  node(v, ev, depth) {
    if (++this.budget.nodes > this.budget.max || depth > 500)
      throw new TooLarge();
    const i = this.resolve(ev);
    const cs = this.cs;
    const src = this.src;
    if (v instanceof Tagged) {
      const end = this.valueEnd(i, cs, v.data === null ? null : v);
      const start = this.tagStart(cs, v.tag);
      let inner;
      if (v.longForm === "Fn::GetAtt" && v.kind === "scalar" && typeof v.data === "string") {
        const dot = v.data.indexOf(".");
        const parts = dot < 0 ? [v.data] : [v.data.slice(0, dot), v.data.slice(dot + 1)];
        inner = new YArray(parts.map((s) => new YScalar(s, s, src, cs, end)), src, cs, end);
      } else
        inner = this.content(v.data ?? (v.kind === "mapping" ? {} : v.kind === "sequence" ? [] : ""), i, cs, end, depth + 1);
      return new YObject([new YEntry(v.longForm, inner, src, start, end)], src, start, end, v.tag);
    }
    return this.content(v, i, cs, this.valueEnd(i, cs, v), depth);
  }
  /** A node without a CloudFormation tag; `i` is its resolved event. */
  content(v, i, cs, end, depth) {
    const src = this.src;
    if (v instanceof NumText)
      return new YScalar(numValue(v.text), v.text, src, cs, end);
    if (v === null) {
      if (this.o.kind(i) === K_NONE) {
        const at = this.emptyAt(i);
        return new YScalar(null, "null", src, at, at);
      }
      return new YScalar(null, "null", src, cs, end);
    }
    if (typeof v === "string" || typeof v === "boolean")
      return new YScalar(v, typeof v === "string" ? v : String(v), src, cs, end);
    if (Array.isArray(v)) {
      const kids = this.children(i);
      if (kids.length !== v.length)
        throw new Mismatch();
      return new YArray(v.map((it, k) => this.node(it, kids[k] ?? 0, depth + 1)), src, cs, end);
    }
    if (typeof v === "object") {
      const keys = Object.keys(v);
      const kids = this.children(i);
      if (kids.length !== keys.length * 2)
        throw new Mismatch();
      if (keys.length > 1 && keys.some((k) => k.charCodeAt(0) <= 57 && INDEX_KEY.test(k)))
        throw new Mismatch();
      const entries = keys.map((k, j) => {
        const kev = kids[2 * j] ?? 0;
        const ks = this.o.contentStart(kev);
        const ke = this.o.trimBack(this.o.close(kev), ks);
        const value = this.node(v[k], kids[2 * j + 1] ?? 0, depth + 1);
        return new YEntry(k, value, src, ks, ke);
      });
      return new YObject(entries, src, cs, end);
    }
    return new YScalar(String(v), String(v), src, cs, end);
  }
};
function convertLazy(src, data, budget) {
  const positions = new PathPositions(src);
  const convert = (v, p, depth) => {
    if (++budget.nodes > budget.max || depth > 500)
      throw new TooLarge();
    const at = (seg, base = p) => new LazyPos(src, positions, base, String(seg));
    if (v instanceof Tagged) {
      let inner;
      if (v.longForm === "Fn::GetAtt" && v.kind === "scalar" && typeof v.data === "string") {
        const dot = v.data.indexOf(".");
        const parts = dot < 0 ? [v.data] : [v.data.slice(0, dot), v.data.slice(dot + 1)];
        const ip = at(v.longForm);
        inner = { kind: "array", items: parts.map((s, i) => ({ kind: "scalar", value: s, text: s, pos: at(i, ip) })), pos: ip };
      } else
        inner = convert(v.data ?? (v.kind === "mapping" ? {} : v.kind === "sequence" ? [] : ""), at(v.longForm), depth + 1);
      return { kind: "object", entries: [{ key: v.longForm, keyPos: p, value: inner }], pos: p, tag: v.tag };
    }
    if (v instanceof NumText)
      return { kind: "scalar", value: numValue(v.text), text: v.text, pos: p };
    if (v === null || typeof v === "string" || typeof v === "boolean")
      return { kind: "scalar", value: v, text: typeof v === "string" ? v : String(v), pos: p };
    if (Array.isArray(v))
      return { kind: "array", items: v.map((it, i) => convert(it, at(i), depth + 1)), pos: p };
    if (typeof v === "object") {
      const entries = Object.keys(v).map((k) => {
        const vp = at(k);
        return { key: k, keyPos: at("#key", vp), value: convert(v[k], vp, depth + 1) };
      });
      return { kind: "object", entries, pos: p };
    }
    return { kind: "scalar", value: String(v), text: String(v), pos: p };
  };
  return convert(data, new LazyPos(src, positions, void 0, ""), 0);
}

// dist/src/inputs/read.js
function readText(abs, display, maxSize, errorAt) {
  try {
    const size = statSync(abs).size;
    if (size > maxSize) {
      errorAt(`File is ${size} bytes, over the ${maxSize}-byte limit (raise it with --max-file-size)`, void 0, display);
      return void 0;
    }
    const buf = readFileSync(abs);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      const bad = firstInvalidUtf8(buf);
      const prefix = new TextDecoder("utf-8").decode(buf.subarray(0, bad));
      const src = makeSource(display, prefix);
      errorAt(`File is not valid UTF-8 (first invalid byte at offset ${bad})`, src, display, src.text.length);
      return void 0;
    }
  } catch (e) {
    errorAt(`Cannot read file: ${e.code ?? e.message}`, void 0, display);
    return void 0;
  }
}
function syntaxOf(path, text) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json"))
    return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml"))
    return "yaml";
  if (lower.endsWith(".template"))
    return /^\s*\{/.test(text) ? "json" : "yaml";
  return /^\s*[{[]/.test(text) ? "json" : void 0;
}
function parseDocument(src, syntax) {
  const nul = src.text.indexOf("\0");
  if (nul >= 0)
    throw new InputError("binary file (contains NUL bytes)", pos(src, nul, nul));
  const p = syntax === "json" ? parseJson(src) : parseYamlFast(src);
  return { src, root: p.root, issues: p.issues, syntax };
}
function firstInvalidUtf8(buf) {
  let i = 0;
  const at = (k) => buf[k];
  const cont = (k, lo = 128, hi = 191) => k < buf.length && at(k) >= lo && at(k) <= hi;
  while (i < buf.length) {
    const b = at(i);
    if (b < 128)
      i += 1;
    else if (b >= 194 && b <= 223 && cont(i + 1))
      i += 2;
    else if (b === 224 && cont(i + 1, 160) && cont(i + 2))
      i += 3;
    else if ((b >= 225 && b <= 236 || b === 238 || b === 239) && cont(i + 1) && cont(i + 2))
      i += 3;
    else if (b === 237 && cont(i + 1, 128, 159) && cont(i + 2))
      i += 3;
    else if (b === 240 && cont(i + 1, 144) && cont(i + 2) && cont(i + 3))
      i += 4;
    else if (b >= 241 && b <= 243 && cont(i + 1) && cont(i + 2) && cont(i + 3))
      i += 4;
    else if (b === 244 && cont(i + 1, 128, 143) && cont(i + 2) && cont(i + 3))
      i += 4;
    else
      return i;
  }
  return i;
}

// dist/src/link/apart.js
function linkDeclaredApart(model) {
  const p = takeDeclaredApart(model);
  if (!p)
    return;
  const bucketIndex = /* @__PURE__ */ new Map();
  model.buckets.forEach((b, i) => {
    if (b.bucketName.length && !bucketIndex.has(partsKey(b.bucketName)))
      bucketIndex.set(partsKey(b.bucketName), i);
  });
  const rolesByName = /* @__PURE__ */ new Map();
  for (const r of model.roles)
    if (r.roleName.length && !rolesByName.has(partsKey(r.roleName)))
      rolesByName.set(partsKey(r.roleName), r);
  const keysByRef = /* @__PURE__ */ new Map();
  for (const k of model.keys)
    for (const ref of [k.keyId, k.arn])
      if (ref.length && !keysByRef.has(partsKey(ref)))
        keysByRef.set(partsKey(ref), k);
  for (const s of p.sse) {
    const name = s.bucket.kind === "str" ? s.bucket.parts : void 0;
    if (!name)
      continue;
    const i = bucketIndex.get(partsKey(name)) ?? -1;
    const b = model.buckets[i];
    if (b)
      model.buckets[i] = { ...b, encryption: s.encryption };
  }
  for (const st of p.bucketSettings) {
    const i = st.bucket.kind === "str" ? bucketIndex.get(partsKey(st.bucket.parts)) ?? -1 : -1;
    const b = model.buckets[i];
    if (b)
      model.buckets[i] = { ...b, ...st.acl ? { acl: st.acl } : {}, ...st.objectOwnership ? { objectOwnership: st.objectOwnership } : {} };
  }
  for (const kp of p.keyPolicies) {
    const ref = kp.key.kind === "str" ? kp.key.parts : void 0;
    const key = ref ? keysByRef.get(partsKey(ref)) : void 0;
    const i = key ? model.keys.indexOf(key) : -1;
    if (key && i >= 0) {
      const linked = { ...key, policy: kp.doc };
      model.keys[i] = linked;
      for (const r of [key.keyId, key.arn])
        if (r.length)
          keysByRef.set(partsKey(r), linked);
    }
  }
  for (const pa of p.principalAttachments) {
    const arn = pa.policyArn.kind === "str" ? partsKey(pa.policyArn.parts) : void 0;
    const i = arn === void 0 ? -1 : model.identityPolicies.findIndex((ip2) => ip2.arn && partsKey(ip2.arn) === arn && (ip2.principalKey === ip2.uid || ip2.principalKey === void 0));
    const j = i >= 0 ? i : arn === void 0 ? -1 : model.identityPolicies.findIndex((ip2) => ip2.arn && partsKey(ip2.arn) === arn);
    const ip = model.identityPolicies[j];
    if (!ip)
      continue;
    if (i >= 0)
      model.identityPolicies[i] = { ...ip, principalKey: pa.principalKey };
    else
      model.identityPolicies.push({ ...ip, uid: `${ip.uid}@${pa.principalKey}`, principalKey: pa.principalKey });
  }
  for (const a of p.aliases) {
    const target = a.target.kind === "str" ? a.target.parts : void 0;
    const name = a.name.kind === "str" ? a.name.parts : void 0;
    if (!target || !name)
      continue;
    const key = keysByRef.get(partsKey(target));
    const i = key ? model.keys.indexOf(key) : -1;
    if (key && i >= 0) {
      const linked = { ...key, aliases: [...key.aliases, name] };
      model.keys[i] = linked;
      for (const r of [key.keyId, key.arn])
        if (keysByRef.get(partsKey(r)) === key)
          keysByRef.set(partsKey(r), linked);
    }
  }
  for (const u of p.unresolvedRolePolicies) {
    const rn = u.role.kind === "str" ? u.role.parts : void 0;
    const role = rn ? rolesByName.get(partsKey(rn)) : void 0;
    if (role)
      role.managedPolicyArns.push(u.reason);
  }
  for (const att of p.attachments) {
    for (const r of att.roles) {
      const rn = r.kind === "str" ? r.parts : void 0;
      const role = rn ? rolesByName.get(partsKey(rn)) : void 0;
      if (role)
        role.managedPolicyArns.push(att.policyArn);
    }
  }
}

// dist/src/loaders/sniff.js
var KEY_MARKER = /(?:^|[{,\s"'])(?:AWSTemplateFormatVersion|Statement|flowlogLintSnapshot|ResourceIds|FlowLogs|Policy|PolicyDocument|PolicyVersion|AssumeRolePolicyDocument|ServerSideEncryptionConfiguration)["']?\s*:/m;
var POLICY_VERSION = /(?:^|[{,\s"'])Version["']?\s*:\s*["']?(?:2012|2008)-10-17/m;
var AWS_TYPE = /(?:^|[{,\s"'])Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/m;
var PLAN = /"format_version"\s*:/;
var PLAN_BODY = /"(?:planned_values|values)"\s*:/;
var TEMPLATE_SYNTAX = /\{\{(?!\s*resolve:)|\{%/;
function sniffInput(text) {
  if (KEY_MARKER.test(text) || POLICY_VERSION.test(text))
    return { claims: true };
  if (/\bResources\b/.test(text) && AWS_TYPE.test(text))
    return { claims: true };
  if (PLAN.test(text) && PLAN_BODY.test(text))
    return { claims: true };
  if (text.trim() === "")
    return { claims: false, reason: "empty file" };
  return { claims: false, reason: "no flow-log input markers (CloudFormation, policy Statement, flow-log request or output, snapshot, plan)" };
}
function notAnInputAfterAll(text, parseMessage) {
  if (TEMPLATE_SYNTAX.test(text))
    return "template syntax ({{ }} / {% %}): a Helm or Jinja template, not an input";
  if (/multiple documents|more than one document|expected a single document/i.test(parseMessage) || /^---\s*$/m.test(text.replace(/^---\s*\n/, ""))) {
    return "multi-document YAML (no flow-log input has several documents)";
  }
  return void 0;
}

// dist/src/pipeline/collect.js
function collectInputs(run) {
  const { files } = run.walked;
  const extra = run.sessions.flatMap((s) => s.extraFiles?.() ?? []);
  for (const abs of [...files, ...extra.filter((v) => !files.includes(v))])
    collectFile(run, abs, extra);
  for (const s of run.sessions)
    s.prepare?.(run.perWorld, run.base);
}
function collectFile(run, abs, extra) {
  const display = toDisplay(abs, run.opts.cwd);
  const text = readText(abs, display, run.opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, run.errorAt);
  if (text === void 0)
    return;
  const src = makeSource(display, text);
  const claimer = run.sessions.find((s) => s.claimsFile?.(abs));
  if (claimer)
    return claimer.addFile?.(abs, src, display);
  const syntax = syntaxOf(abs, src.text);
  if (!syntax)
    return run.skip(display, "not a recognised input");
  const walkedDoc = !run.walked.explicit.has(abs) && !extra.includes(abs);
  const sniff = walkedDoc ? sniffInput(src.text) : void 0;
  if (sniff && !sniff.claims)
    return run.skip(display, sniff.reason);
  try {
    loadOnceOrKeep(run, parseDocument(src, syntax));
  } catch (e) {
    const notInput = walkedDoc && e instanceof InputError ? notAnInputAfterAll(src.text, e.message) : void 0;
    if (notInput)
      run.skip(display, notInput);
    else
      inputError(run, e, src, display);
  }
}
function inputError(run, e, src, display) {
  if (e instanceof InputError)
    run.errorAt(e.message, e.pos?.src ?? src, display, e.pos?.start ?? 0);
  else if (e instanceof RangeError)
    run.errorAt("Input nested too deeply", src, display, 0);
  else
    throw e;
}
function loadOnceOrKeep(run, doc) {
  const { src } = doc;
  for (const s of run.sessions)
    s.onDocument?.(doc);
  if (run.sessions.some((s) => s.perWorld?.(doc)))
    return void run.perWorld.push(doc);
  const kind = detectKind(doc.root);
  const scratch = emptyModel();
  const before = run.undecided.size;
  const ok = kind.load?.({ model: scratch, src, opts: { ...run.loadOpts, bindings: run.bindingsFor(src.path), assume: /* @__PURE__ */ new Map() } }, doc.root) ?? false;
  linkDeclaredApart(scratch);
  const notASource = ok && kind.notASource === true;
  if (notASource)
    run.snapshotFiles++;
  if (run.undecided.size > before)
    run.perWorld.push(doc);
  else if (ok) {
    mergeInto(run.base, scratch);
    run.base.files++;
    if (!notASource)
      run.base.sources.push(src);
    run.base.parseIssues.push(...doc.issues);
    if (doc.syntax === "yaml")
      run.yamlSources.push(src);
  } else
    run.skip(src.path, "parsed, but not a flow-log input the loaders know");
}

// dist/src/engine/consumed-dedupe.js
function dedupeConsumed(results, consumed) {
  if (!consumed.size)
    return results;
  const key = (r) => `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.status}|${r.message}`;
  const underTerraform = /* @__PURE__ */ new Set();
  for (const r of results)
    if (r.file !== null && consumed.has(r.file) && r.resource !== r.file)
      underTerraform.add(key(r));
  return results.filter((r) => !(r.file !== null && consumed.has(r.file) && r.resource === r.file && underTerraform.has(key(r))));
}

// dist/src/engine/any-value.js
var SKIP = /* @__PURE__ */ new Set(["src", "pos", "origin", "env", "keyPos"]);
function inputLabels(x, out, seen, depth = 0) {
  if (depth > 40 || typeof x !== "object" || x === null || seen.has(x))
    return;
  seen.add(x);
  if (Array.isArray(x)) {
    for (const i of x)
      inputLabels(i, out, seen, depth + 1);
    return;
  }
  const o = x;
  if (typeof o.sym === "string" && typeof o.label === "string") {
    if (o.sym.startsWith("input:"))
      out.add(o.label);
    return;
  }
  for (const [k, v] of Object.entries(o))
    if (!SKIP.has(k))
      inputLabels(v, out, seen, depth + 1);
}
function keyOf(name, file) {
  return `${file ?? ""}\0${name}`;
}
function sayForAnyValue(results, model) {
  const byKey = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  const all = [...model.flowLogs, ...model.buckets, ...model.bucketPolicies, ...model.keys, ...model.roles, ...model.identityPolicies, ...model.logGroups, ...model.metricFilters];
  for (const r of all) {
    const k = keyOf(r.name, r.pos?.src.path);
    const list = byKey.get(k);
    if (list)
      list.push(r);
    else
      byKey.set(k, [r]);
    const named = byName.get(r.name);
    if (named)
      named.push(r);
    else
      byName.set(r.name, [r]);
  }
  const labelsOf = /* @__PURE__ */ new Map();
  const labelsFor = (res) => {
    let got = labelsOf.get(res);
    if (!got) {
      got = /* @__PURE__ */ new Set();
      inputLabels(res, got, /* @__PURE__ */ new Set());
      labelsOf.set(res, got);
    }
    return got;
  };
  return results.map((r) => {
    if (r.status !== "fail" || !r.resource || r.message.includes("for any value"))
      return r;
    const labels = /* @__PURE__ */ new Set();
    const candidates = byKey.get(keyOf(r.resource, r.file)) ?? byName.get(r.resource) ?? [];
    for (const res of candidates)
      for (const l of labelsFor(res))
        labels.add(l);
    if (!labels.size)
      return r;
    const names = [...labels].sort().map((l) => `\`${l}\``).join(", ");
    const m = / \[when [^\]]*\]$/.exec(r.message);
    const head = m ? r.message.slice(0, m.index) : r.message;
    return { ...r, message: `${head} (for any value of ${names})${m ? m[0] : ""}` };
  });
}

// dist/src/engine/suppress.js
var DIRECTIVE = /(?:#|\/\/)\s*flowlog-lint-disable-next-line\s+([^\n]*?)\s*$/;
function scanCommentSuppressions(src, resourceEnd, out) {
  if (!src.text.includes("flowlog-lint-disable"))
    return;
  const text = src.text;
  const lines = text.split(/\r\n|\r|\n/);
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10)
        i++;
      starts.push(i + 1);
    }
  }
  for (let n = 0; n < lines.length; n++) {
    const m = DIRECTIVE.exec(lines[n] ?? "");
    if (!m)
      continue;
    const body = m[1] ?? "";
    const [rulesText, ...reasonParts] = body.split(" -- ");
    const rules = (rulesText ?? "").split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(" -- ").trim();
    const at = pos(src, (starts[n] ?? 0) + (m.index ?? 0), (starts[n] ?? 0) + (lines[n] ?? "").length);
    let k = n + 1;
    while (k < lines.length && /^\s*(#.*)?$/.test(lines[k] ?? ""))
      k++;
    const lineStart = (starts[k] ?? text.length) + ((lines[k] ?? "").length - (lines[k] ?? "").trimStart().length);
    const lineEnd = (starts[k] ?? text.length) + (lines[k] ?? "").length;
    const end = resourceEnd(lineStart) ?? lineEnd;
    out.push({ rules, reason, at, scope: pos(src, lineStart, Math.max(end, lineEnd)), kind: "comment", used: false });
  }
}
function applySuppressions(results, model, positions) {
  const extra = [];
  for (const s of model.suppressions) {
    if (!s.reason) {
      const lc = lineCol(s.at.src, s.at.start);
      extra.push({
        ruleId: "suppression/reason",
        severity: "error",
        status: "fail",
        message: `Suppression of ${s.rules.join(", ")} has no reason: write \`-- why\` after the rule ID (suppressions without a reason are ignored).`,
        file: s.at.src.path,
        line: lc.line,
        column: lc.column
      });
      continue;
    }
  }
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const p = positions.get(r);
    if (!p)
      continue;
    const s = model.suppressions.find((x) => x.reason && x.scope.src === p.src && p.start >= x.scope.start && p.start <= x.scope.end && (x.rules.includes(r.ruleId) || x.rules.includes("all")));
    if (s) {
      s.used = true;
      results[i] = { ...r, suppressed: { kind: s.kind === "comment" ? "inSource" : "inSource", justification: s.reason } };
    }
  }
  for (const s of model.suppressions) {
    if (s.used || !s.reason)
      continue;
    const lc = lineCol(s.at.src, s.at.start);
    extra.push({
      ruleId: "suppression/unused",
      severity: "warning",
      status: "fail",
      message: `This suppression of ${s.rules.join(", ")} matches no result: remove it.`,
      file: s.at.src.path,
      line: lc.line,
      column: lc.column
    });
  }
  return extra;
}

// dist/src/pipeline/finish.js
function suppressAndDedupe(run, out) {
  const { model } = out;
  const commented = [...run.yamlSources, ...run.perWorld.filter((p) => p.syntax === "yaml").map((p) => p.src), ...run.sessions.flatMap((s) => s.commentSources?.() ?? [])];
  for (const src of commented) {
    scanCommentSuppressions(src, (offset) => model.spans.find((s) => s.src === src && s.start === offset)?.end, model.suppressions);
  }
  for (const s of run.sessions)
    s.dispose?.();
  const extra = applySuppressions(out.results, model, out.positions);
  const consumed = new Set(run.sessions.flatMap((s) => [...s.consumed?.() ?? []]));
  const own = run.sessions.reduce((rs, s) => s.dropDuplicates?.(rs, out.checks) ?? rs, out.results);
  return [...run.errors, ...dedupeConsumed(sayForAnyValue(own, model), consumed), ...extra];
}
function runOutput(run, all, out) {
  const { checks, model } = out;
  const { files } = run.walked;
  if (run.errors.length)
    checks[PARSE_ERROR.id] = { pass: run.perWorld.length, fail: run.errors.length, unverifiable: 0 };
  return {
    results: sortResults(all),
    files: files.length - run.snapshotFiles - run.skipped,
    resources: resourceCount(model),
    checks,
    inputErrors: run.errors.length > 0 || all.some((r) => r.ruleId === INTERNAL_ERROR.id),
    skipped: run.skipped,
    empty: files.length - run.skipped === 0,
    model
  };
}
function sortResults(rs) {
  const cmp = (a, b) => {
    if (a === b)
      return 0;
    if (a === null || a === void 0)
      return 1;
    if (b === null || b === void 0)
      return -1;
    return a < b ? -1 : 1;
  };
  return [...rs].sort((a, b) => cmp(a.file, b.file) || cmp(a.source, b.source) || cmp(a.line, b.line) || cmp(a.column, b.column) || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message));
}

// dist/src/engine/worlds.js
var fileOf = (r) => r.origin.file?.path;
var Coupling = class {
  reloaded;
  parent = /* @__PURE__ */ new Map();
  separable = true;
  /** `reloaded`: the files loaded again per world (all others are the same in every world). */
  constructor(reloaded) {
    this.reloaded = reloaded;
  }
  find(x) {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r)
      r = this.parent.get(r);
    this.parent.set(x, r);
    return r;
  }
  union(records) {
    let first;
    for (const r of records) {
      if (!r)
        continue;
      const f = fileOf(r);
      if (f === void 0) {
        this.separable = false;
        return;
      }
      if (first === void 0)
        first = this.find(f);
      else {
        const b = this.find(f);
        if (b !== first)
          this.parent.set(b, first);
      }
    }
  }
  /** Adds one world's whole model and its links. */
  add(m, links) {
    if (!this.separable)
      return;
    if (m.identityPolicies.length || m.metricFilters.length || m.readErrors.length || m.unreadModules?.length)
      this.separable = false;
    for (const list of [m.flowLogs, m.buckets, m.roles])
      for (const r of list)
        if (r.env.org)
          this.separable = false;
    const vpcs = /* @__PURE__ */ new Map();
    for (const v of m.vpcs)
      vpcs.set(partsKey(v.vpcId), [...vpcs.get(partsKey(v.vpcId)) ?? [], v]);
    const lost = [];
    const coveredForGood = /* @__PURE__ */ new Set();
    for (const fl of m.flowLogs) {
      const rt = literal(fl.resourceType);
      for (const id of fl.resourceIds) {
        const p = partsOf(id);
        if (!p) {
          lost.push(fl);
          continue;
        }
        this.union([fl, ...vpcs.get(partsKey(p)) ?? []]);
        if ((rt === void 0 || rt === "VPC") && !this.reloaded.has(fileOf(fl) ?? ""))
          coveredForGood.add(partsKey(p));
      }
    }
    if (lost.length)
      this.union([...lost, ...m.vpcs.filter((v) => !coveredForGood.has(partsKey(v.vpcId)))]);
    for (const l of links.flowLogs) {
      const s = l.bucketScope;
      const groupKey = l.logGroup?.kmsKeyId ? links.keyByRef(l.logGroup.kmsKeyId).key : void 0;
      this.union([l.flowLog, s?.bucket, ...s?.policies ?? [], l.role, l.logGroup, groupKey, s?.bucket ? links.keyOf(s.bucket)?.key : void 0]);
    }
    for (const s of links.buckets)
      this.union([s.bucket, ...s.policies, ...s.flowLogs, s.bucket ? links.keyOf(s.bucket)?.key : void 0]);
  }
  /** The files to re-evaluate, or undefined when worlds cannot be split. */
  part() {
    if (!this.separable)
      return void 0;
    const roots = new Set([...this.reloaded].map((f) => this.find(f)));
    const out = new Set(this.reloaded);
    for (const f of this.parent.keys())
      if (roots.has(this.find(f)))
        out.add(f);
    return out;
  }
};
function restrictModel(m, files) {
  const keep = (xs) => xs.filter((r) => files.has(fileOf(r) ?? ""));
  return {
    flowLogs: keep(m.flowLogs),
    buckets: keep(m.buckets),
    bucketPolicies: keep(m.bucketPolicies),
    keys: keep(m.keys),
    roles: keep(m.roles),
    identityPolicies: keep(m.identityPolicies),
    logGroups: keep(m.logGroups),
    metricFilters: keep(m.metricFilters),
    vpcs: keep(m.vpcs),
    policies: keep(m.policies),
    parseIssues: m.parseIssues.filter((i) => files.has(i.pos.src.path)),
    suppressions: m.suppressions,
    spans: m.spans.filter((s) => files.has(s.src.path)),
    sources: m.sources.filter((s) => files.has(s.path)),
    readErrors: m.readErrors,
    ...m.unreadModules ? { unreadModules: m.unreadModules } : {},
    files: m.files,
    ...m.facts ? { facts: m.facts } : {}
  };
}
function resultKey(r) {
  return `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.status}|${r.resource ?? ""}|${r.message}`;
}
var worldSplitting = { enabled: true };
function roleState(m) {
  const saved = m.roles.map((r) => [r, [...r.policies], [...r.managedPolicyArns]]);
  return () => {
    for (const [r, policies, arns] of saved) {
      r.policies.splice(0, r.policies.length, ...policies);
      r.managedPolicyArns.splice(0, r.managedPolicyArns.length, ...arns);
    }
  };
}
function splitWorlds(count, load, resetLoads, reloaded, eligible, link, debug) {
  const models = [];
  let links0;
  let part;
  const untouched = [];
  const plan = (results) => {
    const first = models[0];
    if (!eligible || !worldSplitting.enabled || count < 2 || results.some((r) => !r.file))
      return;
    const undo = roleState(first);
    const c = new Coupling(reloaded);
    c.add(first, links0);
    for (let wi = 1; wi < count && c.separable; wi++) {
      const m = load(wi);
      models.push(m);
      c.add(m, link(m));
    }
    part = c.part();
    debug(part ? `later worlds re-evaluate ${part.size} of ${first.sources.length} file(s)` : "worlds cannot be split: each runs the rules over the whole model");
    if (!part) {
      undo();
      models.length = 1;
      resetLoads();
      return;
    }
    for (const r of results)
      if (!part.has(r.file))
        untouched.push(resultKey(r));
  };
  return {
    world(wi) {
      if (wi === 0) {
        const m = load(0);
        models.push(m);
        links0 = link(m);
        return { model: m, links: links0 };
      }
      if (!part) {
        const m = load(wi);
        return { model: m, links: link(m) };
      }
      const sub = restrictModel(models[wi], part);
      return { model: sub, links: link(sub) };
    },
    ran(wi, results, seenIn) {
      if (wi === 0)
        return plan(results);
      if (part)
        for (const k of untouched)
          seenIn.get(k)?.add(wi);
    }
  };
}

// dist/src/link/attach.js
function attachPolicies(m) {
  const rolesByName = /* @__PURE__ */ new Map();
  for (const role of m.roles) {
    if (!role.roleName.length)
      continue;
    const k = partsKey(role.roleName);
    rolesByName.set(k, [...rolesByName.get(k) ?? [], role]);
  }
  const policiesByArn = /* @__PURE__ */ new Map();
  for (const ip of m.identityPolicies)
    if (ip.arn?.length)
      policiesByArn.set(partsKey(ip.arn), ip);
  for (const ip of m.identityPolicies) {
    for (const ref of ip.attachedRoles) {
      const p = partsOf(ref);
      if (!p)
        continue;
      for (const role of rolesByName.get(partsKey(p)) ?? []) {
        if (!role.policies.includes(ip.doc))
          role.policies.push(ip.doc);
      }
    }
  }
  for (const role of m.roles) {
    const remaining = role.managedPolicyArns.filter((arnV) => {
      const p = partsOf(arnV);
      const found = p ? policiesByArn.get(partsKey(p)) : void 0;
      if (found && !role.policies.includes(found.doc))
        role.policies.push(found.doc);
      return !found;
    });
    role.managedPolicyArns.splice(0, role.managedPolicyArns.length, ...remaining);
  }
}

// dist/src/pipeline/worlds.js
var MAX_WORLDS = 8;
function loadWorld(run, world) {
  const model = emptyModel();
  mergeInto(model, run.base);
  model.files = run.base.files;
  model.sources.push(...run.base.sources);
  model.parseIssues.push(...run.base.parseIssues);
  const states = /* @__PURE__ */ new Map();
  const worldOpts = Object.assign({}, ...run.sessions.map((s) => s.beginWorld?.(world, states) ?? {}));
  run.worldStates.push(states);
  for (const doc of run.perWorld)
    loadPerWorld(run, model, doc, world, worldOpts);
  for (const s of run.sessions)
    s.addToWorld?.(model, world, states);
  attachPolicies(model);
  return model;
}
function loadPerWorld(run, model, doc, world, worldOpts) {
  const { src } = doc;
  let ok;
  try {
    const opts = { ...run.loadOpts, bindings: run.bindingsFor(src.path), assume: world.assume, undecided: world.undecided, ...worldOpts };
    ok = detectKind(doc.root).load?.({ model, src, opts }, doc.root) ?? false;
    linkDeclaredApart(model);
  } catch (e) {
    if (!(e instanceof InputError))
      throw e;
    if (world.assume.size === 0)
      run.errorAt(e.message, e.pos?.src ?? src, src.path, e.pos?.start ?? 0);
    return;
  }
  if (ok) {
    model.files++;
    model.sources.push(src);
    model.parseIssues.push(...doc.issues);
  } else
    run.debug(`${src.path}: not a recognised input; skipped`);
}
function loadFirstWorld(run) {
  const first = loadWorld(run, { assume: /* @__PURE__ */ new Map(), scenario: 0, undecided: run.undecided });
  run.worldStates.length = 0;
  return first;
}
function planWorlds(run) {
  const condWorlds = [];
  if (run.undecided.size === 0)
    condWorlds.push(/* @__PURE__ */ new Map());
  else {
    const names = [...run.undecided].sort();
    const combos = names.length <= 3 ? 1 << names.length : 2;
    for (let c = 0; c < Math.min(combos, MAX_WORLDS); c++) {
      const assume = /* @__PURE__ */ new Map();
      names.forEach((n, i) => assume.set(n, names.length <= 3 ? (c >> i & 1) === 0 : c === 0));
      condWorlds.push(assume);
    }
  }
  const nScenarios = Math.max(1, ...run.sessions.map((s) => s.scenarios?.() ?? 1));
  if (nScenarios * condWorlds.length > 2 * MAX_SCENARIOS && condWorlds.length > 2)
    condWorlds.splice(1, condWorlds.length - 2);
  const worlds = [];
  for (let si = 0; si < nScenarios; si++)
    for (const assume of condWorlds)
      worlds.push({ assume, scenario: si, undecided: /* @__PURE__ */ new Set() });
  if (worlds.length > 1)
    run.debug(`${worlds.length} worlds: ${nScenarios} parameter scenario(s) \xD7 ${condWorlds.length} assignment(s) of undecidable conditions`);
  return worlds;
}

// dist/src/pipeline/rules.js
function runWorlds(run, worlds, first) {
  const { opts } = run;
  const merged = /* @__PURE__ */ new Map();
  const positions = /* @__PURE__ */ new Map();
  let checks = {};
  let model = first;
  const seenIn = /* @__PURE__ */ new Map();
  const loadNth = (wi) => worlds.length === 1 ? first : loadWorld(run, { ...worlds[wi], undecided: /* @__PURE__ */ new Set() });
  const eligible = run.snapshotFiles === 0 && run.sessions.every((s) => s.splittable?.() ?? true);
  const reloaded = new Set(run.perWorld.map((p) => p.src.path));
  const split = splitWorlds(worlds.length, loadNth, () => void (run.worldStates.length = 1), reloaded, eligible, (m) => buildLinks(m, opts.accountIds, opts.organization), run.debug);
  worlds.forEach((_, wi) => {
    const { model: m, links } = split.world(wi);
    if (wi === 0)
      model = m;
    const out = runRules(opts.rules ?? RULES, m, links, { accountIds: opts.accountIds, severities: opts.severities, onError: (rule, err) => run.debug(`rule ${rule} failed: ${err instanceof Error ? err.stack ?? String(err) : String(err)}`) });
    if (wi === 0)
      checks = out.checks;
    split.ran(wi, out.results, seenIn);
    out.results.forEach((r, i) => {
      const key = resultKey(r);
      seenIn.set(key, (seenIn.get(key) ?? /* @__PURE__ */ new Set()).add(wi));
      if (merged.has(key))
        return;
      if (wi > 0)
        (checks[r.ruleId] ??= { pass: 0, fail: 0, unverifiable: 0 })[r.status]++;
      merged.set(key, r);
      const p = out.positions[i];
      if (p)
        positions.set(r, p);
    });
  });
  return { results: labelled(run, worlds.length, merged, seenIn, positions), checks, model, positions };
}
function labelled(run, nWorlds, merged, seenIn, positions) {
  const results = [];
  for (const [key, plain] of merged) {
    const label = nWorlds > 1 ? whenLabel(run, nWorlds, plain.file, seenIn.get(key) ?? /* @__PURE__ */ new Set()) : void 0;
    const res = label ? { ...plain, message: `${plain.message} [when ${label}]` } : plain;
    const p = positions.get(plain);
    if (p)
      positions.set(res, p);
    results.push(res);
  }
  return results;
}
function whenLabel(run, nWorlds, file, present) {
  if (!file)
    return void 0;
  const states = run.worldStates;
  const label = scenarioLabel(states.map((s) => s.get(file)), present) ?? (present.size < nWorlds ? scenarioLabel(states.map(combinedState), present) : void 0);
  const plan = run.sessions.map((s) => s.planOf?.(file)).find((p) => p !== void 0);
  return label && plan?.cappedFrom ? `${label}; ${plan.explored} of ${plan.cappedFrom} scenarios explored: defaults plus each ${plan.noun} changed alone` : label;
}

// dist/src/pipeline/state.js
function startRun(opts, walked) {
  const debug = opts.debug ?? (() => {
  });
  const errors = [];
  const errorAt = (message, src, file, offset) => {
    const lc = src && offset !== void 0 ? lineCol(src, offset) : { line: 1, column: 1 };
    if (errors.some((x) => x.file === file && x.message === message && x.line === lc.line))
      return;
    errors.push({ ruleId: PARSE_ERROR.id, severity: "error", status: "fail", message, file, line: lc.line, column: lc.column });
  };
  for (const m of walked.missing)
    errors.push({ ruleId: PARSE_ERROR.id, severity: "error", status: "fail", message: `No such file or folder: ${m}`, file: m.split("\\").join("/") });
  for (const u of walked.unreadable)
    errorAt(`Cannot read folder: ${u.reason}`, void 0, u.path);
  const bindings = runBindings(opts);
  const sessions = [];
  const bindingsFor = (path) => sessions.reduce((b, s) => s.bindingsFor?.(path, b) ?? b, bindings);
  const state = {
    opts,
    debug,
    walked,
    errors,
    errorAt,
    sessions,
    loadOpts: { debug },
    undecided: /* @__PURE__ */ new Set(),
    base: emptyModel(),
    perWorld: [],
    yamlSources: [],
    worldStates: [],
    bindingsFor,
    skipped: 0,
    snapshotFiles: 0,
    skip(display, why) {
      state.skipped++;
      debug(`${display}: skipped: ${why}`);
    }
  };
  const ctx = {
    paths: opts.paths,
    cwd: opts.cwd,
    files: walked.files,
    bindings,
    varFiles: opts.varFiles ?? [],
    parameters: opts.parameters ?? /* @__PURE__ */ new Map(),
    parameterFiles: opts.parameterFiles ?? [],
    debug,
    warn: opts.warn ?? debug,
    errorAt,
    bindingsFor,
    skip: (display, why) => state.skip(display, why),
    linkLoaded: linkDeclaredApart
  };
  for (const k of INPUTS)
    if (k.session)
      sessions.push(k.session(ctx));
  const sessionOpts = Object.assign({}, ...sessions.map((s) => s.loadOptions?.() ?? {}));
  Object.assign(state.loadOpts, { undecided: state.undecided, ...sessionOpts, ...opts.classify ? { classify: opts.classify } : {} });
  return state;
}
function runBindings(opts) {
  const bindings = /* @__PURE__ */ new Map();
  if (opts.accountIds.length === 1)
    bindings.set("AWS::AccountId", opts.accountIds[0]);
  bindings.set("AWS::Partition", opts.partition ?? "aws");
  return bindings;
}

// dist/src/lint.js
async function lintAsync(opts) {
  const w = walk(opts.paths, opts.cwd, opts.ignores ?? []);
  for (const kind of INPUTS)
    await kind.prepareAsync?.(w.files, opts.varFiles ?? []);
  const parallel = await (await import("./parallel-MPNXSEKS.mjs")).lintParallel(opts, w, sortResults);
  return parallel ?? lint(opts, w);
}
function lint(opts, walked) {
  const run = startRun(opts, walked ?? walk(opts.paths, opts.cwd, opts.ignores ?? []));
  collectInputs(run);
  const first = loadFirstWorld(run);
  const worlds = planWorlds(run);
  const out = runWorlds(run, worlds, first);
  const all = suppressAndDedupe(run, out);
  return runOutput(run, all, out);
}

export {
  DEFAULT_MAX_FILE_SIZE,
  sortResults,
  lintAsync,
  lint
};
