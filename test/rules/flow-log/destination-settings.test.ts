import { ruleTester, s3FlowLog } from '../../helpers/rule-tester.js';

const ROLE = 'arn:aws:iam::111122223333:role/flow-logs';

const CWL_TEMPLATE = (flowLogExtra = '      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n'): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLogGroup:
    Type: AWS::Logs::LogGroup
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref FlowLogGroup
${flowLogExtra}  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: vpc-flow-logs.amazonaws.com
            Action: sts:AssumeRole
`;

const S3_TEMPLATE = (options: string): string => `AWSTemplateFormatVersion: '2010-09-09'
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
      DestinationOptions:
${options}`;

ruleTester('flow-log/destination-settings', {
  valid: [
    { name: 'S3 with a bucket ARN only', files: { 'flow-log.json': s3FlowLog() } },
    {
      name: 'S3 with all three DestinationOptions',
      files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/vpc/', { DestinationOptions: { FileFormat: 'parquet', HiveCompatiblePartitions: true, PerHourPartition: true } }) },
    },
    {
      name: 'S3 request with only FileFormat in DestinationOptions (the API defaults the rest)',
      files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/vpc/', { DestinationOptions: { FileFormat: 'plain-text' } }) },
    },
    {
      name: 'CloudWatch Logs with LogGroupName and a delivery role',
      files: { 'flow-log.json': { ResourceIds: ['vpc-0a1b2c3d4e5f67890'], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: 'vpc-flow-logs', DeliverLogsPermissionArn: ROLE } },
    },
    {
      name: 'CloudWatch Logs by default (no LogDestinationType) with a log-group ARN and a role',
      files: {
        'flow-log.json': {
          ResourceIds: ['vpc-0a1b2c3d4e5f67890'],
          ResourceType: 'VPC',
          TrafficType: 'ALL',
          LogDestination: 'arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs',
          DeliverLogsPermissionArn: ROLE,
        },
      },
    },
    {
      name: 'cross-account Firehose with both roles',
      files: {
        'flow-log.json': s3FlowLog('arn:aws:firehose:us-east-1:444455556666:deliverystream/flow-logs', {
          LogDestinationType: 'kinesis-data-firehose',
          DeliverLogsPermissionArn: ROLE,
          DeliverCrossAccountRole: 'arn:aws:iam::444455556666:role/flow-logs-delivery',
        }),
      },
    },
    { name: 'CloudFormation CloudWatch Logs flow log with role and log group', files: { 'template.yaml': CWL_TEMPLATE() } },
    {
      name: 'CloudFormation S3 flow log with all three DestinationOptions',
      files: { 'template.yaml': S3_TEMPLATE('        FileFormat: parquet\n        HiveCompatiblePartitions: true\n        PerHourPartition: false\n') },
    },
  ],
  invalid: [
    {
      name: 'CloudWatch Logs without a delivery role (points at the flow log)',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["subnet-0123456789abcdef0"],
  "ResourceType": "Subnet",
  "TrafficType": "REJECT",
  "LogDestinationType": "cloud-watch-logs",
  "LogGroupName": "vpc-flow-logs"
}
`,
      },
      errors: [{ message: /delivery role \(`DeliverLogsPermissionArn`\)/, file: 'flow-log.json', line: 1, column: 1, severity: 'error' }],
    },
    {
      name: 'CloudWatch Logs without a log group',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "DeliverLogsPermissionArn": "${ROLE}"
}
`,
      },
      errors: [{ message: /needs a log group/, line: 1, column: 1 }],
    },
    {
      name: 'both LogGroupName and LogDestination',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "LogGroupName": "vpc-flow-logs",
  "LogDestination": "arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs",
  "DeliverLogsPermissionArn": "${ROLE}"
}
`,
      },
      errors: [{ message: /either `LogGroupName` or `LogDestination`, not both/, line: 6, column: 19 }],
    },
    {
      name: 'delivery role given for S3',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "DeliverLogsPermissionArn": "${ROLE}"
}
`,
      },
      errors: [{ message: /DeliverLogsPermissionArn` is not applicable for s3 delivery/, line: 7, column: 31 }],
    },
    {
      name: 'log group name given for S3',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "LogGroupName": "vpc-flow-logs"
}
`,
      },
      errors: [{ message: /`LogGroupName` is only for CloudWatch Logs/, line: 7, column: 19 }],
    },
    {
      name: 'DestinationOptions for a CloudWatch Logs destination',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "LogGroupName": "vpc-flow-logs",
  "DeliverLogsPermissionArn": "${ROLE}",
  "DestinationOptions": {
    "FileFormat": "plain-text",
    "HiveCompatiblePartitions": false,
    "PerHourPartition": false
  }
}
`,
      },
      errors: [{ message: /`DestinationOptions` applies only to S3/, line: 8, column: 25 }],
    },
    {
      name: 'destination type s3 with a Firehose ARN',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:firehose:us-east-1:111122223333:deliverystream/flow-logs"
}
`,
      },
      errors: [{ message: /destination type is `s3` but the destination is a `firehose` ARN/, line: 6, column: 21 }],
    },
    {
      name: 'destination type cloud-watch-logs with an S3 ARN',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "DeliverLogsPermissionArn": "${ROLE}"
}
`,
      },
      errors: [{ message: /`cloud-watch-logs` but the destination is a `s3` ARN/, line: 6, column: 21 }],
    },
    {
      name: 'DeliverCrossAccountRole without Firehose',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "DeliverCrossAccountRole": "arn:aws:iam::444455556666:role/flow-logs-delivery"
}
`,
      },
      errors: [{ message: /`DeliverCrossAccountRole` applies only to Firehose/, line: 7, column: 30 }],
    },
    {
      name: 'unknown destination type',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "S3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/"
}
`,
      },
      errors: [{ message: /Unknown destination type `S3`/, line: 5, column: 25 }],
    },
    {
      name: 'invalid FileFormat',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "DestinationOptions": {
    "FileFormat": "json"
  }
}
`,
      },
      errors: [{ message: /`FileFormat` must be `plain-text` or `parquet`/, line: 8, column: 19 }],
    },
    {
      name: 'CloudFormation CloudWatch Logs flow log without a delivery role (points at the resource)',
      files: { 'template.yaml': CWL_TEMPLATE('') },
      errors: [{ message: /needs a delivery role/, file: 'template.yaml', line: 9, column: 3 }],
    },
    {
      name: 'CloudFormation CloudWatch Logs flow log with DestinationOptions',
      files: { 'template.yaml': CWL_TEMPLATE('      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n      DestinationOptions:\n        FileFormat: plain-text\n') },
      errors: [{ message: /applies only to S3/, file: 'template.yaml', line: 19, column: 9 }],
    },
    {
      name: 'CloudFormation DestinationOptions missing PerHourPartition',
      files: { 'template.yaml': S3_TEMPLATE('        FileFormat: parquet\n        HiveCompatiblePartitions: true\n') },
      errors: [{ message: /needs `PerHourPartition`/, file: 'template.yaml', line: 18, column: 9 }],
    },
  ],
});
