import { FRESH } from '../model/symbols.js';
import { NO, UNKNOWN, YES } from './tri.js';
// FRESH (the prefix of symbols known to differ from everything else) belongs to the model's symbols.
export { FRESH };
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
                const tok = wildcards && c === 42 ? STAR : wildcards && c === 63 ? QMARK : c;
                // `**` matches what `*` matches: one token keeps the table small for `s3:*********!`.
                if (tok === STAR && i > 0 && out[i - 1] === STAR)
                    continue;
                out[i++] = tok;
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
/** Plain glob over literal strings (the common, fast case), without backtracking: the pattern is
 * cut at its stars; the first piece must match at the start, the last at the end, and each piece
 * between at its leftmost place after the previous one (leftmost is always safe: it leaves the
 * most room for the rest). Pieces are read in place (no split, no substrings); pieces without `?`
 * are found with indexOf-like scans. */
function globLiteral(pattern, value) {
    const firstStar = pattern.indexOf('*');
    if (firstStar < 0)
        return pattern.length === value.length && pieceAt(pattern, 0, pattern.length, value, 0);
    const lastStar = pattern.lastIndexOf('*');
    const lastLen = pattern.length - lastStar - 1;
    if (firstStar + lastLen > value.length)
        return false;
    if (!pieceAt(pattern, 0, firstStar, value, 0))
        return false;
    if (!pieceAt(pattern, lastStar + 1, pattern.length, value, value.length - lastLen))
        return false;
    let pos = firstStar;
    const end = value.length - lastLen;
    let s = firstStar + 1;
    while (s <= lastStar) {
        const e = pattern.indexOf('*', s);
        if (e > s) {
            const at = findPiece(pattern, s, e, value, pos, end);
            if (at < 0)
                return false;
            pos = at + (e - s);
        }
        s = e + 1;
    }
    return true;
}
/** Does the piece `pattern[ps, pe)` (literal text and `?`) match `value` at `at`? */
function pieceAt(pattern, ps, pe, value, at) {
    for (let k = ps; k < pe; k++) {
        const c = pattern.charCodeAt(k);
        if (c !== 63 && c !== value.charCodeAt(at + k - ps))
            return false;
    }
    return true;
}
/** Leftmost index >= from where the piece `pattern[ps, pe)` matches and ends by `end`; -1 if none. */
function findPiece(pattern, ps, pe, value, from, end) {
    const len = pe - ps;
    for (let i = from; i + len <= end; i++)
        if (pieceAt(pattern, ps, pe, value, i))
            return i;
    return -1;
}
/** Text of literal parts without joining the usual single part. */
function literalText(parts) {
    // Only called once hasSymbol() said no: every part is a string.
    return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts.join('');
}
/** Does `pattern` match `value`? YES, NO, or UNKNOWN when symbols make it undecidable. */
export function matchParts(pattern, value, opts) {
    const ic = opts.ignoreCase ?? false;
    const flags = (opts.wildcards ? 1 : 0) | (ic ? 2 : 0);
    if (!hasSymbol(pattern) && !hasSymbol(value)) {
        const pt = literalText(pattern);
        const vt = literalText(value);
        // Plain equality needs no cache.
        if (!opts.wildcards && !ic)
            return pt === vt ? YES : NO;
        const hit = cacheGet(flags, pt, vt);
        if (hit !== undefined)
            return hit;
        let r;
        if (!opts.wildcards)
            r = pt.toLowerCase() === vt.toLowerCase() ? YES : NO;
        else
            r = (ic ? globLiteral(pt.toLowerCase(), vt.toLowerCase()) : globLiteral(pt, vt)) ? YES : NO;
        cachePut(flags, pt, vt, r);
        return r;
    }
    const pk = partsKey(pattern);
    const vk = partsKey(value);
    const sflags = flags | 4;
    const hit = cacheGet(sflags, pk, vk);
    if (hit !== undefined)
        return hit;
    const r = matchTokens(tokenize(pattern, opts.wildcards, ic), tokenize(value, false, ic));
    cachePut(sflags, pk, vk, r);
    return r;
}
// Answers are cached by (options, pattern, value): the rules ask many questions that differ only
// in a condition value, so the same pairs come back for every question (89,500 calls for 6,038
// distinct inputs on 1,000 stacks). Two-level maps keyed by the texts themselves, so a lookup
// allocates nothing. Literal and symbolic inputs have separate maps (bit 4 of the index): their
// keys are spelled differently. The cache is bounded: past CACHE_MAX entries it starts again, and
// inputs longer than KEY_MAX are not cached (hostile input must not grow it without limit).
export const CACHE_MAX = 50_000;
const KEY_MAX = 4096;
const caches = Array.from({ length: 8 }, () => new Map());
let cached = 0;
function cacheGet(flags, pk, vk) {
    return caches[flags]?.get(pk)?.get(vk);
}
function cachePut(flags, pk, vk, r) {
    if (pk.length + vk.length > KEY_MAX)
        return;
    const cache = caches[flags];
    if (!cache)
        return;
    if (cached >= CACHE_MAX) {
        for (const c of caches)
            c.clear();
        cached = 0;
    }
    let row = cache.get(pk);
    if (!row)
        cache.set(pk, (row = new Map()));
    if (!row.has(vk))
        cached++;
    row.set(vk, r);
}
/** Entries in the match cache (for tests of its bound). */
export function matchCacheSize() {
    return cached;
}
/** The key of a symbolic part list. Built per call, not kept per list object: nothing promises
 * that a list is not changed after it was asked about. */
function partsKey(parts) {
    // Length-prefixed, so no text (which may come from the input) can pose as a symbol.
    let k = '';
    for (const p of parts)
        k += typeof p === 'string' ? `s${p.length}:${p}` : `y${p.sym.length}:${p.sym}`;
    return k;
}
function matchTokens(Pfull, Vfull) {
    // Literal characters at the start and end of both sides align one to one: compare them directly
    // and keep the quadratic table below for the middle only (usually a few tokens around a symbol).
    let lo = 0;
    const nf = Pfull.length;
    const mf = Vfull.length;
    while (lo < nf && lo < mf) {
        const t = Pfull[lo];
        const v = Vfull[lo];
        if (v < 0 || (t < 0 && t !== QMARK))
            break;
        if (t !== QMARK && t !== v)
            return NO;
        lo++;
    }
    let k = 0;
    while (nf - k - 1 >= lo && mf - k - 1 >= lo) {
        const t = Pfull[nf - k - 1];
        const v = Vfull[mf - k - 1];
        if (v < 0 || (t < 0 && t !== QMARK))
            break;
        if (t !== QMARK && t !== v)
            return NO;
        k++;
    }
    return tableMatch(Pfull.subarray(lo, nf - k), Vfull.subarray(lo, mf - k));
}
/** The same answer without the head/tail shortcut and the memo: the plain table (tests compare
 * the two on generated inputs). */
export function matchPartsByTable(pattern, value, opts) {
    const ic = opts.ignoreCase ?? false;
    return tableMatch(tokenize(pattern, opts.wildcards, ic), tokenize(value, false, ic));
}
// The table is (n+1)·(m+1) bytes: beyond this many cells (hostile megabyte strings on both sides
// of a symbolic comparison) the answer is unknown, which rules report as unverifiable.
const MAX_CELLS = 32_000_000;
function tableMatch(P, V) {
    const n = P.length;
    const m = V.length;
    if ((n + 1) * (m + 1) > MAX_CELLS)
        return UNKNOWN;
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
