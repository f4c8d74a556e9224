// `flowlog-lint graph`, the Mermaid section of `--format markdown` and `--format html` from the
// command line (lint and merge); audit --format html is in test/audit/html.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChainGraph } from '../../src/graph/chain.js';
import { failingChainsSection } from '../../src/graph/markdown-section.js';
import { lintAsync } from '../../src/lint.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { orgSnapshot } from '../helpers/org-snapshot.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const fixtures = join(root, 'test', 'graph', 'fixtures');

function run(args: string[], cwd = fixtures) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
}

describe('flowlog-lint graph', () => {
  it('prints Mermaid by default and DOT on request, the same bytes every run, exit 0 despite failures', () => {
    const a = run(['graph', '--account-id', '111122223333', 's3.yaml', 'cwl.yaml']);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(a.stdout).toContain('FAIL: bucket-policy/acl-check');
    expect(run(['graph', '--account-id', '111122223333', 'cwl.yaml', 's3.yaml']).stdout).toBe(a.stdout);
    const dot = run(['graph', '--graph-format', 'dot', '--account-id', '111122223333', 's3.yaml']);
    expect(dot.stdout.startsWith('digraph flowlogs {\n')).toBe(true);
    expect(dot.stdout).toContain('label="FAIL: bucket-policy/acl-check"');
  });

  it('--quiet does not turn unverifiable links into passes', () => {
    const q = run(['graph', '--quiet', '--account-id', '111122223333', 'unverifiable.yaml']);
    expect(q.stdout).toContain('UNVERIFIABLE: flow-log/destination-arn');
    const md = run(['--quiet', '--format', 'html', '--account-id', '111122223333', 'unverifiable.yaml']).stdout;
    expect(md).toContain('<section class="chain unverifiable"');
  });

  it('bad usage and unreadable input exit 2 with a message, no stack trace', () => {
    const bad = run(['graph', '--graph-format', 'png', 's3.yaml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--graph-format takes mermaid or dot');
    const d = mkdtempSync(join(tmpdir(), 'flowlog-graph-'));
    writeFileSync(join(d, 'broken.json'), '{"Version": "2012-10-17", "Statement": [');
    const broken = run(['graph', 'broken.json'], d);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('flowchart LR\n  none["no flow log found"]\n');
    expect(broken.stderr).toMatch(/^flowlog-lint: broken\.json:1:\d+: /);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--format markdown draws the chains that fail', () => {
  it('embeds Mermaid for failing chains only, under the findings', () => {
    const md = run(['--format', 'markdown', '--account-id', '111122223333', 's3.yaml', 'firehose.yaml']).stdout;
    const at = md.indexOf('### Delivery chains with failures');
    expect(at).toBeGreaterThan(md.indexOf('### Findings'));
    const block = md.slice(at);
    expect(block).toContain('```mermaid\nflowchart LR');
    expect(block).toContain('FAIL: bucket-policy/acl-check');
    expect(block).not.toContain('Firehose stream');
    const clean = run(['--format', 'markdown', '--account-id', '111122223333', 'firehose.yaml']).stdout;
    expect(clean).not.toContain('```mermaid');
  });

  it('stays under GitHub’s 65,536-character limit and says what was left out', async () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-graph-'));
    writeFileSync(join(d, 'org.json'), JSON.stringify(orgSnapshot(1800)));
    const out = await lintAsync({ paths: ['org.json'], cwd: d, accountIds: [], severities: new Map() });
    const rep = { results: out.results, files: out.files, resources: out.resources, checks: out.checks, toolVersion: '0.1.0' };
    const graph = buildChainGraph(out.model, [], out.results);
    const failing = graph.chains.filter((c) => c.outcome === 'fail').length;
    // Enough failing chains that their diagrams together exceed the comment limit.
    expect(failing).toBeGreaterThan(100);
    const md = formatMarkdown(rep, [], { graph });
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain('<details>');
    const shown = (md.match(/subgraph c\d+/g) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(md).toContain(`${failing - shown} more chains with failures left out to stay under GitHub's 65,536-character comment limit`);
    // A comment already at the limit gets no diagram, only the line.
    const none = failingChainsSection(graph, 65_000);
    expect(none.join('\n')).not.toContain('```mermaid');
    expect(none.join('\n')).toContain(`${failing} more chains with failures left out`);
  });
});

describe('--format html from lint and merge', () => {
  it('lint writes one self-contained page', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-graph-'));
    const r = run(['--format', 'html', '--output', join(d, 'r.html'), '--account-id', '111122223333', '.']);
    expect(r.status).toBe(1);
    const html = readFileSync(join(d, 'r.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\((?!#)/);
    expect((html.match(/<section class="chain /g) ?? []).length).toBe(9);
  });

  it('merge --format html: snapshots keep their diagrams; JSON reports give findings and matrix without them', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-graph-'));
    const snap = readFileSync(join(fixtures, 'live-snapshot.json'), 'utf8');
    writeFileSync(join(d, 'a.json'), snap);
    writeFileSync(join(d, 'b.json'), snap.replaceAll('111122223333', '444455556666').replaceAll('org-flow-logs', 'org-flow-logs-b'));
    const fromSnapshots = run(['merge', '--format', 'html', 'a.json', 'b.json'], d);
    expect(fromSnapshots.status).toBe(1);
    expect((fromSnapshots.stdout.match(/<section class="chain /g) ?? []).length).toBe(4);
    expect(fromSnapshots.stdout).toContain('<th>444455556666</th>');
    for (const f of ['a', 'b']) writeFileSync(join(d, `${f}.report.json`), run(['--format', 'json', `${f}.json`], d).stdout);
    const fromReports = run(['merge', '--format', 'html', 'a.report.json', 'b.report.json'], d);
    expect(fromReports.status).toBe(1);
    expect(fromReports.stdout).toContain('id="findings"');
    expect(fromReports.stdout).toContain('<th>444455556666</th>');
    expect(fromReports.stdout).not.toContain('<section class="chain');
  });
});
