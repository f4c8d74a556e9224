// A run fails closed: a rule that throws, a snapshot it cannot read and a policy string that is
// not JSON are errors with exit 2 — never a silent pass or "bucket has no policy".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../../src/engine/types.js';
import { lint, lintAsync } from '../../src/lint.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');

function dirWith(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-failclosed-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(d, n), c);
  return d;
}

const throwing: Rule = {
  meta: { id: 'test/throws', severity: 'error', description: 'throws', source: 'test' },
  check(ctx) {
    if (ctx.model.bucketPolicies.length > 0) throw new TypeError('boom\nsecond line');
  },
};

describe('fail closed', () => {
  it('a rule that throws gives an internal-error result naming the rule, and an input error (exit 2)', () => {
    const out = lint({ paths: ['examples'], cwd: root, accountIds: [], severities: new Map(), rules: [...RULES, throwing] });
    const ie = out.results.filter((r) => r.ruleId === 'internal-error');
    expect(ie).toHaveLength(1);
    expect(ie[0]?.severity).toBe('error');
    expect(ie[0]?.status).toBe('fail');
    expect(ie[0]?.message).toContain('test/throws');
    expect(ie[0]?.message).toContain('TypeError: boom second line');
    expect(out.inputErrors).toBe(true);
    // The other rules still ran.
    expect(out.results.some((r) => r.ruleId === 'bucket-policy/acl-check')).toBe(true);
  });

  it('without a throwing rule there is no internal error', () => {
    const out = lint({ paths: ['examples'], cwd: root, accountIds: [], severities: new Map() });
    expect(out.results.some((r) => r.ruleId === 'internal-error')).toBe(false);
    expect(out.inputErrors).toBe(false);
  });

  it('a snapshot of an unknown format version is a parse-error with exit 2', () => {
    const d = dirWith({ 'snap.json': '{\n  "flowlogLintSnapshot": 2,\n  "accounts": []\n}\n' });
    const out = lint({ paths: [d], cwd: d, accountIds: [], severities: new Map() });
    const pe = out.results.filter((r) => r.ruleId === 'parse-error');
    expect(pe).toHaveLength(1);
    expect(pe[0]).toMatchObject({ file: 'snap.json', line: 2, column: 26 });
    expect(pe[0]?.message).toMatch(/version 2 is not supported/);
    const r = spawnSync(process.execPath, [cli, '--format', 'json', 'snap.json'], { cwd: d, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/"errors": 0/);
  });

  it('a snapshot without an accounts list is a parse-error', () => {
    const d = dirWith({ 'snap.json': '{ "flowlogLintSnapshot": 1, "accounts": {} }\n' });
    const out = lint({ paths: [d], cwd: d, accountIds: [], severities: new Map() });
    expect(out.results.filter((r) => r.ruleId === 'parse-error')).toHaveLength(1);
    expect(out.inputErrors).toBe(true);
  });

  it('a CloudFormation PolicyDocument string that is not JSON is a parse-error at its line (YAML)', () => {
    const tpl = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '  BucketPolicy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref Bucket',
      '      PolicyDocument: |',
      '        { "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" "Action": "s3:GetBucketAcl" } ] }',
      '',
    ].join('\n');
    const d = dirWith({ 'template.yaml': tpl });
    const out = lint({ paths: [d], cwd: d, accountIds: [], severities: new Map() });
    const pe = out.results.filter((r) => r.ruleId === 'parse-error');
    expect(pe).toHaveLength(1);
    expect(pe[0]).toMatchObject({ file: 'template.yaml', line: 10 });
    expect(pe[0]?.message).toMatch(/Policy is not valid JSON/);
    expect(out.inputErrors).toBe(true);
  });

  it('a Terraform policy string that is not JSON is a parse-error at its line (HCL)', async () => {
    const tf = [
      'resource "aws_s3_bucket" "logs" {',
      '  bucket = "central-flow-logs"',
      '}',
      '',
      'resource "aws_s3_bucket_policy" "logs" {',
      '  bucket = aws_s3_bucket.logs.id',
      '  policy = <<EOF',
      '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" "Action": "s3:GetBucketAcl" } ] }',
      'EOF',
      '}',
      '',
    ].join('\n');
    const d = dirWith({ 'main.tf': tf });
    const out = await lintAsync({ paths: [d], cwd: d, accountIds: [], severities: new Map() });
    const pe = out.results.filter((r) => r.ruleId === 'parse-error');
    expect(pe).toHaveLength(1);
    expect(pe[0]).toMatchObject({ file: 'main.tf', line: 8 });
    expect(pe[0]?.message).toMatch(/Policy is not valid JSON/);
    expect(out.inputErrors).toBe(true);
  });
});
