// Resources of the delivery chain that Terraform declares separately, and the evaluation bugs
// seen on real modules (issue 11): each decides a rule's outcome, so a lost link shows up as a
// wrong pass/fail here.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { PROVIDER, VPC, bucket, byRule, cwlChain, dump, expectNoFail, expectOne, expectPass, flowLog, policyDoc, writeFor } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const KEY_POLICY = (delivery: boolean) => `jsonencode({
    Version = "2012-10-17"
    Statement = concat([{
      Sid       = "Admin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }], ${
      delivery
        ? `[{
      Sid       = "Delivery"
      Effect    = "Allow"
      Principal = { Service = "delivery.logs.amazonaws.com" }
      Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]`
        : '[]'
    })
  })`;

const sseWithKeyPolicyResource = (delivery: boolean, keyRef = 'aws_kms_key.logs.id') => `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}${flowLog('aws_s3_bucket.logs.arn')}
resource "aws_kms_key" "logs" {
  description = "policy set by aws_kms_key_policy"
}

resource "aws_kms_key_policy" "logs" {
  key_id = ${keyRef}
  policy = ${KEY_POLICY(delivery)}
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

describe('aws_kms_key_policy', () => {
  it('is the policy of its key: the key check runs and passes', () => {
    const out = runFiles({ 'main.tf': sseWithKeyPolicyResource(true) });
    expectPass(out, 'kms/delivery-key-access');
  });

  it('linked by the key ARN too', () => {
    const out = runFiles({ 'main.tf': sseWithKeyPolicyResource(true, 'aws_kms_key.logs.arn') });
    expectPass(out, 'kms/delivery-key-access');
  });

  it('a key policy without the delivery statement fails (not "key not in the scanned set")', () => {
    const out = runFiles({ 'main.tf': sseWithKeyPolicyResource(false) });
    const r = expectOne(out, 'kms/delivery-key-access', { status: 'fail' });
    expect(r.message).not.toMatch(/not in the scanned set/);
  });
});

describe('aws_default_vpc', () => {
  it('is a VPC: a flow log on it passes vpc/flow-logs-enabled', () => {
    const tf = `${PROVIDER}${bucket()}${policyDoc(writeFor())}
resource "aws_default_vpc" "default" {}
${flowLog('aws_s3_bucket.logs.arn').replace('aws_vpc.main.id', 'aws_default_vpc.default.id')}`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, 'vpc/flow-logs-enabled');
  });

  it('without a flow log it fails vpc/flow-logs-enabled', () => {
    const tf = `${PROVIDER}
resource "aws_default_vpc" "default" {}
`;
    const out = runFiles({ 'main.tf': tf });
    expectOne(out, 'vpc/flow-logs-enabled', { status: 'fail', resource: 'aws_default_vpc.default' });
  });
});

describe('aws_iam_role_policy_attachments_exclusive', () => {
  const chain = (actions: string) =>
    `${PROVIDER}${VPC}${cwlChain()}`.replace(/resource "aws_iam_role_policy" "flow" \{[\s\S]*?\n\}\n/, `resource "aws_iam_policy" "deliver" {
  name = "deliver"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = [${actions}]
      Resource = ["\${aws_cloudwatch_log_group.flow.arn}:*"]
    }]
  })
}

resource "aws_iam_role_policy_attachments_exclusive" "flow" {
  role_name   = aws_iam_role.flow.name
  policy_arns = [aws_iam_policy.deliver.arn]
}
`);
  it('attaches its policies to the role', () => {
    const out = runFiles({ 'main.tf': chain('"logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"') });
    expectPass(out, 'delivery-role/permissions');
  });
  it('a missing action in the attached policy fails delivery-role/permissions', () => {
    const out = runFiles({ 'main.tf': chain('"logs:CreateLogStream"') });
    expectOne(out, 'delivery-role/permissions', { status: 'fail' });
  });
});

