import { ruleTester, s3FlowLog, seedBucketPolicy } from '../../helpers/rule-tester.js';

const TEMPLATE = (traffic: string): string => `AWSTemplateFormatVersion: '2010-09-09'
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
      TrafficType: ${traffic}
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
`;

ruleTester('flow-log/accept-only', {
  valid: [
    { name: 'ALL', files: { 'flow-log.json': s3FlowLog(), 'bucket-policy.json': seedBucketPolicy() }, accountIds: ['111122223333'] },
    { name: 'REJECT', files: { 'flow-log.json': s3FlowLog(undefined, { TrafficType: 'REJECT' }) } },
    { name: 'CloudFormation REJECT', files: { 'template.yaml': TEMPLATE('REJECT') } },
  ],
  invalid: [
    {
      name: 'ACCEPT (shared acceptance case shape)',
      files: {
        'flow-log.json': `{
  "ResourceIds": [
    "vpc-0a1b2c3d4e5f67890"
  ],
  "ResourceType": "VPC",
  "TrafficType": "ACCEPT",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "MaxAggregationInterval": 600
}
`,
        'bucket-policy.json': seedBucketPolicy(),
      },
      accountIds: ['111122223333'],
      errors: [{ message: /ACCEPT captures only accepted traffic/, file: 'flow-log.json', line: 6, column: 18, severity: 'warning' }],
    },
    {
      name: 'ACCEPT in describe-flow-logs output',
      files: {
        'describe-flow-logs.json': `{
  "FlowLogs": [
    {
      "FlowLogId": "fl-0123456789abcdef0",
      "ResourceId": "vpc-0a1b2c3d4e5f67890",
      "DeliverLogsStatus": "SUCCESS",
      "TrafficType": "ACCEPT",
      "LogDestinationType": "s3",
      "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/"
    }
  ]
}
`,
      },
      errors: [{ line: 7, column: 22, severity: 'warning' }],
    },
    {
      name: 'CloudFormation ACCEPT',
      files: { 'template.yaml': TEMPLATE('ACCEPT') },
      errors: [{ message: /REJECT/, file: 'template.yaml', line: 14, column: 20, severity: 'warning' }],
    },
  ],
});
