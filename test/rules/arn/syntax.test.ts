import { ruleTester, seedBucketPolicy } from '../../helpers/rule-tester.js';

const cwlRequest = (role: string): string => `{
  "ResourceIds": ["vpc-0a1b2c3d4e5f67890"],
  "ResourceType": "VPC",
  "TrafficType": "ALL",
  "LogDestinationType": "cloud-watch-logs",
  "LogGroupName": "vpc-flow-logs",
  "DeliverLogsPermissionArn": "${role}"
}
`;

/** Resource on line 9 (column 19), Principal value on line 7, SourceArn on line 12 (column 39). */
const bucketPolicy = (o: { resource?: string; principal?: string; sourceArn?: string }): string => `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AWSLogDeliveryWrite",
      "Effect": "Allow",
      "Principal": ${o.principal ?? '{ "Service": "delivery.logs.amazonaws.com" }'},
      "Action": "s3:PutObject",
      "Resource": "${o.resource ?? 'arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*'}",
      "Condition": {
        "StringEquals": { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceAccount": "111122223333" },
        "ArnLike": { "aws:SourceArn": "${o.sourceArn ?? 'arn:aws:logs:*:111122223333:*'}" }
      }
    }
  ]
}
`;

const identityPolicy = (resource: string): string => `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "${resource}"
    }
  ]
}
`;

/** Inline policy Resource on line 27 (column 27), DeliverLogsPermissionArn on line 36 (column 33). */
const template = (resource: string, role: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
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
                  - logs:CreateLogStream
                  - logs:PutLogEvents
                  - logs:DescribeLogStreams
                Resource: ${resource}
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: cloud-watch-logs
      LogGroupName: vpc-flow-logs
      DeliverLogsPermissionArn: ${role}
`;

const SUB_RESOURCE = "!Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:vpc-flow-logs:*'";

ruleTester('arn/syntax', {
  valid: [
    { name: 'flow-log delivery role ARN', files: { 'flow-log.json': cwlRequest('arn:aws:iam::111122223333:role/flow-logs') } },
    { name: 'delivery role with a path', files: { 'flow-log.json': cwlRequest('arn:aws-us-gov:iam::111122223333:role/service/flow-logs') } },
    { name: 'seed bucket policy (resources and ArnLike SourceArn)', files: { 'bucket-policy.json': seedBucketPolicy() } },
    { name: 'identity policy with wildcard ARN fields', files: { 'role-policy.json': identityPolicy('arn:aws:logs:*:*:log-group:vpc-flow-logs:*') } },
    { name: 'bucket policy with an account-root principal', files: { 'bucket-policy.json': bucketPolicy({ principal: '{ "AWS": "arn:aws:iam::111122223333:root" }' }) } },
    { name: 'CloudFormation !Sub resource and !GetAtt role', files: { 'template.yaml': template(SUB_RESOURCE, '!GetAtt FlowLogRole.Arn') } },
    { name: 'CloudFormation literal ARNs', files: { 'template.yaml': template('arn:aws:logs:us-east-1:111122223333:log-group:vpc-flow-logs:*', 'arn:aws:iam::111122223333:role/flow-logs') } },
  ],
  invalid: [
    {
      name: 'delivery role ARN with a region',
      files: { 'flow-log.json': cwlRequest('arn:aws:iam:us-east-1:111122223333:role/flow-logs') },
      errors: [{ message: /IAM ARNs have an empty region field/, file: 'flow-log.json', line: 7, column: 31, severity: 'error' }],
    },
    {
      name: 'delivery role ARN that names a user',
      files: { 'flow-log.json': cwlRequest('arn:aws:iam::111122223333:user/flow-logs') },
      errors: [{ message: /names a role/, line: 7, column: 31 }],
    },
    {
      name: 'delivery role ARN with a short account ID',
      files: { 'flow-log.json': cwlRequest('arn:aws:iam::11112222333:role/flow-logs') },
      errors: [{ message: /invalid account ID `11112222333`/, line: 7, column: 31 }],
    },
    {
      name: 'bucket policy resource with a missing colon',
      files: { 'bucket-policy.json': bucketPolicy({ resource: 'arn:aws:s3::flow-logs-central/vpc/AWSLogs/111122223333/*' }) },
      errors: [{ message: /5 colon-separated fields/, file: 'bucket-policy.json', line: 9, column: 19 }],
    },
    {
      name: 'ArnLike condition value with an unknown partition',
      files: { 'bucket-policy.json': bucketPolicy({ sourceArn: 'arn:aws-gov:logs:*:111122223333:*' }) },
      errors: [{ message: /unknown partition `aws-gov`/, line: 12, column: 39 }],
    },
    {
      name: 'principal ARN with an invalid service',
      files: { 'bucket-policy.json': bucketPolicy({ principal: '{ "AWS": "arn:aws:IAM::111122223333:root" }' }) },
      errors: [{ message: /invalid service `IAM`/, line: 7, column: 29 }],
    },
    {
      name: 'identity policy resource with an 11-digit account ID',
      files: { 'role-policy.json': identityPolicy('arn:aws:logs:us-east-1:11112222333:log-group:vpc-flow-logs:*') },
      errors: [{ message: /account/, file: 'role-policy.json', line: 7, column: 19 }],
    },
    {
      name: 'CloudFormation delivery role ARN without role/',
      files: { 'template.yaml': template(SUB_RESOURCE, 'arn:aws:iam::111122223333:flow-logs-role') },
      errors: [{ message: /names a role/, file: 'template.yaml', line: 36, column: 33 }],
    },
    {
      name: 'CloudFormation inline policy resource that is too short',
      files: { 'template.yaml': template('arn:aws:logs', '!GetAtt FlowLogRole.Arn') },
      errors: [{ message: /3 colon-separated fields/, file: 'template.yaml', line: 27, column: 27 }],
    },
  ],
});
