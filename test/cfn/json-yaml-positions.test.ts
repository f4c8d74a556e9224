// The same template in YAML and in JSON: every finding points at the same value in both, so
// positions are exact in either format. Templates: the CloudFormation acceptance cases and
// examples, converted to JSON (short-form tags become long forms).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { toPlain } from '../../src/parse/pnode.js';
import { makeSource } from '../../src/parse/source.js';
import { parseYaml } from '../../src/parse/yaml.js';

const root = join(import.meta.dirname, '..', '..');
const cases = join(root, '..', 'shared', 'cases');

function templates(): { name: string; yaml: string; accounts: string[] }[] {
  const out: { name: string; yaml: string; accounts: string[] }[] = [];
  if (existsSync(cases)) {
    for (const c of readdirSync(cases)) {
      const t = join(cases, c, 'template.yaml');
      if (!existsSync(t)) continue;
      const expect = JSON.parse(readFileSync(join(cases, c, 'expect.json'), 'utf8')) as { args?: string[] };
      const args = expect.args ?? [];
      out.push({ name: c, yaml: readFileSync(t, 'utf8'), accounts: args.filter((_, i) => args[i - 1] === '--account-id') });
    }
  }
  out.push({ name: 'example-cloudwatch', yaml: readFileSync(join(root, 'examples/cloudformation/cloudwatch-flow-logs.yaml'), 'utf8'), accounts: [] });
  return out;
}

/** The value that starts at a 1-based line/column, as a plain value (scalars) or its first key. */
function valueAt(text: string, line: number, column: number, json: boolean): string {
  const lines = text.split('\n');
  const rest = (lines[line - 1] ?? '').slice(column - 1);
  if (json) {
    const m = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
    if (m) return JSON.parse(`"${m[1]}"`) as string;
    if (rest.startsWith('{')) return `{${(/"([^"]+)"/.exec(lines.slice(line - 1).join('\n').slice(column)) ?? [])[1] ?? ''}`;
    return rest.split(/[,\s}\]]/)[0] ?? '';
  }
  const q = /^'((?:[^']|'')*)'/.exec(rest) ?? /^"((?:[^"\\]|\\.)*)"/.exec(rest);
  if (q) return (q[1] ?? '').replace(/''/g, "'");
  if (/^[A-Za-z0-9_:.-]+:\s*$/.test(rest) || /^[A-Za-z0-9_:.-]+:\s/.test(rest)) {
    return `{${rest.split(':')[0]}`;
  }
  if (rest.startsWith('!')) return rest.split(/\s/)[0] ?? '';
  return rest.replace(/\s+#.*$/, '').trim();
}

function key(r: Result): string {
  return `${r.ruleId}|${r.resource ?? ''}|${r.status}|${r.message.replace(/\([^()]*\.(json|yaml):\d+\)/g, '')}`;
}

describe.skipIf(!existsSync(cases))('findings point at the same value in YAML and JSON templates', () => {
  for (const t of templates()) {
    it(t.name, () => {
      const dir = mkdtempSync(join(tmpdir(), 'flowlog-yj-'));
      const json = `${JSON.stringify(toPlain(parseYaml(makeSource('t.yaml', t.yaml)).root), null, 2)}\n`;
      writeFileSync(join(dir, 'template.yaml'), t.yaml);
      const y = lint({ paths: ['template.yaml'], cwd: dir, accountIds: t.accounts, severities: new Map() }).results;
      writeFileSync(join(dir, 'template.json'), json);
      const j = lint({ paths: ['template.json'], cwd: dir, accountIds: t.accounts, severities: new Map() }).results;
      expect(j.map(key).sort()).toEqual(y.map(key).sort());
      for (const ry of y) {
        const rj = j.find((x) => key(x) === key(ry));
        expect(ry.line, key(ry)).toBeDefined();
        expect(rj?.line, key(ry)).toBeDefined();
        const vy = valueAt(t.yaml, ry.line ?? 0, ry.column ?? 0, false);
        const vj = valueAt(json, rj?.line ?? 0, rj?.column ?? 0, true);
        // A short-form tag in YAML (`!Sub '…'`) is an object `{"Fn::Sub": …}` in JSON.
        if (vy.startsWith('!')) expect(vj.startsWith('{'), `${key(ry)}: ${vy} vs ${vj}`).toBe(true);
        // A YAML mapping key line (`OtherVpc:`) is the key string in JSON (`"OtherVpc": {`).
        else expect([vy, `{${vj}`], key(ry)).toContain(vy === `{${vj}` ? `{${vj}` : vj);
      }
    });
  }
});
