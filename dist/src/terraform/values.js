// Small helpers over model values for the Terraform language: constructors, conversions between
// primitive types as Terraform performs them, equality with symbols, and Terraform's ordering of
// sets and object keys. Shared by eval.ts, functions.ts and types.ts.
import { concatParts, literal, unknown } from '../model/value.js';
export const at = (p) => (p ? { pos: p } : {});
/** Canonical text of a number as Terraform prints it (`1.5`, not `1.50`). */
export function numText(x) {
    if (Object.is(x, -0))
        return '0';
    return String(x);
}
export const numV = (x, p) => ({ kind: 'num', value: x, text: numText(x), ...at(p) });
export const strV = (s, p) => ({ kind: 'str', parts: s === '' ? [] : [s], ...at(p) });
export const partsV = (parts, p) => ({ kind: 'str', parts: concatParts(parts), ...at(p) });
export const boolV = (b, p) => ({ kind: 'bool', value: b, ...at(p) });
export const arrV = (items, p) => ({ kind: 'arr', items, ...at(p) });
export const objV = (entries, p) => ({ kind: 'obj', entries, ...at(p) });
export const nullV = (p) => ({ kind: 'null', ...at(p) });
/** Terraform's string conversion of a primitive; undefined when not a known primitive. */
export function asText(v) {
    if (!v)
        return undefined;
    if (v.kind === 'num')
        return numText(v.value);
    return literal(v);
}
/** The parts of a string-like value (symbols kept); numbers and bools convert to text. */
export function asParts(v) {
    if (!v)
        return undefined;
    if (v.kind === 'str')
        return v.parts;
    if (v.kind === 'num')
        return [numText(v.value)];
    if (v.kind === 'bool')
        return [String(v.value)];
    return undefined;
}
/** Terraform's number conversion: numbers, and strings holding a number. */
export function asNumber(v) {
    if (!v)
        return undefined;
    if (v.kind === 'num')
        return v.value;
    const t = v.kind === 'str' ? literal(v) : undefined;
    if (t === undefined || !/^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(t))
        return undefined;
    return Number(t);
}
export function asBool(v) {
    if (!v)
        return undefined;
    if (v.kind === 'bool')
        return v.value;
    const t = v.kind === 'str' ? literal(v) : undefined;
    return t === 'true' ? true : t === 'false' ? false : undefined;
}
/** The first unknown inside a value (deep), so a collection with an unknown element is known to be
 * unknown where a whole-value answer is needed. */
export function firstUnknown(v) {
    if (v.kind === 'unknown')
        return v;
    if (v.kind === 'arr')
        for (const i of v.items) {
            const u = firstUnknown(i);
            if (u)
                return u;
        }
    if (v.kind === 'obj')
        for (const e of v.entries) {
            const u = firstUnknown(e.value);
            if (u)
                return u;
        }
    return undefined;
}
/** Has a string symbol anywhere (a value known only at apply time). */
export function hasSymbol(v) {
    if (v.kind === 'str')
        return v.parts.some((p) => typeof p !== 'string');
    if (v.kind === 'arr')
        return v.items.some(hasSymbol);
    if (v.kind === 'obj')
        return v.entries.some((e) => hasSymbol(e.value));
    return false;
}
/** Object entries with later duplicates winning, sorted by key as Terraform orders them. */
export function entriesOf(v) {
    const m = new Map();
    for (const e of v.entries)
        m.set(e.key, e);
    return [...m.values()].sort((a, b) => cmpStr(a.key, b.key));
}
/** Byte-wise string order (Go's), not locale order. */
export function cmpStr(a, b) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return Buffer.compare(x, y);
}
/**
 * Terraform equality: values of different types are unequal; collections compare deeply.
 * Undefined when the answer depends on a symbol or an unknown.
 */
