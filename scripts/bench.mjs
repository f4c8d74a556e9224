#!/usr/bin/env node
// Benchmark: generates realistic inputs (CloudFormation stacks with VPC + bucket + policy + key +
// role + flow log; Terraform modules; policy JSON) at several sizes, runs the built CLI on them and
// reports wall time, files/s and peak RSS, plus startup times and evaluator throughput.
//   npm run bench [-- --sizes 1,100,1000,10000 --runs 5 --json]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const argv = process.argv.slice(2);
const opt = (n, d) => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : d;
};
const sizes = opt('--sizes', '1,100,1000,10000').split(',').map(Number);
const runs = Number(opt('--runs', '3'));
const asJson = argv.includes('--json');
const kinds = opt('--kinds', 'cloudformation,terraform,policies').split(',');
const rssProbe = join(root, 'scripts', 'bench-rss.mjs');

function stack(i) {
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: Benchmark stack ${i} - VPC flow logs to an SSE-KMS bucket
Parameters:
  Env:
    Type: String
    Default: prod${i % 7}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.${i % 250}.0.0/16
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
            Resource: '*'
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
                aws:SourceArn: !Sub 'arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:*'
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
            Resource: !Sub '\${LogBucket.Arn}/flow/AWSLogs/\${AWS::AccountId}/*'
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
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: vpc-flow-logs.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }
      Policies:
        - PolicyName: flow-logs
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogStreams]
                Resource: '*'
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !Sub '\${LogBucket.Arn}/flow/'
      MaxAggregationInterval: 60
`;
}

function tfModule(i) {
  return `data "aws_caller_identity" "current" {}

resource "aws_vpc" "main" {
  cidr_block = "10.${i % 250}.0.0/16"
}

