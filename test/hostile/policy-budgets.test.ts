// Big and hostile bucket policies finish within a budget: matching is linear on literal text and
// memoised on symbolic text, so one policy of 2,500 statements is not quadratic in the matcher.
// Budgets are generous (10 s): the suite may run on a loaded 2-core machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintInProcess } from '../fuzz/support.js';

const A = '111122223333';
const BUDGET_MS = 10_000;
let made: string[] = [];
afterEach(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made = [];
});

function dirWith(files: Record<string, unknown>): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-budget-'));
  made.push(d);
  for (const [name, v] of Object.entries(files)) writeFileSync(join(d, name), JSON.stringify(v, null, 2));
  return d;
}

const FLOW_LOG = {
  ResourceIds: ['vpc-0a1b2c3d4e5f67890'],
  ResourceType: 'VPC',
  TrafficType: 'ALL',
  LogDestinationType: 's3',
  LogDestination: 'arn:aws:s3:::flow-logs-central/p7/',
  MaxAggregationInterval: 600,
};

function bigPolicy(n: number): unknown {
  const Statement: unknown[] = [];
  for (let i = 0; i < n; i++) {
    Statement.push({
      Sid: `S${i}`,
      Effect: 'Allow',
      Principal: { Service: 'delivery.logs.amazonaws.com' },
      Action: ['s3:PutObject', 's3:Put*'],
      Resource: [`arn:aws:s3:::flow-logs-central/p${i}/AWSLogs/${A}/*`, `arn:aws:s3:::flow-logs-central/q${i}/*`],
      Condition: {
        StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': A },
        ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${A}:*` },
      },
    });
  }
  Statement.push({ Sid: 'AWSLogDeliveryAclCheck', Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: 'arn:aws:s3:::flow-logs-central' });
  return { Version: '2012-10-17', Statement };
}

describe('policy budgets', () => {
  it('a bucket policy of 2,500 statements finishes well under 10 s, with results', async () => {
    const dir = dirWith({ 'bucket-policy.json': bigPolicy(2500), 'flow-log.json': FLOW_LOG });
    const run = await lintInProcess(dir, false, { accountIds: [A] });
    expect(run.ms).toBeLessThan(BUDGET_MS);
    // Over the 20 KB limit, and still judged (not dropped).
    expect(run.out.results.some((r) => r.ruleId === 'bucket-policy/size-limit' && r.status === 'fail')).toBe(true);
  }, 60_000);

  it('"Action": "s3:**********!" is instant and reported as matching no action', async () => {
    const dir = dirWith({
      'policy.json': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:**********!', `s3:${'*'.repeat(4000)}!`], Resource: '*' }] },
    });
    const run = await lintInProcess(dir, false);
    expect(run.ms).toBeLessThan(BUDGET_MS);
    expect(run.out.results.some((r) => r.ruleId === 'policy/unknown-action' && r.message.includes('s3:**********!'))).toBe(true);
  }, 60_000);
});
