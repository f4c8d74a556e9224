import { ruleTester, seedBucketPolicy } from '../../helpers/rule-tester.js';
import { SEED_POLICY, flowLogText, json } from './_fixtures.js';

const LIMIT = 20 * 1024;

/** `n` distinct twelve-digit account IDs. */
function accounts(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(100000000000 + i * 1001));
}

/** Size as AWS counts it: the document without white space. */
function size(o: object): number {
  return Buffer.byteLength(JSON.stringify(o), 'utf8');
}

/** The seeds' multi-account policy with the fewest accounts whose size exceeds `min`. */
function policyOver(min: number): { policy: object; accountIds: string[] } {
  for (let n = 1; ; n++) {
    const ids = accounts(n);
    const policy = seedBucketPolicy('flow-logs-central', 'vpc/', ids);
    if (size(policy) > min) return { policy, accountIds: ids };
  }
}

// Only the first account is passed as a source account: the size is what matters here, and asking
// the delivery questions for every account would only slow the other rules down.
const over = policyOver(LIMIT);
const near = policyOver(LIMIT * 0.9);
// The largest policy that stays more than 10 % under the limit.
const underIds = accounts(near.accountIds.length - 1);
const under = seedBucketPolicy('flow-logs-central', 'vpc/', underIds);

if (!(size(over.policy) > LIMIT && size(near.policy) > LIMIT * 0.9 && size(near.policy) <= LIMIT && size(under) <= LIMIT * 0.9)) {
  throw new Error('size-limit fixtures are not where the test needs them');
}

/** A policy of exactly `bytes` bytes (without white space): the seeds' multi-account policy
 * padded with a policy `Id`. */
function policyOfSize(bytes: number): object {
  let n = 1;
  while (size(seedBucketPolicy('flow-logs-central', 'vpc/', accounts(n + 1))) + 8 < bytes) n++;
  const base = seedBucketPolicy('flow-logs-central', 'vpc/', accounts(n)) as { Version: string; Statement: unknown[] };
  const pad = bytes - size(base) - '"Id":"",'.length;
  const policy = { Version: base.Version, Id: 'x'.repeat(pad), Statement: base.Statement };
  if (size(policy) !== bytes) throw new Error(`policyOfSize(${bytes}) made ${size(policy)} bytes`);
  return policy;
}

/** A CloudFormation bucket policy with one Resource entry per account, as YAML (the
 * PolicyDocument mapping starts on line 14). */
function cfnPolicy(ids: string[]): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
  LogBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: central-flow-logs
  LogBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref LogBucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: AWSLogDeliveryWrite
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:PutObject
            Resource:
${ids.map((a) => `              - arn:aws:s3:::central-flow-logs/AWSLogs/${a}/*`).join('\n')}
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
`;
}

ruleTester('bucket-policy/size-limit', {
  valid: [
    {
      name: "the seeds' one-account policy",
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: ['111122223333'],
    },
    {
      name: `a multi-account policy just more than 10 % under the limit (${size(under)} bytes)`,
      files: { 'bucket-policy.json': json(under), 'flow-log.json': flowLogText() },
      accountIds: [underIds[0] ?? ''],
    },
    {
      name: 'exactly 18,432 bytes (90 % of the limit) is not yet close to it',
      files: { 'bucket-policy.json': json(policyOfSize(LIMIT * 0.9)), 'flow-log.json': flowLogText() },
      accountIds: ['100000000000'],
    },
  ],
  invalid: [
    {
      name: `over 20 KB (${size(over.policy)} bytes): fail at the policy document`,
      files: { 'bucket-policy.json': json(over.policy), 'flow-log.json': flowLogText() },
      accountIds: over.accountIds.slice(0, 1),
      errors: [{ status: 'fail', severity: 'error', message: /over the 20 KB \(20,480 bytes\) limit.*LogDestinationPermissionIssueException/, file: 'bucket-policy.json', line: 1, column: 1 }],
    },
    {
      name: `within 10 % of the limit (${size(near.policy)} bytes): warning`,
      files: { 'bucket-policy.json': json(near.policy), 'flow-log.json': flowLogText() },
      accountIds: near.accountIds.slice(0, 1),
      errors: [{ status: 'fail', severity: 'warning', message: /within 10 % of the 20 KB limit/, file: 'bucket-policy.json', line: 1, column: 1 }],
    },
    {
      name: 'exactly 18,433 bytes: warning',
      files: { 'bucket-policy.json': json(policyOfSize(LIMIT * 0.9 + 1)), 'flow-log.json': flowLogText() },
      accountIds: ['100000000000'],
      errors: [{ status: 'fail', severity: 'warning', message: /18433 bytes, within 10 %/, file: 'bucket-policy.json', line: 1 }],
    },
    {
      name: 'exactly 20,480 bytes is at the limit, not over it: warning',
      files: { 'bucket-policy.json': json(policyOfSize(LIMIT)), 'flow-log.json': flowLogText() },
      accountIds: ['100000000000'],
      errors: [{ status: 'fail', severity: 'warning', message: /20480 bytes, within 10 %/, file: 'bucket-policy.json', line: 1 }],
    },
    {
      name: 'exactly 20,481 bytes: over the limit',
      files: { 'bucket-policy.json': json(policyOfSize(LIMIT + 1)), 'flow-log.json': flowLogText() },
      accountIds: ['100000000000'],
      errors: [{ status: 'fail', severity: 'error', message: /20481 bytes/, file: 'bucket-policy.json', line: 1 }],
    },
    {
      name: 'a CloudFormation bucket policy with 400 Resource entries',
      files: { 'template.yaml': cfnPolicy(accounts(400)) },
      errors: [{ status: 'fail', severity: 'error', message: /over the 20 KB/, file: 'template.yaml', line: 14 }],
    },
  ],
});
