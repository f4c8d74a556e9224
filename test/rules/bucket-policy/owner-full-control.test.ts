import { ruleTester, seedBucketPolicy, s3FlowLog } from '../../helpers/rule-tester.js';
import { ACL_STATEMENT, SEED_POLICY, flowLogText, json } from './_fixtures.js';

const A = '111122223333';
const B = '444455556666';

/** A bucket policy whose write statement (lines 4-11) has the given Condition object text. */
function writeWithCondition(condition: string): string {
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AWSLogDeliveryWrite",
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*",
      "Condition": ${condition}
    },
${ACL_STATEMENT}
  ]
}
`;
}

ruleTester('bucket-policy/owner-full-control', {
  valid: [
    {
      name: "the seeds' StringEquals s3:x-amz-acl = bucket-owner-full-control",
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: [A],
    },
    {
      name: 'an unconditioned Allow made safe by a Deny of any other ACL (StringNotEquals, also when absent)',
      files: {
        'bucket-policy.json': json({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AWSLogDeliveryWrite',
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: `arn:aws:s3:::flow-logs-central/vpc/AWSLogs/${A}/*`,
              Condition: { StringEquals: { 'aws:SourceAccount': A } },
            },
            {
              Sid: 'RequireOwnerFullControl',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:PutObject',
              Resource: 'arn:aws:s3:::flow-logs-central/*',
              Condition: { StringNotEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
            },
          ],
        }),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 's3:Put* on bucket/* with the ACL condition',
      files: {
        'bucket-policy.json': writeWithCondition('{ "StringEquals": { "s3:x-amz-acl": "bucket-owner-full-control" } }').replace(
          '"Action": "s3:PutObject",\n      "Resource": "arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*"',
          '"Action": "s3:Put*",\n      "Resource": "arn:aws:s3:::flow-logs-central/*"',
        ),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: 'two source accounts, each write conditioned on the ACL',
      files: { 'bucket-policy.json': seedBucketPolicy('flow-logs-central', 'vpc/', [A, B]), 'flow-log.json': s3FlowLog() },
      accountIds: [A, B],
    },
  ],
  invalid: [
    {
      name: 'no s3:x-amz-acl condition at all',
      files: {
        'bucket-policy.json': writeWithCondition('{ "StringEquals": { "aws:SourceAccount": "111122223333" } }'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /AWSLogDeliveryWrite.* without `s3:x-amz-acl = bucket-owner-full-control`/, file: 'bucket-policy.json', line: 4, column: 5 }],
    },
    {
      name: 'StringEqualsIfExists also admits a write that carries no ACL',
      files: {
        'bucket-policy.json': writeWithCondition('{ "StringEqualsIfExists": { "s3:x-amz-acl": "bucket-owner-full-control" } }'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /without `s3:x-amz-acl/, file: 'bucket-policy.json', line: 4 }],
    },
    {
      name: 'StringLike "*" on s3:x-amz-acl admits any ACL (e.g. public-read)',
      files: {
        'bucket-policy.json': writeWithCondition('{ "StringLike": { "s3:x-amz-acl": "*" } }'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /with an ACL other than/, file: 'bucket-policy.json', line: 4 }],
    },
    {
      name: 'StringLike "bucket-owner-*" admits bucket-owner-read as well: every canned ACL is tried (closed set)',
      files: {
        'bucket-policy.json': writeWithCondition('{ "StringLike": { "s3:x-amz-acl": "bucket-owner-*" } }'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /with an ACL other than .*`bucket-owner-read` is allowed/, file: 'bucket-policy.json', line: 4 }],
    },
    {
      name: 'StringEquals listing bucket-owner-full-control and log-delivery-write admits the second ACL',
      files: {
        'bucket-policy.json': writeWithCondition('{ "StringEquals": { "s3:x-amz-acl": ["bucket-owner-full-control", "log-delivery-write"] } }'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /`log-delivery-write` is allowed/, file: 'bucket-policy.json', line: 4 }],
    },
    {
      name: 'a second, unconditioned statement for the delivery service undoes the first',
      files: {
        'bucket-policy.json': SEED_POLICY.replace(
          '  "Statement": [\n',
          `  "Statement": [
    {
      "Sid": "LegacyWrite",
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/*"
    },
`,
        ),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /LegacyWrite/, file: 'bucket-policy.json', line: 4, column: 5 }],
    },
  ],
});
