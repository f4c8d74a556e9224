// --fix on bucket policies in JSON files: the fixed files lint clean for the fixed rules, and the
// file's formatting and key order are kept.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
// Inputs of the acceptance cases these tests use, kept in the project (a clone has no ../shared).
const cases = join(root, 'fixtures', 'cases');

function caseDir(name: string): string {
  const d = mkdtempSync(join(tmpdir(), `flowlog-fix-${name}-`));
  for (const f of ['bucket-policy.json', 'flow-log.json']) copyFileSync(join(cases, name, f), join(d, f));
  return d;
}

function lint(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...args, '.'], { cwd, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, results: r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as { results: { ruleId: string; status: string }[] }).results : [] };
}

const FIXED = ['bucket-policy/acl-check', 'bucket-policy/delivery-write', 'bucket-policy/owner-full-control'];

describe.skipIf(!existsSync(cases))('--fix', () => {
  for (const [name, accounts] of [
    ['missing-acl-check', ['111122223333']],
    ['multi-account-missing-entry', ['111122223333', '444455556666']],
    ['missing-owner-full-control', ['111122223333']],
  ] as const) {
    it(`${name}: fixed file lints clean for the fixed rules`, () => {
      const d = caseDir(name);
      const args = accounts.flatMap((a) => ['--account-id', a]);
      expect(lint(d, args).results.some((r) => FIXED.includes(r.ruleId) && r.status === 'fail')).toBe(true);
      const before = readFileSync(join(d, 'bucket-policy.json'), 'utf8');
      const fixed = spawnSync(process.execPath, [cli, ...args, '--fix', '.'], { cwd: d, encoding: 'utf8' });
      expect(fixed.stderr).toContain('fixed bucket-policy.json');
      const after = readFileSync(join(d, 'bucket-policy.json'), 'utf8');
      expect(after).not.toBe(before);
      const again = lint(d, args);
      expect(again.results.filter((r) => FIXED.includes(r.ruleId)), JSON.stringify(again.results)).toEqual([]);
      // Formatting kept: the same indentation, and the first statement's keys in their order.
      expect(after.startsWith('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "AWSLogDeliveryWrite",')).toBe(true);
    });
  }

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const d = caseDir('missing-acl-check');
    const before = readFileSync(join(d, 'bucket-policy.json'), 'utf8');
    const r = spawnSync(process.execPath, [cli, '--account-id', '111122223333', '--fix-dry-run', '.'], { cwd: d, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--- a/bucket-policy.json');
    expect(r.stdout).toContain('+      "Sid": "AWSLogDeliveryAclCheck",');
    expect(readFileSync(join(d, 'bucket-policy.json'), 'utf8')).toBe(before);
  });

  it('tab-indented files stay tab-indented', () => {
    const d = caseDir('missing-acl-check');
    const tabbed = JSON.stringify(JSON.parse(readFileSync(join(d, 'bucket-policy.json'), 'utf8')), null, '\t');
    writeFileSync(join(d, 'bucket-policy.json'), tabbed);
    spawnSync(process.execPath, [cli, '--account-id', '111122223333', '--fix', '.'], { cwd: d });
    const after = readFileSync(join(d, 'bucket-policy.json'), 'utf8');
    expect(after).toContain('\n\t\t\t"Sid": "AWSLogDeliveryAclCheck"');
  });
});
