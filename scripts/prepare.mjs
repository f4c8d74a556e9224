#!/usr/bin/env node
// npm's `prepare` (run by `npm install` in a checkout and when installed as a git dependency, as
// pre-commit does). The built CLI is committed in dist/, so an install needs no build and no
// devDependencies: this builds only when dist/ is missing and TypeScript is installed, and
// otherwise says what to do instead of failing the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'dist', 'bundle', 'cli.mjs'))) process.exit(0);
let hasTsc = false;
try {
  createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  hasTsc = true;
} catch {
  // devDependencies are not installed
}
if (!hasTsc) {
  process.stderr.write('flowlog-lint: dist/ is missing and TypeScript is not installed; run `npm ci && npm run build` to build\n');
  process.exit(0);
}
const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
