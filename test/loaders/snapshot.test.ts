// Snapshots of live accounts: the same rules, results without file positions (source
// aws:ACCOUNT:REGION and the resource ARN), denied reads make checks unverifiable.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';

const root = join(import.meta.dirname, '..', '..');

describe('snapshot', () => {
  const out = lint({ paths: ['fixtures/snapshot/account.json'], cwd: root, accountIds: [], severities: new Map() });
  const by = (id: string) => out.results.filter((r) => r.ruleId === id);

  it('results name the live resource and its source, not the snapshot file', () => {
    for (const r of out.results) {
      expect(r.file).toBeNull();
      expect(r.source).toMatch(/^aws:111122223333:(us-east-1|global)$/);
      expect(r.line).toBeUndefined();
    }
  });

  it('S3 + KMS chain passes', () => {
    expect(out.checks['bucket-policy/delivery-write']?.pass).toBeGreaterThanOrEqual(1);
    expect(out.checks['kms/delivery-key-access']).toMatchObject({ pass: 1, fail: 0 });
    expect(out.checks['kms/key-arn']).toMatchObject({ pass: 1, fail: 0 });
  });

  it('missing ACL check, delivery status FAILED, EC2-trusting role, VPC without flow log', () => {
    expect(by('bucket-policy/acl-check').map((r) => [r.status, r.resource])).toEqual([['fail', 'arn:aws:s3:::no-acl-flow-logs']]);
    expect(by('flow-log/delivery-status').map((r) => r.resource)).toEqual(['arn:aws:ec2:us-east-1:111122223333:vpc-flow-log/fl-000000000000000b1']);
    expect(by('delivery-role/trust').map((r) => r.status)).toEqual(['fail']);
    expect(by('vpc/flow-logs-enabled').map((r) => r.resource)).toEqual(['arn:aws:ec2:us-east-1:111122223333:vpc/vpc-0000000000000000c']);
  });

  it('a denied read makes the check unverifiable and names the action', () => {
    const u = by('bucket-policy/delivery-write').filter((r) => r.status === 'unverifiable');
    expect(u).toHaveLength(1);
    expect(u[0]?.message).toContain('s3:GetBucketPolicy failed (AccessDenied)');
  });
});
