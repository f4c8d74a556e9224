// Hostile Terraform (issue 16): code from an untrusted pull request must not make the linter read
// outside the checkout (leaks), hide resources (bypasses) or run away (budgets). The budget cases
// run the real CLI in a child process that reports its own CPU time and peak memory
// (process.resourceUsage), so a loaded 2-core machine slows them down without failing them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { capQuotedValues } from '../../src/engine/cap.js';
import type { Result } from '../../src/engine/types.js';
import { MAX_INTERPOLATION_DEPTH, MAX_MODULE_INSTANCES, MAX_STRING_CHARS, QUOTE_CHARS } from '../../src/terraform/budgets.js';
import { BIN, assertDistBuilt, checkCli, runCli } from '../fuzz/support.js';

let made: string[] = [];
afterEach(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made = [];
});
beforeAll(() => assertDistBuilt());

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-hostile-tf-'));
  made.push(d);
  return d;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

const CPU_BUDGET_MS = 10_000;
const RSS_BUDGET_KB = 500 * 1024;

/** Runs the CLI in a child that prints its CPU time and peak RSS on stderr when it exits. */
function measured(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const probe = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n@@usage ' + JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }) + '\\n'); }); process.argv.splice(1, 0, 'flowlog-lint'); await import(${JSON.stringify(BIN)});`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', ...args], {
    cwd,
    encoding: 'utf8',
    // Wall-clock guard only: the budget asserted below is CPU time, which load does not inflate.
    timeout: 120_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  const m = /@@usage (\{.*\})/.exec(res.stderr ?? '');
  const usage = m ? (JSON.parse(m[1] as string) as { cpuMs: number; maxRssKb: number }) : undefined;
  return { res, usage, stderr: (res.stderr ?? '').replace(/\n@@usage .*\n?/, '') };
}

function withinBudget(run: ReturnType<typeof measured>, label: string): Result[] {
  expect(run.res.signal, `${label}: killed (${run.res.signal}); stderr: ${run.stderr.slice(0, 500)}`).toBeNull();
  expect(run.usage, `${label}: no usage line; stderr: ${run.stderr.slice(0, 500)}`).toBeDefined();
  expect(run.usage?.cpuMs ?? Infinity, `${label}: CPU time`).toBeLessThan(CPU_BUDGET_MS);
  expect(run.usage?.maxRssKb ?? Infinity, `${label}: peak memory (KB)`).toBeLessThan(RSS_BUDGET_KB);
  expect([0, 1, 2], `${label}: exit code; stderr: ${run.stderr.slice(0, 500)}`).toContain(run.res.status);
  expect(run.stderr).not.toMatch(/^\s{4}at /m);
  return (JSON.parse(run.res.stdout) as { results: Result[] }).results;
}

const FLOW_LOG = (name: string, dest: string, extra = '') => `resource "aws_flow_log" "${name}" {
  vpc_id               = "vpc-0a1b2c3d"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = ${dest}
${extra}}
`;

