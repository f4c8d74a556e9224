// Smoke test of the benchmark script (scripts/bench.mjs): a --quick run (10 files a set, one
// round) in a scratch folder must pair every set with its floor and print the ratio lines and
// the targets table, and leave nothing behind. It checks the harness, not the speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'flowlog-bench-smoke-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function hasTerraform(): boolean {
  const r = spawnSync('terraform', ['version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

describe('npm run bench -- --quick', () => {
  // ~9 s on a loaded 2-core machine; the timeout only keeps a busier one from failing it.
  it('prints paired ratios for every set and the targets, and cleans up', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--quick', '--tmp', scratch], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const kind of ['cloudformation', 'policies', 'linked']) {
      expect(r.stdout).toMatch(new RegExp(`^ratio ${kind} 10: flowlog-lint \\d+\\.\\d\\d× .* floor, with --account-id \\d+\\.\\d\\d×`, 'm'));
    }
    if (hasTerraform()) expect(r.stdout).toMatch(/^ratio terraform 10: flowlog-lint \d+\.\d\d× terraform fmt -check -recursive/m);
    else {
      console.warn('bench smoke test: terraform not on PATH; the Terraform pair is checked to say so');
      expect(r.stdout).toMatch(/^ratio terraform 10: n\/a \(terraform not found/m);
    }
    // The defective 10 %: one stack of ten and one module of ten fail, so runs include findings.
    expect(r.stdout).toMatch(/^\| cloudformation \| 10 \| 10 \|.*\| [1-9]\d* fail/m);
    expect(r.stdout).toMatch(/^\| --version ≤ 80 ms \(median\) \| \d+ ms \| (holds|misses by)/m);
    expect(r.stdout).toMatch(/^\| 1,000 stacks ≤ 1\.0 s \(median\) \| – \| not measured/m);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('rejects an unknown kind with exit 2 and a message', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), '--quick', '--kinds', 'helm', '--tmp', scratch], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown kind 'helm'/);
  });
});
