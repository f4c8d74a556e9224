// The import graph keeps its layers: rules see src/ only through the rule API; the model does not
// know the evaluator, loaders do not link, and src/ reaches rules/ only through the registry.
// Imports are read with TypeScript's own pre-processor (static, dynamic and re-exports).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Edge {
  readonly from: string;
  readonly to: string;
}

/** Every relative import of the .ts files under `dirs`, as repo-relative paths (`.js` → `.ts`). */
function edges(...dirs: string[]): Edge[] {
  return dirs.flatMap((d) =>
    walk(join(root, d)).flatMap((file) =>
      ts
        .preProcessFile(readFileSync(file, 'utf8'), true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => ({
          from: relative(root, file),
          to: relative(root, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'),
        })),
    ),
  );
}

const show = (e: Edge) => `${e.from} -> ${e.to}`;
const under = (p: string, ...dirs: string[]) => dirs.some((d) => p === d || p.startsWith(`${d}/`));

/** Layering violations the issue names that still exist in files other branches own right now
 * (src/cfn, src/terraform). Listed so the test guards everything else; remove a line when fixed
 * (the test fails if a listed edge is gone, so the list cannot go stale). */
const KNOWN: readonly string[] = [
  'src/terraform/load.ts -> src/link/links.ts',
];

describe('import layering', () => {
  const src = edges('src');
  const rules = edges('rules');

  it('finds imports at all (the scan works)', () => {
    expect(rules.length).toBeGreaterThan(40);
    expect(src.length).toBeGreaterThan(100);
  });

  it('rules import from src/ only the rule API', () => {
    const bad = rules.filter((e) => !under(e.to, 'rules') && e.to !== 'src/engine/rule-api.ts');
    expect(bad.map(show)).toEqual([]);
  });

  it('src/ imports rules/ only through the registry', () => {
    const bad = src.filter((e) => under(e.to, 'rules') && e.to !== 'rules/index.ts');
    expect(bad.map(show)).toEqual([]);
  });

  const forbidden: readonly [string, readonly string[]][] = [
    // The model is data: it knows no evaluator, linker, loader, engine or reporter.
    ['src/model', ['src/iam', 'src/link', 'src/loaders', 'src/cfn', 'src/terraform', 'src/engine', 'src/report', 'src/audit']],
    // The evaluator answers questions about documents; it does not load or link them.
    ['src/iam', ['src/link', 'src/loaders', 'src/cfn', 'src/terraform', 'src/engine', 'src/report', 'src/audit']],
    // Parsers know nothing above them.
    ['src/parse', ['src/model', 'src/iam', 'src/link', 'src/loaders', 'src/cfn', 'src/terraform', 'src/engine', 'src/report']],
    // Loaders build the model; linking is link/'s job, after loading.
    ['src/loaders', ['src/link', 'src/engine', 'src/report']],
    ['src/cfn', ['src/link', 'src/engine', 'src/report', 'src/loaders']],
    ['src/terraform', ['src/link', 'src/engine', 'src/report', 'src/loaders']],
    // Linking reads the model, never an input format.
    ['src/link', ['src/loaders', 'src/cfn', 'src/terraform', 'src/engine', 'src/report']],
    // Reporters format results; they do not load inputs.
    ['src/report', ['src/loaders', 'src/cfn', 'src/terraform', 'src/link', 'src/audit']],
  ];

  it('layers do not reach the wrong way (except the listed known violations)', () => {
    const bad = src.filter((e) => forbidden.some(([from, tos]) => under(e.from, from) && under(e.to, ...tos))).map(show);
    expect(bad.filter((b) => !KNOWN.includes(b))).toEqual([]);
    // A fixed violation leaves the list.
    expect(KNOWN.filter((k) => !bad.includes(k))).toEqual([]);
  });
});
