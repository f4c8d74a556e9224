import { ruleTester, seedBucketPolicy, s3FlowLog } from '../../helpers/rule-tester.js';
import { SEED_POLICY, flowLogText, json, seedPolicyWith } from './_fixtures.js';

const A = '111122223333';
const B = '444455556666';

/** CloudFormation stack: a flow log to `${LogBucket.Arn}/flow/` (bucket LogBucket: logical ID on
 * line 7) and, unless `withPolicy` is false, a bucket policy written with the stack's own account
 * symbol; `resource` is the delivery statement's Resource. */
function stack(resource = "!Sub '${LogBucket.Arn}/flow/AWSLogs/${AWS::AccountId}/*'", withPolicy = true): string {
  const policy = `  LogBucketPolicy:
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
            Resource: ${resource}
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
                aws:SourceAccount: !Ref AWS::AccountId
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'
          - Sid: AWSLogDeliveryAclCheck
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:GetBucketAcl
            Resource: !GetAtt LogBucket.Arn
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !Sub '\${LogBucket.Arn}/flow/'
${withPolicy ? policy : ''}`;
}

const HIVE = `,
  "DestinationOptions": {
    "FileFormat": "parquet",
    "HiveCompatiblePartitions": true,
    "PerHourPartition": true
  }`;

