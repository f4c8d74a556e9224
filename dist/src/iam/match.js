import { NO, UNKNOWN, YES } from './tri.js';
/** Symbols whose id starts with this are "fresh": known to differ from every literal and every
 * other symbol (used to ask "would a stranger's request be allowed?"). */
export const FRESH = 'fresh:';
/** Symbols whose id starts with this stand for one literal character (`lit:*`). */
export const LITERAL = 'lit:';
// Tokens are numbers, kept in typed arrays (this runs for every statement of every question, so
// it must not allocate per character): a character is its code unit (>= 0); STAR and QMARK are
// wildcards; a symbol is an id <= SYM_BASE, and a fresh (distinct) symbol an id <= FRESH_BASE.
const STAR = -1;
const QMARK = -2;
const SYM_BASE = -16;
const FRESH_BASE = -(1 << 28);
const symIds = new Map();
function symId(sym) {
    let id = symIds.get(sym);
    if (id === undefined) {
        const n = symIds.size;
        id = sym.startsWith(FRESH) ? FRESH_BASE - n : SYM_BASE - n;
        symIds.set(sym, id);
    }
    return id;
}
function tokenize(parts, wildcards, ignoreCase) {
    let len = 0;
    for (const p of parts)
        len += typeof p === 'string' ? p.length : 1;
    const out = new Int32Array(len);
    let i = 0;
    for (const p of parts) {
        if (typeof p === 'string') {
            const t = ignoreCase ? p.toLowerCase() : p;
            for (let k = 0; k < t.length; k++) {
                const c = t.charCodeAt(k);
                out[i++] = wildcards && c === 42 ? STAR : wildcards && c === 63 ? QMARK : c;
            }
        }
        else if (p.sym.startsWith(LITERAL)) {
            // A character that must match literally even where wildcards apply (`${*}` in policies).
            const ch = p.sym.slice(LITERAL.length);
            out[i++] = (ignoreCase ? ch.toLowerCase() : ch).charCodeAt(0);
        }
        else
            out[i++] = symId(p.sym);
    }
    return out.subarray(0, i);
}
function hasSymbol(parts) {
    for (const p of parts)
        if (typeof p !== 'string')
            return true;
    return false;
}
/** Plain glob over literal strings (the common, fast case). */
function globLiteral(pattern, value) {
    let p = 0;
    let v = 0;
    let star = -1;
    let mark = 0;
    while (v < value.length) {
        const pc = pattern[p];
        if (pc === '?' || (pc !== undefined && pc !== '*' && pc === value[v])) {
            p++;
            v++;
        }
        else if (pc === '*') {
            star = p++;
            mark = v;
        }
        else if (star >= 0) {
            p = star + 1;
            v = ++mark;
        }
        else
            return false;
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** Does `pattern` match `value`? YES, NO, or UNKNOWN when symbols make it undecidable. */
export function matchParts(pattern, value, opts) {
    const ic = opts.ignoreCase ?? false;
    if (!hasSymbol(pattern) && !hasSymbol(value)) {
        let pt = pattern.join('');
        let vt = value.join('');
        if (ic) {
            pt = pt.toLowerCase();
            vt = vt.toLowerCase();
        }
        if (!opts.wildcards)
            return pt === vt ? YES : NO;
        return globLiteral(pt, vt) ? YES : NO;
    }
    const P = tokenize(pattern, opts.wildcards, ic);
    const V = tokenize(value, false, ic);
    const n = P.length;
    const m = V.length;
    // dp[i][j]: result of matching P[i..] against V[j..]; computed bottom-up in one flat array.
    const w = m + 1;
    const dp = new Uint8Array((n + 1) * w);
    dp[n * w + m] = YES;
    for (let i = n - 1; i >= 0; i--) {
        const t = P[i];
        const row = i * w;
        const next = (i + 1) * w;
        for (let j = m; j >= 0; j--) {
            let r = NO;
            if (t === STAR) {
                r = Math.max(dp[next + j], j < m ? dp[row + j + 1] : NO);
            }
            else if (j < m) {
                const v = V[j];
                const cont = dp[next + j + 1];
                const vSym = v <= SYM_BASE;
                const vFresh = v <= FRESH_BASE;
                if (t === QMARK) {
                    // '?': one character; a symbol is never a single character we can be sure of.
                    r = !vSym ? cont : vFresh ? NO : Math.min(cont, UNKNOWN);
                }
                else if (t >= 0) {
                    if (!vSym)
                        r = v === t ? cont : NO;
                    else
                        r = vFresh ? NO : Math.min(UNKNOWN, rowRest(dp, i + 1, j + 1, w, n));
                }
                else {
                    // t is a symbol
                    if (vSym && v === t)
                        r = cont;
                    else if (t <= FRESH_BASE || vFresh)
                        r = NO;
                    else if (vSym)
                        r = Math.min(UNKNOWN, Math.max(rowRest(dp, i + 1, j + 1, w, n), colRest(dp, i + 1, j + 1, w, m)));
                    else
                        r = Math.min(UNKNOWN, colRest(dp, i + 1, j + 1, w, m));
                }
            }
            dp[row + j] = r;
        }
    }
    return (dp[0] ?? 0);
}
// A symbol stands for an unknown, non-empty string: it may cover any number of the other side's
// tokens. These take the best continuation over every such cover (a pattern symbol covering value
// tokens j..l-1: columns; a value symbol covering pattern tokens i..k-1: rows).
function colRest(dp, i, jFrom, w, m) {
    let best = 0;
    for (let j = jFrom; j <= m && best === 0; j++)
        best = Math.max(best, dp[i * w + j] ?? 0);
    return best;
}
function rowRest(dp, iFrom, j, w, n) {
    let best = 0;
    for (let i = iFrom; i <= n && best === 0; i++)
        best = Math.max(best, dp[i * w + j] ?? 0);
    return best;
}
export function matchStr(pattern, value, opts) {
    return matchParts([pattern], [value], opts) === YES;
}
