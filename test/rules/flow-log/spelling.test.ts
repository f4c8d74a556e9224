// Messages in the input's own language (issue #10, point 5): each flow-log rule that names a setting
// names it as the input spells it — `iam_role_arn` in Terraform, `DeliverLogsPermissionArn` in
// CloudFormation and API JSON — and keeps, for version-1 baselines, the wording it had before.
import { beforeAll, describe, expect, it } from 'vitest';
import { legacyFingerprintBase } from '../../../src/engine/fingerprint.js';
import { messageAsReleased } from '../../../src/engine/messages.js';
import type { Result } from '../../../src/engine/types.js';
import { initHcl } from '../../../src/terraform/hcl.js';
import { runFiles } from '../../helpers/rule-tester.js';

beforeAll(initHcl);

const ROLE = 'arn:aws:iam::111122223333:role/flow-logs';

/** A Terraform root with one VPC and the flow log's arguments given. */
const tf = (args: string, extra = ''): Record<string, string> => ({
  'main.tf': `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id = aws_vpc.main.id
${args}
}
${extra}`,
});

/** A CloudFormation template with one VPC and the flow log's properties given (6-space indent). */
const cfn = (props: string): Record<string, string> => ({
  'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'
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
${props}`,
});

const of = (files: Record<string, string>, ruleId: string): Result[] => runFiles(files).results.filter((r) => r.ruleId === ruleId);
const messages = (files: Record<string, string>, ruleId: string): string[] => of(files, ruleId).map((r) => r.message);

interface Row {
  name: string;
  ruleId: string;
  terraform: Record<string, string>;
  cloudformation: Record<string, string>;
  /** What each input's message says, and the other input's spelling it must not say. */
  tfSays: RegExp;
  cfnSays: RegExp;
}

const rows: Row[] = [
  {
    name: 'a CloudWatch Logs flow log without a delivery role',
    ruleId: 'flow-log/destination-settings',
    terraform: tf('  traffic_type = "ALL"\n  log_destination_type = "cloud-watch-logs"\n  log_destination = "arn:aws:logs:us-east-1:111122223333:log-group:flow-logs"'),
    cloudformation: cfn('      TrafficType: ALL\n      LogDestinationType: cloud-watch-logs\n      LogDestination: arn:aws:logs:us-east-1:111122223333:log-group:flow-logs\n'),
    tfSays: /needs a delivery role \(`iam_role_arn`\)/,
    cfnSays: /needs a delivery role \(`DeliverLogsPermissionArn`\)/,
  },
  {
    name: 'a CloudWatch Logs flow log with a log group name and a destination',
    ruleId: 'flow-log/destination-settings',
    terraform: tf(`  traffic_type = "ALL"\n  iam_role_arn = "${ROLE}"\n  log_group_name = "flow-logs"\n  log_destination = "arn:aws:logs:us-east-1:111122223333:log-group:flow-logs"`),
    cloudformation: cfn(`      TrafficType: ALL\n      DeliverLogsPermissionArn: ${ROLE}\n      LogGroupName: flow-logs\n      LogDestination: arn:aws:logs:us-east-1:111122223333:log-group:flow-logs\n`),
    tfSays: /^Give either `log_group_name` or `log_destination`, not both\.$/,
    cfnSays: /^Give either `LogGroupName` or `LogDestination`, not both\.$/,
  },
  {
    name: 'destination options on a CloudWatch Logs flow log',
    ruleId: 'flow-log/destination-settings',
    terraform: tf(`  traffic_type = "ALL"\n  iam_role_arn = "${ROLE}"\n  log_destination = "arn:aws:logs:us-east-1:111122223333:log-group:flow-logs"\n  destination_options {\n    file_format = "parquet"\n  }`),
    cloudformation: cfn(`      TrafficType: ALL\n      DeliverLogsPermissionArn: ${ROLE}\n      LogDestination: arn:aws:logs:us-east-1:111122223333:log-group:flow-logs\n      DestinationOptions:\n        FileFormat: parquet\n        HiveCompatiblePartitions: false\n        PerHourPartition: false\n`),
    tfSays: /^`destination_options` applies only to S3 destinations\.$/,
    cfnSays: /^`DestinationOptions` applies only to S3 destinations\.$/,
  },
  {
    name: 'an unknown file format',
    ruleId: 'flow-log/destination-settings',
    terraform: tf('  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = "arn:aws:s3:::flow-logs-central"\n  destination_options {\n    file_format = "csv"\n    hive_compatible_partitions = false\n    per_hour_partition = false\n  }'),
    cloudformation: cfn('      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-central\n      DestinationOptions:\n        FileFormat: csv\n        HiveCompatiblePartitions: false\n        PerHourPartition: false\n'),
    tfSays: /^`file_format` must be `plain-text` or `parquet`, not `csv`\.$/,
    cfnSays: /^`FileFormat` must be `plain-text` or `parquet`, not `csv`\.$/,
  },
  {
    name: 'a partition option that is not a boolean',
    ruleId: 'flow-log/destination-settings',
    terraform: tf('  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = "arn:aws:s3:::flow-logs-central"\n  destination_options {\n    file_format = "parquet"\n    hive_compatible_partitions = false\n    per_hour_partition = "hourly"\n  }'),
    cloudformation: cfn('      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-central\n      DestinationOptions:\n        FileFormat: parquet\n        HiveCompatiblePartitions: false\n        PerHourPartition: hourly\n'),
    tfSays: /^`per_hour_partition` must be a boolean\.$/,
    cfnSays: /^`PerHourPartition` must be a boolean\.$/,
  },
  {
    name: 'a cross-account role on an S3 flow log',
    ruleId: 'flow-log/destination-settings',
    terraform: tf('  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = "arn:aws:s3:::flow-logs-central"\n  deliver_cross_account_role = "arn:aws:iam::444455556666:role/x"'),
    cloudformation: cfn('      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-central\n      DeliverCrossAccountRole: arn:aws:iam::444455556666:role/x\n'),
    tfSays: /^`deliver_cross_account_role` applies only to Firehose destinations\.$/,
    cfnSays: /^`DeliverCrossAccountRole` applies only to Firehose destinations\.$/,
  },
  {
    name: 'a missing traffic type',
    ruleId: 'flow-log/traffic-type',
    terraform: tf('  log_destination_type = "s3"\n  log_destination = "arn:aws:s3:::flow-logs-central"'),
    cloudformation: cfn('      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-central\n'),
    tfSays: /set `traffic_type` to ALL, ACCEPT or REJECT/,
    cfnSays: /set `TrafficType` to ALL, ACCEPT or REJECT/,
  },
  {
    name: 'an aggregation interval of 300 seconds',
    ruleId: 'flow-log/aggregation-interval',
    terraform: tf('  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = "arn:aws:s3:::flow-logs-central"\n  max_aggregation_interval = 300'),
    cloudformation: cfn('      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-central\n      MaxAggregationInterval: 300\n'),
    tfSays: /^`max_aggregation_interval` must be 60 or 600 seconds, not `300`\.$/,
    cfnSays: /^`MaxAggregationInterval` must be 60 or 600 seconds, not `300`\.$/,
  },
];

describe('flow-log messages speak the input’s language', () => {
  for (const row of rows) {
    it(`${row.ruleId}: ${row.name}`, () => {
      const t = messages(row.terraform, row.ruleId);
      const c = messages(row.cloudformation, row.ruleId);
      expect(t.filter((m) => row.tfSays.test(m)), JSON.stringify(t)).toHaveLength(1);
      expect(c.filter((m) => row.cfnSays.test(m)), JSON.stringify(c)).toHaveLength(1);
      // Neither says the other's words.
      expect(t.join('\n')).not.toMatch(/`(DeliverLogsPermissionArn|LogGroupName|LogDestination|DestinationOptions|FileFormat|PerHourPartition|DeliverCrossAccountRole|TrafficType|MaxAggregationInterval)`/);
      expect(c.join('\n')).not.toMatch(/`(iam_role_arn|log_group_name|log_destination|destination_options|file_format|per_hour_partition|deliver_cross_account_role|traffic_type|max_aggregation_interval)`/);
    });
  }

  it('CloudFormation requires all three destination options; Terraform (like the API) defaults them', () => {
    const t = messages(tf('  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = "arn:aws:s3:::flow-logs-central"\n  destination_options {\n    file_format = "parquet"\n  }'), 'flow-log/destination-settings');
    const c = messages(cfn('      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-logs-central\n      DestinationOptions:\n        FileFormat: parquet\n'), 'flow-log/destination-settings');
    expect(t).toEqual([]);
    expect(c).toEqual([
      '`DestinationOptions` needs `HiveCompatiblePartitions` (CloudFormation requires all three of FileFormat, HiveCompatiblePartitions, PerHourPartition).',
      '`DestinationOptions` needs `PerHourPartition` (CloudFormation requires all three of FileFormat, HiveCompatiblePartitions, PerHourPartition).',
    ]);
  });

  it('flow-log/dependency-order: Terraform is told depends_on, CloudFormation DependsOn', () => {
    const t = messages(
      tf(
        `  traffic_type = "ALL"\n  iam_role_arn = aws_iam_role.flow_logs.arn\n  log_destination = aws_cloudwatch_log_group.flow_logs.arn`,
        `
resource "aws_cloudwatch_log_group" "flow_logs" {
  name = "flow-logs"
}

resource "aws_iam_role" "flow_logs" {
  name = "flow-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "vpc-flow-logs.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "flow_logs" {
  role = aws_iam_role.flow_logs.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"], Resource = "*" }]
  })
}
`,
      ),
      'flow-log/dependency-order',
    );
    expect(t).toHaveLength(1);
    expect(t[0]).toMatch(/ Add depends_on on `aws_iam_role_policy\.flow_logs`\.$/);
    expect(t[0]).not.toMatch(/DependsOn/);

    // CloudFormation is told its own attribute, and nothing about Terraform.
    const c = messages(
      {
        'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  LogBucket:
    Type: AWS::S3::Bucket
  LogBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref LogBucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: delivery.logs.amazonaws.com }
            Action: s3:PutObject
            Resource: !Sub '\${LogBucket.Arn}/AWSLogs/\${AWS::AccountId}/*'
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
`,
      },
      'flow-log/dependency-order',
    );
    expect(c).toHaveLength(1);
    expect(c[0]).toMatch(/ Add DependsOn on `LogBucketPolicy`\.$/);
    expect(c[0]).not.toMatch(/depends_on|Terraform/);
  });
});

