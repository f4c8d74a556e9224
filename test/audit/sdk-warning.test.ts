// The AWS SDK's Node-version warning: at most once per run, on one line (issue 13).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitWarningIfUnsupportedVersion } from '@aws-sdk/core';
import { describe, expect, it } from 'vitest';
import { oneLine, quietSdkNodeWarning } from '../../src/audit/sdk-warning.js';
import { loadFixture, startFakeAws } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');

describe('AWS SDK Node-version warning', () => {
  it('the SDK warning is said once, as one line; other warnings pass through', async () => {
    const lines: string[] = [];
    quietSdkNodeWarning((l) => lines.push(l));
    const others: string[] = [];
    const onWarning = (w: Error) => others.push(w.message);
    process.on('warning', onWarning);
    // The SDK's own function, as its clients call it, with a Node version it does not support.
    emitWarningIfUnsupportedVersion('v16.0.0');
    emitWarningIfUnsupportedVersion('v16.0.0');
    process.emitWarning('NodeVersionSupportWarning: again\nand again');
    process.emitWarning('something else');
    await new Promise((r) => setTimeout(r, 10));
    process.off('warning', onWarning);
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/^flowlog-lint: note: The AWS SDK for JavaScript \(v3\) .*node/);
    expect(lines[0]?.trimEnd()).not.toContain('\n');
    expect(others).toEqual(['something else']);
    expect(oneLine('a\n\nb  c\n')).toBe('a b c');
  });

  it('an audit prints no multi-line SDK warning (stderr has at most one note line)', async () => {
    const server = await startFakeAws({ fixture: loadFixture(join(root, 'test', 'fake-aws', 'fixtures', 'basic.yaml')) });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'flowlog-sdkwarn-'));
      const { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: _, ...env } = process.env;
      const r = await new Promise<{ stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [join(root, 'bin', 'flowlog-lint.js'), 'audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'json'], {
          cwd: dir,
          env: { ...env, AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'us-east-1' },
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', () => resolve({ stderr }));
      });
      expect(r.stderr).not.toMatch(/\(node:\d+\)/);
      // Its sentences, when said, are all on the one note line.
      const lines = r.stderr.split('\n');
      const notes = lines.filter((l) => /AWS SDK|will require node|upgrade to node|a\.co\//.test(l));
      expect(notes.length).toBeLessThanOrEqual(1);
      if (notes.length) expect(notes[0]).toMatch(/^flowlog-lint: note: .*upgrade to node/);
    } finally {
      await server.close();
    }
  }, 60_000);
});
