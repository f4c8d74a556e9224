export const lit = (s, p) => ({ kind: 'str', parts: s === '' ? [] : [s], ...(p ? { pos: p } : {}) });
export const unknown = (reason, p) => ({ kind: 'unknown', reason, ...(p ? { pos: p } : {}) });
/** Joins parts, merging adjacent literal text. */
export function concatParts(...lists) {
    const out = [];
    for (const list of lists) {
        for (const p of list) {
            const last = out[out.length - 1];
            if (typeof p === 'string') {
                if (p === '')
                    continue;
                if (typeof last === 'string')
                    out[out.length - 1] = last + p;
                else
                    out.push(p);
            }
            else
                out.push(p);
        }
    }
    return out;
}
export function strVal(parts, p) {
    return { kind: 'str', parts: concatParts(parts), ...(p ? { pos: p } : {}) };
}
/** The literal text of a fully known string, else undefined. */
export function literal(v) {
    if (!v)
        return undefined;
    if (v.kind === 'str') {
        if (v.parts.length === 0)
            return '';
        if (v.parts.length === 1 && typeof v.parts[0] === 'string')
            return v.parts[0];
        return undefined;
    }
    if (v.kind === 'num')
        return v.text;
    if (v.kind === 'bool')
        return String(v.value);
    return undefined;
}
/** Literal text with every symbol replaced by one placeholder character (for shape checks such
 * as "ends with alias/aws/s3" that hold whatever the symbols are). */
export function shapeText(parts, placeholder = '\u0001') {
    return parts.map((p) => (typeof p === 'string' ? p : placeholder)).join('');
}
/** Display form: symbols as `${label}`. */
export function display(v) {
    if (!v)
        return '';
    if (Array.isArray(v))
        return v.map((p) => (typeof p === 'string' ? p : p.label.startsWith('<') ? p.label : `\${${p.label}}`)).join('');
    const val = v;
    switch (val.kind) {
        case 'str':
            return display(val.parts);
        case 'num':
            return val.text;
        case 'bool':
            return String(val.value);
        case 'null':
            return 'null';
        case 'unknown':
            return `<${val.reason}>`;
        case 'arr':
            return `[${val.items.map((i) => display(i)).join(', ')}]`;
        case 'obj':
            return '{…}';
    }
}
export function field(v, key) {
    if (!v || v.kind !== 'obj')
        return undefined;
    for (let i = v.entries.length - 1; i >= 0; i--) {
        const e = v.entries[i];
        if (e && e.key === key)
            return e.value;
    }
    return undefined;
}
/** Field lookup ignoring case (CloudFormation accepts `hiveCompatiblePartitions` as CDK writes it). */
export function fieldCI(v, key) {
    if (!v || v.kind !== 'obj')
        return undefined;
    const k = key.toLowerCase();
    for (let i = v.entries.length - 1; i >= 0; i--) {
        const e = v.entries[i];
        if (e && e.key.toLowerCase() === k)
            return e.value;
    }
    return undefined;
}
export function fieldEntry(v, key) {
    if (!v || v.kind !== 'obj')
        return undefined;
    for (let i = v.entries.length - 1; i >= 0; i--) {
        const e = v.entries[i];
        if (e && e.key === key)
            return e;
    }
    return undefined;
}
/** A value or list of values as a list (IAM's "string or array" elements). */
export function asList(v) {
    if (!v)
        return [];
    if (v.kind === 'arr')
        return [...v.items];
    return [v];
}
export function isStrLike(v) {
    return v.kind === 'str';
}
export function fromPNode(n) {
    switch (n.kind) {
        case 'scalar':
            if (typeof n.value === 'string')
                return lit(n.value, n.pos);
            if (typeof n.value === 'number')
                return { kind: 'num', value: n.value, text: n.text, pos: n.pos };
            if (typeof n.value === 'boolean')
                return { kind: 'bool', value: n.value, pos: n.pos };
            return { kind: 'null', pos: n.pos };
        case 'array':
            return { kind: 'arr', items: n.items.map(fromPNode), pos: n.pos };
        case 'object':
            return { kind: 'obj', entries: n.entries.map((e) => ({ key: e.key, keyPos: e.keyPos, value: fromPNode(e.value) })), pos: n.pos };
    }
}
/** Plain JS form for schema validation; symbols and unknowns become placeholder strings. */
export function toPlainVal(v) {
    switch (v.kind) {
        case 'str':
            return display(v.parts);
        case 'num':
            return v.value;
        case 'bool':
            return v.value;
        case 'null':
            return null;
        case 'unknown':
            return `<unknown>`;
        case 'arr':
            return v.items.map(toPlainVal);
        case 'obj': {
            const o = Object.create(null);
            for (const e of v.entries)
                o[e.key] = toPlainVal(e.value);
            return o;
        }
    }
}
/** A plain JSON value as a value without positions (live resources and snapshots have none). */
export function plainToVal(x) {
    if (x === null || x === undefined)
        return { kind: 'null' };
    if (typeof x === 'string')
        return lit(x);
    if (typeof x === 'number')
        return { kind: 'num', value: x, text: String(x) };
    if (typeof x === 'boolean')
        return { kind: 'bool', value: x };
    if (Array.isArray(x))
        return { kind: 'arr', items: x.map(plainToVal) };
    if (typeof x === 'object')
        return { kind: 'obj', entries: Object.entries(x).map(([key, v]) => ({ key, value: plainToVal(v) })) };
    return unknown('unsupported value');
}
