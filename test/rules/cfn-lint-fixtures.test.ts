// The CloudFormation fixtures of the rule tables are valid templates: checked with cfn-lint when
// it is installed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'cloudformation-rules');
const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const hasCfnLint = !probe.error && probe.status === 0;

describe('cfn-lint', () => {
  it.skipIf(!hasCfnLint)(`fixtures/cloudformation-rules are valid templates${hasCfnLint ? '' : ' (skipped: cfn-lint is not on PATH)'}`, () => {
    const files = readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n)).map((n) => join(dir, n));
    expect(files.length).toBeGreaterThan(0);
    const r = spawnSync('cfn-lint', files, { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  });
});
