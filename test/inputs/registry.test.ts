// The input registry: one list of kinds, each a folder; a document goes to the first kind that
// detects it, raw last; the pipeline names no kind.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind, INPUTS } from '../../src/inputs/registry.js';
import { parseJson } from '../../src/parse/json.js';
import { makeSource } from '../../src/parse/source.js';

const root = join(import.meta.dirname, '..', '..');
const doc = (o: unknown) => parseJson(makeSource('x.json', JSON.stringify(o))).root;

describe('input registry', () => {
  it('every kind has a unique name and its own folder src/inputs/<name>/index.ts', () => {
    const names = INPUTS.map((k) => k.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(existsSync(join(root, 'src', 'inputs', n, 'index.ts')), n).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['raw', 'snapshot', 'cloudformation', 'cdk', 'terraform', 'terraform-plan']));
  });

  it('raw, which takes any document, is tried last', () => {
    expect(INPUTS[INPUTS.length - 1]?.name).toBe('raw');
  });

  it('detects each document kind by content', () => {
    expect(detectKind(doc({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} })).name).toBe('cloudformation');
    expect(detectKind(doc({ Resources: { B: { Type: 'AWS::S3::Bucket' } } })).name).toBe('cloudformation');
    expect(detectKind(doc({ flowlogLintSnapshot: 1, accounts: [] })).name).toBe('snapshot');
    expect(detectKind(doc({ format_version: '1.2', planned_values: { root_module: {} } })).name).toBe('terraform-plan');
    expect(detectKind(doc({ Version: '2012-10-17', Statement: [] })).name).toBe('raw');
  });

  it('the pipeline spells no input format: no Terraform address prefixes or world casts', () => {
    const files = ['src/lint.ts', ...readdirSync(join(root, 'src', 'pipeline')).map((f) => `src/pipeline/${f}`)];
    for (const f of files) {
      const text = readFileSync(join(root, f), 'utf8');
      expect(text, f).not.toMatch(/'tf:|__world|\/cfn\/|\/terraform\//);
    }
  });
});
