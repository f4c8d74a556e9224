// The command line's steps (src/cli/): the exit-code rules, written once for lint, graph,
// --update-baseline and merge; option checks; one format check for lint and merge.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { exitCode, hasParseErrors } from '../../src/cli/exit.js';
import { applyRuleOptions, auditLimits, parseCommandLine, UsageError } from '../../src/cli/options.js';
import type { Result } from '../../src/engine/types.js';

const root = join(import.meta.dirname, '..', '..');

function result(severity: Result['severity'], extra: Partial<Result> = {}): Result {
  return { ruleId: 'bucket-policy/acl-check', severity, status: 'fail', message: 'm', file: 'a.json', ...extra };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
}

describe('exitCode', () => {
  it.each([
    ['no results', { results: [], inputErrors: false }, 0],
    ['an input error, whatever the findings', { results: [], inputErrors: true }, 2],
    ['an error', { results: [result('error')], inputErrors: false }, 1],
    ['a suppressed error', { results: [result('error', { suppressed: { kind: 'inline', justification: 'x' } })], inputErrors: false }, 0],
    ['warnings within --max-warnings', { results: [result('warning'), result('warning')], inputErrors: false, maxWarnings: 2 }, 0],
    ['warnings without --max-warnings', { results: [result('warning')], inputErrors: false }, 0],
    ['info only, --max-warnings 0', { results: [result('info')], inputErrors: false, maxWarnings: 0 }, 0],
    ['an input error before --fail-on-empty', { results: [], inputErrors: true, emptyFails: true }, 2],
  ])('%s', (_, outcome, code) => {
    const { io, err } = capture();
    expect(exitCode(outcome, io)).toBe(code);
    expect(err).toEqual([]);
  });

  it('too many warnings: exit 1, saying so', () => {
    const { io, err } = capture();
    expect(exitCode({ results: [result('warning'), result('warning')], inputErrors: false, maxWarnings: 1 }, io)).toBe(1);
    expect(err.join('')).toBe('flowlog-lint: 2 warning(s), more than --max-warnings 1 allows\n');
  });

  it('no input with --fail-on-empty: exit 2, saying so, before judging findings', () => {
    const { io, err } = capture();
    expect(exitCode({ results: [result('error')], inputErrors: false, emptyFails: true }, io)).toBe(2);
    expect(err.join('')).toBe('flowlog-lint: no flow-log inputs found (--fail-on-empty)\n');
  });

  it("a merged report's input errors are its unsuppressed parse errors", () => {
    expect(hasParseErrors([result('error', { ruleId: 'parse-error' })])).toBe(true);
    expect(hasParseErrors([result('error', { ruleId: 'parse-error', suppressed: { kind: 'baseline', justification: '' } })])).toBe(false);
    expect(hasParseErrors([result('error')])).toBe(false);
  });
});

describe('option checks', () => {
  it('audit limits: --accounts, --shard and --timeout parsed or refused', () => {
    const { values } = parseCommandLine(['audit', '--accounts', '111122223333, 444455556666', '--shard', '2/3', '--timeout', '1.5']);
    expect(auditLimits(values)).toEqual({ accounts: ['111122223333', '444455556666'], shard: { index: 2, count: 3 }, timeoutMs: 1500 });
    expect(() => auditLimits(parseCommandLine(['audit', '--shard', '4/3']).values)).toThrow(UsageError);
    expect(() => auditLimits(parseCommandLine(['audit', '--accounts', '12']).values)).toThrow('--accounts takes 12-digit account IDs, not "12"');
    expect(() => auditLimits(parseCommandLine(['audit', '--timeout', '0']).values)).toThrow('--timeout takes seconds');
  });

  it('--rule sets severities over the config, the last one winning', () => {
    const severities = new Map<string, 'error' | 'warning' | 'info' | 'off'>([['a/b', 'error']]);
    applyRuleOptions(['a/b:warn', 'c/d:off', 'c/d:error'], new Set(['a/b', 'c/d']), severities);
    expect([...severities]).toEqual([['a/b', 'warning'], ['c/d', 'error']]);
    expect(() => applyRuleOptions(['a/b'], new Set(['a/b']), new Map())).toThrow('give a severity');
    expect(() => applyRuleOptions(['x/y:warn'], new Set(['a/b']), new Map())).toThrow('unknown rule "x/y"');
    expect(() => applyRuleOptions(['a/b:loud'], new Set(['a/b']), new Map())).toThrow('severity must be off, warn or error');
  });
});

describe('one format check for lint and merge', () => {
  it('an unknown format is a usage error naming the formats, in lint and in merge alike', async () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-steps-'));
    const lint = capture();
    const fixture = join(root, 'fixtures', 'cases', 'missing-acl-check');
    expect(await main(['--account-id', '111122223333', '--format', 'json', fixture], lint.io)).toBe(1);
    writeFileSync(join(d, 'a.json'), lint.out.join(''));
    const bad = capture();
    expect(await main(['--format', 'nope', fixture], bad.io)).toBe(2);
    const badMerge = capture();
    expect(await main(['merge', '--format', 'nope', join(d, 'a.json')], badMerge.io)).toBe(2);
    expect(bad.err.join('')).toContain('unknown format "nope" (use stylish, json, sarif, junit, github, markdown, html)');
    expect(badMerge.err.join('')).toBe(bad.err.join(''));
  });
});
