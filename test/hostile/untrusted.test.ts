// Hostile checkouts (issue 16): a config file is code, so --no-config-js must never execute one;
// --fix must write all files or none, never through a link or outside the paths given, and keep
// what it does not mean to change (mode, BOM, the live one of duplicate keys).
// Each case runs the built CLI; a config that would run proves it by writing a marker file.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, ROOT, runCli } from '../fuzz/support.js';

const made: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-untrusted-'));
  made.push(d);
  return d;
}
afterEach(() => {
  for (const d of made.splice(0)) {
    chmodTree(d);
    rmSync(d, { recursive: true, force: true });
  }
});
function chmodTree(d: string): void {
  try {
    chmodSync(d, 0o755);
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) chmodTree(join(d, e.name));
  } catch {
    // gone already
  }
}

beforeAll(() => assertDistBuilt());

const CASE = join(ROOT, 'fixtures', 'cases', 'missing-acl-check');
const ACCOUNT = ['--account-id', '111122223333'];

/** A folder whose bucket policy lacks the ACL-check statement (bucket-policy/acl-check fails). */
function failingProject(dir: string, bucket = 'flow-logs-central'): void {
  mkdirSync(dir, { recursive: true });
  for (const f of ['bucket-policy.json', 'flow-log.json']) writeFileSync(join(dir, f), readFileSync(join(CASE, f), 'utf8').replaceAll('flow-logs-central', bucket));
}

function results(stdout: string): { ruleId: string; status: string; file?: string }[] {
  return stdout.startsWith('{') ? (JSON.parse(stdout) as { results: { ruleId: string; status: string; file?: string }[] }).results : [];
}
const aclFails = (stdout: string) => results(stdout).some((r) => r.ruleId === 'bucket-policy/acl-check' && r.status === 'fail');

