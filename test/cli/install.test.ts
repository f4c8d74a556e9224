// Installing the way users install (issue 13): pre-commit 4.x installs a hook repository as a git
// dependency with `npm install`, without devDependencies, which runs the package's `prepare`. This
// reproduces that: a clone of HEAD installed with runtime dependencies only, TypeScript absent and
// a `tsc` on PATH that fails loudly. The install and the hook's command must work: the test fails
// if the install path needed `tsc` (a build), which the committed dist/ makes unnecessary.
// (test/cli/pre-commit.test.ts runs the hook for real with the installed pre-commit.)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const ready = head.status === 0 && npm.status === 0;
if (!ready) console.warn('install test skipped: needs a git checkout with a commit and npm');

describe('install without devDependencies (what pre-commit 4.x does)', () => {
  it.skipIf(!ready)(`a clone installs with runtime dependencies only, needs no tsc, and the hook command works${ready ? '' : ' (skipped: no git checkout or npm)'}`, (ctx) => {
    const work = mkdtempSync(join(tmpdir(), 'flowlog-install-'));
    try {
      const clone = join(work, 'flowlog-lint');
      expect(spawnSync('git', ['clone', '-q', root, clone], { encoding: 'utf8' }).status).toBe(0);
      // A `tsc` that must never run: it records the call and fails.
      const fakeBin = join(work, 'bin');
      mkdirSync(fakeBin);
      const marker = join(work, 'tsc-was-called');
      writeFileSync(join(fakeBin, 'tsc'), `#!/bin/sh\necho "tsc called: $*" > '${marker}'\nexit 127\n`);
      chmodSync(join(fakeBin, 'tsc'), 0o755);
      const npmDir = dirname(spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim());
      const env = { ...process.env, PATH: [fakeBin, dirname(process.execPath), npmDir, '/usr/bin', '/bin'].join(':'), npm_config_audit: 'false', npm_config_fund: 'false' };
      const install = spawnSync('npm', ['install', '--omit=dev', '--omit=optional', '--omit=peer', '--prefer-offline', '--no-save'], { cwd: clone, encoding: 'utf8', env, timeout: 300_000 });
      if (install.status !== 0 && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(install.stderr)) {
        console.warn(`install test skipped: the npm registry is not reachable (${install.stderr.split('\n')[0]})`);
        ctx.skip();
      }
      expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
      expect(existsSync(marker), 'the install ran tsc').toBe(false);
      expect(existsSync(join(clone, 'node_modules', 'typescript')), 'TypeScript was installed: this would not prove anything').toBe(false);
      // The hook's entry point, on an ordinary repository and on Terraform (the wasm parser).
      const lint = (args: string[]) => spawnSync(process.execPath, [join(clone, 'bin', 'flowlog-lint.js'), ...args], { cwd: clone, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
      const walked = lint(['--account-id', '111122223333', 'fixtures/ordinary-repo']);
      expect(walked.status, walked.stderr).toBe(0);
      expect(walked.stdout).toContain('delivery-role/trust-conditions');
      const tf = lint(['--format', 'json', 'fixtures/terraform/local-module']);
      expect(tf.stderr).toBe('');
      expect((JSON.parse(tf.stdout) as { summary: { files: number } }).summary.files).toBeGreaterThan(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 320_000);
});
