#!/usr/bin/env node
// Runs the shared acceptance cases (../shared/bin/accept) against this build when ../shared exists
// (it does in CI); prints why it skips otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const accept = join(repo, '..', 'shared', 'bin', 'accept');
if (!existsSync(accept)) {
  console.log(`acceptance cases skipped: ${accept} not found (they live in the project's shared folder)`);
  process.exit(0);
}
const r = spawnSync(process.execPath, [accept, '--repo', repo, '--pending', join(repo, 'test', 'acceptance-pending.txt'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
