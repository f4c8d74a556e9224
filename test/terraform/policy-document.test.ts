// data "aws_iam_policy_document" as the AWS provider builds it: statements, principals and
// not_principals, not_actions, not_resources, condition blocks, source/override documents and
// dynamic statements, each checked through the bucket-policy rules that read the result.
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { ACCOUNT, PROVIDER, VPC, bucket, byRule, dump, expectOne, expectPass, flowLog, lineOf } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const DW = 'bucket-policy/delivery-write';
const ACL = 'bucket-policy/acl-check';

const SERVICE = `
    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }
`;

const WRITE = `
  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/AWSLogs/*"]
${SERVICE}
    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
`;

const ACL_STATEMENT = `
  statement {
    sid       = "Acl"
    actions   = ["s3:GetBucketAcl"]
    resources = [aws_s3_bucket.logs.arn]
${SERVICE}
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
`;

/** A configuration whose bucket policy is data.aws_iam_policy_document.logs with `body`, plus
 * `extra` top-level blocks. */
function config(body: string, extra = ''): string {
  return `${PROVIDER}${VPC}${bucket()}
data "aws_iam_policy_document" "logs" {${body}}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json
}
${flowLog('aws_s3_bucket.logs.arn')}${extra}`;
}

describe('statements, principals and conditions', () => {
  it('statements with principals and condition blocks grant delivery', () => {
    const out = runFiles({ 'main.tf': config(WRITE + ACL_STATEMENT) });
    expectPass(out, DW);
    expectPass(out, ACL);
    expectPass(out, 'bucket-policy/owner-full-control');
    expectPass(out, 'bucket-policy/source-conditions');
    expectPass(out, 'policy/syntax');
  });

  it('effect defaults to Allow and two principals blocks of one type are merged', () => {
    const body = WRITE.replace(SERVICE, `
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }

    principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }
`);
    expect(body).toContain('ec2.amazonaws.com');
    const out = runFiles({ 'main.tf': config(body + ACL_STATEMENT) });
    expectPass(out, DW);
  });

  it('a principals block of type "*" is everyone: public-write fails', () => {
    const text = config(`${WRITE}${ACL_STATEMENT}
  statement {
    sid       = "Anyone"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
`);
    const out = runFiles({ 'main.tf': text });
    const r = expectOne(out, 'bucket-policy/public-write', { status: 'fail', file: 'main.tf', resource: 'aws_s3_bucket_policy.logs' });
    expect(r.line).toBeGreaterThanOrEqual(lineOf(text, 'sid       = "Anyone"') - 1);
    expect(r.line).toBeLessThanOrEqual(lineOf(text, 'type        = "*"'));
  });

  it('a condition block that excludes the source account fails at its values', () => {
    const text = config(WRITE.replace('values   = [data.aws_caller_identity.current.account_id]', 'values   = ["999999999999"]') + ACL_STATEMENT);
    const out = runFiles({ 'main.tf': text }, [ACCOUNT]);
    const r = expectOne(out, DW, { status: 'fail', file: 'main.tf', resource: 'aws_s3_bucket_policy.logs', line: lineOf(text, 'values   = ["999999999999"]') });
    expect(r.message).toMatch(/aws:SourceAccount/);
  });

  it('condition blocks with ArnLike on aws:SourceArn are evaluated', () => {
    const arnLike = (service: string) => `
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws:${service}:*:${ACCOUNT}:*"]
    }
  }
`;
    const body = (service: string) => WRITE.replace(/\n {2}\}\n$/, `\n${arnLike(service)}`) + ACL_STATEMENT;
    expect(body('logs')).toContain('ArnLike');
    expectPass(runFiles({ 'main.tf': config(body('logs')) }, [ACCOUNT]), DW);
    // The request's aws:SourceArn is a logs ARN; a pattern for another service excludes it.
    const text = config(body('ec2'));
    const out = runFiles({ 'main.tf': text }, [ACCOUNT]);
    expectOne(out, DW, { status: 'fail', line: lineOf(text, `values   = ["arn:aws:ec2:*:${ACCOUNT}:*"]`) });
  });
});

