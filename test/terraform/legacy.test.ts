// Older ways of writing the same chain: inline bucket policy and encryption on aws_s3_bucket,
// the separate encryption resource with KMS keys, log_group_name + iam_role_arn flow logs, roles
// with inline / attached policies, and policies read with file().
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { PROVIDER, VPC, bucket, byRule, columnOf, cwlChain, dump, expectOne, expectPass, flowLog, lineOf, policyDoc, writeFor } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const DW = 'bucket-policy/delivery-write';

const INLINE_POLICY = `jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Write"
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::tf-flow-logs/AWSLogs/\${data.aws_caller_identity.current.account_id}/*"
        Condition = {
          StringEquals = {
            "s3:x-amz-acl"      = "bucket-owner-full-control"
            "aws:SourceAccount" = data.aws_caller_identity.current.account_id
          }
        }
      },
      {
        Sid       = "Acl"
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:GetBucketAcl"
        Resource  = "arn:aws:s3:::tf-flow-logs"
        Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
      },
    ]
  })`;

/** A key policy letting the account administer and delivery.logs.amazonaws.com use the key. */
const KEY_POLICY = `jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Admin"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Delivery"
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
        Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
      },
    ]
  })`;

const KEY = `
resource "aws_kms_key" "logs" {
  description = "flow logs"
  policy      = ${KEY_POLICY}
}
`;

describe('aws_s3_bucket (inline arguments)', () => {
  it('an inline policy on aws_s3_bucket is the bucket policy', () => {
    const tf = `${PROVIDER}${VPC}
resource "aws_s3_bucket" "logs" {
  bucket = "tf-flow-logs"
  policy = ${INLINE_POLICY}
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
    expectPass(out, 'bucket-policy/source-conditions');
  });

  it('an inline policy without the ACL statement fails acl-check, naming the bucket resource', () => {
    const tf = `${PROVIDER}${VPC}
resource "aws_s3_bucket" "logs" {
  bucket = "tf-flow-logs"
  policy = ${INLINE_POLICY.replace('"s3:GetBucketAcl"', '"s3:GetObject"')}
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectOne(out, 'bucket-policy/acl-check', { status: 'fail', file: 'main.tf', resource: 'aws_s3_bucket.logs' });
  });

  const legacySse = (key: string) => `${PROVIDER}${VPC}${KEY}
resource "aws_s3_bucket" "logs" {
  bucket = "tf-flow-logs"
  policy = ${INLINE_POLICY}

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = ${key}
      }
    }
  }
}
${flowLog('aws_s3_bucket.logs.arn')}`;

  it('server_side_encryption_configuration with the key ARN passes the kms rules', () => {
    const out = runFiles({ 'main.tf': legacySse('aws_kms_key.logs.arn') });
    expectPass(out, 'kms/key-arn');
    expectPass(out, 'kms/customer-managed-key');
    expectPass(out, 'kms/delivery-key-access');
    expectPass(out, 'kms/source-conditions');
  });

  it('server_side_encryption_configuration with the key ID fails kms/key-arn at that value', () => {
    const tf = legacySse('aws_kms_key.logs.key_id');
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'kms/key-arn', { status: 'fail', severity: 'error', file: 'main.tf', line: lineOf(tf, 'kms_master_key_id = aws_kms_key.logs.key_id') });
  });

  it('server_side_encryption_configuration with aws:kms and no key is the AWS managed key', () => {
    const tf = legacySse('null');
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'kms/customer-managed-key', { status: 'fail', file: 'main.tf' });
  });

  it('server_side_encryption_configuration with AES256: the kms rules report nothing', () => {
    const tf = legacySse('null').replace('"aws:kms"', '"AES256"');
    const out = runFiles({ 'main.tf': tf });
    expect(out.results.filter((r) => r.ruleId.startsWith('kms/')), dump(out.results)).toEqual([]);
  });
});

