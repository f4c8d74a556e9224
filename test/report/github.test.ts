import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { HAVE_CASES, META, caseNames, lintCase, report, sampleReport } from './_report.js';

/** Reverses GitHub's escaping, as the runner does. */
const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

/** Parses a workflow command line the way the Actions runner does. */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const p of (m[2] ?? '').split(',').filter(Boolean)) {
    const i = p.indexOf('=');
    props[p.slice(0, i)] = unescape(p.slice(i + 1));
  }
  return { command: m[1] as string, props, data: unescape(m[3] as string) };
}

describe('github', () => {
  const out = formatGithub(sampleReport(), META);
  const lines = out.trimEnd().split('\n');

  it('one annotation per unsuppressed result, then a plain summary line', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 4).every((l) => l.startsWith('::'))).toBe(true);
    expect(lines[4]).toBe('flowlog-lint: 2 errors, 1 warning, 1 info, 1 suppressed');
    expect(out).not.toContain('Suppressed one');
  });

  it('maps severities to error / warning / notice and writes the position', () => {
    expect(lines[0]).toBe(
      '::error file=infra/log-bucket.yaml,line=42,col=11,endLine=42,endColumn=38,title=bucket-policy/owner-full-control::PutObject is allowed without s3:x-amz-acl = bucket-owner-full-control (policy.json:12) [FlowLogBucketPolicy]',
    );
    expect(parseCommand(lines[1] as string).command).toBe('warning');
    expect(parseCommand(lines[2] as string).command).toBe('notice');
    expect(parseCommand(lines[3] as string)).toEqual({
      command: 'error',
      props: { title: 'vpc/flow-logs-enabled' },
      data: 'aws:111122223333:eu-west-1: VPC has no flow log [vpc-0a1b2c3d4e5f67890]',
    });
  });

  it('escapes data and properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
    expect(lines[1]).toBe(
      '::warning file=infra/log-bucket.yaml,line=50,col=3,endLine=50,endColumn=3,title=bucket-policy/acl-check::[unverifiable] Cannot tell if <bucket> & "key" allow it, a|b, 100%25%0Asecond line: x,y [FlowLogBucketPolicy]',
    );
    const traffic = parseCommand(lines[2] as string);
    expect(lines[2]).toContain('file=dir with space/flow%2Clog%3A1.json,');
    expect(traffic.props).toEqual({ file: 'dir with space/flow,log:1.json', line: '3', col: '5', endLine: '4', endColumn: '2', title: 'flow-log/traffic-type' });
  });

  it('a message cannot inject another command', () => {
    const evil: Result = { ruleId: 'a,b:c', severity: 'error', status: 'fail', message: 'x\n::error::injected\r\n::add-mask::y', file: 'f,1.json', line: 1, column: 1 };
    const o = formatGithub(report([evil]), META).trimEnd().split('\n');
    expect(o).toHaveLength(2);
    const c = parseCommand(o[0] as string);
    expect(c.props.title).toBe('a,b:c');
    expect(c.props.file).toBe('f,1.json');
    expect(c.data).toBe('x\n::error::injected\r\n::add-mask::y');
  });

  it('results without a line carry only the file', () => {
    const r: Result = { ruleId: 'parse-error', severity: 'error', status: 'fail', message: 'No such file or folder: x', file: 'x' };
    expect(formatGithub(report([r]), META).split('\n')[0]).toBe('::error file=x,title=parse-error::No such file or folder: x');
  });

  it('a clean run prints only the summary', () => {
    expect(formatGithub(report([]), META)).toBe('flowlog-lint: no problems in 2 file(s)\n');
  });
});

describe.skipIf(!HAVE_CASES)('github: acceptance cases', () => {
  it.each(caseNames())('%s: every line parses, one per unsuppressed result', async (name) => {
    const { report: rep } = await lintCase(name);
    const lines = formatGithub(rep, META).trimEnd().split('\n');
    const active = rep.results.filter((r) => !r.suppressed);
    expect(lines).toHaveLength(active.length + 1);
    active.forEach((r, i) => {
      const c = parseCommand(lines[i] as string);
      expect(c.props.title).toBe(r.ruleId);
      if (r.file) expect(c.props.file).toBe(r.file);
      if (r.line !== undefined) expect(c.props.line).toBe(String(r.line));
    });
  });
});
