import { ruleTester, seedBucketPolicy } from '../../helpers/rule-tester.js';

/** An identity policy whose Action list has one action per line from line 7, column 9. */
const identity = (...actions: string[]): string => `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
${actions.map((a) => `        "${a}"`).join(',\n')}
      ],
      "Resource": "arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs:*"
    }
  ]
}
`;

/** The inline policy's actions start on line 24, column 21. */
const template = (...actions: string[]): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  FlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: vpc-flow-logs
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: vpc-flow-logs.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action:
${actions.map((a) => `                  - ${a}`).join('\n')}
                Resource: '*'
`;

ruleTester('policy/unknown-action', {
  valid: [
    { name: 'seed bucket policy', files: { 'bucket-policy.json': seedBucketPolicy() } },
    { name: 'the delivery role actions', files: { 'role-policy.json': identity('logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams') } },
    { name: 'wildcards that match actions', files: { 'role-policy.json': identity('logs:Put*', 'logs:Describe*', 's3:*', 'kms:GenerateDataKey*', '*') } },
    { name: 'action names are case-insensitive', files: { 'role-policy.json': identity('logs:putlogevents', 'EC2:CreateFlowLogs') } },
    { name: 'CloudFormation role policy', files: { 'template.yaml': template('logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams') } },
  ],
  invalid: [
    {
      name: 'logs:PutLogEvent typo (shared acceptance case)',
      files: {
        'role-policy.json': `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "logs:CreateLogStream",
        "logs:PutLogEvent"
      ],
      "Resource": "arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs:*"
    }
  ]
}
`,
      },
      errors: [{ message: /`logs:PutLogEvent` is not a logs action; did you mean `logs:PutLogEvents`\?/, file: 'role-policy.json', line: 8, column: 9, severity: 'warning' }],
    },
    {
      name: 'unknown service prefix',
      files: { 'role-policy.json': identity('logs:PutLogEvents', 'flowlogs:CreateFlowLogs') },
      errors: [{ message: /`flowlogs` is not an AWS service prefix/, line: 8, column: 9 }],
    },
    {
      name: 'wildcard that matches no action',
      files: { 'role-policy.json': identity('logs:Xyz*') },
      errors: [{ message: /`logs:Xyz\*` matches no logs action/, line: 7, column: 9 }],
    },
    {
      name: 'two typos in one list',
      files: { 'role-policy.json': identity('logs:CreateLogStreams', 'logs:PutLogEvents', 's3:PutObjekt') },
      errors: [
        { message: /logs:CreateLogStreams/, line: 7, column: 9 },
        { message: /s3:PutObjekt/, line: 9, column: 9 },
      ],
    },
    {
      name: 'NotAction with a typo in a bucket policy',
      files: {
        'bucket-policy.json': `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Deny",
      "Principal": "*",
      "NotAction": "s3:GetObjet",
      "Resource": "arn:aws:s3:::flow-logs-central/*"
    }
  ]
}
`,
      },
      errors: [{ message: /s3:GetObjet/, line: 7, column: 20 }],
    },
    {
      name: 'CloudFormation role policy with a typo',
      files: { 'template.yaml': template('logs:CreateLogStream', 'logs:PutLogEvent', 'logs:DescribeLogStreams') },
      errors: [{ message: /did you mean `logs:PutLogEvents`/, file: 'template.yaml', line: 25, column: 21 }],
    },
  ],
});
