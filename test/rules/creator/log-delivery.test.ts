import { ruleTester, s3FlowLog } from '../../helpers/rule-tester.js';
import { deployerPolicy } from './_fixtures.js';

const A = '111122223333';

ruleTester('creator/log-delivery', {
  valid: [
    {
      name: 'logs:CreateLogDelivery and logs:DeleteLogDelivery on "*", with an S3 flow log in the scan',
      files: { 'flow-log.json': s3FlowLog(), 'deployer-policy.json': deployerPolicy('', ['logs:CreateLogDelivery', 'logs:DeleteLogDelivery']) },
      accountIds: [A],
    },
    {
      name: 'logs:*LogDelivery covers both (no flow logs in the scan)',
      files: { 'deployer-policy.json': deployerPolicy('', ['logs:*LogDelivery']) },
    },
    {
      name: 'ec2:* and logs:* in a separate statement',
      files: {
        'deployer-policy.json': JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
            { Effect: 'Allow', Action: 'logs:*', Resource: '*' },
          ],
        }),
        'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central'),
      },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: 'neither action (the acceptance case, no flow logs in the scan; points at the policy document)',
      files: { 'deployer-policy.json': deployerPolicy() },
      errors: [{ status: 'fail', severity: 'error', message: /not logs:CreateLogDelivery and logs:DeleteLogDelivery/, file: 'deployer-policy.json', line: 1, column: 1 }],
    },
    {
      name: 'logs:CreateLogDelivery without logs:DeleteLogDelivery, S3 flow log in the scan',
      files: { 'flow-log.json': s3FlowLog(), 'deployer-policy.json': deployerPolicy('', ['logs:CreateLogDelivery']) },
      accountIds: [A],
      errors: [{ status: 'fail', message: /but not logs:DeleteLogDelivery \(on Resource "\*"\)/, file: 'deployer-policy.json', line: 1, column: 1 }],
    },
    {
      name: 'both actions granted only on a log-group ARN: they have no resource type, so only "*" grants them',
      files: {
        'deployer-policy.json': deployerPolicy(`    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogDelivery", "logs:DeleteLogDelivery"],
      "Resource": "arn:aws:logs:us-east-1:111122223333:log-group:*"
    }`),
      },
      errors: [{ status: 'fail', message: /not logs:CreateLogDelivery and logs:DeleteLogDelivery/, file: 'deployer-policy.json', line: 16, column: 19 }],
    },
    {
      name: 'a Deny of logs:DeleteLogDelivery (points at the Deny)',
      files: {
        'flow-log.json': s3FlowLog(),
        'deployer-policy.json': deployerPolicy(
          `    {
      "Sid": "NoDeletes",
      "Effect": "Deny",
      "Action": "logs:Delete*",
      "Resource": "*"
    }`,
          ['logs:CreateLogDelivery', 'logs:DeleteLogDelivery'],
        ),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /not logs:DeleteLogDelivery/, file: 'deployer-policy.json', line: 15, column: 5 }],
    },
  ],
});
