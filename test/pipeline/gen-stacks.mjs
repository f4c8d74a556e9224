// Generated CloudFormation inputs for the parallel-lint tests and measurements (issue 15): stacks
// of the benchmark's shape (VPC, KMS key, bucket and policy, role, log group, two flow logs), one
// in ten with a defect, and a linked set (one bucket policy, many stacks writing to its bucket).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function stack(i) {
  const defect = i % 10 === 3;
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: generated stack ${i}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.${i % 250}.0.0/16
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
            Action: 'kms:*'
            Resource: '*'
${defect ? '' : `          - Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: [kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey*, kms:DescribeKey]
            Resource: '*'
`}  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'gen-flow-logs-${i}-\${AWS::AccountId}'
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn }
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: s3:PutObject
            Resource: !Sub '\${Bucket.Arn}/${defect ? 'wrong' : 'flow'}/AWSLogs/\${AWS::AccountId}/*'
            Condition:
              StringEquals: { aws:SourceAccount: !Ref AWS::AccountId, s3:x-amz-acl: bucket-owner-full-control }
          - Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: s3:GetBucketAcl
            Resource: !GetAtt Bucket.Arn
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: vpc-flow-logs.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogGroups, logs:DescribeLogStreams]
                Resource: '*'
  Group:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: gen-flow-logs-${i}
  ToBucket:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ${defect ? 'ACCEPT' : 'ALL'}
      LogDestinationType: s3
      LogDestination: !Sub '\${Bucket.Arn}/flow/'
  ToGroup:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogGroupName: gen-flow-logs-${i}
      DeliverLogsPermissionArn: !GetAtt Role.Arn
`;
}

/** One bucket and its policy in one file; `n` stacks whose flow logs write to that bucket. */
export function linkedPolicy() {
  return `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: shared-flow-logs
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: shared-flow-logs
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: s3:PutObject
            Resource: arn:aws:s3:::shared-flow-logs/AWSLogs/111122223333/*
            Condition:
              StringEquals: { aws:SourceAccount: '111122223333', s3:x-amz-acl: bucket-owner-full-control }
`;
}

export function linkedFlowLog(i) {
  return `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.${i % 250}.0.0/16
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ${i % 10 === 3 ? 'REJECT' : 'ALL'}
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::shared-flow-logs${i % 10 === 7 ? '/wrong' : ''}
`;
}

/** Writes `n` independent stacks (kind 'stacks') or a linked set of `n` flow logs ('linked'). */
export function writeSet(dir, kind, n) {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 100)));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `stack-${i}.yaml`), kind === 'stacks' ? stack(i) : linkedFlowLog(i));
  }
  if (kind === 'linked') writeFileSync(join(dir, 'bucket-policy.yaml'), linkedPolicy());
}
