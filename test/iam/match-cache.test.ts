// The matchParts answer cache: cached answers are the table's answers, and the cache stays bounded
// however many distinct inputs (hostile ones included) come by.
import { describe, expect, it } from 'vitest';
import { CACHE_MAX, matchCacheSize, matchParts, matchPartsByTable, type MatchOptions } from '../../src/iam/match.js';
import { YES } from '../../src/iam/tri.js';
import { ACCOUNT, REGION } from '../../src/model/symbols.js';
import { display, type Part } from '../../src/model/value.js';

const OPTS: MatchOptions[] = [
  { wildcards: true },
  { wildcards: true, ignoreCase: true },
  { wildcards: false, ignoreCase: true },
  { wildcards: false },
];
const PATTERNS: Part[][] = [['arn:aws:s3:::b*'], ['arn:aws:s3:::B?CKET/*'], ['arn:aws:s3:::', ACCOUNT, '-*'], ['*'], ['a*b*c'], ['arn:', REGION, ':*']];
const VALUES: Part[][] = [['arn:aws:s3:::bucket/x'], ['arn:aws:s3:::BUCKET/AWSLogs/1'], ['arn:aws:s3:::', ACCOUNT, '-logs'], ['abc'], ['aXbYc'], ['arn:', REGION, ':x']];

describe('matchParts cache', () => {
  it('gives the table answers, first and again from the cache', () => {
    for (const o of OPTS)
      for (const p of PATTERNS)
        for (const v of VALUES) {
          const want = matchPartsByTable(p, v, o);
          expect(matchParts(p, v, o), `${display(p)} ~ ${display(v)}`).toBe(want);
          expect(matchParts(p, v, o)).toBe(want);
        }
  });

  it('stays bounded on many distinct inputs, and answers stay right after it starts again', () => {
    for (let i = 0; i < CACHE_MAX + 5_000; i++) {
      matchParts([`p${i}*`], [`p${i}x`], { wildcards: true });
      expect(matchCacheSize()).toBeLessThanOrEqual(CACHE_MAX);
    }
    expect(matchParts(['p1*'], ['p1x'], { wildcards: true })).toBe(matchPartsByTable(['p1*'], ['p1x'], { wildcards: true }));
    expect(matchParts(['p1*'], ['q1x'], { wildcards: true })).toBe(matchPartsByTable(['p1*'], ['q1x'], { wildcards: true }));
  });

  it('does not keep very long inputs', () => {
    const before = matchCacheSize();
    const long = 'a'.repeat(100_000);
    // (too long for the table, which would say unknown; the literal glob decides it)
    expect(matchParts([`${long}*`], [`${long}b`], { wildcards: true })).toBe(YES);
    expect(matchCacheSize()).toBe(before);
  });
});
