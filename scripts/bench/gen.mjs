// Deterministic input sets for the benchmark. Every set comes from a seeded PRNG, so the same
// (kind, size, seed) always writes byte-identical files and two machines time the same work.
// About 10 % of the stacks and modules carry one of a few delivery defects, so the runs include
// findings (and the position lookups and messages they cost), not only clean passes.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and good enough to pick names and defects reproducibly. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exactly round(n × rate) indices, spread by a seeded shuffle (not every tenth file). */
function defectIndices(n, rate, next) {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return new Set(idx.slice(0, Math.round(n * rate)));
}

const CFN_DEFECTS = ['key-without-delivery', 'wrong-prefix', 'wrong-trust'];
const TF_DEFECTS = ['no-acl-check', 'wrong-prefix'];

/** One ~3.8 KB stack: VPC, KMS key, SSE-KMS bucket and its policy, role, log group, two flow logs. */
export function cfnStack(i, next, defect) {
  const env = ['prod', 'stage', 'dev', 'test'][Math.floor(next() * 4)];
  const cidr = `10.${Math.floor(next() * 250)}.0.0/16`;
  const retention = [7, 30, 90, 365][Math.floor(next() * 4)];
  const prefix = `flow/${env}`;
  const writePrefix = defect === 'wrong-prefix' ? `other/${env}` : prefix;
  const trust = defect === 'wrong-trust' ? 'ec2.amazonaws.com' : 'vpc-flow-logs.amazonaws.com';
  const keyDelivery =
    defect === 'key-without-delivery'
      ? ''
      : `
          - Sid: Allow VPC Flow Logs to use the key
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: [kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey*, kms:DescribeKey]
            Resource: '*'
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: Benchmark stack ${i} (${env}) - VPC flow logs to an SSE-KMS bucket and to CloudWatch Logs
Parameters:
  Env:
    Type: String
    Default: ${env}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: ${cidr}
      Tags:
        - Key: Name
          Value: !Sub 'vpc-\${Env}-${i}'
  LogKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Admin
            Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'
            Action: 'kms:*'
            Resource: '*'${keyDelivery}
  LogBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'flow-logs-${i}-\${AWS::AccountId}'
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt LogKey.Arn
  LogBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref LogBucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: AWSLogDeliveryWrite
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:PutObject
            Resource: !Sub '\${LogBucket.Arn}/${writePrefix}/AWSLogs/\${AWS::AccountId}/*'
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
                aws:SourceAccount: !Ref AWS::AccountId
              ArnLike:
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'
          - Sid: AWSLogDeliveryAclCheck
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:GetBucketAcl
            Resource: !GetAtt LogBucket.Arn
            Condition:
              StringEquals:
                aws:SourceAccount: !Ref AWS::AccountId
  LogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub '/vpc/flow-logs/\${Env}-${i}'
      RetentionInDays: ${retention}
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ${trust} }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogGroups, logs:DescribeLogStreams]
                Resource: !GetAtt LogGroup.Arn
  S3FlowLog:
    Type: AWS::EC2::FlowLog
    DependsOn: LogBucketPolicy
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !Sub '\${LogBucket.Arn}/${prefix}/'
      MaxAggregationInterval: 60
  CwlFlowLog:
    Type: AWS::EC2::FlowLog
    DependsOn: FlowLogRole
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: REJECT
      LogDestinationType: cloud-watch-logs
      LogGroupName: !Ref LogGroup
      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
`;
}

/** One Terraform module (a folder): VPC, bucket, policy document, bucket policy, flow log. */
export function tfModule(i, next, defect) {
  const env = ['prod', 'stage', 'dev', 'test'][Math.floor(next() * 4)];
  const cidr = `10.${Math.floor(next() * 250)}.0.0/16`;
  const writePrefix = defect === 'wrong-prefix' ? 'other' : env;
  const aclCheck =
    defect === 'no-acl-check'
      ? ''
      : `
  statement {
    sid       = "AWSLogDeliveryAclCheck"
    actions   = ["s3:GetBucketAcl"]
    resources = [aws_s3_bucket.logs.arn]
    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }`;
  return `data "aws_caller_identity" "current" {}

resource "aws_vpc" "main" {
  cidr_block = "${cidr}"
}

resource "aws_s3_bucket" "logs" {
  bucket = "tf-flow-logs-${env}-${i}"
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "AWSLogDeliveryWrite"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/${writePrefix}/AWSLogs/\${data.aws_caller_identity.current.account_id}/*"]
    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }${aclCheck}
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/${env}/"
  depends_on           = [aws_s3_bucket_policy.logs]
}
`;
}

