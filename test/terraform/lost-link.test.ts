// "A link that cannot be followed is never a failure" (RULES.md): every supported built-in
// function, replaced by a function flowlog-lint does not know, must not turn any result into
// `fail`. Run over the real Terraform of shared/corpus and over a chain that routes every link
// through functions.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { SUPPORTED_FUNCTIONS } from '../../src/terraform/functions.js';
import { initHcl } from '../../src/terraform/hcl.js';
import { PROVIDER } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

/** A complete S3 and CloudWatch Logs chain in which names, ARNs and policies go through functions. */
const CHAIN = `${PROVIDER}
locals {
  base    = lower(trimspace(" Flow-Logs "))
  bucket  = format("%s-%s", local.base, "bucket")
  prefix  = trimsuffix(join("/", ["vpc", "flows/"]), "/")
  vpcs    = { main = { cidr = cidrsubnet("10.0.0.0/8", 8, 1) } }
  account = data.aws_caller_identity.current.account_id
  write   = [for a in distinct(concat([local.account], [local.account])) : "\${aws_s3_bucket.logs.arn}/\${local.prefix}/AWSLogs/\${a}/*"]
  flags   = merge({ traffic = upper("all") }, { format = coalesce(null, "plain-text") })
  group   = replace(substr("/vpc/flow-logs-extra", 0, 14), "_", "-")
}

resource "aws_vpc" "main" {
  for_each   = local.vpcs
  cidr_block = each.value.cidr
}

resource "aws_s3_bucket" "logs" {
  bucket = element(split(",", "\${local.bucket},other"), 0)
}

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
        Resource  = tolist(toset(local.write))
        Condition = { StringEquals = { "s3:x-amz-acl" = "bucket-owner-full-control", "aws:SourceAccount" = tostring(local.account) } }
      },
      {
        Sid       = "Acl"
        Effect    = "Allow"
        Principal = { Service = "delivery.logs.amazonaws.com" }
        Action    = one(["s3:GetBucketAcl"])
        Resource  = aws_s3_bucket.logs.arn
        Condition = { StringEquals = { "aws:SourceAccount" = try(local.account, "none") } }
      },
    ]
  })
}

resource "aws_flow_log" "s3" {
  for_each             = aws_vpc.main
  vpc_id               = each.value.id
  traffic_type         = lookup(local.flags, "traffic", "REJECT")
  log_destination_type = contains(["s3", "kinesis-data-firehose"], "s3") ? "s3" : "cloud-watch-logs"
  log_destination      = "\${aws_s3_bucket.logs.arn}/\${local.prefix}/"
  max_aggregation_interval = max(60, tonumber("600"))
  depends_on               = [aws_s3_bucket_policy.logs]
  destination_options {
    file_format = local.flags.format
  }
}

resource "aws_cloudwatch_log_group" "flow" {
  name = local.group
}

resource "aws_iam_role" "flow" {
  name = title(local.base)
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = join(".", ["vpc-flow-logs", "amazonaws", "com"]) }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:SourceAccount" = local.account } }
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
      Action   = sort(["logs:PutLogEvents", "logs:CreateLogStream", "logs:DescribeLogStreams"])
      Resource = formatlist("%s:*", [aws_cloudwatch_log_group.flow.arn])
    }]
  })
}

resource "aws_flow_log" "cwl" {
  vpc_id               = values(aws_vpc.main)[0].id
  traffic_type         = "ALL"
  log_destination_type = "cloud-watch-logs"
  log_destination      = aws_cloudwatch_log_group.flow.arn
  iam_role_arn         = aws_iam_role.flow.arn
  depends_on           = [aws_iam_role_policy.flow]
}
`;

function tfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...tfFiles(p));
    else if (n.endsWith('.tf')) out.push(p);
  }
  return out;
}

const key = (r: Result): string => `${r.ruleId}|${r.resource ?? ''}|${r.file ?? ''}`;

function fails(dir: string): Set<string> {
  const out = lint({ paths: ['.'], cwd: dir, accountIds: [], severities: new Map() });
  return new Set(out.results.filter((r) => r.status === 'fail').map(key));
}

/** Copies `from` and renames every call of `fn` to a function nobody knows. */
function withUnknownFunction(from: string, fn: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-lost-link-'));
  cpSync(from, dir, { recursive: true });
  const re = new RegExp(`(?<![\\w.:])${fn}\\(`, 'g');
  for (const f of tfFiles(dir)) writeFileSync(f, readFileSync(f, 'utf8').replace(re, `unknown_${fn}(`));
  return dir;
}

function usedFunctions(dir: string): string[] {
  const text = tfFiles(dir)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return SUPPORTED_FUNCTIONS.filter((fn) => new RegExp(`(?<![\\w.:])${fn}\\(`).test(text));
}

describe('an unknown function never turns a result into fail', () => {
  const sources: { name: string; dir: () => string }[] = [
    {
      name: 'function chain',
      dir: () => {
        const d = mkdtempSync(join(tmpdir(), 'flowlog-chain-'));
        writeFileSync(join(d, 'main.tf'), CHAIN);
        return d;
      },
    },
    ...['tfaws-vpc', 'cloudposse-vpc-flow-logs-s3-bucket', 'gsa-terraform-vpc-flow-log'].map((n) => ({ name: `corpus ${n}`, dir: () => join(CORPUS, n) })),
  ];
  for (const s of sources) {
    it(s.name, () => {
      const dir = s.dir();
      if (!existsSync(dir)) {
        console.warn(`lost-link test: ${dir} is absent, skipped`);
        return;
      }
      const before = fails(dir);
      const fns = usedFunctions(dir);
      const grew: string[] = [];
      for (const fn of fns) {
        const copy = withUnknownFunction(dir, fn);
        try {
          for (const f of fails(copy)) if (!before.has(f)) grew.push(`${fn}: ${f}`);
        } finally {
          rmSync(copy, { recursive: true, force: true });
        }
      }
      if (s.name === 'function chain') {
        // The chain is decided and passes as written, and uses most function families.
        const out = lint({ paths: ['.'], cwd: dir, accountIds: [], severities: new Map() });
        expect(out.results.map((r) => `${r.status} ${r.ruleId}: ${r.message}`)).toEqual([]);
        for (const id of ['bucket-policy/delivery-write', 'bucket-policy/acl-check', 'delivery-role/permissions', 'delivery-role/trust', 'vpc/flow-logs-enabled', 'flow-log/traffic-type']) expect(out.checks[id]?.pass, id).toBeGreaterThan(0);
        expect([...before]).toEqual([]);
        expect(fns.length).toBeGreaterThanOrEqual(25);
      }
      expect(grew).toEqual([]);
    }, 120_000);
  }
});
