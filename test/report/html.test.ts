// `--format html` without a browser: escaping, nothing external, filters and matrix from results
// alone (merged JSON reports), the chain sections, stable output. The page in a real browser is
// test/report/html-browser.test.ts.
import { describe, expect, it } from 'vitest';
import { buildChainGraph } from '../../src/graph/chain.js';
import { lintAsync } from '../../src/lint.js';
import { formatHtml } from '../../src/report/html.js';
import { FORMATS, formatReport } from '../../src/report/registry.js';
import { META, report, sampleReport } from './_report.js';
import { join } from 'node:path';

describe('--format html', () => {
  it('escapes every text it shows (messages, resources, files, suppression reasons)', () => {
    const rep = report([
      { ruleId: 'bucket-policy/acl-check', severity: 'error', status: 'fail', message: '<script>alert(1)</script> & "x"', file: 'a"<b>.yaml', line: 1, column: 1, resource: "</td><img src=x onerror=alert(1)>'" },
    ]);
    const html = formatHtml(rep, META);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('data-file="a&quot;&lt;b&gt;.yaml"');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('is self-contained: no external resource, a CSP that forbids loading any', () => {
    const html = formatHtml(sampleReport(), META);
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|\bsrc=|@import|@font-face|url\((?!#)/);
  });

  it('results alone (a merged JSON report): findings, filters and the account × region matrix, no chain section', () => {
    const html = formatHtml(sampleReport(), META);
    expect(html).toContain('<option>vpc/flow-logs-enabled</option>');
    expect(html).toContain('<option>111122223333</option>');
    expect(html).toContain('<option>eu-west-1</option>');
    expect(html).toContain('<th>111122223333</th>');
    expect(html).not.toContain('id="chains"');
    // Suppressed results are counted, not listed.
    expect(html).not.toContain('Suppressed one');
    expect((html.match(/<tr data-rule=/g) ?? []).length).toBe(sampleReport().results.filter((r) => !r.suppressed).length);
  });

  it('one chain section per flow log, failing first, the same bytes every time', async () => {
    const dir = join(import.meta.dirname, '..', 'graph', 'fixtures');
    const out = await lintAsync({ paths: ['s3.yaml', 'firehose.yaml', 'cwl.yaml'], cwd: dir, accountIds: ['111122223333'], severities: new Map() });
    const rep = report(out.results);
    const graph = buildChainGraph(out.model, ['111122223333'], out.results);
    const html = formatHtml(rep, META, { graph });
    const outcomes = [...html.matchAll(/<section class="chain (\w+)"/g)].map((m) => m[1]);
    expect(outcomes).toEqual(['fail', 'fail', 'unverifiable']);
    expect(html).toContain('data-rules="kms/log-group-key-access"');
    expect(formatHtml(rep, META, { graph: buildChainGraph(out.model, ['111122223333'], out.results) })).toBe(html);
  });

  it('is in the one registry that lint and merge share', async () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html']);
    expect(await formatReport('html', { rep: sampleReport(), color: false })).toBe(formatHtml(sampleReport(), META));
  });
});
