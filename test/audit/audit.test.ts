// Live audits against the local AWS-protocol server: the real SDK clients, read-only calls,
// each resource read once, denied reads unverifiable, and a saved snapshot lints to the same
// output byte for byte.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture, startFakeAws, type Fault, type FakeAws } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const fixture = loadFixture(join(root, 'test', 'fake-aws', 'fixtures', 'basic.yaml'));

interface Out {
  results: { ruleId: string; status: string; message: string; resource?: string; file: string | null; source?: string }[];
}

function run(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
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
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function audit(faults: Fault[] = [], extra: string[] = []) {
  server = await startFakeAws({ fixture, faults });
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-audit-test-'));
  const r = await run(['audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'json', ...extra], dir);
  return { ...r, dir, out: r.stdout ? (JSON.parse(r.stdout) as Out) : undefined, calls: server.calls };
}

describe('flowlog-lint audit', () => {
  it('finds what the file cases find, on live resources', async () => {
    const a = await audit();
    expect(a.stderr).not.toContain('fake-secret');
    expect(a.status, a.stderr).toBe(1);
    const by = (id: string) => a.out?.results.filter((r) => r.ruleId === id) ?? [];
    expect(by('flow-log/delivery-status').map((r) => r.resource)).toEqual(['arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-3']);
    expect(by('bucket-policy/delivery-write').map((r) => [r.status, r.resource])).toEqual([['fail', 'arn:aws:s3:::no-policy-flow-logs']]);
    expect(by('bucket-policy/owner-full-control').map((r) => r.resource)).toEqual(['arn:aws:s3:::good-flow-logs']);
    expect(by('vpc/flow-logs-enabled').map((r) => r.resource)).toEqual(['arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0000000000000000c']);
    expect(by('delivery-role/trust')).toEqual([]);
    for (const r of a.out?.results ?? []) {
      expect(r.file).toBeNull();
      expect(r.source).toMatch(/^aws:111122223333:/);
    }
  }, 60_000);

  it('reads each resource once, and only with Describe/Get/List calls', async () => {
    const a = await audit();
    const actions = a.calls.map((c) => c.action);
    expect(actions.every((x) => /^[a-z0-9-]+:(Describe|Get|List)/.test(x)), actions.join(' ')).toBe(true);
    const count = (action: string, resource: string) => a.calls.filter((c) => c.action === action && c.resource === resource).length;
    expect(count('s3:GetBucketPolicy', 'good-flow-logs')).toBe(1);
    expect(count('s3:GetBucketPolicy', 'no-policy-flow-logs')).toBe(1);
    expect(count('iam:GetRole', 'flow-logs-role')).toBe(1);
  }, 60_000);

  it('a denied read makes the dependent check unverifiable, naming the action, and the audit goes on', async () => {
    const a = await audit([{ action: 's3:GetBucketPolicy', kind: 'AccessDenied', resource: 'good-flow-logs' }]);
    const dw = a.out?.results.filter((r) => r.ruleId === 'bucket-policy/delivery-write' && r.resource === 'arn:aws:s3:::good-flow-logs');
    expect(dw?.map((r) => r.status)).toEqual(['unverifiable']);
    expect(dw?.[0]?.message).toContain('s3:GetBucketPolicy failed (AccessDenied)');
    expect(a.out?.results.some((r) => r.ruleId === 'flow-log/delivery-status')).toBe(true);
  }, 60_000);

  it('audit --save, then linting the snapshot gives byte-identical JSON', async () => {
    const a = await audit([], ['--save', 'snap.json']);
    const again = await run(['--format', 'json', 'snap.json'], a.dir);
    expect(again.stdout).toBe(a.stdout);
    expect(again.status).toBe(a.status);
  }, 60_000);

  it('a caller that cannot be identified stops the audit with one line and exit 2', async () => {
    const a = await audit([{ action: 'sts:GetCallerIdentity', kind: 'AccessDenied' }]);
    expect(a.status).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toContain('sts:GetCallerIdentity');
  }, 60_000);
});

describe('audit results match the file acceptance cases', () => {
  it('S3 + KMS valid, missing ACL check, EC2-trusting role, delivery FAILED, VPC without flow log', async () => {
    server = await startFakeAws({ fixture: loadFixture(join(root, 'test', 'fake-aws', 'fixtures', 'acceptance.yaml')) });
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-audit-acc-'));
    const r = await run(['audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout) as Out & { summary: { checks: Record<string, { pass: number; fail: number; unverifiable: number }> } };
    const fails = (id: string) => out.results.filter((x) => x.ruleId === id && x.status === 'fail').map((x) => x.resource);
    // cfn-s3-kms-valid: the good bucket's chain passes.
    for (const id of ['kms/customer-managed-key', 'kms/key-arn', 'kms/delivery-key-access']) expect(out.summary.checks[id], id).toMatchObject({ pass: 1, fail: 0, unverifiable: 0 });
    expect(out.results.some((x) => x.resource === 'arn:aws:s3:::good-flow-logs')).toBe(false);
    // missing-acl-check
    expect(fails('bucket-policy/acl-check')).toEqual(['arn:aws:s3:::no-acl-flow-logs']);
    // cfn-trust-ec2
    expect(fails('delivery-role/trust')).toEqual(['arn:aws:iam::111122223333:role/flow-logs-ec2']);
    // describe-delivery-failed
    expect(fails('flow-log/delivery-status')).toEqual(['arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-noacl']);
    // vpc-without-flow-log
    expect(fails('vpc/flow-logs-enabled')).toEqual(['arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0000000000000000c']);
  }, 60_000);

  it('a region that cannot be read is reported; the other regions complete', async () => {
    server = await startFakeAws({ fixture, faults: [{ action: 'ec2:DescribeFlowLogs', kind: 'AccessDenied', times: 1 }] });
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-audit-region-'));
    const r = await run(['audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout) as Out;
    const errs = out.results.filter((x) => x.ruleId === 'audit/read-error');
    expect(errs).toHaveLength(1);
    expect(errs[0]?.status).toBe('unverifiable');
    expect(errs[0]?.message).toContain('ec2:DescribeFlowLogs failed');
    expect(out.results.some((x) => x.ruleId === 'vpc/flow-logs-enabled' || x.ruleId === 'flow-log/delivery-status')).toBe(true);
  }, 60_000);
});
