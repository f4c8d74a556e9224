// Fixtures: fixtures/cloudformation-rules (checked by cfn-lint, test/rules/cfn-lint-fixtures.test.ts)
// and fixtures/terraform/dependency-order (checked by terraform fmt).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initHcl } from '../../../src/terraform/hcl.js';
import { ruleTester, runFiles } from '../../helpers/rule-tester.js';

beforeAll(initHcl);

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const cfn = (name: string): Record<string, string> => ({ [name]: readFileSync(join(root, 'cloudformation-rules', name), 'utf8') });
/** A Terraform fixture folder, child modules included. */
const tf = (name: string): Record<string, string> => {
  const dir = join(root, 'terraform', 'dependency-order', name);
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
};
/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string | undefined, needle: string): number => (text ?? '').split('\n').findIndex((l) => l.includes(needle)) + 1;

const s3Yaml = cfn('s3-unordered.yaml');
const s3Json = cfn('s3-unordered.json');
const cwlYaml = cfn('cwl-separate-policy-unordered.yaml');
const tfBucket = tf('s3-bucket-reference-only');
const tfCommented = tf('s3-commented-depends-on');
const tfAttach = tf('cwl-attachment-unordered');
const tfRolePolicy = tf('cwl-role-policy-unordered');
const tfModule = tf('module-unordered');
const tfConditional = tf('cwl-conditional-role-unordered');

ruleTester('flow-log/dependency-order', {
  valid: [
    { name: 'CloudFormation YAML: DependsOn the bucket policy', files: cfn('s3-depends-on.yaml') },
    { name: 'CloudFormation YAML: DependsOn a resource that depends on the bucket policy', files: cfn('s3-transitive.yaml') },
    { name: 'CloudFormation JSON: a Ref to the bucket policy orders the flow log', files: cfn('s3-ref-ordered.json') },
    { name: 'CloudFormation YAML: DependsOn the separate role policy', files: cfn('cwl-separate-policy-depends-on.yaml') },
    { name: 'CloudFormation YAML: inline role Policies come with the role', files: cfn('cwl-inline-policy.yaml') },
    { name: 'Terraform: depends_on the bucket policy', files: tf('s3-depends-on') },
    { name: 'Terraform: a reference path through a local', files: tf('s3-through-local') },
    { name: 'Terraform: depends_on the role policy attachment', files: tf('cwl-attachment-depends-on') },
    { name: 'Terraform: inline_policy on the role', files: tf('cwl-inline-policy') },
    { name: 'Terraform: module call depends_on the bucket policy', files: tf('module-depends-on') },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: the flow log references only the bucket',
      files: s3Yaml,
      errors: [{ message: /does not wait for the bucket policy `LogBucketPolicy`/, file: 's3-unordered.yaml', line: lineOf(s3Yaml['s3-unordered.yaml'], '  FlowLog:'), column: 3, severity: 'warning' }],
    },
    {
      name: 'CloudFormation JSON: the flow log references only the bucket',
      files: s3Json,
      errors: [{ message: /LogBucketPolicy/, file: 's3-unordered.json', line: lineOf(s3Json['s3-unordered.json'], '"FlowLog"'), severity: 'warning' }],
    },
    {
      name: 'CloudFormation YAML: a separate AWS::IAM::Policy is not waited for',
      files: cwlYaml,
      errors: [{ message: /role policy `FlowLogPolicy`/, line: lineOf(cwlYaml['cwl-separate-policy-unordered.yaml'], '  FlowLog:') }],
    },
    {
      name: 'Terraform: a reference to the bucket alone does not order',
      files: tfBucket,
      errors: [{ message: /aws_s3_bucket_policy\.logs/, file: 'main.tf', line: lineOf(tfBucket['main.tf'], 'resource "aws_flow_log"'), column: 1 }],
    },
    {
      name: 'Terraform: a commented-out depends_on does not count',
      files: tfCommented,
      errors: [{ line: lineOf(tfCommented['main.tf'], 'resource "aws_flow_log"') }],
    },
    {
      name: 'Terraform: the role policy attachment is not waited for',
      files: tfAttach,
      errors: [{ message: /aws_iam_role_policy_attachment\.flow_logs/, line: lineOf(tfAttach['main.tf'], 'resource "aws_flow_log"') }],
    },
    {
      name: 'Terraform: the role policy is not waited for',
      files: tfRolePolicy,
      errors: [{ message: /aws_iam_role_policy\.flow_logs/, line: lineOf(tfRolePolicy['main.tf'], 'resource "aws_flow_log"') }],
    },
    {
      name: 'Terraform: a role chosen by a condition through a local still needs its attachment waited for',
      files: tfConditional,
      errors: [{ message: /aws_iam_role_policy_attachment\.flow_logs/, line: lineOf(tfConditional['main.tf'], 'resource "aws_flow_log"') }],
    },
    {
      name: 'Terraform: a flow log in a child module given only the bucket ARN',
      files: tfModule,
      errors: [{ file: 'flow-log/main.tf', line: lineOf(tfModule['flow-log/main.tf'], 'resource "aws_flow_log"') }],
    },
  ],
});

describe('flow-log/dependency-order and CloudFormation conditions', () => {
  const conditional = cfn('s3-conditional-bucket.yaml')['s3-conditional-bucket.yaml'] ?? '';
  it('reports the scenario that creates the bucket and policy', () => {
    const created = conditional.replace('Default: existing-flow-logs-bucket', "Default: ''");
    const mine = runFiles({ 'template.yaml': created }).results.filter((r) => r.ruleId === 'flow-log/dependency-order');
    expect(mine.map((r) => [r.status, r.line])).toEqual([['fail', lineOf(created, '  FlowLog:')]]);
  });
  it('does not require a bucket policy that the scenario does not create', () => {
    const mine = runFiles({ 'template.yaml': conditional }).results.filter((r) => r.ruleId === 'flow-log/dependency-order');
    // Scenario exploration may report the bucket-creating scenario, named in the message.
    expect(mine.filter((r) => !/\[when /.test(r.message))).toEqual([]);
  });
});

describe('flow-log/dependency-order and Terraform count', () => {
  it('does not require a policy attachment whose count is 0', () => {
    const mine = runFiles(tf('cwl-attachment-count-zero')).results.filter((r) => r.ruleId === 'flow-log/dependency-order');
    expect(mine).toEqual([]);
  });
});
