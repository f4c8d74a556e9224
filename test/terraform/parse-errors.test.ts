// HCL syntax errors: a parse-error result (status fail, severity error) with the file, line and
// column of the problem; the other inputs are still linted.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lint } from '../../src/lint.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../src/terraform/hcl.js';
import { runFiles } from '../helpers/rule-tester.js';
import { byRule, dump } from './_tf.js';

beforeAll(async () => {
  await initHcl();
});

const GOOD = `resource "aws_vpc" "ok" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "ok" {
  vpc_id               = aws_vpc.ok.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::tf-flow-logs"
}
`;

// The first block is never closed: HCL reports it at the end of the file (tree-sitter) or at the
// block it cannot close (Terraform); both are lines of this file.
const MISSING_BRACE = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"

resource "aws_s3_bucket" "b" {
  bucket = "tf-flow-logs"
}
`;

const UNTERMINATED = `resource "aws_s3_bucket" "c" {
  bucket = "tf-flow-logs
}
`;

describe('HCL syntax errors', () => {
  it('a missing closing brace is a parse-error with its position; the other files are linted', () => {
    const out = runFiles({ 'broken.tf': MISSING_BRACE, 'good.tf': GOOD });
    const pe = byRule(out.results, 'parse-error');
    expect(pe, dump(out.results)).toHaveLength(1);
    expect(pe[0]).toMatchObject({ status: 'fail', severity: 'error', file: 'broken.tf' });
    expect(pe[0]?.message).toMatch(/\}/);
    expect([1, 7]).toContain(pe[0]?.line);
    expect(pe[0]?.column).toBe(1);
    // good.tf was linted.
    expect(byRule(out.results, 'flow-log/accept-only').map((r) => [r.file, r.resource])).toEqual([['good.tf', 'aws_flow_log.ok']]);
    expect(out.checks['parse-error']).toMatchObject({ fail: 1 });
  });

  it('an unterminated string is a parse-error at the line of the string', () => {
    const out = runFiles({ 'string.tf': UNTERMINATED, 'good.tf': GOOD });
    const pe = byRule(out.results, 'parse-error');
    expect(pe, dump(out.results)).toHaveLength(1);
    expect(pe[0]).toMatchObject({ status: 'fail', severity: 'error', file: 'string.tf' });
    // Terraform: "Unterminated template string" / "Invalid multi-line string" at line 2, column 12.
    expect(pe[0]?.line, pe[0]?.message).toBe(2);
    expect(pe[0]?.column).toBeGreaterThanOrEqual(12);
    expect(byRule(out.results, 'flow-log/accept-only')).toHaveLength(1);
  });

  it('a quoted string split over two lines is a parse-error (Terraform: "Invalid multi-line string")', () => {
    const out = runFiles({ 'split.tf': 'resource "aws_s3_bucket" "c" {\n  bucket = "tf-flow\nlogs"\n}\n', 'good.tf': GOOD });
    const pe = byRule(out.results, 'parse-error');
    expect(pe.map((r) => [r.file, r.line, r.status]), dump(out.results)).toEqual([['split.tf', 2, 'fail']]);
  });

  it('an unexpected token is a parse-error at that token', () => {
    const out = runFiles({ 'extra.tf': 'resource "aws_s3_bucket" "d" {\n  bucket = "x" "y"\n}\n', 'good.tf': GOOD });
    const pe = byRule(out.results, 'parse-error');
    expect(pe.map((r) => [r.file, r.line]), dump(out.results)).toEqual([['extra.tf', 2]]);
    expect(pe[0]?.column).toBeGreaterThanOrEqual(12);
    expect(pe[0]?.column).toBeLessThanOrEqual(16);
  });

  it('several broken files each get their own parse-error', () => {
    const out = runFiles({ 'a.tf': MISSING_BRACE, 'b.tf': UNTERMINATED, 'c.tf': 'locals {\n  a = [1, 2\n  b = 3\n}\n', 'good.tf': GOOD });
    expect(byRule(out.results, 'parse-error').map((r) => r.file).sort(), dump(out.results)).toEqual(['a.tf', 'b.tf', 'c.tf']);
    expect(byRule(out.results, 'flow-log/accept-only')).toHaveLength(1);
  });

  it('a broken file of a local module outside the scanned folder is reported', () => {
    const files = {
      'app/main.tf': 'module "flow" {\n  source = "../modules/flow"\n}\n',
      'modules/flow/main.tf': MISSING_BRACE,
      'modules/flow/ok.tf': GOOD,
    };
    // Lint only app/: the module folder is read because app uses it.
    const out = runFilesAt(files, 'app');
    const pe = byRule(out.results, 'parse-error');
    expect(pe.map((r) => r.file), dump(out.results)).toEqual(['modules/flow/main.tf']);
    // The module's other file is still loaded, with the module address.
    expect(byRule(out.results, 'flow-log/accept-only').map((r) => r.resource)).toEqual(['module.flow.aws_flow_log.ok']);
  });

  it('a broken terraform.tfvars is a parse-error, not silently ignored', () => {
    const out = runFiles({ 'good.tf': GOOD, 'terraform.tfvars': 'region = "us-east-1" "eu-west-1"\n' });
    const pe = byRule(out.results, 'parse-error');
    expect(pe.map((r) => [r.file, r.line]), dump(out.results)).toEqual([['terraform.tfvars', 1]]);
  });
});

/** Like runFiles, but lints only `path` inside the temporary folder. */
function runFilesAt(files: Record<string, string>, path: string) {
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-lint-tf-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      const p = join(dir, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
    return lint({ paths: [path], cwd: dir, accountIds: [], severities: new Map() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
