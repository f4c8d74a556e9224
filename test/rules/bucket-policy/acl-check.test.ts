import { ruleTester, seedBucketPolicy, s3FlowLog } from '../../helpers/rule-tester.js';
import { SEED_POLICY, flowLogText, json, seedPolicyWith } from './_fixtures.js';

const A = '111122223333';
const B = '444455556666';

/** The seeds' write statement only (no AWSLogDeliveryAclCheck), then `extra` statements. */
function writeOnly(extra = ''): string {
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AWSLogDeliveryWrite",
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*",
      "Condition": {
        "StringEquals": { "aws:SourceAccount": "111122223333", "s3:x-amz-acl": "bucket-owner-full-control" }
      }
    }${extra}
  ]
}
`;
}

ruleTester('bucket-policy/acl-check', {
  valid: [
    {
      name: "the seeds' AWSLogDeliveryAclCheck statement",
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: [A],
    },
    {
      name: 's3:GetBucket* covers s3:GetBucketAcl',
      files: {
        'bucket-policy.json': writeOnly(`,
    {
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:GetBucket*",
      "Resource": "arn:aws:s3:::flow-logs-central",
      "Condition": { "StringEquals": { "aws:SourceAccount": "111122223333" } }
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: 'one statement with s3:* on the bucket and its objects, Principal "*" limited by aws:SourceAccount',
      files: {
        'bucket-policy.json': json({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:*',
              Resource: ['arn:aws:s3:::flow-logs-central', 'arn:aws:s3:::flow-logs-central/*'],
              Condition: { StringEquals: { 'aws:SourceAccount': A }, Bool: { 'aws:PrincipalIsAWSService': 'true' } },
            },
          ],
        }),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 'two source accounts, both in the ACL statement condition',
      files: { 'bucket-policy.json': seedBucketPolicy('flow-logs-central', 'vpc/', [A, B]), 'flow-log.json': s3FlowLog() },
      accountIds: [A, B],
    },
  ],
  invalid: [
    {
      name: 'no AWSLogDeliveryAclCheck statement at all (points at the policy document)',
      files: { 'bucket-policy.json': writeOnly(), 'flow-log.json': flowLogText() },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /may not s3:GetBucketAcl on arn:aws:s3:::flow-logs-central/, file: 'bucket-policy.json', line: 1, column: 1 }],
    },
    {
      name: 'GetBucketAcl granted on the objects (bucket/*) instead of the bucket',
      files: {
        'bucket-policy.json': writeOnly(`,
    {
      "Sid": "AWSLogDeliveryAclCheck",
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:GetBucketAcl",
      "Resource": "arn:aws:s3:::flow-logs-central/*"
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /AWSLogDeliveryAclCheck.*not on this resource/, file: 'bucket-policy.json', line: 19, column: 19 }],
    },
    {
      name: 'the ACL statement condition admits another account than the source account',
      files: {
        // The second aws:SourceAccount (line 32) is the ACL statement's.
        'bucket-policy.json': SEED_POLICY.replace(/"aws:SourceAccount": "111122223333"\n/, `"aws:SourceAccount": "${B}"\n`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /source account 111122223333.*condition on `aws:SourceAccount`/, file: 'bucket-policy.json', line: 32 }],
    },
    {
      name: 'a third source account that neither statement names',
      files: { 'bucket-policy.json': seedBucketPolicy('flow-logs-central', 'vpc/', [A, B]), 'flow-log.json': s3FlowLog() },
      accountIds: [A, B, '777788889999'],
      // Line 41: the ACL statement's "aws:SourceAccount" list (JSON.stringify with 2-space indent).
      errors: [{ status: 'fail', message: /source account 777788889999/, file: 'bucket-policy.json', line: 41 }],
    },
    {
      name: 'a Deny of s3:* to everyone but the account root blocks the ACL check',
      files: {
        'bucket-policy.json': seedPolicyWith(`    {
      "Sid": "LockDown",
      "Effect": "Deny",
      "NotPrincipal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::flow-logs-central", "arn:aws:s3:::flow-logs-central/*"]
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /Deny .*LockDown.* blocks it/, file: 'bucket-policy.json', line: 4, column: 5 }],
    },
  ],
});
