// Modules: local modules are instantiated with their caller's inputs, their resources are named
// module.NAME.…, and their folders are not linted again as roots. Registry modules are not in the
// scan: what comes out of them is unverifiable, naming the module source.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { PROVIDER, VPC, byRule, dump, expectNoFail, expectPass, lineOf } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const root = join(import.meta.dirname, '..', '..');
const FIXTURE = 'fixtures/terraform/local-module';
const lintPath = (p: string) => lint({ paths: [p], cwd: root, accountIds: [], severities: new Map() });

describe('local module (fixtures/terraform/local-module)', () => {
  let out: ReturnType<typeof lintPath>;
  beforeAll(() => {
    out = lintPath(FIXTURE);
  });

  it('names findings in the module by their module address, at the value that causes them', () => {
    const accept = byRule(out.results, 'flow-log/accept-only');
    // traffic_type = "ACCEPT" is written in the caller (root main.tf, line 29).
    expect(accept, dump(out.results)).toHaveLength(1);
    expect(accept[0]).toMatchObject({ status: 'fail', resource: 'module.flow.aws_flow_log.this', file: `${FIXTURE}/main.tf`, line: 29, column: 19 });
    // max_aggregation_interval = 300 is written in the module (modules/flow-log/main.tf, line 6).
    const agg = byRule(out.results, 'flow-log/aggregation-interval');
    expect(agg, dump(out.results)).toHaveLength(1);
    expect(agg[0]).toMatchObject({ status: 'fail', severity: 'error', resource: 'module.flow.aws_flow_log.this', file: `${FIXTURE}/modules/flow-log/main.tf`, line: 6, column: 30 });
  });

  it('passes module inputs and outputs through: the bucket ARN from one module, the prefix and VPC id from the root', () => {
    expectPass(out, 'bucket-policy/delivery-write');
    expectPass(out, 'bucket-policy/acl-check');
    expectPass(out, 'flow-log/destination-arn');
    expectPass(out, 'vpc/flow-logs-enabled');
  });

  it('does not lint the module folders a second time as roots', () => {
    // As roots they would have inputs without values: unverifiable results, unprefixed addresses.
    expect(out.results.filter((r) => r.status === 'unverifiable'), dump(out.results)).toEqual([]);
    expect(out.results.filter((r) => r.resource !== undefined && !r.resource.startsWith('module.')), dump(out.results)).toEqual([]);
    expect(out.checks['flow-log/traffic-type']).toEqual({ pass: 1, fail: 0, unverifiable: 0 });
    expect(out.results).toHaveLength(2);
  });

  it('a module folder linted on its own is a root whose missing inputs are unverifiable', () => {
    const alone = lintPath(`${FIXTURE}/modules/flow-log`);
    expectNoFail(alone.results.filter((r) => r.ruleId !== 'flow-log/aggregation-interval'));
    const dest = byRule(alone.results, 'flow-log/destination-arn');
    expect(dest, dump(alone.results)).toHaveLength(1);
    expect(dest[0]).toMatchObject({ status: 'unverifiable', resource: 'aws_flow_log.this', file: `${FIXTURE}/modules/flow-log/main.tf` });
    expect(dest[0]?.message).toMatch(/bucket_arn|prefix/);
  });
});

describe('local modules (inline)', () => {
  const MODULE = {
    'modules/flow-log/main.tf': `variable "bucket_arn" {
  type = string
}

variable "traffic_type" {
  type    = string
  default = "ACCEPT"
}

resource "aws_flow_log" "this" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = var.traffic_type
  log_destination_type = "s3"
  log_destination      = var.bucket_arn
}
`,
  };

  it('a module variable the caller does not set takes its default (position in the module)', () => {
    const out = runFiles({
      'main.tf': `module "flow" {
  source     = "./modules/flow-log"
  bucket_arn = "arn:aws:s3:::tf-flow-logs"
}
`,
      ...MODULE,
    });
    const acc = byRule(out.results, 'flow-log/accept-only');
    expect(acc.map((r) => [r.resource, r.file, r.line]), dump(out.results)).toEqual([['module.flow.aws_flow_log.this', 'modules/flow-log/main.tf', 7]]);
  });

  it('the same module called twice gives two module addresses', () => {
    const out = runFiles({
      'main.tf': `module "one" {
  source     = "./modules/flow-log"
  bucket_arn = "arn:aws:s3:::tf-flow-logs"
}

module "two" {
  source     = "./modules/flow-log"
  bucket_arn = "arn:aws:s3:::tf-flow-logs"
}
`,
      ...MODULE,
    });
    // Both instances point at the default in the module: one result per module instance.
    expect(out.checks['flow-log/accept-only']).toEqual({ pass: 0, fail: 2, unverifiable: 0 });
    expect(byRule(out.results, 'flow-log/accept-only').map((r) => r.resource).sort(), dump(out.results)).toEqual(['module.one.aws_flow_log.this', 'module.two.aws_flow_log.this']);
  });

  it('a module with count = 0 creates nothing', () => {
    const out = runFiles({
      'main.tf': `module "flow" {
  source     = "./modules/flow-log"
  count      = 0
  bucket_arn = "arn:aws:s3:::tf-flow-logs"
}
`,
      ...MODULE,
    });
    expect(out.results.filter((r) => r.resource?.startsWith('module.flow')), dump(out.results)).toEqual([]);
  });

  it('a module with count = 1 names its resources module.flow[0].…', () => {
    const out = runFiles({
      'main.tf': `module "flow" {
  source     = "./modules/flow-log"
  count      = 1
  bucket_arn = "arn:aws:s3:::tf-flow-logs"
}
`,
      ...MODULE,
    });
    expect(byRule(out.results, 'flow-log/accept-only').map((r) => r.resource), dump(out.results)).toEqual(['module.flow[0].aws_flow_log.this']);
  });
});

describe('registry modules', () => {
  it('an output of a registry module used as the destination is unverifiable, naming the module source', () => {
    const tf = `${PROVIDER}
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"

  name = "main"
  cidr = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = module.vpc.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = module.vpc.vpc_flow_log_destination_arn
}
`;
    const out = runFiles({ 'main.tf': tf });
    expectNoFail(out.results);
    const mine = out.results.filter((r) => r.resource === 'aws_flow_log.main' && r.status === 'unverifiable');
    expect(mine.length, dump(out.results)).toBeGreaterThan(0);
    expect(mine.some((r) => r.message.includes('terraform-aws-modules/vpc/aws')), dump(mine)).toBe(true);
    const d = mine.find((r) => r.ruleId === 'flow-log/destination-arn');
    expect(d, dump(mine)).toMatchObject({ file: 'main.tf', severity: 'warning', line: lineOf(tf, 'module.vpc.vpc_flow_log_destination_arn') });
  });

  it('a registry module feeding the bucket policy makes delivery-write unverifiable, not fail', () => {
    const out = runFiles({
      'main.tf': `${PROVIDER}${VPC}
module "log_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = "tf-flow-logs"
  policy = module.log_bucket.policy_json
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::tf-flow-logs"
  depends_on           = [aws_s3_bucket_policy.logs]
}
`,
    });
    expectNoFail(out.results);
    const dw = byRule(out.results, 'bucket-policy/delivery-write');
    expect(dw.map((r) => r.status), dump(out.results)).toEqual(['unverifiable']);
    expect(dw[0]?.message).toContain('terraform-aws-modules/s3-bucket/aws');
  });
});
