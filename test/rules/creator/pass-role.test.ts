import { ruleTester } from '../../helpers/rule-tester.js';
import { CWL_REQUEST, CWL_STACK, ROLE_ARN, deployerPolicy } from './_fixtures.js';

const A = '111122223333';
const LOG_DELIVERY = ['logs:CreateLogDelivery', 'logs:DeleteLogDelivery'];

/** A statement (line 15 when extraActions has the two log-delivery actions) allowing
 * iam:PassRole on `resource`, with an optional Condition. */
function passRole(resource: string, condition = '', effect = 'Allow'): string {
  return `    {
      "Effect": "${effect}",
      "Action": "iam:PassRole",
      "Resource": ${resource}${condition ? `,\n      "Condition": ${condition}` : ''}
    }`;
}

ruleTester('creator/pass-role', {
  valid: [
    {
      name: 'iam:PassRole on "*" for a CloudWatch Logs flow log in a stack',
      files: { 'template.yaml': CWL_STACK, 'deployer-policy.json': deployerPolicy(passRole('"*"'), LOG_DELIVERY) },
      accountIds: [A],
    },
    {
      name: 'iam:PassRole on exactly the delivery role ARN a CreateFlowLogs request names',
      files: { 'flow-log.json': CWL_REQUEST, 'deployer-policy.json': deployerPolicy(passRole(`"${ROLE_ARN}"`)) },
      accountIds: [A],
    },
    {
      name: 'iam:PassRole on a role-name wildcard, limited to the flow-logs service with iam:PassedToService',
      files: {
        'flow-log.json': CWL_REQUEST,
        'deployer-policy.json': deployerPolicy(passRole('"arn:aws:iam::111122223333:role/flow-logs-*"', '{ "StringEquals": { "iam:PassedToService": "vpc-flow-logs.amazonaws.com" } }')),
      },
      accountIds: [A],
    },
    {
      name: 'a managed policy in the same stack allowing iam:PassRole on !GetAtt FlowLogRole.Arn',
      files: {
        'template.yaml': `${CWL_STACK}  DeployerPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ec2:CreateFlowLogs
            Resource: '*'
          - Effect: Allow
            Action: iam:PassRole
            Resource: !GetAtt FlowLogRole.Arn
`,
      },
    },
  ],
  invalid: [
    {
      name: 'no iam:PassRole at all (the acceptance case; points at the policy document)',
      files: { 'template.yaml': CWL_STACK, 'deployer-policy.json': deployerPolicy('', LOG_DELIVERY) },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'error', message: /allows ec2:CreateFlowLogs but not iam:PassRole on the delivery role .*FlowLogRole/, file: 'deployer-policy.json', line: 1, column: 1 }],
    },
    {
      name: 'iam:PassRole on another role (points at the Resource)',
      files: { 'flow-log.json': CWL_REQUEST, 'deployer-policy.json': deployerPolicy(passRole('"arn:aws:iam::111122223333:role/app-role"')) },
      accountIds: [A],
      errors: [{ status: 'fail', message: /not iam:PassRole on the delivery role arn:aws:iam::111122223333:role\/flow-logs-role/, file: 'deployer-policy.json', line: 16, column: 19 }],
    },
    {
      name: 'iam:PassRole only when passed to EC2, not to the flow-logs service',
      files: {
        'flow-log.json': CWL_REQUEST,
        'deployer-policy.json': deployerPolicy(passRole('"*"', '{ "StringEquals": { "iam:PassedToService": "ec2.amazonaws.com" } }')),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /iam:PassRole/, file: 'deployer-policy.json', line: 17 }],
    },
    {
      name: 'a Deny of iam:PassRole beats the Allow (points at the Deny)',
      files: {
        'flow-log.json': CWL_REQUEST,
        'deployer-policy.json': deployerPolicy(`${passRole('"*"')},\n${passRole('"arn:aws:iam::*:role/flow-logs-*"', '', 'Deny')}`),
      },
      accountIds: [A],
      errors: [{ status: 'fail', message: /Deny/, file: 'deployer-policy.json', line: 18, column: 5 }],
    },
  ],
});
