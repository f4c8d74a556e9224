// `terraform show -json` plans: planned values map onto the model, findings name module
// addresses and point into the JSON (also inside policies held as JSON strings).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';

const root = join(import.meta.dirname, '..', '..');

describe('Terraform plan JSON', () => {
  const out = lint({ paths: ['fixtures/terraform-plan/plan.json'], cwd: root, accountIds: ['111122223333'], severities: new Map() });

  it('reads resources of child modules with their addresses', () => {
    const accept = out.results.find((r) => r.ruleId === 'flow-log/accept-only');
    expect(accept).toMatchObject({ resource: 'module.flow_logs.aws_flow_log.this[1]', file: 'fixtures/terraform-plan/plan.json', line: 77 });
  });

  it('checks the bucket policy held as a JSON string, with positions inside the string', () => {
    const acl = out.results.filter((r) => r.ruleId === 'bucket-policy/acl-check');
    expect(acl).toHaveLength(1);
    expect(acl[0]).toMatchObject({ status: 'fail', resource: 'aws_s3_bucket_policy.logs', line: 30 });
    expect(out.checks['bucket-policy/delivery-write']).toMatchObject({ pass: 1, fail: 0 });
    expect(out.checks['bucket-policy/owner-full-control']).toMatchObject({ pass: 1, fail: 0 });
  });

  it('values known only after apply are unverifiable, never guessed', () => {
    const d = out.results.find((r) => r.ruleId === 'flow-log/destination-arn');
    expect(d).toMatchObject({ status: 'unverifiable', resource: 'module.flow_logs.aws_flow_log.this[1]' });
    expect(d?.message).toContain('known only after apply');
  });

  it('no parse errors', () => {
    expect(out.results.filter((r) => r.ruleId === 'parse-error')).toEqual([]);
  });
});
