// Configuration: found with cosmiconfig (flowlog-lint.config.{js,mjs,cjs,ts}, .flowloglintrc{,.json,
// .yaml}, package.json#flowlog-lint), validated with schemas/config.schema.json. Loaded only when
// present, so a run without config pays nothing.
// A JavaScript/TypeScript config is code: cosmiconfig runs it. With `noJs` (--no-config-js, the
// Action's default on pull requests) only JSON/YAML/package.json config is searched for, and a
// JS/TS config found beside it is named as ignored rather than silently skipped.
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

const DATA_PLACES = ['.flowloglintrc', '.flowloglintrc.json', '.flowloglintrc.yaml', '.flowloglintrc.yml'];
const CODE_PLACES = ['flowlog-lint.config.js', 'flowlog-lint.config.mjs', 'flowlog-lint.config.cjs', 'flowlog-lint.config.ts'];
const PLACES = [...DATA_PLACES, ...CODE_PLACES];

/** Would cosmiconfig execute this file (by its extension, as cosmiconfig's loaders choose)? */
export function isCodeConfig(file: string): boolean {
  return /\.(?:[cm]?js|[cm]?ts)$/i.test(file);
}

export interface LoadConfigOptions {
  /** Load only JSON/YAML/package.json config: never execute a config file (--no-config-js). */
  noJs?: boolean;
  /** Where to say that a JS/TS config was found and not loaded. */
  warn?: (message: string) => void;
}

/** Cheap check before loading cosmiconfig: is there anything to find in this folder? */
function mayHaveConfig(cwd: string, places: readonly string[]): boolean {
  if (places.some((p) => existsSync(join(cwd, p)))) return true;
  try {
    return MODULE in (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as object);
  } catch {
    return false;
  }
}

export async function loadConfig(cwd: string, explicit?: string, opts: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const places = opts.noJs ? DATA_PLACES : PLACES;
  if (opts.noJs) {
    if (explicit && isCodeConfig(explicit)) throw new ConfigError(`${explicit}: not loaded: a JavaScript/TypeScript config is code, and --no-config-js allows only JSON/YAML config`);
    if (!explicit) for (const p of CODE_PLACES) if (existsSync(join(cwd, p))) opts.warn?.(`${p}: ignored (--no-config-js: JavaScript/TypeScript config is code and is not executed)`);
  }
  if (!explicit && !mayHaveConfig(cwd, places)) return { config: {} };
  if (explicit && !existsSync(join(cwd, explicit))) throw new ConfigError(`${explicit}: no such config file`);
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig(MODULE, {
    searchPlaces: ['package.json', ...places],
    stopDir: cwd,
    // The search places alone do not keep code out: a JSON/YAML config can `$import` a .js file,
    // and a cosmiconfig meta config (.config/config.json) in the checkout can add search places.
    // Replacing the code loaders is what guarantees nothing is executed.
    ...(opts.noJs ? { loaders: refusingCodeLoaders() } : {}),
  });
  let result: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  try {
    result = explicit ? await explorer.load(join(cwd, explicit)) : await explorer.search(cwd);
  } catch (e) {
    if (e instanceof CodeConfigRefused) throw new ConfigError(`${relative(cwd, e.file).split(sep).join('/')}: not loaded: a JavaScript/TypeScript config is code, and --no-config-js allows only JSON/YAML config`);
    const { configSyntaxMessage } = await import('./config-syntax.js');
    throw new ConfigError(configSyntaxMessage(cwd, explicit ?? 'configuration', e as Error));
  }
  if (!result || result.isEmpty) return { config: {} };
  const file = relative(cwd, result.filepath).split(sep).join('/');
  validateConfig(result.config, file);
  return { config: result.config as Config, file };
}

class CodeConfigRefused extends Error {
  constructor(readonly file: string) {
    super(`${file}: JavaScript/TypeScript config refused`);
  }
}

/** cosmiconfig loaders for every extension whose default loader runs code: each refuses. */
function refusingCodeLoaders(): Record<string, (file: string) => never> {
  const refuse = (file: string): never => {
    throw new CodeConfigRefused(file);
  };
  return Object.fromEntries(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'].map((ext) => [ext, refuse]));
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
