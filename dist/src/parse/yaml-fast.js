// Fast YAML path: js-yaml builds the tree (several times faster than the `yaml` document API),
// and positions are computed only when something asks for one — a finding, a suppression — by
// parsing that one file again with the positioned parser (yaml.ts) and looking the node up by
// its path. Files without findings never pay for positions. Anything js-yaml rejects, and any
// document that differs from what the positioned parser accepts (duplicate keys, alias bombs),
// goes through the positioned parser directly, which reports the error with its place.
import jsyaml from 'js-yaml';
import { InputError } from './errors.js';
import { CFN_TAGS, parseYaml } from './yaml.js';
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
    try {
        data = jsyaml.load(src.text, { schema: SCHEMA, json: false });
    }
    catch {
        return parseYaml(src); // the positioned parser reports the error and its place
    }
    if (data === undefined || data === null || typeof data !== 'object')
        return parseYaml(src);
    const positions = new PathPositions(src);
    const budget = { nodes: 0, max: Math.max(200_000, src.text.length * 4) };
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
        return { kind: 'scalar', value: String(v), text: String(v), pos: p };
    };
    try {
        return { root: convert(data, new LazyPos(src, positions, undefined, ''), 0), issues: [] };
    }
    catch (e) {
        if (e instanceof TooLarge)
            return parseYaml(src);
        if (e instanceof InputError)
            throw e;
        throw e;
    }
}