ruleTester('bucket-policy/delivery-write', {
  valid: [
    {
      name: "the seeds' policy: one Resource entry for the source account",
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: [A],
    },
    {
      name: 's3:Put* on arn:aws:s3:::bucket/* grants the log object (wildcards are evaluated)',
      files: {
        'bucket-policy.json': json({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: ['delivery.logs.amazonaws.com'] },
              Action: ['s3:Put*'],
              Resource: 'arn:aws:s3:::flow-logs-central/*',
              Condition: { StringEquals: { 'aws:SourceAccount': A, 's3:x-amz-acl': 'bucket-owner-full-control' } },
            },
          ],
        }),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 'one Resource entry per account for two source accounts',
      files: { 'bucket-policy.json': seedBucketPolicy('flow-logs-central', 'vpc/', [A, B]), 'flow-log.json': s3FlowLog() },
      accountIds: [A, B],
    },
    {
      name: 'Hive-compatible partitions write under AWSLogs/aws-account-id=ACCOUNT/',
      files: {
        'bucket-policy.json': SEED_POLICY.replace(`vpc/AWSLogs/${A}/*`, `vpc/AWSLogs/aws-account-id=${A}/*`),
        'flow-log.json': flowLogText(undefined, HIVE),
      },
      accountIds: [A],
    },
    {
      name: 'CloudFormation: ${AWS::AccountId} in the bucket policy and the flow log passes without --account-id',
      files: { 'template.yaml': stack() },
    },
    {
      name: 'CloudFormation: a whole-bucket grant via !Sub ${LogBucket.Arn}/* covers the flow/ prefix',
      files: { 'template.yaml': stack("!Sub '${LogBucket.Arn}/*'") },
    },
    {
      name: 'a Deny on insecure transport (aws:SecureTransport = false) does not block delivery',
      files: {
        'bucket-policy.json': seedPolicyWith(`    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::flow-logs-central", "arn:aws:s3:::flow-logs-central/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: 'Allow with NotAction (everything but deletes) grants s3:PutObject',
      files: {
        'bucket-policy.json': json({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              NotAction: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
              Resource: `arn:aws:s3:::flow-logs-central/vpc/AWSLogs/${A}/*`,
              Condition: { StringEquals: { 'aws:SourceAccount': A } },
            },
          ],
        }),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 'a destination prefix without the final / means the same folder',
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText('arn:aws:s3:::flow-logs-central/vpc') },
      accountIds: [A],
    },
    {
      name: 'BUCKET/ alone means no prefix: objects go to AWSLogs/ACCOUNT/ at the top of the bucket',
      files: {
        'bucket-policy.json': SEED_POLICY.replace(`flow-logs-central/vpc/AWSLogs/${A}/*`, `flow-logs-central/AWSLogs/${A}/*`),
        'flow-log.json': flowLogText('arn:aws:s3:::flow-logs-central/'),
      },
      accountIds: [A],
    },
    {
      name: '`aws s3api get-bucket-policy` output (the policy as a JSON string)',
      files: { 'bucket-policy.json': json({ Policy: JSON.stringify(seedBucketPolicy()) }), 'flow-log.json': s3FlowLog() },
      accountIds: [A],
    },
    {
      name: 'Allow with NotResource (everything but another folder) covers the log path',
      files: {
        'bucket-policy.json': json({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: 's3:PutObject',
              NotResource: 'arn:aws:s3:::flow-logs-central/private/*',
              Condition: { StringEquals: { 'aws:SourceAccount': A } },
            },
            {
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: 's3:GetBucketAcl',
              Resource: 'arn:aws:s3:::flow-logs-central',
            },
          ],
        }),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 'a bucket policy checked on its own: prefix from its statements, account from --account-id',
      files: { 'bucket-policy.json': SEED_POLICY },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: 'a Deny with NotPrincipal (only our account may write) blocks delivery',
      files: {
        'bucket-policy.json': seedPolicyWith(`    {
      "Sid": "OnlyOurAccountWrites",
      "Effect": "Deny",
      "NotPrincipal": {
        "AWS": "arn:aws:iam::111122223333:root"
      },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/*"
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /Deny .*OnlyOurAccountWrites.* blocks it/, file: 'bucket-policy.json', line: 4, column: 5 }],
    },
    {
      name: 'a Deny of uploads without SSE-KMS (StringNotEquals on an absent header) blocks delivery',
      files: {
        'bucket-policy.json': seedPolicyWith(`    {
      "Sid": "DenyUnencryptedUploads",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/*",
      "Condition": { "StringNotEquals": { "s3:x-amz-server-side-encryption": "aws:kms" } }
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /DenyUnencryptedUploads/, file: 'bucket-policy.json', line: 4 }],
    },
    {
      name: 'two source accounts but a Resource entry for only one of them',
      files: {
        'bucket-policy.json': SEED_POLICY.replace(`"aws:SourceAccount": "${A}",`, `"aws:SourceAccount": ["${A}", "${B}"],`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A, B],
      errors: [{ status: 'fail', message: new RegExp(`AWSLogs/${B}/\\*.*source account ${B}.*not on this resource`), file: 'bucket-policy.json', line: 11, column: 19 }],
    },
    {
      name: 'the aws:SourceAccount condition names another account',
      files: {
        'bucket-policy.json': SEED_POLICY.replace(`"aws:SourceAccount": "${A}",`, `"aws:SourceAccount": "${B}",`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /condition.*aws:SourceAccount.*does not hold/, file: 'bucket-policy.json', line: 14 }],
    },
    {
      name: 'Hive-compatible partitions but the policy grants AWSLogs/ACCOUNT/ (the non-Hive path)',
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText(undefined, HIVE) },
      accountIds: [A],
      errors: [{ status: 'fail', message: new RegExp(`AWSLogs/aws-account-id=${A}/`), file: 'bucket-policy.json', line: 11 }],
    },
    {
      name: 'the flow log writes to another prefix than the policy grants',
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText('arn:aws:s3:::flow-logs-central/prod/') },
      accountIds: [A],
      errors: [{ status: 'fail', message: /flow-logs-central\/prod\/AWSLogs\/111122223333/, file: 'bucket-policy.json', line: 11 }],
    },
    {
      name: 'a CloudFormation bucket with no bucket policy (points at the bucket resource)',
      files: { 'template.yaml': stack(undefined, false) },
      errors: [{ status: 'fail', severity: 'error', message: /no bucket policy.*AWS may add or rewrite the bucket policy/, file: 'template.yaml', line: 7, column: 3 }],
    },
    {
      name: 'the destination bucket is not in the scanned set: unverifiable, at the destination',
      files: { 'flow-log.json': flowLogText('arn:aws:s3:::other-logs-bucket/vpc/') },
      accountIds: [A],
      errors: [{ status: 'unverifiable', severity: 'warning', message: /other-logs-bucket.*not in the scanned set/, file: 'flow-log.json', line: 8 }],
    },
    {
      name: 'CloudFormation: a literal account in the policy cannot be matched to ${AWS::AccountId} without --account-id',
      files: { 'template.yaml': stack(`!Sub '\${LogBucket.Arn}/flow/AWSLogs/${A}/*'`) },
      errors: [{ status: 'unverifiable', severity: 'warning', message: /AWS::AccountId/ }],
    },
  ],
});
