// Lint by linked group on worker threads (issue 15): the worker path gives byte for byte what the
// single-thread path gives, linked files still link across batches, and a run that cannot be
// split stays on one thread. The CLI cases need the build (dist/) and run the real binary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchComponents, modelKeys, nameUse } from '../../src/pipeline/groups.js';
import { dependsOnRun } from '../../src/inputs/cloudformation/run-bound.js';
import { lint } from '../../src/lint.js';
import { walk } from '../../src/walk.js';
import type { lintParallel as LintParallel } from '../../src/pipeline/parallel.js';
import type { sortResults as SortResults } from '../../src/lint.js';
import { linkedFlowLog, linkedPolicy, stack, writeSet } from './gen-stacks.mjs';

const root = join(import.meta.dirname, '..', '..');
const BIN = join(root, 'bin', 'flowlog-lint.js');
const built = existsSync(join(root, 'dist', 'bundle', 'lint-worker.mjs')) && existsSync(join(root, 'dist', 'src', 'pipeline', 'parallel.js'));
const scratch = mkdtempSync(join(tmpdir(), 'flowlog-parallel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

function dir(name: string, files: Record<string, string>): string {
  const d = join(scratch, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
  return d;
}

const opts = (paths: string[]) => ({ paths, cwd: root, accountIds: [], severities: new Map() });

describe('link keys (pipeline/groups.ts)', () => {
  it('gives files that link the same key, and unrelated stacks none in common', () => {
    const d = dir('keys', { 'policy.yaml': linkedPolicy(), 'fl.yaml': linkedFlowLog(1), 'a.yaml': stack(1), 'b.yaml': stack(2) });
    const keysOf = (f: string) => {
      const k = modelKeys(lint(opts([join(d, f)])).model);
      if (k.kind !== 'keys') throw new Error(k.reason);
      return new Set(k.keys);
    };
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((k) => b.has(k));
    expect(shared(keysOf('policy.yaml'), keysOf('fl.yaml'))).toEqual(['b:shared-flow-logs']);
    expect(shared(keysOf('a.yaml'), keysOf('b.yaml'))).toEqual([]);
  });

  it('records the names a result looks up by name alone (its file holds no resource of that name)', () => {
    const d = dir('names', { 'a.yaml': stack(1) });
    const m = lint(opts([join(d, 'a.yaml')])).model;
    const file = m.flowLogs[0]?.pos?.src.path ?? '';
    const r = (resource: string, f: string) => ({ ruleId: 'x', severity: 'error' as const, status: 'fail' as const, message: 'm', file: f, resource });
    const use = nameUse(m, [r('ToBucket', file), r('Elsewhere', file), r('Bucket', 'other.yaml')]);
    expect(use.has).toContain('ToBucket');
    expect(use.looked.sort()).toEqual(['Bucket', 'Elsewhere']);
  });

  it('will not split a run with a policy that creates flow logs (creator rules match it against every role by wildcard)', () => {
    const d = dir('creator', {
      'deploy.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:CreateFlowLogs', Resource: '*' }] }),
    });
    expect(modelKeys(lint(opts([join(d, 'deploy.json')])).model)).toMatchObject({ kind: 'unsplittable' });
  });

  it('marks templates with conditions or nested stacks, not policy conditions', () => {
    expect(dependsOnRun('a.yaml', 'Conditions:\n  IsProd: !Equals [a, b]\n')).toBe(true);
    expect(dependsOnRun('a.yaml', 'Resources:\n  B:\n    Condition: IsProd\n')).toBe(true);
    expect(dependsOnRun('a.json', '{"Resources": {"B": {"Condition": "IsProd"}}}')).toBe(true);
    expect(dependsOnRun('a.yaml', '    Type: AWS::CloudFormation::Stack\n')).toBe(true);
    expect(dependsOnRun('x.nested.template.json', '{}')).toBe(true);
    expect(dependsOnRun('a.yaml', stack(3) + linkedPolicy())).toBe(false);
    expect(dependsOnRun('a.json', '{"Statement": [{"Condition": {"StringEquals": {}}}]}')).toBe(false);
  });

  it('joins batches sharing a key, and every batch with a VPC to one with a flow log that may cover any VPC', () => {
    const b = (keys: string[], lost = false, vpc = false) => ({ keys, lost, vpc });
    expect(batchComponents([b(['b:x']), b(['b:y']), b(['b:x', 'r:z']), b(['r:z'])])).toEqual([[0, 2, 3], [1]]);
    expect(batchComponents([b([], false, true), b(['b:y']), b([], true), b([], false, true)])).toEqual([[0, 2, 3], [1]]);
    expect(batchComponents([b([], false, true), b([], false, true)])).toEqual([[0], [1]]);
    // A result labelled from every resource of its name (engine/any-value.ts) joins their batches.
    const n = (has: string[], looked: string[] = []) => ({ ...b([]), names: { has, looked } });
    expect(batchComponents([n(['FlowLog']), n(['Bucket']), n(['FlowLog'])])).toEqual([[0], [1], [2]]);
    expect(batchComponents([n(['FlowLog']), n(['Bucket']), n([], ['FlowLog'])])).toEqual([[0, 2], [1]]);
  });
});