resource "aws_s3_bucket" "logs" {
  bucket = "tf-flow-logs-${i}"
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "AWSLogDeliveryWrite"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/AWSLogs/\${data.aws_caller_identity.current.account_id}/*"]
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
  }
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
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.logs.arn
}
`;
}

function policy(i) {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Deploy', Effect: 'Allow', Action: ['ec2:CreateFlowLogs', 'ec2:DescribeFlowLogs', 'logs:CreateLogDelivery', 'logs:DeleteLogDelivery'], Resource: '*' },
        { Sid: 'PassRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::111122223333:role/flow-logs-${i}` },
      ],
    },
    null,
    2,
  );
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRun(args, cwd) {
  const rssFile = join(tmpdir(), `flowlog-bench-rss-${process.pid}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssProbe, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FLOWLOG_BENCH_RSS: rssFile }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rss = 0;
  try {
    rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile);
  } catch {
    // no RSS recorded
  }
  if (r.status !== 0 && r.status !== 1) throw new Error(`flowlog-lint exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { ms, rssMb: rss };
}

async function yamlParseTime(dir) {
  const { parseDocument, LineCounter } = await import('yaml');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  const t0 = process.hrtime.bigint();
  for (const f of files) parseDocument(readFileSync(join(dir, f), 'utf8'), { lineCounter: new LineCounter() });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function evaluatorThroughput() {
  const { makePolicy } = await import(join(root, 'dist/src/iam/policy.js'));
  const { evaluate } = await import(join(root, 'dist/src/iam/evaluate.js'));
  const { fromPNode } = await import(join(root, 'dist/src/model/value.js'));
  const { parseJson } = await import(join(root, 'dist/src/parse/json.js'));
  const { makeSource } = await import(join(root, 'dist/src/parse/source.js'));
  const text = readFileSync(join(root, 'examples/cloudformation/s3-kms-flow-logs.yaml'), 'utf8');
  void text;
  const doc = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'W', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/p/AWSLogs/111122223333/*', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333', 's3:x-amz-acl': 'bucket-owner-full-control' }, ArnLike: { 'aws:SourceArn': 'arn:aws:logs:*:111122223333:*' } } },
      { Sid: 'A', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::b' },
      { Sid: 'D', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ],
  };
  const p = makePolicy('bucket', fromPNode(parseJson(makeSource('p.json', JSON.stringify(doc))).root));
  const req = {
    principal: { kind: 'service', service: 'delivery.logs.amazonaws.com' },
    action: 's3:PutObject',
    resource: ['arn:aws:s3:::b/p/AWSLogs/111122223333/vpcflowlogs/us-east-1/2026/01/01/x.log.gz'],
    context: { 'aws:SourceAccount': [['111122223333']], 'aws:SourceArn': [['arn:aws:logs:us-east-1:111122223333:*']], 's3:x-amz-acl': [['bucket-owner-full-control']], 'aws:SecureTransport': [['true']] },
  };
  const n = 200000;
  for (let i = 0; i < 2000; i++) evaluate([p], req);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) evaluate([p], req);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return Math.round(n / s);
}

const out = { machine: { cpus: cpus().length, model: cpus()[0]?.model, memGb: Math.round(totalmem() / 2 ** 30), node: process.version }, startup: {}, cloudformation: [], terraform: [], policies: [], evaluatorQueriesPerSecond: 0 };

// Startup: --version and a one-file lint.
const one = mkdtempSync(join(tmpdir(), 'flowlog-bench-one-'));
writeFileSync(join(one, 'stack.yaml'), stack(0));
const ver = [];
const lintOne = [];
for (let i = 0; i < Math.max(runs, 7); i++) {
  ver.push(timeRun(['--version'], one).ms);
  lintOne.push(timeRun(['stack.yaml'], one).ms);
}
out.startup = { versionMs: Math.round(median(ver)), oneFileLintMs: Math.round(median(lintOne)) };
rmSync(one, { recursive: true, force: true });

for (const [kind, gen, ext] of [
  ['cloudformation', stack, 'yaml'],
  ['terraform', tfModule, 'tf'],
  ['policies', policy, 'json'],
]) {
  if (!kinds.includes(kind)) continue;
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `flowlog-bench-${kind}-`));
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const text = gen(i);
      bytes += text.length;
      if (kind === 'terraform') {
        mkdirSync(join(dir, `m${i}`));
        writeFileSync(join(dir, `m${i}`, 'main.tf'), text);
      } else writeFileSync(join(dir, `f${i}.${ext}`), text);
    }
    const times = [];
    const rss = [];
    const reps = n >= 10000 ? 1 : runs;
    for (let r = 0; r < reps; r++) {
      const t = timeRun(['--format', 'json', '--account-id', '111122223333', '.'], dir);
      times.push(t.ms);
      rss.push(t.rssMb);
    }
    const row = { files: n, kb: Math.round(bytes / 1024), wallMs: Math.round(median(times)), filesPerSecond: Math.round((n / median(times)) * 1000), peakRssMb: Math.round(Math.max(...rss)) };
    if (kind === 'cloudformation') row.yamlPackageParseMs = Math.round(await yamlParseTime(dir));
    out[kind].push(row);
    rmSync(dir, { recursive: true, force: true });
  }
}
out.evaluatorQueriesPerSecond = await evaluatorThroughput();

if (asJson) console.log(JSON.stringify(out, null, 2));
else {
  console.log(`machine: ${out.machine.cpus} × ${out.machine.model}, ${out.machine.memGb} GiB, Node ${out.machine.node}`);
  console.log(`startup: --version ${out.startup.versionMs} ms, one-file lint ${out.startup.oneFileLintMs} ms (median)`);
  for (const kind of kinds) {
    console.log(`\n${kind}`);
    console.log('| files | KB | wall ms | files/s | peak RSS MB |' + (kind === 'cloudformation' ? ' yaml pkg parse ms |' : ''));
    console.log('|---:|---:|---:|---:|---:|' + (kind === 'cloudformation' ? '---:|' : ''));
    for (const r of out[kind]) console.log(`| ${r.files} | ${r.kb} | ${r.wallMs} | ${r.filesPerSecond} | ${r.peakRssMb} |` + (kind === 'cloudformation' ? ` ${r.yamlPackageParseMs} |` : ''));
  }
  console.log(`\nevaluator: ${out.evaluatorQueriesPerSecond} queries/s`);
}
