// `merge` combines the JSON reports of separate runs into what one run over everything reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
// Inputs of the acceptance cases these tests use, kept in the project (a clone has no ../shared).
const cases = join(root, 'fixtures', 'cases');

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
}

describe.skipIf(!existsSync(cases))('merge', () => {
  it('merging per-folder reports equals linting the folders together (self-contained folders)', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-merge-'));
    const parts = ['cfn-trust-ec2', 'cfn-key-by-id', 'vpc-without-flow-log'];
    const args = ['--account-id', '111122223333', '--format', 'json'];
    parts.forEach((p, i) => writeFileSync(join(d, `r${i}.json`), run([...args, p], cases).stdout));
    const merged = run(['merge', ...parts.map((_, i) => `r${i}.json`)], d);
    const together = run([...args, ...parts], cases);
    expect(merged.stdout).toBe(together.stdout);
    expect(merged.status).toBe(together.status);
  });

  it('any output format, and bad input is a clear error', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-merge-'));
    writeFileSync(join(d, 'a.json'), run(['--account-id', '111122223333', '--format', 'json', 'missing-acl-check'], cases).stdout);
    const sarif = run(['merge', '--format', 'sarif', 'a.json'], d);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
    writeFileSync(join(d, 'bad.json'), '{"hello": 1}');
    const bad = run(['merge', 'bad.json'], d);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.json: not a flowlog-lint JSON report');
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toContain('"version": 1');
  });
});
