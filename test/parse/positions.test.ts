import { describe, expect, it } from 'vitest';
import { parseEmbeddedJson, parseJson } from '../../src/parse/json.js';
import { get, scalarText } from '../../src/parse/pnode.js';
import { lineCol, makeSource } from '../../src/parse/source.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { runFiles } from '../helpers/rule-tester.js';

describe('positions', () => {
  it('JSON values keep exact offsets', () => {
    const src = makeSource('a.json', '{\n  "A": {\n    "B": "x"\n  }\n}\n');
    const b = get(get(parseJson(src).root, 'A'), 'B');
    expect(b && lineCol(src, b.pos.start)).toEqual({ line: 3, column: 10 });
  });

  it('a UTF-8 BOM does not shift columns', () => {
    const src = makeSource('a.json', '\ufeff{"A": 1}');
    const a = get(parseJson(src).root, 'A');
    expect(a && lineCol(src, a.pos.start)).toEqual({ line: 1, column: 7 });
  });

  it('CRLF line endings count as one line break', () => {
    const src = makeSource('a.yaml', 'A: 1\r\nB: 2\r\nC: x\r\n');
    const c = get(parseYaml(src).root, 'C');
    expect(c && lineCol(src, c.pos.start)).toEqual({ line: 3, column: 4 });
  });

  it('YAML account IDs keep their source text (no leading-zero loss)', () => {
    const src = makeSource('a.yaml', 'Account: 012345678912\n');
    expect(scalarText(get(parseYaml(src).root, 'Account'))).toBe('012345678912');
  });

  it('CloudFormation short-form tags become long forms at the tag position', () => {
    const src = makeSource('t.yaml', 'A: !GetAtt Bucket.Arn\nB: !Sub "x-${AWS::Region}"\nC: !Join [",", [a, b]]\nD: !GetAtt Res.Attr.Sub\n');
    const root = parseYaml(src).root;
    const a = get(root, 'A');
    expect(a?.kind).toBe('object');
    expect(a && a.kind === 'object' ? a.entries[0]?.key : '').toBe('Fn::GetAtt');
    const ga = get(a, 'Fn::GetAtt');
    expect(ga?.kind === 'array' ? ga.items.map((i) => scalarText(i)) : []).toEqual(['Bucket', 'Arn']);
    const d = get(get(root, 'D'), 'Fn::GetAtt');
    expect(d?.kind === 'array' ? d.items.map((i) => scalarText(i)) : []).toEqual(['Res', 'Attr.Sub']);
    expect(a && lineCol(src, a.pos.start)).toEqual({ line: 1, column: 4 });
    expect(get(get(root, 'C'), 'Fn::Join')?.kind).toBe('array');
  });

  it('duplicate keys are reported (JSON and YAML) as input/duplicate-key', () => {
    const out = runFiles({
      'p.json': '{\n  "Version": "2012-10-17",\n  "Version": "2012-10-17",\n  "Statement": []\n}\n',
      't.yaml': 'ResourceIds: [vpc-1]\nTrafficType: ALL\nTrafficType: REJECT\nLogDestinationType: s3\nLogDestination: arn:aws:s3:::bucket-x/\n',
    });
    const d = out.results.filter((r) => r.ruleId === 'input/duplicate-key');
    expect(d.map((r) => `${r.file}:${r.line}`)).toEqual(['p.json:3', 't.yaml:3']);
  });

  it('a policy embedded as a JSON string (get-bucket-policy output) maps positions into the file', () => {
    const inner = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] });
    const text = `{\n  "Policy": ${JSON.stringify(inner)}\n}\n`;
    const src = makeSource('p.json', text);
    const outer = parseJson(src).root;
    const pol = get(outer, 'Policy');
    if (!pol) throw new Error('no Policy');
    const doc = parseEmbeddedJson(src, pol.pos).root;
    const st = get(doc, 'Statement');
    const first = st?.kind === 'array' ? st.items[0] : undefined;
    const action = get(first, 'Action');
    if (!action) throw new Error('no Action');
    expect(text.slice(action.pos.start, action.pos.end)).toBe('\\"s3:GetObject\\"');
    expect(lineCol(src, action.pos.start).line).toBe(2);
  });
});
