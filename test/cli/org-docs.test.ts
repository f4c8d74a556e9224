// The bucket-policy pages show the organisation-wide policy as a passing example (issue 17): the
// JSON under "### Organisation-wide bucket" passes with --org-id, and is only unverifiable without.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orgFromOptions } from '../../src/model/org.js';
import { runFiles } from '../helpers/rule-tester.js';

const root = join(import.meta.dirname, '..', '..');

function orgExample(page: string): string {
  const text = readFileSync(join(root, 'docs', 'rules', 'bucket-policy', `${page}.md`), 'utf8');
  const at = text.indexOf('### Organisation-wide bucket');
  expect(at, page).toBeGreaterThan(0);
  const m = /```json\n([\s\S]*?)```/.exec(text.slice(at));
  expect(m, page).not.toBeNull();
  return m?.[1] ?? '';
}

describe('organisation-wide bucket policy in the rule docs', () => {
  for (const page of ['delivery-write', 'acl-check', 'source-conditions']) {
    it(`${page}: passes with --org-id, unverifiable without`, () => {
      const id = /"aws:SourceOrgID": "(o-[a-z0-9]+)"/.exec(orgExample(page))?.[1];
      expect(orgFromOptions(id, [])).not.toHaveProperty('error');
      const withOrg = runFiles({ 'bucket-policy.json': orgExample(page) }, ['111122223333'], { id: id ?? '' });
      expect(withOrg.results.filter((r) => r.ruleId.startsWith('bucket-policy/'))).toEqual([]);
      expect(withOrg.checks[`bucket-policy/${page}`]?.pass).toBeGreaterThan(0);
      const without = runFiles({ 'bucket-policy.json': orgExample(page) }, ['111122223333']);
      const left = without.results.filter((r) => r.ruleId.startsWith('bucket-policy/'));
      expect(left.length).toBeGreaterThan(0);
      expect(left.every((r) => r.status === 'unverifiable')).toBe(true);
    });
  }
});
