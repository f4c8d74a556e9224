// File mode must never load the AWS SDK (startup time on every commit). A module hook makes any
// @aws-sdk/* or @smithy/* import throw; the positive control proves the hook works.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const hook = join(root, 'test', 'helpers', 'register-deny-sdk.mjs');
const cli = join(root, 'bin', 'flowlog-lint.js');

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', hook, ...args], { cwd: root, encoding: 'utf8' });
}

describe('file mode does not import the AWS SDK', () => {
  it('the hook rejects an SDK import (positive control)', () => {
    const r = run(['--input-type=module', '-e', "await import('@aws-sdk/client-ec2')"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('AWS SDK imported: @aws-sdk/client-ec2');
  });

  it('--version', () => {
    const r = run([cli, '--version']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('a one-file lint and a template lint', () => {
    const r = run([cli, '--format', 'json', 'examples/policies/central-bucket-policy.json', 'examples/cloudformation']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect((JSON.parse(r.stdout) as { version: number }).version).toBe(1);
  });

  it('graph and --format html', () => {
    const g = run([cli, 'graph', 'examples/cloudformation']);
    expect(g.stderr).toBe('');
    expect(g.status).toBe(0);
    expect(g.stdout).toMatch(/^flowchart LR\n/);
    const h = run([cli, '--format', 'html', 'examples/cloudformation']);
    expect(h.stderr).toBe('');
    expect(h.stdout).toMatch(/^<!DOCTYPE html>/);
  });
});
