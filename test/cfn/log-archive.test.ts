// RULES.md, "A bucket with no flow log in the scan": a log-archive stack's bucket policy is judged
// with its own stack's region and partition symbols, so delivery passes for every region and the
// real finding (no confused-deputy condition) is reported.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { cfnLint, haveCfnLint } from './cfn-lint.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'cfn');

describe('log-archive bucket with no flow log in the scan', () => {
  it.skipIf(!haveCfnLint)('the fixture is a valid template (cfn-lint)', () => {
    const r = cfnLint([join(FIX, 'log-archive.yaml')]);
    expect(r.output).toBe('');
  });
  if (!haveCfnLint) it.skip('cfn-lint is not installed: fixture validity not checked', () => {});

  it('delivery-write and acl-check pass for every region; source-conditions is reported', () => {
    const out = lint({ paths: ['log-archive.yaml'], cwd: FIX, accountIds: [], severities: new Map() });
    for (const id of ['bucket-policy/delivery-write', 'bucket-policy/acl-check']) {
      expect(out.results.filter((r) => r.ruleId === id), id).toEqual([]);
      expect(out.checks[id]?.pass, id).toBe(1);
    }
    const sc = out.results.filter((r) => r.ruleId === 'bucket-policy/source-conditions');
    expect(sc.map((r) => [r.status, r.line])).toEqual([
      ['fail', 15],
      ['fail', 24],
    ]);
  });
});
