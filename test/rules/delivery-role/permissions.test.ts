import { ruleTester } from '../../helpers/rule-tester.js';
import { PERMISSIONS, roleStack } from './_fixtures.js';

const A = '111122223333';

/** An inline-policy statement (from line 31) allowing `actions` on `resource`. */
function allow(actions: string[], resource = "'*'", effect = 'Allow'): string {
  return `              - Effect: ${effect}
                Action:
${actions.map((a) => `                  - ${a}\n`).join('')}                Resource: ${resource}
`;
}

const NEEDED = ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'];

ruleTester('delivery-role/permissions', {
  valid: [
    {
      name: 'CreateLogStream, PutLogEvents and DescribeLogStreams on "*", log group declared',
      files: { 'template.yaml': roleStack({ permissions: allow(NEEDED) }) },
      accountIds: [A],
    },
    {
      name: 'scoped to the declared log group with !GetAtt FlowLogGroup.Arn (no DescribeLogGroups needed)',
      files: { 'template.yaml': roleStack({ permissions: allow(NEEDED, '!GetAtt FlowLogGroup.Arn') }) },
    },
    {
      name: 'logs:* on the log group ARN written with !Sub, streams included by the trailing wildcard',
      files: { 'template.yaml': roleStack({ permissions: allow(['logs:*'], "!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:vpc-flow-logs*'") }) },
    },
    {
      name: 'a log group that is not declared, with logs:CreateLogGroup allowed',
      files: { 'template.yaml': roleStack({ logGroupName: 'vpc-flow-logs', declareLogGroup: false, permissions: PERMISSIONS }) },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: 'logs:DescribeLogStreams missing (points at the policy document)',
      files: { 'template.yaml': roleStack({ permissions: allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups']) }) },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /FlowLogRole does not allow logs:DescribeLogStreams for the log group/, file: 'template.yaml', line: 29, column: 13 }],
    },
    {
      name: 'the log group is not declared and logs:CreateLogGroup is not allowed',
      files: { 'template.yaml': roleStack({ logGroupName: 'vpc-flow-logs', declareLogGroup: false, permissions: allow(NEEDED) }) },
      accountIds: [A],
      errors: [{ status: 'fail', message: /does not allow logs:CreateLogGroup.*not declared/, file: 'template.yaml', line: 29 }],
    },
    {
      name: 'the permissions name another log group (points at the Resource)',
      files: { 'template.yaml': roleStack({ permissions: allow(NEEDED, "!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:app-logs:*'") }) },
      accountIds: [A],
      // Statement lines 31-36: Resource on line 36, its value at column 27.
      errors: [{ status: 'fail', message: /logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogStreams/, file: 'template.yaml', line: 36, column: 27 }],
    },
    {
      name: 'a Deny of logs:PutLogEvents (points at the Deny)',
      files: { 'template.yaml': roleStack({ permissions: allow(NEEDED) + allow(['logs:PutLogEvents'], "'*'", 'Deny') }) },
      accountIds: [A],
      errors: [{ status: 'fail', message: /does not allow logs:PutLogEvents/, file: 'template.yaml', line: 37, column: 17 }],
    },
    {
      name: 'attached managed policies outside the scan: unverifiable, at the policy ARN',
      files: {
        'template.yaml': roleStack({
          permissions: null,
          roleExtra: `      ManagedPolicyArns:
        - arn:aws:iam::111122223333:policy/flow-logs-delivery
`,
        }),
      },
      accountIds: [A],
      errors: [{ status: 'unverifiable', severity: 'warning', message: /attached policies outside the scanned set.*policy\/flow-logs-delivery/, file: 'template.yaml', line: 27, column: 11 }],
    },
  ],
});
