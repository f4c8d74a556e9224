// String and wildcard matching over symbolic strings, three-valued. IAM's matching is simple
// globbing (`*` any run of characters, `?` one character), but our values may contain symbols
// (the stack's account, a generated bucket name): a symbol equals itself, and compared with literal
// text it is unknown. Written here because no glob library answers "unknown".
import type { Part } from '../model/value.js';
import { NO, UNKNOWN, YES, type Tri } from './tri.js';

/** A pattern or value token: a character, a wildcard, or a symbol. */
type Tok = { c: string } | { w: '*' | '?' } | { s: string; distinct: boolean };

export interface MatchOptions {
  /** `*` and `?` are wildcards in the pattern (StringLike, ArnLike, Action, Resource). */
  wildcards: boolean;
  ignoreCase?: boolean;
}

/** Symbols whose id starts with this are "fresh": known to differ from every literal and every
 * other symbol (used to ask "would a stranger's request be allowed?"). */
export const FRESH = 'fresh:';

/** Symbols whose id starts with this stand for one literal character (`lit:*`). */
export const LITERAL = 'lit:';

function tokenize(parts: readonly Part[], wildcards: boolean, ignoreCase: boolean): Tok[] {
  const out: Tok[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      for (const ch of p) {
        if (wildcards && (ch === '*' || ch === '?')) out.push({ w: ch });
        else out.push({ c: ignoreCase ? ch.toLowerCase() : ch });
      }
    } else if (p.sym.startsWith(LITERAL)) {
      // A character that must match literally even where wildcards apply (`${*}` in policies).
      const ch = p.sym.slice(LITERAL.length);
      out.push({ c: ignoreCase ? ch.toLowerCase() : ch });
    } else out.push({ s: p.sym, distinct: p.sym.startsWith(FRESH) });
  }
  return out;
}

function hasSymbol(parts: readonly Part[]): boolean {
  for (const p of parts) if (typeof p !== 'string') return true;
  return false;
}

/** Plain glob over literal strings (the common, fast case). */
function globLiteral(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    const pc = pattern[p];
    if (pc === '?' || (pc !== undefined && pc !== '*' && pc === value[v])) {
      p++;
      v++;
    } else if (pc === '*') {
      star = p++;
      mark = v;
    } else if (star >= 0) {
      p = star + 1;
      v = ++mark;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Does `pattern` match `value`? YES, NO, or UNKNOWN when symbols make it undecidable. */
export function matchParts(pattern: readonly Part[], value: readonly Part[], opts: MatchOptions): Tri {
  const ic = opts.ignoreCase ?? false;
  if (!hasSymbol(pattern) && !hasSymbol(value)) {
    let pt = pattern.join('');
    let vt = value.join('');
    if (ic) {
      pt = pt.toLowerCase();
      vt = vt.toLowerCase();
    }
    if (!opts.wildcards) return pt === vt ? YES : NO;
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
    const t = P[i] as Tok;
    for (let j = m; j >= 0; j--) {
      let r: number = NO;
      if ('w' in t && t.w === '*') {
        r = Math.max(dp[(i + 1) * w + j] ?? 0, j < m ? (dp[i * w + j + 1] ?? 0) : NO);
      } else if (j < m) {
        const v = V[j] as Tok;
        const next = dp[(i + 1) * w + j + 1] ?? 0;
        if ('w' in t) {
          // '?': one character; a symbol is never a single character we can be sure of.
          r = 'c' in v ? next : 's' in v ? Math.min(next, v.distinct ? NO : UNKNOWN) : NO;
        } else if ('c' in t) {
          if ('c' in v) r = v.c === t.c ? next : NO;
          else if ('w' in v) r = NO;
          else r = v.distinct ? NO : Math.min(UNKNOWN, rowRest(dp, i + 1, j + 1, w, n));
        } else if ('s' in t) {
          if ('s' in v && v.s === t.s) r = next;
          else if ('w' in v) r = NO;
          else if (t.distinct || ('s' in v && v.distinct)) r = NO;
          else if ('s' in v) r = Math.min(UNKNOWN, Math.max(rowRest(dp, i + 1, j + 1, w, n), colRest(dp, i + 1, j + 1, w, m)));
          else r = Math.min(UNKNOWN, colRest(dp, i + 1, j + 1, w, m));
        }
      }
      dp[i * w + j] = r;
    }
  }
  return (dp[0] ?? 0) as Tri;
}

// A symbol stands for an unknown, non-empty string: it may cover any number of the other side's
// tokens. These take the best continuation over every such cover (a pattern symbol covering value
// tokens j..l-1: columns; a value symbol covering pattern tokens i..k-1: rows).
function colRest(dp: Uint8Array, i: number, jFrom: number, w: number, m: number): number {
  let best = 0;
  for (let j = jFrom; j <= m && best === 0; j++) best = Math.max(best, dp[i * w + j] ?? 0);
  return best;
}
function rowRest(dp: Uint8Array, iFrom: number, j: number, w: number, n: number): number {
  let best = 0;
  for (let i = iFrom; i <= n && best === 0; i++) best = Math.max(best, dp[i * w + j] ?? 0);
  return best;
}

export function matchStr(pattern: string, value: string, opts: MatchOptions): boolean {
  return matchParts([pattern], [value], opts) === YES;
}
