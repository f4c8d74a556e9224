// Papercuts of issue 13 (point 7), one test each: every one of them failed before its fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_ERROR, RULES, SUPPRESSION_RESULTS } from '../../rules/index.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const repo = join(root, 'fixtures', 'ordinary-repo');
const snapshot = join(root, 'fixtures', 'snapshot', 'account.json');

function run(args: string[], cwd = repo, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);
const tmp = () => mkdtempSync(join(tmpdir(), 'flowlog-papercut-'));

describe('papercuts', () => {
  it('--output into a missing folder creates it; --output to a folder is a clear error (exit 2)', () => {
    const d = tmp();
    const out = join(d, 'reports', 'deep', 'lint.json');
    const r = run(['--format', 'json', '--output', out, '--account-id', '111122223333', 'infra']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { version: number }).version).toBe(1);
    const dir = run(['--output', d, 'infra']);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toMatch(/--output .*: is a folder/);
    noStack(dir.stderr);
  });

  it('--rule ID without a severity names the rule and asks for one', () => {
    const r = run(['--rule', 'delivery-role/trust', 'infra']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--rule delivery-role/trust: give a severity, e.g. --rule delivery-role/trust:warn');
    expect(r.stderr).not.toContain('unknown rule');
  });

  it('--max-warnings exceeded says why it exits 1', () => {
    const r = run(['--max-warnings', '0', '--account-id', '111122223333', 'infra']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/1 warning\(s\), more than --max-warnings 0 allows/);
  });

  it('audit refuses path arguments; lint mode refuses audit options', () => {
    const a = run(['audit', 'infra']);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/audit reads live accounts and takes no paths \(got "infra"\)/);
    for (const opt of [['--region', 'eu-west-1'], ['--profile', 'p'], ['--org'], ['--save', 'x.json']]) {
      const r = run([...opt, 'infra']);
      expect(r.status, opt.join(' ')).toBe(2);
      expect(r.stderr).toContain(`${opt[0]} is an audit option`);
    }
  });

  it('merge: JSON by default for reports and snapshots alike; a report mixed with a snapshot merges', () => {
    const d = tmp();
    writeFileSync(join(d, 'r.json'), run(['--format', 'json', '--account-id', '111122223333', 'infra']).stdout);
    const snap = run(['merge', snapshot], d);
    expect((JSON.parse(snap.stdout) as { version: number }).version).toBe(1);
    const mixed = run(['merge', 'r.json', snapshot], d);
    expect(mixed.stderr).toBe('');
    const j = JSON.parse(mixed.stdout) as { results: { file: string | null; source?: string }[] };
    expect(j.results.some((x) => x.file?.startsWith('infra/'))).toBe(true);
    expect(j.results.some((x) => x.source?.startsWith('aws:'))).toBe(true);
    expect(run(['merge', '--format', 'stylish', 'r.json', snapshot], d).stdout).toMatch(/problem/);
  });

  it('explain works for every result ID the tool can print (baseline/stale included)', () => {
    const known = new Set([...RULES.map((r) => r.meta.id), PARSE_ERROR.id, ...SUPPRESSION_RESULTS.map((m) => m.id)]);
    const printed = new Set<string>();
    const visit = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) visit(p);
        else if (n.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/ruleId: '([a-z-]+\/[a-z-]+)'/g)) printed.add(m[1] as string);
      }
    };
    visit(join(root, 'src'));
    expect(printed.has('baseline/stale')).toBe(true);
    for (const id of printed) expect(known.has(id), id).toBe(true);
    const r = run(['explain', 'baseline/stale']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# `baseline\/stale`/);
  });

  it('npm run fake-aws -- --help prints usage, exit 0; a bad option is a message, exit 2', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.fake.json'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stdout).toBe(0);
    const fake = join(root, 'dist-fake', 'test', 'fake-aws', 'cli.js');
    const h = spawnSync(process.execPath, [fake, '--help'], { encoding: 'utf8' });
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('usage: npm run fake-aws -- --fixture FILE');
    const bad = spawnSync(process.execPath, [fake, '--frob'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    noStack(bad.stderr);
    const missing = spawnSync(process.execPath, [fake, '--fixture', '/nonexistent.json'], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    noStack(missing.stderr);
  }, 60_000);

  it('stylish wraps long messages under their first line: no line over 120 columns, no word lost', () => {
    const r = run(['examples/cloudformation'], root);
    const lines = r.stdout.split('\n');
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(120);
    const json = JSON.parse(run(['--format', 'json', 'examples/cloudformation'], root).stdout) as { results: { message: string }[] };
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const x of json.results) expect(flat).toContain(x.message.replace(/\s+/g, ' '));
    expect(r.stdout).toMatch(/^ {2}23:24 {2}error {4}vpc-flow-logs\.amazonaws\.com may not/m);
    expect(r.stdout).toMatch(/^ {18}\S/m);
  });

  it('the Action step with a bad fail-level is an error annotation, exit 2, no stack trace', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'action-run.mjs')], { cwd: repo, encoding: 'utf8', env: { ...process.env, FLOWLOG_FAIL_LEVEL: 'loud' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^::error title=flowlog-lint::fail-level must be error, warning or none, not "loud"/);
    noStack(r.stderr);
  });
});