describe('evaluation bugs seen on real modules', () => {
  const MODULE = `variable "flow_log" {
  type = object({
    vpc_id          = string
    log_destination = string
    traffic_type    = optional(string, "ALL")
    log_format      = optional(string)
    destination_options = optional(object({
      file_format        = optional(string, "plain-text")
      per_hour_partition = optional(bool, false)
    }))
    deliver_cross_account_role = optional(string)
    iam_role_arn               = optional(string)
  })
}

resource "aws_flow_log" "this" {
  vpc_id                     = var.flow_log.vpc_id
  log_destination_type       = "s3"
  log_destination            = var.flow_log.log_destination
  traffic_type               = var.flow_log.traffic_type
  log_format                 = var.flow_log.log_format
  deliver_cross_account_role = var.flow_log.deliver_cross_account_role
  iam_role_arn = (
    var.flow_log.iam_role_arn == null # no role for S3
    // nothing else
    ? null /* keep unset */
    : var.flow_log.iam_role_arn
  )

  dynamic "destination_options" {
    for_each = var.flow_log.destination_options == null ? [] : [var.flow_log.destination_options]
    content {
      file_format        = destination_options.value.file_format
      per_hour_partition = destination_options.value.per_hour_partition
    }
  }
}
`;
  const ROOT = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}
module "flow" {
  source     = "./modules/flow"
  depends_on = [aws_s3_bucket_policy.logs]
  flow_log = {
    vpc_id          = one([for v in [aws_vpc.main] : v.id])
    log_destination = aws_s3_bucket.logs.arn
  }
}
`;
  it('optional() defaults, one(), and comments in a parenthesised conditional give no false errors', () => {
    const out = runFiles({ 'main.tf': ROOT, 'modules/flow/main.tf': MODULE });
    expectNoFail(out.results);
    expectPass(out, 'flow-log/traffic-type');
    expectPass(out, 'vpc/flow-logs-enabled');
    expect(byRule(out.results, 'flow-log/destination-settings'), dump(out.results)).toEqual([]);
  });
});

describe('users and groups (creator/*)', () => {
  const S3 = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}${flowLog('aws_s3_bucket.logs.arn')}`;
  const users = (attach: string) => `${S3}
resource "aws_iam_user" "ops" {
  name = "network-ops"
}

resource "aws_iam_user_policy" "create" {
  name = "create-flow-logs"
  user = aws_iam_user.ops.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ec2:CreateFlowLogs", "ec2:DescribeFlowLogs"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "delivery" {
  name = "log-delivery"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:CreateLogDelivery", "logs:DeleteLogDelivery"], Resource = "*" }]
  })
}
${attach}`;
  it('a managed policy attached to the user joins its inline policy: creator/log-delivery passes', () => {
    const out = runFiles({ 'main.tf': users('resource "aws_iam_user_policy_attachment" "delivery" {\n  user       = aws_iam_user.ops.name\n  policy_arn = aws_iam_policy.delivery.arn\n}\n') });
    expect(byRule(out.results, 'creator/log-delivery'), dump(out.results)).toEqual([]);
  });
  it('aws_iam_policy_attachment with users attaches it too', () => {
    const out = runFiles({ 'main.tf': users('resource "aws_iam_policy_attachment" "delivery" {\n  name       = "delivery"\n  users      = [aws_iam_user.ops.name]\n  policy_arn = aws_iam_policy.delivery.arn\n}\n') });
    expect(byRule(out.results, 'creator/log-delivery'), dump(out.results)).toEqual([]);
  });
  it('without the attachment the user lacks the log-delivery actions', () => {
    const out = runFiles({ 'main.tf': users('') });
    expectOne(out, 'creator/log-delivery', { status: 'fail' });
  });
});

describe('aws_flow_log targets', () => {
  const S3 = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}`;
  for (const [arg, value] of [
    ['subnet_id', '"subnet-0123456789abcdef0"'],
    ['eni_id', '"eni-0123456789abcdef0"'],
    ['transit_gateway_id', '"tgw-0123456789abcdef0"'],
    ['transit_gateway_attachment_id', '"tgw-attach-0123456789abcdef0"'],
  ] as const) {
    it(`a flow log on ${arg} is not a VPC flow log (vpc/flow-logs-enabled fails)`, () => {
      const out = runFiles({ 'main.tf': `${S3}${flowLog('aws_s3_bucket.logs.arn').replace('vpc_id               = aws_vpc.main.id', `${arg} = ${value}`)}` });
      expectOne(out, 'vpc/flow-logs-enabled', { status: 'fail', resource: 'aws_vpc.main' });
      expectPass(out, 'bucket-policy/delivery-write');
    });
  }
});

describe('aws_iam_role inline_policy and managed_policy_arns', () => {
  const POLICY = `jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
        Resource = ["\${aws_cloudwatch_log_group.flow.arn}:*"]
      }]
    })`;
  const withoutRolePolicy = (extraRole: string, extra = '') =>
    `${PROVIDER}${VPC}${cwlChain()}${extra}`.replace(/resource "aws_iam_role_policy" "flow" \{[\s\S]*?\n\}\n/, '').replace('resource "aws_iam_role" "flow" {\n', `resource "aws_iam_role" "flow" {\n${extraRole}\n`);
  it('an inline_policy block gives the role its permissions', () => {
    const out = runFiles({ 'main.tf': withoutRolePolicy(`  inline_policy {\n    name   = "deliver"\n    policy = ${POLICY}\n  }`) });
    expectPass(out, 'delivery-role/permissions');
  });
  it('managed_policy_arns attaches an aws_iam_policy', () => {
    const out = runFiles({ 'main.tf': withoutRolePolicy('  managed_policy_arns = [aws_iam_policy.deliver.arn]', `\nresource "aws_iam_policy" "deliver" {\n  name   = "deliver"\n  policy = ${POLICY}\n}\n`) });
    expectPass(out, 'delivery-role/permissions');
  });
  it('a role with neither fails delivery-role/permissions', () => {
    const out = runFiles({ 'main.tf': withoutRolePolicy('') });
    expectOne(out, 'delivery-role/permissions', { status: 'fail' });
  });
});
