import { ruleTester, s3FlowLog } from '../../helpers/rule-tester.js';

const ROLE = 'arn:aws:iam::111122223333:role/flow-logs';

/** A request JSON whose LogDestination is on line 6, value starting at column 21. */
const request = (type: string, destination: string): string => `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "${type}",
  "LogDestination": "${destination}",
  "DeliverLogsPermissionArn": "${ROLE}"
}
`;

const s3Request = (destination: string): string => `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "${destination}"
}
`;

const TEMPLATE = (destination: string): string => `AWSTemplateFormatVersion: '2010-09-09'
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

ruleTester('flow-log/destination-arn', {
  valid: [
    { name: 'S3 bucket with a prefix', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/vpc/') } },
    { name: 'S3 bucket alone', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central') } },
    { name: 'S3 bucket with a trailing slash only (no prefix)', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/') } },
    { name: 'S3 prefix without the final slash', files: { 'flow-log.json': s3FlowLog('arn:aws:s3:::flow-logs-central/vpc') } },
    { name: 'S3 bucket in another partition', files: { 'flow-log.json': s3FlowLog('arn:aws-cn:s3:::flow-logs-central/vpc/') } },
    { name: 'CloudWatch Logs log-group ARN', files: { 'flow-log.json': request('cloud-watch-logs', 'arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs') } },
    {
      name: 'Firehose delivery-stream ARN',
      files: { 'flow-log.json': s3FlowLog('arn:aws:firehose:us-east-1:111122223333:deliverystream/flow-logs', { LogDestinationType: 'kinesis-data-firehose' }) },
    },
    { name: 'CloudFormation !GetAtt bucket ARN', files: { 'template.yaml': TEMPLATE('!GetAtt LogBucket.Arn') } },
    { name: 'CloudFormation !Sub bucket ARN with prefix', files: { 'template.yaml': TEMPLATE("!Sub '${LogBucket.Arn}/flow/'") } },
  ],
  invalid: [
    {
      name: 'S3 ARN with region and account',
      files: { 'flow-log.json': s3Request('arn:aws:s3:us-east-1:111122223333:flow-logs-central/vpc/') },
      errors: [{ message: /empty region and account/, file: 'flow-log.json', line: 6, column: 21, severity: 'error' }],
    },
    {
      name: 'S3 ARN with an invalid bucket name',
      files: { 'flow-log.json': s3Request('arn:aws:s3:::Flow_Logs/vpc/') },
      errors: [{ message: /bucket name `Flow_Logs`/, line: 6, column: 21 }],
    },
    {
      name: 'S3 destination that is not an ARN',
      files: { 'flow-log.json': s3Request('flow-logs-central/vpc/') },
      errors: [{ message: /does not start with `arn:`/, line: 6, column: 21 }],
    },
    {
      name: 'S3 prefix with an empty folder name',
      files: { 'flow-log.json': s3Request('arn:aws:s3:::flow-logs-central/vpc//') },
      errors: [{ message: /empty folder name/, line: 6, column: 21 }],
    },
    {
      name: 'S3 prefix starting with a slash',
      files: { 'flow-log.json': s3Request('arn:aws:s3:::flow-logs-central//vpc/') },
      errors: [{ message: /prefix/, line: 6, column: 21 }],
    },
    {
      name: 'S3 ARN with an unknown partition',
      files: { 'flow-log.json': s3Request('arn:amazon:s3:::flow-logs-central/vpc/') },
      errors: [{ message: /unknown partition `amazon`/, line: 6, column: 21 }],
    },
    {
      name: 'S3 destination type with a CloudWatch Logs ARN',
      files: { 'flow-log.json': s3Request('arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs') },
      errors: [{ message: /`logs` ARN, expected `s3`/, line: 6, column: 21 }],
    },
    {
      name: 'CloudWatch Logs ARN that is not a log group',
      files: { 'flow-log.json': request('cloud-watch-logs', 'arn:aws:logs:us-east-1:111122223333:destination:vpc-flow-logs') },
      errors: [{ message: /log-group ARN/, line: 6, column: 21 }],
    },
    {
      name: 'CloudWatch Logs ARN without region',
      files: { 'flow-log.json': request('cloud-watch-logs', 'arn:aws:logs::111122223333:log-group:vpc-flow-logs') },
      errors: [{ message: /region and an account/, line: 6, column: 21 }],
    },
    {
      name: 'Firehose ARN that is not a delivery stream',
      files: { 'flow-log.json': request('kinesis-data-firehose', 'arn:aws:firehose:us-east-1:111122223333:stream/flow-logs') },
      errors: [{ message: /delivery-stream ARN/, line: 6, column: 21 }],
    },
    {
      name: 'CloudFormation literal S3 ARN with an invalid bucket name',
      files: { 'template.yaml': TEMPLATE('arn:aws:s3:::Flow_Logs_Bucket/flow/') },
      errors: [{ message: /bucket name/, file: 'template.yaml', line: 16, column: 23 }],
    },
  ],
});
