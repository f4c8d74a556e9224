// Fast YAML path: js-yaml builds the tree (several times faster than the `yaml` document API),
// and its `listener` records every node's offsets during that same parse (yaml-offsets.ts), so
// positions cost one integer array per file: no second parse, no position object per node (a node
// is its own position). Anything js-yaml rejects, and any document that differs from what the
// positioned parser accepts (duplicate keys, alias bombs), goes through the positioned parser
// directly, which reports the error with its place. A document whose event stream cannot be paired
// with the loaded data (empty sequence items, `[a: 1]` pairs, small-integer keys whose order the
// loaded object changes, ...) keeps the old lazy lookup: positions by path from one parse by the
// positioned parser, made on first use.
import jsyaml from 'js-yaml';
import { CFN_TAGS, parseYaml } from './yaml.js';
import { K_MAP, K_NONE, K_SEQ, YamlOffsets } from './yaml-offsets.js';
class Tagged {
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
}
class NumText {
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
        return 'NumText';
    }
}
// YAML 1.2 core schema resolution (as the `yaml` package does it), keeping numbers' source text.
const nullType = new jsyaml.Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (d) => /^(?:~|null|Null|NULL)?$/.test(d),
    construct: () => null,
});
const boolType = new jsyaml.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (d) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(d),
    construct: (d) => /^t/i.test(d),
});
const numType = new jsyaml.Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (d) => /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(d),
    construct: (d) => new NumText(d),
});
const tagTypes = Object.entries(CFN_TAGS).flatMap(([tag, longForm]) => ['scalar', 'sequence', 'mapping'].map((kind) => new jsyaml.Type(tag, { kind, construct: (data) => new Tagged(longForm, tag, data, kind) })));
const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, numType], explicit: tagTypes });
function numValue(text) {
    if (/^0o/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^0x/.test(text))
        return parseInt(text.slice(2), 16);
    if (/\.(inf|Inf|INF)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/\.(nan|NaN|NAN)$/.test(text))
        return NaN;
    return Number(text);
}
/** Positions by path, from one positioned parse of the file, made on first use. */
class PathPositions {
    src;
    map;
    constructor(src) {
        this.src = src;
    }
    get(key) {
        if (!this.map) {
            this.map = new Map();
            const walk = (n, path) => {
                this.map?.set(path, n.pos);
                if (n.kind === 'object') {
                    for (const e of n.entries) {
                        this.map?.set(`${path}\u0000${e.key}\u0000#key`, e.keyPos);
                        walk(e.value, `${path}\u0000${e.key}`);
                    }
                }
                else if (n.kind === 'array')
                    n.items.forEach((it, i) => walk(it, `${path}\u0000${i}`));
            };
            walk(parseYaml(this.src).root, '');
        }
        return this.map.get(key);
    }
}
/** A position resolved on first read. It stores only its parent and its own path segment (a
 * whole path string per node would cost more memory than the tree). */
class LazyPos {
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
        return this.parent ? `${this.parent.key()}\u0000${this.segment}` : this.segment;
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
}
class TooLarge extends Error {
}
export function parseYamlFast(src) {
    let data;
    const offsets = new YamlOffsets(src.text, (r) => (r instanceof Tagged ? r.data : r));
    try {
        data = jsyaml.load(src.text, { schema: SCHEMA, json: false, listener: offsets.listener });
    }
    catch {
        return parseYaml(src); // the positioned parser reports the error and its place
    }
    offsets.done();
    if (data === undefined || data === null || typeof data !== 'object')
        return parseYaml(src);
    const budget = { nodes: 0, max: Math.max(200_000, src.text.length * 4) };
    try {
        try {
            if (hasLoneCR(src.text))
                throw new Mismatch();
            return { root: new OffsetConverter(src, offsets, budget).node(data, 0, 0), issues: [] };
        }
        catch (e) {
            if (!(e instanceof Mismatch))
                throw e;
            budget.nodes = 0;
            return { root: convertLazy(src, data, budget), issues: [] };
        }
    }
    catch (e) {
        if (e instanceof TooLarge)
            return parseYaml(src);
        throw e;
    }
}
/** A carriage return not followed by a line feed: the two parsers disagree on whether it ends a
 * line, so such (rare) files take the lazy path. */
