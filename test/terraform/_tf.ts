// Shared building blocks for the Terraform tests: HCL snippets for a delivery chain, and small
// helpers to pick results and find the line of a marker in a fixture.
import { expect } from 'vitest';
import type { Result } from '../../src/engine/types.js';

export type Checks = Record<string, { pass: number; fail: number; unverifiable: number }>;

/** 1-based line of the `nth` occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`marker ${JSON.stringify(needle)} (#${nth}) not in fixture`);
  }
  return text.slice(0, at).split('\n').length;
}

/** 1-based column of the first occurrence of `needle` on its line. */
export function columnOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`marker ${JSON.stringify(needle)} not in fixture`);
  return at - text.lastIndexOf('\n', at - 1);
}

export function byRule(results: readonly Result[], ruleId: string): Result[] {
  return results.filter((r) => r.ruleId === ruleId);
}

export function dump(x: unknown): string {
  return JSON.stringify(x, null, 1);
}

/** The check ran for one subject and it passed, with no result for the rule. */
export function expectPass(out: { results: Result[]; checks: Checks }, ruleId: string, n = 1): void {
  expect(byRule(out.results, ruleId), dump(out.results)).toEqual([]);
  expect(out.checks[ruleId], `${ruleId}: ${dump(out.results)}`).toEqual({ pass: n, fail: 0, unverifiable: 0 });
}

/** Exactly one result for the rule, with these properties. */
export function expectOne(out: { results: Result[] }, ruleId: string, props: Partial<Result>): Result {
  const mine = byRule(out.results, ruleId);
  expect(mine, dump(out.results)).toHaveLength(1);
  const r = mine[0] as Result;
  expect(r, dump(out.results)).toMatchObject(props);
  return r;
}

/** No result anywhere has status fail (unverifiable and pass only). */
export function expectNoFail(results: readonly Result[]): void {
  expect(
    results.filter((r) => r.status === 'fail'),
    dump(results),
  ).toEqual([]);
}

export const ACCOUNT = '111122223333';
export const ACCOUNT_B = '444455556666';

/** A root configuration (it has a provider block): variables take their defaults and tfvars,
 * not explored as a library module's inputs are (RULES.md, "How rules decide"). */
export const PROVIDER = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {}

data "aws_caller_identity" "current" {}
`;

export const VPC = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;

/** A bucket named `name` with address aws_s3_bucket.logs. */
export function bucket(name = 'tf-flow-logs'): string {
  return `resource "aws_s3_bucket" "logs" {
  bucket = "${name}"
}
`;
}

/**
 * An aws_iam_policy_document "logs" with the two delivery statements, PutObject on `write` (an
 * HCL expression for the Resource list) and GetBucketAcl on `acl`, both conditioned on
 * aws:SourceAccount = `source` (default: the caller's account; null: no such condition), and an
 * aws_s3_bucket_policy "logs" for bucket `bucket` that uses it.
 */
export function policyDoc(write: string, o: { acl?: string; bucket?: string; source?: string | null } = {}): string {
  const src = o.source === undefined ? '[data.aws_caller_identity.current.account_id]' : o.source;
  const cond = src
    ? `

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ${src}
    }`
    : '';
  return `data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "AWSLogDeliveryWrite"
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ${write}

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }${cond}
  }

  statement {
    sid       = "AWSLogDeliveryAclCheck"
    effect    = "Allow"
    actions   = ["s3:GetBucketAcl"]
    resources = ${o.acl ?? '[aws_s3_bucket.logs.arn]'}

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }${cond}
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = ${o.bucket ?? 'aws_s3_bucket.logs.id'}
  policy = data.aws_iam_policy_document.logs.json
}
`;
}

/**
 * A central log bucket for accounts ACCOUNT and ACCOUNT_B (local.accounts) and its policy, with
 * no flow log: the rules then check every --account-id against the prefix the policy names.
 */
export function centralBucket(write: string, accounts = [ACCOUNT, ACCOUNT_B]): string {
  return `${bucket()}
locals {
  accounts = [${accounts.map((a) => `"${a}"`).join(', ')}]
}

${policyDoc(write, { source: 'local.accounts' })}`;
}

/** An S3 flow log "main" on aws_vpc.main; `dest` is an HCL expression. */
export function flowLog(dest: string, extra = '', name = 'main'): string {
  return `resource "aws_flow_log" "${name}" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = ${dest}
${extra}}
`;
}

/** The write resource for `prefix` (with trailing slash, or '') in aws_s3_bucket.logs. */
export function writeFor(prefix = ''): string {
  return `["\${aws_s3_bucket.logs.arn}/${prefix}AWSLogs/\${data.aws_caller_identity.current.account_id}/*"]`;
}

/**
 * A CloudWatch Logs chain: log group "flow" named `name`, role "flow" trusting
 * vpc-flow-logs.amazonaws.com, an inline role policy with the delivery permissions, and a flow
 * log writing to the log group through the role.
 */
export function cwlChain(opts: { trustService?: string; destination?: string } = {}): string {
  const trust = opts.trustService ?? 'vpc-flow-logs.amazonaws.com';
  return `resource "aws_cloudwatch_log_group" "flow" {
  name = "/vpc/flow-logs"
}

resource "aws_iam_role" "flow" {
  name = "vpc-flow-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "${trust}" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "flow" {
  name = "deliver"
  role = aws_iam_role.flow.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
      Resource = ["\${aws_cloudwatch_log_group.flow.arn}:*"]
    }]
  })
}

resource "aws_flow_log" "cwl" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "cloud-watch-logs"
  log_destination      = ${opts.destination ?? 'aws_cloudwatch_log_group.flow.arn'}
  iam_role_arn         = aws_iam_role.flow.arn
}
`;
}
