import { ruleTester } from '../../helpers/rule-tester.js';

const HEADER = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
`;

const flowLog = (name: string, resourceType: string, resourceId: string): string => `  ${name}:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: ${resourceId}
      ResourceType: ${resourceType}
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
`;

ruleTester('vpc/flow-logs-enabled', {
  valid: [
    { name: 'CloudFormation VPC with a VPC flow log', files: { 'template.yaml': HEADER + flowLog('FlowLog', 'VPC', '!Ref Vpc') } },
    {
      name: 'two VPCs, each with a flow log',
      files: {
        'template.yaml': `${HEADER}  OtherVpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.9.0.0/16
${flowLog('FlowLog', 'VPC', '!Ref Vpc')}${flowLog('OtherFlowLog', 'VPC', '!Ref OtherVpc')}`,
      },
    },
    { name: 'flow log naming the VPC by !GetAtt Vpc.VpcId (same value as !Ref Vpc)', files: { 'template.yaml': HEADER + flowLog('FlowLog', 'VPC', '!GetAtt Vpc.VpcId') } },
    {
      name: 'CloudFormation JSON VPC with a flow log using {"Ref": ...}',
      files: {
        'template.json': {
          AWSTemplateFormatVersion: '2010-09-09',
          Resources: {
            Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.2.0.0/16' } },
            LogBucket: { Type: 'AWS::S3::Bucket', Properties: {} },
            FlowLog: {
              Type: 'AWS::EC2::FlowLog',
              Properties: { ResourceId: { Ref: 'Vpc' }, ResourceType: 'VPC', TrafficType: 'REJECT', LogDestinationType: 's3', LogDestination: { 'Fn::GetAtt': ['LogBucket', 'Arn'] } },
            },
          },
        },
      },
    },
  ],
  invalid: [
    {
      name: 'a second VPC without a flow log (points at its logical ID)',
      files: {
        'template.yaml': `${HEADER}  OtherVpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.9.0.0/16
${flowLog('FlowLog', 'VPC', '!Ref Vpc')}`,
      },
      errors: [{ message: /VPC OtherVpc has no flow log/, file: 'template.yaml', line: 9, column: 3, severity: 'warning' }],
    },
    {
      name: 'only a subnet flow log does not cover the VPC',
      files: {
        'template.yaml': `${HEADER}  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.1.1.0/24
${flowLog('SubnetFlowLog', 'Subnet', '!Ref Subnet')}`,
      },
      errors: [{ message: /VPC Vpc has no flow log/, file: 'template.yaml', line: 3, column: 3 }],
    },
    {
      name: 'a flow log on another VPC',
      files: { 'template.yaml': HEADER + flowLog('FlowLog', 'VPC', 'vpc-0a1b2c3d4e5f67890') },
      errors: [{ message: /VPC Vpc/, line: 3, column: 3 }],
    },
    {
      name: 'CloudFormation JSON template with a VPC and no flow log',
      files: {
        'template.json': `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Vpc": {
      "Type": "AWS::EC2::VPC",
      "Properties": { "CidrBlock": "10.2.0.0/16" }
    }
  }
}
`,
      },
      errors: [{ file: 'template.json', line: 4, column: 5 }],
    },
  ],
});
