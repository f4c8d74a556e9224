// Configuration: found with cosmiconfig (flowlog-lint.config.{js,mjs,ts}, .flowloglintrc{,.json,
// .yaml}, package.json#flowlog-lint), validated with schemas/config.schema.json. Loaded only when
// present, so a run without config pays nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { PolicyKind } from './iam/policy.js';
import { packageRoot } from './paths.js';

export type SeverityName = 'off' | 'warn' | 'warning' | 'error';

export interface Config {
  rules?: Record<string, SeverityName>;
  ignores?: string[];
  accounts?: string[];
  organization?: string;
  organizationPaths?: string[];
  partition?: string;
  varFiles?: string[];
  /** CloudFormation parameter files (like --parameters). */
  parameters?: string[];
  maxFileSize?: number;
  failOnEmpty?: boolean;
  classify?: Record<string, PolicyKind>;
  overrides?: { files: string[]; rules: Record<string, SeverityName> }[];
}

export class ConfigError extends Error {}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, relative to the working directory (undefined: no config). */
  file?: string;
}

const MODULE = 'flowlog-lint';

const PLACES = [
  '.flowloglintrc',
  '.flowloglintrc.json',
  '.flowloglintrc.yaml',
  '.flowloglintrc.yml',
  'flowlog-lint.config.js',
  'flowlog-lint.config.mjs',
  'flowlog-lint.config.cjs',
  'flowlog-lint.config.ts',
];

/** Cheap check before loading cosmiconfig: is there anything to find in this folder? */
function mayHaveConfig(cwd: string): boolean {
  if (PLACES.some((p) => existsSync(join(cwd, p)))) return true;
  try {
    return MODULE in (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as object);
  } catch {
    return false;
  }
}

export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (!explicit && !mayHaveConfig(cwd)) return { config: {} };
  if (explicit && !existsSync(join(cwd, explicit))) throw new ConfigError(`${explicit}: no such config file`);
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig(MODULE, {
    searchPlaces: ['package.json', ...PLACES],
    stopDir: cwd,
  });
  let result: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  try {
    result = explicit ? await explorer.load(join(cwd, explicit)) : await explorer.search(cwd);
  } catch (e) {
    const { configSyntaxMessage } = await import('./config-syntax.js');
    throw new ConfigError(configSyntaxMessage(cwd, explicit ?? 'configuration', e as Error));
  }
  if (!result || result.isEmpty) return { config: {} };
  const file = relative(cwd, result.filepath).split(sep).join('/');
  validateConfig(result.config, file);
  return { config: result.config as Config, file };
}

export function validateConfig(config: unknown, file: string): void {
  const require = createRequire(import.meta.url);
  const { Ajv } = require('ajv') as typeof import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schemas', 'config.schema.json'), 'utf8')) as object;
  const validate = ajv.compile(schema);
  if (validate(config)) return;
  const e = validate.errors?.[0];
  const path = (e?.instancePath ?? '').split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = e ? [...path, (e.params as { additionalProperty?: string }).additionalProperty].filter(Boolean).join('.') : '';
  const what =
    e?.keyword === 'additionalProperties'
      ? `unknown key "${key}"`
      : e?.keyword === 'enum'
        ? `"${key}" must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((x) => JSON.stringify(x)).join(', ')}`
        : `"${key || '(root)'}" ${e?.message ?? 'is invalid'}`;
  throw new ConfigError(`${file}: invalid configuration: ${what}`);
}

export function severityOf(s: SeverityName): 'error' | 'warning' | 'off' {
  return s === 'warn' ? 'warning' : s;
}

/** A matcher for per-path settings (globs relative to the working directory). */
export function pathMatcher(globs: readonly string[]): (path: string) => boolean {
  const m = picomatch([...globs], { dot: true });
  return (p) => m(p);
}
