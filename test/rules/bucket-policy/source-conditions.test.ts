import { ruleTester, seedBucketPolicy, s3FlowLog } from '../../helpers/rule-tester.js';
import { SEED_POLICY, flowLogText, json } from './_fixtures.js';

const A = '111122223333';

/** The seeds' bucket policy exactly as the seed documents print it (no source conditions), as in
 * the acceptance case seed-policy-source-conditions. Statements start on lines 4 and 18. */
const SEEDS_AS_PRINTED = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AWSLogDeliveryWrite",
      "Effect": "Allow",
      "Principal": {
        "Service": "delivery.logs.amazonaws.com"
      },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/AWSLogs/111122223333/*",
      "Condition": {
        "StringEquals": {
          "s3:x-amz-acl": "bucket-owner-full-control"
        }
      }
    },
    {
      "Sid": "AWSLogDeliveryAclCheck",
      "Effect": "Allow",
      "Principal": {
        "Service": "delivery.logs.amazonaws.com"
      },
      "Action": "s3:GetBucketAcl",
      "Resource": "arn:aws:s3:::flow-logs-central"
    }
  ]
}
`;

ruleTester('bucket-policy/source-conditions', {
  valid: [
    {
      name: 'aws:SourceAccount and aws:SourceArn on both delivery statements',
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: [A],
    },
    {
      name: 'aws:SourceArn alone (ArnLike) is enough',
      files: {
        'bucket-policy.json': json({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: ['s3:PutObject', 's3:GetBucketAcl'],
              Resource: ['arn:aws:s3:::flow-logs-central', `arn:aws:s3:::flow-logs-central/vpc/AWSLogs/${A}/*`],
              Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${A}:*` } },
            },
          ],
        }),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 'condition keys are case-insensitive (aws:sourceaccount)',
      files: {
        'bucket-policy.json': SEED_POLICY.replace(/aws:SourceAccount/g, 'aws:sourceaccount').replace(/aws:SourceArn/g, 'aws:sourcearn'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: 'two accounts, with the seeds helper policy',
      files: { 'bucket-policy.json': seedBucketPolicy('flow-logs-central', 'vpc/', [A, '444455556666']), 'flow-log.json': s3FlowLog() },
      accountIds: [A, '444455556666'],
    },
  ],
  invalid: [
    {
      name: "the seeds' policy as printed: both delivery statements lack source conditions",
      files: { 'bucket-policy.json': SEEDS_AS_PRINTED, 'flow-log.json': flowLogText('arn:aws:s3:::flow-logs-central') },
      accountIds: [A],
      errors: [
        { status: 'fail', severity: 'warning', message: /AWSLogDeliveryWrite.*without an aws:SourceAccount or aws:SourceArn condition/, file: 'bucket-policy.json', line: 4, column: 5 },
        { status: 'fail', severity: 'warning', message: /AWSLogDeliveryAclCheck.*confused deputy/, file: 'bucket-policy.json', line: 18, column: 5 },
      ],
    },
    {
      name: 'the seeds policy checked on its own (no flow log in the scan)',
      files: { 'bucket-policy.json': SEEDS_AS_PRINTED },
      accountIds: [A],
      errors: [
        { status: 'fail', severity: 'warning', message: /AWSLogDeliveryWrite/, line: 4 },
        { status: 'fail', severity: 'warning', message: /AWSLogDeliveryAclCheck/, line: 18 },
      ],
    },
    {
      name: 'only the write statement carries a source condition',
      files: {
        'bucket-policy.json': SEEDS_AS_PRINTED.replace(
          '"s3:x-amz-acl": "bucket-owner-full-control"',
          '"s3:x-amz-acl": "bucket-owner-full-control",\n          "aws:SourceAccount": "111122223333"',
        ),
        'flow-log.json': flowLogText('arn:aws:s3:::flow-logs-central'),
      },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /AWSLogDeliveryAclCheck/, file: 'bucket-policy.json', line: 19, column: 5 }],
    },
  ],
});
