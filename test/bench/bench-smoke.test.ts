// Smoke test of the benchmark script (scripts/bench.mjs): a --quick run (10 files a set, one
// round) in a scratch folder must pair every set with its floor, judge the targets, print the
// ratio lines (text) and a pasteable block (--markdown), and leave nothing behind. It checks the
// harness, not the speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bench = join(root, 'scripts', 'bench.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'flowlog-bench-smoke-'));
const saved = join(tmpdir(), `flowlog-bench-smoke-${process.pid}.json`);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(saved, { force: true });
});

const run = (args: string[]) => spawnSync(process.execPath, [bench, ...args], { cwd: root, encoding: 'utf8' });

function hasTerraform(): boolean {
  const r = spawnSync('terraform', ['version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

describe('npm run bench -- --quick', () => {
  // ~9 s on a loaded 2-core machine; the timeout only keeps a busier one from failing it.
  it('pairs every set with its floor, prints ratios and verdicts, and cleans up', { timeout: 60_000 }, () => {
    const r = run(['--quick', '--json', '--tmp', scratch]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(scratch)).toEqual([]);
    writeFileSync(saved, r.stdout);

    const text = run(['--from', saved]);
    expect(text.status, text.stderr).toBe(0);
    for (const kind of ['cloudformation', 'policies', 'linked']) {
      expect(text.stdout).toMatch(new RegExp(`^ratio ${kind} 10: flowlog-lint \\d+\\.\\d\\d× .* floor, with --account-id \\d+\\.\\d\\d×`, 'm'));
    }
    if (hasTerraform()) expect(text.stdout).toMatch(/^ratio terraform 10: flowlog-lint \d+\.\d\d× terraform fmt -check -recursive/m);
    else {
      console.warn('bench smoke test: terraform not on PATH; the Terraform pair is checked to say so');
      expect(text.stdout).toMatch(/^ratio terraform 10: n\/a \(terraform not found/m);
    }
    // The defective 10 %: one stack of ten fails, so the timed runs include findings.
    expect(text.stdout).toMatch(/^\| cloudformation \| 10 \| 10 \|.*\| [1-9]\d* fail, 0 unverifiable · [1-9]\d* fail/m);
    // The linked set links: with the account known, the shared bucket's policy is decided.
    expect(text.stdout).toMatch(/^\| linked \| 10 \| 11 \|.*\| 0 fail, 2 unverifiable · 0 fail, 0 unverifiable \|$/m);
    expect(text.stdout).toMatch(/^\| --version ≤ 80 ms \(median\) \| \d+ ms \| (holds|misses by \d+ ms)/m);
    expect(text.stdout).toMatch(/^\| 1,000 stacks ≤ 1\.0 s \(median\) \| – \| not measured/m);

    const md = run(['--from', saved, '--markdown']);
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^Measured \d{4}-\d\d-\d\d \d\d:\d\d UTC on .*load average/m);
    expect(md.stdout).toMatch(/^- ratio cloudformation 10: /m);
    expect(md.stdout).toMatch(/^\| target \| result \(median\) \| verdict \|$/m);
  });

  it('runs only the variants asked for', { timeout: 60_000 }, () => {
    const r = run(['--quick', '--kinds', 'policies', '--variants', 'plain', '--tmp', scratch]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ratio policies 10: flowlog-lint \d+\.\d\d× JSON\.parse floor, with --account-id not run/m);
  });

  it('rejects an unknown kind with exit 2 and a message', () => {
    const r = run(['--quick', '--kinds', 'helm', '--tmp', scratch]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown kind 'helm'/);
  });
});