/** A deployer identity policy (JSON). */
export function policy(i, next) {
  const region = ['us-east-1', 'eu-west-1', 'ap-southeast-2'][Math.floor(next() * 3)];
  return `${JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Deploy', Effect: 'Allow', Action: ['ec2:CreateFlowLogs', 'ec2:DescribeFlowLogs', 'logs:CreateLogDelivery', 'logs:DeleteLogDelivery'], Resource: '*' },
        { Sid: 'PassRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::111122223333:role/flow-logs-${i}`, Condition: { StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' } } },
        { Sid: 'Logs', Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:PutRetentionPolicy'], Resource: `arn:aws:logs:${region}:111122223333:log-group:/vpc/flow-logs/*` },
      ],
    },
    null,
    2,
  )}\n`;
}

const LINKED_BUCKET = 'bench-linked-flow-logs';

/** The linked set's one bucket: its policy admits every flow log below (file 0). */
function linkedBucket() {
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: Shared flow-log bucket for every VPC in the linked set
Resources:
  SharedBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ${LINKED_BUCKET}
  SharedBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${LINKED_BUCKET}
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: AWSLogDeliveryWrite
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:PutObject
            Resource: arn:aws:s3:::${LINKED_BUCKET}/AWSLogs/111122223333/*
            Condition:
              StringEquals:
                s3:x-amz-acl: bucket-owner-full-control
                aws:SourceAccount: '111122223333'
          - Sid: AWSLogDeliveryAclCheck
            Effect: Allow
            Principal:
              Service: delivery.logs.amazonaws.com
            Action: s3:GetBucketAcl
            Resource: arn:aws:s3:::${LINKED_BUCKET}
            Condition:
              StringEquals:
                aws:SourceAccount: '111122223333'
`;
}

/** A linked-set member: a VPC and a flow log naming the shared bucket by its ARN. */
function linkedFlowLog(i, next) {
  const cidr = `10.${Math.floor(next() * 250)}.${i % 256}.0/24`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: VPC ${i} delivering its flow logs to the shared bucket
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: ${cidr}
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::${LINKED_BUCKET}
`;
}

/** Kinds the benchmark knows, with what flowlog-lint's run is paired with. */
export const KINDS = ['cloudformation', 'terraform', 'policies', 'linked'];

/**
 * Writes `n` inputs of `kind` under `dir` and returns { files, bytes, defects }. For `linked`,
 * n is the number of flow-log files (plus one bucket file).
 */
export function generate(kind, n, dir, seed) {
  const next = rng(seed ^ (KINDS.indexOf(kind) + 1) * 0x9e3779b9);
  let bytes = 0;
  const put = (rel, text) => {
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, rel), text);
  };
  // Many files in one folder is slow on some filesystems and unlike real repositories: 100 a folder.
  const sub = (i) => {
    const d = `d${Math.floor(i / 100)}`;
    if (i % 100 === 0) mkdirSync(join(dir, d), { recursive: true });
    return d;
  };
  let defects = 0;
  if (kind === 'cloudformation' || kind === 'terraform') {
    const bad = defectIndices(n, 0.1, next);
    const kinds = kind === 'cloudformation' ? CFN_DEFECTS : TF_DEFECTS;
    for (let i = 0; i < n; i++) {
      const defect = bad.has(i) ? kinds[i % kinds.length] : undefined;
      if (defect) defects++;
      if (kind === 'cloudformation') put(join(sub(i), `stack-${i}.yaml`), cfnStack(i, next, defect));
      else {
        const m = join(sub(i), `m${i}`);
        mkdirSync(join(dir, m));
        put(join(m, 'main.tf'), tfModule(i, next, defect));
      }
    }
  } else if (kind === 'policies') {
    for (let i = 0; i < n; i++) put(join(sub(i), `policy-${i}.json`), policy(i, next));
  } else if (kind === 'linked') {
    put('bucket.yaml', linkedBucket());
    for (let i = 0; i < n; i++) put(join(sub(i), `vpc-${i}.yaml`), linkedFlowLog(i, next));
  } else throw new Error(`unknown kind ${kind}`);
  return { files: kind === 'linked' ? n + 1 : n, bytes, defects };
}
