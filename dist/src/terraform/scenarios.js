// Scenarios of a Terraform library module (RULES.md, "How rules decide"): a module folder that no
// scanned configuration calls and that has no backend, provider block or .tfvars of its own is
// what a module repository's CI lints. Its callers set its `bool` inputs and the inputs whose
// `validation` lists the allowed values (`contains([...], var.x)`), so each combination is a
// scenario, as CloudFormation conditions are (same cap, same product: cfn/scenarios.ts).
import { existsSync, readdirSync } from 'node:fs';
import { productPlan } from '../cfn/scenarios.js';
import { boolV, strV } from './values.js';
/** No backend, no provider block, no .tfvars beside it (a root configuration has one of them). */
export function isLibraryModule(def) {
    for (const f of def.files) {
        for (const b of f.body.blocks) {
            if (b.type === 'provider')
                return false;
            if (b.type === 'terraform' && b.body.blocks.some((x) => x.type === 'backend' || x.type === 'cloud'))
                return false;
        }
    }
    try {
        if (existsSync(def.absDir) && readdirSync(def.absDir).some((n) => n.endsWith('.tfvars') || n.endsWith('.tfvars.json')))
            return false;
    }
    catch {
        return false;
    }
    return true;
}
const STRING_RE = /"((?:[^"\\]|\\.)*)"/g;
/** The values a `validation` block enumerates for the variable, if it does. */
function enumerated(name, conditionText) {
    const re = new RegExp(`contains\\(\\s*\\[([^\\]]*)\\]\\s*,\\s*var\\.${name}\\s*\\)`);
    const m = re.exec(conditionText);
    if (!m)
        return undefined;
    const list = m[1] ?? '';
    // Only a list of string literals: anything else is not an enumeration we can read.
    if (list.replace(STRING_RE, '').replace(/[\s,]/g, '') !== '')
        return undefined;
    return [...list.matchAll(STRING_RE)].map((x) => JSON.parse(`"${x[1] ?? ''}"`));
}
function domainOf(def, name) {
    const block = def.variables.get(name);
    if (!block)
        return undefined;
    const type = block.body.attributes.get('type')?.expr.text.trim();
    const dflt = block.body.attributes.get('default')?.expr.text.trim();
    if (type === 'bool') {
        if (dflt === 'true' || dflt === 'false')
            return [{ kind: 'default', text: dflt }, { kind: 'value', text: dflt === 'true' ? 'false' : 'true' }];
        return [
            { kind: 'value', text: 'true' },
            { kind: 'value', text: 'false' },
        ];
    }
    for (const v of block.body.blocks.filter((b) => b.type === 'validation')) {
        const cond = v.body.attributes.get('condition')?.expr.text ?? '';
        const values = enumerated(name, cond);
        if (!values?.length)
            continue;
        const d = dflt !== undefined && /^"(?:[^"\\]|\\.)*"$/.test(dflt) ? JSON.parse(dflt) : undefined;
        const ordered = d !== undefined && values.includes(d) ? [d, ...values.filter((x) => x !== d)] : values;
        return ordered.map((text) => (text === d ? { kind: 'default', text } : { kind: 'value', text }));
    }
    return undefined;
}
/** The scenarios of a library module; undefined when it has a single one. */
export function planLibrary(def, fixed = new Set()) {
    const params = [];
    const domains = [];
    const bools = new Set();
    for (const name of [...def.variables.keys()].sort()) {
        if (fixed.has(name))
            continue;
        const d = domainOf(def, name);
        if (!d || d.length < 2)
            continue;
        params.push(name);
        domains.push(d);
        if (def.variables.get(name)?.body.attributes.get('type')?.expr.text.trim() === 'bool')
            bools.add(name);
    }
    if (!params.length)
        return undefined;
    return { ...productPlan(params, domains), bools };
}
/** Input values and `var.x=value` labels of scenario `i` of a plan. */
export function libraryScenario(plan, i) {
    const inputs = new Map();
    const labels = new Map();
    const choices = plan.scenarios[Math.min(i, plan.scenarios.length - 1)] ?? [];
    plan.params.forEach((p, j) => {
        const c = choices[j];
        if (!c || c.kind === 'other')
            return;
        const isBool = plan.bools.has(p);
        if (c.kind === 'value')
            inputs.set(p, isBool ? boolV(c.text === 'true') : strV(c.text));
        labels.set(p, `var.${p}=${isBool ? c.text : JSON.stringify(c.text)}`);
    });
    return { inputs, labels };
}
