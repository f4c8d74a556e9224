// Terraform expression resolution as the delivery chain sees it: templates, variables (defaults,
// tfvars, missing), locals, resource attributes, jsonencode and the functions policy code uses,
// conditionals and for expressions. Each feature decides a rule's outcome, so a wrong evaluation
// shows up as a wrong pass/fail.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { ACCOUNT, ACCOUNT_B, PROVIDER, VPC, bucket, centralBucket, cwlChain, dump, expectNoFail, expectOne, expectPass, flowLog, lineOf, policyDoc, writeFor } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const DW = 'bucket-policy/delivery-write';

describe('templates', () => {
  it('string interpolation builds the destination and the policy resource', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('vpc/'))}${flowLog('"${aws_s3_bucket.logs.arn}/${local.folder}/"')}
locals {
  folder = "vpc"
}
`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
    expectPass(out, 'flow-log/destination-arn');
  });

  it('an interpolated prefix that the policy does not grant fails delivery-write', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('vpc/'))}${flowLog('"${aws_s3_bucket.logs.arn}/${local.folder}/"')}
locals {
  folder = "other"
}
`;
    const out = runFiles({ 'main.tf': tf });
    const r = expectOne(out, DW, { status: 'fail', file: 'main.tf' });
    expect(r.message).toMatch(/other\/AWSLogs/);
  });

  it('a heredoc policy with interpolations is parsed as JSON with the symbols put back', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "Write",
          "Effect": "Allow",
          "Principal": { "Service": "delivery.logs.amazonaws.com" },
          "Action": "s3:PutObject",
          "Resource": "\${aws_s3_bucket.logs.arn}/AWSLogs/\${data.aws_caller_identity.current.account_id}/*",
          "Condition": {
            "StringEquals": {
              "s3:x-amz-acl": "bucket-owner-full-control",
              "aws:SourceAccount": "\${data.aws_caller_identity.current.account_id}"
            }
          }
        },
        {
          "Sid": "Acl",
          "Effect": "Allow",
          "Principal": { "Service": "delivery.logs.amazonaws.com" },
          "Action": "s3:GetBucketAcl",
          "Resource": "\${aws_s3_bucket.logs.arn}",
          "Condition": { "StringEquals": { "aws:SourceAccount": "\${data.aws_caller_identity.current.account_id}" } }
        }
      ]
    }
  EOT
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('a literal heredoc policy is read and its findings point into the heredoc', () => {
    const tf = `${VPC}${bucket('tf-flow-logs')}
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Write",
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::tf-flow-logs/AWSLogs/${ACCOUNT}/*",
      "Condition": { "StringEquals": { "s3:x-amz-acl": "bucket-owner-full-control" } }
    },
    {
      "Sid": "PublicWrite",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::tf-flow-logs/*"
    }
  ]
}
EOF
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf }, [ACCOUNT]);
    expectPass(out, DW);
    // The ACL statement is missing and a public write statement is there.
    expectOne(out, 'bucket-policy/acl-check', { status: 'fail', file: 'main.tf', resource: 'aws_s3_bucket_policy.logs' });
    const pw = expectOne(out, 'bucket-policy/public-write', { status: 'fail', file: 'main.tf' });
    expect(pw.line, pw.message).toBeGreaterThanOrEqual(lineOf(tf, '"Sid": "PublicWrite"'));
    expect(pw.line, pw.message).toBeLessThanOrEqual(lineOf(tf, '"Resource": "arn:aws:s3:::tf-flow-logs/*"'));
  });
});

describe('templatefile', () => {
  const TPL = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "\${bucket_arn}/AWSLogs/\${account}/*",
      "Condition": { "StringEquals": { "s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceAccount": "\${account}" } }
    },
    {
      "Effect": "Allow",
      "Principal": { "Service": "delivery.logs.amazonaws.com" },
      "Action": "s3:GetBucketAcl",
      "Resource": "\${bucket_arn}",
      "Condition": { "StringEquals": { "aws:SourceAccount": "\${account}" } }
    }
  ]
}
`;
  const tf = (vars: string) => `${PROVIDER}${VPC}${bucket()}
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = templatefile("\${path.module}/policy.json.tpl", ${vars})
}
${flowLog('aws_s3_bucket.logs.arn')}`;

  it('templatefile() with literal variables renders a policy', () => {
    const out = runFiles({ 'main.tf': tf(`{ bucket_arn = "arn:aws:s3:::tf-flow-logs", account = "${ACCOUNT}" }`), 'policy.json.tpl': TPL }, [ACCOUNT]);
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('templatefile() with symbols (resource attributes, caller account) renders a policy', () => {
    const out = runFiles({ 'main.tf': tf('{ bucket_arn = aws_s3_bucket.logs.arn, account = data.aws_caller_identity.current.account_id }'), 'policy.json.tpl': TPL });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });
});

describe('variables', () => {
  const varTf = (def: string) => `${PROVIDER}${VPC}
variable "bucket_name" {
  type    = string
  default = "${def}"
}

resource "aws_s3_bucket" "logs" {
  bucket = var.bucket_name
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::tf-flow-logs/AWSLogs/\${data.aws_caller_identity.current.account_id}/*"]

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }

  statement {
    actions   = ["s3:GetBucketAcl"]
    resources = ["arn:aws:s3:::tf-flow-logs"]

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}
${flowLog('"arn:aws:s3:::${var.bucket_name}"')}`;

  it('var.* takes the default', () => {
    const out = runFiles({ 'main.tf': varTf('tf-flow-logs') });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('a default that names another bucket is used too (the policy then grants nothing)', () => {
    const out = runFiles({ 'main.tf': varTf('another-bucket') });
    expectOne(out, DW, { status: 'fail', resource: 'aws_s3_bucket_policy.logs' });
  });

  it('terraform.tfvars overrides the default', () => {
    const out = runFiles({ 'main.tf': varTf('another-bucket'), 'terraform.tfvars': 'bucket_name = "tf-flow-logs"\n' });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('*.auto.tfvars overrides the default', () => {
    const out = runFiles({ 'main.tf': varTf('another-bucket'), 'prod.auto.tfvars': 'bucket_name = "tf-flow-logs"\n' });
    expectPass(out, DW);
  });

  it('a .tfvars file with another name is not loaded (Terraform needs -var-file for it)', () => {
    const out = runFiles({ 'main.tf': varTf('another-bucket'), 'prod.tfvars': 'bucket_name = "tf-flow-logs"\n' });
    expectOne(out, DW, { status: 'fail' });
  });

  it('a variable without default gives an unverifiable result naming it, never a pass or fail', () => {
    // The flow log waits for its bucket policy, so the only open question is the variable.
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('vpc/'))}
variable "log_prefix" {
  type = string
}
${flowLog('"${aws_s3_bucket.logs.arn}/${var.log_prefix}/"', '  depends_on           = [aws_s3_bucket_policy.logs]\n')}`;
    const out = runFiles({ 'main.tf': tf });
    expectNoFail(out.results);
    // The variable is a symbol (RULES.md, "How rules decide"): the question it decides is asked of
    // the bucket policy, for the prefix `${var.log_prefix}`.
    const unv = out.results.filter((r) => r.status === 'unverifiable' && (r.resource === 'aws_flow_log.main' || r.resource === 'aws_s3_bucket_policy.logs'));
    expect(unv.length, dump(out.results)).toBeGreaterThan(0);
    for (const r of unv) expect(r.message).toMatch(/log_prefix/);
    expect(unv[0]).toMatchObject({ file: 'main.tf', severity: 'warning' });
    expect(out.checks[DW]?.pass ?? 0).toBe(0);
  });
  it('a variable without default inside the bucket policy gives an unverifiable delivery-write naming it', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc('["${aws_s3_bucket.logs.arn}/${var.log_folder}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]')}
variable "log_folder" {
  type = string
}
${flowLog('"${aws_s3_bucket.logs.arn}/vpc/"')}`;
    const out = runFiles({ 'main.tf': tf });
    const r = expectOne(out, DW, { status: 'unverifiable', severity: 'warning', file: 'main.tf', resource: 'aws_s3_bucket_policy.logs' });
    expect(r.message).toMatch(/log_folder/);
    expect(out.checks[DW]).toMatchObject({ pass: 0, fail: 0 });
  });
});

describe('locals', () => {
  it('local.* referring to other locals resolves', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('flow/vpc-a/'))}
locals {
  root       = "flow"
  folder     = "\${local.root}/vpc-a"
  bucket_arn = aws_s3_bucket.logs.arn
  target     = "\${local.bucket_arn}/\${local.folder}/"
}
${flowLog('local.target')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'flow-log/destination-arn');
  });

  it('locals in another file of the same module resolve', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('x/'))}${flowLog('local.target')}`;
    const out = runFiles({ 'main.tf': tf, 'locals.tf': 'locals {\n  target = "${aws_s3_bucket.logs.arn}/${local.p}"\n  p      = "x/"\n}\n' });
    expectPass(out, DW);
  });
});

describe('resource attributes', () => {
  it('aws_s3_bucket .arn, .id and .bucket all name the same bucket', () => {
    for (const expr of ['aws_s3_bucket.logs.id', 'aws_s3_bucket.logs.bucket']) {
      const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor(), { bucket: expr })}${flowLog('aws_s3_bucket.logs.arn')}`;
      const out = runFiles({ 'main.tf': tf });
      expectPass(out, DW);
    }
    // The bucket's computed ARN equals the literal ARN of its name.
    const lit = `${PROVIDER}${VPC}${bucket()}${policyDoc('["arn:aws:s3:::tf-flow-logs/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]', { acl: '["arn:aws:s3:::${aws_s3_bucket.logs.bucket}"]' })}${flowLog('"arn:aws:s3:::tf-flow-logs"')}`;
    const out = runFiles({ 'main.tf': lit });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('a bucket with a computed name (bucket_prefix) is still one symbol everywhere', () => {
    const tf = `${PROVIDER}${VPC}
resource "aws_s3_bucket" "logs" {
  bucket_prefix = "flow-"
}
${policyDoc(writeFor())}${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('aws_iam_role .arn and aws_cloudwatch_log_group .arn link a CloudWatch Logs flow log', () => {
    const out = runFiles({ 'main.tf': `${PROVIDER}${VPC}${cwlChain()}` });
    expectPass(out, 'delivery-role/trust');
    expectPass(out, 'delivery-role/permissions');
    expectPass(out, 'flow-log/destination-settings');
  });

  it('aws_cloudwatch_log_group .name links the legacy log_group_name', () => {
    const tf = `${PROVIDER}${VPC}${cwlChain()}`.replace(
      'log_destination_type = "cloud-watch-logs"\n  log_destination      = aws_cloudwatch_log_group.flow.arn',
      'log_group_name       = aws_cloudwatch_log_group.flow.name',
    );
    expect(tf).toContain('log_group_name');
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, 'delivery-role/trust');
    expectPass(out, 'delivery-role/permissions');
  });

  it('a role policy for another log group fails permissions (the log group attribute is used)', () => {
    const tf = `${PROVIDER}${VPC}${cwlChain()}
resource "aws_cloudwatch_log_group" "other" {
  name = "/other"
}
`.replace('${aws_cloudwatch_log_group.flow.arn}:*', '${aws_cloudwatch_log_group.other.arn}:*');
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'delivery-role/permissions', { status: 'fail', file: 'main.tf' });
  });

  it('aws_kms_key .arn as the bucket key passes kms/key-arn', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}${flowLog('aws_s3_bucket.logs.arn')}
resource "aws_kms_key" "logs" {
  description = "flow logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.logs.arn
    }
  }
}
`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, 'kms/key-arn');
    expectPass(out, 'kms/customer-managed-key');
  });
});

