// Every bad input becomes a parse-error result with a file, line and column — never a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { runFiles } from '../helpers/rule-tester.js';

// The files are named on the command line: a named file is held to parse (a folder walk skips
// files that do not claim to be inputs; test/cli/walk.test.ts covers that).
function parseErrors(files: Record<string, string>) {
  return runFiles(files, [], undefined, true).results.filter((r) => r.ruleId === 'parse-error');
}

const cases: { name: string; file: string; text: string; line: number; column: number; message: RegExp }[] = [
  { name: 'missing comma', file: 'a.json', text: '{\n  "Version": "2012-10-17"\n  "Statement": []\n}\n', line: 3, column: 3, message: /',' expected/ },
  { name: 'trailing comma', file: 'a.json', text: '{\n  "Statement": [1,],\n  "Version": "x"\n}\n', line: 2, column: 19, message: /value expected|syntax/ },
  { name: 'unterminated string', file: 'a.json', text: '{ "Version": "2012-10-17 }\n', line: 1, column: 14, message: /unterminated string/ },
  { name: 'comment in JSON', file: 'a.json', text: '{\n  // no\n  "Version": "2012-10-17"\n}\n', line: 2, column: 3, message: /comments are not allowed/ },
  { name: 'truncated document', file: 'a.json', text: '{ "Statement": [ {', line: 1, column: 19, message: /syntax/ },
  { name: 'empty JSON file', file: 'a.json', text: '', line: 1, column: 1, message: /syntax|empty/ },
  { name: 'YAML bad indentation', file: 'a.yaml', text: 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n   Properties: {}\n', line: 4, column: 1, message: /YAML syntax error/ },
  { name: 'YAML unclosed flow sequence', file: 'a.yaml', text: 'ResourceIds: [vpc-1\nTrafficType: ALL\n', line: 2, column: 1, message: /YAML syntax error/ },
  { name: 'YAML tab indentation', file: 'a.yaml', text: 'Resources:\n\tA: 1\n', line: 2, column: 1, message: /YAML syntax error/ },
  { name: 'binary file', file: 'a.json', text: '{"a":\u0000}', line: 1, column: 6, message: /binary/ },
  { name: 'deeply nested JSON', file: 'a.json', text: '['.repeat(5000) + ']'.repeat(5000), line: 1, column: 502, message: /nested/ },
];

describe('bad inputs give parse-error with a position', () => {
  for (const c of cases) {
    it(c.name, () => {
      const errs = parseErrors({ [c.file]: c.text });
      expect(errs.length, JSON.stringify(errs)).toBe(1);
      const e = errs[0];
      expect(e?.file).toBe(c.file);
      expect(e?.message).toMatch(c.message);
      expect({ line: e?.line, column: e?.column }).toEqual({ line: c.line, column: c.column });
    });
  }

  it('other files are still linted', () => {
    const out = runFiles({ 'broken.json': '{', 'fl.json': JSON.stringify({ ResourceIds: ['vpc-1'], TrafficType: 'ACCEPT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::b-bucket/' }) }, [], undefined, true);
    expect(out.results.some((r) => r.ruleId === 'parse-error')).toBe(true);
    expect(out.results.some((r) => r.ruleId === 'flow-log/accept-only')).toBe(true);
  });

  it('a YAML alias bomb is refused with a position', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    bomb.push('ResourceIds: *i', 'TrafficType: ALL');
    const errs = parseErrors({ 'bomb.yaml': `${bomb.join('\n')}\n` });
    expect(errs.length).toBe(1);
    expect(errs[0]?.message).toMatch(/alias/);
    expect(errs[0]?.line).toBeGreaterThan(0);
  });

  it('invalid UTF-8 is reported at the first bad byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowlog-utf8-'));
    writeFileSync(join(dir, 'a.json'), Buffer.concat([Buffer.from('{\n  "Version": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"\n}\n')]));
    const out = lint({ paths: ['.'], cwd: dir, accountIds: [], severities: new Map() });
    const e = out.results.find((r) => r.ruleId === 'parse-error');
    expect(e?.message).toMatch(/not valid UTF-8/);
    expect({ line: e?.line, column: e?.column }).toEqual({ line: 2, column: 15 });
  });
});
