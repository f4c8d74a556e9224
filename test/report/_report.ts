// Shared by the report format tests: hand-built reports, real runs over the acceptance cases, and
// the official SARIF 2.1.0 schema (shipped by @microsoft/jest-sarif; loaded, not copied).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { RULES, PARSE_ERROR } from '../../rules/index.js';
import type { Result, RuleMeta } from '../../src/engine/types.js';
import { lintAsync } from '../../src/lint.js';
import type { Report } from '../../src/report/json.js';

export const CASES_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'cases');
export const HAVE_CASES = existsSync(CASES_DIR);

export const META: RuleMeta[] = [...RULES.map((r) => r.meta), PARSE_ERROR];

export function report(results: Result[], extra: Partial<Report> = {}): Report {
  return { results, files: 2, resources: 3, checks: {}, toolVersion: '1.2.3', ...extra };
}

/** A report with a bit of everything: file and live results, every severity, an unverifiable
 * result, a suppressed one, and text that needs escaping in every format. */
export function sampleReport(): Report {
  return report(
    [
      {
        ruleId: 'bucket-policy/owner-full-control',
        severity: 'error',
        status: 'fail',
        message: 'PutObject is allowed without s3:x-amz-acl = bucket-owner-full-control (policy.json:12)',
        file: 'infra/log-bucket.yaml',
        line: 42,
        column: 11,
        endLine: 42,
        endColumn: 38,
        resource: 'FlowLogBucketPolicy',
      },
      {
        ruleId: 'bucket-policy/acl-check',
        severity: 'warning',
        status: 'unverifiable',
        message: 'Cannot tell if <bucket> & "key" allow it, a|b, 100%\nsecond line: x,y',
        file: 'infra/log-bucket.yaml',
        line: 50,
        column: 3,
        resource: 'FlowLogBucketPolicy',
      },
      {
        ruleId: 'flow-log/traffic-type',
        severity: 'info',
        status: 'fail',
        message: "TrafficType is REJECT; it's *not* ALL",
        file: 'dir with space/flow,log:1.json',
        line: 3,
        column: 5,
        endLine: 4,
        endColumn: 2,
      },
      {
        ruleId: 'kms/key-arn',
        severity: 'error',
        status: 'fail',
        message: 'Suppressed one',
        file: 'infra/log-bucket.yaml',
        line: 60,
        column: 1,
        suppressed: { kind: 'inSource', justification: 'accepted <risk> & "reviewed"' },
      },
      {
        ruleId: 'vpc/flow-logs-enabled',
        severity: 'error',
        status: 'fail',
        message: 'VPC has no flow log',
        file: null,
        source: 'aws:111122223333:eu-west-1',
        resource: 'vpc-0a1b2c3d4e5f67890',
      },
    ],
    {
      checks: {
        'bucket-policy/owner-full-control': { pass: 1, fail: 1, unverifiable: 0 },
        'bucket-policy/acl-check': { pass: 0, fail: 0, unverifiable: 1 },
        'flow-log/traffic-type': { pass: 0, fail: 1, unverifiable: 0 },
        'kms/key-arn': { pass: 0, fail: 1, unverifiable: 0 },
        'vpc/flow-logs-enabled': { pass: 2, fail: 1, unverifiable: 0 },
        'delivery-role/trust': { pass: 3, fail: 0, unverifiable: 0 },
        'arn/syntax': { pass: 7, fail: 0, unverifiable: 0 },
      },
    },
  );
}

export interface CaseRun {
  name: string;
  dir: string;
  report: Report;
}

/** Account IDs from a case's expect.json args (`--account-id`), else 111122223333. */
export function caseAccounts(dir: string): string[] {
  const ids: string[] = [];
  try {
    const args = (JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { args?: string[] }).args ?? [];
    args.forEach((a, i) => {
      if (a === '--account-id' && args[i + 1]) ids.push(args[i + 1] as string);
    });
  } catch {
    // no args
  }
  return ids.length ? ids : ['111122223333'];
}

export async function lintDir(dir: string, accountIds: string[] = ['111122223333'], paths: string[] = ['.']): Promise<Report> {
  const out = await lintAsync({ paths, cwd: dir, accountIds, severities: new Map(), ignores: ['expect.json'] });
  return { results: out.results, files: out.files, resources: out.resources, checks: out.checks, toolVersion: '0.1.0' };
}

export function caseNames(): string[] {
  if (!HAVE_CASES) return [];
  return readdirSync(CASES_DIR)
    .filter((n) => statSync(join(CASES_DIR, n)).isDirectory() && existsSync(join(CASES_DIR, n, 'expect.json')))
    .sort();
}

export async function lintCase(name: string): Promise<CaseRun> {
  const dir = join(CASES_DIR, name);
  return { name, dir, report: await lintDir(dir, caseAccounts(dir)) };
}

let validator: ValidateFunction | undefined;

/** The official SARIF 2.1.0 schema. It declares draft-04, which Ajv 8 does not implement; it uses
 * no keyword whose meaning changed after draft-04 (checked in sarif.test.ts), so its `$schema` and
 * draft-04 `id` are dropped and it is compiled as draft-07. ajv-formats checks `uri`,
 * `uri-reference` and `date-time`. */
export function sarifSchema(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export function validateSarif(doc: unknown): string[] {
  if (!validator) {
    const { $schema: _draft, id: _id, ...schema } = sarifSchema();
    // unicodeRegExp: false because the schema's `language` pattern has a stray `]`
    // (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), a syntax error under the `u` flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(doc)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