describe('jsonencode', () => {
  const tf = (sourceAccount: string) => `${PROVIDER}${VPC}${bucket()}
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Write"
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "\${aws_s3_bucket.logs.arn}/AWSLogs/\${data.aws_caller_identity.current.account_id}/*"
        Condition = {
          StringEquals = {
            "s3:x-amz-acl"      = "bucket-owner-full-control"
            "aws:SourceAccount" = ${sourceAccount}
          }
        }
      },
      {
        Sid       = "Acl"
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:GetBucketAcl"
        Resource  = aws_s3_bucket.logs.arn
        Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
      },
    ]
  })
}
${flowLog('aws_s3_bucket.logs.arn')}`;

  it('a jsonencode({...}) bucket policy is evaluated', () => {
    const out = runFiles({ 'main.tf': tf('data.aws_caller_identity.current.account_id') });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
    expectPass(out, 'bucket-policy/source-conditions');
  });

  it('a jsonencode policy whose condition excludes the account fails at that condition key', () => {
    const text = tf('"999999999999"');
    const out = runFiles({ 'main.tf': text }, [ACCOUNT]);
    const r = expectOne(out, DW, { status: 'fail', file: 'main.tf', resource: 'aws_s3_bucket_policy.logs', line: lineOf(text, '"aws:SourceAccount" = "999999999999"') });
    expect(r.message).toMatch(/aws:SourceAccount/);
  });
});

