// Fingerprints by meaning: a baseline written before message IDs still matches, --update-baseline
// writes the new form, and rewording a message template keeps baselines and SARIF fingerprints.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { applyBaseline, readBaseline, writeBaseline } from '../../src/engine/baseline.js';
import { fingerprints, legacyFingerprints } from '../../src/engine/fingerprint.js';
import type { Result, Rule } from '../../src/engine/types.js';
import { lintAsync } from '../../src/lint.js';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flowlog-lint.js');
const fixture = join(root, 'test', 'fixtures', 'baseline-v1');
const ACCOUNT = ['111122223333'];

interface Out {
  results: { ruleId: string; suppressed?: { kind: string } }[];
  summary: { suppressed: number; errors: number; warnings: number };
}

function cliRun(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--account-id', ACCOUNT[0] as string, ...args, 'inputs'], { cwd, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out: r.stdout ? (JSON.parse(r.stdout) as Out) : undefined };
}

// lintAsync: the Terraform parser loads asynchronously.
const lintFixture = async (rules: readonly Rule[] = RULES): Promise<Result[]> => (await lintAsync({ paths: ['inputs'], cwd: fixture, accountIds: ACCOUNT, severities: new Map(), rules })).results;

/** Every rule with every message template reworded (words added, placeholders kept). */
const reworded: Rule[] = RULES.map((r) => ({
  ...r,
  meta: { ...r.meta, messages: Object.fromEntries(Object.entries(r.meta.messages ?? {}).map(([k, v]) => [k, `Reworded (${k}): ${v.split(' ').reverse().join(' ')}`])) },
}));

describe('baselines written before message IDs', () => {
  const old = readBaseline(join(fixture, 'baseline.json'));

  it('the fixture is a version 1 baseline whose fingerprints are the old, message-text ones', async () => {
    expect(old.version).toBe(1);
    expect(old.entries.length).toBeGreaterThan(3);
    const results = await lintFixture();
    const fresh = new Set(fingerprints(results));
    const legacy = new Set(legacyFingerprints(results));
    // So the match below really goes through the migration path.
    expect(old.entries.filter((e) => fresh.has(e.fingerprint))).toEqual([]);
    expect(old.entries.every((e) => legacy.has(e.fingerprint))).toBe(true);
  });

  it('still match: every finding accepted, nothing stale, exit 0', () => {
    const r = cliRun(fixture, ['--baseline', 'baseline.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.out?.summary.suppressed).toBe(old.entries.length);
    expect(r.out?.summary.errors).toBe(0);
    expect(r.out?.results.filter((x) => !x.suppressed).map((x) => x.ruleId)).toEqual([]);
  });

  it('--update-baseline writes version 2 (message IDs, new fingerprints), which matches too', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-fp-'));
    cpSync(join(fixture, 'inputs'), join(d, 'inputs'), { recursive: true });
    const upd = spawnSync(process.execPath, [cli, '--account-id', ACCOUNT[0] as string, '--update-baseline', '--baseline', 'b.json', 'inputs'], { cwd: d, encoding: 'utf8' });
    expect(upd.status).toBe(0);
    const b = JSON.parse(readFileSync(join(d, 'b.json'), 'utf8')) as { version: number; entries: { messageId?: string; fingerprint: string }[] };
    expect(b.version).toBe(2);
    expect(b.entries.length).toBe(old.entries.length);
    expect(b.entries.every((e) => typeof e.messageId === 'string')).toBe(true);
    const r = cliRun(d, ['--baseline', 'b.json']);
    expect(r.status).toBe(0);
    expect(r.out?.summary.suppressed).toBe(old.entries.length);
    expect(r.out?.results.some((x) => x.ruleId === 'baseline/stale')).toBe(false);
  });
});

describe('rewording a message keeps the identity of findings', () => {
  let before: Result[] = [];
  let after: Result[] = [];
  beforeAll(async () => {
    before = await lintFixture();
    after = await lintFixture(reworded);
  });

  it('the same findings with different text', () => {
    expect(after.length).toBe(before.length);
    expect(after.filter((r) => r.messageId !== undefined).length).toBeGreaterThan(3);
    after.forEach((r, i) => {
      expect(r.ruleId).toBe(before[i]?.ruleId);
      if (r.messageId !== undefined) expect(r.message).not.toBe(before[i]?.message);
    });
  });

  it('keeps fingerprints (and the old ones would have changed)', () => {
    expect(fingerprints(after)).toEqual(fingerprints(before));
    expect(legacyFingerprints(after)).not.toEqual(legacyFingerprints(before));
  });

  it('keeps SARIF partialFingerprints', () => {
    const sarif = (results: Result[]) => {
      const log = JSON.parse(formatSarif({ results, files: 1, resources: 1, checks: {}, toolVersion: '0' }, RULES.map((r) => r.meta))) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
      return log.runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    };
    expect(sarif(after)).toEqual(sarif(before));
  });

  it('keeps a baseline written before the rewording', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'flowlog-fp-')), 'b.json');
    const n = writeBaseline(path, before);
    expect(n).toBeGreaterThan(3);
    const applied = applyBaseline([...after], readBaseline(path), 'b.json');
    expect(applied.filter((r) => r.ruleId === 'baseline/stale')).toEqual([]);
    expect(applied.filter((r) => r.suppressed?.kind === 'baseline').length).toBe(n);
  });

  it('a change of the key data is a new finding', () => {
    const r = before.find((x) => x.data !== undefined && Object.keys(x.data).length > 0) as Result;
    const [k] = Object.keys(r.data ?? {});
    const changed: Result = { ...r, data: { ...r.data, [k as string]: 'something-else' } };
    expect(fingerprints([changed])).not.toEqual(fingerprints([r]));
  });
});
