// Symbolic inputs and library-module scenarios (RULES.md, "How rules decide"): a module folder
// with no backend, provider block or tfvars is explored over its bool inputs and enumerated
// validations; inputs nobody gives are symbols, decided where the answer holds for any value.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { byRule, dump, expectNoFail } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

/** A flow-log module in the style of public registry modules: it creates its log group unless
 * told not to, and then writes the role policy's Resource from the caller's destination. */
const MODULE = `variable "vpc_id" {
  type = string
}

variable "create_log_group" {
  type    = bool
  default = true
}

variable "log_destination" {
  type    = string
  default = null
}

variable "deliver_cross_account_role" {
  type    = string
  default = null
}

resource "aws_cloudwatch_log_group" "this" {
  count = var.create_log_group ? 1 : 0
  name  = "/flow/\${var.vpc_id}"
}

resource "aws_iam_role" "this" {
  name = "flow-logs-\${var.vpc_id}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "this" {
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
      Resource = var.create_log_group ? formatlist("%s:*", aws_cloudwatch_log_group.this[*].arn) : [var.log_destination]
    }]
  })
}

resource "aws_flow_log" "this" {
  vpc_id                     = var.vpc_id
  traffic_type               = "ALL"
  log_destination_type       = "cloud-watch-logs"
  log_destination            = try(aws_cloudwatch_log_group.this[0].arn, var.log_destination)
  iam_role_arn               = aws_iam_role.this.arn
  deliver_cross_account_role = var.deliver_cross_account_role
  depends_on                 = [aws_iam_role_policy.this]
}
`;

