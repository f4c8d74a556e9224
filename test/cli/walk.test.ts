// A folder walk in an ordinary repository (issue 13, CLI.md "Commands"): files that are not
// flow-log inputs are skipped and counted, never parse errors; a run that found no input says so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffInput, notAnInputAfterAll } from '../../src/loaders/sniff.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const repo = join(root, 'fixtures', 'ordinary-repo');
const INPUTS = ['infra/bucket-policy.json', 'infra/flow-log.json', 'infra/network.yaml', 'sam/template.yaml'];

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

interface Json {
  results: { ruleId: string; file: string | null; severity: string }[];
  summary: { files: number; skipped: number; checks: Record<string, { pass: number; fail: number }> };
}

/** Files of the fixture with the extensions a walk considers, minus the flow-log inputs. */
function ordinaryFiles(): string[] {
  const out: string[] = [];
  const visit = (dir: string, rel: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      const r = rel ? `${rel}/${n}` : n;
      if (statSync(p).isDirectory()) visit(p, r);
      else if (/\.(json|ya?ml|template|tf|tfvars)$/.test(n) && !INPUTS.includes(r)) out.push(r);
    }
  };
  visit(repo, '');
  return out;
}

function tmp(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-walk-'));
  for (const [n, c] of Object.entries(files)) {
    mkdirSync(join(d, n, '..'), { recursive: true });
    writeFileSync(join(d, n), c);
  }
  return d;
}

describe('repository walk', () => {
  it('an ordinary repository: exit 0, findings only on flow-log files, the others skipped and counted', () => {
    const ordinary = ordinaryFiles();
    expect(ordinary.length).toBeGreaterThanOrEqual(25);
    const r = run(['--format', 'json', '--account-id', '111122223333', '.'], repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.results.every((x) => x.file !== null && INPUTS.includes(x.file))).toBe(true);
    expect(j.results.some((x) => x.ruleId === 'parse-error')).toBe(false);
    expect(j.summary.skipped).toBe(ordinary.length);
    expect(j.summary.files).toBe(INPUTS.length);
    for (const id of ['bucket-policy/delivery-write', 'bucket-policy/acl-check', 'delivery-role/trust', 'vpc/flow-logs-enabled']) {
      expect(j.summary.checks[id]?.pass, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('--debug names each skipped file and why', () => {
    const r = run(['--debug', '--account-id', '111122223333', '.'], repo);
    expect(r.stderr).toMatch(/debug: tsconfig\.json: skipped: no flow-log input markers/);
    expect(r.stderr).toMatch(/debug: empty\.yaml: skipped: empty file/);
    expect(r.stderr).toMatch(/debug: charts\/web\/templates\/iam-policy\.yaml: skipped: template syntax/);
    expect(r.stderr).toMatch(/debug: serverless\.yml: skipped: parsed, but not a flow-log input/);
    for (const f of ordinaryFiles()) expect(r.stderr, f).toContain(`debug: ${f}: skipped:`);
    expect(r.stdout).toMatch(/\(31 skipped\)|problem/);
  });

  it('a file named on the command line is held to parse (tsconfig with comments is a parse error)', () => {
    const r = run(['--format', 'json', 'tsconfig.json'], repo);
    expect(r.status).toBe(2);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.results.map((x) => x.ruleId)).toEqual(['parse-error']);
  });

  it('a walked file that claims to be an input and is broken is still a parse error', () => {
    const d = tmp({ 'policy.json': '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" "Action": "s3:*" } ] }\n' });
    const r = run(['--format', 'json', '.'], d);
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as Json).results[0]).toMatchObject({ ruleId: 'parse-error', file: 'policy.json' });
  });

  it('nothing recognised: "no flow-log inputs found", not "no problems"; --fail-on-empty exits 2', () => {
    const d = tmp({ 'tsconfig.json': '{ // c\n "compilerOptions": {}, }\n', 'k8s/ns.yaml': 'apiVersion: v1\nkind: Namespace\n' });
    const r = run(['.'], d);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no flow-log inputs found');
    expect(r.stdout).not.toContain('no problems');
    const empty = tmp({});
    expect(run(['.'], empty).stdout).toContain('no flow-log inputs found');
    for (const format of ['github', 'markdown', 'junit']) expect(run(['--format', format, '.'], d).stdout, format).toContain('no flow-log inputs found');
    expect((JSON.parse(run(['--format', 'json', '.'], d).stdout) as Json).summary).toMatchObject({ files: 0, skipped: 2 });
    const f = run(['--fail-on-empty', '.'], d);
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('no flow-log inputs found');
    const cfg = tmp({ '.flowloglintrc.json': '{ "failOnEmpty": true }\n' });
    expect(run(['.'], cfg).status).toBe(2);
    // With an input, --fail-on-empty changes nothing.
    expect(run(['--fail-on-empty', '--account-id', '111122223333', '.'], repo).status).toBe(0);
  });
});

describe('sniffInput', () => {
  it.each([
    ['AWSTemplateFormatVersion: "2010-09-09"\n', true],
    ['Resources:\n  B:\n    Type: AWS::S3::Bucket\n', true],
    ['{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}', true],
    ['{"Version": "2012-10-17", "Statement": []}', true],
    ['{"Policy": "{\\"Statement\\": []}"}', true],
    ['{"FlowLogs": []}', true],
    ['{"ResourceIds": ["vpc-1"]}', true],
    ['Version: "2012-10-17"\nSid: broken\n', true],
    ['{"format_version": "1.2", "planned_values": {}}', true],
    ['{"flowlogLintSnapshot": 1}', true],
    ['{"compilerOptions": {"strict": true}}', false],
    ['apiVersion: v1\nkind: Service\n', false],
    ['["a", "b"]', false],
    ['', false],
    ['description: the Statement of work\n', false],
  ])('%j claims: %s', (text, claims) => {
    expect(sniffInput(text).claims).toBe(claims);
  });

  it('template syntax and several documents are not inputs after all; CloudFormation dynamic references are', () => {
    expect(notAnInputAfterAll('Statement:\n{% for a in x %}\n', 'YAML syntax error')).toMatch(/template/);
    expect(notAnInputAfterAll('a: {{ .Values.x }}\n', 'YAML syntax error')).toMatch(/template/);
    expect(notAnInputAfterAll('Statement: []\n---\nb: 1\n', 'YAML syntax error')).toMatch(/multi-document/);
    expect(notAnInputAfterAll('Value: "{{resolve:ssm:/x}}"\nStatement: [\n', 'YAML syntax error')).toBeUndefined();
  });
});
