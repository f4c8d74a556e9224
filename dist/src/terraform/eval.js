// Terraform expressions → values. References (var., local., resources, data sources, modules)
// are answered by the module scope; this module knows the expression language only: templates,
// operators, conditionals, for-expressions, splats and the functions policy code uses.
import { concatParts, display, lit, literal, unknown } from '../model/value.js';
import { nodePos } from './hcl.js';
const named = (n) => n.namedChildren.filter((c) => !!c);
const ACCESSORS = new Set(['get_attr', 'index', 'splat', 'attr_splat', 'full_splat', 'legacy_index', 'new_index']);
const SPLATS = new Set(['splat', 'attr_splat', 'full_splat']);
export function evalExpr(n, scope, depth = 0) {
    const p = nodePos(scope.src, n);
    if (depth > 200)
        return unknown('expression nested too deeply', p);
    switch (n.type) {
        case 'expression':
        case 'expr_term': {
            const kids = named(n);
            const first = kids[0];
            if (!first)
                return unknown('empty expression', p);
            if (first.type === 'variable_expr')
                return reference(first, kids.slice(1), scope, depth, p);
            let v = evalExpr(first, scope, depth + 1);
            for (const acc of kids.slice(1))
                v = applyAccessor(v, accessorOf(acc, scope, depth), p);
            return kids.length > 1 ? withPos(v, p) : v;
        }
        case 'literal_value':
            return evalExpr(named(n)[0], scope, depth + 1);
        case 'numeric_lit':
            return { kind: 'num', value: Number(n.text), text: n.text, pos: p };
        case 'bool_lit':
            return { kind: 'bool', value: n.text === 'true', pos: p };
        case 'null_lit':
            return { kind: 'null', pos: p };
        case 'string_lit':
        case 'template_expr':
        case 'quoted_template':
        case 'heredoc_template':
            return template(n, scope, depth, p);
        case 'variable_expr':
            return reference(n, [], scope, depth, p);
        case 'collection_value':
            return evalExpr(named(n)[0], scope, depth + 1);
        case 'tuple':
            return { kind: 'arr', items: named(n).filter((c) => c.type === 'expression').map((c) => evalExpr(c, scope, depth + 1)), pos: p };
        case 'object': {
            const entries = [];
            for (const el of named(n).filter((c) => c.type === 'object_elem')) {
                const [k, v] = named(el).filter((c) => c.type === 'expression');
                if (!k || !v)
                    continue;
                const key = objectKey(k, scope, depth);
                if (key === undefined)
                    return unknown('an object key cannot be resolved', p);
                entries.push({ key, keyPos: nodePos(scope.src, k), value: evalExpr(v, scope, depth + 1) });
            }
            return { kind: 'obj', entries, pos: p };
        }
        case 'function_call':
            return call(n, scope, depth, p);
        case 'conditional': {
            const [c, a, b] = named(n).filter((x) => x.type === 'expression');
            if (!c || !a || !b)
                return unknown('malformed conditional', p);
            const cond = evalExpr(c, scope, depth + 1);
            if (cond.kind === 'bool')
                return evalExpr(cond.value ? a : b, scope, depth + 1);
            return unknown(`the condition \`${c.text}\` cannot be decided statically`, p);
        }
        case 'operation':
            return evalExpr(named(n)[0], scope, depth + 1);
        case 'unary_operation':
            return unary(n, scope, depth, p);
        case 'binary_operation':
            return binary(n, scope, depth, p);
        case 'for_expr':
            return forExpr(named(n)[0], scope, depth, p);
        case 'parenthesized_expression':
            return evalExpr(named(n).find((c) => c.type === 'expression'), scope, depth + 1);
        default: {
            const inner = named(n).find((c) => c.type === 'expression');
            if (inner)
                return evalExpr(inner, scope, depth + 1);
            return unknown(`\`${n.type}\` expressions are not evaluated`, p);
        }
    }
}
function withPos(v, p) {
    return { ...v, pos: p };
}
function objectKey(k, scope, depth) {
    // A bare identifier key (`Version = …`) is the key itself, not a reference.
    const kids = named(k);
    if (kids.length === 1 && kids[0]?.type === 'variable_expr')
        return kids[0].text;
    return literal(evalExpr(k, scope, depth + 1));
}
function accessorOf(acc, scope, depth) {
    if (acc.type === 'get_attr')
        return { kind: 'attr', name: named(acc)[0]?.text ?? '' };
    if (acc.type === 'index') {
        const inner = named(acc)[0];
        const e = inner ? named(inner).find((c) => c.type === 'expression') : undefined;
        if (inner?.type === 'legacy_index')
            return { kind: 'index', value: lit(inner.text.replace(/^\./, '')) };
        return { kind: 'index', value: e ? evalExpr(e, scope, depth + 1) : unknown('bad index') };
    }
    // `[*].arn` / `.*.arn`: the accessors inside the splat apply to every element.
    const inner = (n) => named(n).flatMap((c) => (SPLATS.has(c.type) ? inner(c) : ACCESSORS.has(c.type) ? [c] : []));
    return { kind: 'splat', rest: inner(acc).map((c) => accessorOf(c, scope, depth)) };
}
function reference(v, rest, scope, depth, p) {
    const name = v.text;
    const accessors = rest.map((a) => accessorOf(a, scope, depth));
    const bound = scope.vars?.get(name);
    if (bound) {
        let out = bound;
        for (const a of accessors)
            out = applyAccessor(out, a, p);
        return out;
    }
    return scope.ref(name, accessors, p);
}
export function applyAccessor(v, a, p) {
    if (v.kind === 'unknown')
        return v;
    if (a.kind === 'splat') {
        const items = v.kind === 'arr' ? v.items : v.kind === 'null' ? [] : [v];
        return { kind: 'arr', items: items.map((x) => a.rest.reduce((y, r) => applyAccessor(y, r, p), x)), pos: p };
    }
    if (a.kind === 'attr') {
        if (v.kind === 'obj') {
            const e = [...v.entries].reverse().find((x) => x.key === a.name);
            return e ? e.value : unknown(`no attribute ${a.name}`, p);
        }
        if (v.kind === 'arr')
            return { kind: 'arr', items: v.items.map((i) => applyAccessor(i, a, p)), pos: p };
        return unknown(`cannot read .${a.name} of a ${v.kind}`, p);
    }
    const key = literal(a.value);
    if (key === undefined)
        return unknown(a.value.kind === 'unknown' ? a.value.reason : 'the index cannot be resolved', p);
    if (v.kind === 'arr') {
        const i = Number(key);
        return v.items[i] ?? unknown(`index ${key} is out of range`, p);
    }
    if (v.kind === 'obj')
        return [...v.entries].reverse().find((x) => x.key === key)?.value ?? unknown(`no key ${key}`, p);
    return unknown(`cannot index a ${v.kind}`, p);
}
function decodeEscapes(s) {
    return s
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
        if (e[0] === 'u' || e[0] === 'U')
            return String.fromCodePoint(parseInt(e.slice(1), 16));
        return { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }[e] ?? `\\${e}`;
    })
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}
function template(n, scope, depth, p) {
    const quoted = n.type !== 'heredoc_template' && n.descendantsOfType('heredoc_start').length === 0;
    // "${x}" alone is x itself, whatever its type (Terraform's rule), and keeps x's position.
    const only = named(n).flatMap((c) => (c.type === 'quoted_template' ? named(c) : [c])).filter((c) => c.type !== 'quoted_template_start' && c.type !== 'quoted_template_end');
    if (only.length === 1 && only[0]?.type === 'template_interpolation') {
        const e = named(only[0]).find((x) => x.type === 'expression');
        if (e)
            return evalExpr(e, scope, depth + 1);
    }
    const pieces = [];
    let unknownReason;
    const walk = (node) => {
        for (const c of named(node)) {
            if (unknownReason)
                return;
            switch (c.type) {
                case 'template_literal':
                    pieces.push(quoted ? decodeEscapes(c.text) : c.text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'));
                    break;
                case 'template_interpolation': {
                    const e = named(c).find((x) => x.type === 'expression');
                    const v = e ? evalExpr(e, scope, depth + 1) : unknown('empty interpolation');
                    if (v.kind === 'str')
                        pieces.push(...v.parts);
                    else if (v.kind === 'num')
                        pieces.push(v.text);
                    else if (v.kind === 'bool')
                        pieces.push(String(v.value));
                    else
                        unknownReason = v.kind === 'unknown' ? v.reason : `\${${e?.text ?? ''}} is not a string`;
                    break;
                }
                case 'template_directive':
                    unknownReason = 'template directives (%{if}/%{for}) are not evaluated';
                    break;
                case 'quoted_template':
                case 'heredoc_template':
                case 'template_expr':
                case 'string_lit':
                    walk(c);
                    break;
                default:
                    break;
            }
        }
    };
    walk(n);
    if (unknownReason)
        return unknown(unknownReason, p);
    let parts = concatParts(pieces);
    const start = n.descendantsOfType('heredoc_start')[0];
    if (start?.text.startsWith('<<-'))
        parts = dedent(parts);
    const literalOnly = n.descendantsOfType(['template_interpolation', 'template_directive']).length === 0;
    return { kind: 'str', parts, pos: literalOnly ? contentPos(n, scope.src, p) : p };
}
/** For heredocs and quoted strings, the value's position is its content (so JSON inside can be
 * mapped back character by character when the content is literal). */
function contentPos(n, src, p) {
    const lits = n.descendantsOfType('template_literal').filter((x) => !!x);
    const first = lits[0];
    const last = lits[lits.length - 1];
    if (first && last)
        return { src, start: first.startIndex, end: last.endIndex };
    return p;
}
function dedent(parts) {
    const text = parts.map((x) => (typeof x === 'string' ? x : '\u0000')).join('');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const indent = Math.min(...lines.map((l) => l.length - l.trimStart().length));
    if (!Number.isFinite(indent) || indent === 0)
        return parts;
    const re = new RegExp(`(^|\\n)[ \\t]{${indent}}`, 'g');
    return parts.map((x) => (typeof x === 'string' ? x.replace(re, '$1') : x));
}
function num(v) {
    if (v.kind === 'num')
        return v.value;
    const t = literal(v);
    return t !== undefined && t.trim() !== '' && !Number.isNaN(Number(t)) ? Number(t) : undefined;
}
/** Operands of an operation: in this grammar a term and its accessors (`var` `.name` `[0]`) are
 * siblings, so group each term with the accessors that follow it. */
function operands(n) {
    const groups = [];
    for (const c of named(n)) {
        if (ACCESSORS.has(c.type) && groups.length)
            groups[groups.length - 1].push(c);
        else
            groups.push([c]);
    }
    return groups;
}
function evalOperand(g, scope, depth, p) {
    const [first, ...rest] = g ?? [];
    if (!first)
        return unknown('missing operand', p);
    if (first.type === 'variable_expr')
        return reference(first, rest, scope, depth, p);
    let v = evalExpr(first, scope, depth + 1);
    for (const acc of rest)
        v = applyAccessor(v, accessorOf(acc, scope, depth), p);
    return v;
}
function unary(n, scope, depth, p) {
    const op = n.children.find((c) => c && !c.isNamed)?.text;
    const v = evalOperand(operands(n)[0], scope, depth, p);
    if (v.kind === 'unknown')
        return v;
    if (op === '!' && v.kind === 'bool')
        return { kind: 'bool', value: !v.value, pos: p };
    const x = num(v);
    if (op === '-' && x !== undefined)
        return { kind: 'num', value: -x, text: String(-x), pos: p };
    return unknown(`cannot apply ${op ?? '?'}`, p);
}
function equalVals(a, b) {
    const la = literal(a);
    const lb = literal(b);
    if (a.kind === 'null' || b.kind === 'null')
        return a.kind === b.kind;
    if (la !== undefined && lb !== undefined)
        return la === lb;
    if (a.kind === 'str' && b.kind === 'str' && JSON.stringify(a.parts) === JSON.stringify(b.parts))
        return true;
    return undefined;
}
function binary(n, scope, depth, p) {
    const groups = operands(n);
    const op = n.children.find((c) => c && !c.isNamed)?.text ?? '';
    const a = evalOperand(groups[0], scope, depth, p);
    if (op === '&&' && a.kind === 'bool' && !a.value)
        return { kind: 'bool', value: false, pos: p };
    if (op === '||' && a.kind === 'bool' && a.value)
        return { kind: 'bool', value: true, pos: p };
    const b = evalOperand(groups[1], scope, depth, p);
    if (op === '==' || op === '!=') {
        const eq = equalVals(a, b);
        if (eq === undefined)
            return unknown(`\`${n.text}\` cannot be decided statically`, p);
        return { kind: 'bool', value: op === '==' ? eq : !eq, pos: p };
    }
    if (a.kind === 'unknown')
        return a;
    if (b.kind === 'unknown')
        return b;
    if (op === '&&' || op === '||') {
        if (a.kind !== 'bool' || b.kind !== 'bool')
            return unknown('logical operator on non-booleans', p);
        return { kind: 'bool', value: op === '&&' ? a.value && b.value : a.value || b.value, pos: p };
    }
    const x = num(a);
    const y = num(b);
    if (x === undefined || y === undefined)
        return unknown(`\`${n.text}\` needs numbers`, p);
    const res = {
        '+': () => ({ kind: 'num', value: x + y, text: String(x + y), pos: p }),
        '-': () => ({ kind: 'num', value: x - y, text: String(x - y), pos: p }),
        '*': () => ({ kind: 'num', value: x * y, text: String(x * y), pos: p }),
        '/': () => ({ kind: 'num', value: x / y, text: String(x / y), pos: p }),
        '%': () => ({ kind: 'num', value: x % y, text: String(x % y), pos: p }),
        '<': () => ({ kind: 'bool', value: x < y, pos: p }),
        '<=': () => ({ kind: 'bool', value: x <= y, pos: p }),
        '>': () => ({ kind: 'bool', value: x > y, pos: p }),
        '>=': () => ({ kind: 'bool', value: x >= y, pos: p }),
    };
    return res[op]?.() ?? unknown(`operator ${op} is not evaluated`, p);
}
function forExpr(n, scope, depth, p) {
    const kids = named(n);
    const intro = kids.find((c) => c.type === 'for_intro');
    if (!intro)
        return unknown('malformed for expression', p);
    const ids = named(intro).filter((c) => c.type === 'identifier').map((c) => c.text);
    const collExpr = named(intro).find((c) => c.type === 'expression');
    const coll = collExpr ? evalExpr(collExpr, scope, depth + 1) : unknown('no collection');
    if (coll.kind !== 'arr' && coll.kind !== 'obj')
        return coll.kind === 'unknown' ? unknown(coll.reason, p) : unknown('for over a non-collection', p);
    const bodies = kids.filter((c) => c.type === 'expression');
    const cond = kids.find((c) => c.type === 'for_cond');
    const condExpr = cond ? named(cond).find((c) => c.type === 'expression') : undefined;
    const pairs = coll.kind === 'arr' ? coll.items.map((v, i) => [{ kind: 'num', value: i, text: String(i) }, v]) : coll.entries.map((e) => [lit(e.key), e.value]);
    const isObject = n.type === 'for_object_expr';
    const items = [];
    const entries = [];
    for (const [k, v] of pairs) {
        const vars = new Map(scope.vars ?? []);
        if (ids.length === 2) {
            vars.set(ids[0], k);
            vars.set(ids[1], v);
        }
        else
            vars.set(ids[0], v);
        const inner = { ...scope, vars };
        if (condExpr) {
            const c = evalExpr(condExpr, inner, depth + 1);
            if (c.kind !== 'bool')
                return unknown('a for-expression filter cannot be decided statically', p);
            if (!c.value)
                continue;
        }
        if (isObject) {
            const key = literal(evalExpr(bodies[0], inner, depth + 1));
            if (key === undefined)
                return unknown('a for-expression key cannot be resolved', p);
            entries.push({ key, value: evalExpr(bodies[1], inner, depth + 1) });
        }
        else
            items.push(evalExpr(bodies[0], inner, depth + 1));
    }
    return isObject ? { kind: 'obj', entries, pos: p } : { kind: 'arr', items, pos: p };
}
/** Terraform's format(): verbs take the arguments in order; undefined when one is not a string. */
function formatParts(f, args) {
    const out = [];
    let i = 0;
    let last = 0;
    const re = /%(%|[-+ #0]*\d*(?:\.\d+)?[sdvqfxXbeEgGot])/g;
    let m;
    while ((m = re.exec(f))) {
        out.push(f.slice(last, m.index));
        last = m.index + m[0].length;
        if (m[1] === '%') {
            out.push('%');
            continue;
        }
        const v = args[i++];
        const sp = v ? strParts(v) : undefined;
        if (!sp)
            return undefined;
        out.push(...sp);
    }
    out.push(f.slice(last));
    return concatParts(out);
}
function listOf(v) {
    return v.kind === 'arr' ? [...v.items] : undefined;
}
function strParts(v) {
    if (v.kind === 'str')
        return v.parts;
    if (v.kind === 'num')
        return [v.text];
    if (v.kind === 'bool')
        return [String(v.value)];
    return undefined;
}
function call(n, scope, depth, p) {
    const kids = named(n);
    const name = kids[0]?.text ?? '';
    const argsNode = kids.find((c) => c.type === 'function_arguments');
    const argNodes = argsNode ? named(argsNode).filter((c) => c.type === 'expression') : [];
    const expand = argsNode ? argsNode.children.some((c) => c?.type === 'expand_args' || c?.text === '...') : false;
    if (name === 'try') {
        for (const a of argNodes) {
            const v = evalExpr(a, scope, depth + 1);
            if (v.kind !== 'unknown')
                return v;
        }
        return unknown('no try() argument could be resolved', p);
    }
    let args = argNodes.map((a) => evalExpr(a, scope, depth + 1));
    if (expand && args.length) {
        const last = args[args.length - 1];
        if (last.kind !== 'arr')
            return unknown('expanded arguments cannot be resolved', p);
        args = [...args.slice(0, -1), ...last.items];
    }
    const bad = args.find((a) => a.kind === 'unknown');
    const lazyOk = ['coalesce', 'merge', 'concat', 'compact', 'jsonencode', 'tolist', 'toset', 'tomap', 'flatten'];
    if (bad && !lazyOk.includes(name))
        return bad.kind === 'unknown' ? unknown(bad.reason, p) : bad;
    const a0 = args[0];
    switch (name) {
        case 'jsonencode':
        case 'tostring':
        case 'tolist':
        case 'toset':
        case 'tomap':
        case 'sensitive':
        case 'nonsensitive':
            return a0 ? withPos(a0, p) : unknown('missing argument', p);
        case 'jsondecode': {
            const t = a0 ? literal(a0) : undefined;
            if (t === undefined)
                return unknown('jsondecode of a value that cannot be resolved', p);
            try {
                return fromPlain(JSON.parse(t), p);
            }
            catch {
                return unknown('jsondecode of invalid JSON', p);
            }
        }
        case 'format': {
            const f = a0 ? literal(a0) : undefined;
            if (f === undefined)
                return unknown('format string cannot be resolved', p);
            const parts = formatParts(f, args.slice(1));
            return parts ? { kind: 'str', parts, pos: p } : unknown('format argument cannot be resolved', p);
        }
        case 'join': {
            const sep = a0 ? literal(a0) : undefined;
            const lists = args.slice(1).map(listOf);
            if (sep === undefined || lists.some((l) => !l))
                return unknown('join arguments cannot be resolved', p);
            const out = [];
            lists.flat().forEach((v, i) => {
                if (i)
                    out.push(sep);
                out.push(...(strParts(v) ?? ['\u0000']));
            });
            if (out.includes('\u0000'))
                return unknown('join of values that are not strings', p);
            return { kind: 'str', parts: concatParts(out), pos: p };
        }
        case 'formatlist': {
            const f = a0 ? literal(a0) : undefined;
            const lists = args.slice(1).map((x) => (x.kind === 'arr' ? x.items : undefined));
            if (f === undefined || lists.some((l) => !l))
                return unknown('formatlist arguments cannot be resolved', p);
            const n = Math.max(0, ...lists.map((l) => l.length));
            const items = [];
            for (let i = 0; i < n; i++) {
                const parts = formatParts(f, lists.map((l) => l[i] ?? unknown('missing')));
                if (!parts)
                    return unknown('formatlist argument cannot be resolved', p);
                items.push({ kind: 'str', parts, pos: p });
            }
            return { kind: 'arr', items, pos: p };
        }
        case 'concat': {
            const lists = args.map(listOf);
            if (lists.some((l) => !l))
                return unknown('concat of values that cannot be resolved', p);
            return { kind: 'arr', items: lists.flat(), pos: p };
        }
        case 'flatten': {
            const flat = (v) => (v.kind === 'arr' ? v.items.flatMap((x) => (x.kind === 'arr' ? (flat(x) ?? [x]) : [x])) : undefined);
            const r = a0 ? flat(a0) : undefined;
            return r ? { kind: 'arr', items: r, pos: p } : unknown('flatten of a value that cannot be resolved', p);
        }
        case 'compact': {
            const l = a0 ? listOf(a0) : undefined;
            return l ? { kind: 'arr', items: l.filter((x) => x.kind !== 'null' && literal(x) !== ''), pos: p } : unknown('compact cannot be resolved', p);
        }
        case 'distinct': {
            const l = a0 ? listOf(a0) : undefined;
            if (!l)
                return unknown('distinct cannot be resolved', p);
            const seen = new Set();
            return { kind: 'arr', items: l.filter((x) => (seen.has(display(x)) ? false : (seen.add(display(x)), true))), pos: p };
        }
        case 'merge': {
            if (args.some((x) => x.kind !== 'obj' && x.kind !== 'null'))
                return unknown('merge of values that cannot be resolved', p);
            const entries = args.flatMap((x) => (x.kind === 'obj' ? x.entries : []));
            return { kind: 'obj', entries, pos: p };
        }
        case 'coalesce': {
            for (const x of args) {
                if (x.kind === 'unknown')
                    return unknown(x.reason, p);
                if (x.kind !== 'null' && literal(x) !== '')
                    return x;
            }
            return unknown('coalesce found no value', p);
        }
        case 'length': {
            if (a0?.kind === 'arr')
                return { kind: 'num', value: a0.items.length, text: String(a0.items.length), pos: p };
            if (a0?.kind === 'obj')
                return { kind: 'num', value: a0.entries.length, text: String(a0.entries.length), pos: p };
            const t = a0 ? literal(a0) : undefined;
            return t !== undefined ? { kind: 'num', value: t.length, text: String(t.length), pos: p } : unknown('length cannot be resolved', p);
        }
        case 'element': {
            const l = a0 ? listOf(a0) : undefined;
            const i = args[1] ? num(args[1]) : undefined;
            if (!l || i === undefined || l.length === 0)
                return unknown('element cannot be resolved', p);
            return l[i % l.length];
        }
        case 'lookup': {
            const key = args[1] ? literal(args[1]) : undefined;
            if (a0?.kind !== 'obj' || key === undefined)
                return unknown('lookup cannot be resolved', p);
            return [...a0.entries].reverse().find((e) => e.key === key)?.value ?? args[2] ?? unknown(`lookup: no key ${key}`, p);
        }
        case 'lower':
        case 'upper': {
            const t = a0 ? literal(a0) : undefined;
            return t === undefined ? unknown(`${name} of a value that cannot be resolved`, p) : lit(name === 'lower' ? t.toLowerCase() : t.toUpperCase(), p);
        }
        case 'replace': {
            const [s, from, to] = args.map((x) => literal(x));
            if (s === undefined || from === undefined || to === undefined)
                return unknown('replace cannot be resolved', p);
            if (from.startsWith('/') && from.endsWith('/') && from.length > 1)
                return lit(s.replace(new RegExp(from.slice(1, -1), 'g'), to), p);
            return lit(s.split(from).join(to), p);
        }
        case 'trimspace': {
            const t = a0 ? literal(a0) : undefined;
            return t === undefined ? unknown('trimspace cannot be resolved', p) : lit(t.trim(), p);
        }
        case 'file':
        case 'templatefile': {
            const path = a0 ? literal(a0) : undefined;
            const f = path !== undefined ? scope.readFile?.(path) : undefined;
            if (!f)
                return unknown(`${name}(${path ?? '…'}) cannot be read`, p);
            if (name === 'file')
                return { kind: 'str', parts: [f.text], pos: { src: f.src, start: 0, end: f.text.length } };
            const vars = args[1];
            if (vars && vars.kind !== 'obj')
                return unknown('templatefile variables cannot be resolved', p);
            const out = [];
            let last = 0;
            const re = /\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}/g;
            let m;
            while ((m = re.exec(f.text))) {
                out.push(f.text.slice(last, m.index));
                last = m.index + m[0].length;
                const v = vars?.kind === 'obj' ? [...vars.entries].reverse().find((e) => e.key === m?.[1])?.value : undefined;
                const sp = v ? strParts(v) : undefined;
                if (!sp)
                    return unknown(`templatefile: \${${m[1]}} cannot be resolved`, p);
                out.push(...sp);
            }
            out.push(f.text.slice(last));
            if (/%\{/.test(f.text))
                return unknown('templatefile directives are not evaluated', p);
            return { kind: 'str', parts: concatParts(out), pos: p };
        }
        default:
            return unknown(`function ${name}() is not evaluated statically`, p);
    }
}
export function fromPlain(x, p) {
    const at = p ? { pos: p } : {};
    if (x === null)
        return { kind: 'null', ...at };
    if (typeof x === 'string')
        return lit(x, p);
    if (typeof x === 'number')
        return { kind: 'num', value: x, text: String(x), ...at };
    if (typeof x === 'boolean')
        return { kind: 'bool', value: x, ...at };
    if (Array.isArray(x))
        return { kind: 'arr', items: x.map((i) => fromPlain(i, p)), ...at };
    if (typeof x === 'object')
        return { kind: 'obj', entries: Object.entries(x).map(([key, v]) => ({ key, value: fromPlain(v, p) })), ...at };
    return unknown('unsupported value', p);
}