describe('library module scenarios', () => {
  it('explores create_log_group=false: the role policy is judged for the input destination, which must end in :*', () => {
    const out = runFiles({ 'modules/flow-log/main.tf': MODULE });
    const perm = byRule(out.results, 'delivery-role/permissions');
    expect(perm, dump(out.results)).toHaveLength(1);
    expect(perm[0]).toMatchObject({ status: 'unverifiable', resource: 'aws_iam_role.this' });
    expect(perm[0]?.message).toMatch(/passes only if `var\.log_destination` ends in `:\*`/);
    expect(perm[0]?.message).toMatch(/a Terraform `aws_cloudwatch_log_group` `arn` does not/);
    expect(perm[0]?.message).toMatch(/\[when var\.create_log_group=false\]$/);
    // The default scenario (log group created, policy on its `:*` form) passes.
    expect(out.checks['delivery-role/permissions']?.pass, dump(out.checks)).toBeGreaterThan(0);
    // An optional input left null is not "set" (no false "applies only to Firehose"); the trust
    // policy really lacks its confused-deputy conditions.
    expectNoFail(out.results.filter((r) => r.ruleId !== 'delivery-role/trust-conditions'));
  });

  it('a root configuration (provider block) is not explored: its defaults are the values', () => {
    const out = runFiles({ 'main.tf': `provider "aws" {\n  region = "eu-west-1"\n}\n${MODULE}` });
    expect(out.results.filter((r) => r.message.includes('[when')), dump(out.results)).toEqual([]);
    expect(byRule(out.results, 'delivery-role/permissions'), dump(out.results)).toEqual([]);
  });

  it('a .tfvars file beside the module makes it a root configuration', () => {
    const out = runFiles({ 'main.tf': MODULE, 'terraform.tfvars': 'vpc_id = "vpc-0123456789abcdef0"\n' });
    expect(out.results.filter((r) => r.message.includes('[when')), dump(out.results)).toEqual([]);
  });

  it('a caller that passes a log group arn (no :*) fails delivery-role/permissions', () => {
    const caller = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "x" {
  name = "/vpc/flow"
}

module "flow_logs" {
  source           = "../../modules/flow-log"
  vpc_id           = aws_vpc.main.id
  create_log_group = false
  log_destination  = aws_cloudwatch_log_group.x.arn
}
`;
    const out = runFiles({ 'modules/flow-log/main.tf': MODULE, 'examples/complete/main.tf': caller });
    const perm = byRule(out.results, 'delivery-role/permissions').filter((r) => r.resource?.includes('module.flow_logs'));
    expect(perm, dump(out.results)).toHaveLength(1);
    // The finding names the call path (the module folder is called from outside itself).
    expect(perm[0]).toMatchObject({ status: 'fail', resource: 'examples/complete → module.flow_logs.aws_iam_role.this', file: 'modules/flow-log/main.tf' });
    expect(perm[0]?.message).toMatch(/does not allow logs:CreateLogStream, logs:PutLogEvents/);
    // The module folder is also checked on its own, with symbolic inputs and its scenarios.
    const alone = byRule(out.results, 'delivery-role/permissions').filter((r) => r.resource === 'aws_iam_role.this');
    expect(alone.map((r) => r.status), dump(out.results)).toEqual(['unverifiable']);
    expect(alone[0]?.message).toMatch(/ends in `:\*`.*\[when var\.create_log_group=false\]$/);
    // A finding of the module's own text (the trust policy lacks its conditions) holds for the
    // module alone and under the caller: reported once.
    const trust = byRule(out.results, 'delivery-role/trust-conditions');
    expect(trust.map((r) => r.resource), dump(trust)).toEqual(['aws_iam_role.this']);
  });

  it('the same caller passing the :* form passes', () => {
    const caller = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_cloudwatch_log_group" "x" {
  name = "/vpc/flow"
}

module "flow_logs" {
  source           = "../../modules/flow-log"
  vpc_id           = "vpc-0123456789abcdef0"
  create_log_group = false
  log_destination  = "\${aws_cloudwatch_log_group.x.arn}:*"
}
`;
    const out = runFiles({ 'modules/flow-log/main.tf': MODULE, 'examples/complete/main.tf': caller });
    expect(byRule(out.results, 'delivery-role/permissions').filter((r) => r.resource?.includes('module.')), dump(out.results)).toEqual([]);
  });

  it('a policy that names another service fails for any value of the input', () => {
    const mod = MODULE.replace('[var.log_destination]', '["arn:aws:s3:::some-bucket/*"]');
    const out = runFiles({ 'main.tf': mod });
    const perm = byRule(out.results, 'delivery-role/permissions');
    expect(perm, dump(out.results)).toHaveLength(1);
    expect(perm[0]).toMatchObject({ status: 'fail' });
    expect(perm[0]?.message).toMatch(/for any value of `var\.log_destination`.*\[when var\.create_log_group=false\]/);
  });

  it('an input with an enumerating validation is explored over its values', () => {
    const mod = `variable "destination_type" {
  type    = string
  default = "s3"
  validation {
    condition     = contains(["s3", "cloud-watch-logs"], var.destination_type)
    error_message = "s3 or cloud-watch-logs"
  }
}

resource "aws_flow_log" "this" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination_type = var.destination_type
  log_destination      = "arn:aws:s3:::some-bucket-name"
}
`;
    const out = runFiles({ 'main.tf': mod });
    const dest = byRule(out.results, 'flow-log/destination-arn');
    expect(dest, dump(out.results)).toHaveLength(1);
    expect(dest[0]).toMatchObject({ status: 'fail' });
    expect(dest[0]?.message).toMatch(/\[when var\.destination_type="cloud-watch-logs"\]$/);
  });

  it('beyond 64 scenarios: the defaults plus each input flipped alone, and the label says so', () => {
    const flags = Array.from({ length: 7 }, (_, i) => `variable "f${i}" {\n  type    = bool\n  default = true\n}\n`).join('\n');
    const mod = `${flags}
resource "aws_flow_log" "this" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = var.f3 ? "ALL" : "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::some-bucket-name"
}
`;
    const out = runFiles({ 'main.tf': mod });
    const acc = byRule(out.results, 'flow-log/accept-only');
    expect(acc, dump(out.results)).toHaveLength(1);
    expect(acc[0]?.message).toMatch(/\[when var\.f3=false; 8 of 128 scenarios explored: defaults plus each input changed alone\]$/);
  });

  it('a required string input is a symbol: a bucket policy without GetBucketAcl fails for any bucket name', () => {
    const mod = `variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = var.bucket_name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "delivery.logs.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::\${var.bucket_name}/AWSLogs/*"
    }]
  })
}
`;
    const out = runFiles({ 'main.tf': mod }, ['111122223333']);
    const acl = byRule(out.results, 'bucket-policy/acl-check');
    expect(acl, dump(out.results)).toHaveLength(1);
    expect(acl[0]).toMatchObject({ status: 'fail' });
    expect(acl[0]?.message).toMatch(/\(for any value of `var\.bucket_name`\)$/);
  });
});