describe.skipIf(!built)('worker threads and one thread give the same output', () => {
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.stderr).toBe('');
    return { code: r.status, out: r.stdout };
  };
  const same = (paths: string[]) => {
    const one = cli(['--threads', '1', ...paths]);
    const two = cli(['--threads', '2', ...paths]);
    expect(two.code).toBe(one.code);
    expect(two.out === one.out, `${paths.join(' ')}: outputs differ`).toBe(true);
    return JSON.parse(one.out) as { results: { ruleId: string; file: string; message: string }[]; summary: { files: number } };
  };
  let parallel: typeof LintParallel;
  let sortResults: typeof SortResults;
  beforeAll(async () => {
    const distDir = join(root, 'dist', 'src');
    parallel = ((await import(join(distDir, 'pipeline', 'parallel.js'))) as { lintParallel: typeof LintParallel }).lintParallel;
    sortResults = ((await import(join(distDir, 'lint.js'))) as { sortResults: typeof sortResults }).sortResults;
  });
  /** What the parallel path said about a run (undefined result: it stayed on one thread). */
  const probe = async (paths: string[]) => {
    const notes: string[] = [];
    const out = await parallel({ ...opts(paths), threads: 2 }, walk(paths, root), sortResults, (m) => notes.push(m));
    return { split: out !== undefined, notes };
  };

  if (!built) console.warn('parallel tests: dist/ is not built (npm run build); the worker cases are skipped');

  it('--threads takes a positive whole number (usage error, exit 2)', () => {
    for (const bad of ['0', '-1', '1.5', 'two']) {
      const r = spawnSync(process.execPath, [BIN, `--threads=${bad}`, 'examples'], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--threads takes a positive whole number');
    }
  });

  it('on the examples', async () => {
    same(['examples']);
    expect((await probe(['examples'])).split).toBe(true);
  }, 60_000);

  it('on ../shared/corpus (Terraform and conditions keep it on one thread)', async () => {
    const corpus = join(root, '..', 'shared', 'corpus');
    if (!existsSync(corpus)) return void console.warn('parallel tests: ../shared/corpus absent; skipped');
    same([corpus]);
    expect((await probe([corpus])).notes.join('\n')).toMatch(/one thread: (Terraform files|.*conditions or nested stacks)/);
  }, 120_000);

  it('on 1,000 generated stacks, one in ten with defects', async () => {
    const d = join(scratch, 'stacks');
    writeSet(d, 'stacks', 1000);
    const rep = same([d]);
    expect(rep.summary.files).toBe(1000);
    expect(rep.results.some((r) => r.ruleId === 'flow-log/accept-only')).toBe(true);
    const p = await probe([d]);
    expect(p.split, p.notes.join('\n')).toBe(true);
    expect(p.notes.join('\n')).toMatch(/0 linked set\(s\) of batches linted again/);
  }, 240_000);

  it('links a bucket policy in one file with flow logs in 100 others, across batches', async () => {
    const d = join(scratch, 'linked');
    writeSet(d, 'linked', 100);
    const rep = same([d]);
    // Linked: the bucket is found in the other file, and the flow logs writing to the wrong prefix
    // fail against its policy.
    expect(rep.results.filter((r) => r.message.includes('is not in the scanned set'))).toEqual([]);
    expect(rep.results.some((r) => r.ruleId === 'bucket-policy/delivery-write' && r.message.includes('shared-flow-logs/wrong/'))).toBe(true);
    const p = await probe([d]);
    expect(p.split, p.notes.join('\n')).toBe(true);
    expect(p.notes.join('\n')).toMatch(/ 1 linked set\(s\) of batches linted again/);
  }, 120_000);

  it('on bad input, a missing path, skipped files and suppression comments (exit code and output alike)', async () => {
    const d = join(scratch, 'mixed');
    writeSet(d, 'stacks', 240);
    writeFileSync(join(d, 'broken.yaml'), 'Resources:\n  A: [unclosed\n');
    writeFileSync(join(d, 'not-latin.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    writeFileSync(join(d, 'package.json'), '{"name": "x"}');
    writeFileSync(join(d, 'suppressed.yaml'), stack(3).replace('      TrafficType: ACCEPT', '      # flowlog-lint-disable-next-line flow-log/accept-only -- test\n      TrafficType: ACCEPT'));
    const args = (t: string) => [BIN, '--format', 'json', '--threads', t, d, join(d, 'no-such-file.yaml')];
    const one = spawnSync(process.execPath, args('1'), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const two = spawnSync(process.execPath, args('2'), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(one.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout, 'outputs differ').toBe(true);
    expect((JSON.parse(one.stdout) as { summary: { suppressed: number } }).summary.suppressed).toBe(1);
    const p = await probe([d, join(d, 'no-such-file.yaml')]);
    expect(p.split, p.notes.join('\n')).toBe(true);
  }, 240_000);

  it('lints a group of 10,000 linked files (slow: 10,000 files) within the memory that group needs', () => {
    const d = join(scratch, 'linked-10000');
    writeSet(d, 'linked', 10_000);
    // The CLI in a child that reports its own CPU time and peak RSS (a loaded machine slows it
    // without failing it).
    const code = `process.on('exit', () => process.stderr.write('USAGE' + JSON.stringify(process.resourceUsage())));await import(${JSON.stringify(new URL(`file://${BIN}`).href)});`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, '-', '--format', 'json', '--threads', '2', d], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const usage = JSON.parse(r.stderr.slice(r.stderr.indexOf('USAGE') + 5)) as { userCPUTime: number; systemCPUTime: number; maxRSS: number };
    const rep = JSON.parse(r.stdout) as { results: { message: string }[]; summary: { files: number } };
    expect(rep.summary.files).toBe(10_001);
    expect(rep.results.filter((x) => x.message.includes('is not in the scanned set'))).toEqual([]);
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    console.log(`10,000 linked files on 2 threads: ${cpu.toFixed(1)} s CPU, peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB`);
    expect(cpu).toBeLessThan(60);
    // One group holds everything: its model is the bound (about 0.5 GB here), not a multiple of it.
    expect(usage.maxRSS / 1024).toBeLessThan(1024);
  }, 600_000);
});