describe('aws_s3_bucket_server_side_encryption_configuration', () => {
  const sse = (key: string, keyPolicy = true) => `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}${flowLog('aws_s3_bucket.logs.arn')}${keyPolicy ? KEY : '\nresource "aws_kms_key" "logs" {\n  description = "no policy"\n  policy      = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }, Action = "kms:*", Resource = "*" }] })\n}\n'}
resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = ${key}
    }
    bucket_key_enabled = true
  }
}
`;

  it('key by .arn passes kms/key-arn and kms/delivery-key-access', () => {
    const out = runFiles({ 'main.tf': sse('aws_kms_key.logs.arn') });
    expectPass(out, 'kms/key-arn');
    expectPass(out, 'kms/delivery-key-access');
    expectPass(out, 'kms/customer-managed-key');
  });

  for (const attr of ['key_id', 'id']) {
    it(`key by .${attr} fails kms/key-arn at the kms_master_key_id value`, () => {
      const tf = sse(`aws_kms_key.logs.${attr}`);
      const out = runFiles({ 'main.tf': tf });
      expectOne(out, 'kms/key-arn', { status: 'fail', severity: 'error', file: 'main.tf', line: lineOf(tf, `kms_master_key_id = aws_kms_key.logs.${attr}`), column: columnOf(tf, `aws_kms_key.logs.${attr}`) });
    });
  }

  it('a key alias ARN fails kms/key-arn', () => {
    const tf = `${sse('aws_kms_alias.logs.arn')}
resource "aws_kms_alias" "logs" {
  name          = "alias/flow-logs"
  target_key_id = aws_kms_key.logs.key_id
}
`;
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'kms/key-arn', { status: 'fail', file: 'main.tf', line: lineOf(tf, 'kms_master_key_id = aws_kms_alias.logs.arn') });
  });

  it('a key policy without the delivery statement fails kms/delivery-key-access', () => {
    const out = runFiles({ 'main.tf': sse('aws_kms_key.logs.arn', false) });
    expectPass(out, 'kms/key-arn');
    expectOne(out, 'kms/delivery-key-access', { status: 'fail', file: 'main.tf', resource: 'aws_kms_key.logs' });
  });
});

describe('CloudWatch Logs delivery role', () => {
  const legacy = (trust: string) =>
    `${PROVIDER}${VPC}${cwlChain({ trustService: trust })}`.replace(
      'log_destination_type = "cloud-watch-logs"\n  log_destination      = aws_cloudwatch_log_group.flow.arn',
      'log_group_name       = aws_cloudwatch_log_group.flow.name',
    );

  it('log_group_name + iam_role_arn with a role trusting vpc-flow-logs passes', () => {
    const out = runFiles({ 'main.tf': legacy('vpc-flow-logs.amazonaws.com') });
    expectPass(out, 'delivery-role/trust');
    expectPass(out, 'delivery-role/permissions');
    expectPass(out, 'flow-log/destination-settings');
  });

  it('a jsonencode assume_role_policy trusting ec2.amazonaws.com fails delivery-role/trust at the principal', () => {
    const tf = legacy('ec2.amazonaws.com');
    expect(tf).toContain('log_group_name');
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'delivery-role/trust', {
      status: 'fail',
      severity: 'error',
      file: 'main.tf',
      resource: 'aws_iam_role.flow',
      line: lineOf(tf, '"ec2.amazonaws.com"'),
      // HCL string values are positioned at their content, inside the quotes.
      column: columnOf(tf, 'ec2.amazonaws.com'),
    });
  });

  it('a heredoc assume_role_policy trusting ec2.amazonaws.com fails delivery-role/trust at the principal', () => {
    const tf = `${PROVIDER}${VPC}${cwlChain()}`.replace(
      /assume_role_policy = jsonencode\(\{[\s\S]*?\n {2}\}\)\n/,
      `assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "ec2.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
`,
    );
    expect(tf).toContain('<<EOF');
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'delivery-role/trust', { status: 'fail', file: 'main.tf', resource: 'aws_iam_role.flow', line: lineOf(tf, '"ec2.amazonaws.com"') });
  });

  it('aws_iam_role_policy missing logs:PutLogEvents fails delivery-role/permissions', () => {
    const tf = `${PROVIDER}${VPC}${cwlChain()}`.replace('"logs:PutLogEvents", ', '');
    const out = runFiles({ 'main.tf': tf });
    const r = expectOne(out, 'delivery-role/permissions', { status: 'fail', file: 'main.tf' });
    expect(r.message).toMatch(/PutLogEvents/);
  });

  const ATTACHED = (policyArn: string, withPolicy = true) =>
    `${PROVIDER}${VPC}${cwlChain()}`.replace(/resource "aws_iam_role_policy" "flow" \{[\s\S]*?\n\}\n/, '') +
    (withPolicy
      ? `
resource "aws_iam_policy" "deliver" {
  name = "flow-logs-deliver"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
      Resource = "*"
    }]
  })
}
`
      : '') +
    `
resource "aws_iam_role_policy_attachment" "deliver" {
  role       = aws_iam_role.flow.name
  policy_arn = ${policyArn}
}
`;

  it('aws_iam_role_policy_attachment + aws_iam_policy provide the permissions', () => {
    const tf = ATTACHED('aws_iam_policy.deliver.arn');
    expect(tf).not.toContain('"aws_iam_role_policy" "flow"');
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, 'delivery-role/permissions');
  });

  it('without the attachment the role has no permissions', () => {
    const tf = ATTACHED('aws_iam_policy.deliver.arn').replace(/resource "aws_iam_role_policy_attachment"[\s\S]*$/, '');
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'delivery-role/permissions', { status: 'fail' });
  });

  it('an attached managed policy outside the scan makes permissions unverifiable', () => {
    const out = runFiles({ 'main.tf': ATTACHED('"arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"', false) });
    const r = expectOne(out, 'delivery-role/permissions', { status: 'unverifiable', severity: 'warning' });
    expect(r.message).toMatch(/CloudWatchLogsFullAccess/);
  });
});

