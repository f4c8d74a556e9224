// The Condition element: every operator IAM documents, the `...IfExists` suffix, the
// `ForAnyValue:` / `ForAllValues:` set qualifiers, and `Null`. Results are three-valued because
// request values and policy values may be symbolic.
import { asList } from '../model/value.js';
import { matchParts } from './match.js';
import { and, not, NO, or, UNKNOWN, YES } from './tri.js';
export const BASE_OPERATORS = [
    'StringEquals',
    'StringNotEquals',
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    'StringLike',
    'StringNotLike',
    'NumericEquals',
    'NumericNotEquals',
    'NumericLessThan',
    'NumericLessThanEquals',
    'NumericGreaterThan',
    'NumericGreaterThanEquals',
    'DateEquals',
    'DateNotEquals',
    'DateLessThan',
    'DateLessThanEquals',
    'DateGreaterThan',
    'DateGreaterThanEquals',
    'Bool',
    'BinaryEquals',
    'IpAddress',
    'NotIpAddress',
    'ArnEquals',
    'ArnLike',
    'ArnNotEquals',
    'ArnNotLike',
    'Null',
];
/** The positive operator a negated one inverts. */
const NEGATED = {
    StringNotEquals: 'StringEquals',
    StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
    StringNotLike: 'StringLike',
    NumericNotEquals: 'NumericEquals',
    DateNotEquals: 'DateEquals',
    NotIpAddress: 'IpAddress',
    ArnNotEquals: 'ArnEquals',
    ArnNotLike: 'ArnLike',
};
/** Parses `ForAllValues:StringLikeIfExists` and the like; undefined for an unknown operator. */
export function parseOperator(op) {
    let rest = op;
    let set;
    const colon = rest.indexOf(':');
    if (colon >= 0) {
        const q = rest.slice(0, colon);
        if (q !== 'ForAnyValue' && q !== 'ForAllValues')
            return undefined;
        set = q;
        rest = rest.slice(colon + 1);
    }
    let ifExists = false;
    if (rest.endsWith('IfExists') && rest !== 'IfExists') {
        ifExists = true;
        rest = rest.slice(0, -'IfExists'.length);
    }
    if (!BASE_OPERATORS.includes(rest))
        return undefined;
    if (rest === 'Null' && ifExists)
        return undefined;
    return { base: rest, ifExists, ...(set ? { set } : {}) };
}
/** A policy value as parts (numbers and booleans by their text). */
export function valueParts(v) {
    switch (v.kind) {
        case 'str':
            return v.parts;
        case 'num':
            return [v.text];
        case 'bool':
            return [String(v.value)];
        default:
            return undefined;
    }
}
function onlyLiteral(p) {
    if (p.length === 0)
        return '';
    if (p.length === 1 && typeof p[0] === 'string')
        return p[0];
    return undefined;
}
function compareNumbers(a, b, f) {
    const x = onlyLiteral(a);
    const y = onlyLiteral(b);
    if (x === undefined || y === undefined)
        return UNKNOWN;
    const nx = Number(x);
    const ny = Number(y);
    if (x.trim() === '' || y.trim() === '' || Number.isNaN(nx) || Number.isNaN(ny))
        return NO;
    return f(nx, ny) ? YES : NO;
}
function parseDate(s) {
    if (/^\d+$/.test(s))
        return Number(s) * 1000;
    return Date.parse(s);
}
function compareDates(a, b, f) {
    const x = onlyLiteral(a);
    const y = onlyLiteral(b);
    if (x === undefined || y === undefined)
        return UNKNOWN;
    const dx = parseDate(x);
    const dy = parseDate(y);
    if (Number.isNaN(dx) || Number.isNaN(dy))
        return NO;
    return f(dx, dy) ? YES : NO;
}
function ipv4(s) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    let v = 0n;
    for (let i = 1; i <= 4; i++) {
        const o = Number(m[i]);
        if (o > 255)
            return undefined;
        v = (v << 8n) | BigInt(o);
    }
    return v;
}
function ipv6(s) {
    if (!s.includes(':'))
        return undefined;
    const halves = s.split('::');
    if (halves.length > 2)
        return undefined;
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 && missing !== 0)
        return undefined;
    if (missing < 0)
        return undefined;
    const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
    let v = 0n;
    for (const g of groups) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        v = (v << 16n) | BigInt(parseInt(g, 16));
    }
    return v;
}
function ipInCidr(ip, cidr) {
    const [net, lenText] = cidr.split('/');
    if (net === undefined)
        return false;
    const v4 = ipv4(ip);
    const n4 = ipv4(net);
    if (v4 !== undefined && n4 !== undefined) {
        const len = lenText === undefined ? 32 : Number(lenText);
        if (!(len >= 0 && len <= 32))
            return false;
        const mask = len === 0 ? 0n : ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - len)) - 1n);
        return (v4 & mask) === (n4 & mask);
    }
    const v6 = ipv6(ip);
    const n6 = ipv6(net);
    if (v6 !== undefined && n6 !== undefined) {
        const len = lenText === undefined ? 128 : Number(lenText);
        if (!(len >= 0 && len <= 128))
            return false;
        const mask = len === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
        return (v6 & mask) === (n6 & mask);
    }
    return false;
}
/** ARN matching compares the six colon-separated fields one by one; `*` does not cross a colon
 * inside the first five. */