export function equal(a, b) {
    if (a.kind === 'unknown' || b.kind === 'unknown')
        return undefined;
    if (a.kind === 'null' || b.kind === 'null')
        return a.kind === b.kind;
    if (a.kind !== b.kind)
        return false;
    if (a.kind === 'num' && b.kind === 'num')
        return a.value === b.value;
    if (a.kind === 'bool' && b.kind === 'bool')
        return a.value === b.value;
    if (a.kind === 'str' && b.kind === 'str') {
        const la = literal(a);
        const lb = literal(b);
        if (la !== undefined && lb !== undefined)
            return la === lb;
        if (JSON.stringify(a.parts) === JSON.stringify(b.parts))
            return true;
        // Different literal heads or tails cannot be equal whatever the symbols hold.
        const head = (v) => (typeof v.parts[0] === 'string' ? v.parts[0] : '');
        const tail = (v) => {
            const l = v.parts[v.parts.length - 1];
            return typeof l === 'string' ? l : '';
        };
        const [ha, hb] = [head(a), head(b)];
        const [ta, tb] = [tail(a), tail(b)];
        if (!(ha.startsWith(hb) || hb.startsWith(ha)) || !(ta.endsWith(tb) || tb.endsWith(ta)))
            return false;
        return undefined;
    }
    if (a.kind === 'arr' && b.kind === 'arr') {
        if (a.items.length !== b.items.length)
            return false;
        let all = true;
        for (let i = 0; i < a.items.length; i++) {
            const e = equal(a.items[i], b.items[i]);
            if (e === false)
                return false;
            if (e === undefined)
                all = undefined;
        }
        return all;
    }
    if (a.kind === 'obj' && b.kind === 'obj') {
        const ea = entriesOf(a);
        const eb = entriesOf(b);
        if (ea.length !== eb.length || ea.some((e, i) => e.key !== eb[i]?.key))
            return false;
        let all = true;
        for (let i = 0; i < ea.length; i++) {
            const e = equal(ea[i].value, eb[i].value);
            if (e === false)
                return false;
            if (e === undefined)
                all = undefined;
        }
        return all;
    }
    return false;
}
/** Terraform's set: duplicates removed; known strings and numbers in Terraform's order. */
function primitiveKey(v) {
    if (v.kind === 'num')
        return `n:${v.value}`;
    if (v.kind === 'bool')
        return `b:${v.value}`;
    if (v.kind === 'null')
        return 'null';
    if (v.kind === 'str') {
        const l = literal(v);
        return l === undefined ? undefined : `s:${l}`;
    }
    return undefined;
}
export function toSet(items, p) {
    // Literal primitives are deduplicated by key (linear: `toset(range(1000))` in a for_each is
    // evaluated per module instance); a literal primitive never equals anything else for sure, so
    // the other values are compared only among themselves.
    const out = [];
    const seen = new Set();
    const others = [];
    for (const i of items) {
        const k = primitiveKey(i);
        if (k !== undefined) {
            if (!seen.has(k))
                out.push(i);
            seen.add(k);
            continue;
        }
        if (!others.some((o) => equal(o, i) === true)) {
            out.push(i);
            others.push(i);
        }
    }
    if (out.every((i) => i.kind === 'num'))
        out.sort((x, y) => x.value - y.value);
    else if (out.every((i) => literal(i) !== undefined && i.kind === 'str'))
        out.sort((x, y) => cmpStr(literal(x), literal(y)));
    return arrV(out, p);
}
/**
 * The common primitive type of a list's elements as Terraform unifies them (tolist, conditional
 * results): mixed strings/numbers/bools become strings. Undefined when no conversion is needed
 * or possible here.
 */
export function unifyPrimitives(items, p) {
    const kinds = new Set(items.filter((i) => i.kind !== 'null').map((i) => i.kind));
    if (kinds.size <= 1)
        return undefined;
    if ([...kinds].every((k) => k === 'str' || k === 'num' || k === 'bool')) {
        return items.map((i) => (i.kind === 'null' || i.kind === 'str' ? i : partsV(asParts(i) ?? [], i.pos ?? p)));
    }
    return undefined;
}
export function unknownFrom(v, p) {
    return v.kind === 'unknown' ? unknown(v.reason, p ?? v.pos) : unknown('value cannot be resolved', p);
}
/** What Terraform itself would reject (try() and can() catch these, not values known later). */
const ERROR = 'Terraform would fail: ';
export const errorV = (reason, p) => unknown(`${ERROR}${reason}`, p);
export const isError = (v) => v.kind === 'unknown' && v.reason.startsWith(ERROR);
