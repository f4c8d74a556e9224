// The built CLI is committed in dist/ (as JavaScript GitHub Actions do), so the pre-commit hook
// and the Action run without devDependencies or a build. This proves the committed build is what
// the sources build to: a fresh build in a scratch copy equals dist/ file for file, byte for byte.
// After changing src/, `npm run build` and commit dist/ (`npm run check:dist` checks it in place).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) visit(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

describe('committed dist/', () => {
  it('is tracked by git (an install needs no build)', () => {
    const r = spawnSync('git', ['ls-files', 'dist/bundle/cli.mjs', 'dist/generated/policy-validators.cjs'], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) return void console.warn('dist test: not a git checkout; tracking not checked');
    expect(r.stdout.trim().split('\n').sort()).toEqual(['dist/bundle/cli.mjs', 'dist/generated/policy-validators.cjs']);
  });

  it('equals a fresh build of the sources, byte for byte (run `npm run build` and commit dist/ if not)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'flowlog-dist-'));
    try {
      for (const f of ['src', 'rules', 'scripts', 'schemas', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) cpSync(join(root, f), join(scratch, f), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
      const b = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: scratch, encoding: 'utf8' });
      expect(b.status, `${b.stdout}\n${b.stderr}`).toBe(0);
      const fresh = tree(join(scratch, 'dist'));
      const committed = tree(join(root, 'dist'));
      expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
      const differ = [...fresh].filter(([k, v]) => !committed.get(k)?.equals(v)).map(([k]) => k);
      expect(differ, 'files that differ from a fresh build').toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 180_000);
});
