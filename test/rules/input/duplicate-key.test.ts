import { ruleTester, s3FlowLog, seedBucketPolicy } from '../../helpers/rule-tester.js';

const TEMPLATE = (extra: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
${extra}`;

ruleTester('input/duplicate-key', {
  valid: [
    { name: 'policy without repeated keys', files: { 'bucket-policy.json': seedBucketPolicy() } },
    { name: 'request without repeated keys', files: { 'flow-log.json': s3FlowLog() } },
    { name: 'CloudFormation template without repeated keys', files: { 'template.yaml': TEMPLATE('') } },
    {
      name: 'the same key in different objects is not a repetition',
      files: {
        'policy.json': {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' },
            { Effect: 'Deny', Action: 'logs:DeleteLogGroup', Resource: '*' },
          ],
        },
      },
    },
  ],
  invalid: [
    {
      name: 'policy statement with Effect twice (points at the second key)',
      files: {
        'policy.json': `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "logs:PutLogEvents",
      "Effect": "Deny",
      "Resource": "*"
    }
  ]
}
`,
      },
      errors: [{ message: /[Dd]uplicate key "Effect"/, file: 'policy.json', line: 7, column: 7, severity: 'error' }],
    },
    {
      name: 'request JSON with LogDestination twice',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "LogDestination": "arn:aws:s3:::flow-logs-central/other/"
}
`,
      },
      errors: [{ message: /LogDestination/, line: 7, column: 3 }],
    },
    {
      name: 'YAML request with TrafficType twice',
      files: {
        'flow-log.yaml': `ResourceIds:
  - vpc-0a1b2c3d4e5f67890
ResourceType: VPC
TrafficType: ALL
LogDestinationType: s3
TrafficType: ACCEPT
LogDestination: arn:aws:s3:::flow-logs-central/vpc/
`,
      },
      errors: [{ message: /[Dd]uplicate key/, file: 'flow-log.yaml', line: 6, column: 1 }],
    },
    {
      name: 'CloudFormation flow log with a repeated property',
      files: { 'template.yaml': TEMPLATE('      TrafficType: REJECT\n') },
      errors: [{ file: 'template.yaml', line: 17, column: 7 }],
    },
    {
      name: 'CloudFormation JSON template with a repeated logical ID',
      files: {
        'template.json': `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.2.0.0/16" } },
    "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.3.0.0/16" } }
  }
}
`,
      },
      errors: [{ message: /"Vpc"/, file: 'template.json', line: 5, column: 5 }],
    },
  ],
});
