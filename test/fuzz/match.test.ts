// Wildcard matching over generated patterns and values. The fast paths of matchParts (the literal
// glob, `**` collapsing, the literal head/tail shortcut, the memo) must give exactly what the plain
// table gives, and on literal text what a reference regex gives. Hostile shapes (long star runs,
// `*a*a*…`) are generated too, each under a time budget.
//
// FUZZ_RUNS scales the runs (×10 here: matching is cheap); FUZZ_SEED changes the seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchParts, matchPartsByTable, type MatchOptions } from '../../src/iam/match.js';
import { NO, UNKNOWN, YES } from '../../src/iam/tri.js';
import { ACCOUNT, REGION, fresh } from '../../src/model/symbols.js';
import type { Part } from '../../src/model/value.js';
import { FUZZ_RUNS, FUZZ_SEED } from './support.js';

const params = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS * 10 };
const OTHER = fresh('fuzz-other');

const patternPart = fc.oneof(
  fc.constantFrom<Part>('a', 'b', 'A', '*', '?', '**', 'ab*', '*b', ':'),
  fc.constantFrom<Part>(ACCOUNT, REGION, OTHER),
);
const valuePart = fc.oneof(fc.constantFrom<Part>('a', 'b', 'A', 'ab', '*', ':'), fc.constantFrom<Part>(ACCOUNT, REGION, OTHER));
const opts = fc.record<MatchOptions>({ wildcards: fc.boolean(), ignoreCase: fc.boolean() });

/** A reference for literal text: the glob as an anchored regex (fine in a test: inputs are small). */
function reference(pattern: string, value: string, o: MatchOptions): boolean {
  if (!o.wildcards) return o.ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  const src = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${src}$`, o.ignoreCase ? 'is' : 's').test(value);
}

describe('fuzz: wildcard matching', () => {
  it('matchParts equals the plain table on symbolic inputs', () => {
    fc.assert(
      fc.property(fc.array(patternPart, { maxLength: 8 }), fc.array(valuePart, { maxLength: 8 }), opts, (p, v, o) => {
        expect(matchParts(p, v, o)).toBe(matchPartsByTable(p, v, o));
        // Asked again (memoised), the same.
        expect(matchParts(p, v, o)).toBe(matchPartsByTable(p, v, o));
      }),
      params,
    );
  });

  it('matchParts equals a reference regex on literal text', () => {
    const text = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text(['a', 'b', 'A', '*', '?', ':']), text(['a', 'b', 'A', 'B', ':', '*']), opts, (p, v, o) => {
        expect(matchParts([p], [v], o)).toBe(reference(p, v, o) ? YES : NO);
      }),
      params,
    );
  });

  it('hostile patterns (star runs, *a*a…, long values with symbols) stay within budget', () => {
    const hostile = fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), fc.boolean());
    const t0 = performance.now();
    fc.assert(
      fc.property(hostile, ([stars, len, withSymbol]) => {
        const p = `${'*a'.repeat(stars)}${'*'.repeat(stars)}!`;
        const v: Part[] = withSymbol ? ['a'.repeat(len), ACCOUNT, 'a'.repeat(len)] : ['a'.repeat(len * 2)];
        const r = matchParts([p], v, { wildcards: true });
        expect(r).toBe(NO); // the value never ends in "!"
        // Ending in a symbol, the table runs in full: the symbol may end in "!".
        expect(matchParts([p], ['a'.repeat(len), ACCOUNT], { wildcards: true })).toBe(UNKNOWN);
      }),
      { seed: FUZZ_SEED, numRuns: Math.min(FUZZ_RUNS, 40) },
    );
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);
});
