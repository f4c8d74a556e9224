// The fake AWS server against the real AWS SDK v3 clients: every operation it implements, paging,
// error shapes (fixture-driven and injected faults) and the call log. Only 127.0.0.1 is contacted.
process.env.AWS_ACCESS_KEY_ID = 'AKIAFAKE';
process.env.AWS_SECRET_ACCESS_KEY = 'fake';
process.env.AWS_EC2_METADATA_DISABLED = 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
delete process.env.AWS_SESSION_TOKEN;
delete process.env.AWS_PROFILE;

import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeFlowLogsCommand, DescribeRegionsCommand, DescribeVpcsCommand, EC2Client, paginateDescribeFlowLogs } from '@aws-sdk/client-ec2';
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient, ListAliasesCommand } from '@aws-sdk/client-kms';
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ListAccountsCommand, ListParentsCommand, OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedAccountId, generateFixture, loadFixture, startFakeAws, type Fault, type FakeAws } from './server.js';

const fixture = loadFixture(join(import.meta.dirname, 'fixtures', 'basic.yaml'));
/** The parts of an IAM/S3/KMS policy document these tests read. */
interface PolicyDoc {
  Statement: { Sid?: string; Action?: string | string[]; Principal?: { Service?: string | string[] } }[];
}
const policyDoc = (text: string): PolicyDoc => JSON.parse(text) as PolicyDoc;

