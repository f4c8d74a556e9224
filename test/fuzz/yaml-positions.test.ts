// Generated and mutated YAML: wherever js-yaml loads a document, the positions recorded during
// that parse (yaml-offsets.ts) equal the positioned parser's, node for node and key for key.
//
// FUZZ_RUNS scales the runs; FUZZ_SEED changes the seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSource } from '../../src/parse/source.js';
import { compare } from '../helpers/yaml-positions.js';
import { mutatedSeed, yamlish } from './generators.js';
import { FUZZ_RUNS, FUZZ_SEED } from './support.js';

const YAML_FILE = /\.(ya?ml|template)$/;

/** Position differences over the YAML files of a set; documents js-yaml rejects are skipped (the
 * positioned parser reads those directly). */
function differences(files: Readonly<Record<string, string | Uint8Array>>): string[] {
  const out: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!YAML_FILE.test(name)) continue;
    const src = makeSource(name, typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    let diffs: string[];
    try {
      diffs = compare(src);
    } catch {
      continue;
    }
    if (diffs.length) out.push(`${name}: ${diffs.slice(0, 3).join('; ')}`);
  }
  return out;
}

describe('YAML positions from the first parse, fuzzed', () => {
  it('generated YAML documents', () => {
    fc.assert(
      fc.property(yamlish, (set) => {
        expect(differences(set.files)).toEqual([]);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS * 2 },
    );
  }, 120_000);

  it('mutated real templates', () => {
    fc.assert(
      fc.property(mutatedSeed, (set) => {
        expect(differences(set.files)).toEqual([]);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS * 2 },
    );
  }, 120_000);
});
