// Live audits fill aws:SourceOrgID / aws:SourceOrgPaths (RULES.md "Organisations"): `audit --org`
// from DescribeOrganization and ListParents up to the root, a single-account audit from
// DescribeOrganization alone (denied: unknown, never a fail). Against the local AWS server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws, type Fixture } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');

interface Out {
  results: { ruleId: string; status: string; message: string }[];
  summary: { checks: Record<string, { pass: number; fail: number; unverifiable: number }> };
}

function audit(args: string[]): Promise<{ status: number | null; out: Out; stderr: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-orgcond-'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'audit', '--region', 'us-east-1', '--format', 'json', ...args], {
      cwd: dir,
      env: {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE',
        AWS_SECRET_ACCESS_KEY: 'fake-secret',
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
    child.on('close', (status) => resolve({ status, out: (stdout ? JSON.parse(stdout) : { results: [], summary: { checks: {} } }) as Out, stderr, dir }));
  });
}

const ORG = 'o-fakeorg1234'; // the fake server's organisation
const PROD_OU = 'ou-fake-prod0001';
const DEV_OU = 'ou-fake-dev00001';
const MGMT = '100000000000';
const PROD = ['200000000001', '200000000002'];
const DEV = ['300000000001'];

/** Central bucket policy admitting delivery only for accounts under the prod OU. */
function ouPolicy(condition: Record<string, unknown>) {
  const d = { Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' } };
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSLogDeliveryWrite', ...d, Action: 's3:PutObject', Resource: 'arn:aws:s3:::org-flow-logs/AWSLogs/*', Condition: { ...condition, StringEquals: { ...(condition.StringEquals as object | undefined), 's3:x-amz-acl': 'bucket-owner-full-control' } } },
      { Sid: 'AWSLogDeliveryAclCheck', ...d, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::org-flow-logs', Condition: condition },
    ],
  };
}
const PROD_ONLY = { 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': `${ORG}/r-fake/${PROD_OU}/*` } };

/** A member account with one flow log to the central bucket. Each member's fixture also holds the
 * central bucket, so its read of the bucket policy succeeds as a cross-account read would. */
function member(id: string, parent: string | undefined, policy: unknown) {
  return {
    ...(parent ? { parent } : {}),
    assumableRoles: { OrganizationAccountAccessRole: {} },
    regions: {
      'us-east-1': {
        vpcs: [`vpc-${id.slice(-8)}aaaaaaaaa`],
        flowLogs: [{ FlowLogId: `fl-${id}`, ResourceId: `vpc-${id.slice(-8)}aaaaaaaaa`, TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::org-flow-logs', DeliverLogsStatus: 'SUCCESS', MaxAggregationInterval: 600 }],
      },
    },
    buckets: { 'org-flow-logs': { region: 'us-east-1', policy, encryption: { SSEAlgorithm: 'AES256' } } },
  };
}

function orgFixture(policy: unknown): Fixture {
  const accounts: Record<string, unknown> = { [MGMT]: { name: 'management', regions: { 'us-east-1': { vpcs: [], flowLogs: [] } } } };
  for (const id of PROD) accounts[id] = member(id, PROD_OU, policy);
  for (const id of DEV) accounts[id] = member(id, DEV_OU, policy);
  return { management: MGMT, accounts, organizationalUnits: { [PROD_OU]: {}, [DEV_OU]: {} } } as unknown as Fixture;
}

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('organisation condition keys in live audits', () => {
  it('audit --org: two OUs, the bucket admits one OU path — accounts in the other OU fail delivery, accounts in the right OU pass', async () => {
    server = await startFakeAws({ fixture: orgFixture(ouPolicy(PROD_ONLY)) });
    const r = await audit(['--org', '--endpoint-url', server.url, '--save', 'org.json']);
    expect(r.status, r.stderr).toBe(1);
    for (const rule of ['bucket-policy/delivery-write', 'bucket-policy/acl-check']) {
      const mine = r.out.results.filter((x) => x.ruleId === rule);
      expect(mine.map((x) => x.status), JSON.stringify(mine)).toEqual(['fail']);
      expect(mine[0]?.message).toContain(DEV[0]);
      expect(mine[0]?.message).toContain('aws:SourceOrgPaths');
      for (const id of PROD) expect(mine[0]?.message).not.toContain(id);
      expect(r.out.summary.checks[rule]?.pass, rule).toBe(PROD.length);
    }
    // The snapshot records each account's organisation and path.
    const snap = JSON.parse(readFileSync(join(r.dir, 'org.json'), 'utf8')) as { accounts: { accountId: string; organization?: { Id: string; Paths?: string[] } }[] };
    const byId = new Map(snap.accounts.map((a) => [a.accountId, a.organization]));
    expect(byId.get(PROD[0] ?? '')).toEqual({ Id: ORG, Paths: [`${ORG}/r-fake/${PROD_OU}/`] });
    expect(byId.get(DEV[0] ?? '')).toEqual({ Id: ORG, Paths: [`${ORG}/r-fake/${DEV_OU}/`] });
    expect(server.calls.filter((c) => c.action === 'organizations:ListParents').length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('single-account audit: DescribeOrganization gives aws:SourceOrgID (passes); the OU path stays unknown (unverifiable, naming --org-path)', async () => {
    const byOrg = ouPolicy({ StringEquals: { 'aws:SourceOrgID': ORG } });
    const one = member(PROD[0] ?? '', undefined, byOrg);
    server = await startFakeAws({ fixture: { accountId: PROD[0], ...one } });
    const passing = await audit(['--endpoint-url', server.url]);
    expect(passing.status, passing.stderr).toBe(0);
    expect(passing.out.summary.checks['bucket-policy/delivery-write']?.pass).toBe(1);
    await server.close();

    server = await startFakeAws({ fixture: { accountId: PROD[0], ...member(PROD[0] ?? '', undefined, ouPolicy(PROD_ONLY)) } });
    const byOu = await audit(['--endpoint-url', server.url]);
    const w = byOu.out.results.filter((x) => x.ruleId === 'bucket-policy/delivery-write');
    expect(w.map((x) => x.status)).toEqual(['unverifiable']);
    expect(w[0]?.message).toMatch(/aws:SourceOrgPaths.*--org-path/);
    // …and --org-path supplies it.
    const given = await audit(['--endpoint-url', server.url, '--org-path', `${ORG}/r-fake/${PROD_OU}/`]);
    expect(given.out.results.filter((x) => x.ruleId === 'bucket-policy/delivery-write')).toEqual([]);
  }, 120_000);

  it('single-account audit with DescribeOrganization denied: the organisation condition is unverifiable, never a fail', async () => {
    const byOrg = ouPolicy({ StringEquals: { 'aws:SourceOrgID': ORG } });
    server = await startFakeAws({
      fixture: { accountId: PROD[0], ...member(PROD[0] ?? '', undefined, byOrg) },
      faults: [{ action: 'organizations:DescribeOrganization', kind: 'AccessDenied' }],
    });
    const r = await audit(['--endpoint-url', server.url, '--save', 'one.json']);
    const snap = JSON.parse(readFileSync(join(r.dir, 'one.json'), 'utf8')) as { accounts: Record<string, unknown>[] };
    expect(snap.accounts[0]?.organizationError).toEqual({ action: 'organizations:DescribeOrganization', code: 'AccessDeniedException' });
    expect(r.status, r.stderr).toBe(0);
    const w = r.out.results.filter((x) => x.ruleId === 'bucket-policy/delivery-write');
    expect(w.map((x) => x.status)).toEqual(['unverifiable']);
    expect(w[0]?.message).toMatch(/aws:SourceOrgID.*--org-id/);
  }, 120_000);
});
