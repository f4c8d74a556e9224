// Configuration through cosmiconfig, validated by schemas/config.schema.json.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
// A correct central bucket policy for account 111122223333, kept in the project (a clone has no ../shared).
const fixture = join(root, 'fixtures', 'ordinary-repo', 'infra');

function project(config?: [string, string]): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-config-'));
  writeFileSync(
    join(d, 'flow-log.json'),
    JSON.stringify({ ResourceIds: ['vpc-0a1b2c3d4e5f67890'], ResourceType: 'VPC', TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-central/vpc/' }, null, 2),
  );
  copyFileSync(join(fixture, 'bucket-policy.json'), join(d, 'bucket-policy.json'));
  if (config) writeFileSync(join(d, config[0]), config[1]);
  return d;
}

function run(cwd: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...args, '.'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as { results: { ruleId: string; severity: string; file: string }[] }) : undefined };
}

describe('configuration', () => {
  it('rule severities and accounts from .flowloglintrc.json', () => {
    const d = project(['.flowloglintrc.json', JSON.stringify({ rules: { 'flow-log/accept-only': 'error' }, accounts: ['111122223333'] })]);
    const r = run(d);
    expect(r.status).toBe(1);
    expect(r.json?.results.find((x) => x.ruleId === 'flow-log/accept-only')?.severity).toBe('error');
    // accounts from config: the delivery checks are decided, not unverifiable
    expect(r.json?.results.some((x) => x.ruleId === 'bucket-policy/delivery-write')).toBe(false);
  });

  it('YAML config with per-path overrides', () => {
    const d = project(['.flowloglintrc.yaml', 'accounts: ["111122223333"]\noverrides:\n  - files: ["flow-*.json"]\n    rules:\n      flow-log/accept-only: "off"\n']);
    const r = run(d);
    expect(r.status).toBe(0);
    expect(r.json?.results.some((x) => x.ruleId === 'flow-log/accept-only')).toBe(false);
  });

  it('package.json#flowlog-lint and --config', () => {
    const d = project(['package.json', JSON.stringify({ name: 'x', 'flowlog-lint': { rules: { 'flow-log/accept-only': 'off' } } })]);
    expect(run(d).json?.results.some((x) => x.ruleId === 'flow-log/accept-only')).toBe(false);
    writeFileSync(join(d, 'strict.json'), JSON.stringify({ rules: { 'flow-log/accept-only': 'error' } }));
    expect(run(d, ['--config', 'strict.json']).json?.results.find((x) => x.ruleId === 'flow-log/accept-only')?.severity).toBe('error');
  });

  it('a JavaScript config module', () => {
    const d = project(['flowlog-lint.config.mjs', "export default { rules: { 'flow-log/accept-only': 'off' } };\n"]);
    expect(run(d).json?.results.some((x) => x.ruleId === 'flow-log/accept-only')).toBe(false);
  });

  it('ignores skip paths', () => {
    const d = project(['.flowloglintrc.json', JSON.stringify({ ignores: ['flow-log.json'] })]);
    expect(run(d).json?.results.some((x) => x.file === 'flow-log.json')).toBe(false);
  });

  it('classify forces the kind of a policy file', () => {
    const d = project(['.flowloglintrc.json', JSON.stringify({ classify: { 'flow-log.json': 'identity' } })]);
    writeFileSync(join(d, 'odd.json'), JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:CreateFlowLogs', Resource: '*' }] }));
    writeFileSync(join(d, '.flowloglintrc.json'), JSON.stringify({ classify: { 'odd.json': 'bucket' } }));
    const r = run(d);
    // As a bucket policy the statement lacks a Principal: policy/syntax says so.
    expect(r.json?.results.some((x) => x.ruleId === 'policy/syntax' && x.file === 'odd.json')).toBe(true);
  });

  it('bad config: a clear message naming the key and the file, exit 2', () => {
    for (const [name, text, want] of [
      ['.flowloglintrc.json', '{"rulez": {}}', /\.flowloglintrc\.json: invalid configuration: unknown key "rulez"/],
      ['.flowloglintrc.json', '{"rules": {"flow-log/accept-only": "loud"}}', /\.flowloglintrc\.json: invalid configuration: "rules\.flow-log\/accept-only" must be one of/],
      ['.flowloglintrc.json', '{"rules": {"nope/nope": "off"}}', /unknown rule "rules\.nope\/nope"/],
      ['.flowloglintrc.json', '{"accounts": ["12"]}', /accounts\.0/],
      ['.flowloglintrc.yaml', 'rules: [unclosed', /\.flowloglintrc\.yaml/],
    ] as const) {
      const d = project([name, text]);
      const r = run(d);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(want);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('config syntax errors keep their reason, with line and column (issue 13)', () => {
    for (const [name, text, want] of [
      ['.flowloglintrc.json', '{\n  "rules": {,\n}\n', /^flowlog-lint: \.flowloglintrc\.json:2:13: JSON syntax error: \w[^\n]*\n/],
      ['.flowloglintrc.json', '{\n  // a comment\n  "accounts": []\n}\n', /\.flowloglintrc\.json:2:3: JSON syntax error: comments are not allowed/],
      ['.flowloglintrc.yaml', 'rules:\n  a: [\n', /\.flowloglintrc\.yaml:\d+:\d+: YAML syntax error: \S/],
    ] as const) {
      const d = project([name, text]);
      const r = run(d);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(want);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // --config names the file the same way.
    const d = project(['strict.json', '{ "rules": ']);
    const r = spawnSync(process.execPath, [cli, '--config', 'strict.json', '.'], { cwd: d, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/strict\.json:1:\d+: JSON syntax error: \S/);
  });

  it('--print-config shows the settings that apply to a path', () => {
    const d = project(['.flowloglintrc.json', JSON.stringify({ rules: { 'flow-log/accept-only': 'warn' }, overrides: [{ files: ['a/**'], rules: { 'flow-log/accept-only': 'off' } }] })]);
    const r = spawnSync(process.execPath, [cli, '--print-config', 'a/x.json'], { cwd: d, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ configFile: '.flowloglintrc.json', rules: { 'flow-log/accept-only': 'off' } });
  });

  it('init writes a starter config that validates, and refuses to overwrite', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-init-'));
    const a = spawnSync(process.execPath, [cli, 'init'], { cwd: d, encoding: 'utf8' });
    expect(a.status).toBe(0);
    expect((JSON.parse(readFileSync(join(d, '.flowloglintrc.json'), 'utf8')) as { rules?: unknown }).rules).toBeDefined();
    expect(spawnSync(process.execPath, [cli, '.'], { cwd: d }).status).toBe(0);
    expect(spawnSync(process.execPath, [cli, 'init'], { cwd: d }).status).toBe(2);
  });
});
