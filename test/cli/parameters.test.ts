// `--parameters FILE` (CLI.md, "CloudFormation parameters") and the config key `parameters`:
// three file forms; an undeclared parameter is a warning, a value outside AllowedValues exit 2.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const template = join(root, 'fixtures', 'cfn', 'scenarios', 'logic.yaml');
const KMS = 'kms/customer-managed-key';

/** A folder with the scenario template (logic.yaml: the AWS managed key only when Env=prod and
 * Central=no) and the given files. */
function project(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-params-'));
  copyFileSync(template, join(d, 'logic.yaml'));
  for (const [n, t] of Object.entries(files)) writeFileSync(join(d, n), t);
  return d;
}

function run(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...args, 'logic.yaml'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const json = r.stdout ? (JSON.parse(r.stdout) as { results: { ruleId: string; message: string; file: string; line: number; column: number }[] }) : undefined;
  return { status: r.status, stderr: r.stderr, results: json?.results ?? [] };
}

describe('--parameters', () => {
  it('CloudFormation CLI JSON form fixes the parameters: the scenario is reported without [when …]', () => {
    const d = project({ 'p.json': JSON.stringify([{ ParameterKey: 'Env', ParameterValue: 'prod' }, { ParameterKey: 'Central', ParameterValue: 'no' }]) });
    const r = run(d, ['--parameters', 'p.json']);
    expect(r.status).toBe(1);
    expect(r.results.map((x) => [x.ruleId, /\[when/.test(x.message)])).toEqual([[KMS, false]]);
  });

  it('CodePipeline template-configuration form', () => {
    const d = project({ 'config.json': JSON.stringify({ Parameters: { Env: 'prod', Central: 'yes' }, Tags: { team: 'net' } }) });
    const r = run(d, ['--parameters', 'config.json']);
    expect(r.status).toBe(0);
    expect(r.results).toEqual([]);
  });

  it('Key=Value lines, repeatable files (the later wins), an undeclared parameter is a warning', () => {
    const d = project({ 'a.txt': '# deploy overrides\nEnv=dev\nCentral=no\n', 'b.txt': 'Env=prod\nUnused=1\n' });
    const r = run(d, ['--parameters', 'a.txt', '--parameters', 'b.txt']);
    expect(r.status).toBe(1);
    expect(r.results.map((x) => x.ruleId)).toEqual([KMS]);
    expect(r.stderr).toMatch(/warning: b\.txt:2:8: parameter Unused is not declared by any template/);
  });

  it('without parameters, the scenario is explored and named', () => {
    const r = run(project({}), []);
    expect(r.results.map((x) => x.message.match(/\[when [^\]]*\]/)?.[0])).toEqual(['[when ProdLocal=true]']);
  });

  it('a value outside AllowedValues is an input error at the value (exit 2)', () => {
    const d = project({ 'p.txt': 'Central=no\nEnv=staging\n' });
    const r = run(d, ['--parameters', 'p.txt']);
    expect(r.status).toBe(2);
    const e = r.results.find((x) => x.ruleId === 'parse-error');
    expect(e).toMatchObject({ file: 'p.txt', line: 2, column: 5 });
    expect(e?.message).toMatch(/Env: "staging" is not one of its AllowedValues in logic\.yaml \(dev, prod\)/);
  });

  it('malformed files: clear message with position, exit 2, no stack trace', () => {
    for (const [name, text, line] of [
      ['bad.json', '[{"ParameterKey": "Env"}]', 1],
      ['bad.txt', 'Env=prod\nthis is not a pair\n', 2],
      ['bad2.json', '{"Parameters": {"Env": {"x": 1}}}', 1],
    ] as const) {
      const r = run(project({ [name]: text }), ['--parameters', name]);
      expect(r.status, name).toBe(2);
      expect(r.stderr, name).not.toMatch(/at .*\.js:\d+/);
      expect(r.results.find((x) => x.ruleId === 'parse-error'), name).toMatchObject({ file: name, line });
    }
    const missing = run(project({}), ['--parameters', 'nope.json']);
    expect(missing.status).toBe(2);
  });

  it('config key `parameters`', () => {
    const d = project({ 'p.txt': 'Env=prod\nCentral=no\n', '.flowloglintrc.json': JSON.stringify({ parameters: ['p.txt'] }) });
    const r = run(d, []);
    expect(r.results.map((x) => [x.ruleId, /\[when/.test(x.message)])).toEqual([[KMS, false]]);
  });
});
