import { ruleTester, s3FlowLog, seedBucketPolicy } from '../../helpers/rule-tester.js';

const S3_TEMPLATE = (destination: string): string => `AWSTemplateFormatVersion: '2010-09-09'
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
      LogDestination: ${destination}
`;

ruleTester('flow-log/reserved-subfolder', {
  valid: [
    { name: 'seed prefix vpc/', files: { 'flow-log.json': s3FlowLog(), 'bucket-policy.json': seedBucketPolicy() }, accountIds: ['111122223333'] },
    { name: 'bucket without prefix', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central') } },
    { name: 'bucket with trailing slash only', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/') } },
    { name: 'folder name that only starts with AWSLogs', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/AWSLogsArchive/') } },
    { name: 'nested prefix without AWSLogs', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/team-a/vpc') } },
    { name: 'CloudFormation !Sub prefix', files: { 'template.yaml': S3_TEMPLATE("!Sub '${LogBucket.Arn}/flow/'") } },
  ],
  invalid: [
    {
      name: 'AWSLogs/ as the prefix (request JSON)',
      files: {
        'flow-log.json': `{
  "ResourceIds": [
    "vpc-0a1b2c3d4e5f67890"
  ],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/AWSLogs/",
  "MaxAggregationInterval": 600
}
`,
      },
      errors: [{ message: /AWSLogs.*reserved/, file: 'flow-log.json', line: 8, column: 21, severity: 'error' }],
    },
    {
      name: 'AWSLogs as a nested folder',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/team-a/AWSLogs/vpc/"
}
`,
      },
      errors: [{ message: /team-a\/AWSLogs\/vpc/, line: 6, column: 21 }],
    },
    {
      name: 'AWSLogs without the trailing slash',
      files: {
        'flow-log.yaml': `ResourceIds:
  - vpc-0a1b2c3d4e5f67890
ResourceType: VPC
TrafficType: ALL
LogDestinationType: s3
LogDestination: arn:aws:s3:::flow-logs-central/AWSLogs
`,
      },
      errors: [{ file: 'flow-log.yaml', line: 6, column: 17 }],
    },
    {
      name: 'CloudFormation !Sub with AWSLogs',
      files: { 'template.yaml': S3_TEMPLATE("!Sub '${LogBucket.Arn}/AWSLogs/'") },
      errors: [{ message: /AWSLogs/, file: 'template.yaml', line: 16, column: 23 }],
    },
    {
      name: 'CloudFormation literal ARN with AWSLogs deeper in the path',
      files: { 'template.yaml': S3_TEMPLATE('arn:aws:s3:::flow-logs-central/flow/AWSLogs/') },
      errors: [{ file: 'template.yaml', line: 16, column: 23 }],
    },
  ],
});
