// The Terraform budgets and confinement helpers (issue 16), unit by unit; the end-to-end cases
// are in test/hostile/terraform.test.ts.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lit, type Val } from '../../src/model/value.js';
import { InstanceBudget, MAX_INTERPOLATION_DEPTH, MAX_LIST_ITEMS, MAX_MODULE_INSTANCES, MAX_STRING_CHARS, interpolationTooDeep, overBudget, quoteValue } from '../../src/terraform/budgets.js';
import { confinement } from '../../src/terraform/confine.js';
import { callFunction } from '../../src/terraform/functions.js';

let made: string[] = [];
afterEach(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made = [];
});

const num = (n: number): Val => ({ kind: 'num', value: n, text: String(n) });

describe('budgets', () => {
  it('quoteValue caps at 120 characters and escapes control characters', () => {
    expect(quoteValue('abc')).toBe('abc');
    expect(quoteValue('a\u001b[31mb\n')).toBe('a\\u001b[31mb\\u000a');
    const q = quoteValue('x'.repeat(1000));
    expect(q).toBe(`${'x'.repeat(120)}… (1000 characters)`);
  });

  it('overBudget measures strings, lists and maps', () => {
    expect(overBudget(lit('x'.repeat(MAX_STRING_CHARS)))).toBeUndefined();
    expect(overBudget(lit('x'.repeat(MAX_STRING_CHARS + 1)))).toMatch(/string size budget/);
    expect(overBudget({ kind: 'arr', items: Array.from({ length: MAX_LIST_ITEMS + 1 }, () => num(1)) })).toMatch(/list size budget/);
    expect(overBudget({ kind: 'obj', entries: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => ({ key: String(i), value: num(i) })) })).toMatch(/list size budget/);
  });

  it('interpolationTooDeep finds the first sequence over the depth budget; escapes and plain braces do not count', () => {
    const nest = (n: number) => `a = ${'"${'.repeat(n)}"x"${'}"'.repeat(n)}\n`;
    expect(interpolationTooDeep(nest(MAX_INTERPOLATION_DEPTH))).toBe(-1);
    expect(interpolationTooDeep(nest(MAX_INTERPOLATION_DEPTH + 1))).toBe(4 + 3 * MAX_INTERPOLATION_DEPTH + 1);
    expect(interpolationTooDeep(`a = "${'$${'.repeat(1000)}"\n`)).toBe(-1);
    expect(interpolationTooDeep(`${'{'.repeat(1000)}${'}'.repeat(1000)}`)).toBe(-1);
    expect(interpolationTooDeep(`${'%{ if true }'.repeat(10)}`)).toBe(-1);
  });

  it('module instances: all within the budget, then one stand-in per call, then none', () => {
    const b = new InstanceBudget();
    expect(b.takeModules(MAX_MODULE_INSTANCES)).toBe(MAX_MODULE_INSTANCES);
    expect(b.takeModules(1000)).toBe(1);
    for (let i = 0; i < MAX_MODULE_INSTANCES; i++) b.takeModules(5);
    expect(b.takeModules(5)).toBe(0);
    for (let i = 0; i < 10; i++) b.breach(`module.m${i}`, 'r');
    expect(b.breaches.size).toBe(5);
  });

  it('a function that throws something else than its own errors (RangeError) gives unknown with the reason', () => {
    const v = callFunction('indent', [num(1e9), lit('a\nb')], undefined);
    expect(v.kind).toBe('unknown');
    expect(v.kind === 'unknown' ? v.reason : '').toMatch(/^indent\(\): .*Invalid string length/);
  });

  it('setproduct over the list size budget is unknown before it is built', () => {
    const range = { kind: 'arr', items: Array.from({ length: 1024 }, (_, i) => num(i)) } as Val;
    const t0 = performance.now();
    const v = callFunction('setproduct', [range, range, range], undefined);
    expect(v.kind === 'unknown' ? v.reason : '').toMatch(/list size budget/);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});

describe('confinement', () => {
  function tree() {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-confine-'));
    made.push(d);
    mkdirSync(join(d, 'repo', '.git'), { recursive: true });
    mkdirSync(join(d, 'repo', 'env', 'prod'), { recursive: true });
    writeFileSync(join(d, 'secret.txt'), 's');
    writeFileSync(join(d, 'repo', 'names.txt'), 'n');
    symlinkSync(join(d, 'secret.txt'), join(d, 'repo', 'env', 'prod', 'link.txt'));
    return d;
  }

  it('inside the repository root (the nearest .git above the scanned path): allowed; outside, through .. or a symlink: refused naming the path', () => {
    const d = tree();
    const c = confinement(['env/prod'], join(d, 'repo'));
    expect(c.refuse(join(d, 'repo', 'names.txt'))).toBeUndefined();
    expect(c.refuse(join(d, 'repo', 'env', 'prod', '..', '..', 'names.txt'))).toBeUndefined();
    expect(c.refuse(join(d, 'repo', '..', 'secret.txt'))).toMatch(/secret\.txt is outside the scanned folders/);
    expect(c.refuse(join(d, 'repo', 'env', 'prod', 'link.txt'))).toMatch(/link\.txt is outside/);
    expect(c.refuse('/proc/self/environ')).toMatch(/^\/proc\/self\/environ is outside/);
  });

  it('without .git: the scanned folder, or the working folder when it holds the scanned folder', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-confine-'));
    made.push(d);
    mkdirSync(join(d, 'app'));
    mkdirSync(join(d, 'modules'));
    expect(confinement(['app'], d).refuse(join(d, 'modules', 'x'))).toBeUndefined();
    expect(confinement(['.'], join(d, 'app')).refuse(join(d, 'modules', 'x'))).toMatch(/outside/);
  });
});
