// The --fix writer in process: cases the CLI cannot reach easily (a file outside the paths given,
// a file changed between the lint and the write) and the all-or-nothing contract.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FileFix } from '../../src/fix/bucket-policy.js';
import { tempPathFor, writeFixes } from '../../src/fix/write.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-write-'));
  made.push(d);
  return d;
}

function fixOf(cwd: string, path: string, before = '{"a": 1}\n', after = '{"a": 2}\n'): FileFix {
  mkdirSync(join(cwd, path, '..'), { recursive: true });
  writeFileSync(join(cwd, path), before);
  return { path, before, after, changes: ['changed a'] };
}

function run(cwd: string, fixes: FileFix[], roots = ['.']) {
  const said: string[] = [];
  const ok = writeFixes(fixes, { cwd, roots }, (m) => said.push(m));
  return { ok, said: said.join('\n') };
}

describe('writeFixes', () => {
  it('writes every file and says what it fixed', () => {
    const d = tmp();
    const r = run(d, [fixOf(d, 'a/p.json'), fixOf(d, 'b/p.json')]);
    expect(r.ok).toBe(true);
    expect(r.said).toBe('fixed a/p.json: changed a\nfixed b/p.json: changed a');
    expect(readFileSync(join(d, 'a/p.json'), 'utf8')).toBe('{"a": 2}\n');
    expect(readFileSync(join(d, 'b/p.json'), 'utf8')).toBe('{"a": 2}\n');
    expect(readdirSync(join(d, 'a'))).toEqual(['p.json']);
  });

  it('a file outside the paths given is refused, and then nothing is written', () => {
    const d = tmp();
    const inside = fixOf(d, 'infra/p.json');
    const outside = fixOf(d, 'other/p.json');
    const r = run(d, [inside, outside], ['infra']);
    expect(r.ok).toBe(false);
    expect(r.said).toContain('other/p.json: not fixed: it is outside the paths given to lint');
    expect(r.said).toContain('--fix wrote nothing');
    expect(readFileSync(join(d, 'infra/p.json'), 'utf8')).toBe(inside.before);
  });

  it('a file changed since the lint read it is refused', () => {
    const d = tmp();
    const f = fixOf(d, 'p.json');
    writeFileSync(join(d, 'p.json'), '{"a": 3}\n');
    const r = run(d, [f]);
    expect(r.ok).toBe(false);
    expect(r.said).toContain('p.json: not fixed: it changed since it was read');
    expect(readFileSync(join(d, 'p.json'), 'utf8')).toBe('{"a": 3}\n');
  });

  it('a symlink at the temp name is not followed: the write fails, its target and the original stay', () => {
    const d = tmp();
    const f = fixOf(d, 'p.json');
    writeFileSync(join(d, 'victim'), 'keep');
    symlinkSync(join(d, 'victim'), tempPathFor(join(d, 'p.json')));
    const r = run(d, [f]);
    expect(r.ok).toBe(false);
    expect(r.said).toMatch(/EEXIST.*remove it if an earlier --fix was interrupted/);
    expect(readFileSync(join(d, 'victim'), 'utf8')).toBe('keep');
    expect(readFileSync(join(d, 'p.json'), 'utf8')).toBe(f.before);
  });

  it('a root given as a symbolic link is not written through', () => {
    const d = tmp();
    const real = tmp();
    const f = fixOf(real, 'p.json');
    symlinkSync(real, join(d, 'link'));
    const r = run(d, [{ ...f, path: 'link/p.json' }], ['link']);
    expect(r.ok).toBe(false);
    expect(r.said).toContain('link is a symbolic link');
    expect(readFileSync(join(real, 'p.json'), 'utf8')).toBe(f.before);
  });

  it('nothing to write is success', () => {
    expect(run(tmp(), [])).toEqual({ ok: true, said: '' });
  });
});
