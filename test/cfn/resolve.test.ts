// Every intrinsic the resolver knows, alone, nested, and unresolvable.
import { describe, expect, it } from 'vitest';
import { templateInfo } from '../../src/cfn/load.js';
import { resolve } from '../../src/cfn/resolve.js';
import { display, type Val } from '../../src/model/value.js';
import { get, type PNode } from '../../src/parse/pnode.js';
import { makeSource } from '../../src/parse/source.js';
import { parseYaml } from '../../src/parse/yaml.js';

const TEMPLATE = `
Parameters:
  Env:
    Type: String
    Default: prod
  NoDefault:
    Type: String
  Names:
    Type: CommaDelimitedList
    Default: a,b,c
  FromSsm:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /my/param
Mappings:
  Buckets:
    prod:
      Name: prod-logs
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
  Both: !And [!Condition IsProd, !Condition IsDev]
  Either: !Or [!Condition IsProd, !Condition IsDev]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Named:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: named-bucket
  Key:
    Type: AWS::KMS::Key
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: flow-role
  Group:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub 'flow-\${Env}'
`;

function evalIn(expr: string, opts: { bindings?: Map<string, string>; assume?: Map<string, boolean> } = {}): Val {
  const src = makeSource('t.yaml', `${TEMPLATE}\nOutputs:\n  X:\n    Value: ${expr}\n`);
  const root = parseYaml(src).root;
  const info = templateInfo('t.yaml', root, opts);
  return resolve(info, get(get(get(root, 'Outputs'), 'X'), 'Value') as PNode);
}

const show = (v: Val) => (v.kind === 'unknown' ? `unknown: ${v.reason}` : display(v));

describe('CloudFormation intrinsics', () => {
  const table: [string, string][] = [
    ['!Ref Env', 'prod'],
    // A parameter without default is a symbol (issue 12): what holds must hold for every value.
    ['!Ref NoDefault', '${NoDefault}'],
    ['!Ref FromSsm', 'unknown: parameter FromSsm is read from SSM Parameter Store at deploy time'],
    ['!Ref AWS::AccountId', '${AWS::AccountId}'],
    ['!Ref AWS::Region', '${AWS::Region}'],
    ['!Ref AWS::Partition', '${AWS::Partition}'],
    ['!Ref AWS::URLSuffix', '${AWS::URLSuffix}'],
    ['!Ref Bucket', '${Bucket}'],
    ['!Ref Named', 'named-bucket'],
    ['!Ref Key', '${Key}'],
    ['!Ref Role', 'flow-role'],
    ['!Ref Group', 'flow-prod'],
    ['!GetAtt Bucket.Arn', 'arn:${AWS::Partition}:s3:::${Bucket}'],
    ['!GetAtt [Named, Arn]', 'arn:${AWS::Partition}:s3:::named-bucket'],
    ['!GetAtt Key.Arn', 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${Key}'],
    ['!GetAtt Role.Arn', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/flow-role'],
    ['!GetAtt Group.Arn', 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:flow-prod:*'],
    ["!Sub '${Bucket.Arn}/flow/AWSLogs/${AWS::AccountId}/*'", 'arn:${AWS::Partition}:s3:::${Bucket}/flow/AWSLogs/${AWS::AccountId}/*'],
    ["!Sub ['${B}/x-${Env}', {B: !GetAtt Named.Arn}]", 'arn:${AWS::Partition}:s3:::named-bucket/x-prod'],
    ["!Sub 'literal ${!NotAVar}'", 'literal ${NotAVar}'],
    ["!Sub 'arn:${AWS::Partition}:s3:::${NoDefault}'", 'arn:${AWS::Partition}:s3:::${NoDefault}'],
    ["!Join ['', ['arn:aws:s3:::', !Ref Named, '/p/']]", 'arn:aws:s3:::named-bucket/p/'],
    ["!Join ['/', [!Sub '${Env}-a', b]]", 'prod-a/b'],
    ['!Join [",", !Ref Names]', 'a,b,c'],
    ['!Select [1, !Ref Names]', 'b'],
    ['!Select [5, !Ref Names]', 'unknown: Fn::Select index 5 is out of range'],
    ["!Select [0, !Split ['/', 'x/y/z']]", 'x'],
    ["!Select [1, !Split [':', !GetAtt Bucket.Arn]]", '${AWS::Partition}'],
    ['!FindInMap [Buckets, !Ref Env, Name]', 'prod-logs'],
    ['!FindInMap [Buckets, !Ref AWS::Region, Name]', 'unknown: Fn::FindInMap keys cannot be resolved (they depend on the deployment)'],
    ['!If [IsProd, yes, no]', 'yes'],
    ['!If [IsDev, yes, no]', 'no'],
    ['!If [Both, yes, no]', 'no'],
    ['!If [Either, yes, no]', 'yes'],
    ['!If [InUsEast1, yes, no]', 'unknown: depends on condition InUsEast1'],
    ['!ImportValue shared-bucket-arn', 'unknown: Fn::ImportValue shared-bucket-arn comes from another stack'],
    ['!GetAZs ""', 'unknown: Fn::GetAZs is known only at deploy time'],
    ["!Join ['', [!ImportValue x, '/']]", 'unknown: Fn::ImportValue x comes from another stack'],
  ];
  for (const [expr, want] of table) {
    it(expr, () => expect(show(evalIn(expr))).toBe(want));
  }

  it('!If inside a policy statement resolves the chosen branch', () => {
    const v = evalIn("{Effect: Allow, Action: !If [IsProd, 's3:PutObject', 's3:*'], Resource: !Sub '${Bucket.Arn}/*'}");
    expect(v.kind).toBe('obj');
    const action = v.kind === 'obj' ? v.entries.find((e) => e.key === 'Action')?.value : undefined;
    expect(action && display(action)).toBe('s3:PutObject');
  });

  it('an undecidable condition takes the assumed value of the world', () => {
    expect(show(evalIn('!If [InUsEast1, yes, no]', { assume: new Map([['t.yaml::InUsEast1', false]]) }))).toBe('no');
  });

  it('AWS::NoValue removes the property', () => {
    const v = evalIn('{A: 1, B: !Ref AWS::NoValue}');
    expect(v.kind === 'obj' ? v.entries.map((e) => e.key) : []).toEqual(['A']);
  });

  it('a single --account-id binds AWS::AccountId', () => {
    expect(show(evalIn("!Sub '${AWS::AccountId}'", { bindings: new Map([['AWS::AccountId', '111122223333']]) }))).toBe('111122223333');
  });

  it('unknown values keep the position of the intrinsic', () => {
    const v = evalIn('!Ref NoDefault');
    expect(v.pos).toBeDefined();
  });

  it('a name that refers to itself is unknown, and the template info is left as it was', () => {
    const src = makeSource('c.yaml', 'Mappings:\n  M:\n    a:\n      b: !FindInMap [M, a, b]\nOutputs:\n  X:\n    Value: !FindInMap [M, a, b]\n');
    const root = parseYaml(src).root;
    const info = templateInfo('c.yaml', root);
    const keys = Object.keys(info).sort();
    const v = resolve(info, get(get(get(root, 'Outputs'), 'X'), 'Value') as PNode);
    expect(show(v)).toBe('unknown: mapping M/a/b refers to itself');
    // The cycle guard keeps its in-progress names beside the template info, not in it.
    expect(Object.keys(info).sort()).toEqual(keys);
  });
});