describe('budgets: small files that ask for huge work', () => {
  it('three 60-byte module files fanning out 1000×1000×1000 finish within the budget; the cut is unverifiable naming the budget', () => {
    const dir = tmp();
    write(dir, {
      'main.tf': 'module "a" {\n  source = "./m1"\n  count  = 1000\n}\n',
      'm1/main.tf': 'module "b" {\n  source = "../m2"\n  count  = 1000\n}\n',
      'm2/main.tf': 'module "c" {\n  source = "../m3"\n  count  = 1000\n}\n',
      'm3/main.tf': 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    });
    const results = withinBudget(measured(['--format', 'json', '.'], dir), 'module fan-out');
    const cut = results.filter((r) => r.status === 'unverifiable' && r.message.includes(`module instance budget (${MAX_MODULE_INSTANCES}`));
    expect(cut.length, JSON.stringify(results.slice(0, 3))).toBeGreaterThan(0);
    // What was cut may hold a flow log: no VPC is judged either way.
    const vpcs = results.filter((r) => r.ruleId === 'vpc/flow-logs-enabled');
    expect(vpcs.length).toBeGreaterThan(0);
    expect(vpcs.filter((r) => r.status !== 'unverifiable')).toEqual([]);
  }, 180_000);

  it('five levels of three for_each calls over toset(range(1000)) each, calling back to the root, finish within the budget', () => {
    const dir = tmp();
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) {
      const target = i < 4 ? `${i === 0 ? './' : '../'}m${i + 1}` : undefined;
      let text = 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n';
      for (let c = 0; c < 3 && target; c++) text += `module "c${c}" {\n  source   = "${target}"\n  for_each = toset([for i in range(1000) : tostring(i)])\n}\n`;
      if (!target) text += 'module "back" {\n  source = "../"\n  count  = 1000\n}\n';
      files[`${i === 0 ? '' : `m${i}/`}main.tf`] = text;
    }
    write(dir, files);
    const results = withinBudget(measured(['--format', 'json', '.'], dir), 'for_each fan-out');
    expect(results.some((r) => r.status === 'unverifiable' && /budget/.test(r.message))).toBe(true);
  }, 180_000);

  it('count = 1000 over a 9 MB file() finishes within the budget; the destination is unverifiable naming the file size budget', () => {
    const dir = tmp();
    write(dir, {
      'big.txt': 'A'.repeat(9 * 1024 * 1024),
      'main.tf': FLOW_LOG('f', '"arn:aws:s3:::${file("big.txt")}"', '  count = 1000\n'),
    });
    const results = withinBudget(measured(['--format', 'json', '.'], dir), '9 MB file() × 1000');
    const dest = results.filter((r) => r.ruleId === 'flow-log/destination-arn');
    expect(dest.length).toBeGreaterThan(0);
    for (const r of dest) {
      expect(r.status).toBe('unverifiable');
      expect(r.message).toContain(`file size budget (${MAX_STRING_CHARS} bytes)`);
      expect(r.message.length).toBeLessThan(1_000);
    }
  }, 180_000);

  it('100,000 nested "${…}" interpolations finish within the budget with a parse-error naming the depth budget (exit 2)', () => {
    const dir = tmp();
    const n = 100_000;
    write(dir, { 'main.tf': FLOW_LOG('f', `${'"${'.repeat(n)}"ACCEPT"${'}"'.repeat(n)}`) });
    const run = measured(['--format', 'json', '.'], dir);
    const results = withinBudget(run, 'nested interpolations');
    expect(run.res.status).toBe(2);
    const pe = results.filter((r) => r.ruleId === 'parse-error');
    expect(pe.map((r) => [r.file, r.line])).toEqual([['main.tf', 5]]);
    expect(pe[0]?.message).toContain(`interpolation depth budget (${MAX_INTERPOLATION_DEPTH})`);
  }, 180_000);

  it('nesting within the depth budget is still evaluated', () => {
    const dir = tmp();
    const n = 50;
    write(dir, { 'main.tf': FLOW_LOG('f', '"arn:aws:s3:::b"', `  log_format = ${'"${'.repeat(n)}"x"${'}"'.repeat(n)}\n`) });
    const run = measured(['--format', 'json', '.'], dir);
    const results = withinBudget(run, 'shallow nesting');
    expect(results.filter((r) => r.ruleId === 'parse-error')).toEqual([]);
  }, 60_000);

  it('setproduct of three 1024-element ranges is unknown (list size budget), not a billion-element list', () => {
    const dir = tmp();
    write(dir, {
      'main.tf': `locals {\n  p = setproduct(range(1024), range(1024), range(1024))\n}\n${FLOW_LOG('f', '"arn:aws:s3:::b"').replace('"ALL"', 'length(local.p) > 0 ? "ALL" : "REJECT"')}`,
    });
    const results = withinBudget(measured(['--format', 'json', '.'], dir), 'setproduct');
    const tt = results.filter((r) => r.ruleId === 'flow-log/traffic-type');
    expect(tt.map((r) => r.status)).toEqual(['unverifiable']);
    expect(tt[0]?.message).toContain('list size budget');
  }, 60_000);
});

