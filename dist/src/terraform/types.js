// Terraform type constraints of `variable` blocks, and the conversion Terraform applies to a
// variable's value (default, tfvars or module input) before anyone reads it: primitives convert
// (number → string…), object attributes missing or null take their `optional(type, default)`
// default at any depth, attributes not in the type are dropped, sets lose duplicates.
import { unknown } from '../model/value.js';
import { arrV, asBool, asNumber, asParts, entriesOf, errorV, hasSymbol, nullV, numV, objV, partsV, toSet } from './values.js';
const named = (n) => n.namedChildren.filter((c) => !!c);
/** The node under expression/expr_term/collection wrappers. */
function core(n) {
    let x = n;
    while (['expression', 'expr_term', 'collection_value', 'literal_value'].includes(x.type) && named(x).length === 1)
        x = named(x)[0];
    return x;
}
function args(call) {
    const a = named(call).find((c) => c.type === 'function_arguments');
    return a ? named(a).filter((c) => c.type === 'expression') : [];
}
/** Parses a type constraint; undefined when it is not one this module understands. */
export function parseType(n) {
    const c = core(n);
    if (c.type === 'variable_expr' || c.type === 'identifier') {
        const t = c.text;
        return t === 'string' || t === 'number' || t === 'bool' || t === 'any' ? { kind: t } : undefined;
    }
    if (c.type !== 'function_call')
        return undefined;
    const name = named(c)[0]?.text ?? '';
    const [a0] = args(c);
    if (!a0)
        return undefined;
    if (name === 'list' || name === 'set' || name === 'map') {
        const of = parseType(a0);
        return of ? { kind: name, of } : undefined;
    }
    if (name === 'tuple') {
        const t = core(a0);
        if (t.type !== 'tuple')
            return undefined;
        const items = named(t).filter((x) => x.type === 'expression').map(parseType);
        return items.every((x) => !!x) ? { kind: 'tuple', items } : undefined;
    }
    if (name === 'object') {
        const o = core(a0);
        if (o.type !== 'object')
            return undefined;
        const attrs = new Map();
        for (const el of named(o).filter((x) => x.type === 'object_elem')) {
            const [k, v] = named(el).filter((x) => x.type === 'expression');
            if (!k || !v)
                return undefined;
            const key = core(k).text.replace(/^"|"$/g, '');
            const vc = core(v);
            if (vc.type === 'function_call' && named(vc)[0]?.text === 'optional') {
                const [t, d] = args(vc);
                const type = t ? parseType(t) : undefined;
                if (!type)
                    return undefined;
                attrs.set(key, { type, optional: true, ...(d ? { default: d } : {}) });
            }
            else {
                const type = parseType(v);
                if (!type)
                    return undefined;
                attrs.set(key, { type, optional: false });
            }
        }
        return { kind: 'object', attrs };
    }
    return undefined;
}
/**
 * Converts a value to a type as Terraform does for variables. `evalDefault` evaluates an
 * `optional()` default expression. Symbols pass through string conversion; unknowns stay unknown.
 */
export function convert(v, t, evalDefault, p, path = 'value') {
    if (v.kind === 'unknown' || t.kind === 'any')
        return v;
    if (v.kind === 'null')
        return v;
    const at = v.pos ?? p;
    switch (t.kind) {
        case 'string': {
            const parts = asParts(v);
            return parts ? (v.kind === 'str' ? v : partsV(parts, at)) : errorV(`${path}: a string is required`, at);
        }
        case 'number': {
            if (v.kind === 'num')
                return v;
            if (v.kind === 'str' && hasSymbol(v))
                return unknown(`${path} is known only at apply time`, at);
            const x = asNumber(v);
            return x === undefined ? errorV(`${path}: a number is required`, at) : numV(x, at);
        }
        case 'bool': {
            if (v.kind === 'bool')
                return v;
            if (v.kind === 'str' && hasSymbol(v))
                return unknown(`${path} is known only at apply time`, at);
            const b = asBool(v);
            return b === undefined ? errorV(`${path}: a bool is required`, at) : { kind: 'bool', value: b, ...(at ? { pos: at } : {}) };
        }
        case 'list':
        case 'set': {
            if (v.kind !== 'arr')
                return errorV(`${path}: a ${t.kind} is required`, at);
            const items = v.items.map((x, i) => convert(x, t.of, evalDefault, p, `${path}[${i}]`));
            return t.kind === 'set' && !items.some((x) => x.kind === 'unknown' || (x.kind === 'str' && hasSymbol(x))) ? toSet(items, at) : arrV(items, at);
        }
        case 'tuple': {
            if (v.kind !== 'arr' || v.items.length !== t.items.length)
                return errorV(`${path}: a tuple of ${t.items.length} elements is required`, at);
            return arrV(v.items.map((x, i) => convert(x, t.items[i], evalDefault, p, `${path}[${i}]`)), at);
        }
        case 'map': {
            if (v.kind !== 'obj')
                return errorV(`${path}: a map is required`, at);
            return objV(entriesOf(v).map((e) => ({ key: e.key, value: convert(e.value, t.of, evalDefault, p, `${path}.${e.key}`) })), at);
        }
        case 'object': {
            if (v.kind !== 'obj')
                return errorV(`${path}: an object is required`, at);
            const given = new Map(entriesOf(v).map((e) => [e.key, e]));
            const out = [];
            for (const [key, a] of t.attrs) {
                const e = given.get(key);
                let value = e?.value;
                if (value === undefined && !a.optional)
                    return errorV(`${path}: attribute "${key}" is required`, at);
                if (value === undefined || value.kind === 'null')
                    value = a.default ? evalDefault(a.default) : nullV(at);
                out.push({ key, ...(e?.keyPos ? { keyPos: e.keyPos } : {}), value: convert(value, a.type, evalDefault, p, `${path}.${key}`) });
            }
            return objV(out, at);
        }
    }
}
