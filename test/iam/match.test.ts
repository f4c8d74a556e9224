// matchParts: IAM globbing (`*` any run of characters, `?` exactly one) over strings that may
// contain symbols. A symbol equals itself; against literal text or another symbol it is unknown;
// a fresh() symbol is known to differ from everything else.
import { describe, expect, it } from 'vitest';
import { checkAction } from '../../src/iam/actions.js';
import { matchParts, matchStr, type MatchOptions } from '../../src/iam/match.js';
import { NO, UNKNOWN, YES, type Tri } from '../../src/iam/tri.js';
import { ACCOUNT, REGION, fresh } from '../../src/model/symbols.js';
import type { Part } from '../../src/model/value.js';

const GLOB: MatchOptions = { wildcards: true };
const EXACT: MatchOptions = { wildcards: false };
const OTHER = fresh('other-account');

interface Case {
  readonly name: string;
  readonly pattern: readonly Part[];
  readonly value: readonly Part[];
  readonly opts: MatchOptions;
  readonly expected: Tri;
}

const cases: Case[] = [
  { name: 'identical literals match', pattern: ['s3:PutObject'], value: ['s3:PutObject'], opts: EXACT, expected: YES },
  { name: 'different literals do not match', pattern: ['s3:PutObject'], value: ['s3:GetObject'], opts: EXACT, expected: NO },
  { name: 'without wildcards "*" is a literal character', pattern: ['a*'], value: ['abc'], opts: EXACT, expected: NO },
  { name: 'without wildcards "*" matches a literal "*"', pattern: ['a*'], value: ['a*'], opts: EXACT, expected: YES },
  { name: '"*" matches any run of characters, across ":" and "/"', pattern: ['arn:aws:s3:::bucket/*'], value: ['arn:aws:s3:::bucket/a/b:c'], opts: GLOB, expected: YES },
  { name: '"*" matches the empty string', pattern: ['s3:PutObject*'], value: ['s3:PutObject'], opts: GLOB, expected: YES },
  { name: 'several "*" in one pattern', pattern: ['iam:*AccessKey*'], value: ['iam:UpdateAccessKeyLastUsed'], opts: GLOB, expected: YES },
  { name: '"?" matches exactly one character', pattern: ['s3:?etObject'], value: ['s3:GetObject'], opts: GLOB, expected: YES },
  { name: '"?" does not match zero characters', pattern: ['a?c'], value: ['ac'], opts: GLOB, expected: NO },
  { name: '"?" does not match two characters', pattern: ['a?c'], value: ['abbc'], opts: GLOB, expected: NO },
  { name: 'a wildcard in the value is not a wildcard', pattern: ['abc'], value: ['a*'], opts: GLOB, expected: NO },
  { name: 'matching is case sensitive by default', pattern: ['S3:PutObject'], value: ['s3:putobject'], opts: GLOB, expected: NO },
  { name: 'ignoreCase folds case on both sides', pattern: ['S3:Put*'], value: ['s3:putobject'], opts: { wildcards: true, ignoreCase: true }, expected: YES },
  { name: 'the same symbol on both sides matches', pattern: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:x'], value: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:x'], opts: EXACT, expected: YES },
  { name: 'the same symbol with a wildcard tail matches', pattern: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:*'], value: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:x:log-stream:y'], opts: GLOB, expected: YES },
  { name: 'two different (non-fresh) symbols are unknown', pattern: [ACCOUNT], value: [REGION], opts: EXACT, expected: UNKNOWN },
  { name: 'a literal pattern against a symbolic value is unknown', pattern: ['arn:aws:iam::111122223333:root'], value: ['arn:aws:iam::', ACCOUNT, ':root'], opts: EXACT, expected: UNKNOWN },
  { name: 'a symbolic pattern against a literal value is unknown', pattern: ['arn:aws:iam::', ACCOUNT, ':root'], value: ['arn:aws:iam::111122223333:root'], opts: EXACT, expected: UNKNOWN },
  { name: 'a symbol cannot hide a literal mismatch after it', pattern: ['arn:aws:logs:us-east-1:111122223333:log-group:other'], value: ['arn:aws:logs:us-east-1:', ACCOUNT, ':log-group:flow'], opts: EXACT, expected: NO },
  { name: 'a symbol cannot hide a literal mismatch before it', pattern: ['arn:aws:s3:::', ACCOUNT], value: ['arn:aws:sqs:::111122223333'], opts: EXACT, expected: NO },
  { name: 'a fresh symbol differs from every literal', pattern: ['111122223333'], value: [OTHER], opts: EXACT, expected: NO },
  { name: 'a fresh symbol differs from every other symbol', pattern: [ACCOUNT], value: [OTHER], opts: EXACT, expected: NO },
  { name: 'a fresh symbol equals itself', pattern: ['x-', OTHER], value: ['x-', OTHER], opts: EXACT, expected: YES },
  { name: '"*" matches a symbol', pattern: ['*'], value: [ACCOUNT], opts: GLOB, expected: YES },
  { name: '"*" matches a fresh symbol too', pattern: ['arn:aws:s3:::bucket/*'], value: ['arn:aws:s3:::bucket/', OTHER], opts: GLOB, expected: YES },
  { name: '"?" against a symbol (maybe one character) is unknown', pattern: ['?'], value: [ACCOUNT], opts: GLOB, expected: UNKNOWN },
  { name: 'a symbol is non-empty: it does not match the empty string', pattern: [], value: [ACCOUNT], opts: GLOB, expected: NO },
  // The literal head and tail are compared directly and only the middle goes to the table: these
  // pin that trimming down at its edges.
  { name: '"?" in the literal head matches one character before a symbol', pattern: ['ab?-', ACCOUNT], value: ['abc-', ACCOUNT], opts: GLOB, expected: YES },
  { name: 'a literal tail after a wildcard and a symbol', pattern: ['x', ACCOUNT, '*z'], value: ['x', ACCOUNT, 'yyz'], opts: GLOB, expected: YES },
  { name: 'a literal tail mismatch after a symbol is a definite no', pattern: ['x', ACCOUNT, '*z'], value: ['x', ACCOUNT, 'yyq'], opts: GLOB, expected: NO },
  { name: '"*" in the pattern covers a symbol between literal head and tail', pattern: ['x*', 'q'], value: ['x', ACCOUNT, 'q'], opts: GLOB, expected: YES },
  { name: 'a literal against a trailing value symbol stays unknown', pattern: ['xq'], value: ['x', ACCOUNT], opts: EXACT, expected: UNKNOWN },
  { name: 'a head mismatch before a symbol is a definite no', pattern: ['aab', ACCOUNT], value: ['ab', ACCOUNT], opts: EXACT, expected: NO },
  { name: 'head and tail may not overlap: a trailing literal is not used twice', pattern: ['ab'], value: ['a', ACCOUNT, 'b'], opts: GLOB, expected: NO },
  { name: '"**" matches what "*" matches', pattern: ['s3:**Object'], value: ['s3:PutObject'], opts: GLOB, expected: YES },
  { name: '"**" with a symbol in the value', pattern: ['a/**/', ACCOUNT], value: ['a/b/c/', ACCOUNT], opts: GLOB, expected: YES },
];