describe('confinement: nothing outside the scanned checkout is read', () => {
  const SECRET = 'TOPSECRET-0f9e8d7c';
  const FORMATS = ['json', 'sarif', 'github', 'markdown', 'stylish', 'junit', 'html'];

  function leakyRepo(): { dir: string; repo: string } {
    const dir = tmp();
    const repo = join(dir, 'checkout');
    mkdirSync(join(repo, '.git'), { recursive: true });
    write(dir, {
      'secret.txt': SECRET,
      'outside/main.tf': FLOW_LOG('outside', `"arn:aws:s3:::${SECRET}"`),
      'checkout/main.tf': [
        FLOW_LOG('environ', '"arn:aws:s3:::${file("/proc/self/environ")}"'),
        FLOW_LOG('up', '"arn:aws:s3:::${file("../secret.txt")}"'),
        FLOW_LOG('tmpl', '"arn:aws:s3:::${templatefile("${path.module}/../secret.txt", {})}"'),
        FLOW_LOG('link', '"arn:aws:s3:::${file("link.txt")}"'),
        'module "out" {\n  source = "../outside"\n}\n',
      ].join('\n'),
    });
    symlinkSync(join(dir, 'secret.txt'), join(repo, 'link.txt'));
    return { dir, repo };
  }

  it('file(), templatefile(), symlinks and module sources pointing out: unknown naming the path, and the secret is in no output format', () => {
    const { repo } = leakyRepo();
    for (const format of FORMATS) {
      const res = runCli(['--format', format, '.'], repo, { timeout: 60_000 });
      expect(res.status, `${format}: ${res.stderr}`).not.toBeNull();
      const all = `${res.stdout}\n${res.stderr}`;
      expect(all, format).not.toContain(SECRET);
      expect(all, format).not.toMatch(/FLOWLOG_HOSTILE_ENV_SECRET/);
    }
    const res = runCli(['--format', 'json', '.'], repo, { timeout: 60_000 });
    const { results } = checkCli(res, 'confinement');
    const dest = (name: string) => results.find((r) => r.ruleId === 'flow-log/destination-arn' && r.resource === `aws_flow_log.${name}`);
    expect(dest('environ')?.status).toBe('unverifiable');
    expect(dest('environ')?.message).toMatch(/\/proc\/self\/environ is outside the scanned folders/);
    expect(dest('up')?.message).toMatch(/secret\.txt is outside the scanned folders/);
    expect(dest('tmpl')?.message).toMatch(/secret\.txt is outside the scanned folders/);
    expect(dest('link')?.message).toMatch(/link\.txt is outside the scanned folders/);
    // The module outside is not followed: none of its resources appear.
    expect(results.some((r) => r.resource?.startsWith('module.out.'))).toBe(false);
  }, 240_000);

  it('/proc/self/environ with a secret in the environment: not in any output format', () => {
    const dir = tmp();
    write(dir, { 'main.tf': FLOW_LOG('f', '"arn:aws:s3:::${file("/proc/self/environ")}"') });
    for (const format of FORMATS) {
      const run = measured(['--format', format, '.'], dir, { FLOWLOG_HOSTILE_ENV_SECRET: SECRET });
      expect(`${run.res.stdout}\n${run.stderr}`, format).not.toContain(SECRET);
    }
  }, 240_000);

  it('inside the checkout, file(), a local module below and an installed module (.terraform/modules) are read', () => {
    const top = tmp();
    const dir = join(top, 'repo');
    mkdirSync(join(dir, '.git'), { recursive: true });
    write(top, { 'outside/main.tf': FLOW_LOG('o', '"arn:aws:s3:::outside"') });
    write(dir, {
      'names/bucket.txt': 'central-flow-logs',
      'env/prod/main.tf': `${FLOW_LOG('f', '"arn:aws:s3:::${trimspace(file("../../names/bucket.txt"))}"')}module "m" {\n  source = "../../modules/m"\n}\n`,
      'modules/m/main.tf': FLOW_LOG('g', '"arn:aws:s3:::from-module"'),
      // An installed registry module inside the root, and one whose modules.json entry points out.
      'env/prod/registry.tf': 'module "reg" {\n  source = "terraform-aws-modules/flow/aws"\n}\nmodule "evil" {\n  source = "terraform-aws-modules/evil/aws"\n}\n',
      'env/prod/.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Dir: '.' }, { Key: 'reg', Dir: '.terraform/modules/reg' }, { Key: 'evil', Dir: '../../../outside' }] }),
      'env/prod/.terraform/modules/reg/main.tf': FLOW_LOG('r', '"arn:aws:s3:::from-registry"'),
    });
    const res = runCli(['--format', 'json', 'env/prod'], dir, { timeout: 60_000 });
    const { results } = checkCli(res, 'inside');
    const msgs = results.map((r) => r.message).join('\n');
    expect(results.some((r) => r.resource === 'module.m.aws_flow_log.g')).toBe(true);
    expect(results.some((r) => r.resource === 'module.reg.aws_flow_log.r')).toBe(true);
    expect(results.some((r) => r.resource?.startsWith('module.evil.'))).toBe(false);
    expect(msgs).toContain('central-flow-logs');
  }, 60_000);
});

