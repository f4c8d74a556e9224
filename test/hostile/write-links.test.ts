// Files flowlog-lint writes because the user named them (--output, --update-baseline, init) are
// never written through a symbolic link: on an untrusted pull request the checkout decides what
// `report.sarif` or `.flowlog-lint-baseline.json` is, and a planted link would turn the report into
// a write wherever the link points. The run says why and exits 2; the link's target is untouched.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, runCli } from '../fuzz/support.js';
import { LinkRefused, writeFileNoFollow } from '../../src/write-file.js';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function setup(): { repo: string; victim: string } {
  const d = mkdtempSync(join(tmpdir(), 'flowlog-links-'));
  made.push(d);
  const victim = join(d, 'victim');
  writeFileSync(victim, 'untouched\n');
  const repo = join(d, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'policy.json'), JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/AWSLogs/111122223333/*' }] }));
  return { repo, victim };
}

beforeAll(() => assertDistBuilt());

describe('no write through a planted link', () => {
  it('--output', () => {
    const { repo, victim } = setup();
    symlinkSync(victim, join(repo, 'report.json'));
    const r = runCli(['--format', 'json', '--output', 'report.json', '.'], repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/report\.json is a symbolic link; flowlog-lint does not write through links/);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  });

  it('--update-baseline', () => {
    const { repo, victim } = setup();
    symlinkSync(victim, join(repo, '.flowlog-lint-baseline.json'));
    const r = runCli(['--update-baseline', '.'], repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.flowlog-lint-baseline\.json is a symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  });

  it('init, with a dangling link where the config would go', () => {
    const { repo, victim } = setup();
    const target = `${victim}-new`;
    symlinkSync(target, join(repo, '.flowloglintrc.json'));
    const r = runCli(['init'], repo);
    expect(r.status).toBe(2);
    expect(existsSync(target)).toBe(false);
    expect(lstatSync(join(repo, '.flowloglintrc.json')).isSymbolicLink()).toBe(true);
  });

  it('a regular file is still replaced, and a new one created', () => {
    const { repo } = setup();
    writeFileSync(join(repo, 'report.json'), 'old');
    // 1: the policy has findings; what matters is that the report was written (not 2).
    expect(runCli(['--format', 'json', '--output', 'report.json', '.'], repo).status).toBe(1);
    expect(readFileSync(join(repo, 'report.json'), 'utf8')).toMatch(/^\{/);
    expect(runCli(['--update-baseline', '.'], repo).status).toBe(0);
    expect(readFileSync(join(repo, '.flowlog-lint-baseline.json'), 'utf8')).toMatch(/"version": 2/);
  });

  it('writeFileNoFollow refuses a link and writes a file in full', () => {
    const { repo, victim } = setup();
    const link = join(repo, 'l');
    symlinkSync(victim, link);
    expect(() => writeFileNoFollow(link, 'x')).toThrow(LinkRefused);
    const f = join(repo, 'f');
    const big = 'y'.repeat(3_000_000);
    writeFileNoFollow(f, big);
    expect(readFileSync(f, 'utf8')).toBe(big);
    expect(() => writeFileNoFollow(f, 'z', true)).toThrow(/EEXIST/);
  });
});
