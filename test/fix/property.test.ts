// --fix finishes the job (issue 13): over every fixable acceptance case (and the project's own
// policy fixture) and random sets of source accounts, the fixed files re-lint with no new finding —
// in particular no delivery-write failure from a source condition left naming only the first
// account, and no source-conditions warning on an added ACL-check statement.
import { orgFromOptions } from '../../src/model/org.js';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { planBucketPolicyFixes } from '../../src/fix/bucket-policy.js';
import { lint } from '../../src/lint.js';

const root = join(import.meta.dirname, '..', '..');
const CASES = join(root, '..', 'shared', 'cases');
const FILES = ['bucket-policy.json', 'flow-log.json'];

/** Folders with a standalone bucket policy and a flow log: the project fixture, and the shared
 * acceptance cases when they are beside the project. */
function fixable(): { name: string; dir: string }[] {
  const out = [{ name: 'fixtures/ordinary-repo/infra', dir: join(root, 'fixtures', 'ordinary-repo', 'infra') }];
  if (existsSync(CASES)) {
    for (const n of readdirSync(CASES).sort()) if (FILES.every((f) => existsSync(join(CASES, n, f)))) out.push({ name: `cases/${n}`, dir: join(CASES, n) });
  } else console.warn(`fix property test: ${CASES} not found; only the project fixture is used`);
  return out;
}

const lintIn = (cwd: string, accountIds: string[]) => lint({ paths: FILES, cwd, accountIds, severities: new Map() });
const counts = (rs: readonly Result[]) => {
  const m = new Map<string, number>();
  for (const r of rs) m.set(`${r.ruleId}|${r.status}`, (m.get(`${r.ruleId}|${r.status}`) ?? 0) + 1);
  return m;
};

const POOL = ['111122223333', '444455556666', '777788889999', '123456789012', '210987654321'];

describe('--fix: fixed files re-lint with no new finding', () => {
  for (const c of fixable()) {
    it(c.name, () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 4 }), (accounts) => {
          const d = mkdtempSync(join(tmpdir(), 'flowlog-fixprop-'));
          try {
            for (const f of FILES) copyFileSync(join(c.dir, f), join(d, f));
            const before = lintIn(d, accounts);
            for (const fix of planBucketPolicyFixes(before.model, accounts)) writeFileSync(join(d, fix.path), fix.after);
            const after = lintIn(d, accounts);
            const was = counts(before.results);
            const grown = [...counts(after.results)].filter(([k, n]) => n > (was.get(k) ?? 0));
            expect(grown, `${c.name} with ${accounts.join(',')}: ${JSON.stringify(after.results.map((r) => [r.ruleId, r.message]))}`).toEqual([]);
          } finally {
            rmSync(d, { recursive: true, force: true });
          }
        }),
        { seed: 13, numRuns: 12 },
      );
    }, 60_000);
  }

  it('two accounts: the second is admitted by Resource and by aws:SourceAccount / aws:SourceArn alike', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-fixprop-'));
    for (const f of FILES) copyFileSync(join(root, 'fixtures', 'ordinary-repo', 'infra', f), join(d, f));
    const accounts = ['111122223333', '444455556666'];
    const before = lintIn(d, accounts);
    expect(before.results.some((r) => r.ruleId === 'bucket-policy/delivery-write' && r.status === 'fail')).toBe(true);
    for (const fix of planBucketPolicyFixes(before.model, accounts)) writeFileSync(join(d, fix.path), fix.after);
    const after = lintIn(d, accounts);
    expect(after.results.filter((r) => r.ruleId.startsWith('bucket-policy/')), JSON.stringify(after.results)).toEqual([]);
  });

  it('an added ACL-check statement carries its siblings\' source conditions (organisation keys included)', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-fixprop-'));
    copyFileSync(join(root, 'fixtures', 'ordinary-repo', 'infra', 'flow-log.json'), join(d, 'flow-log.json'));
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AWSLogDeliveryWrite',
          Effect: 'Allow',
          Principal: { Service: 'delivery.logs.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::flow-logs-central/vpc/AWSLogs/*',
          Condition: { StringEquals: { 'aws:SourceOrgID': 'o-a1b2c3d4e5', 's3:x-amz-acl': 'bucket-owner-full-control' } },
        },
      ],
    };
    writeFileSync(join(d, 'bucket-policy.json'), JSON.stringify(policy, null, 2));
    const accounts = ['111122223333'];
    const opts = { paths: FILES, cwd: d, accountIds: accounts, severities: new Map() };
    const before = lint(opts);
    const fixes = planBucketPolicyFixes(before.model, accounts);
    expect(fixes.length).toBe(1);
    const fixed = JSON.parse(fixes[0]?.after ?? '{}') as typeof policy;
    const acl = fixed.Statement.find((s) => s.Sid === 'AWSLogDeliveryAclCheck');
    expect(acl?.Condition).toEqual({ StringEquals: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' } });
  });

  it('with the organisation known (--org-id), the fixed org-conditioned policy lints clean', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-fixprop-'));
    copyFileSync(join(root, 'fixtures', 'ordinary-repo', 'infra', 'flow-log.json'), join(d, 'flow-log.json'));
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AWSLogDeliveryWrite',
          Effect: 'Allow',
          Principal: { Service: 'delivery.logs.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::flow-logs-central/vpc/AWSLogs/111122223333/*',
          Condition: { StringEquals: { 'aws:SourceOrgID': 'o-a1b2c3d4e5', 's3:x-amz-acl': 'bucket-owner-full-control' } },
        },
      ],
    };
    writeFileSync(join(d, 'bucket-policy.json'), JSON.stringify(policy, null, 2));
    // The second account needs its Resource entry; that is decidable only with the organisation
    // known (otherwise the organisation condition leaves delivery unknown, and nothing is fixed).
    const accounts = ['111122223333', '444455556666'];
    const organization = orgFromOptions('o-a1b2c3d4e5', []);
    if ('error' in organization) throw new Error(organization.error);
    const opts = { paths: FILES, cwd: d, accountIds: accounts, organization, severities: new Map() };
    const before = lint(opts);
    expect(before.results.filter((r) => r.ruleId.startsWith('bucket-policy/') && r.status === 'fail').map((r) => r.ruleId).sort()).toEqual([
      'bucket-policy/acl-check',
      'bucket-policy/acl-check',
      'bucket-policy/delivery-write',
    ]);
    const fixes = planBucketPolicyFixes(before.model, accounts, organization);
    expect(fixes.length).toBe(1);
    for (const fix of fixes) writeFileSync(join(d, fix.path), fix.after);
    const after = lint(opts);
    expect(after.results.filter((r) => r.ruleId.startsWith('bucket-policy/')), JSON.stringify(after.results)).toEqual([]);
    const fixed = JSON.parse(fixes[0]?.after ?? '{}') as typeof policy;
    // The organisation condition is kept, and no aws:SourceAccount is invented next to it.
    expect(fixed.Statement.find((s) => s.Sid === 'AWSLogDeliveryAclCheck')?.Condition).toEqual({ StringEquals: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' } });
  });
});

