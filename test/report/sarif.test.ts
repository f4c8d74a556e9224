import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSE_ERROR } from '../../rules/index.js';
import type { Result } from '../../src/engine/types.js';
import { FINGERPRINT_KEY, PSEUDO_RULES, fileUri, formatSarif, stableMessage } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/json.js';
import { CASES_DIR, HAVE_CASES, META, caseAccounts, caseNames, lintCase, lintDir, report, sampleReport, sarifSchema, validateSarif } from './_report.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: {
    physicalLocation?: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> };
    logicalLocations?: { name: string; fullyQualifiedName?: string; kind?: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  properties: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean }[];
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

const parse = (s: string) => JSON.parse(s) as SarifLog;
const run0 = (log: SarifLog) => log.runs[0] as SarifLog['runs'][number];

describe('sarif: live audits', () => {
  it('every result of a live account has a physical location (GitHub code scanning needs one) and the log is valid', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const rep = await lintDir(join(root, 'fixtures', 'snapshot'), [], ['account.json']);
    const live = rep.results.filter((r) => r.source !== undefined);
    expect(live.length).toBeGreaterThan(0);
    const log = parse(formatSarif(rep, META));
    expect(validateSarif(log)).toEqual([]);
    for (const r of run0(log).results) {
      const uri = r.locations?.[0]?.physicalLocation?.artifactLocation.uri;
      expect(uri, JSON.stringify(r)).toMatch(/^aws\/\d{12}\/[a-z0-9-]+$/);
    }
  });
});

