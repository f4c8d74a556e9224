import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');

function run(args: string[], cwd = root, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}

function dirWith(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-cli-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(d, n), c);
  return d;
}

interface JsonResult {
  ruleId: string;
  file: string;
  line: number;
  severity: string;
  message: string;
}
interface JsonReport {
  results: JsonResult[];
}
const report = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

const BROKEN = '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" "Action": "s3:GetObject", "Resource": "*" } ] }\n';

describe('cli', () => {
  it('--help exits 0 and shows usage', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: flowlog-lint');
  });

  it('an unknown option is a usage error (exit 2, no stack trace)', () => {
    const r = run(['--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/flowlog-lint: .*frobnicate/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad --account-id is a usage error', () => {
    const r = run(['--account-id', '12345', 'examples']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('12-digit');
  });

  it('a missing path is reported and exits 2', () => {
    const r = run(['--format', 'json', 'no/such/file.json']);
    expect(r.status).toBe(2);
    expect(report(r.stdout).results[0]?.ruleId).toBe('parse-error');
  });

  it('a parse error exits 2 after linting the other files, with line and column', () => {
    const d = dirWith({ 'broken.json': BROKEN, 'deployer.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:CreateFlowLogs', Resource: '*' }] }) });
    const r = run(['--format', 'json', '.'], d);
    expect(r.status).toBe(2);
    const out = report(r.stdout);
    const pe = out.results.find((x: { ruleId: string }) => x.ruleId === 'parse-error');
    expect(pe).toMatchObject({ file: 'broken.json', line: 1, column: 63, status: 'fail', severity: 'error' });
    expect(pe?.message).toContain("',' expected");
    expect(out.results.some((x: { ruleId: string }) => x.ruleId === 'creator/log-delivery')).toBe(true);
  });

  it('json output is byte-identical across runs and sorted', () => {
    const a = run(['--format', 'json', 'examples']);
    const b = run(['--format', 'json', 'examples']);
    expect(a.stdout).toBe(b.stdout);
    const rs = report(a.stdout).results;
    const sorted = [...rs].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line));
    expect(rs.map((r) => `${r.file}:${r.line}`)).toEqual(sorted.map((r) => `${r.file}:${r.line}`));
  });

  it('--rule turns a rule off and --quiet drops warnings', () => {
    const d = dirWith({ 'fl.json': JSON.stringify({ ResourceIds: ['vpc-1'], ResourceType: 'VPC', TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::some-bucket/' }) });
    const on = report(run(['--format', 'json', '.'], d).stdout);
    expect(on.results.some((r: { ruleId: string }) => r.ruleId === 'flow-log/accept-only')).toBe(true);
    const off = report(run(['--format', 'json', '--rule', 'flow-log/accept-only:off', '.'], d).stdout);
    expect(off.results.some((r: { ruleId: string }) => r.ruleId === 'flow-log/accept-only')).toBe(false);
    const quiet = report(run(['--format', 'json', '--quiet', '.'], d).stdout);
    expect(quiet.results.every((r: { severity: string }) => r.severity === 'error')).toBe(true);
  });

  it('--max-warnings turns warnings into exit 1', () => {
    const d = dirWith({ 'fl.json': JSON.stringify({ ResourceIds: ['vpc-1'], ResourceType: 'VPC', TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::some-bucket/' }) });
    expect(run(['.'], d).status).toBe(0);
    expect(run(['--max-warnings', '0', '.'], d).status).toBe(1);
  });

  it('stylish output groups by file with positions and honours NO_COLOR', () => {
    const r = run(['examples/cloudformation']);
    expect(r.stdout).toContain('examples/cloudformation/cloudwatch-flow-logs.yaml');
    expect(r.stdout).toMatch(/23:24\s+error\s+vpc-flow-logs.amazonaws.com may not sts:AssumeRole/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--color forces ANSI colour', () => {
    expect(run(['--color', 'examples/cloudformation']).stdout).toContain('\u001b[');
  });

  it('rules lists every rule and explain prints a docs page', () => {
    const rules = run(['rules']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/bucket-policy\/delivery-write\s+error/);
    const ex = run(['explain', 'bucket-policy/acl-check']);
    expect(ex.status).toBe(0);
    expect(ex.stdout).toContain('## Why is this bad?');
    expect(run(['explain', 'nope/nope']).status).toBe(2);
  });

  it('--output writes the report to a file', () => {
    const d = dirWith({});
    const out = join(d, 'report.json');
    const r = run(['--format', 'json', '--output', out, 'examples/cloudformation/s3-kms-flow-logs.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
