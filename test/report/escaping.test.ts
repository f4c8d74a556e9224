// Hostile input data through every report format: control characters (newline, CR, ESC, C1, bidi)
// from Sids, file names, resources and messages are escaped, and no output line starts a GitHub
// Actions workflow command (`::add-mask::…`, `::error file=…::…`, `##[…]`) except the annotations
// the github format itself writes. The end-to-end test runs the CLI on a file named with a newline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { escapeControls, guardCommandLines, isCommandLine, jsonSafe } from '../../src/report/escape.js';
import { formatGithub } from '../../src/report/github.js';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { assertDistBuilt, runCli } from '../fuzz/support.js';
import { META, report } from './_report.js';

const HOSTILE = [
  'x\n::add-mask::x',
  'x\r\n::error file=README.md::owned',
  'x\r::warning::cr only',
  '\n  ::set-output name=a::b',
  '\n##[error]old syntax',
  'x\u001b[2J\u001b]0;title\u0007y',
  'c1\u009b31m csi',
  'nel\u0085::error::x',
  'ls\u2028::error::x',
  'bidi\u202Eevil',
];
const AT_LINE_START = ['::add-mask::x', '::error file=README.md::owned', '::warning::cr only', '::set-output name=a::b', '##[error]old syntax', '::error::x'];

function hostileResults(): Result[] {
  return HOSTILE.flatMap((h, i): Result[] => [
    { ruleId: 'bucket-policy/owner-full-control', severity: 'error', status: 'fail', message: `Statement ${h} lets anyone write`, file: `dir/${h}.json`, line: i + 1, column: 1, resource: `Res${h}` },
    { ruleId: 'vpc/flow-logs-enabled', severity: 'warning', status: 'unverifiable', message: `${h}`, file: null, source: `aws:${h}`, resource: h },
    { ruleId: 'flow-log/traffic-type', severity: 'info', status: 'fail', message: h, file: h, line: 1, column: 1 },
    { ruleId: 'kms/key-arn', severity: 'error', status: 'fail', message: h, file: h, suppressed: { kind: 'inSource', justification: h } },
  ]);
}

// eslint-disable-next-line no-control-regex -- looking for raw control characters is the test
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E]/;
const lines = (text: string) => text.split(/\r\n|\r|\n/);

const FORMATS: Record<string, (results: Result[]) => string> = {
  json: (rs) => formatJson(report(rs)),
  sarif: (rs) => formatSarif(report(rs), META),
  stylish: (rs) => formatStylish(report(rs), false),
  'stylish (colour)': (rs) => formatStylish(report(rs), true),
  junit: (rs) => formatJunit(report(rs), META),
  markdown: (rs) => formatMarkdown(report(rs), META),
  github: (rs) => formatGithub(report(rs), META),
  html: (rs) => formatHtml(report(rs), META),
};

describe('escaping: hostile data through every format', () => {
  for (const [name, format] of Object.entries(FORMATS)) {
    it(`${name}: no raw control characters from data, no workflow command at a line start`, () => {
      const out = format(hostileResults());
      // Our own colour codes are the only ESC allowed, and only in the colour variant.
      // eslint-disable-next-line no-control-regex -- stripping our own SGR sequences
      const text = name.includes('colour') ? out.replace(/\u001b\[[0-9;]*m/g, '') : out;
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).not.toContain('\r');
      for (const l of lines(out)) {
        if (name === 'github' && /^::(error|warning|notice) [^\n]*title=[^:,]+::/.test(l)) continue;
        expect(isCommandLine(l), `line starts a workflow command: ${JSON.stringify(l)}`).toBe(false);
        for (const c of AT_LINE_START) expect(l.trimStart().startsWith(c)).toBe(false);
      }
    });
  }

  it('github: one line per annotation (data line breaks stay escaped) plus the summary', () => {
    const rs = hostileResults();
    const out = formatGithub(report(rs), META);
    expect(lines(out.trimEnd())).toHaveLength(rs.filter((r) => !r.suppressed).length + 1);
    expect(out).toContain('%0A::add-mask::x');
    expect(out).toContain('\\u001b[2J');
  });

  it('json and sarif: data round-trips exactly through a JSON parser', () => {
    const rs = hostileResults();
    const json = JSON.parse(formatJson(report(rs))) as { results: { message: string; file: string | null }[] };
    expect(json.results.map((r) => r.message)).toEqual(rs.map((r) => r.message));
    expect(json.results.map((r) => r.file)).toEqual(rs.map((r) => r.file));
    const sarif = JSON.parse(formatSarif(report(rs), META)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]?.results.map((r) => r.message.text)).toContain(rs[0]?.message);
  });

  it('stylish shows control characters as visible escapes', () => {
    const out = formatStylish(report([{ ruleId: 'x/y', severity: 'error', status: 'fail', message: 'a\nb\u001bc', file: 'f\n::add-mask::s.json', line: 1, column: 1 }]), false);
    expect(out).toContain('a\\nb\\u001bc');
    expect(out).toContain('f\\n::add-mask::s.json');
  });

  it('markdown renders a guarded line start as the same text (`\\:` is a Markdown escape)', () => {
    expect(guardCommandLines('ok\n  ::add-mask::x\r##[x]\n', (c) => `\\${c}`)).toBe('ok\n  \\::add-mask::x\r\\##[x]\n');
  });

  it('helpers', () => {
    expect(escapeControls('a\tb\nc\u001b\u009b\u202e', '\t')).toBe('a\tb\\nc\\u001b\\u009b\\u202e');
    expect(jsonSafe(JSON.stringify('\u2028\u009b'))).toBe('"\\u2028\\u009b"');
    expect(isCommandLine('\u0085 ::x')).toBe(true);
    expect(isCommandLine('a::x')).toBe(false);
  });
});

describe('escaping: end to end through the CLI', () => {
  let dir = '';
  beforeAll(() => {
    assertDistBuilt();
    dir = mkdtempSync(join(tmpdir(), 'flowlog-escape-'));
    // A bucket policy that fails owner-full-control; the hostile Sid is quoted in the finding.
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'W\n::add-mask::sid\u001b[2J', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::flow-logs-central/*' },
        { Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::flow-logs-central' },
      ],
    };
    writeFileSync(join(dir, 'bucket\n::error file=README.md::x.json'), JSON.stringify(policy, null, 2));
    writeFileSync(join(dir, 'broken\n::add-mask::y.json'), '{ "Version": ');
    writeFileSync(
      join(dir, 'flow-log.json'),
      JSON.stringify({ ResourceIds: ['vpc-0a1b2c3d4e5f67890'], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-central/' }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['stylish', 'json', 'sarif', 'junit', 'markdown', 'github', 'html']) {
    it(`--format ${format}`, () => {
      const res = runCli(['.', '--format', format, '--account-id', '111122223333', '--no-color'], dir, { timeout: 60_000 });
      expect(res.status === 1 || res.status === 2, res.stderr).toBe(true);
      const out = res.stdout;
      expect(out).toMatch(/add-mask/); // the hostile names did reach the report…
      expect(out).not.toMatch(RAW_CONTROL); // …escaped
      for (const l of lines(out)) {
        if (format === 'github' && /^::(error|warning|notice) /.test(l)) continue;
        expect(isCommandLine(l), `line starts a workflow command: ${JSON.stringify(l)}`).toBe(false);
      }
      if (format === 'github') for (const l of lines(out)) expect(l.startsWith('::add-mask') || l.startsWith('::error file=README.md')).toBe(false);
      for (const l of lines(res.stderr)) expect(isCommandLine(l), `stderr: ${JSON.stringify(l)}`).toBe(false);
    });
  }
});
