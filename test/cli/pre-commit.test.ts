// The pre-commit hook, for real: a throwaway git repository uses this checkout's
// .pre-commit-hooks.yaml; `pre-commit run --all-files` fails on a bad bucket policy and passes after
// the fix. Needs the `pre-commit` command (.ci/run installs Debian's package) and network access to
// the npm registry (pre-commit installs the hook with npm).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const have = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
const rev = head.status === 0 ? head.stdout.trim() : '';
if (!have) console.warn('pre-commit test skipped: the `pre-commit` command is not installed (apt-get install pre-commit)');
if (!rev) console.warn('pre-commit test skipped: this checkout is not a git repository with a commit');

const policy = (withAcl: boolean) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AWSLogDeliveryWrite',
          Effect: 'Allow',
          Principal: { Service: 'delivery.logs.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*',
          Condition: { StringEquals: { 'aws:SourceAccount': '111122223333', 's3:x-amz-acl': 'bucket-owner-full-control' } },
        },
        ...(withAcl
          ? [{ Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::flow-logs-central', Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }]
          : []),
      ],
    },
    null,
    2,
  );

describe('pre-commit hook', () => {
  it.skipIf(!have || !rev)('fails on a bad bucket policy, passes after the fix', () => {
    const repo = mkdtempSync(join(tmpdir(), 'flowlog-precommit-'));
    const cache = mkdtempSync(join(tmpdir(), 'flowlog-precommit-cache-'));
    mkdirSync(join(repo, 'infra'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.invalid');
    git('config', 'user.name', 'test');
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: flowlog-lint\n        args: ['--account-id', '111122223333', '.']\n`,
    );
    writeFileSync(join(repo, 'infra', 'flow-log.json'), JSON.stringify({ ResourceIds: ['vpc-0a1b2c3d4e5f67890'], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs-central/vpc/' }, null, 2));
    writeFileSync(join(repo, 'infra', 'bucket-policy.json'), policy(false));
    git('add', '-A');
    const env = { ...process.env, PRE_COMMIT_HOME: cache, NO_COLOR: '1' };
    const bad = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, encoding: 'utf8', env, timeout: 280_000 });
    expect(bad.status, `${bad.stdout}\n${bad.stderr}`).toBe(1);
    expect(bad.stdout).toContain('bucket-policy/acl-check');
    writeFileSync(join(repo, 'infra', 'bucket-policy.json'), policy(true));
    git('add', '-A');
    const good = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, encoding: 'utf8', env, timeout: 120_000 });
    expect(good.status, `${good.stdout}\n${good.stderr}`).toBe(0);
  }, 400_000);
});