const ACCOUNT = '111122223333';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY_ID}`;

function clients(url: string, region = 'us-east-1') {
  const base = { endpoint: url, region, maxAttempts: 1 };
  return {
    ec2: new EC2Client(base),
    s3: new S3Client({ ...base, forcePathStyle: true }),
    kms: new KMSClient(base),
    iam: new IAMClient(base),
    logs: new CloudWatchLogsClient(base),
    sts: new STSClient(base),
  };
}

/** The rejection of a promise (fails the test when it resolves). */
async function rejection(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to fail');
}

describe('fake AWS server with the real SDK clients', () => {
  let aws: FakeAws;
  let c: ReturnType<typeof clients>;
  let eu: ReturnType<typeof clients>;

  beforeAll(async () => {
    aws = await startFakeAws({ fixture });
    c = clients(aws.url);
    eu = clients(aws.url, 'eu-west-1');
  });
  afterAll(async () => {
    for (const x of [...Object.values(c), ...Object.values(eu)]) x.destroy();
    await aws.close();
  });

  it('listens on 127.0.0.1 with a random port', () => {
    expect(aws.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('loads the fixture', () => {
    expect(fixture.accountId).toBe(ACCOUNT);
    expect(Object.keys(fixture.regions ?? {})).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('STS GetCallerIdentity', async () => {
    const r = await c.sts.send(new GetCallerIdentityCommand({}));
    expect(r).toMatchObject({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/fake-auditor`, UserId: 'AIDAFAKEFAKEFAKEFAKE1' });
    expect(aws.calls.at(-1)).toEqual({ service: 'sts', action: 'sts:GetCallerIdentity', region: 'us-east-1', account: ACCOUNT });
  });

  describe('EC2', () => {
    it('DescribeRegions lists the fixture regions', async () => {
      const r = await c.ec2.send(new DescribeRegionsCommand({}));
      expect(r.Regions?.map((x) => x.RegionName)).toEqual(['eu-west-1', 'us-east-1']);
      expect(r.Regions?.[1]).toMatchObject({ Endpoint: 'ec2.us-east-1.amazonaws.com', OptInStatus: 'opt-in-not-required' });
      const one = await c.ec2.send(new DescribeRegionsCommand({ RegionNames: ['us-east-1'] }));
      expect(one.Regions?.map((x) => x.RegionName)).toEqual(['us-east-1']);
    });

    it('DescribeVpcs per region, by id, and InvalidVpcID.NotFound', async () => {
      const r = await c.ec2.send(new DescribeVpcsCommand({}));
      expect(r.Vpcs?.map((v) => v.VpcId)).toEqual(['vpc-0000000000000000a', 'vpc-0000000000000000b']);
      expect(r.Vpcs?.[0]).toMatchObject({ OwnerId: ACCOUNT, State: 'available', IsDefault: false });
      const e = await eu.ec2.send(new DescribeVpcsCommand({}));
      expect(e.Vpcs?.map((v) => v.VpcId)).toEqual(['vpc-0000000000000000c']);
      const b = await c.ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-0000000000000000b'] }));
      expect(b.Vpcs?.map((v) => v.VpcId)).toEqual(['vpc-0000000000000000b']);
      const err = await rejection(c.ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-nope'] })));
      expect(err.name).toBe('InvalidVpcID.NotFound');
      expect(aws.calls.at(-1)).toEqual({ service: 'ec2', action: 'ec2:DescribeVpcs', region: 'us-east-1', account: ACCOUNT, resource: 'vpc-nope' });
      expect(aws.calls.at(-3)).toEqual({ service: 'ec2', action: 'ec2:DescribeVpcs', region: 'eu-west-1', account: ACCOUNT });
    });

    it('DescribeFlowLogs returns every field of the fixture', async () => {
      const r = await c.ec2.send(new DescribeFlowLogsCommand({}));
      expect(r.NextToken).toBeUndefined();
      expect(r.FlowLogs?.map((f) => f.FlowLogId)).toEqual(['fl-1', 'fl-2', 'fl-3']);
      expect(r.FlowLogs?.[0]).toMatchObject({
        FlowLogId: 'fl-1',
        ResourceId: 'vpc-0000000000000000a',
        TrafficType: 'ALL',
        LogDestinationType: 's3',
        LogDestination: 'arn:aws:s3:::good-flow-logs',
        DeliverLogsStatus: 'SUCCESS',
        MaxAggregationInterval: 600,
        FlowLogStatus: 'ACTIVE',
      });
      expect(r.FlowLogs?.[0]?.CreationTime).toBeInstanceOf(Date);
      expect(r.FlowLogs?.[1]).toMatchObject({
        LogGroupName: 'vpc-flow-logs',
        DeliverLogsPermissionArn: `arn:aws:iam::${ACCOUNT}:role/flow-logs-role`,
        MaxAggregationInterval: 60,
        Tags: [{ Key: 'team', Value: 'net' }],
      });
      expect(r.FlowLogs?.[2]).toMatchObject({ DeliverLogsStatus: 'FAILED', DeliverLogsErrorMessage: 'Access error' });
      const none = await eu.ec2.send(new DescribeFlowLogsCommand({}));
      expect(none.FlowLogs).toEqual([]);
    });

    it('DescribeFlowLogs pages with MaxResults / NextToken (and the SDK paginator)', async () => {
      const p1 = await c.ec2.send(new DescribeFlowLogsCommand({ MaxResults: 2 }));
      expect(p1.FlowLogs?.map((f) => f.FlowLogId)).toEqual(['fl-1', 'fl-2']);
      expect(p1.NextToken).toBeTruthy();
      const p2 = await c.ec2.send(new DescribeFlowLogsCommand({ MaxResults: 2, NextToken: p1.NextToken }));
      expect(p2.FlowLogs?.map((f) => f.FlowLogId)).toEqual(['fl-3']);
      expect(p2.NextToken).toBeUndefined();

      const before = aws.calls.length;
      const ids: string[] = [];
      for await (const page of paginateDescribeFlowLogs({ client: c.ec2, pageSize: 1 }, {})) {
        ids.push(...(page.FlowLogs ?? []).map((f) => f.FlowLogId ?? ''));
      }
      expect(ids).toEqual(['fl-1', 'fl-2', 'fl-3']);
      expect(aws.calls.length - before).toBe(3);
    });

    it('DescribeFlowLogs filters', async () => {
      const r = await c.ec2.send(new DescribeFlowLogsCommand({ Filter: [{ Name: 'resource-id', Values: ['vpc-0000000000000000b'] }] }));
      expect(r.FlowLogs?.map((f) => f.FlowLogId)).toEqual(['fl-2', 'fl-3']);
      const byId = await c.ec2.send(new DescribeFlowLogsCommand({ FlowLogIds: ['fl-3'] }));
      expect(byId.FlowLogs?.map((f) => f.FlowLogId)).toEqual(['fl-3']);
      const err = await rejection(c.ec2.send(new DescribeFlowLogsCommand({ Filter: [{ Name: 'bogus', Values: ['x'] }] })));
      expect(err.name).toBe('InvalidParameterValue');
    });
  });

  describe('IAM', () => {
    it('GetRole with a URL-encoded trust policy, NoSuchEntity for an unknown role', async () => {
      const r = await c.iam.send(new GetRoleCommand({ RoleName: 'flow-logs-role' }));
      expect(r.Role).toMatchObject({ RoleName: 'flow-logs-role', Path: '/', Arn: `arn:aws:iam::${ACCOUNT}:role/flow-logs-role` });
      expect(r.Role?.CreateDate).toBeInstanceOf(Date);
      const doc = r.Role?.AssumeRolePolicyDocument ?? '';
      expect(doc).toMatch(/^%7B/);
      expect(policyDoc(decodeURIComponent(doc)).Statement[0]?.Principal?.Service).toBe('vpc-flow-logs.amazonaws.com');
      expect(aws.calls.at(-1)).toEqual({ service: 'iam', action: 'iam:GetRole', region: 'us-east-1', account: ACCOUNT, resource: 'flow-logs-role' });

      const err = await rejection(c.iam.send(new GetRoleCommand({ RoleName: 'nope' })));
      expect(err.name).toBe('NoSuchEntityException');
      expect(err.$metadata?.httpStatusCode).toBe(404);
    });

    it('inline policies: ListRolePolicies and GetRolePolicy', async () => {
      const l = await c.iam.send(new ListRolePoliciesCommand({ RoleName: 'flow-logs-role' }));
      expect(l).toMatchObject({ PolicyNames: ['deliver-to-cwl'], IsTruncated: false });
      const p = await c.iam.send(new GetRolePolicyCommand({ RoleName: 'flow-logs-role', PolicyName: 'deliver-to-cwl' }));
      expect(p).toMatchObject({ RoleName: 'flow-logs-role', PolicyName: 'deliver-to-cwl' });
      expect(policyDoc(decodeURIComponent(p.PolicyDocument ?? '')).Statement[0]?.Action).toContain('logs:PutLogEvents');
    });

    it('managed policies: ListAttachedRolePolicies, GetPolicy, GetPolicyVersion', async () => {
      const arn = `arn:aws:iam::${ACCOUNT}:policy/flow-logs-extra`;
      const l = await c.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'flow-logs-role' }));
      expect(l).toMatchObject({ AttachedPolicies: [{ PolicyName: 'flow-logs-extra', PolicyArn: arn }], IsTruncated: false });
      const g = await c.iam.send(new GetPolicyCommand({ PolicyArn: arn }));
      expect(g.Policy).toMatchObject({ Arn: arn, PolicyName: 'flow-logs-extra', DefaultVersionId: 'v1', AttachmentCount: 1, IsAttachable: true });
      const v = await c.iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: g.Policy?.DefaultVersionId }));
      expect(v.PolicyVersion).toMatchObject({ VersionId: 'v1', IsDefaultVersion: true });
      expect(policyDoc(decodeURIComponent(v.PolicyVersion?.Document ?? '')).Statement[0]?.Action).toBe('logs:CreateLogGroup');
      expect(aws.calls.at(-1)).toEqual({ service: 'iam', action: 'iam:GetPolicyVersion', region: 'us-east-1', account: ACCOUNT, resource: arn });
    });
  });

  describe('S3', () => {
    it('ListBuckets', async () => {
      const r = await c.s3.send(new ListBucketsCommand({}));
      expect(r.Buckets?.map((b) => [b.Name, b.BucketRegion])).toEqual([
        ['good-flow-logs', 'us-east-1'],
        ['no-policy-flow-logs', 'eu-west-1'],
      ]);
    });

    it('GetBucketPolicy returns the policy text; NoSuchBucketPolicy and NoSuchBucket', async () => {
      const r = await c.s3.send(new GetBucketPolicyCommand({ Bucket: 'good-flow-logs' }));
      expect(policyDoc(r.Policy ?? '').Statement[0]?.Sid).toBe('AWSLogDeliveryWrite');
      expect(aws.calls.at(-1)).toEqual({ service: 's3', action: 's3:GetBucketPolicy', region: 'us-east-1', account: ACCOUNT, resource: 'good-flow-logs' });

      const none = await rejection(eu.s3.send(new GetBucketPolicyCommand({ Bucket: 'no-policy-flow-logs' })));
      expect(none.name).toBe('NoSuchBucketPolicy');
      expect(none.$metadata?.httpStatusCode).toBe(404);
      const missing = await rejection(c.s3.send(new GetBucketPolicyCommand({ Bucket: 'no-such-bucket' })));
      expect(missing.name).toBe('NoSuchBucket');
    });

    it('GetBucketEncryption; ServerSideEncryptionConfigurationNotFoundError when none', async () => {
      const r = await c.s3.send(new GetBucketEncryptionCommand({ Bucket: 'good-flow-logs' }));
      expect(r.ServerSideEncryptionConfiguration?.Rules).toEqual([
        { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY_ARN }, BucketKeyEnabled: true },
      ]);
      expect(aws.calls.at(-1)).toEqual({ service: 's3', action: 's3:GetEncryptionConfiguration', region: 'us-east-1', account: ACCOUNT, resource: 'good-flow-logs' });
      const err = await rejection(eu.s3.send(new GetBucketEncryptionCommand({ Bucket: 'no-policy-flow-logs' })));
      expect(err.name).toBe('ServerSideEncryptionConfigurationNotFoundError');
    });

    it('GetBucketLocation: empty for us-east-1, the region otherwise', async () => {
      const us = await c.s3.send(new GetBucketLocationCommand({ Bucket: 'good-flow-logs' }));
      expect(us.LocationConstraint ?? '').toBe('');
      const other = await c.s3.send(new GetBucketLocationCommand({ Bucket: 'no-policy-flow-logs' }));
      expect(other.LocationConstraint).toBe('eu-west-1');
    });

    it('GetBucketOwnershipControls; OwnershipControlsNotFoundError when none', async () => {
      const r = await c.s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'good-flow-logs' }));
      expect(r.OwnershipControls?.Rules).toEqual([{ ObjectOwnership: 'BucketOwnerEnforced' }]);
      const err = await rejection(eu.s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'no-policy-flow-logs' })));
      expect(err.name).toBe('OwnershipControlsNotFoundError');
    });
  });

  describe('KMS', () => {
    it('DescribeKey by id, ARN and alias; NotFoundException', async () => {
      for (const id of [KEY_ID, KEY_ARN, 'alias/flow-logs', `arn:aws:kms:us-east-1:${ACCOUNT}:alias/flow-logs`]) {
        const r = await c.kms.send(new DescribeKeyCommand({ KeyId: id }));
        expect(r.KeyMetadata).toMatchObject({
          KeyId: KEY_ID,
          Arn: KEY_ARN,
          KeyManager: 'CUSTOMER',
          KeySpec: 'SYMMETRIC_DEFAULT',
          KeyState: 'Enabled',
          AWSAccountId: ACCOUNT,
        });
        expect(r.KeyMetadata?.CreationDate).toBeInstanceOf(Date);
      }
      expect(aws.calls.at(-1)).toEqual({ service: 'kms', action: 'kms:DescribeKey', region: 'us-east-1', account: ACCOUNT, resource: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/flow-logs` });
      const err = await rejection(eu.kms.send(new DescribeKeyCommand({ KeyId: KEY_ID })));
      expect(err.name).toBe('NotFoundException');
    });

    it('GetKeyPolicy', async () => {
      const r = await c.kms.send(new GetKeyPolicyCommand({ KeyId: KEY_ID, PolicyName: 'default' }));
      expect(r.PolicyName).toBe('default');
      expect(policyDoc(r.Policy ?? '').Statement[1]?.Principal?.Service).toBe('delivery.logs.amazonaws.com');
      expect(aws.calls.at(-1)).toEqual({ service: 'kms', action: 'kms:GetKeyPolicy', region: 'us-east-1', account: ACCOUNT, resource: KEY_ID });
    });

    it('ListAliases, all or for one key', async () => {
      const alias = { AliasName: 'alias/flow-logs', AliasArn: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/flow-logs`, TargetKeyId: KEY_ID };
      expect(await c.kms.send(new ListAliasesCommand({}))).toMatchObject({ Aliases: [alias], Truncated: false });
      expect(await c.kms.send(new ListAliasesCommand({ KeyId: KEY_ARN }))).toMatchObject({ Aliases: [alias], Truncated: false });
      expect((await eu.kms.send(new ListAliasesCommand({}))).Aliases).toEqual([]);
    });
  });

  describe('CloudWatch Logs', () => {
    it('DescribeLogGroups, with logGroupNamePrefix and paging', async () => {
      const all = await c.logs.send(new DescribeLogGroupsCommand({}));
      expect(all.logGroups?.map((g) => g.logGroupName)).toEqual(['vpc-flow-logs', 'vpc-flow-logs-encrypted', 'other-app']);
      expect(all.logGroups?.[0]).toMatchObject({ logGroupName: 'vpc-flow-logs', arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:vpc-flow-logs:*` });
      expect(all.logGroups?.[0]?.kmsKeyId).toBeUndefined();
      expect(all.logGroups?.[1]?.kmsKeyId).toBe(KEY_ARN);

      const pre = await c.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'vpc-' }));
      expect(pre.logGroups?.map((g) => g.logGroupName)).toEqual(['vpc-flow-logs', 'vpc-flow-logs-encrypted']);
      expect(aws.calls.at(-1)).toEqual({ service: 'logs', action: 'logs:DescribeLogGroups', region: 'us-east-1', account: ACCOUNT, resource: 'vpc-' });

      const p1 = await c.logs.send(new DescribeLogGroupsCommand({ limit: 2 }));
      expect(p1.logGroups).toHaveLength(2);
      const p2 = await c.logs.send(new DescribeLogGroupsCommand({ limit: 2, nextToken: p1.nextToken }));
      expect(p2.logGroups?.map((g) => g.logGroupName)).toEqual(['other-app']);
      expect(p2.nextToken).toBeUndefined();
    });

    it('DescribeMetricFilters, all or for one log group', async () => {
      const all = await c.logs.send(new DescribeMetricFiltersCommand({}));
      expect(all.metricFilters).toHaveLength(1);
      expect(all.metricFilters?.[0]).toMatchObject({ filterName: 'rejects', logGroupName: 'vpc-flow-logs' });
      expect(all.metricFilters?.[0]?.filterPattern).toContain('action=REJECT');
      const one = await c.logs.send(new DescribeMetricFiltersCommand({ logGroupName: 'other-app' }));
      expect(one.metricFilters).toEqual([]);
      expect(aws.calls.at(-1)).toEqual({ service: 'logs', action: 'logs:DescribeMetricFilters', region: 'us-east-1', account: ACCOUNT, resource: 'other-app' });
    });
  });

  it('every request reached the fake (nothing unrecognised)', () => {
    expect(aws.calls.length).toBeGreaterThan(30);
    for (const call of aws.calls) expect(call.action).not.toMatch(/unknown|NotImplemented/);
  });
});

describe('injected faults', () => {
  let aws: FakeAws;
  let c: ReturnType<typeof clients>;
  const faults: Fault[] = [
    { action: 's3:GetBucketPolicy', kind: 'AccessDenied' },
    { action: 'kms:GetKeyPolicy', kind: 'AccessDenied' },
    { action: 'ec2:DescribeFlowLogs', kind: 'AccessDenied' },
    { action: 'iam:GetRole', kind: 'AccessDenied' },
    { action: 'logs:DescribeLogGroups', kind: 'AccessDenied' },
    { action: 'sts:GetCallerIdentity', kind: 'Throttling', times: 1 },
    { action: 'ec2:DescribeVpcs', kind: 'Throttling', times: 1 },
    { action: 's3:GetBucketEncryption', kind: 'Throttling', times: 1 },
    { action: 'kms:DescribeKey', kind: 'Throttling', times: 1 },
    { action: 'iam:ListRolePolicies', kind: 'InternalError', times: 1 },
    { action: 'ec2:DescribeRegions', kind: 'InternalError', times: 1 },
    { action: 's3:GetBucketLocation', kind: 'InternalError', times: 1 },
    { action: 'logs:DescribeMetricFilters', kind: 'InternalError', times: 1 },
  ];

  beforeAll(async () => {
    aws = await startFakeAws({ fixture, faults });
    c = clients(aws.url);
  });
  afterAll(async () => {
    for (const x of Object.values(c)) x.destroy();
    await aws.close();
  });

  it('AccessDenied in each protocol, and the calls are recorded', async () => {
    const s3 = await rejection(c.s3.send(new GetBucketPolicyCommand({ Bucket: 'good-flow-logs' })));
    expect(s3.name).toBe('AccessDenied');
    expect(s3.$metadata?.httpStatusCode).toBe(403);
    const kms = await rejection(c.kms.send(new GetKeyPolicyCommand({ KeyId: KEY_ID, PolicyName: 'default' })));
    expect(kms.name).toBe('AccessDeniedException');
    expect(kms.$metadata?.httpStatusCode).toBe(400);
    const ec2 = await rejection(c.ec2.send(new DescribeFlowLogsCommand({})));
    expect(ec2.name).toBe('UnauthorizedOperation');
    expect(ec2.$metadata?.httpStatusCode).toBe(403);
    const iam = await rejection(c.iam.send(new GetRoleCommand({ RoleName: 'flow-logs-role' })));
    expect(iam.name).toBe('AccessDenied');
    expect(iam.$metadata?.httpStatusCode).toBe(403);
    const logs = await rejection(c.logs.send(new DescribeLogGroupsCommand({})));
    expect(logs.name).toBe('AccessDeniedException');

    expect(aws.calls).toEqual([
      { service: 's3', action: 's3:GetBucketPolicy', region: 'us-east-1', account: ACCOUNT, resource: 'good-flow-logs' },
      { service: 'kms', action: 'kms:GetKeyPolicy', region: 'us-east-1', account: ACCOUNT, resource: KEY_ID },
      { service: 'ec2', action: 'ec2:DescribeFlowLogs', region: 'us-east-1', account: ACCOUNT },
      { service: 'iam', action: 'iam:GetRole', region: 'us-east-1', account: ACCOUNT, resource: 'flow-logs-role' },
      { service: 'logs', action: 'logs:DescribeLogGroups', region: 'us-east-1', account: ACCOUNT },
    ]);
  });

  it('a fault without `times` fails every call; other actions are unaffected', async () => {
    expect((await rejection(c.s3.send(new GetBucketPolicyCommand({ Bucket: 'good-flow-logs' })))).name).toBe('AccessDenied');
    const ok = await c.s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'good-flow-logs' }));
    expect(ok.OwnershipControls?.Rules?.[0]?.ObjectOwnership).toBe('BucketOwnerEnforced');
  });

  it('Throttling, then success once `times` is used up', async () => {
    const cases: [string, () => Promise<unknown>, number][] = [
      ['Throttling', () => c.sts.send(new GetCallerIdentityCommand({})), 400],
      ['RequestLimitExceeded', () => c.ec2.send(new DescribeVpcsCommand({})), 503],
      ['SlowDown', () => c.s3.send(new GetBucketEncryptionCommand({ Bucket: 'good-flow-logs' })), 503],
      ['ThrottlingException', () => c.kms.send(new DescribeKeyCommand({ KeyId: KEY_ID })), 400],
    ];
    for (const [name, call, status] of cases) {
      const err = await rejection(call());
      expect(err.name).toBe(name);
      expect(err.$metadata?.httpStatusCode).toBe(status);
      await expect(call()).resolves.toBeDefined();
    }
  });

  it('InternalError, then success', async () => {
    const cases: [string, () => Promise<unknown>, number][] = [
      ['ServiceFailureException', () => c.iam.send(new ListRolePoliciesCommand({ RoleName: 'flow-logs-role' })), 500],
      ['InternalError', () => c.ec2.send(new DescribeRegionsCommand({})), 500],
      ['InternalError', () => c.s3.send(new GetBucketLocationCommand({ Bucket: 'good-flow-logs' })), 500],
      ['ServiceUnavailableException', () => c.logs.send(new DescribeMetricFiltersCommand({})), 500],
    ];
    for (const [name, call, status] of cases) {
      const err = await rejection(call());
      expect(err.name).toBe(name);
      expect(err.$metadata?.httpStatusCode).toBe(status);
      await expect(call()).resolves.toBeDefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Multi-account fixtures, STS AssumeRole, Organizations, latency, generated fixtures

const MGMT = '111122223333';
const MEMBER_A = '444455556666';
const MEMBER_B = '777788889999';
const multi = loadFixture(join(import.meta.dirname, 'fixtures', 'multi.yaml'));

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken: string };

async function assume(sts: STSClient, account: string, role: string, externalId?: string): Promise<Creds> {
  const r = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/${role}`, RoleSessionName: 'flowlog-lint', ...(externalId ? { ExternalId: externalId } : {}) }));
  const c = r.Credentials;
  return { accessKeyId: c?.AccessKeyId ?? '', secretAccessKey: c?.SecretAccessKey ?? '', sessionToken: c?.SessionToken ?? '' };
}

describe('multi-account fixtures with STS AssumeRole and Organizations', () => {
  let aws: FakeAws;
  let c: ReturnType<typeof clients>;
  let org: OrganizationsClient;
  const extra: { destroy(): void }[] = [];

  beforeAll(async () => {
    aws = await startFakeAws({ fixture: multi, orgPageSize: 2 });
    c = clients(aws.url);
    org = new OrganizationsClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1 });
  });
  afterAll(async () => {
    for (const x of [...Object.values(c), org, ...extra]) x.destroy();
    await aws.close();
  });

  it('loads the multi-account shape', () => {
    expect(multi.management).toBe(MGMT);
    expect(Object.keys(multi.accounts ?? {})).toEqual([MGMT, MEMBER_A, MEMBER_B]);
  });

  it('the env key is the management account', async () => {
    const id = await c.sts.send(new GetCallerIdentityCommand({}));
    expect(id).toMatchObject({ Account: MGMT, Arn: `arn:aws:iam::${MGMT}:user/fake-auditor` });
    const b = await c.s3.send(new ListBucketsCommand({}));
    expect(b.Buckets?.map((x) => x.Name)).toEqual(['mgmt-flow-logs']);
    expect(aws.calls.at(-1)).toEqual({ service: 's3', action: 's3:ListAllMyBuckets', region: 'us-east-1', account: MGMT });
  });

  it('AssumeRole issues keys that are served from the role account', async () => {
    const r = await c.sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER_A}:role/Auditor`, RoleSessionName: 'audit-1', ExternalId: 's3cret' }));
    expect(r.Credentials?.AccessKeyId).toMatch(new RegExp(`^ASIA${MEMBER_A}`));
    expect(r.Credentials?.SecretAccessKey).toBeTruthy();
    expect(r.Credentials?.SessionToken).toBeTruthy();
    expect(r.Credentials?.Expiration?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(r.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${MEMBER_A}:assumed-role/Auditor/audit-1`);
    expect(r.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA.+:audit-1$/);
    expect(aws.calls.at(-1)).toEqual({ service: 'sts', action: 'sts:AssumeRole', region: 'us-east-1', account: MGMT, resource: `arn:aws:iam::${MEMBER_A}:role/Auditor` });

    const credentials = {
      accessKeyId: r.Credentials?.AccessKeyId ?? '',
      secretAccessKey: r.Credentials?.SecretAccessKey ?? '',
      sessionToken: r.Credentials?.SessionToken ?? '',
    };
    const sts = new STSClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials });
    const s3 = new S3Client({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials, forcePathStyle: true });
    const ec2 = new EC2Client({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials });
    extra.push(sts, s3, ec2);
    const id = await sts.send(new GetCallerIdentityCommand({}));
    expect(id).toMatchObject({ Account: MEMBER_A, Arn: `arn:aws:sts::${MEMBER_A}:assumed-role/Auditor/audit-1` });
    expect(id.UserId).toMatch(/^AROA.+:audit-1$/);
    expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((x) => x.Name)).toEqual(['member-a-flow-logs']);
    expect((await ec2.send(new DescribeFlowLogsCommand({}))).FlowLogs?.map((f) => f.FlowLogId)).toEqual(['fl-a1']);
    expect(aws.calls.at(-1)).toEqual({ service: 'ec2', action: 'ec2:DescribeFlowLogs', region: 'us-east-1', account: MEMBER_A });
    // The management account's env key still sees its own resources.
    expect((await c.ec2.send(new DescribeFlowLogsCommand({}))).FlowLogs).toEqual([]);
  });

  it('AssumeRole without an external id when none is required; chained from a member', async () => {
    const b = await assume(c.sts, MEMBER_B, 'OrganizationAccountAccessRole');
    expect(b.accessKeyId).toMatch(new RegExp(`^ASIA${MEMBER_B}`));
    const ec2 = new EC2Client({ endpoint: aws.url, region: 'eu-west-1', maxAttempts: 1, credentials: b });
    const sts = new STSClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials: b });
    extra.push(ec2, sts);
    expect((await ec2.send(new DescribeVpcsCommand({}))).Vpcs?.map((v) => v.VpcId)).toEqual(['vpc-7777777777777777a']);
    const a = await assume(sts, MEMBER_A, 'Auditor', 's3cret');
    expect(a.accessKeyId).toMatch(new RegExp(`^ASIA${MEMBER_A}`));
    expect(aws.calls.at(-1)).toMatchObject({ action: 'sts:AssumeRole', account: MEMBER_B });
  });

  it('AssumeRole is denied for a wrong or missing external id, an unknown role or account', async () => {
    const cases = [
      [MEMBER_A, 'Auditor', 'wrong'],
      [MEMBER_A, 'Auditor', undefined],
      [MEMBER_A, 'NoSuchRole', undefined],
      ['999999999999', 'Auditor', undefined],
      [MGMT, 'Auditor', undefined],
    ] as const;
    for (const [account, role, ext] of cases) {
      const err = await rejection(assume(c.sts, account, role, ext));
      expect(err.name).toBe('AccessDenied');
      expect(err.$metadata?.httpStatusCode).toBe(403);
      expect(err.message).toContain(`is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${account}:role/${role}`);
    }
  });

  it('Organizations ListAccounts pages through every account', async () => {
    const p1 = await org.send(new ListAccountsCommand({}));
    expect(p1.Accounts?.map((a) => a.Id)).toEqual([MGMT, MEMBER_A]);
    expect(p1.NextToken).toBeTruthy();
    expect(p1.Accounts?.[0]).toMatchObject({
      Id: MGMT,
      Arn: expect.stringMatching(new RegExp(`^arn:aws:organizations::${MGMT}:account/o-[a-z0-9]+/${MGMT}$`)) as unknown,
      Email: 'root@example.com',
      Name: 'management',
      Status: 'ACTIVE',
      JoinedMethod: 'CREATED',
    });
    expect(p1.Accounts?.[1]).toMatchObject({ Name: 'member-a', Email: `aws+${MEMBER_A}@example.com` });
    const p2 = await org.send(new ListAccountsCommand({ NextToken: p1.NextToken }));
    expect(p2.Accounts?.map((a) => a.Id)).toEqual([MEMBER_B]);
    expect(p2.NextToken).toBeUndefined();
    expect(aws.calls.at(-1)).toEqual({ service: 'organizations', action: 'organizations:ListAccounts', region: 'us-east-1', account: MGMT });

    const one = await org.send(new ListAccountsCommand({ MaxResults: 1 }));
    expect(one.Accounts).toHaveLength(1);

    const before = aws.calls.length;
    const ids: string[] = [];
    for await (const page of paginateListAccounts({ client: org }, {})) ids.push(...(page.Accounts ?? []).map((a) => a.Id ?? ''));
    expect(ids).toEqual([MGMT, MEMBER_A, MEMBER_B]);
    expect(aws.calls.length - before).toBe(2);

    const bad = await rejection(org.send(new ListAccountsCommand({ NextToken: 'garbage' })));
    expect(bad.name).toBe('InvalidInputException');
  });

  it('Organizations ListAccounts is denied outside the management account', async () => {
    const b = await assume(c.sts, MEMBER_B, 'OrganizationAccountAccessRole');
    const memberOrg = new OrganizationsClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials: b });
    extra.push(memberOrg);
    const err = await rejection(memberOrg.send(new ListAccountsCommand({})));
    expect(err.name).toBe('AccessDeniedException');
    expect(aws.calls.at(-1)).toEqual({ service: 'organizations', action: 'organizations:ListAccounts', region: 'us-east-1', account: MEMBER_B });
  });

  it('the single-account shape lists as a one-account organization', async () => {
    const single = await startFakeAws({ fixture });
    const o = new OrganizationsClient({ endpoint: single.url, region: 'us-east-1', maxAttempts: 1 });
    try {
      const r = await o.send(new ListAccountsCommand({}));
      expect(r.Accounts?.map((a) => a.Id)).toEqual([ACCOUNT]);
      expect(single.calls).toEqual([{ service: 'organizations', action: 'organizations:ListAccounts', region: 'us-east-1', account: ACCOUNT }]);
    } finally {
      o.destroy();
      await single.close();
    }
  });
});