describe('matchParts', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(matchParts(c.pattern, c.value, c.opts)).toBe(c.expected);
    });
  }

  it('matchStr is the literal-only boolean form', () => {
    expect(matchStr('logs:*', 'logs:PutLogEvents', GLOB)).toBe(true);
    expect(matchStr('logs:*', 'logs:PutLogEvents', EXACT)).toBe(false);
  });
});

// Matching must be fast on hostile patterns (no regex per pattern, no exponential backtracking).
// Budgets are generous: the machine running the suite may be loaded.
describe('matching: time budgets', () => {
  const BUDGET_MS = 10_000;
  const timed = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };

  it('"s3:**********!" against the whole s3 catalog is instant', () => {
    let r: ReturnType<typeof checkAction> | undefined;
    const ms = timed(() => {
      r = checkAction('s3:**********!');
      checkAction(`s3:${'*'.repeat(5000)}!`);
      checkAction(`s3:${'*a'.repeat(2000)}!`);
    });
    expect(r?.status === 'no-match' || r?.status === 'unknown-service').toBe(true);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('long star runs and many stars, literal and symbolic values', () => {
    const pattern = `${'*a'.repeat(3000)}*b`;
    const value = 'a'.repeat(6000);
    const ms = timed(() => {
      expect(matchParts([pattern], [value], GLOB)).toBe(NO);
      expect(matchParts([pattern], [value.slice(0, 3000), ACCOUNT, value.slice(3000)], GLOB)).toBe(NO);
      expect(matchParts([pattern], [value.slice(0, 3000), ACCOUNT], GLOB)).toBe(UNKNOWN);
      // The symbol may end in "!": unknown, and quickly.
      expect(matchParts([`${'*'.repeat(10_000)}!`], ['x'.repeat(10_000), ACCOUNT], GLOB)).toBe(UNKNOWN);
      expect(matchParts([`${'*'.repeat(10_000)}!`], ['x'.repeat(10_000), ACCOUNT, 'x'], GLOB)).toBe(NO);
    });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('megabyte literal patterns and values: no backtracking', () => {
    const ms = timed(() => {
      expect(matchParts([`${'*a'.repeat(500_000)}*`], ['a'.repeat(499_999)], GLOB)).toBe(NO);
      expect(matchParts([`${'*a'.repeat(500_000)}*`], ['a'.repeat(500_000)], GLOB)).toBe(YES);
      expect(matchParts([`${'*?a'.repeat(100_000)}*`], ['ba'.repeat(150_000)], GLOB)).toBe(YES);
    });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('a symbolic comparison too large for the table is unknown (a budget), never a guess', () => {
    const big = 'x'.repeat(7000);
    const ms = timed(() => {
      expect(matchParts([`${big}*`, ACCOUNT], [big, ACCOUNT, 'x'], GLOB)).toBe(UNKNOWN);
    });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('memoised answers equal fresh ones', () => {
    const p: Part[] = ['arn:aws:s3:::b/', ACCOUNT, '/*'];
    const v: Part[] = ['arn:aws:s3:::b/', ACCOUNT, '/k'];
    expect(matchParts(p, v, GLOB)).toBe(YES);
    expect(matchParts(p, v, GLOB)).toBe(YES);
    expect(matchParts(p, v, EXACT)).toBe(NO);
  });
});
