import { ruleTester, s3FlowLog } from '../../helpers/rule-tester.js';

const TEMPLATE = (resourceType: string, interval: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  LogBucket:
    Type: AWS::S3::Bucket
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: ${resourceType === 'VPC' ? 'vpc-0a1b2c3d4e5f67890' : 'tgw-0123456789abcdef0'}
      ResourceType: ${resourceType}
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
      MaxAggregationInterval: ${interval}
`;

const tgw = (interval: number): object => ({
  ResourceIds: ['tgw-0123456789abcdef0'],
  ResourceType: 'TransitGateway',
  LogDestinationType: 's3',
  LogDestination: 'arn:aws:s3:::flow-logs-central/tgw/',
  MaxAggregationInterval: interval,
});

ruleTester('flow-log/aggregation-interval', {
  valid: [
    { name: '600 seconds', files: { 'flow-log.json': s3FlowLog(undefined, { MaxAggregationInterval: 600 }) } },
    { name: '60 seconds', files: { 'flow-log.json': s3FlowLog(undefined, { MaxAggregationInterval: 60 }) } },
    { name: 'not given (the API default of 600)', files: { 'flow-log.json': s3FlowLog() } },
    { name: 'transit gateway with 60 seconds', files: { 'flow-log.json': tgw(60) } },
    { name: 'CloudFormation VPC flow log with 60', files: { 'template.yaml': TEMPLATE('VPC', '60') } },
    { name: 'CloudFormation transit gateway flow log with quoted 60', files: { 'template.yaml': TEMPLATE('TransitGateway', "'60'") } },
  ],
  invalid: [
    {
      name: '300 seconds',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/vpc/",
  "MaxAggregationInterval": 300
}
`,
      },
      errors: [{ message: /must be 60 or 600 seconds, not `300`/, file: 'flow-log.json', line: 7, column: 29, severity: 'error' }],
    },
    {
      name: 'transit gateway with 600 seconds',
      files: {
        'flow-log.json': `{
  "ResourceIds": ["tgw-0123456789abcdef0"],
  "ResourceType": "TransitGateway",
  "LogDestinationType": "s3",
  "LogDestination": "arn:aws:s3:::flow-logs-central/tgw/",
  "MaxAggregationInterval": 600
}
`,
      },
      errors: [{ message: /Transit gateway flow logs support only a 60-second/, line: 6, column: 29 }],
    },
    {
      name: 'transit gateway attachment with 600 (YAML request)',
      files: {
        'flow-log.yaml': `ResourceIds:
  - tgw-attach-0123456789abcdef0
ResourceType: TransitGatewayAttachment
LogDestinationType: s3
LogDestination: arn:aws:s3:::flow-logs-central/tgw/
MaxAggregationInterval: 600
`,
      },
      errors: [{ message: /60-second/, file: 'flow-log.yaml', line: 6, column: 25 }],
    },
    {
      name: 'CloudFormation VPC flow log with 120',
      files: { 'template.yaml': TEMPLATE('VPC', '120') },
      errors: [{ message: /not `120`/, file: 'template.yaml', line: 12, column: 31 }],
    },
    {
      name: 'CloudFormation transit gateway flow log with 600',
      files: { 'template.yaml': TEMPLATE('TransitGateway', '600') },
      errors: [{ message: /Transit gateway/, file: 'template.yaml', line: 12, column: 31 }],
    },
  ],
});