describe('values quoted in messages are capped', () => {
  it('capQuotedValues keeps short messages and cuts a long value to its first characters plus its length', () => {
    expect(capQuotedValues('short `arn:aws:s3:::b` message')).toBe('short `arn:aws:s3:::b` message');
    const arn = `arn:aws:s3:::${'b'.repeat(140)}`;
    expect(capQuotedValues(`The destination \`${arn}\` is bad`)).toBe(`The destination \`${arn}\` is bad`);
    const huge = 'x'.repeat(10_000);
    const out = capQuotedValues(`The destination \`${huge}\` is bad`);
    expect(out).toBe(`The destination \`${'x'.repeat(QUOTE_CHARS - 1)}… (10002 characters) is bad`);
  });

  it('a 60,000-character bucket name read with file() appears in no output format longer than the cap', () => {
    const dir = tmp();
    write(dir, { 'name.txt': 'b'.repeat(60_000), 'main.tf': FLOW_LOG('f', '"arn:aws:s3:::${file("name.txt")}"') });
    for (const format of ['json', 'sarif', 'github', 'markdown', 'stylish', 'junit', 'html']) {
      const res = runCli(['--format', format, '.'], dir, { timeout: 60_000 });
      expect(res.status, `${format}: ${res.stderr}`).not.toBeNull();
      const longest = Math.max(0, ...[...`${res.stdout}${res.stderr}`.matchAll(/b{50,}/g)].map((m) => m[0].length));
      expect(longest, format).toBeLessThanOrEqual(QUOTE_CHARS);
      expect(longest, `${format}: the finding is there`).toBeGreaterThan(0);
    }
  }, 240_000);
});

