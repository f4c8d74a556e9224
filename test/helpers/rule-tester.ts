// A RuleTester in ESLint's style: each case is a set of input files and the results one rule must
// (invalid) or must not (valid) produce, run through the whole pipeline (loaders, linking, rules).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { orgFromOptions } from '../../src/model/org.js';

export interface Case {
  name: string;
  files: Record<string, string | object>;
  accountIds?: string[];
  /** `--org-id` / `--org-path` of the run. */
  org?: { id?: string; paths?: string[] };
}

export interface ExpectedResult {
  status?: 'fail' | 'unverifiable';
  message?: RegExp;
  file?: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
}

export interface InvalidCase extends Case {
  errors: ExpectedResult[];
}

/** Runs the pipeline over files written to a temporary folder; returns every result. */
/** Lints the files as a folder walk would (`.`), or with `named` as files named on the command
 * line (always parsed, where a walk skips files that do not claim to be inputs). */
export function runFiles(files: Record<string, string | object>, accountIds: string[] = [], org?: Case['org'], named = false): { results: Result[]; checks: Record<string, { pass: number; fail: number; unverifiable: number }> } {
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-lint-test-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      const p = join(dir, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    }
    const organization = orgFromOptions(org?.id, org?.paths ?? []);
    if ('error' in organization) throw new Error(organization.error);
    const out = lint({ paths: named ? Object.keys(files) : ['.'], cwd: dir, accountIds, organization, severities: new Map() });
    return { results: out.results, checks: out.checks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { results, checks } = runFiles(c.files, c.accountIds, c.org);
        const mine = results.filter((r) => r.ruleId === ruleId);
        expect(mine, JSON.stringify(mine, null, 1)).toEqual([]);
        expect(checks[ruleId]?.pass ?? 0, `${ruleId} was not evaluated`).toBeGreaterThan(0);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { results } = runFiles(c.files, c.accountIds, c.org);
        const mine = results.filter((r) => r.ruleId === ruleId);
        expect(mine.length, JSON.stringify(results, null, 1)).toBe(c.errors.length);
        c.errors.forEach((e, i) => {
          const r = mine[i] as Result;
          expect(r.status).toBe(e.status ?? 'fail');
          if (e.message) expect(r.message).toMatch(e.message);
          if (e.file) expect(r.file).toBe(e.file);
          if (e.line !== undefined) expect(r.line, r.message).toBe(e.line);
          if (e.column !== undefined) expect(r.column, r.message).toBe(e.column);
          if (e.severity) expect(r.severity).toBe(e.severity);
        });
      });
    }
  });
}

/** The seeds' S3 bucket policy for one account, as a starting point for cases. */
export function seedBucketPolicy(bucket = 'flow-logs-central', prefix = 'vpc/', accounts = ['111122223333']): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AWSLogDeliveryWrite',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: accounts.map((a) => `arn:aws:s3:::${bucket}/${prefix}AWSLogs/${a}/*`),
        Condition: {
          StringEquals: { 'aws:SourceAccount': accounts, 's3:x-amz-acl': 'bucket-owner-full-control' },
          ArnLike: { 'aws:SourceArn': accounts.map((a) => `arn:aws:logs:*:${a}:*`) },
        },
      },
      {
        Sid: 'AWSLogDeliveryAclCheck',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: { StringEquals: { 'aws:SourceAccount': accounts }, ArnLike: { 'aws:SourceArn': accounts.map((a) => `arn:aws:logs:*:${a}:*`) } },
      },
    ],
  };
}

export function s3FlowLog(destination = 'arn:aws:s3:::flow-logs-central/vpc/', extra: Record<string, unknown> = {}): object {
  return { ResourceIds: ['vpc-0a1b2c3d4e5f67890'], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: destination, ...extra };
}
