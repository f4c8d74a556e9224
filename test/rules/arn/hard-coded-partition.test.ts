// Fixtures: fixtures/cloudformation-rules (checked by cfn-lint, test/rules/cfn-lint-fixtures.test.ts)
// and fixtures/terraform/hard-coded-partition (checked by terraform fmt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { initHcl } from '../../../src/terraform/hcl.js';
import { ruleTester } from '../../helpers/rule-tester.js';

beforeAll(initHcl);

const root = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const cfn = (name: string): Record<string, string> => ({ [name]: readFileSync(join(root, 'cloudformation-rules', name), 'utf8') });
const tf = (name: string): Record<string, string> => ({ 'main.tf': readFileSync(join(root, 'terraform', 'hard-coded-partition', name, 'main.tf'), 'utf8') });
/** 1-based line and column of the first occurrence of `needle`. */
const at = (text: string | undefined, needle: string): { line: number; column: number } => {
  const lines = (text ?? '').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return { line: i + 1, column: (lines[i] ?? '').indexOf(needle) + 1 };
};

const trustYaml = cfn('partition-literal-trust.yaml');
const policyJson = cfn('partition-literal-bucket-policy.json');
const tfTrust = tf('literal-trust');
const tfDoc = tf('literal-policy-document');

ruleTester('arn/hard-coded-partition', {
  valid: [
    { name: 'CloudFormation YAML: every ARN derives the partition', files: cfn('cwl-inline-policy.yaml') },
    { name: 'CloudFormation YAML: a literal ARN outside the delivery chain (a Lambda role)', files: cfn('partition-unrelated-role.yaml') },
    { name: 'CloudFormation JSON: a template that never derives the partition', files: cfn('partition-never-derived.json') },
    { name: 'Terraform: every ARN derives the partition', files: tf('derived') },
    { name: 'Terraform: a configuration that never derives the partition', files: tf('never-derived') },
  ],
  invalid: [
    {
      name: 'CloudFormation YAML: trust condition aws:SourceArn written arn:aws next to ${AWS::Partition}',
      files: trustYaml,
      errors: [{ message: /partition `aws` literally/, file: 'partition-literal-trust.yaml', ...at(trustYaml['partition-literal-trust.yaml'], 'arn:aws:ec2'), severity: 'warning' }],
    },
    {
      name: 'CloudFormation JSON: bucket policy Resource joined from arn:aws:s3:::',
      files: policyJson,
      errors: [{ file: 'partition-literal-bucket-policy.json', ...at(policyJson['partition-literal-bucket-policy.json'], 'arn:aws:s3'), severity: 'warning' }],
    },
    {
      name: 'Terraform: trust condition written arn:aws next to data.aws_partition',
      files: tfTrust,
      errors: [{ message: /derives the partition elsewhere \(main\.tf:\d+\)/, file: 'main.tf', ...at(tfTrust['main.tf'], 'arn:aws:ec2') }],
    },
    {
      name: 'Terraform: literal partition in an aws_iam_policy_document the role policy uses',
      files: tfDoc,
      errors: [{ file: 'main.tf', ...at(tfDoc['main.tf'], 'arn:aws:logs') }],
    },
  ],
});
