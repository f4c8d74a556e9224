// docs/audit-policy.json is the policy an auditor needs: valid by flowlog-lint's own policy rules,
// and it allows every call a full audit makes (and the audit makes no mutating call).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/iam/evaluate.js';
import { makePolicy } from '../../src/iam/policy.js';
import { lint } from '../../src/lint.js';
import { plainToVal } from '../../src/model/value.js';
import { loadFixture, startFakeAws } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');

describe('docs/audit-policy.json', () => {
  it('passes flowlog-lint policy rules', () => {
    const out = lint({ paths: ['docs/audit-policy.json'], cwd: root, accountIds: [], severities: new Map() });
    expect(out.results, JSON.stringify(out.results)).toEqual([]);
    expect(out.checks['policy/syntax']?.pass).toBe(1);
    expect(out.checks['policy/unknown-action']?.pass).toBe(1);
  });

  it('allows every call of a full audit, and every call is read-only', async () => {
    const doc = makePolicy('identity', plainToVal(JSON.parse(readFileSync(join(root, 'docs', 'audit-policy.json'), 'utf8'))));
    const server = await startFakeAws({ fixture: loadFixture(join(root, 'test', 'fake-aws', 'fixtures', 'basic.yaml')) });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'flowlog-lp-'));
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [join(root, 'bin', 'flowlog-lint.js'), 'audit', '--endpoint-url', server.url, '--all-regions', '--format', 'json'], {
          cwd: dir,
          env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
          stdio: 'ignore',
        });
        child.on('close', () => resolve());
      });
      const actions = [...new Set(server.calls.map((c) => c.action))].sort();
      expect(actions.length).toBeGreaterThan(10);
      for (const action of actions) {
        expect(action, 'read-only').toMatch(/^[a-z0-9-]+:(Describe|Get|List)/);
        const d = evaluate([doc], { principal: { kind: 'aws', arn: ['arn:aws:iam::111122223333:role/auditor'], account: ['111122223333'] }, action, resource: ['*'], context: {} });
        expect(d.verdict, action).toBe('allow');
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});
