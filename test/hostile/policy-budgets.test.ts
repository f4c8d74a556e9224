// Big and hostile bucket policies finish within a budget: matching is linear on literal text and
// memoised on symbolic text, so one policy of 2,500 statements is not quadratic in the matcher.
// Budgets are generous (10 s) and counted in CPU time of this process, not wall time: the suite
// may run on a loaded 2-core machine.
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

/** Lints in-process; returns the run and the CPU time (user + system, ms) it took. */
async function timedLint(dir: string, accountIds: string[] = []) {
  const c0 = process.cpuUsage();
  const run = await lintInProcess(dir, false, { accountIds });
  const c = process.cpuUsage(c0);
  return { run, cpuMs: (c.user + c.system) / 1000 };
}

/** 2,500 statements over 10 source accounts: every 7th a Deny, every 3rd for Principal "*", all
 * with a StringLike ACL condition — the shape that was quadratic (each statement's question asked
 * of the whole policy, for every canned ACL). */
function mixedPolicy(n: number, accounts: readonly string[]): unknown {
  const Statement: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const acct = accounts[i % accounts.length] as string;
    Statement.push({
      Sid: `S${i}`,
      Effect: i % 7 ? 'Allow' : 'Deny',
      Principal: i % 3 ? { Service: 'delivery.logs.amazonaws.com' } : '*',
      Action: ['s3:Put*', 's3:*Object'],
      Resource: `arn:aws:s3:::flow-logs-central/*/AWSLogs/${acct}/*`,
      Condition: {
        StringLike: { 's3:x-amz-acl': 'bucket-owner-*' },
        StringEquals: { 'aws:SourceAccount': acct },
        ArnLike: { 'aws:SourceArn': `arn:aws:logs:*:${acct}:*` },
      },
    });
  }
  return { Version: '2012-10-17', Statement };
}

describe('policy budgets', () => {
  it('2,500 mixed statements, 10 source accounts: well under 10 s of CPU, judged', async () => {
    const accounts = Array.from({ length: 10 }, (_, i) => String(111100000000 + i * 1111));
    const dir = dirWith({ 'bucket-policy.json': mixedPolicy(2500, accounts), 'flow-log.json': { ...FLOW_LOG, LogDestination: 'arn:aws:s3:::flow-logs-central/x/' } });
    const { run, cpuMs } = await timedLint(dir, accounts);
    expect(cpuMs).toBeLessThan(BUDGET_MS);
    expect(run.out.results.some((r) => r.ruleId === 'bucket-policy/size-limit')).toBe(true);
  }, 120_000);

  it('a bucket policy of 2,500 statements finishes well under 10 s, with results', async () => {
    const dir = dirWith({ 'bucket-policy.json': bigPolicy(2500), 'flow-log.json': FLOW_LOG });
    const { run, cpuMs } = await timedLint(dir, [A]);
    expect(cpuMs).toBeLessThan(BUDGET_MS);
    // Over the 20 KB limit, and still judged (not dropped).
    expect(run.out.results.some((r) => r.ruleId === 'bucket-policy/size-limit' && r.status === 'fail')).toBe(true);
  }, 60_000);

  it('"Action": "s3:**********!" is instant and reported as matching no action', async () => {
    const dir = dirWith({
      'policy.json': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:**********!', `s3:${'*'.repeat(4000)}!`], Resource: '*' }] },
    });
    const { run, cpuMs } = await timedLint(dir);
    expect(cpuMs).toBeLessThan(BUDGET_MS);
    expect(run.out.results.some((r) => r.ruleId === 'policy/unknown-action' && r.message.includes('s3:**********!'))).toBe(true);
  }, 60_000);
});
