// Issue 12, item 4: `cdk.out/manifest.json` — a stack artifact with a concrete environment
// (`aws://ACCOUNT/REGION`) binds AWS::AccountId and AWS::Region for its template.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { cdkEnvironments } from '../../src/cfn/cdk-manifest.js';
import { parseJson } from '../../src/parse/json.js';
import { makeSource } from '../../src/parse/source.js';
import { cfnLint, haveCfnLint } from './cfn-lint.js';

const root = join(import.meta.dirname, '..', '..');
const OUT = 'fixtures/cdk-env/cdk.out';

describe('CDK environments from manifest.json', () => {
  it.skipIf(!haveCfnLint)('the hand-written templates are valid (cfn-lint)', () => {
    const files = readdirSync(join(root, OUT)).filter((f) => f.endsWith('.template.json')).map((f) => join(root, OUT, f));
    expect(cfnLint(files).output).toBe('');
  });
  if (!haveCfnLint) it.skip('cfn-lint is not installed: fixture validity not checked', () => {});

  it('reads concrete environments; environment-agnostic stacks bind nothing', () => {
    const text = JSON.stringify({
      version: '36.0.0',
      artifacts: {
        A: { type: 'aws:cloudformation:stack', environment: 'aws://111122223333/eu-west-1', properties: { templateFile: 'A.template.json' } },
        B: { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: 'B.template.json' } },
        C: { type: 'aws:cloudformation:stack', environment: 'aws://444455556666/unknown-region', properties: { templateFile: 'C.template.json' } },
        'A.assets': { type: 'cdk:asset-manifest', properties: { file: 'A.assets.json' } },
      },
    });
    const envs = cdkEnvironments(parseJson(makeSource('manifest.json', text)).root);
    expect([...envs].map(([k, v]) => [k, Object.fromEntries(v)])).toEqual([
      ['A.template.json', { 'AWS::AccountId': '111122223333', 'AWS::Region': 'eu-west-1' }],
      ['C.template.json', { 'AWS::AccountId': '444455556666' }],
    ]);
  });

  it("binds each stack's account and region: literal conditions decide delivery per stack", () => {
    const out = lint({ paths: [OUT], cwd: root, accountIds: [], severities: new Map() });
    const by = (stack: string) => out.results.filter((r) => r.file === `${OUT}/${stack}.template.json`).map((r) => `${r.status} ${r.ruleId}`);
    // eu-west-1, account 111122223333: the policy's literal account and region hold.
    expect(by('CentralLogStack')).toEqual([]);
    // us-east-1: the policy admits only eu-west-1 log sources — a real failure, now decided.
    expect(by('UsEastStack')).toEqual(['fail bucket-policy/delivery-write', 'fail bucket-policy/acl-check']);
    // No environment: account and region stay symbols, so the literal conditions cannot be decided.
    expect(by('AgnosticStack')).toEqual(['unverifiable bucket-policy/acl-check', 'unverifiable bucket-policy/delivery-write']);
    expect(out.checks['bucket-policy/delivery-write']?.pass).toBe(1);
  });
});