// The project's shared folder sits beside the repository (as in CI).
const CORPUS_MODULE = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'tfaws-vpc', 'modules-flow-log');
const corpusPresent = existsSync(CORPUS_MODULE);

describe('tfaws-vpc/modules-flow-log (the real module, read from the corpus)', () => {
  const files = () => Object.fromEntries(['main.tf', 'variables.tf'].map((f) => [`modules/flow-log/${f}`, readFileSync(join(CORPUS_MODULE, f), 'utf8')]));

  it.skipIf(!corpusPresent)(`on its own: the role policy without a created log group needs the :* form of var.log_destination${corpusPresent ? '' : ' (skipped: corpus absent)'}`, () => {
    const out = runFiles(files());
    const perm = byRule(out.results, 'delivery-role/permissions');
    expect(perm, dump(out.results)).toHaveLength(1);
    expect(perm[0]).toMatchObject({ status: 'unverifiable', resource: 'aws_iam_role.this[0]' });
    expect(perm[0]?.message).toMatch(/passes only if `var\.log_destination` ends in `:\*`.*var\.create_cloudwatch_log_group=false/);
    // The real module does not order its flow log after the role policy attachment: that
    // flow-log/dependency-order finding is true (the module has no depends_on); nothing else fails.
    expectNoFail(out.results.filter((r) => r.ruleId !== 'flow-log/dependency-order'));
  });

  it.skipIf(!corpusPresent)(`an examples/ caller passing aws_cloudwatch_log_group.x.arn fails delivery-role/permissions${corpusPresent ? '' : ' (skipped: corpus absent)'}`, () => {
    const caller = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "x" {
  name = "/vpc/flow-logs"
}

module "flow_logs" {
  source = "../../modules/flow-log"

  vpc_id                      = aws_vpc.main.id
  create_cloudwatch_log_group = false
  log_destination             = aws_cloudwatch_log_group.x.arn
}
`;
    const out = runFiles({ ...files(), 'examples/complete/main.tf': caller });
    const perm = byRule(out.results, 'delivery-role/permissions').filter((r) => r.resource?.startsWith('examples/complete → module.flow_logs'));
    expect(perm, dump(out.results)).toHaveLength(1);
    expect(perm[0]).toMatchObject({ status: 'fail', resource: 'examples/complete → module.flow_logs.aws_iam_role.this[0]' });
    expect(perm[0]?.message).toMatch(/does not allow logs:CreateLogStream, logs:PutLogEvents/);
    // Nothing else fails: the caller's other results and the module's own are not false fails.
    // (flow-log/dependency-order on the real module is a true finding: it has no depends_on.)
    expectNoFail(out.results.filter((r) => r !== perm[0] && r.ruleId !== 'flow-log/dependency-order'));
  });
});

describe('a role given by an input', () => {
  it('is unverifiable naming the input, not "not in the scanned set"', () => {
    const mod = `variable "iam_role_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/vpc/flow"
}

resource "aws_flow_log" "this" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.this.arn
  iam_role_arn         = var.iam_role_arn
}
`;
    const out = runFiles({ 'main.tf': mod });
    const t = byRule(out.results, 'delivery-role/trust');
    expect(t, dump(out.results)).toHaveLength(1);
    expect(t[0]).toMatchObject({ status: 'unverifiable' });
    expect(t[0]?.message).toMatch(/The delivery role is `var\.iam_role_arn`, an input its caller gives/);
    expectNoFail(out.results);
  });
});