describe('faults per account', () => {
  it('a fault with `account` only hits calls served from that account', async () => {
    const aws = await startFakeAws({ fixture: multi, faults: [{ action: 's3:ListBuckets', kind: 'AccessDenied', account: MEMBER_A }] });
    const c = clients(aws.url);
    try {
      await expect(c.s3.send(new ListBucketsCommand({}))).resolves.toBeDefined();
      const a = await assume(c.sts, MEMBER_A, 'Auditor', 's3cret');
      const s3 = new S3Client({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials: a, forcePathStyle: true });
      expect((await rejection(s3.send(new ListBucketsCommand({})))).name).toBe('AccessDenied');
      s3.destroy();
    } finally {
      for (const x of Object.values(c)) x.destroy();
      await aws.close();
    }
  });
});

describe('latency', () => {
  it('delays every response without blocking concurrent requests', async () => {
    const aws = await startFakeAws({ fixture, latencyMs: 200 });
    const c = clients(aws.url);
    try {
      const t0 = performance.now();
      const results = await Promise.allSettled([
        ...Array.from({ length: 8 }, () => c.sts.send(new GetCallerIdentityCommand({}))),
        c.s3.send(new GetBucketPolicyCommand({ Bucket: 'no-such-bucket' })),
      ]);
      const elapsed = performance.now() - t0;
      expect(results.slice(0, 8).every((r) => r.status === 'fulfilled')).toBe(true);
      expect(results[8]?.status).toBe('rejected');
      expect(elapsed).toBeGreaterThanOrEqual(190);
      expect(elapsed).toBeLessThan(1200); // 9 × 200 ms if they were serialized
      expect(aws.calls).toHaveLength(9);
    } finally {
      for (const x of Object.values(c)) x.destroy();
      await aws.close();
    }
  });
});