describe('not_principals, not_actions, not_resources', () => {
  const deny = (inner: string) => `
  statement {
    sid    = "DenyOthers"
    effect = "Deny"
${inner}
  }
`;

  it('a Deny with not_principals that exempts the delivery service does not block delivery', () => {
    const body = WRITE + ACL_STATEMENT + deny(`    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/*"]

    not_principals {
      type        = "Service"
      identifiers = ["delivery.logs.amazonaws.com"]
    }`);
    const out = runFiles({ 'main.tf': config(body) });
    expectPass(out, DW);
  });

  it('a Deny with not_principals naming someone else blocks delivery, at the Deny statement', () => {
    const text = config(
      WRITE +
        ACL_STATEMENT +
        deny(`    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/*"]

    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${ACCOUNT}:root"]
    }`),
    );
    const out = runFiles({ 'main.tf': text }, [ACCOUNT]);
    const r = expectOne(out, DW, { status: 'fail', file: 'main.tf', resource: 'aws_s3_bucket_policy.logs' });
    expect(r.message).toMatch(/DenyOthers/);
    expect(r.line).toBe(lineOf(text, 'sid    = "DenyOthers"') - 1);
  });

  it('an Allow with not_actions grants PutObject and GetBucketAcl', () => {
    const body = WRITE.replace('actions   = ["s3:PutObject"]', 'not_actions = ["s3:Delete*"]') + ACL_STATEMENT.replace('actions   = ["s3:GetBucketAcl"]', 'not_actions = ["s3:Delete*"]');
    expect(body).not.toContain('"s3:PutObject"');
    const out = runFiles({ 'main.tf': config(body) });
    expectPass(out, DW);
    expectPass(out, ACL);
  });

  it('a Deny with not_actions that leaves out PutObject does not block; one that leaves out only GetBucketAcl does', () => {
    const denyAll = (kept: string) =>
      deny(`    not_actions = [${kept}]
    resources   = ["*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }`);
    const ok = runFiles({ 'main.tf': config(WRITE + ACL_STATEMENT + denyAll('"s3:PutObject", "s3:GetBucketAcl"')) });
    expectPass(ok, DW);
    expectPass(ok, ACL);
    const text = config(WRITE + ACL_STATEMENT + denyAll('"s3:GetBucketAcl"'));
    const bad = runFiles({ 'main.tf': text });
    const r = expectOne(bad, DW, { status: 'fail', line: lineOf(text, 'sid    = "DenyOthers"') - 1 });
    expect(r.message).toMatch(/DenyOthers/);
    expectPass(bad, ACL);
  });

  it('a Deny with not_resources covering the log path does not block delivery; one covering another path does', () => {
    const denyExcept = (path: string) =>
      deny(`    actions       = ["s3:PutObject"]
    not_resources = ["\${aws_s3_bucket.logs.arn}/${path}"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }`);
    expectPass(runFiles({ 'main.tf': config(WRITE + ACL_STATEMENT + denyExcept('AWSLogs/*')) }), DW);
    const out = runFiles({ 'main.tf': config(WRITE + ACL_STATEMENT + denyExcept('uploads/*')) });
    expect(expectOne(out, DW, { status: 'fail' }).message).toMatch(/DenyOthers/);
  });

  it('an Allow with not_resources grants everything outside them', () => {
    const body = WRITE.replace('resources = ["${aws_s3_bucket.logs.arn}/AWSLogs/*"]', 'not_resources = ["${aws_s3_bucket.logs.arn}/private/*"]') + ACL_STATEMENT;
    expect(body).toContain('not_resources');
    expectPass(runFiles({ 'main.tf': config(body) }), DW);
  });
});

describe('source_policy_documents and override_policy_documents', () => {
  // A base document: a Write statement for the wrong folder, and the ACL statement.
  const BASE = `
data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/wrong/AWSLogs/*"]
${SERVICE}  }
${ACL_STATEMENT}}
`;

  it('source_policy_documents: statements are merged and a statement with the same sid replaces the source one', () => {
    const text = config(`
  source_policy_documents = [data.aws_iam_policy_document.base.json]
${WRITE}`, BASE);
    const out = runFiles({ 'main.tf': text });
    // Write comes from this document (the source's wrong-folder Write is replaced) …
    expectPass(out, DW);
    expectPass(out, 'bucket-policy/owner-full-control');
    // … and Acl from the source document.
    expectPass(out, ACL);
  });

  it('source_policy_documents: without a replacing statement the source statement counts', () => {
    const text = config(`
  source_policy_documents = [data.aws_iam_policy_document.base.json]
`, BASE);
    const out = runFiles({ 'main.tf': text });
    expectOne(out, DW, { status: 'fail' });
    expectPass(out, ACL);
  });

  it('source_policy_documents accepts jsonencode documents', () => {
    const text = config(`
  source_policy_documents = [jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Acl"
      Effect    = "Allow"
      Principal = { Service = "delivery.logs.amazonaws.com" }
      Action    = "s3:GetBucketAcl"
      Resource  = aws_s3_bucket.logs.arn
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })]
${WRITE}`);
    const out = runFiles({ 'main.tf': text });
    expectPass(out, DW);
    expectPass(out, ACL);
  });

  it('override_policy_documents: an override statement with the same sid replaces the current one', () => {
    const OVERRIDE = `
data "aws_iam_policy_document" "fix" {
${WRITE}}
`;
    const current = `
  override_policy_documents = [data.aws_iam_policy_document.fix.json]

  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/wrong/AWSLogs/*"]
${SERVICE}  }
${ACL_STATEMENT}`;
    const out = runFiles({ 'main.tf': config(current, OVERRIDE) });
    expectPass(out, DW);
    expectPass(out, ACL);
    // Without the override the wrong folder is all there is.
    const without = runFiles({ 'main.tf': config(current.replace('override_policy_documents = [data.aws_iam_policy_document.fix.json]', ''), OVERRIDE) });
    expectOne(without, DW, { status: 'fail' });
  });

  it('override_policy_documents: an override statement can break a working document', () => {
    const OVERRIDE = `
data "aws_iam_policy_document" "narrow" {
  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.logs.arn}/elsewhere/*"]
${SERVICE}  }
}
`;
    const out = runFiles({ 'main.tf': config(`
  override_policy_documents = [data.aws_iam_policy_document.narrow.json]
${WRITE}${ACL_STATEMENT}`, OVERRIDE) });
    expectOne(out, DW, { status: 'fail' });
    expectPass(out, ACL);
  });
});