describe('functions', () => {
  const withWrite = (write: string) => `${PROVIDER}${VPC}${bucket()}${policyDoc(write)}${flowLog('"${aws_s3_bucket.logs.arn}/vpc/"')}`;

  it('format()', () => {
    const out = runFiles({ 'main.tf': withWrite('[format("%s/vpc/AWSLogs/%s/*", aws_s3_bucket.logs.arn, data.aws_caller_identity.current.account_id)]') });
    expectPass(out, DW);
  });

  it('format() with a wrong path fails', () => {
    const out = runFiles({ 'main.tf': withWrite('[format("%s/logs/AWSLogs/%s/*", aws_s3_bucket.logs.arn, data.aws_caller_identity.current.account_id)]') });
    expectOne(out, DW, { status: 'fail' });
  });

  it('join()', () => {
    const out = runFiles({ 'main.tf': withWrite('[join("/", [aws_s3_bucket.logs.arn, "vpc", "AWSLogs", data.aws_caller_identity.current.account_id, "*"])]') });
    expectPass(out, DW);
  });

  it('join() builds the bucket ARN from its parts', () => {
    const out = runFiles({ 'main.tf': withWrite('["${join(":", ["arn", "aws", "s3", "", "", aws_s3_bucket.logs.bucket])}/vpc/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]') });
    expectPass(out, DW);
  });

  it('concat()', () => {
    const tf = centralBucket('concat(["arn:aws:s3:::unrelated/*"], ["${aws_s3_bucket.logs.arn}/vpc/AWSLogs/111122223333/*"], ["${aws_s3_bucket.logs.arn}/vpc/AWSLogs/444455556666/*"])');
    expectPass(runFiles({ 'main.tf': tf }, [ACCOUNT, ACCOUNT_B]), DW, 2);
  });

  it('concat() missing one account fails for that account', () => {
    const tf = centralBucket('concat(["arn:aws:s3:::unrelated/*"], ["${aws_s3_bucket.logs.arn}/vpc/AWSLogs/111122223333/*"])');
    const out = runFiles({ 'main.tf': tf }, [ACCOUNT, ACCOUNT_B]);
    const r = expectOne(out, DW, { status: 'fail', resource: 'aws_s3_bucket_policy.logs' });
    expect(r.message).toMatch(/vpc\/AWSLogs\/444455556666/);
  });

  it('formatlist()', () => {
    const tf = centralBucket('formatlist("${aws_s3_bucket.logs.arn}/vpc/AWSLogs/%s/*", local.accounts)');
    expectPass(runFiles({ 'main.tf': tf }, [ACCOUNT, ACCOUNT_B]), DW, 2);
    const one = runFiles({ 'main.tf': centralBucket('formatlist("${aws_s3_bucket.logs.arn}/vpc/AWSLogs/%s/*", ["111122223333"])') }, [ACCOUNT, ACCOUNT_B]);
    expect(one.checks[DW], dump(one.results)).toEqual({ pass: 1, fail: 1, unverifiable: 0 });
  });

  it('merge() of condition maps in a jsonencode policy', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}
locals {
  acl_condition    = { "s3:x-amz-acl" = "bucket-owner-full-control" }
  source_condition = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "\${aws_s3_bucket.logs.arn}/AWSLogs/*"
        Condition = { StringEquals = merge(local.acl_condition, local.source_condition) }
      },
      {
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:GetBucketAcl"
        Resource  = aws_s3_bucket.logs.arn
        Condition = { StringEquals = local.source_condition }
      },
    ]
  })
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/owner-full-control');
    expectPass(out, 'bucket-policy/source-conditions');
  });

  it('merge(): a later map overrides a key of an earlier one', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "\${aws_s3_bucket.logs.arn}/AWSLogs/*"
        Condition = { StringEquals = merge({ "s3:x-amz-acl" = "bucket-owner-full-control" }, { "s3:x-amz-acl" = "private" }) }
      },
    ]
  })
}
${flowLog('aws_s3_bucket.logs.arn')}`;
    const out = runFiles({ 'main.tf': tf });
    const r = expectOne(out, DW, { status: 'fail' });
    expect(r.message).toMatch(/s3:x-amz-acl/);
  });
});

describe('conditionals and for expressions', () => {
  it('a conditional on a variable default is decided', () => {
    const tf = (flag: string) => `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('vpc/'))}
