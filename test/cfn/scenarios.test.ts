// Issue 12, item 1: conditions that read parameters are explored per scenario (RULES.md, "How
// rules decide"); results that hold in some scenarios say `[when …]`, those in all say nothing.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { templateInfo } from '../../src/cfn/load.js';
import { planScenarios, MAX_SCENARIOS } from '../../src/cfn/scenarios.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { makeSource } from '../../src/parse/source.js';
import type { Result } from '../../src/engine/types.js';
import { cfnLint, haveCfnLint } from './cfn-lint.js';
import { runFiles } from '../helpers/rule-tester.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'cfn', 'scenarios');
const run = (file: string, parameters?: Map<string, string>) =>
  lint({ paths: [file], cwd: FIX, accountIds: [], severities: new Map(), ...(parameters ? { parameters } : {}) });
const brief = (rs: Result[]) => rs.map((r) => `${r.status} ${r.ruleId} ${r.line}:${r.column} ${/\[when [^\]]*\]$/.exec(r.message)?.[0] ?? ''}`.trim());

describe('condition scenarios', () => {
  it.skipIf(!haveCfnLint)('the fixtures are valid templates (cfn-lint)', () => {
    const files = readdirSync(FIX).map((f) => join(FIX, f));
    expect(cfnLint(files).output).toBe('');
  });
  if (!haveCfnLint) it.skip('cfn-lint is not installed: fixture validity not checked', () => {});

  it('a free Equals (no AllowedValues) is explored both ways; resource-level and Fn::If conditions follow', () => {
    const out = run('free-equals.yaml');
    expect(brief(out.results)).toEqual([
      'fail bucket-policy/source-conditions 23:13 [when CreateBucket=true]',
      'fail bucket-policy/source-conditions 32:13 [when CreateBucket=true]',
      // The bucket policy exists only in that scenario, and nothing orders the flow log after it.
      'fail flow-log/dependency-order 38:3 [when CreateBucket=true]',
      // The other branch: "any other value" of ExternalBucket, a bucket not in the scan.
      'unverifiable bucket-policy/delivery-write 45:65 [when CreateBucket=false]',
    ]);
    expect(out.checks['bucket-policy/delivery-write']?.pass).toBe(1);
  });

  it('And / Or / Not and a nested Fn::If over AllowedValues: a result in one scenario names it', () => {
    const out = run('logic.yaml');
    expect(brief(out.results)).toEqual(['fail kms/customer-managed-key 50:60 [when ProdLocal=true]']);
  });

  it('--parameters fix a parameter: no scenario, no label', () => {
    const prodLocal = run('logic.yaml', new Map([['Env', 'prod'], ['Central', 'no']]));
    expect(brief(prodLocal.results)).toEqual(['fail kms/customer-managed-key 50:60']);
    const central = run('logic.yaml', new Map([['Env', 'prod'], ['Central', 'yes']]));
    expect(brief(central.results)).toEqual([]);
  });

  it('a parameter without default is a symbol: a policy naming the bucket through it passes', () => {
    const out = run('no-default.yaml');
    expect(out.results).toEqual([]);
    expect(out.checks['bucket-policy/delivery-write']?.pass).toBe(1);
    expect(out.checks['bucket-policy/acl-check']?.pass).toBe(1);
  });

  it("a result in another template's file names that template's scenario", () => {
    const dir = join(FIX, '..', 'scenarios-cross');
    if (haveCfnLint) expect(cfnLint(readdirSync(dir).map((f) => join(dir, f))).output).toBe('');
    const out = lint({ paths: ['.'], cwd: dir, accountIds: [], severities: new Map() });
    expect(brief(out.results)).toEqual([
      // The bucket (no policy) is written to only when the other stack creates its flow log.
      'fail bucket-policy/delivery-write 3:3 [when flowlog.yaml: HasFlowLog=true]',
      'fail vpc/flow-logs-enabled 10:3 [when HasFlowLog=false]',
    ]);
  });

  it('caps the scenarios: beyond 64, the defaults plus each parameter changed alone', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Parameters:',
      ...names.flatMap((n) => [`  P${n}:`, '    Type: String', "    AllowedValues: ['x', 'y']", "    Default: 'y'"]),
      'Conditions:',
      `  All: !And [${names.map((n) => `!Equals [!Ref P${n}, 'x']`).join(', ')}]`,
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.0.0.0/16',
    ].join('\n');
    const root = parseYaml(makeSource('cap.yaml', text)).root;
    const plan = planScenarios(templateInfo('cap.yaml', root), new Set());
    expect(plan.cappedFrom).toBe(2 ** names.length);
    expect(plan.scenarios.length).toBe(1 + names.length);
    expect(plan.scenarios.length).toBeLessThanOrEqual(MAX_SCENARIOS);
    // Scenario 0 is the defaults; each later one changes exactly one parameter.
    expect(plan.scenarios[0]?.every((c) => c.kind === 'default')).toBe(true);
    for (const s of plan.scenarios.slice(1)) expect(s.filter((c) => c.kind !== 'default').length).toBe(1);
    // Under the cap, the full product: 2 parameters → 4 scenarios.
    const small = planScenarios(templateInfo('cap.yaml', root), new Set(names.slice(2).map((n) => `P${n}`)));
    expect(small.cappedFrom).toBeUndefined();
    expect(small.scenarios.length).toBe(4);
  });
});

