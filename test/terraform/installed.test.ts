// Modules installed by `terraform init` (.terraform/modules/modules.json, written here by hand in
// the real layout) are followed like local modules; without the manifest the message names the
// module and says to run `terraform init`, and nothing that depends on it fails.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { PROVIDER, VPC, bucket, dump, expectNoFail, expectPass, policyDoc, writeFor } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const ROOT = `${PROVIDER}${VPC}${bucket()}${policyDoc(writeFor())}
module "vpc_flow" {
  source  = "example-corp/vpc-flow-logs/aws//modules/flow-log"
  version = "1.2.0"

  vpc_id          = aws_vpc.main.id
  log_destination = aws_s3_bucket.logs.arn
  depends_on      = [aws_s3_bucket_policy.logs]
}
`;

/** The registry package as terraform init unpacks it: a root with a sub-module. */
const PACKAGE_MODULE = `variable "vpc_id" {
  type = string
}
variable "log_destination" {
  type = string
}
variable "traffic_type" {
  type    = string
  default = "ALL"
}

module "inner" {
  source      = "./inner"
  destination = var.log_destination
}

resource "aws_flow_log" "this" {
  vpc_id               = var.vpc_id
  traffic_type         = var.traffic_type
  log_destination_type = "s3"
  log_destination      = module.inner.destination
}
`;

const INNER = `variable "destination" {
  type = string
}
output "destination" {
  value = var.destination
}
`;

const MANIFEST = {
  Modules: [
    { Key: '', Source: '', Dir: '.' },
    { Key: 'vpc_flow', Source: 'registry.terraform.io/example-corp/vpc-flow-logs/aws//modules/flow-log', Version: '1.2.0', Dir: '.terraform/modules/vpc_flow/modules/flow-log' },
    { Key: 'vpc_flow.inner', Source: './inner', Dir: '.terraform/modules/vpc_flow/modules/flow-log/inner' },
  ],
};

describe('installed modules', () => {
  it('a registry module listed in modules.json is checked with its inputs', () => {
    const out = runFiles({
      'main.tf': ROOT,
      '.terraform/modules/modules.json': MANIFEST,
      '.terraform/modules/vpc_flow/modules/flow-log/main.tf': PACKAGE_MODULE,
      '.terraform/modules/vpc_flow/modules/flow-log/inner/main.tf': INNER,
    });
    expectNoFail(out.results);
    expectPass(out, 'vpc/flow-logs-enabled');
    expectPass(out, 'bucket-policy/delivery-write');
    expectPass(out, 'flow-log/traffic-type');
    // The installed files are read through their caller, never as roots of their own.
    expect(out.results.filter((r) => r.file?.includes('.terraform')), dump(out.results)).toEqual([]);
  });

  it('without modules.json the VPC is unverifiable, naming the module and `terraform init`', () => {
    const out = runFiles({ 'main.tf': ROOT });
    expectNoFail(out.results);
    const r = out.results.find((x) => x.ruleId === 'vpc/flow-logs-enabled');
    expect(r, dump(out.results)).toMatchObject({ status: 'unverifiable' });
    expect(r?.message).toMatch(/module\.vpc_flow .*not installed: run `terraform init`/);
  });

  it('a module missing from modules.json says to run terraform init again', () => {
    const out = runFiles({ 'main.tf': ROOT, '.terraform/modules/modules.json': { Modules: [{ Key: '', Source: '', Dir: '.' }] } });
    expectNoFail(out.results);
    const r = out.results.find((x) => x.ruleId === 'vpc/flow-logs-enabled');
    expect(r?.message, dump(out.results)).toMatch(/module vpc_flow .*not in \.terraform\/modules\/modules\.json: run `terraform init` again/);
  });
});
