// Issue 16, CloudFormation part: small templates that describe exponential work or huge values
// finish within budget (10 s, a 450 MB heap) through the real CLI, with results that name the
// budget they hit — never a hang, never an out-of-memory crash, never a silent pass. And a nested
// stack's template path outside the scanned folders is not followed; VPC checks name it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { assertDistBuilt, checkCli, runCli } from '../fuzz/support.js';

const LIMIT_MS = 10_000;
let made: string[] = [];
afterEach(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  made = [];
});
beforeAll(() => assertDistBuilt());

function dirWith(files: Record<string, unknown>): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-cfn-budget-'));
  made.push(d);
  for (const [name, v] of Object.entries(files)) {
    mkdirSync(dirname(join(d, name)), { recursive: true });
    writeFileSync(join(d, name), typeof v === 'string' ? v : JSON.stringify(v));
  }
  return d;
}

/** Runs the CLI on a folder with a wall-clock limit and a 450 MB heap; returns its results. */
function lintCli(dir: string, label: string): { results: Result[]; ms: number; status: number | null } {
  const t0 = Date.now();
  const res = runCli(['--format', 'json', '.'], dir, { timeout: LIMIT_MS, nodeArgs: ['--max-old-space-size=450'] });
  const ms = Date.now() - t0;
  const { results } = checkCli(res, label);
  expect(ms).toBeLessThan(LIMIT_MS);
  return { results, ms, status: res.status };
}

const VPC = { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } };
const flowLog = (destination: unknown, condition?: string) => ({
  Type: 'AWS::EC2::FlowLog',
  ...(condition ? { Condition: condition } : {}),
  Properties: { ResourceId: { Ref: 'Vpc' }, ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: destination },
});

/** Condition C(i) = And(C(i-1), C(i-1)): 2^n evaluations without memoisation. */
function nestedAnd(n: number, first: unknown): Record<string, unknown> {
  const conds: Record<string, unknown> = { C0: first };
  for (let i = 1; i <= n; i++) conds[`C${i}`] = { 'Fn::And': [{ Condition: `C${i - 1}` }, { Condition: `C${i - 1}` }] };
  return conds;
}

/** Mapping entry K(i) = Join(K(i-1), K(i-1)): 2^n lookups and a 2^n-fold string. */
function doublingMap(n: number, base: string): Record<string, unknown> {
  const m: Record<string, unknown> = { K0: { V: base } };
  for (let i = 1; i <= n; i++) m[`K${i}`] = { V: { 'Fn::Join': ['', [{ 'Fn::FindInMap': ['M', `K${i - 1}`, 'V'] }, { 'Fn::FindInMap': ['M', `K${i - 1}`, 'V'] }]] } };
  return m;
}

