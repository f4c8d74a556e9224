// data.aws_caller_identity / data.aws_partition / data.aws_region are the stack's own account,
// partition and region: symbols equal to themselves (RULES.md, "How rules decide"), so a bucket
// policy written with them passes for a flow log in the same module without --account-id.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { ACCOUNT, VPC, byRule, dump, expectPass, flowLog } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const DW = 'bucket-policy/delivery-write';

const SYMBOLIC = (regionAttr: string) => `data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account   = data.aws_caller_identity.current.account_id
  partition = data.aws_partition.current.partition
  region    = data.aws_region.current.${regionAttr}
}

${VPC}
resource "aws_s3_bucket" "logs" {
  bucket = "tf-flow-logs"
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid       = "AWSLogDeliveryWrite"
    actions   = ["s3:PutObject"]
    resources = ["arn:\${local.partition}:s3:::\${aws_s3_bucket.logs.bucket}/AWSLogs/\${local.account}/*"]

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:\${local.partition}:logs:\${local.region}:\${local.account}:*"]
    }
  }

  statement {
    sid       = "AWSLogDeliveryAclCheck"
    actions   = ["s3:GetBucketAcl"]
    resources = ["arn:\${data.aws_partition.current.partition}:s3:::\${aws_s3_bucket.logs.id}"]

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }

    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:\${data.aws_partition.current.partition}:logs:\${data.aws_region.current.${regionAttr}}:\${data.aws_caller_identity.current.account_id}:*"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}

${flowLog('aws_s3_bucket.logs.arn')}`;

describe('caller identity, partition and region as symbols', () => {
  for (const attr of ['name', 'region']) {
    it(`a policy written with them passes without --account-id (data.aws_region.current.${attr})`, () => {
      const out = runFiles({ 'main.tf': SYMBOLIC(attr) });
      expectPass(out, DW);
      expectPass(out, 'bucket-policy/acl-check');
      expectPass(out, 'bucket-policy/owner-full-control');
      expectPass(out, 'bucket-policy/source-conditions');
      expect(out.results.filter((r) => r.status === 'unverifiable'), dump(out.results)).toEqual([]);
    });
  }

  it('with one --account-id the caller account is that account and still passes', () => {
    expectPass(runFiles({ 'main.tf': SYMBOLIC('name') }, [ACCOUNT]), DW);
  });

  it('a literal account in the policy is not assumed to be the caller account without --account-id', () => {
    const tf = SYMBOLIC('name').replaceAll('${local.account}', ACCOUNT).replace('values   = [local.account]', `values   = ["${ACCOUNT}"]`);
    expect(tf).not.toContain('local.account}');
    const out = runFiles({ 'main.tf': tf });
    const mine = byRule(out.results, DW);
    expect(mine, dump(out.results)).toHaveLength(1);
    expect(mine[0]?.status).toBe('unverifiable');
    expect(out.checks[DW]?.pass ?? 0).toBe(0);
    // With --account-id naming it, the literal matches.
    expectPass(runFiles({ 'main.tf': tf }, [ACCOUNT]), DW);
    // With another account, it fails.
    const other = runFiles({ 'main.tf': tf }, ['999999999999']);
    expect(byRule(other.results, DW).map((r) => r.status)).toEqual(['fail']);
  });

  it('a data source that is not declared is unverifiable, naming it', () => {
    const tf = SYMBOLIC('name').replace('data "aws_caller_identity" "current" {}\n', '');
    const out = runFiles({ 'main.tf': tf });
    expect(out.results.filter((r) => r.status === 'fail' && r.ruleId.startsWith('bucket-policy/')), dump(out.results)).toEqual([]);
    const mine = byRule(out.results, DW);
    expect(mine.length, dump(out.results)).toBeGreaterThan(0);
    expect(mine[0]?.status).toBe('unverifiable');
    expect(mine[0]?.message).toMatch(/aws_caller_identity/);
  });
});