describe('a destination ARN that is a parameter without default', () => {
  it('is unverifiable (any ARN could be given), never a malformed-ARN failure', () => {
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Parameters:',
      '  DestinationArn:',
      '    Type: String',
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.4.0.0/16',
      '  FlowLog:',
      '    Type: AWS::EC2::FlowLog',
      '    Properties:',
      '      ResourceId: !Ref Vpc',
      '      ResourceType: VPC',
      '      TrafficType: ALL',
      '      LogDestinationType: s3',
      '      LogDestination: !Ref DestinationArn',
    ].join('\n');
    const { results } = runFiles({ 't.yaml': text });
    expect(results.map((r) => `${r.status} ${r.ruleId}`)).toEqual(['unverifiable flow-log/destination-arn']);
    expect(results[0]?.message).toMatch(/parameter DestinationArn is given at deploy time/);
  });
});

describe('a capped run says so in its results', () => {
  it('labels name the scenarios and that only defaults plus single changes were explored', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Parameters:',
      ...names.flatMap((n) => [`  P${n}:`, '    Type: String', "    AllowedValues: ['x', 'y']", "    Default: 'y'"]),
      'Conditions:',
      `  Any: !Or [${names.map((n) => `!Equals [!Ref P${n}, 'x']`).join(', ')}]`,
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Condition: Any',
      '    Properties:',
      '      CidrBlock: 10.0.0.0/16',
    ].join('\n');
    const { results } = runFiles({ 'cap.yaml': text });
    expect(results.map((r) => r.ruleId)).toEqual(['vpc/flow-logs-enabled']);
    expect(results[0]?.message).toMatch(/\[when Any=true; 8 of 128 scenarios explored: defaults plus each parameter changed alone\]$/);
  });
});

describe('a CloudWatch Logs destination that is a parameter (same mechanism as Terraform variables)', () => {
  const text = (resource: string) =>
    [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Parameters:',
      '  LogGroupArn:',
      '    Type: String',
      'Resources:',
      '  Vpc:',
      '    Type: AWS::EC2::VPC',
      '    Properties:',
      '      CidrBlock: 10.4.0.0/16',
      '  Role:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: vpc-flow-logs.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '            Condition:',
      '              StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }',
      '      Policies:',
      '        - PolicyName: deliver',
      '          PolicyDocument:',
      "            Version: '2012-10-17'",
      '            Statement:',
      '              - Effect: Allow',
      '                Action: [logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogStreams]',
      `                Resource: ${resource}`,
      '  FlowLog:',
      '    Type: AWS::EC2::FlowLog',
      '    Properties:',
      '      ResourceId: !Ref Vpc',
      '      ResourceType: VPC',
      '      TrafficType: ALL',
      '      LogDestinationType: cloud-watch-logs',
      '      LogDestination: !Ref LogGroupArn',
      '      DeliverLogsPermissionArn: !GetAtt Role.Arn',
    ].join('\n');

  it('a role policy on the parameter itself passes only if the parameter ends in :*', () => {
    const { results } = runFiles({ 't.yaml': text('!Ref LogGroupArn') });
    const perm = results.filter((r) => r.ruleId === 'delivery-role/permissions');
    expect(perm.map((r) => r.status), JSON.stringify(results, null, 1)).toEqual(['unverifiable']);
    expect(perm[0]?.message).toMatch(/passes only if `LogGroupArn` ends in `:\*`/);
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
  });

  it('a role policy on "${LogGroupArn}*" passes for any value', () => {
    const { results, checks } = runFiles({ 't.yaml': text("!Sub '${LogGroupArn}*'") });
    expect(results.filter((r) => r.ruleId === 'delivery-role/permissions'), JSON.stringify(results, null, 1)).toEqual([]);
    expect(checks['delivery-role/permissions']?.pass).toBeGreaterThan(0);
  });
});
