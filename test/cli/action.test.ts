// The GitHub Action's metadata and the commands it runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');

interface ActionYml {
  name: string;
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { run: string; shell: string; env?: Record<string, string> }[] };
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml;

  it('declares the documented inputs with defaults and a composite run', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['account-ids', 'config', 'fail-level', 'format', 'no-config-js', 'paths', 'sarif-file']);
    expect(action.inputs['no-config-js']?.default).toBe('auto');
    expect(action.runs.steps.at(-1)?.env?.FLOWLOG_NO_CONFIG_JS).toBe('${{ inputs.no-config-js }}');
    expect(action.inputs['fail-level']?.default).toBe('error');
    expect(action.inputs['sarif-file']?.default).toBe('flowlog-lint.sarif');
    expect(action.outputs['sarif-file']?.value).toBe('${{ inputs.sarif-file }}');
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.every((s) => s.shell === 'bash')).toBe(true);
    expect(action.runs.steps.at(-1)?.run).toContain('scripts/action-run.mjs');
    // Inputs reach the script through the environment, never spliced into the shell command.
    expect(action.runs.steps.some((s) => /\$\{\{\s*inputs\./.test(s.run))).toBe(false);
  });

  it('builds one SARIF run and one log run from the inputs', async () => {
    const { actionCommands } = (await import(join(root, 'scripts', 'action-run.mjs'))) as {
      actionCommands: (env: Record<string, string>) => { sarif: string[]; log: string[]; level: string };
    };
    const c = actionCommands({ FLOWLOG_PATHS: 'infra policies', FLOWLOG_FORMAT: 'github', FLOWLOG_FAIL_LEVEL: 'warning', FLOWLOG_SARIF: 'out.sarif', FLOWLOG_ACCOUNTS: '111122223333 444455556666' });
    expect(c.sarif.slice(1)).toEqual(['--format', 'sarif', '--output', 'out.sarif', '--account-id', '111122223333', '--account-id', '444455556666', 'infra', 'policies']);
    expect(c.log.slice(1)).toEqual(['--format', 'github', '--account-id', '111122223333', '--account-id', '444455556666', '--max-warnings', '0', 'infra', 'policies']);
    expect(() => actionCommands({ FLOWLOG_FAIL_LEVEL: 'loud' })).toThrow(/fail-level/);
  });

  it('no-config-js: on by default for pull_request and pull_request_target, off for push; explicit values win', async () => {
    const { actionCommands } = (await import(join(root, 'scripts', 'action-run.mjs'))) as {
      actionCommands: (env: Record<string, string>) => { sarif: string[]; log: string[] };
    };
    const has = (env: Record<string, string>) => {
      const c = actionCommands(env);
      expect(c.sarif.includes('--no-config-js')).toBe(c.log.includes('--no-config-js'));
      return c.sarif.includes('--no-config-js');
    };
    expect(has({ GITHUB_EVENT_NAME: 'pull_request' })).toBe(true);
    expect(has({ GITHUB_EVENT_NAME: 'pull_request_target' })).toBe(true);
    expect(has({ GITHUB_EVENT_NAME: 'pull_request', FLOWLOG_NO_CONFIG_JS: 'auto' })).toBe(true);
    expect(has({ GITHUB_EVENT_NAME: 'push' })).toBe(false);
    expect(has({})).toBe(false);
    expect(has({ GITHUB_EVENT_NAME: 'push', FLOWLOG_NO_CONFIG_JS: 'true' })).toBe(true);
    expect(has({ GITHUB_EVENT_NAME: 'pull_request_target', FLOWLOG_NO_CONFIG_JS: 'false' })).toBe(false);
    expect(() => actionCommands({ FLOWLOG_NO_CONFIG_JS: 'maybe' })).toThrow(/no-config-js/);
  });

  it('runs: writes SARIF, prints annotations, exit code follows the fail level', () => {
    const d = mkdtempSync(join(tmpdir(), 'flowlog-action-'));
    const sarif = join(d, 'report.sarif');
    const run = (level: string) =>
      spawnSync(process.execPath, [join(root, 'scripts', 'action-run.mjs')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, FLOWLOG_PATHS: 'examples/cloudformation', FLOWLOG_FAIL_LEVEL: level, FLOWLOG_SARIF: sarif, FLOWLOG_FORMAT: 'github' },
      });
    const r = run('error');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=examples\/cloudformation\/cloudwatch-flow-logs\.yaml,line=23/m);
    expect((JSON.parse(readFileSync(sarif, 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(run('none').status).toBe(0);
  });
});