/** CommonJS config that writes `marker` when executed and turns the failing rule off. */
const evilCjs = (marker: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { rules: { 'bucket-policy/acl-check': 'off' } };\n`;

describe('config files are code: --no-config-js', () => {
  for (const name of ['flowlog-lint.config.cjs', 'flowlog-lint.config.js', 'flowlog-lint.config.mjs']) {
    it(`${name}: executed without the flag, never with it (lint and --print-config)`, () => {
      const d = tmp();
      failingProject(d);
      const marker = join(d, 'MARKER');
      const body = name.endsWith('.mjs')
        ? `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { rules: { 'bucket-policy/acl-check': 'off' } };\n`
        : evilCjs(marker);
      writeFileSync(join(d, name), body);
      const safe = runCli(['--no-config-js', '--format', 'json', ...ACCOUNT, '.'], d);
      expect(existsSync(marker), safe.stderr).toBe(false);
      expect(safe.stderr).toContain(`${name}: ignored (--no-config-js`);
      expect(aclFails(safe.stdout)).toBe(true);
      expect(safe.status).toBe(1);
      const printed = runCli(['--no-config-js', '--print-config', 'bucket-policy.json'], d);
      expect(existsSync(marker)).toBe(false);
      expect(printed.status).toBe(0);
      expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: null, rules: {} });
      // Without the flag the same file runs (which is why the flag exists): the control.
      const unsafe = runCli(['--format', 'json', ...ACCOUNT, '.'], d);
      expect(existsSync(marker), unsafe.stderr).toBe(true);
      expect(aclFails(unsafe.stdout)).toBe(false);
    });
  }

  it('a JSON config beside an ignored JS config is loaded', () => {
    const d = tmp();
    failingProject(d);
    const marker = join(d, 'MARKER');
    writeFileSync(join(d, 'flowlog-lint.config.cjs'), evilCjs(marker));
    writeFileSync(join(d, '.flowloglintrc.json'), JSON.stringify({ accounts: ['111122223333'], rules: { 'bucket-policy/acl-check': 'warn' } }));
    const r = runCli(['--no-config-js', '--format', 'json', '.'], d);
    expect(existsSync(marker)).toBe(false);
    expect(r.stderr).toContain('flowlog-lint.config.cjs: ignored');
    expect(results(r.stdout).find((x) => x.ruleId === 'bucket-policy/acl-check' && x.status === 'fail')).toMatchObject({ severity: 'warning' });
  });

  it('an explicit --config FILE.js is refused, exit 2, not executed', () => {
    const d = tmp();
    failingProject(d);
    const marker = join(d, 'MARKER');
    writeFileSync(join(d, 'team.config.cjs'), evilCjs(marker));
    const r = runCli(['--no-config-js', '--config', 'team.config.cjs', ...ACCOUNT, '.'], d);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/team\.config\.cjs: not loaded: a JavaScript\/TypeScript config is code/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(marker)).toBe(false);
  });

  it('a JSON config that $imports a JS file does not run it', () => {
    const d = tmp();
    failingProject(d);
    const marker = join(d, 'MARKER');
    writeFileSync(join(d, 'shared.cjs'), evilCjs(marker));
    writeFileSync(join(d, '.flowloglintrc.json'), JSON.stringify({ $import: './shared.cjs' }));
    const r = runCli(['--no-config-js', ...ACCOUNT, '.'], d);
    expect(existsSync(marker), r.stderr).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('shared.cjs: not loaded');
  });

  it('a cosmiconfig meta config adding a JS search place does not run it', () => {
    const d = tmp();
    failingProject(d);
    const marker = join(d, 'MARKER');
    writeFileSync(join(d, 'evil.cjs'), evilCjs(marker));
    mkdirSync(join(d, '.config'));
    writeFileSync(join(d, '.config', 'config.json'), JSON.stringify({ cosmiconfig: { searchPlaces: ['evil.cjs'] } }));
    writeFileSync(join(d, '.flowloglintrc.json'), '{}');
    const r = runCli(['--no-config-js', '--format', 'json', ...ACCOUNT, '.'], d);
    expect(existsSync(marker), r.stderr).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('evil.cjs: not loaded');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // The control: without the flag, cosmiconfig does run it.
    runCli(['--format', 'json', ...ACCOUNT, '.'], d);
    expect(existsSync(marker)).toBe(true);
  });
});

function fix(cwd: string, paths: string[] = ['.']) {
  return runCli([...ACCOUNT, '--fix', ...paths], cwd);
}

describe('--fix is atomic and stays inside the checkout', () => {
  it('a read-only second file: nothing is written, a clear message, exit 2', () => {
    const d = tmp();
    failingProject(join(d, 'a'));
    failingProject(join(d, 'b'), 'flow-logs-other');
    const a = readFileSync(join(d, 'a', 'bucket-policy.json'), 'utf8');
    const b = readFileSync(join(d, 'b', 'bucket-policy.json'), 'utf8');
    chmodSync(join(d, 'b', 'bucket-policy.json'), 0o444);
    const r = fix(d);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('b/bucket-policy.json: not fixed: it is read-only (mode 0444)');
    expect(r.stderr).toContain('--fix wrote nothing');
    expect(r.stderr).not.toContain('fixed a/');
    expect(readFileSync(join(d, 'a', 'bucket-policy.json'), 'utf8')).toBe(a);
    expect(readFileSync(join(d, 'b', 'bucket-policy.json'), 'utf8')).toBe(b);
    // Made writable again, both are fixed in one run: the refusal was the only obstacle.
    chmodSync(join(d, 'b', 'bucket-policy.json'), 0o644);
    const again = fix(d);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('fixed a/bucket-policy.json');
    expect(again.stderr).toContain('fixed b/bucket-policy.json');
  });

  it('a write failure on the second file (a folder in the way of its temp file) leaves both originals intact', () => {
    const d = tmp();
    failingProject(join(d, 'a'));
    failingProject(join(d, 'b'), 'flow-logs-other');
    const a = readFileSync(join(d, 'a', 'bucket-policy.json'), 'utf8');
    const b = readFileSync(join(d, 'b', 'bucket-policy.json'), 'utf8');
    mkdirSync(join(d, 'b', '.bucket-policy.json.flowlog-fix.tmp'));
    const r = fix(d);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/b\/bucket-policy\.json: cannot write the temp file \.bucket-policy\.json\.flowlog-fix\.tmp \(EEXIST/);
    expect(r.stderr).toContain('--fix wrote nothing');
    expect(readFileSync(join(d, 'a', 'bucket-policy.json'), 'utf8')).toBe(a);
    expect(readFileSync(join(d, 'b', 'bucket-policy.json'), 'utf8')).toBe(b);
    // The first file's finished temp file is removed, not left beside the original.
    expect(readdirSync(join(d, 'a')).sort()).toEqual(['bucket-policy.json', 'flow-log.json']);
  });

  it('a read-only folder (run as an unprivileged user) leaves the original intact, exit 2', () => {
    const d = tmp();
    failingProject(join(d, 'p'));
    const before = readFileSync(join(d, 'p', 'bucket-policy.json'), 'utf8');
    const root = process.getuid?.() === 0;
    // root writes anywhere: the refusal is shown as the user a CI job runs as.
    if (root) {
      chmodSync(d, 0o755);
      for (const p of [d, join(d, 'p'), join(d, 'p', 'bucket-policy.json'), join(d, 'p', 'flow-log.json')]) chownSync(p, 65534, 65534);
    }
    chmodSync(join(d, 'p'), 0o555);
    const r = runCli([...ACCOUNT, '--fix', '.'], join(d, 'p'), root ? { uid: 65534, gid: 65534 } : {});
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/bucket-policy\.json: not fixed: it or its folder is not writable \(EACCES/);
    expect(readFileSync(join(d, 'p', 'bucket-policy.json'), 'utf8')).toBe(before);
  });

  it('a symlink given explicitly is refused and its target is untouched', () => {
    const d = tmp();
    const outside = tmp();
    failingProject(outside);
    failingProject(join(d, 'repo'));
    rmSync(join(d, 'repo', 'bucket-policy.json'));
    symlinkSync(join(outside, 'bucket-policy.json'), join(d, 'repo', 'bucket-policy.json'));
    const before = readFileSync(join(outside, 'bucket-policy.json'), 'utf8');
    const r = fix(join(d, 'repo'), ['bucket-policy.json', 'flow-log.json']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('bucket-policy.json: not fixed: it is a symbolic link');
    expect(readFileSync(join(outside, 'bucket-policy.json'), 'utf8')).toBe(before);
    expect(statSync(join(d, 'repo', 'bucket-policy.json')).isFile()).toBe(true);
  });

  it('a path through a symlinked folder is refused', () => {
    const d = tmp();
    const outside = tmp();
    failingProject(outside);
    symlinkSync(outside, join(d, 'linked'));
    const before = readFileSync(join(outside, 'bucket-policy.json'), 'utf8');
    const r = fix(d, ['linked/bucket-policy.json', 'linked/flow-log.json']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/linked\/bucket-policy\.json: not fixed: .*symbolic link/);
    expect(readFileSync(join(outside, 'bucket-policy.json'), 'utf8')).toBe(before);
  });

  it('keeps a UTF-8 BOM and the file mode', () => {
    const d = tmp();
    failingProject(d);
    const file = join(d, 'bucket-policy.json');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    chmodSync(file, 0o640);
    const r = fix(d);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('fixed bucket-policy.json');
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.toString('utf8')).toContain('"AWSLogDeliveryAclCheck"');
    expect(after.toString('utf8').indexOf('\uFEFF', 1)).toBe(-1);
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    expect(readdirSync(d).sort()).toEqual(['bucket-policy.json', 'flow-log.json']);
    const lint = runCli(['--format', 'json', ...ACCOUNT, '.'], d);
    expect(aclFails(lint.stdout), lint.stdout).toBe(false);
  });

  it('duplicate Statement keys: refused, reported as input/duplicate-key, the file untouched', () => {
    const d = tmp();
    failingProject(d);
    const file = join(d, 'bucket-policy.json');
    const policy = JSON.parse(readFileSync(file, 'utf8')) as { Statement: unknown[] };
    // The dead first Statement and the live last one (parsers keep the last).
    const text = `{\n  "Version": "2012-10-17",\n  "Statement": [],\n  "Statement": ${JSON.stringify(policy.Statement, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
    writeFileSync(file, text);
    const r = runCli(['--format', 'json', ...ACCOUNT, '--fix', '.'], d);
    expect(r.stderr).toMatch(/bucket-policy\.json:\d+:\d+: not fixed: duplicate key "Statement" \(input\/duplicate-key\)/);
    expect(r.stderr).not.toContain('fixed bucket-policy.json');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(results(r.stdout).some((x) => x.ruleId === 'input/duplicate-key' && x.status === 'fail')).toBe(true);
    expect(r.status).toBe(1);
  });
});
