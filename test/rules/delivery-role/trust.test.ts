import { ruleTester } from '../../helpers/rule-tester.js';
import { CWL_REQUEST, TRUST, TRUST_JSON, TRUST_WITH_CONDITIONS, getRole, roleStack } from './_fixtures.js';

const A = '111122223333';

ruleTester('delivery-role/trust', {
  valid: [
    {
      name: "the seeds' trust policy: vpc-flow-logs.amazonaws.com may sts:AssumeRole",
      files: { 'template.yaml': roleStack() },
      accountIds: [A],
    },
    {
      name: 'confused-deputy conditions written with the stack symbols hold for the flow log (no --account-id)',
      files: { 'template.yaml': roleStack({ trust: TRUST_WITH_CONDITIONS }) },
    },
    {
      name: 'the service in a list next to another principal',
      files: { 'template.yaml': roleStack({ trust: TRUST.replace('Service: vpc-flow-logs.amazonaws.com', 'Service:\n                - ec2.amazonaws.com\n                - vpc-flow-logs.amazonaws.com') }) },
      accountIds: [A],
    },
    {
      name: '`aws iam get-role` output for the role a CreateFlowLogs request names, conditioned on the account',
      files: {
        'flow-log.json': CWL_REQUEST,
        'role.json': getRole(TRUST_JSON.replace('"Action": "sts:AssumeRole"', `"Action": "sts:AssumeRole",\n          "Condition": { "StringEquals": { "aws:SourceAccount": "${A}" } }`)),
      },
      accountIds: [A],
    },
    {
      name: 'sts:* and an ArnLike on the flow-log ARN pattern of the account (any partition, any region)',
      files: {
        'template.yaml': roleStack({
          trust: TRUST.replace('Action: sts:AssumeRole', "Action: 'sts:*'\n            Condition:\n              ArnLike:\n                aws:SourceArn: 'arn:*:ec2:*:111122223333:vpc-flow-log/*'"),
        }),
      },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: "ec2.amazonaws.com left from the console's EC2 use case (points at that principal)",
      files: { 'template.yaml': roleStack({ trust: TRUST.replace('vpc-flow-logs.amazonaws.com', 'ec2.amazonaws.com') }) },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /vpc-flow-logs\.amazonaws\.com may not sts:AssumeRole on FlowLogRole.*trusts another principal/, file: 'template.yaml', line: 24, column: 24 }],
    },
    {
      name: 'aws:SourceArn written for CloudWatch Logs (arn:…:logs:…) instead of the flow log (arn:…:ec2:…:vpc-flow-log/…)',
      files: {
        'template.yaml': roleStack({
          trust: `${TRUST}            Condition:
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'
`,
        }),
      },
      errors: [{ status: 'fail', message: /may not sts:AssumeRole on FlowLogRole/, file: 'template.yaml', line: 28 }],
    },
    {
      name: 'the aws:SourceAccount condition names another account',
      files: {
        'flow-log.json': CWL_REQUEST,
        // Statement on line 9; its condition value on line 13.
        'role.json': getRole(TRUST_JSON.replace('"Action": "sts:AssumeRole"', '"Action": "sts:AssumeRole",\n          "Condition": { "StringEquals": { "aws:SourceAccount": "444455556666" } }')),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /source account 111122223333/, file: 'role.json', line: 13 }],
    },
    {
      name: 'a Deny for the service beats the Allow (points at the Deny)',
      files: {
        'template.yaml': roleStack({ trust: `${TRUST}${TRUST.replace('Effect: Allow', 'Effect: Deny')}` }),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /Deny .* blocks it/, file: 'template.yaml', line: 26, column: 13 }],
    },
    {
      name: 'the role a flow log names is not in the scanned set: unverifiable, at DeliverLogsPermissionArn',
      files: { 'flow-log.json': CWL_REQUEST },
      accountIds: [A],
      errors: [{ status: 'unverifiable', severity: 'warning', message: /flow-logs-role.*not in the scanned set/, file: 'flow-log.json', line: 9, column: 31 }],
    },
  ],
});