describe('no bypass: a module call never hides its caller', () => {
  const VPC = 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n';
  const vpcFindings = (rs: readonly Result[]) => rs.filter((r) => r.ruleId === 'vpc/flow-logs-enabled');

  it('module "x" { source = "./" }: a parse-error at the source (exit 2), and the folder is still linted', () => {
    const dir = tmp();
    write(dir, { 'main.tf': `${VPC}module "x" {\n  source = "./"\n}\n` });
    const res = runCli(['--format', 'json', '.'], dir);
    const { results } = checkCli(res, 'self');
    expect(res.status).toBe(2);
    const pe = results.filter((r) => r.ruleId === 'parse-error');
    expect(pe.map((r) => [r.file, r.line, r.column])).toEqual([['main.tf', 5, 12]]);
    expect(pe[0]?.message).toMatch(/calling module itself/);
    expect(vpcFindings(results).map((r) => [r.resource, r.status])).toEqual([['aws_vpc.v', 'fail']]);
  });

  it('an a↔b module cycle: a parse-error at the source closing the cycle, and both folders are linted', () => {
    const dir = tmp();
    write(dir, { 'a/main.tf': `${VPC}module "b" {\n  source = "../b"\n}\n`, 'b/main.tf': 'resource "aws_vpc" "w" {\n  cidr_block = "10.1.0.0/16"\n}\nmodule "a" {\n  source = "../a"\n}\n' });
    const res = runCli(['--format', 'json', '.'], dir);
    const { results } = checkCli(res, 'cycle');
    expect(res.status).toBe(2);
    // Both folders are roots (a sibling call does not hide the called folder: it is also checked on
    // its own), so the cycle is met from each side: one parse-error at each `source` that closes it.
    expect(results.filter((r) => r.ruleId === 'parse-error').map((r) => r.message)).toEqual([expect.stringMatching(/cycle/), expect.stringMatching(/cycle/)]);
    expect(new Set(results.filter((r) => r.ruleId === 'parse-error').map((r) => r.file))).toEqual(new Set(['a/main.tf', 'b/main.tf']));
    expect(vpcFindings(results).map((r) => r.resource).sort()).toEqual(['aws_vpc.v', 'aws_vpc.w']);
  });

  it('examples/disabled calling source = "../../" with count = 0 does not make the root disappear', () => {
    const dir = tmp();
    write(dir, { 'main.tf': VPC, 'examples/disabled/main.tf': 'module "root" {\n  source = "../../"\n  count  = 0\n}\n' });
    const res = runCli(['--format', 'json', '.'], dir);
    const { results } = checkCli(res, 'count = 0 upward');
    expect(vpcFindings(results).map((r) => [r.resource, r.status])).toEqual([['aws_vpc.v', 'fail']]);
  });

  it('a policy file read with file() keeps its own findings (not dropped, not doubled)', () => {
    const dir = tmp();
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::central-flow-logs/*' }],
    };
    write(dir, { 'central-bucket-policy.json': JSON.stringify(policy, null, 2) });
    const alone = checkCli(runCli(['--format', 'json', '.'], dir), 'policy alone').results.filter((r) => r.status === 'fail');
    expect(alone.length).toBeGreaterThan(0);
    write(dir, { 'main.tf': 'resource "aws_s3_bucket_policy" "p" {\n  bucket = "central-flow-logs"\n  policy = file("central-bucket-policy.json")\n}\n' });
    const both = checkCli(runCli(['--format', 'json', '.'], dir), 'policy read by Terraform').results;
    const key = (r: Result) => `${r.ruleId}|${r.file}|${r.line}|${r.column}|${r.message}`;
    const bothKeys = both.filter((r) => r.status === 'fail').map(key);
    // Every finding of the standalone reading is still there…
    for (const r of alone) expect(bothKeys, key(r)).toContain(key(r));
    // …and the same finding is not listed twice under two names.
    expect(new Set(bothKeys).size).toBe(bothKeys.length);
  });

  it('replace("ACCEPT", "/(/", "") (a bad regex) keeps the resource; the value is unverifiable with the reason', () => {
    const dir = tmp();
    write(dir, { 'main.tf': FLOW_LOG('f', '"arn:aws:s3:::central-flow-logs"').replace('"ALL"', 'replace("ACCEPT", "/(/", "")') });
    const { results } = checkCli(runCli(['--format', 'json', '.'], dir), 'bad regex');
    const tt = results.filter((r) => r.ruleId === 'flow-log/traffic-type');
    expect(tt.map((r) => [r.resource, r.status])).toEqual([['aws_flow_log.f', 'unverifiable']]);
    expect(tt[0]?.message).toMatch(/replace\(\)/);
  });
});