describe('policies read with file()', () => {
  const TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "Service": "ec2.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
`;
  const PERMS = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
      "Resource": "*"
    }
  ]
}
`;
  const tf = `${PROVIDER}${VPC}${cwlChain()}`
    .replace(/assume_role_policy = jsonencode\(\{[\s\S]*?\n {2}\}\)\n/, 'assume_role_policy = file("${path.module}/policies/trust.json")\n')
    .replace(/policy = jsonencode\(\{[\s\S]*?\n {2}\}\)\n/, 'policy = file("${path.module}/policies/permissions.json")\n');

  it('file("${path.module}/…") policies are read; findings point into the JSON file', () => {
    expect(tf).toContain('policies/trust.json');
    expect(tf).toContain('policies/permissions.json');
    const out = runFiles({ 'main.tf': tf, 'policies/trust.json': TRUST, 'policies/permissions.json': PERMS });
    expectOne(out, 'delivery-role/trust', {
      status: 'fail',
      resource: 'aws_iam_role.flow',
      file: 'policies/trust.json',
      line: lineOf(TRUST, '"ec2.amazonaws.com"'),
      column: columnOf(TRUST, '"ec2.amazonaws.com"'),
    });
    expectPass(out, 'delivery-role/permissions');
    // The files are part of the configuration, not standalone policies of their own.
    expect(out.results.filter((r) => r.file?.startsWith('policies/') && r.resource !== 'aws_iam_role.flow'), dump(out.results)).toEqual([]);
  });

  it('a bucket policy read with file() passes delivery-write', () => {
    const policy = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'delivery.logs.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::tf-flow-logs/AWSLogs/111122223333/*',
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': '111122223333' } },
          },
          {
            Effect: 'Allow',
            Principal: { Service: 'delivery.logs.amazonaws.com' },
            Action: 's3:GetBucketAcl',
            Resource: 'arn:aws:s3:::tf-flow-logs',
            Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
          },
        ],
      },
      null,
      2,
    );
    const main = `${VPC}${bucket()}
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = file("\${path.module}/bucket-policy.json")
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': main, 'bucket-policy.json': policy }, ['111122223333']);
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
    // Another source account: the failure points into bucket-policy.json.
    const other = runFiles({ 'main.tf': main, 'bucket-policy.json': policy }, ['444455556666']);
    const fails = byRule(other.results, DW);
    expect(fails.map((r) => [r.status, r.file]), dump(other.results)).toEqual([['fail', 'bucket-policy.json']]);
  });
});
