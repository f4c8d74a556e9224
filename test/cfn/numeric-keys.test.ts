// A numeric mapping key (`1:`, an unquoted account ID under `Mappings`) is named by its source
// text, as CloudFormation reads it: js-yaml would otherwise name it "[object Object]" and every
// `Fn::FindInMap` through it would be lost (unverifiable instead of decided).
import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../src/parse/yaml-fast.js';
import { lineCol, makeSource } from '../../src/parse/source.js';
import type { PNode } from '../../src/parse/pnode.js';
import { runFiles } from '../helpers/rule-tester.js';

const template = (keys: string, lookup: string): string => `AWSTemplateFormatVersion: '2010-09-09'
Mappings:
  Settings:
${keys}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: !FindInMap [Settings, ${lookup}, Traffic]
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::central-flow-logs
`;

function entry(node: PNode, key: string): PNode | undefined {
  return node.kind === 'object' ? node.entries.find((e) => e.key === key)?.value : undefined;
}

describe('numeric mapping keys', () => {
  it('are named by their source text, at their own position', () => {
    const src = makeSource('t.yaml', template('    1:\n      Traffic: REJECTED', '1'));
    const { root } = parseYamlFast(src);
    const settings = entry(entry(root, 'Mappings') as PNode, 'Settings') as PNode;
    expect(settings.kind).toBe('object');
    const keys = settings.kind === 'object' ? settings.entries.map((e) => e.key) : [];
    expect(keys).toEqual(['1']);
    const keyPos = settings.kind === 'object' ? settings.entries[0]?.keyPos : undefined;
    expect(keyPos && lineCol(src, keyPos.start)).toEqual({ line: 4, column: 5 });
  });

  it('a single numeric key: Fn::FindInMap through it is decided', () => {
    const r = runFiles({ 't.yaml': template('    1:\n      Traffic: REJECTED', '1') }).results.filter((x) => x.ruleId === 'flow-log/traffic-type');
    expect(r.map((x) => [x.status, x.line])).toEqual([['fail', 16]]);
    expect(r[0]?.message).toMatch(/`REJECTED` is not a traffic type/);
  });

  it('unquoted account IDs as keys: the lookup finds its own entry', () => {
    const keys = '    111122223333:\n      Traffic: ALL\n    444455556666:\n      Traffic: REJECTED';
    const ok = runFiles({ 't.yaml': template(keys, "'111122223333'") }).results.filter((x) => x.ruleId === 'flow-log/traffic-type');
    expect(ok).toEqual([]);
    const bad = runFiles({ 't.yaml': template(keys, "'444455556666'") }).results.filter((x) => x.ruleId === 'flow-log/traffic-type');
    expect(bad.map((x) => x.status)).toEqual(['fail']);
  });
});