describe('--fix on YAML/HCL policies: a snippet instead of "nothing to fix"', () => {
  it('prints the ACL-check statement and the delivery statement for every account, as YAML', async () => {
    const { suggestSnippets } = await import('../../src/fix/snippet.js');
    const { parse } = await import('yaml');
    const d = mkdtempSync(join(tmpdir(), 'flowlog-snippet-'));
    writeFileSync(
      join(d, 't.yaml'),
      [
        "AWSTemplateFormatVersion: '2010-09-09'",
        'Resources:',
        '  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }',
        '  LogBucket: { Type: AWS::S3::Bucket, Properties: { BucketName: flow-logs-central } }',
        '  LogBucketPolicy:',
        '    Type: AWS::S3::BucketPolicy',
        '    Properties:',
        '      Bucket: !Ref LogBucket',
        '      PolicyDocument:',
        "        Version: '2012-10-17'",
        '        Statement:',
        '          - Sid: AWSLogDeliveryWrite',
        '            Effect: Allow',
        '            Principal: { Service: delivery.logs.amazonaws.com }',
        '            Action: s3:PutObject',
        '            Resource: arn:aws:s3:::flow-logs-central/AWSLogs/111122223333/*',
        "            Condition: { StringEquals: { s3:x-amz-acl: bucket-owner-full-control, aws:SourceAccount: '111122223333' } }",
        '  FlowLog:',
        '    Type: AWS::EC2::FlowLog',
        '    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::flow-logs-central }',
        '',
      ].join('\n'),
    );
    const accounts = ['111122223333', '444455556666'];
    const out = lint({ paths: ['t.yaml'], cwd: d, accountIds: accounts, severities: new Map() });
    expect(planBucketPolicyFixes(out.model, accounts)).toEqual([]);
    const snippets = suggestSnippets(out.model, accounts);
    expect(snippets.map((s) => s.where)).toEqual(['t.yaml:5', 't.yaml:5']);
    const [acl, write] = snippets.map((s) => (parse(s.text) as Record<string, unknown>[])[0]);
    expect(acl).toMatchObject({ Sid: 'AWSLogDeliveryAclCheck', Action: 's3:GetBucketAcl', Condition: { StringEquals: { 'aws:SourceAccount': accounts } } });
    expect(write).toMatchObject({ Sid: 'AWSLogDeliveryWrite', Resource: accounts.map((a) => `arn:aws:s3:::flow-logs-central/AWSLogs/${a}/*`), Condition: { StringEquals: { 'aws:SourceAccount': accounts } } });
  });
});
