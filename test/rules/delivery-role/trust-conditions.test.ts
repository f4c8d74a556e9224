import { ruleTester } from '../../helpers/rule-tester.js';
import { CWL_REQUEST, TRUST, TRUST_JSON, TRUST_WITH_CONDITIONS, getRole, roleStack } from './_fixtures.js';

const A = '111122223333';

ruleTester('delivery-role/trust-conditions', {
  valid: [
    {
      name: 'aws:SourceAccount and aws:SourceArn',
      files: { 'template.yaml': roleStack({ trust: TRUST_WITH_CONDITIONS }) },
    },
    {
      name: 'aws:SourceArn alone (ArnLike on vpc-flow-log/*)',
      files: {
        'template.yaml': roleStack({
          trust: `${TRUST}            Condition:
              ArnLike:
                aws:SourceArn: 'arn:*:ec2:*:111122223333:vpc-flow-log/*'
`,
        }),
      },
      accountIds: [A],
    },
    {
      name: '`aws iam get-role` output with aws:SourceAccount',
      files: {
        'flow-log.json': CWL_REQUEST,
        'role.json': getRole(TRUST_JSON.replace('"Action": "sts:AssumeRole"', `"Action": "sts:AssumeRole",\n          "Condition": { "StringEquals": { "aws:SourceAccount": "${A}" } }`)),
      },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: "the seeds' trust policy has no source condition (points at the statement)",
      files: { 'template.yaml': roleStack() },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /FlowLogRole.*no aws:SourceAccount or aws:SourceArn condition/, file: 'template.yaml', line: 22, column: 13 }],
    },
    {
      name: 'a condition on aws:PrincipalServiceName only',
      files: {
        'template.yaml': roleStack({
          trust: `${TRUST}            Condition:
              StringEquals:
                aws:PrincipalServiceName: vpc-flow-logs.amazonaws.com
`,
        }),
      },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /no aws:SourceAccount/, file: 'template.yaml', line: 22 }],
    },
    {
      name: '`aws iam get-role` output without conditions',
      files: { 'flow-log.json': CWL_REQUEST, 'role.json': getRole(TRUST_JSON) },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /no aws:SourceAccount/, file: 'role.json', line: 9, column: 9 }],
    },
  ],
});
