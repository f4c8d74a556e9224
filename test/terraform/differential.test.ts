// Differential test: every expression of differential-cases.ts is evaluated by `terraform console`
// (one process for the whole table) and by flowlog-lint's evaluator, and the two must agree —
// the same JSON value, or both rejecting it. Skips with a message where terraform is absent.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Val } from '../../src/model/value.js';
import { makeSource } from '../../src/parse/source.js';
import { evalExpr } from '../../src/terraform/eval.js';
import { plain } from '../../src/terraform/functions.js';
import { initHcl, parseHcl } from '../../src/terraform/hcl.js';
import { ModuleInstance, moduleDef } from '../../src/terraform/module.js';
import { firstUnknown, isError } from '../../src/terraform/values.js';
import { EXPRESSIONS, TFVARS, VARIABLES } from './differential-cases.js';

const TERRAFORM = process.env.TERRAFORM_BIN ?? 'terraform';
const hasTerraform = spawnSync(TERRAFORM, ['version'], { encoding: 'utf8' }).status === 0;
if (!hasTerraform) console.warn(`differential test skipped: \`${TERRAFORM}\` is not on this machine`);

/** Terraform's answers: case index → JSON text or "ERROR". */
function terraformAnswers(dir: string): string[] {
  const fields = EXPRESSIONS.map((e, i) => `e${i} = try(jsonencode(${e}), "ERROR")`).join(', ');
  const rc = join(dir, 'empty.tfrc');
  writeFileSync(rc, '');
  const r = spawnSync(TERRAFORM, ['console', '-no-color'], {
    cwd: dir,
    input: `jsonencode({ ${fields} })\n`,
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`terraform console failed: ${r.stderr}`);
  // The console prints the string in HCL quoting: `$${` and `%%{` stand for `${` and `%{`.
  const line = r.stdout.trim().replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  const obj = JSON.parse(JSON.parse(line) as string) as Record<string, string>;
  return EXPRESSIONS.map((_, i) => obj[`e${i}`] as string);
}

/** flowlog-lint's answers for the same configuration. */
function ourAnswers(): { json: string; value: Val }[] {
  const locals = EXPRESSIONS.map((e, i) => `  e${i} = ${e}`).join('\n');
  const file = parseHcl(makeSource('main.tf', `${VARIABLES}\nlocals {\n${locals}\n}\n`));
  const vars = parseHcl(makeSource('terraform.tfvars', TFVARS));
  const inputs = new Map<string, Val>();
  for (const [name, a] of vars.body.attributes) inputs.set(name, evalExpr(a.expr, { src: vars.src, ref: () => ({ kind: 'unknown', reason: 'no references in tfvars' }) }));
  const mi = new ModuleInstance(moduleDef('', '/nonexistent', [file]), '', inputs, { child: () => undefined, readFile: () => undefined, bindings: new Map() });
  return EXPRESSIONS.map((_, i) => {
    const value = mi.local(`e${i}`, { src: file.src, start: 0, end: 0 });
    const u = firstUnknown(value);
    return { value, json: u ? 'ERROR' : JSON.stringify(plain(value)) };
  });
}

describe.skipIf(!hasTerraform)('differential: flowlog-lint agrees with terraform console', () => {
  let dir = '';
  let tf: string[] = [];
  let ours: { json: string; value: Val }[] = [];
  beforeAll(async () => {
    await initHcl();
    dir = mkdtempSync(join(tmpdir(), 'flowlog-tf-diff-'));
    writeFileSync(join(dir, 'main.tf'), VARIABLES);
    writeFileSync(join(dir, 'terraform.tfvars'), TFVARS);
    tf = terraformAnswers(dir);
    ours = ourAnswers();
  }, 60_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`has at least 200 cases (${EXPRESSIONS.length})`, () => {
    expect(EXPRESSIONS.length).toBeGreaterThanOrEqual(200);
  });

  it('every expression gives the same value, or both reject it', () => {
    const mismatches: string[] = [];
    EXPRESSIONS.forEach((e, i) => {
      const want = tf[i] as string;
      const got = ours[i] as { json: string; value: Val };
      if (want === 'ERROR' || got.json === 'ERROR') {
        const u = firstUnknown(got.value);
        // Both reject it, and we reject it for Terraform's reason — not for lack of support.
        if (want !== got.json || (u && !isError(u))) mismatches.push(`${e}\n  terraform: ${want}\n  ours:      ${got.json} ${u?.kind === 'unknown' ? u.reason : ''}`);
        return;
      }
      const same = JSON.stringify(JSON.parse(want)) === JSON.stringify(JSON.parse(got.json)) || deepEqual(JSON.parse(want), JSON.parse(got.json));
      if (!same) mismatches.push(`${e}\n  terraform: ${want}\n  ours:      ${got.json}`);
    });
    expect(mismatches.join('\n')).toBe('');
  });
});

function deepEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return JSON.stringify(ka) === JSON.stringify(kb) && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}