describe('generateFixture', () => {
  const opts = { accounts: 1, regions: ['us-east-1'], flowLogsPerRegion: 300, buckets: 20, keys: 10, roles: 10 };

  it('builds a consistent fixture', () => {
    const fx = generateFixture(opts);
    expect(fx.accountId).toBe(generatedAccountId(0));
    expect(fx.accounts).toBeUndefined();
    const acct = fx;
    const reg = acct?.regions?.['us-east-1'];
    const flowLogs = reg?.flowLogs ?? [];
    expect(flowLogs).toHaveLength(300);
    expect(new Set(flowLogs.map((f) => f.FlowLogId)).size).toBe(300);
    expect(reg?.keys).toHaveLength(10);
    expect(Object.keys(acct?.buckets ?? {})).toHaveLength(20);
    expect(Object.keys(acct?.roles ?? {})).toHaveLength(10);
    const usedBuckets = new Set<string>();
    const usedRoles = new Set<string>();
    const keyArns = new Set((reg?.keys ?? []).map((k) => k.Arn));
    for (const f of flowLogs) {
      expect(reg?.vpcs).toContain(f.ResourceId);
      if (f.LogDestinationType === 's3') {
        const bucket = String(f.LogDestination).replace('arn:aws:s3:::', '');
        const b = acct?.buckets?.[bucket];
        expect(b).toBeDefined();
        expect(keyArns.has(b?.encryption?.KMSMasterKeyID)).toBe(true);
        expect(JSON.stringify(b?.policy)).toContain(`${bucket}/AWSLogs/${fx.accountId}/*`);
        usedBuckets.add(bucket);
      } else {
        expect(f.LogDestinationType).toBe('cloud-watch-logs');
        const role = String(f.DeliverLogsPermissionArn).split('/').pop() ?? '';
        expect(acct?.roles?.[role]).toBeDefined();
        const g = reg?.logGroups?.find((x) => x.logGroupName === f.LogGroupName);
        expect(g).toBeDefined();
        expect(keyArns.has(g?.kmsKeyId ?? undefined)).toBe(true);
        usedRoles.add(role);
      }
    }
    expect(usedBuckets.size).toBe(20);
    expect(usedRoles.size).toBe(10);
    expect(generateFixture(opts)).toEqual(fx); // deterministic
  });

  it('is served, with paging, and multi-account generated fixtures can be assumed into', async () => {
    const fx = generateFixture({ ...opts, accounts: 3, regions: ['us-east-1', 'eu-west-1'], flowLogsPerRegion: 50 });
    expect(fx.management).toBe(generatedAccountId(0));
    expect(Object.keys(fx.accounts ?? {})).toEqual([0, 1, 2].map(generatedAccountId));
    const aws = await startFakeAws({ fixture: fx });
    const c = clients(aws.url, 'eu-west-1');
    const org = new OrganizationsClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1 });
    try {
      const ids: string[] = [];
      for await (const page of paginateDescribeFlowLogs({ client: c.ec2, pageSize: 20 }, {})) ids.push(...(page.FlowLogs ?? []).map((f) => f.FlowLogId ?? ''));
      expect(ids).toHaveLength(50);
      const accounts = (await org.send(new ListAccountsCommand({}))).Accounts?.map((a) => a.Id);
      expect(accounts).toEqual([0, 1, 2].map(generatedAccountId));
      const member = await assume(c.sts, generatedAccountId(2), 'OrganizationAccountAccessRole');
      const s3 = new S3Client({ endpoint: aws.url, region: 'eu-west-1', maxAttempts: 1, credentials: member, forcePathStyle: true });
      const buckets = (await s3.send(new ListBucketsCommand({}))).Buckets ?? [];
      s3.destroy();
      expect(buckets).toHaveLength(20);
      expect(buckets.every((b) => b.Name?.includes(generatedAccountId(2)))).toBe(true);
      const enc = await c.s3.send(new GetBucketEncryptionCommand({ Bucket: `flow-logs-${generatedAccountId(0)}-1` }));
      const keyArn = enc.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID ?? '';
      expect(keyArn).toMatch(/^arn:aws:kms:eu-west-1:/);
      const key = await c.kms.send(new DescribeKeyCommand({ KeyId: keyArn }));
      expect(key.KeyMetadata?.Arn).toBe(keyArn);
    } finally {
      for (const x of [...Object.values(c), org]) x.destroy();
      await aws.close();
    }
  });
});

