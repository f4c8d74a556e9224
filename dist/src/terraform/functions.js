// Terraform's pure built-in functions over model values (the list is in docs/terraform.md and is
// checked against `terraform console` by test/terraform/differential.test.ts). A function that
// needs literal text gets unknown naming the function when its argument holds a symbol (a value
// known only at apply time); an unsupported function is unknown naming it — never a dropped value.
import { createHash } from 'node:crypto';
import { load as yamlLoad } from 'js-yaml';
import { concatParts, literal, unknown } from '../model/value.js';
import { MAX_LIST_ITEMS, quoteValue } from './budgets.js';
import { cidrhost, cidrnetmask, cidrsubnet, cidrsubnets } from './cidr.js';
import { formatdate, timeadd, timecmp } from './dates.js';
import { errorV, arrV, asBool, asNumber, asParts, asText, boolV, entriesOf, equal, firstUnknown, hasSymbol, nullV, numV, objV, partsV, strV, toSet, unifyPrimitives } from './values.js';
class FnError extends Error {
}
/** The answer depends on a value known only at apply time: unknown, not an error. */
class NotKnown extends Error {
}
const fail = (m) => {
    throw new FnError(m);
};
const notKnown = (m) => {
    throw new NotKnown(m);
};
function text(v, what) {
    if (v?.kind === 'str' && hasSymbol(v))
        notKnown(`${what} is known only at apply time`);
    const t = asText(v);
    if (t === undefined || v?.kind === 'null')
        return fail(`${what} is not a string`);
    return t;
}
function number(v, what) {
    const n = asNumber(v);
    if (n === undefined)
        return fail(`${what} is not a number`);
    return n;
}
function int(v, what) {
    const n = number(v, what);
    if (!Number.isInteger(n))
        fail(`${what} must be a whole number`);
    return n;
}
function list(v, what) {
    if (v?.kind !== 'arr')
        return fail(`${what} is not a list`);
    return v.items;
}
function map(v, what) {
    if (v?.kind !== 'obj')
        return fail(`${what} is not a map`);
    return entriesOf(v);
}
const chars = (s) => [...s];
/** Functions that take unknown arguments themselves (the rest give unknown when one is). */
const LAZY = new Set(['coalesce', 'merge', 'concat', 'compact', 'tolist', 'toset', 'tomap', 'flatten', 'length', 'one', 'contains', 'element', 'lookup', 'slice', 'reverse', 'keys', 'values', 'jsonencode', 'sensitive', 'nonsensitive', 'tostring', 'coalescelist', 'distinct', 'zipmap', 'index']);
const strFn = (name, f) => ([s, ...rest], p) => {
    const r = f(text(s, `${name}() argument`), ...rest);
    return typeof r === 'string' ? strV(r, p) : r;
};
function goQuote(s) {
    return JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** Terraform's format() (Go fmt verbs as cty implements them). %s and %v keep symbols. */
export function formatParts(f, args) {
    const out = [];
    let i = 0;
    let last = 0;
    const re = /%(%|([-+ #0]*)(\d*)(?:\.(\d+))?([sdvqfxXbeEgGotT]))/g;
    let m;
    while ((m = re.exec(f))) {
        out.push(f.slice(last, m.index));
        last = m.index + m[0].length;
        if (m[1] === '%') {
            out.push('%');
            continue;
        }
        const [, , flags = '', widthS = '', precS, verb = '?'] = m;
        const v = args[i++];
        if (!v)
            return fail('format: not enough arguments');
        out.push(...formatArg({ flags, width: widthS ? Number(widthS) : 0, prec: precS !== undefined ? Number(precS) : undefined, verb }, v));
    }
    if (i < args.length)
        fail('format: too many arguments');
    out.push(f.slice(last));
    return concatParts(out);
}
/** One argument by its verb. A symbol passes through %s and %v untouched (no width or precision
 * to apply to text that is known only at apply time). */
function formatArg(spec, a) {
    if (a.kind === 'unknown')
        return fail(a.reason);
    if ((spec.verb === 's' || spec.verb === 'v') && a.kind === 'str' && hasSymbol(a) && !spec.width && spec.prec === undefined)
        return a.parts;
    const verb = Object.hasOwn(VERBS, spec.verb) ? VERBS[spec.verb] : undefined;
    if (!verb)
        return fail(`format verb %${spec.verb} is not evaluated`);
    return [padded(spec, verb(a, spec))];
}
/** Pads to the width: left-aligned with `-`, zero-filled after the sign with `0` (not for text). */
function padded({ flags, width, verb }, s) {
    if (s.length >= width)
        return s;
    if (flags.includes('-'))
        return s.padEnd(width);
    if (flags.includes('0') && verb !== 's' && verb !== 'q') {
        const neg = s.startsWith('-') || s.startsWith('+');
        return neg ? s[0] + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
    }
    return s.padStart(width);
}
/** `+` and ` ` flags: a sign (or a space) before a number that is not negative. */
function signed({ flags }, x, s) {
    return x >= 0 && flags.includes('+') ? `+${s}` : x >= 0 && flags.includes(' ') ? ` ${s}` : s;
}
/** %b %o %x %X: a whole number in that base; %x and %X of a string are its UTF-8 bytes in hex. */
function formatInBase(a, spec) {
    const { verb } = spec;
    const x = a.kind === 'str' && verb !== 'b' && verb !== 'o' && asNumber(a) === undefined ? undefined : int(a, `format %${verb} argument`);
    if (x === undefined) {
        const hex = Buffer.from(text(a, 'format argument'), 'utf8').toString('hex');
        return verb === 'X' ? hex.toUpperCase() : hex;
    }
    const base = verb === 'b' ? 2 : verb === 'o' ? 8 : 16;
    const r = Math.abs(x).toString(base);
    return signed(spec, x, (x < 0 ? '-' : '') + (verb === 'X' ? r.toUpperCase() : r));
}
/** %e %E: Go writes at least two exponent digits (1e+06, not 1e+6). */
function formatExponent(a, spec) {
    const x = number(a, 'format %e argument');
    const r = x.toExponential(spec.prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
    return signed(spec, x, spec.verb === 'E' ? r.toUpperCase() : r);
}
function formatShortest(a, spec) {
    const x = number(a, 'format %g argument');
    return signed(spec, x, String(x));
}
/** The text of one argument per verb, before padding; %T (the type) is not evaluated. */
const VERBS = {
    s: (a, { prec }) => {
        const s = text(a, 'format %s argument');
        return prec !== undefined ? chars(s).slice(0, prec).join('') : s;
    },
    v: (a) => (a.kind === 'arr' || a.kind === 'obj' ? JSON.stringify(plain(a)) : a.kind === 'null' ? 'null' : text(a, 'format %v argument')),
    q: (a) => goQuote(text(a, 'format %q argument')),
    t: (a) => {
        const b = asBool(a);
        return b === undefined ? fail('format %t needs a bool') : String(b);
    },
    d: (a, spec) => {
        const x = int(a, 'format %d argument');
        return signed(spec, x, String(x));
    },
    b: formatInBase,
    o: formatInBase,
    x: formatInBase,
    X: formatInBase,
    f: (a, spec) => {
        const x = number(a, 'format %f argument');
        return signed(spec, x, x.toFixed(spec.prec ?? 6));
    },
    e: formatExponent,
    E: formatExponent,
    g: formatShortest,
    G: formatShortest,
};
/** Plain JSON of a fully known value (keys in Terraform's order). */
export function plain(v) {
    switch (v.kind) {
        case 'str':
            if (hasSymbol(v))
                notKnown('value is known only at apply time');
            return literal(v);
        case 'num':
            return v.value;
        case 'bool':
            return v.value;
        case 'null':
            return null;
        case 'arr':
            return v.items.map(plain);
        case 'obj':
            return Object.fromEntries(entriesOf(v).map((e) => [e.key, plain(e.value)]));
        case 'unknown':
            return fail(v.reason);
    }
}
export function fromJson(x, p) {
    if (x === null || x === undefined)
        return nullV(p);
    if (typeof x === 'string')
        return strV(x, p);
    if (typeof x === 'number')
        return numV(x, p);
    if (typeof x === 'boolean')
        return boolV(x, p);
    if (x instanceof Date)
        return strV(x.toISOString().replace('.000Z', 'Z'), p);
    if (Array.isArray(x))
        return arrV(x.map((i) => fromJson(i, p)), p);
    return objV(Object.entries(x).map(([key, v]) => ({ key, value: fromJson(v, p) })), p);
}
function regexOf(pattern) {
    // RE2 syntax: named groups are (?P<name>…); JavaScript needs (?<name>…).
    try {
        return new RegExp(pattern.replace(/\(\?P</g, '(?<'), 'u');
    }
    catch {
        return fail(`regex ${JSON.stringify(pattern)} is not valid`);
    }
}
function matchValue(m, p) {
    if (m.groups && Object.keys(m.groups).length)
        return objV(Object.entries(m.groups).map(([key, value]) => ({ key, value: value === undefined ? nullV(p) : strV(value, p) })), p);
    if (m.length > 1)
        return arrV(m.slice(1).map((g) => (g === undefined ? nullV(p) : strV(g, p))), p);
    return strV(m[0], p);
}
function hash(alg, enc) {
    return ([s], p) => strV(createHash(alg).update(text(s, 'hash argument'), 'utf8').digest(enc), p);
}
function csvdecode(s, p) {
    const rows = [];
    let row = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (q) {
            if (c === '"' && s[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else if (c === '"')
                q = false;
            else
                cur += c;
        }
        else if (c === '"')
            q = true;
        else if (c === ',') {
            row.push(cur);
            cur = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && s[i + 1] === '\n')
                i++;
            row.push(cur);
            rows.push(row);
            row = [];
            cur = '';
        }
        else
            cur += c;
    }
    if (cur !== '' || row.length) {
        row.push(cur);
        rows.push(row);
    }
    const [head, ...body] = rows;
    if (!head)
        fail('csvdecode: missing header line');
    return arrV(body.map((r) => {
        if (r.length !== head.length)
            fail('csvdecode: wrong number of fields');
        return objV(head.map((k, i) => ({ key: k, value: strV(r[i] ?? '', p) })), p);
    }), p);
}
function urlencode(s) {
    return [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : b === 0x20 ? '+' : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}
function goDir(s) {
    const i = s.lastIndexOf('/');
    let d = i < 0 ? '.' : s.slice(0, i + 1);
    d = d.replace(/\/+/g, '/');
    if (d.length > 1)
        d = d.replace(/\/$/, '');
    const parts = [];
    for (const seg of d.split('/')) {
        if (seg === '.' || (seg === '' && parts.length))
            continue;
        if (seg === '..' && parts.length && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '')
            parts.pop();
        else
            parts.push(seg);
    }
    const r = parts.join('/');
    return r === '' ? (d.startsWith('/') ? '/' : '.') : r;
}
function sortedKeys(v, what) {
    return map(v, what);
}
/** A list result converted to one element type when the elements mix primitives (tolist). */
function asList(items, p) {
    return arrV(unifyPrimitives(items, p) ?? items, p);
}
const FNS = {
    // Numeric
    abs: ([x], p) => numV(Math.abs(number(x, 'abs() argument')), p),
    ceil: ([x], p) => numV(Math.ceil(number(x, 'ceil() argument')), p),
    floor: ([x], p) => numV(Math.floor(number(x, 'floor() argument')), p),
    log: ([x, b], p) => numV(Math.log(number(x, 'log() number')) / Math.log(number(b, 'log() base')), p),
    max: (xs, p) => (xs.length ? numV(Math.max(...xs.map((x) => number(x, 'max() argument'))), p) : fail('max() needs an argument')),
    min: (xs, p) => (xs.length ? numV(Math.min(...xs.map((x) => number(x, 'min() argument'))), p) : fail('min() needs an argument')),
    pow: ([x, y], p) => numV(Math.pow(number(x, 'pow() base'), number(y, 'pow() exponent')), p),
    signum: ([x], p) => numV(Math.sign(number(x, 'signum() argument')) || 0, p),
    parseint: ([s, b], p) => {
        const base = int(b, 'parseint() base');
        const t = text(s, 'parseint() argument');
        if (base < 2 || base > 62)
            fail('parseint() base must be between 2 and 62');
        const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, base);
        const neg = t.startsWith('-');
        const body = neg || t.startsWith('+') ? t.slice(1) : t;
        if (!body)
            fail(`parseint(): cannot parse ${JSON.stringify(t)}`);
        let n = 0;
        for (const c of body) {
            const d = base <= 36 ? digits.indexOf(c.toLowerCase()) : digits.indexOf(c);
            if (d < 0)
                fail(`parseint(): cannot parse ${JSON.stringify(t)} as a base ${base} integer`);
            n = n * base + d;
        }
        return numV(neg ? -n : n, p);
    },
    // String
    chomp: strFn('chomp', (s) => s.replace(/(\r\n|\n|\r)+$/, '')),
    endswith: ([s, x], p) => boolV(text(s, 'endswith() string').endsWith(text(x, 'endswith() suffix')), p),
    startswith: ([s, x], p) => boolV(text(s, 'startswith() string').startsWith(text(x, 'startswith() prefix')), p),
    strcontains: ([s, x], p) => boolV(text(s, 'strcontains() string').includes(text(x, 'strcontains() substring')), p),
    format: ([f, ...rest], p) => partsV(formatParts(text(f, 'format string'), rest), p),
    formatlist: ([f, ...rest], p) => {
        const fmt = text(f, 'formatlist format');
        const lens = rest.filter((r) => r.kind === 'arr').map((r) => r.items.length);
        if (lens.some((l) => l !== lens[0]))
            fail('formatlist(): lists of different lengths');
        const n = lens.length ? lens[0] : 1;
        return arrV(Array.from({ length: n }, (_, i) => partsV(formatParts(fmt, rest.map((r) => (r.kind === 'arr' ? r.items[i] : r))), p)), p);
    },
    indent: ([n, s], p) => {
        const pad = ' '.repeat(int(n, 'indent() spaces'));
        return strV(text(s, 'indent() string').replace(/\n/g, `\n${pad}`), p);
    },
    join: ([sep, ...lists], p) => {
        const s = text(sep, 'join() separator');
        if (!lists.length)
            fail('join() needs a list');
        const out = [];
        let k = 0;
        for (const l of lists) {
            for (const v of list(l, 'join() argument')) {
                if (k++)
                    out.push(s);
                if (v.kind === 'unknown')
                    fail(v.reason);
                const parts = asParts(v);
                if (!parts)
                    fail('join() of a value that is not a string');
                out.push(...parts);
            }
        }
        return partsV(out, p);
    },
    lower: strFn('lower', (s) => s.toLowerCase()),
    upper: strFn('upper', (s) => s.toUpperCase()),
    regex: ([re, s], p) => {
        const m = regexOf(text(re, 'regex() pattern')).exec(text(s, 'regex() string'));
        if (!m)
            fail('regex(): pattern did not match');
        return matchValue(m, p);
    },
    regexall: ([re, s], p) => {
        const r = regexOf(text(re, 'regexall() pattern'));
        const g = new RegExp(r.source, 'gu');
        const t = text(s, 'regexall() string');
        const out = [];
        let m;
        while ((m = g.exec(t))) {
            out.push(matchValue(m, p));
            if (m[0] === '')
                g.lastIndex++;
        }
        return arrV(out, p);
    },
    replace: ([s, from, to], p) => {
        const f = text(from, 'replace() search');
        const r = text(to, 'replace() replacement');
        const t = text(s, 'replace() string');
        if (f.length > 1 && f.startsWith('/') && f.endsWith('/'))
            return strV(t.replace(new RegExp(regexOf(f.slice(1, -1)).source, 'gu'), r.replace(/\$\{(\w+)\}/g, '$<$1>')), p);
        return strV(t.split(f).join(r), p);
    },
    split: ([sep, s], p) => arrV(text(s, 'split() string').split(text(sep, 'split() separator')).map((x) => strV(x, p)), p),
    strrev: strFn('strrev', (s) => chars(s).reverse().join('')),
    substr: ([s, o, l], p) => {
        const cs = chars(text(s, 'substr() string'));
        let off = int(o, 'substr() offset');
        let len = int(l, 'substr() length');
        if (off < 0)
            off = Math.max(0, cs.length + off);
        if (off > cs.length)
            fail('substr(): offset is greater than the length of the string');
        if (len < 0)
            len = cs.length - off;
        return strV(cs.slice(off, off + len).join(''), p);
    },
    title: strFn('title', (s) => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())),
    trim: ([s, cut], p) => {
        const set = new Set(chars(text(cut, 'trim() characters')));
        const cs = chars(text(s, 'trim() string'));
        let a = 0;
        let b = cs.length;
        while (a < b && set.has(cs[a]))
            a++;
        while (b > a && set.has(cs[b - 1]))
            b--;
        return strV(cs.slice(a, b).join(''), p);
    },
    trimprefix: ([s, x], p) => {
        const t = text(s, 'trimprefix() string');
        const pre = text(x, 'trimprefix() prefix');
        return strV(t.startsWith(pre) ? t.slice(pre.length) : t, p);
    },
    trimsuffix: ([s, x], p) => {
        const t = text(s, 'trimsuffix() string');
        const suf = text(x, 'trimsuffix() suffix');
        return strV(suf && t.endsWith(suf) ? t.slice(0, -suf.length) : t, p);
    },
    trimspace: strFn('trimspace', (s) => s.replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, '')),
    // Collection
    alltrue: ([l], p) => boolV(list(l, 'alltrue() argument').every((x) => asBool(x) ?? fail('alltrue() of a value that is not a bool')), p),
    anytrue: ([l], p) => boolV(list(l, 'anytrue() argument').some((x) => asBool(x) ?? fail('anytrue() of a value that is not a bool')), p),
    chunklist: ([l, n], p) => {
        const items = list(l, 'chunklist() list');
        const size = int(n, 'chunklist() size');
        if (size < 0)
            fail('chunklist(): size must not be negative');
        if (size === 0)
            return arrV([arrV(items, p)], p);
        const out = [];
        for (let i = 0; i < items.length; i += size)
            out.push(arrV(items.slice(i, i + size), p));
        return arrV(out, p);
    },
    coalesce: (args, p) => {
        for (const x of args) {
            if (x.kind === 'unknown')
                return unknown(x.reason, p);
            if (x.kind !== 'null' && literal(x) !== '') {
                const u = unifyPrimitives(args.filter((a) => a.kind !== 'null'), p);
                return u ? u[args.filter((a) => a.kind !== 'null').indexOf(x)] : x;
            }
        }
        return fail('coalesce(): no non-null, non-empty argument');
    },
    coalescelist: (args, p) => {
        for (const x of args) {
            if (x.kind === 'unknown')
                return unknown(x.reason, p);
            if (list(x, 'coalescelist() argument').length)
                return x;
        }
        return fail('coalescelist(): no non-empty list');
    },
    compact: ([l], p) => {
        const out = [];
        for (const x of list(l, 'compact() argument')) {
            if (x.kind === 'unknown')
                return unknown(x.reason, p);
            // A symbol is a computed attribute (an ID, an ARN…), never empty.
            if (x.kind !== 'null' && literal(x) !== '')
                out.push(x.kind === 'str' ? x : strV(text(x, 'compact() element'), x.pos ?? p));
        }
        return arrV(out, p);
    },
    concat: (args, p) => {
        const out = [];
        for (const a of args) {
            if (a.kind === 'unknown')
                return unknown(a.reason, p);
            out.push(...list(a, 'concat() argument'));
        }
        return arrV(out, p);
    },
    contains: ([l, v], p) => {
        if (l?.kind === 'unknown')
            return unknown(l.reason, p);
        let undecided;
        for (const x of list(l, 'contains() list')) {
            const e = equal(x, v);
            if (e === true)
                return boolV(true, p);
            if (e === undefined)
                undecided = x.kind === 'unknown' ? x.reason : v?.kind === 'unknown' ? v.reason : 'an element is known only at apply time';
        }
        return undecided ? unknown(`contains(): ${undecided}`, p) : boolV(false, p);
    },
    distinct: ([l], p) => {
        const out = [];
        for (const x of list(l, 'distinct() argument')) {
            let dup = false;
            for (const o of out) {
                const e = equal(o, x);
                if (e === undefined)
                    return unknown('distinct(): elements are known only at apply time', p);
                if (e)
                    dup = true;
            }
            if (!dup)
                out.push(x);
        }
        return arrV(out, p);
    },
    element: ([l, i], p) => {
        if (l?.kind === 'unknown')
            return unknown(l.reason, p);
        const items = list(l, 'element() list');
        const n = int(i, 'element() index');
        if (!items.length)
            fail('element(): the list is empty');
        if (n < 0)
            fail('element(): negative index');
        return items[n % items.length];
    },
    flatten: ([l], p) => {
        if (l?.kind === 'unknown')
            return unknown(l.reason, p);
        const out = [];
        let u;
        const walk = (xs) => {
            for (const x of xs) {
                if (x.kind === 'arr')
                    walk(x.items);
                else if (x.kind === 'unknown')
                    u ??= x;
                else
                    out.push(x);
            }
        };
        walk(list(l, 'flatten() argument'));
        return u ? unknown(`flatten(): ${u.reason}`, p) : arrV(out, p);
    },
    index: ([l, v], p) => {
        if (l?.kind === 'unknown')
            return unknown(l.reason, p);
        const items = list(l, 'index() list');
        for (let i = 0; i < items.length; i++) {
            const e = equal(items[i], v);
            if (e === undefined)
                return unknown('index(): an element is known only at apply time', p);
            if (e)
                return numV(i, p);
        }
        return fail('index(): item not found');
    },
    keys: ([m], p) => (m?.kind === 'unknown' ? unknown(m.reason, p) : arrV(sortedKeys(m, 'keys() argument').map((e) => strV(e.key, p)), p)),
    values: ([m], p) => (m?.kind === 'unknown' ? unknown(m.reason, p) : arrV(sortedKeys(m, 'values() argument').map((e) => e.value), p)),
    length: ([v], p) => {
        if (v?.kind === 'unknown')
            return unknown(v.reason, p);
        if (v?.kind === 'arr')
            return numV(v.items.length, p);
        if (v?.kind === 'obj')
            return numV(entriesOf(v).length, p);
        return numV(chars(text(v, 'length() argument')).length, p);
    },
    lookup: ([m, k, d], p) => {
        if (m?.kind === 'unknown')
            return unknown(m.reason, p);
        const key = text(k, 'lookup() key');
        const hit = map(m, 'lookup() map').find((e) => e.key === key);
        if (hit)
            return hit.value;
        return d ?? fail(`lookup(): no key ${JSON.stringify(key)} and no default`);
    },
    matchkeys: ([vs, ks, search], p) => {
        const values = list(vs, 'matchkeys() values');
        const keys = list(ks, 'matchkeys() keys');
        if (values.length !== keys.length)
            fail('matchkeys(): lists of different lengths');
        const set = list(search, 'matchkeys() search set');
        const out = [];
        keys.forEach((k, i) => {
            const hit = set.map((s) => equal(k, s));
            if (hit.includes(undefined))
                notKnown('matchkeys(): keys are known only at apply time');
            if (hit.includes(true))
                out.push(values[i]);
        });
        return arrV(out, p);
    },
    merge: (args, p) => {
        const entries = [];
        for (const a of args) {
            if (a.kind === 'unknown')
                return unknown(a.reason, p);
            if (a.kind === 'null')
                continue;
            if (a.kind !== 'obj')
                fail('merge() of a value that is not a map or object');
            if (a.kind === 'obj')
                entries.push(...a.entries);
        }
        return objV(entries, p);
    },
    one: ([l], p) => {
        if (l?.kind === 'unknown')
            return unknown(l.reason, p);
        const items = list(l, 'one() argument');
        if (items.length === 0)
            return nullV(p);
        if (items.length === 1)
            return items[0];
        return fail('one(): the list has more than one element');
    },
    range: (args, p) => {
        const n = args.map((a) => number(a, 'range() argument'));
        const [start, end, step] = n.length === 1 ? [0, n[0], 1] : n.length === 2 ? [n[0], n[1], n[0] <= n[1] ? 1 : -1] : n;
        if (step === 0)
            fail('range(): step must not be zero');
        if ((step > 0 && start > end) || (step < 0 && start < end))
            fail('range(): step has the wrong sign');
        const out = [];
        for (let x = start; step > 0 ? x < end : x > end; x += step) {
            if (out.length >= 1024)
                fail('range(): more than 1024 elements');
            out.push(numV(x, p));
        }
        return arrV(out, p);
    },
    reverse: ([l], p) => (l?.kind === 'unknown' ? unknown(l.reason, p) : arrV([...list(l, 'reverse() argument')].reverse(), p)),
    setintersection: (args, p) => {
        const sets = args.map((a) => list(a, 'setintersection() argument'));
        const [first = [], ...rest] = sets;
        return toSet(first.filter((x) => rest.every((s) => s.some((y) => equal(x, y) ?? notKnown('setintersection(): elements are known only at apply time')))), p);
    },
    setsubtract: ([a, b], p) => {
        const rest = list(b, 'setsubtract() argument');
        return toSet(list(a, 'setsubtract() argument').filter((x) => !rest.some((y) => equal(x, y) ?? notKnown('setsubtract(): elements are known only at apply time'))), p);
    },
    setunion: (args, p) => toSet(args.flatMap((a) => [...list(a, 'setunion() argument')]), p),
    setproduct: (args, p) => {
        let acc = [[]];
        for (const a of args) {
            const items = list(a, 'setproduct() argument');
            // Checked before building: the product of a few 1024-element ranges is billions.
            if (acc.length * items.length > MAX_LIST_ITEMS)
                throw new NotKnown(`${acc.length * items.length} combinations are over the list size budget (${MAX_LIST_ITEMS})`);
            acc = acc.flatMap((prefix) => items.map((x) => [...prefix, x]));
        }
        if (!args.length)
            fail('setproduct() needs at least one set');
        return arrV(acc.map((t) => arrV(t, p)), p);
    },
    slice: ([l, s, e], p) => {
        if (l?.kind === 'unknown')
            return unknown(l.reason, p);
        const items = list(l, 'slice() list');
        const a = int(s, 'slice() start');
        const b = int(e, 'slice() end');
        if (a < 0 || b > items.length || a > b)
            fail('slice(): index out of range');
        return arrV(items.slice(a, b), p);
    },
    sort: ([l], p) => arrV(list(l, 'sort() argument').map((x) => text(x, 'sort() element')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((x) => strV(x, p)), p),
    sum: ([l], p) => {
        const items = list(l, 'sum() argument');
        if (!items.length)
            fail('sum() of an empty list');
        return numV(items.reduce((a, x) => a + number(x, 'sum() element'), 0), p);
    },
    transpose: ([m], p) => {
        const out = new Map();
        for (const e of map(m, 'transpose() argument'))
            for (const v of list(e.value, 'transpose() value')) {
                const k = text(v, 'transpose() element');
                out.set(k, [...(out.get(k) ?? []), strV(e.key, p)]);
            }
        return objV([...out].map(([key, vs]) => ({ key, value: arrV(vs, p) })), p);
    },
    zipmap: ([ks, vs], p) => {
        const keys = list(ks, 'zipmap() keys');
        const values = list(vs, 'zipmap() values');
        if (keys.length !== values.length)
            fail('zipmap(): lists of different lengths');
        return objV(keys.map((k, i) => ({ key: text(k, 'zipmap() key'), value: values[i] })), p);
    },
    // Encoding
    base64encode: ([s], p) => strV(Buffer.from(text(s, 'base64encode() argument'), 'utf8').toString('base64'), p),
    base64decode: ([s], p) => {
        const t = text(s, 'base64decode() argument');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4)
            fail('base64decode(): not valid base64');
        const out = Buffer.from(t, 'base64').toString('utf8');
        if (out.includes('\ufffd'))
            fail('base64decode(): the result is not UTF-8');
        return strV(out, p);
    },
    csvdecode: ([s], p) => csvdecode(text(s, 'csvdecode() argument'), p),
    jsondecode: ([s], p) => {
        // jsonencode() keeps the structure (see eval.ts), so decoding it gives the structure back.
        if (s?.kind === 'obj' || s?.kind === 'arr')
            return s;
        const t = text(s, 'jsondecode() argument');
        try {
            return fromJson(JSON.parse(t), p);
        }
        catch {
            return fail('jsondecode(): not valid JSON');
        }
    },
    urlencode: ([s], p) => strV(urlencode(text(s, 'urlencode() argument')), p),
    yamldecode: ([s], p) => {
        const t = text(s, 'yamldecode() argument');
        // Terraform's YAML reads YAML 1.1 words (y, yes, on, off…) as booleans; js-yaml reads YAML
        // 1.2. Rather than guess, such documents stay unknown.
        if (/(^|[\s:,[{-])(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)\s*($|[,\]}\n#])/m.test(t))
            return unknown('yamldecode(): YAML 1.1 boolean words (yes/no/on/off/y/n) are not evaluated', p);
        try {
            return fromJson(yamlLoad(t), p);
        }
        catch (e) {
            if (e instanceof FnError)
                throw e;
            return fail('yamldecode(): not valid YAML');
        }
    },
    // Hash
    md5: hash('md5', 'hex'),
    sha1: hash('sha1', 'hex'),
    sha256: hash('sha256', 'hex'),
    sha512: hash('sha512', 'hex'),
    base64sha256: hash('sha256', 'base64'),
    base64sha512: hash('sha512', 'base64'),
    // IP network
    cidrhost: ([c, n], p) => strV(cidrhost(text(c, 'cidrhost() prefix'), int(n, 'cidrhost() host number')) ?? fail('cidrhost(): host number out of range or invalid prefix'), p),
    cidrnetmask: ([c], p) => strV(cidrnetmask(text(c, 'cidrnetmask() prefix')) ?? fail('cidrnetmask(): not an IPv4 prefix'), p),
    cidrsubnet: ([c, b, n], p) => strV(cidrsubnet(text(c, 'cidrsubnet() prefix'), int(b, 'cidrsubnet() newbits'), int(n, 'cidrsubnet() netnum')) ?? fail('cidrsubnet(): out of range or invalid prefix'), p),
    cidrsubnets: ([c, ...bs], p) => {
        const r = cidrsubnets(text(c, 'cidrsubnets() prefix'), bs.map((b) => int(b, 'cidrsubnets() newbits')));
        return r ? arrV(r.map((x) => strV(x, p)), p) : fail('cidrsubnets(): out of range or invalid prefix');
    },
    // Date and time (pure ones only; timestamp() and plantimestamp() depend on the run)
    formatdate: ([f, t], p) => strV(formatdate(text(f, 'formatdate() format'), text(t, 'formatdate() timestamp')) ?? fail('formatdate(): invalid timestamp or format'), p),
    timeadd: ([t, d], p) => strV(timeadd(text(t, 'timeadd() timestamp'), text(d, 'timeadd() duration')) ?? fail('timeadd(): invalid timestamp or duration'), p),
    timecmp: ([a, b], p) => numV(timecmp(text(a, 'timecmp() timestamp'), text(b, 'timecmp() timestamp')) ?? fail('timecmp(): invalid timestamp'), p),
    // Filesystem path strings (no file access)
    basename: strFn('basename', (s) => {
        const t = s.replace(/\/+$/, '');
        return t === '' ? (s === '' ? '.' : '/') : t.slice(t.lastIndexOf('/') + 1);
    }),
    dirname: strFn('dirname', goDir),
    // Type conversion
    tostring: ([v], p) => {
        if (!v || v.kind === 'null')
            return nullV(p);
        if (v.kind === 'unknown')
            return unknown(v.reason, p);
        if (v.kind === 'str')
            return v;
        if (v.kind === 'num' || v.kind === 'bool')
            return strV(asText(v), p);
        return fail('tostring(): a collection cannot be converted to a string');
    },
    tonumber: ([v], p) => {
        if (!v || v.kind === 'null')
            return nullV(p);
        if (v.kind === 'num')
            return v;
        if (v.kind === 'str' && hasSymbol(v))
            return notKnown('argument is known only at apply time');
        return numV(asNumber(v) ?? fail('cannot convert to a number'), p);
    },
    tobool: ([v], p) => {
        if (!v || v.kind === 'null')
            return nullV(p);
        if (v.kind === 'bool')
            return v;
        return boolV(asBool(v) ?? fail('tobool(): cannot convert to a bool'), p);
    },
    tolist: ([v], p) => {
        if (!v || v.kind === 'null')
            return nullV(p);
        if (v.kind === 'unknown')
            return unknown(v.reason, p);
        return asList(list(v, 'tolist() argument'), p);
    },
    toset: ([v], p) => {
        if (!v || v.kind === 'null')
            return nullV(p);
        if (v.kind === 'unknown')
            return unknown(v.reason, p);
        const items = list(v, 'toset() argument');
        if (items.some((i) => i.kind === 'unknown' || (i.kind === 'str' && hasSymbol(i)))) {
            // Elements known later may turn out equal: keep them all, in order (no value is dropped).
            return asList(items, p);
        }
        return toSet(unifyPrimitives(items, p) ?? items, p);
    },
    tomap: ([v], p) => {
        if (!v || v.kind === 'null')
            return nullV(p);
        if (v.kind === 'unknown')
            return unknown(v.reason, p);
        const es = map(v, 'tomap() argument');
        const u = unifyPrimitives(es.map((e) => e.value), p);
        return objV(es.map((e, i) => ({ key: e.key, value: u ? u[i] : e.value })), p);
    },
    sensitive: ([v], p) => v ?? nullV(p),
    nonsensitive: ([v], p) => v ?? nullV(p),
};
/** Functions that are known but deliberately not evaluated, with why. */
const IMPURE = {
    timestamp: 'returns the time of the run',
    plantimestamp: 'returns the time of the plan',
    uuid: 'returns a new random value on every run',
    bcrypt: 'returns a new random salt on every run',
    abspath: 'depends on the working directory of the run',
    pathexpand: 'depends on the home directory of the user running Terraform',
    fileexists: 'depends on files at run time',
    fileset: 'depends on files at run time',
    filebase64: 'reads a file as binary',
    filemd5: 'reads a file as binary',
    filesha1: 'reads a file as binary',
    filesha256: 'reads a file as binary',
    filesha512: 'reads a file as binary',
    filebase64sha256: 'reads a file as binary',
    filebase64sha512: 'reads a file as binary',
    base64gzip: 'compression output is not reproduced here',
    textencodebase64: 'character encodings other than UTF-8 are not evaluated',
    textdecodebase64: 'character encodings other than UTF-8 are not evaluated',
    yamlencode: 'YAML encoding is not reproduced here',
    uuidv5: 'is not evaluated',
    ephemeralasnull: 'is not evaluated',
    issensitive: 'is not evaluated',
    type: 'is only available in terraform console',
};
export const SUPPORTED_FUNCTIONS = Object.keys(FNS).sort();
export function isLazy(name) {
    return LAZY.has(name);
}
/**
 * Calls a built-in function. Unknown arguments give unknown (the reason kept) unless the function
 * takes them itself; errors Terraform would raise give unknown naming the function (try() and
 * can() turn them into their fallbacks).
 */
export function callFunction(name, args, p) {
    const fn = FNS[name.replace(/^provider::[^:]+::/, '\u0000')];
    if (!fn) {
        const why = IMPURE[name];
        return unknown(why ? `function ${name}() ${why}` : `function ${name}() is not evaluated statically`, p);
    }
    if (!LAZY.has(name)) {
        for (const a of args) {
            const u = firstUnknown(a);
            if (u)
                return unknown(u.reason, p);
        }
    }
    try {
        return fn(args, p);
    }
    catch (e) {
        if (e instanceof NotKnown)
            return unknown(`${name}(): ${e.message}`, p);
        if (e instanceof FnError)
            return errorV(`${name}(): ${e.message.replace(new RegExp(`^${name}\\(\\):? ?`), '')}`, p);
        // Anything else (a bad regular expression's SyntaxError, a RangeError) leaves the value
        // unknown with the reason: the resource stays, its checks are unverifiable.
        return unknown(`${name}(): ${quoteValue(e instanceof Error ? e.message : String(e))}`, p);
    }
}