function hasLoneCR(text) {
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1))
        if (text.charCodeAt(i + 1) !== 10)
            return true;
    return false;
}
/** The event stream does not pair with the loaded data; the file takes the lazy path. */
class Mismatch extends Error {
}
// Nodes that are their own positions: `pos` (and an entry's `keyPos`) return the node itself, so
// a position costs three fields on an object that exists anyway.
class YScalar {
    value;
    text;
    src;
    start;
    end;
    kind = 'scalar';
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
}
class YArray {
    items;
    src;
    start;
    end;
    kind = 'array';
    constructor(items, src, start, end) {
        this.items = items;
        this.src = src;
        this.start = start;
        this.end = end;
    }
    get pos() {
        return this;
    }
}
class YObject {
    entries;
    src;
    start;
    end;
    tag;
    kind = 'object';
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
}
class YEntry {
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
}
/** Array-index keys come first in `Object.keys`, out of document order. */
const INDEX_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
/** Builds the tree from the loaded data and the event offsets, walking both in step. */
class OffsetConverter {
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
            if (this.text.charCodeAt(cs) !== 42 /* * */)
                return i;
            const target = this.o.anchors?.get(this.aliasName(cs));
            if (target === undefined)
                throw new Mismatch();
            i = target;
        }
        throw new Mismatch();
    }
    aliasName(cs) {
        const t = this.text;
        let p = cs + 1;
        while (p < t.length && !/[\s,[\]{}]/.test(t[p] ?? ' '))
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
        if (this.o.kind(i) === K_MAP && out.length % 2 === 1 && stray !== undefined && this.o.kind(stray) === K_NONE)
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
        if (c === 124 /* | */ || c === 62 /* > */)
            return this.o.blockScalarEnd(cs, this.o.close(i));
        if (c === 91 /* [ */ || c === 123 /* { */)
            return this.o.close(i);
        if (typeof v === 'object' && v !== null && !(v instanceof NumText) && !(v instanceof Tagged && v.kind === 'scalar')) {
            // A block collection ends where its last entry ends (with that entry's trailing comment).
            return this.nodeEnd(this.lastChild(i));
        }
        return this.o.trimBack(this.o.close(i), cs);
    }
    /** Where an empty node sits: right after the indicator before it and any blanks. */
    emptyAt(i) {
        let p = this.o.open(i);
        while (this.text.charCodeAt(p) === 32 || this.text.charCodeAt(p) === 9)
            p++;
        // An empty node with a `!tag` or `&anchor` (`Key: !`, or `&a` alone on the next line): rare,
        // lazy path.
        const props = this.text.slice(p, this.o.close(i));
        if (props.includes('!') || props.includes('&'))
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
        if (c === 42 /* * */)
            return this.o.lineEndAfter(cs + 1 + this.aliasName(cs).length);
        const kind = this.o.kind(i);
        if (kind === K_NONE) {
            // The `yaml` package lets an empty last entry take comments after it in ways that depend on
            // blank lines and the next key's indentation; such files keep the lazy path.
            const at = this.emptyAt(i);
            if (t.slice(at, this.o.close(i)).includes('#'))
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
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === 32 || c === 9)
                p++;
            else if (c === 10 || c === 13)
                lineStart = ++p;
            else
                break;
        }
        if (t.charCodeAt(p) !== 35 /* # */ || p - lineStart < cs - (t.lastIndexOf('\n', cs - 1) + 1))
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
            if (v.longForm === 'Fn::GetAtt' && v.kind === 'scalar' && typeof v.data === 'string') {
                const dot = v.data.indexOf('.');
                const parts = dot < 0 ? [v.data] : [v.data.slice(0, dot), v.data.slice(dot + 1)];
                inner = new YArray(parts.map((s) => new YScalar(s, s, src, cs, end)), src, cs, end);
            }
            else
                inner = this.content(v.data ?? (v.kind === 'mapping' ? {} : v.kind === 'sequence' ? [] : ''), i, cs, end, depth + 1);
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
                return new YScalar(null, 'null', src, at, at);
            }
            return new YScalar(null, 'null', src, cs, end);
        }
        if (typeof v === 'string' || typeof v === 'boolean')
            return new YScalar(v, typeof v === 'string' ? v : String(v), src, cs, end);
        if (Array.isArray(v)) {
            const kids = this.children(i);
            if (kids.length !== v.length)
                throw new Mismatch();
            return new YArray(v.map((it, k) => this.node(it, kids[k] ?? 0, depth + 1)), src, cs, end);
        }
        if (typeof v === 'object') {
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
        // Objects and arrays were handled above: what is left is a scalar js-yaml made (a number).
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar here, never an object
        return new YScalar(String(v), String(v), src, cs, end);
    }
}
function convertLazy(src, data, budget) {
    const positions = new PathPositions(src);
    const convert = (v, p, depth) => {
        if (++budget.nodes > budget.max || depth > 500)
            throw new TooLarge();
        const at = (seg, base = p) => new LazyPos(src, positions, base, String(seg));
        if (v instanceof Tagged) {
            let inner;
            if (v.longForm === 'Fn::GetAtt' && v.kind === 'scalar' && typeof v.data === 'string') {
                const dot = v.data.indexOf('.');
                const parts = dot < 0 ? [v.data] : [v.data.slice(0, dot), v.data.slice(dot + 1)];
                const ip = at(v.longForm);
                inner = { kind: 'array', items: parts.map((s, i) => ({ kind: 'scalar', value: s, text: s, pos: at(i, ip) })), pos: ip };
            }
            else
                inner = convert(v.data ?? (v.kind === 'mapping' ? {} : v.kind === 'sequence' ? [] : ''), at(v.longForm), depth + 1);
            return { kind: 'object', entries: [{ key: v.longForm, keyPos: p, value: inner }], pos: p, tag: v.tag };
        }
        if (v instanceof NumText)
            return { kind: 'scalar', value: numValue(v.text), text: v.text, pos: p };
        if (v === null || typeof v === 'string' || typeof v === 'boolean')
            return { kind: 'scalar', value: v, text: typeof v === 'string' ? v : String(v), pos: p };
        if (Array.isArray(v))
            return { kind: 'array', items: v.map((it, i) => convert(it, at(i), depth + 1)), pos: p };
        if (typeof v === 'object') {
            const entries = Object.keys(v).map((k) => {
                const vp = at(k);
                return { key: k, keyPos: at('#key', vp), value: convert(v[k], vp, depth + 1) };
            });
            return { kind: 'object', entries, pos: p };
        }
        // Objects and arrays were handled above: what is left is a scalar js-yaml made (a number).
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar here, never an object
        return { kind: 'scalar', value: String(v), text: String(v), pos: p };
    };
    return convert(data, new LazyPos(src, positions, undefined, ''), 0);
}
/** The lazy path-lookup positions for a document js-yaml loads: the fallback above, and the
 * reference the offset positions are tested against. */
export function parseYamlLazy(src) {
    const data = jsyaml.load(src.text, { schema: SCHEMA, json: false });
    // Same node budget as parseYamlFast (an alias bomb throws here instead of expanding).
    return { root: convertLazy(src, data, { nodes: 0, max: Math.max(200_000, src.text.length * 4) }), issues: [] };
}