describe('CloudFormation budgets, not hangs', () => {
  it('40 nested Fn::And conditions over a parameter: finishes, scenarios explored', () => {
    const t = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Env: { Type: 'String', Default: 'prod' } },
      Conditions: nestedAnd(40, { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }),
      Resources: { Vpc: VPC, FlowLog: flowLog('arn:aws:s3:::central-flow-logs', 'C40') },
    };
    expect(JSON.stringify(t).length).toBeLessThan(5_000);
    const { results } = lintCli(dirWith({ 't.json': t }), 'nested And');
    // The flow log exists only when Env=prod: the VPC has none in the other scenario.
    expect(results.find((r) => r.ruleId === 'vpc/flow-logs-enabled')?.message).toMatch(/\[when /);
  }, 30_000);

  it('40 nested Fn::And conditions over the region (undecidable): finishes, both assumptions explored', () => {
    const t = {
      AWSTemplateFormatVersion: '2010-09-09',
      Conditions: nestedAnd(40, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] }),
      Resources: { Vpc: VPC, FlowLog: flowLog('arn:aws:s3:::central-flow-logs', 'C40') },
    };
    const { results } = lintCli(dirWith({ 't.json': t }), 'nested And (region)');
    expect(results.some((r) => r.ruleId === 'vpc/flow-logs-enabled')).toBe(true);
  }, 30_000);

  it('40 doubling Fn::FindInMap entries (2^40 characters): unverifiable naming a budget', () => {
    const t = { AWSTemplateFormatVersion: '2010-09-09', Mappings: { M: doublingMap(40, 'arn:aws:s3:::b') }, Resources: { Vpc: VPC, FlowLog: flowLog({ 'Fn::FindInMap': ['M', 'K40', 'V'] }) } };
    expect(JSON.stringify(t).length).toBeLessThan(9_000);
    const { results } = lintCli(dirWith({ 't.json': t }), 'doubling FindInMap');
    const dest = results.find((r) => r.ruleId === 'flow-log/destination-arn');
    expect(dest?.status).toBe('unverifiable');
    expect(dest?.message).toMatch(/budget/);
  }, 30_000);

  it('15 doubling entries of a 100-character string: the expanded-size budget is named', () => {
    const t = { AWSTemplateFormatVersion: '2010-09-09', Mappings: { M: doublingMap(15, `arn:aws:s3:::${'b'.repeat(87)}`) }, Resources: { Vpc: VPC, FlowLog: flowLog({ 'Fn::FindInMap': ['M', 'K15', 'V'] }) } };
    const { results } = lintCli(dirWith({ 't.json': t }), 'doubling FindInMap (chars)');
    const dest = results.find((r) => r.ruleId === 'flow-log/destination-arn');
    expect(dest?.status).toBe('unverifiable');
    expect(dest?.message).toMatch(/expanded-size budget \(1000000 characters\)/);
  }, 30_000);

  it('40 doubling lists in Mappings: finishes with a result', () => {
    const m: Record<string, unknown> = { K0: { V: ['a'] } };
    for (let i = 1; i <= 40; i++) m[`K${i}`] = { V: [{ 'Fn::FindInMap': ['M', `K${i - 1}`, 'V'] }, { 'Fn::FindInMap': ['M', `K${i - 1}`, 'V'] }] };
    const t = { AWSTemplateFormatVersion: '2010-09-09', Mappings: { M: m }, Resources: { Vpc: VPC, FlowLog: flowLog({ 'Fn::Join': [',', { 'Fn::FindInMap': ['M', 'K40', 'V'] }] }) } };
    const { results } = lintCli(dirWith({ 't.json': t }), 'doubling lists');
    expect(results.find((r) => r.ruleId === 'flow-log/destination-arn')?.status).toBe('unverifiable');
  }, 30_000);

  it('a 5 MB CommaDelimitedList default read by 500 flow logs: no out-of-memory, each unverifiable naming the list budget', () => {
    const dests = Array.from({ length: 180_000 }, (_, i) => `arn:aws:s3:::flow-logs-${String(i).padStart(6, '0')}`).join(',');
    const Resources: Record<string, unknown> = { Vpc: VPC };
    for (let i = 0; i < 500; i++) Resources[`FL${i}`] = flowLog({ 'Fn::Select': [0, { Ref: 'Dests' }] });
    const t = { AWSTemplateFormatVersion: '2010-09-09', Parameters: { Dests: { Type: 'CommaDelimitedList', Default: dests } }, Resources };
    expect(JSON.stringify(t).length).toBeGreaterThan(5_000_000);
    const { results } = lintCli(dirWith({ 't.json': t }), 'big CommaDelimitedList');
    const dest = results.filter((r) => r.ruleId === 'flow-log/destination-arn');
    expect(dest).toHaveLength(500);
    for (const r of dest) {
      expect(r.status).toBe('unverifiable');
      expect(r.message).toMatch(/parameter Dests is a list of 180000 items, over the expanded-list budget \(10000 items\)/);
    }
  }, 30_000);
});

describe('CDK nested stack asset paths', () => {
  const parent = (assetPath: string) => ({
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Vpc: VPC,
      Child: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': assetPath }, Properties: { TemplateURL: 'https://example.com/child.json', Parameters: { VpcId: { Ref: 'Vpc' } } } },
    },
  });
  const child = { AWSTemplateFormatVersion: '2010-09-09', Parameters: { VpcId: { Type: 'String' } }, Resources: { FlowLog: { Type: 'AWS::EC2::FlowLog', Properties: { ResourceId: { Ref: 'VpcId' }, ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::central-flow-logs' } } } };

  it('outside the scanned folders: not followed, the VPC check is unverifiable naming the path', () => {
    // The child sits next to the scanned folder: a path climbing out of it is refused even though
    // the file exists; its secret never reaches the output.
    const root = dirWith({ 'outside/child.nested.template.json': { ...child, Description: 'SECRET-OUTSIDE-1234' }, 'scan/parent.json': parent('../outside/child.nested.template.json') });
    const res = runCli(['--format', 'json', 'scan'], root, { timeout: LIMIT_MS });
    const { results } = checkCli(res, 'nested stack outside');
    expect(res.stdout).not.toContain('SECRET-OUTSIDE-1234');
    const vpc = results.find((r) => r.ruleId === 'vpc/flow-logs-enabled');
    expect(vpc?.status).toBe('unverifiable');
    expect(vpc?.message).toContain('nested stack Child of scan/parent.json');
    expect(vpc?.message).toContain('"../outside/child.nested.template.json" is outside the scanned folders');
  }, 30_000);

  it('an absolute path is refused the same way', () => {
    const root = dirWith({ 'scan/parent.json': parent('/etc/passwd') });
    const { results } = checkCli(runCli(['--format', 'json', 'scan'], root, { timeout: LIMIT_MS }), 'nested stack absolute');
    expect(results.find((r) => r.ruleId === 'vpc/flow-logs-enabled')?.message).toContain('"/etc/passwd" is outside the scanned folders');
  }, 30_000);

  it('inside the scanned folder: followed as before (the child flow log covers the VPC)', () => {
    const root = dirWith({ 'scan/child.nested.template.json': child, 'scan/parent.json': parent('child.nested.template.json') });
    const { results } = checkCli(runCli(['--format', 'json', 'scan'], root, { timeout: LIMIT_MS }), 'nested stack inside');
    expect(results.filter((r) => r.ruleId === 'vpc/flow-logs-enabled')).toEqual([]);
  }, 30_000);
});
