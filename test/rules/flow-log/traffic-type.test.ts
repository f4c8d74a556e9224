import { ruleTester, s3FlowLog } from '../../helpers/rule-tester.js';

const TEMPLATE = (trafficLine: string): string => `AWSTemplateFormatVersion: '2010-09-09'
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
${trafficLine}      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
`;

ruleTester('flow-log/traffic-type', {
  valid: [
    { name: 'VPC flow log with ALL', files: { 'flow-log.json': s3FlowLog() } },
    { name: 'subnet flow log with REJECT', files: { 'flow-log.json': s3FlowLog(undefined, { ResourceIds: ['subnet-0123456789abcdef0'], ResourceType: 'Subnet', TrafficType: 'REJECT' }) } },
    { name: 'network-interface flow log with ACCEPT', files: { 'flow-log.json': s3FlowLog(undefined, { ResourceIds: ['eni-0123456789abcdef0'], ResourceType: 'NetworkInterface', TrafficType: 'ACCEPT' }) } },
    {
      name: 'transit gateway flow log without a traffic type',
      files: {
        'flow-log.json': { ResourceIds: ['tgw-0123456789abcdef0'], ResourceType: 'TransitGateway', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-central/tgw/', MaxAggregationInterval: 60 },
      },
    },
    {
      name: 'describe-flow-logs output',
      files: {
        'describe-flow-logs.json': {
          FlowLogs: [
            { FlowLogId: 'fl-0123456789abcdef0', ResourceId: 'vpc-0a1b2c3d4e5f67890', DeliverLogsStatus: 'SUCCESS', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-central/vpc/' },
          ],
        },
      },
    },
    { name: 'CloudFormation flow log with ALL', files: { 'template.yaml': TEMPLATE('      TrafficType: ALL\n') } },
  ],
  invalid: [
    {
      name: 'lower-case traffic type',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "all",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/"
}
`,
      },
      errors: [{ message: /`all` is not a traffic type/, file: 'flow-log.json', line: 4, column: 18, severity: 'error' }],
    },
    {
      name: 'traffic type missing on a VPC flow log (points at the flow log)',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/"
}
`,
      },
      errors: [{ message: /traffic type is missing/, line: 1, column: 1 }],
    },
    {
      name: 'traffic type given for a transit gateway flow log',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["tgw-0123456789abcdef0"],
  "ResourceType": "TransitGateway",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/tgw/",
  "MaxAggregationInterval": 60
}
`,
      },
      errors: [{ message: /Transit gateway flow logs take no traffic type/, line: 4, column: 18 }],
    },
    {
      name: 'traffic type for a transit gateway attachment recognised from its ID',
      files: {
        'flow-log.yaml': `ResourceIds:
  - tgw-attach-0123456789abcdef0
TrafficType: REJECT
LogDestinationType: s3
LogDestination: arn:aws:s3:::flow-logs-central/tgw/
`,
      },
      errors: [{ message: /TransitGatewayAttachment/, file: 'flow-log.yaml', line: 3, column: 14 }],
    },
    {
      name: 'CloudFormation mixed-case traffic type',
      files: { 'template.yaml': TEMPLATE('      TrafficType: Reject\n') },
      errors: [{ message: /`Reject` is not a traffic type/, file: 'template.yaml', line: 14, column: 20 }],
    },
    {
      name: 'CloudFormation VPC flow log without TrafficType (points at the resource)',
      files: { 'template.yaml': TEMPLATE('') },
      errors: [{ message: /missing/, file: 'template.yaml', line: 9, column: 3 }],
    },
  ],
});
