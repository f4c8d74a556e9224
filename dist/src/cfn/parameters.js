// `--parameters FILE` (CLI.md, "CloudFormation parameters"): the CloudFormation CLI form
// (`[{"ParameterKey": "K", "ParameterValue": "V"}]`), the CodePipeline template-configuration form
// (`{"Parameters": {"K": "V"}}`) and `aws cloudformation deploy --parameter-overrides` lines (`K=V`).
import { InputError } from '../parse/errors.js';
import { parseJson } from '../parse/json.js';
import { get } from '../parse/pnode.js';
import { readFileSync } from 'node:fs';
import { lineCol, makeSource, pos } from '../parse/source.js';
import { toDisplay } from '../walk.js';
function scalarValue(n) {
    if (n.kind !== 'scalar' || n.value === null)
        return undefined;
    return typeof n.value === 'string' ? n.value : n.text;
}
/** The values of one parameter file; InputError (with a position) when it is none of the forms. */
export function readParameterFile(src) {
    if (/^\s*[[{]/.test(src.text))
        return fromJson(src);
    const out = [];
    let offset = 0;
    for (const line of src.text.split('\n')) {
        const start = offset;
        offset += line.length + 1;
        const text = line.replace(/\r$/, '');
        if (!text.trim() || text.trim().startsWith('#'))
            continue;
        const lead = text.length - text.trimStart().length;
        const eq = text.indexOf('=');
        const key = eq < 0 ? '' : text.slice(0, eq).trim();
        if (!/^[A-Za-z0-9]+$/.test(key)) {
            throw new InputError('expected `Key=Value` (a CloudFormation parameter name, `=`, its value)', pos(src, start + lead, start + text.length));
        }
        const v = eq + 1 + (text.slice(eq + 1).length - text.slice(eq + 1).trimStart().length);
        out.push({ key, value: text.slice(eq + 1).trim(), at: pos(src, start + v, start + text.length) });
    }
    return out;
}
function fromJson(src) {
    const root = parseJson(src).root;
    const out = [];
    if (root.kind === 'array') {
        for (const item of root.items) {
            const k = get(item, 'ParameterKey');
            const v = get(item, 'ParameterValue');
            const key = k ? scalarValue(k) : undefined;
            // `UsePreviousValue` keeps whatever the stack had: nothing is fixed.
            if (key !== undefined && !v && get(item, 'UsePreviousValue'))
                continue;
            const value = v ? scalarValue(v) : undefined;
            if (key === undefined || value === undefined)
                throw new InputError('expected {"ParameterKey": "…", "ParameterValue": "…"}', item.pos);
            out.push({ key, value, at: v?.pos ?? item.pos });
        }
        return out;
    }
    const params = get(root, 'Parameters');
    if (root.kind !== 'object' || params?.kind !== 'object') {
        throw new InputError('expected a CloudFormation parameter list ([{"ParameterKey", "ParameterValue"}]) or a template configuration ({"Parameters": {…}})', params?.pos ?? root.pos);
    }
    for (const e of params.entries) {
        const value = scalarValue(e.value);
        if (value === undefined)
            throw new InputError(`parameter ${e.key}: expected a string value`, e.value.pos);
        out.push({ key: e.key, value, at: e.value.pos });
    }
    return out;
}
/** A template's declared parameters and their AllowedValues (undefined: any value). */
export function declaredParameters(root) {
    const out = new Map();
    const params = get(root, 'Parameters');
    if (params?.kind !== 'object')
        return out;
    for (const e of params.entries) {
        const allowed = get(e.value, 'AllowedValues');
        out.set(e.key, allowed?.kind === 'array' ? allowed.items.map((i) => (i.kind === 'scalar' ? (scalarValue(i) ?? '') : '')) : undefined);
    }
    return out;
}
/** Reads the `--parameters` files; unreadable or malformed ones are input errors (exit 2). */
export function readGivenParameters(files, cwd, errorAt) {
    const out = [];
    for (const f of files) {
        const display = toDisplay(f.startsWith('/') ? f : `${cwd}/${f}`, cwd);
        let src;
        try {
            src = makeSource(display, readFileSync(f.startsWith('/') ? f : `${cwd}/${f}`, 'utf8'));
        }
        catch (e) {
            errorAt(`Cannot read parameter file: ${e.code ?? e.message}`, undefined, display);
            continue;
        }
        try {
            out.push(...readParameterFile(src));
        }
        catch (e) {
            if (!(e instanceof InputError))
                throw e;
            errorAt(`Parameter file: ${e.message}`, src, display, e.pos?.start ?? 0);
        }
    }
    return out;
}
/** A given parameter no template declares is a warning; a value outside AllowedValues an error. */
export function checkGivenParameters(given, declared, errorAt, warn) {
    for (const g of given) {
        const where = `${g.at.src.path}:${lineCol(g.at.src, g.at.start).line}:${lineCol(g.at.src, g.at.start).column}`;
        const decls = declared.get(g.key);
        if (!decls) {
            warn(`${where}: parameter ${g.key} is not declared by any template in the scan; ignored`);
            continue;
        }
        for (const d of decls) {
            if (d.allowed && !d.allowed.includes(g.value)) {
                errorAt(`Parameter ${g.key}: ${JSON.stringify(g.value)} is not one of its AllowedValues in ${d.file} (${d.allowed.join(', ')})`, g.at.src, g.at.src.path, g.at.start);
            }
        }
    }
}
