// --org-id / --org-path and the config's organization / organizationPaths (CLI.md "Organisations").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const ORG = 'o-a1b2c3d4e5';

/** An organisation-wide bucket policy, conditioned on one OU path. */
function project(config?: object): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-orgopt-'));
  const svc = { Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' } };
  const cond = { 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': `${ORG}/r-ab12/ou-ab12-11111111/*` } };
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { ...svc, Action: 's3:PutObject', Resource: 'arn:aws:s3:::org-flow-logs/AWSLogs/*', Condition: { ...cond, StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } },
      { ...svc, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::org-flow-logs', Condition: cond },
    ],
  };
  writeFileSync(join(d, 'bucket-policy.json'), JSON.stringify(policy, null, 2));
  if (config) writeFileSync(join(d, '.flowloglintrc.json'), JSON.stringify(config));
  return d;
}

function run(cwd: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--account-id', '111122223333', ...args, '.'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const json = r.stdout ? (JSON.parse(r.stdout) as { results: { ruleId: string; status: string; message: string }[] }) : undefined;
  return { status: r.status, stderr: r.stderr, statuses: (json?.results ?? []).filter((x) => x.ruleId === 'bucket-policy/delivery-write').map((x) => x.status) };
}

describe('organisation options', () => {
  it('--org-path in the OU passes, in another OU fails, absent is unverifiable', () => {
    const d = project();
    expect(run(d, ['--org-path', `${ORG}/r-ab12/ou-ab12-11111111/`]).statuses).toEqual([]);
    expect(run(d, ['--org-path', `${ORG}/r-ab12/ou-ab12-22222222/`])).toMatchObject({ status: 1, statuses: ['fail'] });
    expect(run(d)).toMatchObject({ status: 0, statuses: ['unverifiable'] });
  });

  it('config organization / organizationPaths act like the options', () => {
    expect(run(project({ organization: ORG, organizationPaths: [`${ORG}/r-ab12/ou-ab12-11111111/`] })).statuses).toEqual([]);
  });

  it('malformed values: usage error or invalid configuration, exit 2', () => {
    const bad = run(project(), ['--org-id', 'o-x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--org-id must be an AWS Organizations ID');
    const path = run(project(), ['--org-id', ORG, '--org-path', 'o-z9y8x7w6v5/r-ab12/']);
    expect(path.status).toBe(2);
    expect(path.stderr).toContain('is not in organisation');
    const cfg = run(project({ organization: 'org-1' }));
    expect(cfg.status).toBe(2);
    expect(cfg.stderr).toContain('"organization"');
  });
});