function matchArn(pattern, value, wildcards) {
    const p = onlyLiteral(pattern);
    const v = onlyLiteral(value);
    if (p === undefined || v === undefined)
        return matchParts(pattern, value, { wildcards });
    const ps = splitArn(p);
    const vs = splitArn(v);
    if (!ps || !vs)
        return NO;
    for (let i = 0; i < 6; i++) {
        if (matchParts([ps[i] ?? ''], [vs[i] ?? ''], { wildcards }) !== YES)
            return NO;
    }
    return YES;
}
function splitArn(s) {
    const out = [];
    let rest = s;
    for (let i = 0; i < 5; i++) {
        const c = rest.indexOf(':');
        if (c < 0)
            return undefined;
        out.push(rest.slice(0, c));
        rest = rest.slice(c + 1);
    }
    out.push(rest);
    return out;
}
/** Positive comparison of one request value with one policy value. */
function comparePositive(base, req, pol) {
    switch (base) {
        case 'StringEquals':
        case 'BinaryEquals':
            return matchParts(pol, req, { wildcards: false });
        case 'StringEqualsIgnoreCase':
            return matchParts(pol, req, { wildcards: false, ignoreCase: true });
        case 'StringLike':
            return matchParts(pol, req, { wildcards: true });
        case 'NumericEquals':
            return compareNumbers(req, pol, (a, b) => a === b);
        case 'NumericLessThan':
            return compareNumbers(req, pol, (a, b) => a < b);
        case 'NumericLessThanEquals':
            return compareNumbers(req, pol, (a, b) => a <= b);
        case 'NumericGreaterThan':
            return compareNumbers(req, pol, (a, b) => a > b);
        case 'NumericGreaterThanEquals':
            return compareNumbers(req, pol, (a, b) => a >= b);
        case 'DateEquals':
            return compareDates(req, pol, (a, b) => a === b);
        case 'DateLessThan':
            return compareDates(req, pol, (a, b) => a < b);
        case 'DateLessThanEquals':
            return compareDates(req, pol, (a, b) => a <= b);
        case 'DateGreaterThan':
            return compareDates(req, pol, (a, b) => a > b);
        case 'DateGreaterThanEquals':
            return compareDates(req, pol, (a, b) => a >= b);
        case 'Bool':
            return matchParts(pol, req, { wildcards: false, ignoreCase: true });
        case 'IpAddress': {
            const ip = onlyLiteral(req);
            const cidr = onlyLiteral(pol);
            if (ip === undefined || cidr === undefined)
                return UNKNOWN;
            return ipInCidr(ip, cidr) ? YES : NO;
        }
        case 'ArnEquals':
        case 'ArnLike':
            // IAM documents ArnEquals and ArnLike alike: both take wildcards.
            return matchArn(pol, req, true);
        default:
            return NO;
    }
}
/** Evaluates one operator block `{ key: value(s), ... }` (all keys must hold). */
export function evalOperator(op, block, context, subst) {
    if (block.kind === 'unknown')
        return { result: UNKNOWN };
    if (block.kind !== 'obj')
        return { result: NO };
    let result = YES;
    let failedKey;
    for (const e of block.entries) {
        const r = e.value.kind === 'unknown' ? UNKNOWN : evalKey(op, e.key, asList(e.value), context, subst);
        if (r < result) {
            result = r;
            failedKey = e.key;
        }
        if (result === NO)
            break;
    }
    return { result, ...(failedKey !== undefined ? { failedKey } : {}) };
}
function evalKey(op, key, polVals, context, subst) {
    const reqVals = context.get(key.toLowerCase());
    const present = reqVals !== undefined && reqVals.length > 0;
    const pols = polVals.map((v) => {
        const p = valueParts(v);
        return p === undefined ? undefined : subst(p);
    });
    if (op.base === 'Null') {
        let r = NO;
        for (const p of pols) {
            const t = p === undefined ? undefined : onlyLiteral(p)?.toLowerCase();
            if (t === undefined)
                r = or(r, UNKNOWN);
            else if (t === 'true')
                r = or(r, present ? NO : YES);
            else if (t === 'false')
                r = or(r, present ? YES : NO);
        }
        return r;
    }
    const positiveBase = NEGATED[op.base];
    const negated = positiveBase !== undefined;
    const base = positiveBase ?? op.base;
    if (!present) {
        if (op.set === 'ForAllValues')
            return YES;
        if (op.set === 'ForAnyValue')
            return NO;
        if (op.ifExists)
            return YES;
        return negated ? YES : NO;
    }
    /** Does one request value satisfy the operator (before set qualifiers)? */
    const one = (rv) => {
        let any = NO;
        for (const p of pols) {
            any = or(any, p === undefined ? UNKNOWN : comparePositive(base, rv, p));
            if (any === YES)
                break;
        }
        return negated ? not(any) : any;
    };
    if (op.set === 'ForAllValues') {
        let r = YES;
        for (const rv of reqVals)
            r = and(r, one(rv));
        return r;
    }
    if (op.set === 'ForAnyValue') {
        let r = NO;
        for (const rv of reqVals)
            r = or(r, one(rv));
        return r;
    }
    // A single-valued operator on a request with several values: a positive operator holds when
    // some value matches; a negated one when no value matches the positive form.
    let r = negated ? YES : NO;
    for (const rv of reqVals)
        r = negated ? and(r, one(rv)) : or(r, one(rv));
    return r;
}
