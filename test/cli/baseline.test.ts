// Baseline round trip: update, relint with nothing new, change a policy, see only the new finding;
// edits above a finding keep the match; stale entries are reported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', '..', 'bin', 'flowlog-lint.js');

interface Out {
  results: { ruleId: string; severity: string; suppressed?: { kind: string } }[];
  summary: { suppressed: number; errors: number };
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--account-id', '111122223333', ...args, '.'], { cwd, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out: r.stdout ? (JSON.parse(r.stdout) as Out) : undefined };
}

const policy = (statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const write = {
  Sid: 'AWSLogDeliveryWrite',
  Effect: 'Allow',
  Principal: { Service: 'delivery.logs.amazonaws.com' },
  Action: 's3:PutObject',
  Resource: 'arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*',
  Condition: { StringEquals: { 'aws:SourceAccount': '111122223333', 's3:x-amz-acl': 'bucket-owner-full-control' } },
};
const flowLog = JSON.stringify({ ResourceIds: ['vpc-0a1b2c3d4e5f67890'], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-central/vpc/' });

describe('baseline', () => {
  it('round trip', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-baseline-'));
    writeFileSync(join(d, 'flow-log.json'), flowLog);
    writeFileSync(join(d, 'bucket-policy.json'), policy([write]));
    // The ACL-check statement is missing: one error today.
    expect(run(d, []).status).toBe(1);
    const upd = spawnSync(process.execPath, [cli, '--account-id', '111122223333', '--update-baseline', '--baseline', 'baseline.json', '.'], { cwd: d, encoding: 'utf8' });
    expect(upd.status).toBe(0);
    expect((JSON.parse(readFileSync(join(d, 'baseline.json'), 'utf8')) as { entries: unknown[] }).entries.length).toBeGreaterThan(0);

    // Relint: nothing new, the accepted finding is suppressed (kind baseline), exit 0.
    const again = run(d, ['--baseline', 'baseline.json']);
    expect(again.status).toBe(0);
    expect(again.out?.summary.errors).toBe(0);
    expect(again.out?.summary.suppressed).toBeGreaterThan(0);

    // Lines inserted above the finding do not break the match.
    writeFileSync(join(d, 'bucket-policy.json'), `\n\n\n${policy([write])}`);
    expect(run(d, ['--baseline', 'baseline.json']).status).toBe(0);

    // A new problem (public write) shows up, and only it.
    writeFileSync(join(d, 'bucket-policy.json'), policy([write, { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::flow-logs-central/*' }]));
    const changed = run(d, ['--baseline', 'baseline.json']);
    expect(changed.status).toBe(1);
    const fresh = changed.out?.results.filter((r) => !r.suppressed && r.severity === 'error').map((r) => r.ruleId);
    expect(fresh).toContain('bucket-policy/public-write');
    expect(fresh).not.toContain('bucket-policy/acl-check');
  });

  it('stale entries are reported and a missing baseline is an error', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-baseline-'));
    writeFileSync(join(d, 'flow-log.json'), flowLog);
    writeFileSync(join(d, 'bucket-policy.json'), policy([write]));
    spawnSync(process.execPath, [cli, '--account-id', '111122223333', '--update-baseline', '--baseline', 'b.json', '.'], { cwd: d });
    // Fix the problem: the baseline entry is now stale.
    writeFileSync(
      join(d, 'bucket-policy.json'),
      policy([write, { Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::flow-logs-central', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }]),
    );
    const r = run(d, ['--baseline', 'b.json']);
    expect(r.status).toBe(0);
    expect(r.out?.results.some((x) => x.ruleId === 'baseline/stale')).toBe(true);
    const missing = run(d, ['--baseline', 'nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  });
});
