import { ruleTester } from '../../helpers/rule-tester.js';
import { SEED_POLICY, cfnStackWith, flowLogText, seedPolicyWith } from './_fixtures.js';

const A = '111122223333';

/** An extra first statement (line 4) letting `principal` (line 7) put objects, with `rest`. */
function anyoneWrites(principal: string, rest = ''): string {
  return seedPolicyWith(`    {
      "Sid": "Anyone",
      "Effect": "Allow",
      "Principal": ${principal},
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::flow-logs-central/*"${rest}
    }`);
}

ruleTester('bucket-policy/public-write', {
  valid: [
    {
      name: 'only the delivery service may write',
      files: { 'bucket-policy.json': SEED_POLICY, 'flow-log.json': flowLogText() },
      accountIds: [A],
    },
    {
      name: 'Principal "*" restricted by an aws:SourceAccount condition',
      files: {
        'bucket-policy.json': anyoneWrites('"*"', `,
      "Condition": { "StringEquals": { "aws:SourceAccount": "111122223333" } }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: '{"AWS": "*"} restricted by aws:PrincipalOrgID',
      files: {
        'bucket-policy.json': anyoneWrites('{ "AWS": "*" }', `,
      "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
    {
      name: 'CloudFormation: the stack\'s delivery statements only',
      files: { 'template.yaml': cfnStackWith('') },
    },
    {
      name: 'Principal "*" may only read',
      files: {
        'bucket-policy.json': anyoneWrites('"*"').replace('"Action": "s3:PutObject"', '"Action": "s3:GetObject"'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: 'Principal "*" may s3:PutObject (points at the principal)',
      files: { 'bucket-policy.json': anyoneWrites('"*"'), 'flow-log.json': flowLogText() },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /Anyone.*lets anyone s3:PutObject into flow-logs-central/, file: 'bucket-policy.json', line: 7, column: 20 }],
    },
    {
      name: 'Principal {"AWS": "*"} may s3:PutObject',
      files: { 'bucket-policy.json': anyoneWrites('{ "AWS": "*" }'), 'flow-log.json': flowLogText() },
      accountIds: [A],
      errors: [{ status: 'fail', message: /lets anyone s3:PutObject/, file: 'bucket-policy.json', line: 7 }],
    },
    {
      name: 'Principal {"AWS": ["*"]} with s3:* on the whole bucket',
      files: {
        'bucket-policy.json': anyoneWrites(`{
        "AWS": ["*"]
      }`).replace('"Action": "s3:PutObject"', '"Action": "s3:*"'),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /lets anyone s3:PutObject/, file: 'bucket-policy.json', line: 7 }],
    },
    {
      name: 'a condition on values the caller chooses (TLS, its own ACL header) does not restrict who writes',
      files: {
        'bucket-policy.json': anyoneWrites('"*"', `,
      "Condition": {
        "Bool": { "aws:SecureTransport": "true" },
        "StringEquals": { "s3:x-amz-acl": "bucket-owner-full-control" }
      }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /lets anyone s3:PutObject/, file: 'bucket-policy.json', line: 7 }],
    },
    {
      name: 'a condition on a caller-chosen ACL other than bucket-owner-full-control (public-read) still lets anyone write',
      files: {
        'bucket-policy.json': anyoneWrites('"*"', `,
      "Condition": {
        "Bool": { "aws:SecureTransport": "false" },
        "StringEquals": { "s3:x-amz-acl": "public-read" }
      }`),
        'flow-log.json': flowLogText(),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /lets anyone s3:PutObject/, file: 'bucket-policy.json', line: 7 }],
    },
    {
      name: "CloudFormation: Principal '*' may put objects into !Sub '${LogBucket.Arn}/*'",
      files: {
        'template.yaml': cfnStackWith(`          - Sid: Anyone
            Effect: Allow
            Principal: '*'
            Action: s3:PutObject
            Resource: !Sub '\${LogBucket.Arn}/*'
`),
      },
      errors: [{ status: 'fail', message: /lets anyone s3:PutObject/, file: 'template.yaml', line: 25, column: 24 }],
    },
  ],
});
