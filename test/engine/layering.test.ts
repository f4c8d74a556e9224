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
    // Loaders and inputs build the model; linking is link/'s job, after loading.
    ['src/loaders', ['src/link', 'src/engine', 'src/report', 'src/pipeline']],
    ['src/inputs', ['src/link', 'src/report', 'src/pipeline']],
    ['src/cfn', ['src/link', 'src/engine', 'src/report', 'src/loaders', 'src/pipeline']],
    ['src/terraform', ['src/link', 'src/engine', 'src/report', 'src/loaders', 'src/pipeline']],
    // The pipeline names no input kind: it reaches them through the input registry.
    ['src/lint.ts', ['src/cfn', 'src/terraform', 'src/loaders']],
    ['src/pipeline', ['src/cfn', 'src/terraform', 'src/loaders/raw.ts', 'src/loaders/snapshot.ts', 'src/loaders/classify.ts']],
    // Rules run over any input's model: the engine knows no input kind either.
    ['src/engine', ['src/cfn', 'src/terraform', 'src/loaders', 'src/inputs']],
    // Linking reads the model, never an input format.
    ['src/link', ['src/loaders', 'src/cfn', 'src/terraform', 'src/engine', 'src/report']],
    // Reporters format results; they do not load inputs.
    ['src/report', ['src/loaders', 'src/cfn', 'src/terraform', 'src/link', 'src/audit']],
  ];

  it('layers do not reach the wrong way', () => {
    const bad = src.filter((e) => forbidden.some(([from, tos]) => under(e.from, from) && under(e.to, ...tos))).map(show);
    expect(bad).toEqual([]);
  });

  it('inputs use the engine only for its result types (to drop their own duplicate findings)', () => {
    const bad = src.filter((e) => under(e.from, 'src/inputs') && under(e.to, 'src/engine') && e.to !== 'src/engine/types.ts');
    expect(bad.map(show)).toEqual([]);
  });

  it('the input formats reach the input layer only for the neutral load context', () => {
    const formats = ['src/cfn', 'src/terraform', 'src/loaders'];
    const bad = src.filter((e) => under(e.from, ...formats) && under(e.to, 'src/inputs') && e.to !== 'src/inputs/context.ts');
    expect(bad.map(show)).toEqual([]);
  });

  it('the scan sees the edges these rules are about (a moved folder would make them vacuous)', () => {
    expect(src.some((e) => under(e.from, 'src/inputs') && under(e.to, 'src/cfn'))).toBe(true);
    expect(src.some((e) => e.from === 'src/lint.ts' && under(e.to, 'src/pipeline'))).toBe(true);
    expect(src.some((e) => under(e.from, 'src/pipeline') && under(e.to, 'src/link'))).toBe(true);
  });
});
