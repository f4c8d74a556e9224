import { ruleTester, s3FlowLog } from '../../helpers/rule-tester.js';
import { ACL_STATEMENT, SEED_POLICY, cfnStackWith, flowLogText, seedPolicyWith } from './_fixtures.js';

const A = '111122223333';

/** A policy granting log writes to `principal` (text of the Principal value, line 7). */
function writeBy(principal: string): string {
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "LogWrite",
      "Effect": "Allow",
      "Principal": ${principal},
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*",
      "Condition": { "StringEquals": { "s3:x-amz-acl": "bucket-owner-full-control" } }
    },
${ACL_STATEMENT}
  ]
}
`;
}

ruleTester('bucket-policy/delivery-principal', {
  valid: [
    {
      name: 'log writes granted to the service principal delivery.logs.amazonaws.com',
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: [A],
    },
    {
      name: 'an account principal that writes elsewhere in the bucket (not the AWSLogs/ path) is not log delivery',
      files: {
        'bucket-policy.json': seedPolicyWith(`    {
      "Sid": "AppUploads",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/uploads/*"
    }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: 'an account principal that may only read the logs',
      files: {
        'bucket-policy.json': seedPolicyWith(`    {
      "Sid": "Readers",
      "Effect": "Allow",
      "Principal": { "AWS": "111122223333" },
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::flow-logs-central", "arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*"]
    }`),
        'flow-log.json': s3FlowLog(),
      },
      accountIds: [A],
    },
    {
      name: 'CloudFormation: the stack\'s delivery statements grant the service principal',
      files: { 'template.yaml': cfnStackWith('') },
    },
  ],
  invalid: [
    {
      name: 'log writes granted to the account root ARN',
      files: { 'bucket-policy.json': writeBy('{ "AWS": "arn:aws:iam::111122223333:root" }'), 'flow-log.json': flowLogText() },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /LogWrite.*account principal arn:aws:iam::111122223333:root/, file: 'bucket-policy.json', line: 7, column: 29 }],
    },
    {
      name: 'log writes granted to a bare account ID, in a list',
      files: {
        'bucket-policy.json': writeBy(`{
        "AWS": [
          "111122223333"
        ]
      }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /account principal 111122223333/, file: 'bucket-policy.json', line: 9, column: 11 }],
    },
    {
      name: 'log writes through s3:Put* granted to two account roots: one finding, naming both',
      files: {
        'bucket-policy.json': writeBy('{ "AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"] }').replace('"Action": "s3:PutObject"', '"Action": "s3:Put*"'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /account principals arn:aws:iam::111122223333:root, arn:aws:iam::444455556666:root/, file: 'bucket-policy.json', line: 7 }],
    },
    {
      name: 'CloudFormation: log writes granted to the stack account root (!Sub with ${AWS::AccountId})',
      files: {
        'template.yaml': cfnStackWith(`          - Sid: AccountWrite
            Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'
            Action: s3:PutObject
            Resource: !Sub '\${LogBucket.Arn}/flow/AWSLogs/\${AWS::AccountId}/*'
`),
      },
      errors: [{ status: 'fail', severity: 'warning', message: /AccountWrite.*account principal/, file: 'template.yaml', line: 26, column: 20 }],
    },
  ],
});