describe('sarif: shape', () => {
  const text = formatSarif(sampleReport(), META);
  const log = parse(text);
  const run = run0(log);

  it('is valid SARIF 2.1.0 (official schema)', () => {
    expect(validateSarif(log)).toEqual([]);
  });

  it('the schema needs no draft-04-only keyword (so compiling it as draft-07 is faithful)', () => {
    const s = JSON.stringify(sarifSchema());
    expect(s).not.toMatch(/"exclusive(Minimum|Maximum)"\s*:\s*(true|false)/);
    expect(validateSarif({ version: '2.1.0' })).not.toEqual([]);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    // Formats are checked (ajv-formats): a helpUri must be a URI.
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', helpUri: 'not a uri' }] } } }] })).not.toEqual([]);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', helpUri: 'https://example.com/r.md' }] } } }] })).toEqual([]);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).not.toEqual([]);
  });

  it('has the header, one run, the driver and a successful invocation', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'flowlog-lint', version: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) as unknown });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.originalUriBaseIds).toBeUndefined();
  });

  it('describes every rule once, plus the pseudo-rules', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of META) expect(ids).toContain(m.id);
    expect(ids).toEqual(expect.arrayContaining(['parse-error', 'suppression/reason', 'suppression/unused']));
    const owner = run.tool.driver.rules.find((r) => r.id === 'bucket-policy/owner-full-control') as SarifRule;
    const meta = META.find((m) => m.id === owner.id);
    expect(owner).toEqual({
      id: 'bucket-policy/owner-full-control',
      name: 'BucketPolicyOwnerFullControl',
      shortDescription: { text: meta?.description },
      fullDescription: { text: `${meta?.description} Source: ${meta?.source}` },
      helpUri: 'https://github.com/flowlog-lint/flowlog-lint/blob/main/docs/rules/bucket-policy/owner-full-control.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['bucket-policy'] },
    });
    const levels = new Set(run.tool.driver.rules.map((r) => r.defaultConfiguration.level));
    for (const l of levels) expect(['error', 'warning', 'note']).toContain(l);
    for (const r of run.tool.driver.rules) expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[(META.find((m) => m.id === r.id) ?? PSEUDO_RULES.find((m) => m.id === r.id))?.severity ?? 'error']);
  });

  it('the parse-error pseudo-rule matches PARSE_ERROR', () => {
    expect(PSEUDO_RULES.find((r) => r.id === 'parse-error')).toEqual(PARSE_ERROR);
  });

  it('honours docsBase, informationUri and srcRoot', () => {
    const l = parse(formatSarif(sampleReport(), META, { docsBase: 'https://example.com/docs/', informationUri: 'https://example.com', srcRoot: '/home/me/my repo' }));
    const r = run0(l);
    expect(r.tool.driver.rules[0]?.helpUri).toBe(`https://example.com/docs/${META[0]?.id}.md`);
    expect(r.tool.driver.informationUri).toBe('https://example.com');
    expect(r.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/me/my%20repo/' } });
    expect(validateSarif(l)).toEqual([]);
  });

  it('maps results: ruleIndex, level, message, region, properties', () => {
    const [owner, acl, traffic, suppressed, live] = run.results as [SarifResult, SarifResult, SarifResult, SarifResult, SarifResult];
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(owner).toMatchObject({
      ruleId: 'bucket-policy/owner-full-control',
      level: 'error',
      message: { text: 'PutObject is allowed without s3:x-amz-acl = bucket-owner-full-control (policy.json:12)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'infra/log-bucket.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 42, startColumn: 11, endLine: 42, endColumn: 38 } } }],
      properties: { status: 'fail', resource: 'FlowLogBucketPolicy' },
    });
    expect(owner.suppressions).toBeUndefined();
    expect(acl.level).toBe('warning');
    expect(acl.message.text.startsWith('[unverifiable] Cannot tell')).toBe(true);
    expect(acl.properties.status).toBe('unverifiable');
    expect(acl.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 50, startColumn: 3, endLine: 50, endColumn: 3 });
    expect(traffic.level).toBe('note');
    expect(traffic.locations?.[0]?.physicalLocation?.artifactLocation.uri).toBe('dir%20with%20space/flow%2Clog%3A1.json');
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource', justification: 'accepted <risk> & "reviewed"' }]);
    // A live result: a stable synthetic artifact per account and region (GitHub code scanning
    // needs a physical location) beside the logical location naming the resource.
    expect(live.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: 'aws/111122223333/eu-west-1', uriBaseId: '%SRCROOT%' } },
        logicalLocations: [{ name: 'vpc-0a1b2c3d4e5f67890', fullyQualifiedName: 'aws:111122223333:eu-west-1/vpc-0a1b2c3d4e5f67890', kind: 'resource' }],
      },
    ]);
    expect(live.properties).toEqual({ status: 'fail', resource: 'vpc-0a1b2c3d4e5f67890', source: 'aws:111122223333:eu-west-1' });
    for (const r of run.results) expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a result of a rule not in the list still gets a descriptor and a valid ruleIndex', () => {
    const l = parse(formatSarif(report([{ ruleId: 'zz/new-rule', severity: 'warning', status: 'fail', message: 'm', file: 'a.json', line: 1, column: 1 }]), META));
    const r = run0(l);
    expect(r.tool.driver.rules[r.results[0]?.ruleIndex ?? -1]?.id).toBe('zz/new-rule');
    expect(validateSarif(l)).toEqual([]);
  });

  it('an empty report is valid, with no results', () => {
    const l = parse(formatSarif(report([]), META));
    expect(run0(l).results).toEqual([]);
    expect(validateSarif(l)).toEqual([]);
  });

  it('file paths become URI references', () => {
    expect(fileUri('a\\b c.json')).toEqual({ uri: 'a/b%20c.json', uriBaseId: '%SRCROOT%' });
    expect(fileUri('./x/#1.yaml')).toEqual({ uri: 'x/%231.yaml', uriBaseId: '%SRCROOT%' });
    expect(fileUri('/abs/p.json')).toEqual({ uri: 'file:///abs/p.json' });
    expect(fileUri('C:\\work\\p.json')).toEqual({ uri: 'file:///C:/work/p.json' });
    expect(fileUri('../up/ü.json')).toEqual({ uri: '../up/%C3%BC.json', uriBaseId: '%SRCROOT%' });
  });

  it('is deterministic', () => {
    expect(formatSarif(sampleReport(), META)).toBe(text);
  });
});

