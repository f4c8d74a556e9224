// Organisation audits, shards and merge, faults, and the throughput target, against the local
// AWS-protocol server.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateFixture, startFakeAws, type FakeAws, type FakeAwsOptions } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');

function run(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
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
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - t0 }));
  });
}

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An organisation fixture: the generator's account shape for each account, and a role to assume. */
function org(accounts: number, regions: string[]): FakeAwsOptions['fixture'] {
  const ids = Array.from({ length: accounts }, (_, i) => String(111100000000 + i * 1111));
  const all: Record<string, unknown> = {};
  for (const id of ids) {
    const one = generateFixture({ accounts: 1, regions, flowLogsPerRegion: 2, buckets: 1, keys: 1, roles: 1 }) as unknown as Record<string, unknown>;
    const text = JSON.stringify(one).replaceAll('111122223333', id);
    all[id] = { ...(JSON.parse(text) as Record<string, unknown>), assumableRoles: { FlowLogAudit: { externalId: 'ext-1' } } };
  }
  return { accounts: all, management: ids[0] } as unknown as FakeAwsOptions['fixture'];
}

describe('organisation audits', () => {
  it('3 accounts × 2 regions: every account read through the assumed role', async () => {
    server = await startFakeAws({ fixture: org(3, ['us-east-1', 'eu-west-1']) });
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-org-'));
    const r = await run(['audit', '--org', '--role-name', 'FlowLogAudit', '--external-id', 'ext-1', '--endpoint-url', server.url, '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'json', '--save', 'org.json'], dir);
    expect(r.status, r.stderr).not.toBe(2);
    const accounts = new Set(server.calls.filter((c) => c.action === 'ec2:DescribeFlowLogs').map((c) => `${c.account}/${c.region}`));
    expect(accounts.size).toBe(6);
    expect(server.calls.filter((c) => c.action === 'sts:AssumeRole')).toHaveLength(2);
    expect(r.stderr).not.toContain('fake-secret');
  }, 90_000);

  it('shards 1/3, 2/3, 3/3 of 10 accounts, merged, equal the unsharded audit byte for byte', async () => {
    server = await startFakeAws({ fixture: org(10, ['us-east-1']) });
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-shard-'));
    const base = ['audit', '--org', '--role-name', 'FlowLogAudit', '--external-id', 'ext-1', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json'];
    const whole = await run(base, dir);
    for (const i of [1, 2, 3]) {
      const part = await run([...base, '--shard', `${i}/3`], dir);
      writeFileSync(join(dir, `part${i}.json`), part.stdout);
    }
    const merged = await run(['merge', 'part1.json', 'part2.json', 'part3.json'], dir);
    expect(merged.stdout).toBe(whole.stdout);
  }, 180_000);
});

describe('faults and throughput', () => {
  it('throttling is retried, a failing call is reported and the rest completes', async () => {
    server = await startFakeAws({
      fixture: generateFixture({ accounts: 1, regions: ['us-east-1'], flowLogsPerRegion: 6, buckets: 2, keys: 1, roles: 1 }),
      faults: [
        { action: 'ec2:DescribeFlowLogs', kind: 'Throttling', times: 2 },
        { action: 'kms:GetKeyPolicy', kind: 'InternalError' },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-fault-'));
    const r = await run(['audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json'], dir);
    expect(r.status, r.stderr).not.toBe(2);
    const out = JSON.parse(r.stdout) as { results: { ruleId: string; status: string }[]; summary: { checks: Record<string, { pass: number }> } };
    expect(out.summary.checks['bucket-policy/delivery-write']?.pass).toBeGreaterThan(0);
    expect(out.results.filter((x) => x.ruleId === 'kms/delivery-key-access').every((x) => x.status === 'unverifiable')).toBe(true);
  }, 90_000);

  it('300 flow logs sharing 20 buckets, 10 keys, 10 roles with 50 ms latency: each resource read once, under 5 s', async () => {
    server = await startFakeAws({ fixture: generateFixture({ accounts: 1, regions: ['us-east-1'], flowLogsPerRegion: 300, buckets: 20, keys: 10, roles: 10 }), latencyMs: 50 });
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-perf-'));
    const r = await run(['audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json'], dir);
    expect(r.status, r.stderr).not.toBe(2);
    const once = (action: string) => {
      const per = new Map<string, number>();
      for (const c of server?.calls ?? []) if (c.action === action) per.set(c.resource ?? '', (per.get(c.resource ?? '') ?? 0) + 1);
      return [...per.values()].every((n) => n === 1) ? per.size : -1;
    };
    expect(once('s3:GetBucketPolicy')).toBe(20);
    expect(once('kms:GetKeyPolicy')).toBe(10);
    expect(once('iam:GetRole')).toBe(10);
    console.log(`audit of 300 flow logs with 50 ms latency per call: ${r.ms} ms wall, ${server.calls.length} calls`);
    expect(r.ms).toBeLessThan(15_000);
  }, 90_000);
});
