#!/usr/bin/env node
// The GitHub Action's step: runs flowlog-lint twice over the same inputs — once writing SARIF for
// github/codeql-action/upload-sarif, once in the log format — and sets the exit code from the
// fail level. Inputs come from environment variables (see action.yml); nothing is uploaded here.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Events whose checkout is written by whoever opened the pull request: a flowlog-lint.config.js
// there is their code, so by default it is not executed (--no-config-js).
const UNTRUSTED_EVENTS = ['pull_request', 'pull_request_target'];

/** The no-config-js input: true, false, or auto (default: on for pull-request events). */
export function noConfigJs(env) {
  const v = (env.FLOWLOG_NO_CONFIG_JS || 'auto').trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === 'auto') return UNTRUSTED_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '');
  throw new Error(`no-config-js must be auto, true or false, not "${env.FLOWLOG_NO_CONFIG_JS}"`);
}

export function actionCommands(env) {
  const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'flowlog-lint.js');
  const paths = (env.FLOWLOG_PATHS || '.').split(/\s+/).filter(Boolean);
  const common = [];
  if (noConfigJs(env)) common.push('--no-config-js');
  if (env.FLOWLOG_CONFIG) common.push('--config', env.FLOWLOG_CONFIG);
  for (const a of (env.FLOWLOG_ACCOUNTS || '').split(/\s+/).filter(Boolean)) common.push('--account-id', a);
  const level = env.FLOWLOG_FAIL_LEVEL || 'error';
  if (!['error', 'warning', 'none'].includes(level)) throw new Error(`fail-level must be error, warning or none, not "${level}"`);
  const log = [cli, '--format', env.FLOWLOG_FORMAT || 'github', ...common, ...(level === 'warning' ? ['--max-warnings', '0'] : []), ...paths];
  const sarif = [cli, '--format', 'sarif', '--output', env.FLOWLOG_SARIF || 'flowlog-lint.sarif', ...common, ...paths];
  return { sarif, log, level };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let commands;
  try {
    commands = actionCommands(process.env);
  } catch (e) {
    // A bad input is a workflow error annotation and exit 2, not a stack trace.
    process.stderr.write(`::error title=flowlog-lint::${e.message}\n`);
    process.exit(2);
  }
  const { sarif, log, level } = commands;
  const s = spawnSync(process.execPath, sarif, { stdio: 'inherit' });
  const l = spawnSync(process.execPath, log, { stdio: 'inherit' });
  if (s.status === 2 || l.status === 2) process.exit(2);
  process.exit(level === 'none' ? 0 : (l.status ?? 1));
}
