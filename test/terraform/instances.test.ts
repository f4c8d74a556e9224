// count and for_each: one resource per instance with Terraform's addresses (`x[0]`, `x["a"]`),
// an instance `x[?]` when the collection cannot be known (its results unverifiable, never failing),
// and no resource at all for count = 0.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { PROVIDER, VPC, bucket, byRule, dump, expectPass, lineOf, policyDoc, writeFor } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const ACCEPT = 'flow-log/accept-only';
const DW = 'bucket-policy/delivery-write';

const S3 = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor('a/'))}`;

describe('count', () => {
  it('count = 2 gives two instances [0] and [1]', () => {
    const tf = `${S3}
resource "aws_flow_log" "x" {
  count = 2

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/a/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    const acc = byRule(out.results, ACCEPT);
    expect(out.checks[ACCEPT]).toEqual({ pass: 0, fail: 2, unverifiable: 0 });
    // One result per instance, even though both point at the same line.
    expect(acc.map((r) => r.resource).sort(), dump(out.results)).toEqual(['aws_flow_log.x[0]', 'aws_flow_log.x[1]']);
    for (const r of acc) expect(r).toMatchObject({ status: 'fail', severity: 'warning', file: 'main.tf', line: lineOf(tf, 'traffic_type         = "ACCEPT"') });
    expectPass(out, DW, 2);
  });

  it('count.index selects each instance\'s values', () => {
    const tf = `${S3}
locals {
  folders = ["a", "b"]
}

resource "aws_flow_log" "x" {
  count = length(local.folders)

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/\${local.folders[count.index]}/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    // The policy grants folder a only: x[0] passes, x[1] fails.
    expect(out.checks[DW], dump(out.results)).toEqual({ pass: 1, fail: 1, unverifiable: 0 });
    expect(byRule(out.results, DW)[0]?.message).toMatch(/tf-flow-logs\/b\/AWSLogs/);
  });

  it('count = 0 (var.enabled ? 1 : 0 with default false) produces no resource', () => {
    const tf = `${S3}
variable "enabled" {
  type    = bool
  default = false
}

resource "aws_flow_log" "x" {
  count = var.enabled ? 1 : 0

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/zzz/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    expect(out.results.filter((r) => r.resource?.startsWith('aws_flow_log.')), dump(out.results)).toEqual([]);
    expect(out.checks[ACCEPT]).toBeUndefined();
    // The VPC now has no flow log.
    const vpc = byRule(out.results, 'vpc/flow-logs-enabled');
    expect(vpc.map((r) => [r.status, r.resource]), dump(out.results)).toEqual([['fail', 'aws_vpc.main']]);
    // With enabled = true there is exactly one instance, [0].
    const on = runFiles({ 'main.tf': tf.replace('default = false', 'default = true') });
    expect(byRule(on.results, ACCEPT).map((r) => r.resource)).toEqual(['aws_flow_log.x[0]']);
  });

  it('a reference to an instance of a counted resource ([0]) resolves', () => {
    const tf = `${PROVIDER}${VPC}
resource "aws_s3_bucket" "logs" {
  count  = 1
  bucket = "tf-flow-logs"
}
${policyDoc('["${aws_s3_bucket.logs[0].arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]', { acl: 'aws_s3_bucket.logs[*].arn', bucket: 'aws_s3_bucket.logs[0].id' })}
resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.logs[0].arn
}
`;
    const out = runFiles({ 'main.tf': tf });
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/acl-check');
  });

  it('a count over a variable without default gives x[?]; values from count.index are unverifiable', () => {
    const tf = `${S3}
variable "n" {
  type = number
}

resource "aws_flow_log" "x" {
  count = var.n

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/\${count.index}/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    const mine = out.results.filter((r) => r.resource?.startsWith('aws_flow_log.x'));
    expect(mine.length, dump(out.results)).toBeGreaterThan(0);
    for (const r of mine) {
      expect(r.resource).toBe('aws_flow_log.x[?]');
      expect(r.status, dump(r)).toBe('unverifiable');
    }
    expect(mine.some((r) => /\bn\b|count/.test(r.message)), dump(mine)).toBe(true);
    expect(out.results.filter((r) => r.status === 'fail' && r.severity === 'error'), dump(out.results)).toEqual([]);
  });
});

describe('for_each', () => {
  it('a static for_each map gives x["a"] and x["b"], with each.value', () => {
    const tf = `${S3}
resource "aws_flow_log" "x" {
  for_each = {
    a = "ACCEPT"
    b = "ALL"
  }

  vpc_id               = aws_vpc.main.id
  traffic_type         = each.value
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/a/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    const acc = byRule(out.results, ACCEPT);
    expect(acc.map((r) => r.resource), dump(out.results)).toEqual(['aws_flow_log.x["a"]']);
    // The offending value is the "ACCEPT" written in the for_each map.
    expect(acc[0]).toMatchObject({ file: 'main.tf', line: lineOf(tf, 'a = "ACCEPT"') });
    expect(out.checks[ACCEPT]).toEqual({ pass: 1, fail: 1, unverifiable: 0 });
    expectPass(out, DW, 2);
  });

  it('a for_each over toset([...]) gives one instance per element, with each.key', () => {
    const tf = `${S3}
resource "aws_flow_log" "x" {
  for_each = toset(["a", "b"])

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/\${each.key}/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    expect(byRule(out.results, ACCEPT).map((r) => r.resource).sort(), dump(out.results)).toEqual(['aws_flow_log.x["a"]', 'aws_flow_log.x["b"]']);
    expect(out.checks[DW]).toEqual({ pass: 1, fail: 1, unverifiable: 0 });
  });

  it('a for_each over a variable without default gives x[?] and only unverifiable results', () => {
    const tf = `${S3}
variable "destinations" {
  type = map(string)
}

resource "aws_flow_log" "x" {
  for_each = var.destinations

  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = each.value
}
`;
    const out = runFiles({ 'main.tf': tf });
    const mine = out.results.filter((r) => r.resource?.startsWith('aws_flow_log.x'));
    expect(mine.length, dump(out.results)).toBeGreaterThan(0);
    for (const r of mine) {
      expect(r.resource).toBe('aws_flow_log.x[?]');
      expect(r.status, dump(r)).toBe('unverifiable');
    }
    expect(mine.some((r) => /destinations/.test(r.message)), dump(mine)).toBe(true);
    expect(out.results.filter((r) => r.status === 'fail' && r.severity === 'error'), dump(out.results)).toEqual([]);
  });

  it('a for_each over a variable without default: arguments not depending on each are still checked', () => {
    const tf = `${S3}
variable "vpcs" {
  type = set(string)
}

resource "aws_flow_log" "x" {
  for_each = var.vpcs

  vpc_id               = each.value
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "\${aws_s3_bucket.logs.arn}/a/"
}
`;
    const out = runFiles({ 'main.tf': tf });
    // Every instance writes to the same granted folder: the chain is known and passes.
    expect(out.results.filter((r) => r.resource?.startsWith('aws_flow_log.x') && r.status === 'fail'), dump(out.results)).toEqual([]);
    expect(out.checks['flow-log/destination-arn']?.pass, dump(out.results)).toBe(1);
  });
});
