import { ruleTester } from '../../helpers/rule-tester.js';
import { CWL_REQUEST, TRUST, TRUST_JSON, TRUST_WITH_CONDITIONS, getRole, roleStack } from './_fixtures.js';

const A = '111122223333';

ruleTester('delivery-role/overbroad-trust', {
  valid: [
    {
      name: 'only vpc-flow-logs.amazonaws.com',
      files: { 'template.yaml': roleStack() },
      accountIds: [A],
    },
    {
      name: 'only the flow-logs service, with conditions, in list form',
      files: { 'template.yaml': roleStack({ trust: TRUST_WITH_CONDITIONS.replace('Service: vpc-flow-logs.amazonaws.com', 'Service: [vpc-flow-logs.amazonaws.com]') }) },
    },
    {
      name: 'another principal granted something other than sts:AssumeRole is not a trust',
      files: { 'flow-log.json': CWL_REQUEST, 'role.json': getRole(`${TRUST_JSON},
        {
          "Effect": "Allow",
          "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
          "Action": "sts:TagSession"
        }`) },
      accountIds: [A],
    },
  ],
  invalid: [
    {
      name: 'an extra AWS principal next to the service (points at it)',
      files: { 'template.yaml': roleStack({ trust: TRUST.replace('Service: vpc-flow-logs.amazonaws.com', 'Service: vpc-flow-logs.amazonaws.com\n              AWS: arn:aws:iam::111122223333:root') }) },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /also lets `arn:aws:iam::111122223333:root` assume/, file: 'template.yaml', line: 25, column: 20 }],
    },
    {
      name: 'ec2.amazonaws.com instead of the flow-logs service',
      files: { 'template.yaml': roleStack({ trust: TRUST.replace('vpc-flow-logs.amazonaws.com', 'ec2.amazonaws.com') }) },
      accountIds: [A],
      errors: [{ status: 'fail', severity: 'warning', message: /ec2\.amazonaws\.com/, file: 'template.yaml', line: 24, column: 24 }],
    },
    {
      name: 'a second statement trusting everyone ("*") and one trusting a service in a list',
      files: {
        'flow-log.json': CWL_REQUEST,
        'role.json': getRole(`${TRUST_JSON},
        {
          "Effect": "Allow",
          "Principal": "*",
          "Action": "sts:AssumeRole"
        },
        {
          "Effect": "Allow",
          "Principal": { "Service": ["vpc-flow-logs.amazonaws.com", "lambda.amazonaws.com"] },
          "Action": "sts:AssumeRole"
        }`),
      },
      accountIds: [A],
      errors: [
        { status: 'fail', severity: 'warning', message: /`\*`/, file: 'role.json', line: 16, column: 24 },
        { status: 'fail', severity: 'warning', message: /lambda\.amazonaws\.com/, file: 'role.json', line: 21, column: 69 },
      ],
    },
  ],
});
