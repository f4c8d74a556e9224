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
import { packageRoot } from './paths.js';
export class ConfigError extends Error {
}
const MODULE = 'flowlog-lint';
const DATA_PLACES = ['.flowloglintrc', '.flowloglintrc.json', '.flowloglintrc.yaml', '.flowloglintrc.yml'];
const CODE_PLACES = ['flowlog-lint.config.js', 'flowlog-lint.config.mjs', 'flowlog-lint.config.cjs', 'flowlog-lint.config.ts'];
const PLACES = [...DATA_PLACES, ...CODE_PLACES];
/** Would cosmiconfig execute this file (by its extension, as cosmiconfig's loaders choose)? */
export function isCodeConfig(file) {
    return /\.(?:[cm]?js|[cm]?ts)$/i.test(file);
}
/** Cheap check before loading cosmiconfig: is there anything to find in this folder? */
function mayHaveConfig(cwd, places) {
    if (places.some((p) => existsSync(join(cwd, p))))
        return true;
    try {
        return MODULE in JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    }
    catch {
        return false;
    }
}
export async function loadConfig(cwd, explicit, opts = {}) {
    const places = opts.noJs ? DATA_PLACES : PLACES;
    if (opts.noJs) {
        if (explicit && isCodeConfig(explicit))
            throw new ConfigError(`${explicit}: not loaded: a JavaScript/TypeScript config is code, and --no-config-js allows only JSON/YAML config`);
        if (!explicit)
            for (const p of CODE_PLACES)
                if (existsSync(join(cwd, p)))
                    opts.warn?.(`${p}: ignored (--no-config-js: JavaScript/TypeScript config is code and is not executed)`);
    }
    if (!explicit && !mayHaveConfig(cwd, places))
        return { config: {} };
    if (explicit && !existsSync(join(cwd, explicit)))
        throw new ConfigError(`${explicit}: no such config file`);
    const { cosmiconfig } = await import('cosmiconfig');
    const explorer = cosmiconfig(MODULE, {
        searchPlaces: ['package.json', ...places],
        stopDir: cwd,
        // The search places alone do not keep code out: a JSON/YAML config can `$import` a .js file,
        // and a cosmiconfig meta config (.config/config.json) in the checkout can add search places.
        // Replacing the code loaders is what guarantees nothing is executed.
        ...(opts.noJs ? { loaders: refusingCodeLoaders() } : {}),
    });
    let result;
    try {
        result = explicit ? await explorer.load(join(cwd, explicit)) : await explorer.search(cwd);
    }
    catch (e) {
        if (e instanceof CodeConfigRefused)
            throw new ConfigError(`${relative(cwd, e.file).split(sep).join('/')}: not loaded: a JavaScript/TypeScript config is code, and --no-config-js allows only JSON/YAML config`);
        const { configSyntaxMessage } = await import('./config-syntax.js');
        throw new ConfigError(configSyntaxMessage(cwd, explicit ?? 'configuration', e));
    }
    if (!result || result.isEmpty)
        return { config: {} };
    const file = relative(cwd, result.filepath).split(sep).join('/');
    validateConfig(result.config, file);
    return { config: result.config, file };
}
class CodeConfigRefused extends Error {
    file;
    constructor(file) {
        super(`${file}: JavaScript/TypeScript config refused`);
        this.file = file;
    }
}
/** cosmiconfig loaders for every extension whose default loader runs code: each refuses. */
function refusingCodeLoaders() {
    const refuse = (file) => {
        throw new CodeConfigRefused(file);
    };
    return Object.fromEntries(['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'].map((ext) => [ext, refuse]));
}
export function validateConfig(config, file) {
    const require = createRequire(import.meta.url);
    const { Ajv } = require('ajv');
    const ajv = new Ajv({ allErrors: true, strict: false });
    const schema = JSON.parse(readFileSync(join(packageRoot(), 'schemas', 'config.schema.json'), 'utf8'));
    const validate = ajv.compile(schema);
    if (validate(config))
        return;
    const e = validate.errors?.[0];
    const path = (e?.instancePath ?? '').split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = e ? [...path, e.params.additionalProperty].filter(Boolean).join('.') : '';
    const what = e?.keyword === 'additionalProperties'
        ? `unknown key "${key}"`
        : e?.keyword === 'enum'
            ? `"${key}" must be one of ${(e.params.allowedValues ?? []).map((x) => JSON.stringify(x)).join(', ')}`
            : `"${key || '(root)'}" ${e?.message ?? 'is invalid'}`;
    throw new ConfigError(`${file}: invalid configuration: ${what}`);
}
export function severityOf(s) {
    return s === 'warn' ? 'warning' : s;
}
/** A matcher for per-path settings (globs relative to the working directory). */
export function pathMatcher(globs) {
    const m = picomatch([...globs], { dot: true });
    return (p) => m(p);
}
