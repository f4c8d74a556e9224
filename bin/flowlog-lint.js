#!/usr/bin/env node
// Thin launcher. `npm run build` compiles TypeScript to dist/ and bundles the CLI into one file
// (dist/bundle/), which starts faster; the unbundled build is the fallback.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/cli.mjs', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/src/cli.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`flowlog-lint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.argv.includes('--debug') && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  },
);