variable "use_prefix" {
  type    = bool
  default = ${flag}
}

locals {
  env = "prod"
}
${flowLog('var.use_prefix ? "${aws_s3_bucket.logs.arn}/vpc/" : (local.env == "prod" ? "${aws_s3_bucket.logs.arn}/prod/" : "x")')}`;
    const yes = runFiles({ 'main.tf': tf('true') });
    expectPass(yes, DW);
    // false → the nested conditional → prefix prod/, which the policy does not grant.
    const no = runFiles({ 'main.tf': tf('false') });
    const r = expectOne(no, DW, { status: 'fail' });
    expect(r.message).toMatch(/prod\/AWSLogs/);
  });

  it('a conditional on a variable without default is unverifiable, not fail', () => {
    // The flow log waits for its bucket policy, so the only open question is the variable.
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('vpc/'))}
variable "use_prefix" {
  type = bool
}
${flowLog('var.use_prefix ? "${aws_s3_bucket.logs.arn}/vpc/" : "${aws_s3_bucket.logs.arn}/other/"', '  depends_on           = [aws_s3_bucket_policy.logs]\n')}`;
    const out = runFiles({ 'main.tf': tf });
    expectNoFail(out.results);
    const d = expectOne(out, 'flow-log/destination-arn', { status: 'unverifiable', resource: 'aws_flow_log.main', file: 'main.tf', line: lineOf(tf, 'log_destination      = var.use_prefix') });
    expect(d.message).toMatch(/use_prefix/);
  });

  it('a for expression builds one Resource entry per account', () => {
    const both = centralBucket('[for a in local.accounts : "${aws_s3_bucket.logs.arn}/vpc/AWSLogs/${a}/*"]');
    expectPass(runFiles({ 'main.tf': both }, [ACCOUNT, ACCOUNT_B]), DW, 2);
    const one = runFiles({ 'main.tf': centralBucket('[for a in ["111122223333"] : "${aws_s3_bucket.logs.arn}/vpc/AWSLogs/${a}/*"]') }, [ACCOUNT, ACCOUNT_B]);
    const r = expectOne(one, DW, { status: 'fail' });
    expect(r.message).toMatch(new RegExp(ACCOUNT_B));
  });

  it('a for expression with a filter and an object result', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}${policyDoc('[for k, v in local.folders : "${aws_s3_bucket.logs.arn}/${v}/AWSLogs/${data.aws_caller_identity.current.account_id}/*" if k != "skip"]')}
locals {
  folders = { main = "vpc", skip = "nope" }
  dests   = { for k, v in local.folders : k => "\${aws_s3_bucket.logs.arn}/\${v}/" }
}
${flowLog('local.dests["main"]')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    // The filtered-out entry is not granted: a flow log to it fails.
    const skipped = runFiles({ 'main.tf': tf.replace('local.dests["main"]', 'local.dests["skip"]') });
    expectOne(skipped, DW, { status: 'fail' });
  });
});