describe('vpc/flow-logs-enabled: the advice in the VPC input\'s own terms', () => {
  it('Terraform is told aws_flow_log and vpc_id; CloudFormation ResourceType VPC; v1 baselines see the released wording', () => {
    const [t] = of({ 'main.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n' }, 'vpc/flow-logs-enabled');
    expect(t?.message).toMatch(/Add an `aws_flow_log` with `vpc_id` set to its id \(subnet/);
    expect(t?.message).not.toMatch(/ResourceType/);
    expect(messageAsReleased(t as Result)).toMatch(/Add a flow log with ResourceType VPC for it \(subnet/);
    const [c] = of({ 'template.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n" }, 'vpc/flow-logs-enabled');
    expect(c?.message).toMatch(/Add a flow log with ResourceType VPC for it \(subnet/);
  });
});

describe('kms/key-arn: the advice in the bucket input\'s own terms', () => {
  const tfBucket = (keyRef: string): Record<string, string> =>
    tf(
      '  traffic_type = "ALL"\n  log_destination_type = "s3"\n  log_destination = aws_s3_bucket.logs.arn',
      `
resource "aws_kms_key" "logs" {
  description = "flow logs"
}

resource "aws_s3_bucket" "logs" {
  bucket = "central-flow-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = ${keyRef}
    }
  }
}
`,
    );
  it('Terraform is told aws_kms_key.x.arn; v1 baselines see the released wording', () => {
    const [t] = of(tfBucket('aws_kms_key.logs.key_id'), 'kms/key-arn');
    expect(t?.status).toBe('fail');
    expect(t?.message).toMatch(/e\.g\. `aws_kms_key\.x\.key_id` or `\.id`\)/);
    expect(t?.message).toMatch(/Use the key ARN \(`aws_kms_key\.x\.arn`\)\.$/);
    expect(t?.message).not.toMatch(/GetAtt|CloudFormation/);
    expect(messageAsReleased(t as Result)).toMatch(/e\.g\. CloudFormation `!Ref` of an AWS::KMS::Key\).*Use the key ARN \(`!GetAtt Key\.Arn`, `aws_kms_key\.x\.arn`\)\.$/);
  });

  it('CloudFormation is told !GetAtt Key.Arn only', () => {
    const [c] = of(
      {
        'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Key:
    Type: AWS::KMS::Key
  LogBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref Key
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: !GetAtt LogBucket.Arn
`,
      },
      'kms/key-arn',
    );
    expect(c?.status).toBe('fail');
    expect(c?.message).toMatch(/e\.g\. `!Ref` of an AWS::KMS::Key\).*Use the key ARN \(`!GetAtt Key\.Arn`\)\.$/);
    expect(c?.message).not.toMatch(/aws_kms_key/);
  });
});

describe('version-1 baselines keep matching respelled messages', () => {
  it('a Terraform finding fingerprints (v1) as its released CloudFormation wording', () => {
    const [r] = of(tf('  traffic_type = "ALL"\n  log_destination_type = "cloud-watch-logs"\n  log_destination = "arn:aws:logs:us-east-1:111122223333:log-group:flow-logs"'), 'flow-log/destination-settings');
    expect(r?.message).toMatch(/`iam_role_arn`/);
    const released = messageAsReleased(r as Result);
    expect(released).toBe('A CloudWatch Logs flow log needs a delivery role (`DeliverLogsPermissionArn`): the flow-logs service assumes it to publish to the log group.');
    expect(legacyFingerprintBase(r as Result)).toBe(legacyFingerprintBase({ ...(r as Result), message: released, wordedBefore: undefined }));
  });

  it('suffixes added after rendering are kept in the released wording', () => {
    const r = { message: 'Add depends_on on `x`. [when a=b]', wordedBefore: { now: 'Add depends_on on `x`.', before: 'Add DependsOn on `x`.' } };
    expect(messageAsReleased(r)).toBe('Add DependsOn on `x`. [when a=b]');
    // A message a later step rewrote in front is left alone (never a wrong splice).
    expect(messageAsReleased({ ...r, message: 'Other text' })).toBe('Other text');
  });
});

describe('the account as the input writes it', () => {
  const bucketTf = (account: string): Record<string, string> => ({
    'main.tf': `data "aws_caller_identity" "me" {}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_s3_bucket" "logs" {
  bucket = "flow-logs-${account}"
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "AWSLogDeliveryWrite", Effect = "Allow", Principal = { Service = "delivery.logs.amazonaws.com" }, Action = "s3:PutObject", Resource = "\${aws_s3_bucket.logs.arn}/AWSLogs/*" },
      { Sid = "AWSLogDeliveryAclCheck", Effect = "Allow", Principal = { Service = "delivery.logs.amazonaws.com" }, Action = "s3:GetBucketAcl", Resource = aws_s3_bucket.logs.arn }
    ]
  })
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.logs.arn
  depends_on           = [aws_s3_bucket_policy.logs]
}
`,
  });

  it('a Terraform message names data.aws_caller_identity, not ${AWS::AccountId}; its fingerprint does not change', async () => {
    const { fingerprintBase } = await import('../../../src/engine/fingerprint.js');
    const spelled = of(bucketTf('${data.aws_caller_identity.me.account_id}'), 'bucket-policy/source-conditions');
    expect(spelled.length).toBeGreaterThan(0);
    for (const r of spelled) {
      expect(r.message).toContain('flow-logs-${data.aws_caller_identity.me.account_id}');
      expect(r.message).not.toContain('AWS::AccountId');
    }
    // The same finding with the account spelled as released (CloudFormation's pseudo parameter).
    const asReleased = spelled.map((r) => {
      const un = (s: string) => s.split('${data.aws_caller_identity.me.account_id}').join('${AWS::AccountId}');
      return { ...r, message: un(r.message), ...(r.data ? { data: Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, typeof v === 'string' ? un(v) : v])) } : {}) };
    });
    expect(spelled.map(fingerprintBase)).toEqual(asReleased.map(fingerprintBase));
    expect(spelled.map(legacyFingerprintBase)).toEqual(asReleased.map(legacyFingerprintBase));
  });
});
