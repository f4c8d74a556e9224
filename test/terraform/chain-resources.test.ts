// Resources of the delivery chain that no rule reads yet are still mapped to the model (so that
// rules can use them): bucket ACLs and Object Ownership, Firehose delivery streams; and the legacy
// log_group_name of a flow log decides which log group the role must allow.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { display, literal } from '../../src/model/value.js';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { PROVIDER, VPC, bucket, cwlChain, dump, expectOne, expectPass } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

function modelOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-lint-chain-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return lint({ paths: ['.'], cwd: dir, accountIds: [], severities: new Map() }).model;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('S3 bucket ACL and Object Ownership', () => {
  it('aws_s3_bucket acl (legacy inline argument)', () => {
    const m = modelOf({ 'main.tf': `${PROVIDER}${bucket().replace('bucket = "tf-flow-logs"', 'bucket = "tf-flow-logs"\n  acl    = "log-delivery-write"')}` });
    expect(m.buckets.map((b) => literal(b.acl)), dump(m.buckets)).toEqual(['log-delivery-write']);
  });

  it('aws_s3_bucket_acl sets the ACL of its bucket', () => {
    const m = modelOf({ 'main.tf': `${PROVIDER}${bucket()}\nresource "aws_s3_bucket_acl" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = "private"\n}\n` });
    expect(m.buckets.map((b) => literal(b.acl))).toEqual(['private']);
  });

  it('aws_s3_bucket_ownership_controls sets the Object Ownership of its bucket', () => {
    const tf = `${PROVIDER}${bucket()}
resource "aws_s3_bucket_ownership_controls" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`;
    const m = modelOf({ 'main.tf': tf });
    expect(m.buckets.map((b) => literal(b.objectOwnership))).toEqual(['BucketOwnerEnforced']);
    // A bucket without these resources states neither.
    const plain = modelOf({ 'main.tf': `${PROVIDER}${bucket()}` });
    expect(plain.buckets.map((b) => [b.acl, b.objectOwnership])).toEqual([[undefined, undefined]]);
  });
});

describe('aws_kinesis_firehose_delivery_stream', () => {
  it('is a delivery stream whose arn is the one a Firehose flow log names, with its role', () => {
    const tf = `${PROVIDER}${VPC}${bucket()}
resource "aws_iam_role" "firehose" {
  name = "firehose-delivery"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "firehose.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_kinesis_firehose_delivery_stream" "flow" {
  name        = "vpc-flow-logs"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.logs.arn
  }
}

resource "aws_flow_log" "fh" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "kinesis-data-firehose"
  log_destination      = aws_kinesis_firehose_delivery_stream.flow.arn
}
`;
    const m = modelOf({ 'main.tf': tf });
    const s = m.deliveryStreams ?? [];
    expect(s.map((x) => [x.name, display(x.streamName), literal(x.destination)]), dump(s)).toEqual([['aws_kinesis_firehose_delivery_stream.flow', 'vpc-flow-logs', 'extended_s3']]);
    expect(display(s[0]?.arn ?? [])).toBe(display(m.flowLogs[0]?.destination));
    expect(display(s[0]?.roleArn)).toMatch(/:role\/firehose-delivery$/);
  });
});

describe('aws_flow_log legacy log_group_name', () => {
  const legacy = (tf: string) =>
    tf.replace('log_destination_type = "cloud-watch-logs"\n  log_destination      = aws_cloudwatch_log_group.flow.arn', 'log_group_name       = "/vpc/flow-logs"');

  it('a literal log_group_name names the declared log group: the role policy on it passes', () => {
    const tf = legacy(`${PROVIDER}${VPC}${cwlChain()}`);
    expect(tf).toContain('log_group_name       = "/vpc/flow-logs"');
    expectPass(runFiles({ 'main.tf': tf }), 'delivery-role/permissions');
  });

  it('a log_group_name the role policy does not cover fails permissions', () => {
    const tf = legacy(`${PROVIDER}${VPC}${cwlChain()}`).replace('log_group_name       = "/vpc/flow-logs"', 'log_group_name       = "/vpc/elsewhere"');
    const r = expectOne(runFiles({ 'main.tf': tf }), 'delivery-role/permissions', { status: 'fail' });
    expect(r.message).toMatch(/\/vpc\/elsewhere/);
  });
});
