// Every rule (and every result ID that is not a rule) has a docs page with the sections the
// style guide asks for, reachable from `explain` and from the SARIF help URI.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_ERROR, RULES, SUPPRESSION_RESULTS } from '../../rules/index.js';
import { formatSarif } from '../../src/report/sarif.js';

const root = join(import.meta.dirname, '..', '..');
const metas = [...RULES.map((r) => r.meta), PARSE_ERROR, ...SUPPRESSION_RESULTS];

describe('rule docs', () => {
  for (const m of metas) {
    it(m.id, () => {
      const file = join(root, 'docs', 'rules', `${m.id}.md`);
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith(`# \`${m.id}\``)).toBe(true);
      for (const section of ['## What it does', '## Why is this bad?', '## Example', '## Use instead', '## How to fix', '## Source']) {
        expect(text, `${m.id}: ${section}`).toContain(section);
      }
    });
  }

  it('SARIF help URIs point at these pages', () => {
    const sarif = JSON.parse(formatSarif({ results: [], files: 0, resources: 0, checks: {}, toolVersion: '0.0.0' }, metas)) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[];
    };
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(rules.length).toBeGreaterThanOrEqual(metas.length);
    for (const r of rules) {
      expect(r.helpUri.endsWith(`/docs/rules/${r.id}.md`), r.helpUri).toBe(true);
      expect(existsSync(join(root, 'docs', 'rules', `${r.id}.md`)), r.id).toBe(true);
    }
  });
});