describe('sarif: fingerprints', () => {
  const base: Result = { ruleId: 'kms/key-arn', severity: 'error', status: 'fail', message: 'Key is not a key ARN (template.yaml:12)', file: 'a.yaml', line: 12, column: 3, resource: 'Key' };
  const fp = (rs: Result[]) => run0(parse(formatSarif(report(rs), META))).results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);

  it('ignore line and column, in the position and in the message', () => {
    const moved: Result = { ...base, line: 15, column: 7, endLine: 15, endColumn: 9, message: 'Key is not a key ARN (template.yaml:15)' };
    expect(fp([moved])).toEqual(fp([base]));
  });

  it('differ by rule, file, resource and message', () => {
    const a = fp([base])[0];
    expect(fp([{ ...base, ruleId: 'kms/customer-managed-key' }])[0]).not.toBe(a);
    expect(fp([{ ...base, file: 'b.yaml' }])[0]).not.toBe(a);
    expect(fp([{ ...base, resource: 'Other' }])[0]).not.toBe(a);
    expect(fp([{ ...base, message: 'Different' }])[0]).not.toBe(a);
  });

  it('tell equal findings apart by order', () => {
    const [x, y] = fp([base, { ...base, line: 30 }]);
    expect(x).not.toBe(y);
    expect(y).toBe(`${x}:2`);
  });

  it('position-free message', () => {
    expect(stableMessage('Deny statement "X" (bucket-policy.json:14) blocks it')).toBe('Deny statement "X" (bucket-policy.json) blocks it');
    expect(stableMessage('YAML syntax error: Nested mappings are not allowed at line 3, column 5:')).toBe('YAML syntax error: Nested mappings are not allowed line:');
    expect(stableMessage('first invalid byte at offset 120')).toBe('first invalid byte at offset');
    expect(stableMessage('arn:aws:logs:*:111122223333:* and MaxAggregationInterval 600')).toBe('arn:aws:logs:*:111122223333:* and MaxAggregationInterval 600');
  });
});

describe.skipIf(!HAVE_CASES)('sarif: acceptance cases', () => {
  const tmp: string[] = [];
  /** Messages of the findings that the blank-line test moved. */
  const moved: string[] = [];
  afterAll(() => {
    for (const d of tmp) rmSync(d, { recursive: true, force: true });
  });

  it.each(caseNames())('%s: output is valid SARIF and stable across runs', async (name) => {
    const a = await lintCase(name);
    const out = formatSarif(a.report, META);
    const log = parse(out);
    expect(validateSarif(log)).toEqual([]);
    expect(run0(log).results.length).toBe(a.report.results.length);
    const b = await lintCase(name);
    expect(formatSarif(b.report, META)).toBe(out);
  });

  it.each(caseNames())('%s: fingerprints survive 3 blank lines inserted above a finding', async (name) => {
    const dir = join(CASES_DIR, name);
    const accounts = caseAccounts(dir);
    const before = await lintDir(dir, accounts);
    const target = before.results.find((r) => r.file && r.line !== undefined && !r.file.includes('/') && /\.(json|ya?ml|tf)$/.test(r.file));
    if (!target?.file) return;
    const copy = mkdtempSync(join(tmpdir(), 'flowlog-sarif-'));
    tmp.push(copy);
    for (const f of readdirSync(dir)) if (f !== 'expect.json') copyFileSync(join(dir, f), join(copy, f));
    writeFileSync(join(copy, target.file), `\n\n\n${readFileSync(join(dir, target.file), 'utf8')}`);
    const after = await lintDir(copy, accounts);
    moved.push(...before.results.filter((r) => r.file === target.file).map((r) => r.message));
    // The same findings, the target 3 lines further down…
    expect(after.results.map((r) => r.ruleId)).toEqual(before.results.map((r) => r.ruleId));
    const i = before.results.indexOf(target);
    expect(after.results[i]?.line).toBe((target.line as number) + 3);
    // …with the same fingerprints.
    const fps = (rep: Report) => run0(parse(formatSarif(rep, META))).results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);
    expect(fps(after)).toEqual(fps(before));
  });

  it('the blank-line comparison ran on the cases with findings, including messages that cite lines', () => {
    expect(moved.length).toBeGreaterThanOrEqual(15);
    expect(moved.some((m) => /\.json:\d+\)/.test(m))).toBe(true);
  });
});
