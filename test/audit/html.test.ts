// `audit --format html --output report.html` against the local AWS-protocol server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadFixture, startFakeAws, type FakeAws } from '../fake-aws/server.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('audit --format html --output writes the report with the account × region matrix and the chains', async () => {
  server = await startFakeAws({ fixture: loadFixture(join(root, 'test', 'fake-aws', 'fixtures', 'basic.yaml')) });
  const dir = mkdtempSync(join(tmpdir(), 'flowlog-audit-html-'));
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_EC2_METADATA_DISABLED: 'true', AWS_REGION: 'us-east-1', NO_COLOR: '1' };
  const args = [cli, 'audit', '--endpoint-url', server.url, '--region', 'us-east-1', '--region', 'eu-west-1', '--format', 'html', '--output', 'report.html'];
  const status = await new Promise<number | null>((resolve) => spawn(process.execPath, args, { cwd: dir, env, stdio: 'ignore' }).on('close', resolve));
  expect(status).toBe(1);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  expect(html).toContain('<h2 id="matrix">Accounts × regions</h2>');
  expect(html).toContain('<th>111122223333</th>');
  expect(html).toMatch(/<th>us-east-1<\/th>/);
  expect((html.match(/<section class="chain /g) ?? []).length).toBeGreaterThanOrEqual(3);
  expect(html).toContain('FAIL');
});
