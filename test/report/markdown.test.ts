import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { formatMarkdown, mdCode, mdMessage, mdText } from '../../src/report/markdown.js';
import { HAVE_CASES, META, caseNames, lintCase, report, sampleReport } from './_report.js';

/** Splits a GFM table row into cells the way GitHub does: on `|` not preceded by a backslash. */
function cells(row: string): string[] {
  expect(row.startsWith('| ') && row.endsWith(' |')).toBe(true);
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function table(md: string, heading: string): string[][] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) rows.push(cells(lines[i] as string));
  return rows;
}

describe('markdown', () => {
  const md = formatMarkdown(sampleReport(), META);

  it('starts with a heading with the totals', () => {
    expect(md.endsWith('\n')).toBe(true);
    const [h, , sub] = md.split('\n');
    expect(h).toBe('## ❌ flowlog-lint: 4 problems (2 errors, 1 warning, 1 info)');
    expect(sub).toBe('2 files, 3 resources, 18 checks · 1 suppressed · flowlog-lint 1.2.3');
  });

  it('has a checks table per rule, sorted', () => {
    const rows = table(md, '### Checks');
    expect(rows[0]).toEqual(['Rule', 'Pass', 'Fail', 'Unverifiable']);
    expect(rows[1]).toEqual(['---', '---:', '---:', '---:']);
    expect(rows.slice(2).map((r) => r.length)).toEqual(Array(7).fill(4));
    expect(rows[2]).toEqual(['[`arn/syntax`](https://github.com/flowlog-lint/flowlog-lint/blob/main/docs/rules/arn/syntax.md)', '7', '0', '0']);
    expect(rows.slice(2).map((r) => r[0]?.slice(2, r[0].indexOf('`', 2)))).toEqual([
      'arn/syntax',
      'bucket-policy/acl-check',
      'bucket-policy/owner-full-control',
      'delivery-role/trust',
      'flow-log/traffic-type',
      'kms/key-arn',
      'vpc/flow-logs-enabled',
    ]);
  });

  it('has a findings table with five cells per row, pipes escaped', () => {
    const rows = table(md, '### Findings');
    expect(rows[0]).toEqual(['Severity', 'Rule', 'Location', 'Resource', 'Message']);
    const body = rows.slice(2);
    expect(body).toHaveLength(4);
    for (const r of body) expect(r).toHaveLength(5);
    expect(body[0]?.[0]).toBe('❌ error');
    expect(body[0]?.[2]).toBe('`infra/log-bucket.yaml:42`');
    expect(body[0]?.[3]).toBe('`FlowLogBucketPolicy`');
    expect(body[1]?.[0]).toBe('⚠️ warning (unverifiable)');
    expect(body[1]?.[4]).toBe('Cannot tell if \\<bucket\\> &amp; "key" allow it, a\\|b, 100%<br>second line: x,y');
    expect(body[2]?.[0]).toBe('ℹ️ info');
    expect(body[2]?.[2]).toBe('`dir with space/flow,log:1.json:3`');
    expect(body[2]?.[4]).toBe("TrafficType is REJECT; it's \\*not\\* ALL");
    expect(body[3]?.[2]).toBe('`aws:111122223333:eu-west-1`');
    expect(md).toContain('1 suppressed finding not shown.');
    expect(md).not.toContain('Suppressed one');
  });

  it('says "No problems found" when clean, with the suppressed count', () => {
    const clean = formatMarkdown(report([], { checks: { 'arn/syntax': { pass: 2, fail: 0, unverifiable: 0 } } }), META);
    expect(clean.split('\n')[0]).toBe('## ✅ flowlog-lint: no problems');
    expect(clean).toContain('\nNo problems found.\n');
    const sup: Result = { ruleId: 'kms/key-arn', severity: 'error', status: 'fail', message: 'm', file: 'a.yaml', line: 1, column: 1, suppressed: { kind: 'inSource', justification: 'ok' } };
    const onlySuppressed = formatMarkdown(report([sup]), META);
    expect(onlySuppressed).toContain('No problems found (1 suppressed).');
    expect(onlySuppressed).toContain('No rule applied to these inputs.');
  });

  it('escapes cell text and builds safe code spans', () => {
    expect(mdText('a|b')).toBe('a\\|b');
    expect(mdText('arn:aws:s3:::b/*/AWSLogs/*')).toBe('arn:aws:s3:::b/\\*/AWSLogs/\\*');
    expect(mdText('<script>x</script> & _y_ `z` [l](u) ~s~ $x$')).toBe('\\<script\\>x\\</script\\> &amp; \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\$x\\$');
    expect(mdText('one\r\ntwo\nthree')).toBe('one<br>two<br>three');
    expect(mdCode('a|b')).toBe('`a\\|b`');
    expect(mdCode('has `tick`')).toBe('`` has `tick` ``');
    expect(mdCode('``')).toBe('``` `` ```');
    expect(mdCode('')).toBe('');
    expect(mdMessage('set `s3:x-amz-acl = a|b` on *all*, not `')).toBe('set `s3:x-amz-acl = a\\|b` on \\*all\\*, not \\`');
    expect(mdMessage('`a` and `b`')).toBe('`a` and `b`');
  });

  it('keeps a row intact whatever the message holds', () => {
    const r: Result = { ruleId: 'x/y', severity: 'error', status: 'fail', message: 'a | b || c\n| d |', file: 'p|q.json', line: 3, column: 1, resource: 'R|S' };
    const rows = table(formatMarkdown(report([r]), META), '### Findings').slice(2);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(5);
    expect(rows[0]?.[2]).toBe('`p\\|q.json:3`');
    expect(rows[0]?.[3]).toBe('`R\\|S`');
  });

  it('maxFindings cuts the table and says how many are left', () => {
    const out = formatMarkdown(sampleReport(), META, { maxFindings: 1, docsBase: 'https://docs.example/rules/' });
    expect(table(out, '### Findings').slice(2)).toHaveLength(1);
    expect(out).toContain('…and 3 more findings not shown.');
    expect(out).toContain('(https://docs.example/rules/bucket-policy/owner-full-control.md)');
  });

  it('is deterministic', () => {
    expect(formatMarkdown(sampleReport(), META)).toBe(md);
  });
});

describe.skipIf(!HAVE_CASES)('markdown: acceptance cases', () => {
  it.each(caseNames())('%s: tables have the right shape', async (name) => {
    const { report: rep } = await lintCase(name);
    const md = formatMarkdown(rep, META);
    const active = rep.results.filter((r) => !r.suppressed);
    if (active.length === 0) expect(md).toContain('No problems found');
    else {
      const rows = table(md, '### Findings').slice(2);
      expect(rows).toHaveLength(active.length);
      for (const r of rows) expect(r).toHaveLength(5);
    }
    if (Object.keys(rep.checks).length) {
      const rows = table(md, '### Checks').slice(2);
      expect(rows).toHaveLength(Object.keys(rep.checks).length);
      for (const r of rows) expect(r).toHaveLength(4);
    }
  });
});
