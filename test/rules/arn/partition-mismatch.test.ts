import { ruleTester } from '../../helpers/rule-tester.js';

const cwl = (destination: string, role: string): object => ({
  ResourceIds: ['vpc-0a1b2c3d4e5f67890'],
  ResourceType: 'VPC',
  TrafficType: 'ALL',
  LogDestinationType: 'cloud-watch-logs',
  LogDestination: destination,
  DeliverLogsPermissionArn: role,
});

/** DeliverLogsPermissionArn on line 15, column 33. */
const cwlTemplate = (destination: string, role: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogDestination: ${destination}
      DeliverLogsPermissionArn: ${role}
`;

/** KMSMasterKeyID on line 15, column 31. */
const s3KmsTemplate = (keyArn: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: flow-logs-central
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: ${keyArn}
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::flow-logs-central/flow/
`;

/** The log group's KmsKeyId on line 11, column 17. */
const logGroupKeyTemplate = (keyArn: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: vpc-flow-logs
      KmsKeyId: ${keyArn}
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref FlowLogGroup
      DeliverLogsPermissionArn: arn:aws:iam::111122223333:role/flow-logs
`;

const KEY_ID = 'key/1234abcd-12ab-34cd-56ef-1234567890ab';

ruleTester('arn/partition-mismatch', {
  valid: [
    {
      name: 'log group and role in the aws partition',
      files: { 'flow-log.json': cwl('arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs', 'arn:aws:iam::111122223333:role/flow-logs') },
    },
    {
      name: 'log group and role in aws-us-gov',
      files: { 'flow-log.json': cwl('arn:aws-us-gov:logs:us-gov-west-1:111122223333:log-group:vpc-flow-logs', 'arn:aws-us-gov:iam::111122223333:role/flow-logs') },
    },
    {
      name: 'cross-account Firehose, all in aws',
      files: {
        'flow-log.json': {
          ResourceIds: ['vpc-0a1b2c3d4e5f67890'],
          ResourceType: 'VPC',
          TrafficType: 'ALL',
          LogDestinationType: 'kinesis-data-firehose',
          LogDestination: 'arn:aws:firehose:us-east-1:444455556666:deliverystream/flow-logs',
          DeliverLogsPermissionArn: 'arn:aws:iam::111122223333:role/flow-logs',
          DeliverCrossAccountRole: 'arn:aws:iam::444455556666:role/flow-logs-delivery',
        },
      },
    },
    {
      name: 'CloudFormation literal ARNs in aws-cn',
      files: { 'template.yaml': cwlTemplate('arn:aws-cn:logs:cn-north-1:111122223333:log-group:vpc-flow-logs', 'arn:aws-cn:iam::111122223333:role/flow-logs') },
    },
    { name: 'CloudFormation bucket key in the same partition', files: { 'template.yaml': s3KmsTemplate(`arn:aws:kms:us-east-1:111122223333:${KEY_ID}`) } },
  ],
  invalid: [
    {
      name: 'GovCloud log group with a commercial role (shared acceptance case; points at the odd one)',
      files: {
        'flow-log.json': `{
  "ResourceIds": [
    "vpc-0a1b2c3d4e5f67890"
  ],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "LogDestination": "arn:aws-us-gov:logs:us-gov-west-1:111122223333:log-group:vpc-flow-logs",
  "DeliverLogsPermissionArn": "arn:aws:iam::111122223333:role/flow-logs"
}
`,
      },
      errors: [{ message: /delivery role .* is in partition `aws` but the destination .* is in `aws-us-gov`/, file: 'flow-log.json', line: 9, column: 31, severity: 'error' }],
    },
    {
      name: 'cross-account Firehose role in another partition',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "kinesis-data-firehose",
  "LogDestination": "arn:aws:firehose:us-east-1:444455556666:deliverystream/flow-logs",
  "DeliverLogsPermissionArn": "arn:aws:iam::111122223333:role/flow-logs",
  "DeliverCrossAccountRole": "arn:aws-cn:iam::444455556666:role/flow-logs-delivery"
}
`,
      },
      errors: [{ message: /cross-account role/, line: 8, column: 30 }],
    },
    {
      name: 'CloudFormation China log group with a commercial role',
      files: { 'template.yaml': cwlTemplate('arn:aws-cn:logs:cn-north-1:111122223333:log-group:vpc-flow-logs', 'arn:aws:iam::111122223333:role/flow-logs') },
      errors: [{ message: /`aws-cn`/, file: 'template.yaml', line: 15, column: 33 }],
    },
    {
      name: 'CloudFormation bucket encryption key in another partition',
      files: { 'template.yaml': s3KmsTemplate(`arn:aws-cn:kms:cn-north-1:111122223333:${KEY_ID}`) },
      errors: [{ message: /bucket encryption key/, file: 'template.yaml', line: 15, column: 31 }],
    },
    {
      name: 'CloudFormation log group key in another partition',
      files: { 'template.yaml': logGroupKeyTemplate(`arn:aws-us-gov:kms:us-gov-west-1:111122223333:${KEY_ID}`) },
      errors: [{ message: /log group key/, file: 'template.yaml', line: 11, column: 17 }],
    },
  ],
});
