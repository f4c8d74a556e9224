// Policy grammar validation with ajv against schemas/iam-policy.schema.json. The validators are
// compiled on first use, so runs without policies never pay for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
let ajv;
const validators = new Map();
/** Validators compiled at build time (scripts/build-validators.mjs), when present. */
function precompiled(kind) {
    try {
        const require = createRequire(import.meta.url);
        const mod = require(join(packageRoot(), 'dist', 'generated', 'policy-validators.cjs'));
        return mod[kind];
    }
    catch {
        return undefined;
    }
}
function validator(kind) {
    let v = validators.get(kind);
    if (v)
        return v;
    v = precompiled(kind);
    if (v) {
        validators.set(kind, v);
        return v;
    }
    if (!ajv) {
        // Fallback when the build step has not run (tests from a source checkout): compile now.
        const require = createRequire(import.meta.url);
        const { Ajv } = require('ajv');
        const ajvErrors = require('ajv-errors');
        ajv = new Ajv({ allErrors: true, strict: false });
        ajvErrors(ajv);
        const schema = JSON.parse(readFileSync(join(packageRoot(), 'schemas', 'iam-policy.schema.json'), 'utf8'));
        ajv.addSchema(schema, 'iam-policy');
    }
    v = ajv.getSchema(`iam-policy#/definitions/${kind}Policy`);
    if (!v)
        throw new Error(`no schema for ${kind} policies`);
    validators.set(kind, v);
    return v;
}
export function validatePolicy(kind, doc) {
    const v = validator(kind);
    if (v(doc))
        return [];
    return simplify(v.errors ?? []);
}
/** Keeps the most specific errors: ajv reports every failed branch of anyOf/oneOf. */
function simplify(errors) {
    // Errors raised inside propertyNames carry the offending key; ajv-errors' replacement message
    // for the same object does not: give it the key and drop the raw error.
    const keyed = new Map();
    for (const e of errors)
        if (e.propertyName && e.keyword !== 'errorMessage')
            keyed.set(e.instancePath, e.propertyName);
    const hasMessage = new Set(errors.filter((e) => e.keyword === 'errorMessage').map((e) => e.instancePath));
    const list = errors
        .filter((e) => !['anyOf', 'oneOf', 'if', 'allOf'].includes(e.keyword) || errors.length === 1)
        .filter((e) => !(e.keyword !== 'errorMessage' && e.propertyName && hasMessage.has(e.instancePath)))
        .map((e) => {
        const key = e.propertyName ?? (e.keyword === 'errorMessage' && /operator/.test(e.message ?? '') ? keyed.get(e.instancePath) : undefined);
        return {
            path: e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
            message: (e.keyword === 'errorMessage' || e.message === undefined ? (e.message ?? 'invalid') : humanize(e)) + (key ? ` \`${key}\`` : ''),
            keyword: e.keyword,
            ...(key ? { key } : {}),
        };
    });
    // Statement may be one object or a list: drop the errors of the branch that does not apply.
    const arrayBranch = list.some((e) => e.path.length >= 2 && e.path[0] === 'Statement' && /^\d+$/.test(e.path[1] ?? ''));
    const kept = list.filter((e) => {
        if (arrayBranch && e.path.length === 1 && e.path[0] === 'Statement')
            return false;
        if (!arrayBranch && e.path[0] === 'Statement' && e.message.includes('must be an array'))
            return false;
        return true;
    });
    const seen = new Set();
    const out = [];
    for (const e of kept) {
        const k = `${e.path.join('/')}|${e.message}`;
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push({ path: e.path, message: e.message, ...(e.key ? { key: e.key } : {}) });
    }
    return out;
}
function humanize(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return `missing required element ${String(p.missingProperty)}`;
        case 'additionalProperties':
            return `unknown element ${String(p.additionalProperty)}`;
        case 'enum':
            return `must be one of ${p.allowedValues.map((x) => JSON.stringify(x)).join(', ')}`;
        case 'pattern':
            return `does not match the expected form`;
        default:
            return e.message ?? 'invalid';
    }
}