describe('Organizations ListParents', () => {
  it('walks account → OU → OU → root from the management account; denied elsewhere; unknown child rejected', async () => {
    const aws = await startFakeAws({
      fixture: {
        management: '111111111111',
        accounts: { '111111111111': {}, '222222222222': { parent: 'ou-fake-child001', assumableRoles: { R: {} } } },
        organizationalUnits: { 'ou-fake-top00001': {}, 'ou-fake-child001': { parent: 'ou-fake-top00001' } },
      },
    });
    const org = new OrganizationsClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'x' } });
    const sts = new STSClient({ endpoint: aws.url, region: 'us-east-1', maxAttempts: 1, credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'x' } });
    try {
      const parent = async (id: string) => (await org.send(new ListParentsCommand({ ChildId: id }))).Parents?.[0];
      expect(await parent('222222222222')).toEqual({ Id: 'ou-fake-child001', Type: 'ORGANIZATIONAL_UNIT' });
      expect(await parent('ou-fake-child001')).toEqual({ Id: 'ou-fake-top00001', Type: 'ORGANIZATIONAL_UNIT' });
      expect(await parent('ou-fake-top00001')).toEqual({ Id: 'r-fake', Type: 'ROOT' });
      expect(await parent('111111111111')).toEqual({ Id: 'r-fake', Type: 'ROOT' });
      expect((await rejection(org.send(new ListParentsCommand({ ChildId: '999999999999' })))).name).toBe('ChildNotFoundException');
      const r = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/R', RoleSessionName: 's1' }));
      const member = new OrganizationsClient({
        endpoint: aws.url,
        region: 'us-east-1',
        maxAttempts: 1,
        credentials: { accessKeyId: r.Credentials?.AccessKeyId ?? '', secretAccessKey: r.Credentials?.SecretAccessKey ?? '', sessionToken: r.Credentials?.SessionToken ?? '' },
      });
      expect((await rejection(member.send(new ListParentsCommand({ ChildId: '222222222222' })))).name).toBe('AccessDeniedException');
      member.destroy();
      expect(aws.calls.filter((c) => c.action === 'organizations:ListParents')).toHaveLength(6);
    } finally {
      org.destroy();
      sts.destroy();
      await aws.close();
    }
  });
});
