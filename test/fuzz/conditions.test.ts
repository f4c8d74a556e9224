// Nested conditions, fuzzed (issue 16): the memoised evaluator agrees with a plain recursive one on
// acyclic condition graphs, and any graph (cycles included, up to 40 conditions, the doubling shape
// most of the time) lints within the per-run bound.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateInfo } from '../../src/cfn/load.js';
import { condition } from '../../src/cfn/resolve.js';
import { NO, UNKNOWN, YES, type Tri } from '../../src/iam/tri.js';
import { parseJson } from '../../src/parse/json.js';
import { makeSource } from '../../src/parse/source.js';
import { condGraph, condTemplate, type CondGraph } from './cfn-conditions.js';
import { FUZZ_RUNS, FUZZ_SEED, PER_RUN_MS, checkRun, lintInProcess } from './support.js';

/** The plain evaluator: no memo, exponential, fine for small graphs. */
function reference(g: CondGraph, i: number): Tri {
  const c = g.conds[i];
  if (!c) return UNKNOWN;
  switch (c.op) {
    case 'eqParam':
      return g.defaults[c.param] === c.value ? YES : NO;
    case 'eqRegion':
      return UNKNOWN;
    case 'not':
      return (2 - reference(g, c.ref)) as Tri;
    case 'and':
      return c.refs.map((r) => reference(g, r)).reduce<Tri>((a, x) => (x < a ? x : a), YES);
    case 'or':
      return c.refs.map((r) => reference(g, r)).reduce<Tri>((a, x) => (x > a ? x : a), NO);
  }
}

const params = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, verbose: 1 } as const;

describe('nested conditions, fuzzed', () => {
  it('the memoised evaluator equals a plain recursive one (acyclic graphs, up to 14 conditions)', () => {
    fc.assert(
      fc.property(condGraph(14), (g) => {
        const text = JSON.stringify(condTemplate(g));
        const root = parseJson(makeSource('t.json', text)).root;
        const info = templateInfo('t.json', root, { undecided: new Set(), assume: new Map() });
        // Every condition, last first (so the memo is filled from the top), then each again.
        const order = [...g.conds.keys()].reverse();
        for (const i of [...order, ...order]) expect(condition(info, `C${i}`)).toBe(reference(g, i));
      }),
      params,
    );
  });

  it('any graph of up to 40 conditions (cycles included) lints within the per-run bound', async () => {
    const root = mkdtempSync(join(tmpdir(), 'flowlog-fuzz-cond-'));
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(condGraph(40), condGraph(40, true)), async (g) => {
          const dir = mkdtempSync(join(root, 'run-'));
          const text = JSON.stringify(condTemplate(g), null, 1);
          writeFileSync(join(dir, 't.json'), text);
          const run = await lintInProcess(dir, false);
          checkRun(run, new Map([['t.json', Buffer.from(text)]]));
          expect(run.ms).toBeLessThan(PER_RUN_MS);
          rmSync(dir, { recursive: true, force: true });
        }),
        params,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000 + FUZZ_RUNS * 500);
});
