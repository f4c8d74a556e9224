// Audits that must neither hang nor report a false finding, against the local AWS-protocol server
// with hostile behaviours (test/fake-aws/hostile.ts): a silent endpoint, a page-token loop,
// endless page tokens, denied and throttled DescribeFlowLogs, organisation filtering before
// AssumeRole with a member that cannot be assumed, and a CloudWatch Logs flow log as
// DescribeFlowLogs returns it (LogGroupName and LogDestination both set).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PageGuard } from '../../src/audit/paginate.js';
import { shardOf } from '../../src/audit/run.js';
import { generateFixture, loadFixture, startFakeAws, type FakeAws, type FakeAwsOptions } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const basic = loadFixture(join(root, 'test', 'fake-aws', 'fixtures', 'basic.yaml'));
/** Generous: each run must finish far sooner; this only keeps a regression from stalling CI. */
const HANG_MS = 60_000;

interface Out {
  results: { ruleId: string; status: string; message: string; resource?: string; source?: string }[];
}

function run(args: string[], env: Record<string, string> = {}, killAfterMs = HANG_MS): Promise<{ status: number | null; stdout: string; stderr: string; ms: number; out?: Out }> {
  const t0 = Date.now();
  const cwd = mkdtempSync(join(tmpdir(), 'flowlog-robust-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
        AWS_SECRET_ACCESS_KEY: 'fake-secret-never-printed',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        AWS_REGION: 'us-east-1',
        NO_COLOR: '1',
        ...env,
      },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => {
      clearTimeout(timer);
      let out: Out | undefined;
      try {
        out = JSON.parse(stdout) as Out;
      } catch {
        // not JSON (exit 2)
      }
      resolve({ status, stdout, stderr, ms: Date.now() - t0, ...(out ? { out } : {}) });
    });
  });
}

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function auditBasic(opts: Omit<FakeAwsOptions, 'fixture'>, extra: string[] = [], env: Record<string, string> = {}, killAfterMs = HANG_MS) {
  server = await startFakeAws({ fixture: basic, ...opts });
  return run(['audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'json', ...extra], env, killAfterMs);
}

const byRule = (out: Out | undefined, id: string) => out?.results.filter((r) => r.ruleId === id) ?? [];

/** No VPC is said to lack a flow log in a region whose flow logs were not listed. */
function expectNoFalseVpcFailure(out: Out | undefined, region: string): void {
  const vpcs = byRule(out, 'vpc/flow-logs-enabled').filter((r) => r.resource?.includes(`:${region}:`));
  expect(vpcs.length).toBeGreaterThan(0);
  for (const r of vpcs) expect(r.status, r.message).toBe('unverifiable');
}

describe('audit timeouts', () => {
  it('a silent endpoint: exit 2 with one clear line, no hang', async () => {
    const a = await auditBasic({ hostile: { silent: ['*'] } }, ['--timeout', '1']);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('sts:GetCallerIdentity');
    expect(a.stderr).toMatch(/TimeoutError/);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.ms).toBeLessThan(HANG_MS);
  }, HANG_MS + 10_000);

  it('DescribeFlowLogs never answered: read error, VPC checks unverifiable, the rest completes', async () => {
    const a = await auditBasic({ hostile: { silent: ['ec2:DescribeFlowLogs'] } }, ['--timeout', '1']);
    expect(a.status, a.stderr).not.toBe(2);
    const errs = byRule(a.out, 'audit/read-error');
    expect(errs.map((e) => e.status)).toEqual(['unverifiable', 'unverifiable']);
    expect(errs[0]?.message).toContain('TimeoutError');
    expectNoFalseVpcFailure(a.out, 'us-east-1');
    expectNoFalseVpcFailure(a.out, 'eu-west-1');
  }, HANG_MS + 10_000);

  it('--timeout is validated', async () => {
    const a = await run(['audit', '--timeout', 'soon']);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain('--timeout');
  }, HANG_MS);
});

describe('audit pagination guard', () => {
  it('a repeated NextToken from DescribeFlowLogs: read error (PaginationLoop), no false finding', async () => {
    const a = await auditBasic({ hostile: { tokenLoop: [{ action: 'ec2:DescribeFlowLogs', mode: 'repeat' }] } });
    expect(a.status, a.stderr).not.toBe(2);
    const errs = byRule(a.out, 'audit/read-error');
    expect(errs).toHaveLength(2);
    for (const e of errs) expect(e.message).toContain('PaginationLoop');
    expectNoFalseVpcFailure(a.out, 'eu-west-1');
    // Stopped at the first repeat, not after thousands of pages.
    expect(server?.calls.filter((c) => c.action === 'ec2:DescribeFlowLogs').length).toBeLessThanOrEqual(6);
  }, HANG_MS + 10_000);

  it('endless new tokens: stopped at the page limit (PaginationLimit)', async () => {
    const a = await auditBasic({ hostile: { tokenLoop: [{ action: 'ec2:DescribeVpcs', mode: 'endless' }] } }, [], { FLOWLOG_LINT_MAX_PAGES: '40' });
    expect(a.status, a.stderr).not.toBe(2);
    const errs = byRule(a.out, 'audit/read-error');
    expect(errs).toHaveLength(2);
    for (const e of errs) expect(e.message).toMatch(/ec2:DescribeVpcs failed .*PaginationLimit/);
    expect(server?.calls.filter((c) => c.action === 'ec2:DescribeVpcs').length).toBe(80);
  }, HANG_MS + 10_000);

  it('an Organizations ListAccounts token loop stops the org audit with exit 2', async () => {
    server = await startFakeAws({ fixture: orgFixture(3, new Set()), hostile: { tokenLoop: [{ action: 'organizations:ListAccounts', mode: 'repeat' }] } });
    const a = await run(['audit', '--org', '--role-name', 'FlowLogAudit', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json']);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/ListAccounts.*PaginationLoop/);
  }, HANG_MS + 10_000);

  it('PageGuard: a repeated token, the page limit, and no problem without a token', () => {
    const g = new PageGuard(3);
    expect(g.check('a')).toBeUndefined();
    expect(g.check('b')).toBeUndefined();
    expect(g.check(undefined)).toBeUndefined();
    expect(new PageGuard().check('')).toBeUndefined();
    const loop = new PageGuard();
    expect(loop.check('t')).toBeUndefined();
    expect(loop.check('t')).toBe('PaginationLoop');
    const limit = new PageGuard(3);
    expect([limit.check('1'), limit.check('2'), limit.check('3')]).toEqual([undefined, undefined, 'PaginationLimit']);
  });
});

describe('denied or throttled DescribeFlowLogs', () => {
  // Throttling is retried with the SDK's backoff (about 15-25 s here) before it counts as failed.
  const KILL = 150_000;
  for (const kind of ['AccessDenied', 'Throttling'] as const) {
    it(`${kind}: VPC checks unverifiable for that region, never "has no flow log"`, async () => {
      const a = await auditBasic({ faults: [{ action: 'ec2:DescribeFlowLogs', kind }] }, [], {}, KILL);
      expect(a.status, a.stderr).not.toBe(2);
      const vpcs = byRule(a.out, 'vpc/flow-logs-enabled');
      expect(vpcs.some((r) => r.status === 'fail' && /has no flow log/.test(r.message))).toBe(false);
      // eu-west-1's VPC really has no flow log, but the audit cannot know that here.
      expectNoFalseVpcFailure(a.out, 'eu-west-1');
      expectNoFalseVpcFailure(a.out, 'us-east-1');
      expect(vpcs.find((r) => r.resource?.includes(':eu-west-1:'))?.message).toMatch(/ec2:DescribeFlowLogs failed \((UnauthorizedOperation|RequestLimitExceeded)\)/);
      expect(byRule(a.out, 'audit/read-error').length).toBeGreaterThan(0);
    }, KILL + 10_000);
  }
});

/** An organisation: `n` accounts, the first the management account; members in `locked` cannot be
 * assumed (no assumable role). */
function orgFixture(n: number, locked: ReadonlySet<number>): FakeAwsOptions['fixture'] {
  const ids = Array.from({ length: n }, (_, i) => String(111100000000 + i * 1111));
  const all: Record<string, unknown> = {};
  ids.forEach((id, i) => {
    const one = generateFixture({ accounts: 1, regions: ['us-east-1'], flowLogsPerRegion: 1, buckets: 1, keys: 1, roles: 1 }) as unknown as Record<string, unknown>;
    const acct = JSON.parse(JSON.stringify(one).replaceAll('111122223333', id)) as Record<string, unknown>;
    all[id] = { ...acct, ...(locked.has(i) ? {} : { assumableRoles: { FlowLogAudit: {} } }) };
  });
  return { accounts: all, management: ids[0] } as unknown as FakeAwsOptions['fixture'];
}

describe('organisation filtering', () => {
  const ids = Array.from({ length: 4 }, (_, i) => String(111100000000 + i * 1111));

  it('--accounts filters before AssumeRole: an excluded member that cannot be assumed is never touched', async () => {
    server = await startFakeAws({ fixture: orgFixture(4, new Set([3])) });
    const a = await run(['audit', '--org', '--role-name', 'FlowLogAudit', '--accounts', `${ids[1]},${ids[2]}`, '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json']);
    expect(a.status, a.stderr).not.toBe(2);
    const assumed = server.calls.filter((c) => c.action === 'sts:AssumeRole').map((c) => c.resource ?? '');
    expect(assumed).toHaveLength(2);
    expect(assumed.some((r) => r.includes(ids[3] as string))).toBe(false);
    expect(byRule(a.out, 'audit/read-error')).toEqual([]);
    const read = new Set(server.calls.filter((c) => c.action === 'ec2:DescribeFlowLogs').map((c) => c.account));
    expect([...read].sort()).toEqual([ids[1], ids[2]]);
  }, HANG_MS + 10_000);

  it('a member that cannot be assumed is an audit/read-error for that account; the others complete', async () => {
    server = await startFakeAws({ fixture: orgFixture(4, new Set([2])) });
    const a = await run(['audit', '--org', '--role-name', 'FlowLogAudit', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json']);
    expect(a.status, a.stderr).not.toBe(2);
    const errs = byRule(a.out, 'audit/read-error');
    expect(errs).toHaveLength(1);
    expect(errs[0]?.status).toBe('unverifiable');
    expect(errs[0]?.source).toBe(`aws:${ids[2]}:us-east-1`);
    expect(errs[0]?.message).toContain('sts:AssumeRole');
    const read = new Set(server.calls.filter((c) => c.action === 'ec2:DescribeFlowLogs').map((c) => c.account));
    expect([...read].sort()).toEqual([ids[0], ids[1], ids[3]]);
  }, HANG_MS + 10_000);

  it('--shard filters before AssumeRole', async () => {
    server = await startFakeAws({ fixture: orgFixture(4, new Set()) });
    const a = await run(['audit', '--org', '--role-name', 'FlowLogAudit', '--shard', '1/4', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json']);
    expect(a.status, a.stderr).not.toBe(2);
    const chosen = ids.filter((id) => shardOf(id, 4) === 0);
    const read = new Set(server.calls.filter((c) => c.action === 'ec2:DescribeFlowLogs').map((c) => c.account));
    expect([...read].sort()).toEqual(chosen);
    const members = chosen.filter((id) => id !== ids[0]);
    expect(server.calls.filter((c) => c.action === 'sts:AssumeRole')).toHaveLength(members.length);
  }, HANG_MS + 10_000);
});

describe('a CloudWatch Logs flow log as DescribeFlowLogs returns it', () => {
  it('LogGroupName and LogDestination both set is normal: no destination-settings finding', async () => {
    // basic.yaml's fl-2 is such a flow log (both fields, as AWS describes it).
    expect(JSON.stringify(basic)).toContain('"LogGroupName":"vpc-flow-logs","LogDestination":"arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs"');
    const a = await auditBasic({});
    expect(a.status, a.stderr).not.toBe(2);
    const ds = byRule(a.out, 'flow-log/destination-settings');
    expect(ds.filter((r) => /not both/.test(r.message))).toEqual([]);
    expect(ds.filter((r) => r.resource?.endsWith('/fl-2'))).toEqual([]);
    // …and the flow log is still linked to its log group (checks on it ran).
    expect(a.out?.results.some((r) => r.resource?.includes('log-group:vpc-flow-logs') || r.message.includes('vpc-flow-logs'))).toBe(true);
  }, HANG_MS + 10_000);
});