describe('dynamic "statement"', () => {
  const dynamicWrite = (forEach: string, iterator = '') => `
  dynamic "statement" {
    for_each = ${forEach}
${iterator ? `    iterator = ${iterator}\n` : ''}
    content {
      sid       = "Write\${${iterator || 'statement'}.key}"
      actions   = ["s3:PutObject"]
      resources = ["\${aws_s3_bucket.logs.arn}/\${${iterator || 'statement'}.value}/AWSLogs/*"]

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
        values   = [data.aws_caller_identity.current.account_id]
      }
    }
  }
`;
  const twoLogs = `
locals {
  folders = { a = "vpc-a", b = "vpc-b" }
}
${flowLog('"${aws_s3_bucket.logs.arn}/vpc-a/"', '', 'a')}${flowLog('"${aws_s3_bucket.logs.arn}/vpc-b/"', '', 'b')}`;

  it('a static for_each is expanded into one statement per element', () => {
    const out = runFiles({ 'main.tf': config(dynamicWrite('local.folders') + ACL_STATEMENT, twoLogs) });
    // Three flow logs: main (no prefix, not granted), a and b (granted by the expanded statements).
    expect(out.checks[DW], dump(out.results)).toEqual({ pass: 2, fail: 1, unverifiable: 0 });
    const fails = byRule(out.results, DW);
    expect(fails.map((r) => r.message).join('\n')).toMatch(/tf-flow-logs\/AWSLogs\//);
  });

  it('a static for_each over a list, with an iterator name', () => {
    const out = runFiles({ 'main.tf': config(dynamicWrite('["vpc-a", "vpc-b"]', 'folder') + ACL_STATEMENT, twoLogs) });
    expect(out.checks[DW], dump(out.results)).toEqual({ pass: 2, fail: 1, unverifiable: 0 });
    expect(byRule(out.results, DW).map((r) => r.resource)).toEqual(['aws_s3_bucket_policy.logs']);
  });

  it('a for_each over an undeclared variable makes delivery-write unverifiable, never pass or fail', () => {
    const out = runFiles({ 'main.tf': config(dynamicWrite('var.folders') + ACL_STATEMENT) });
    const mine = byRule(out.results, DW);
    expect(mine.length, dump(out.results)).toBeGreaterThan(0);
    for (const r of mine) expect(r.status).toBe('unverifiable');
    expect(out.checks[DW]).toMatchObject({ pass: 0, fail: 0 });
    expect(mine[0]?.message).toMatch(/folders|for_each|dynamic/);
    // Nothing from the unresolvable document is reported as failing.
    expect(out.results.filter((r) => r.ruleId.startsWith('bucket-policy/') && r.status === 'fail'), dump(out.results)).toEqual([]);
  });

  it('a for_each over a variable without default is unverifiable too', () => {
    const extra = `
variable "folders" {
  type = map(string)
}
`;
    const out = runFiles({ 'main.tf': config(dynamicWrite('var.folders') + ACL_STATEMENT, extra) });
    const mine = byRule(out.results, DW);
    expect(mine.length, dump(out.results)).toBeGreaterThan(0);
    for (const r of mine) expect(r.status).toBe('unverifiable');
    expect(out.checks[DW]).toMatchObject({ pass: 0, fail: 0 });
    expect(out.results.filter((r) => r.ruleId.startsWith('bucket-policy/') && r.status === 'fail'), dump(out.results)).toEqual([]);
  });
});
